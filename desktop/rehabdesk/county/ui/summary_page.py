"""The 推进情况汇总表: a period (quarter, half-year, year), the county's own figures for a division typed in a form,
the table previewed as it will be exported with the stations that did not report named under it, and export to
XLSX or PDF. The table's wording is the printed form's (Chinese in both languages, as on paper)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.county.domain.figures import FIGURES, FIGURES_BY_NAME, MONEY, TEXT
from rehabdesk.county.domain.summary_table import COLUMNS, notes_under, row_cells
from rehabdesk.county.ui.jobs import run_job
from rehabdesk.county.ui.messages import county_message
from rehabdesk.domain import clock
from rehabdesk.domain.divisions import county_name
from rehabdesk.domain.errors import DomainError
from rehabdesk.ui.kit.fields import button, combo_box

QUARTER, HALF, YEAR = "quarter", "half", "year"


def period_label(kind: str, year: int, part: int) -> str:
    """2026Q3, 2026H1 or 2026, as the services take a period."""
    if kind == QUARTER:
        return f"{year}Q{part}"
    if kind == HALF:
        return f"{year}H{part}"
    return str(year)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


class SummaryPage(QWidget):
    def __init__(self, ctx: Any, ops: Any, *, county_division: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self._ctx, self._ops, self._county_division = ctx, ops, county_division
        self.written: Path | None = None
        self.table_data: Any = None

        self.kind_combo = combo_box("periodKind", [
            (QUARTER, self.tr("Quarter")), (HALF, self.tr("Half-year")), (YEAR, self.tr("Year"))])  # fmt: skip
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("periodYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setGroupSeparatorShown(False)
        self.part_combo = QComboBox()
        self.part_combo.setObjectName("periodPart")
        self.division_combo = QComboBox()
        self.division_combo.setObjectName("divisionCombo")
        today = clock.today()
        # The quarter that closed last: the one the county is reporting now.
        last_quarter = (today.month - 1) // 3 or 4
        self.year_spin.setValue(today.year - 1 if today.month <= 3 else today.year)
        self._fill_parts()
        self.part_combo.setCurrentIndex(last_quarter - 1)
        self.kind_combo.currentIndexChanged.connect(self._fill_parts)
        for signal in (self.kind_combo.currentIndexChanged, self.year_spin.valueChanged,
                       self.part_combo.currentIndexChanged, self.division_combo.currentIndexChanged):  # fmt: skip
            signal.connect(self._period_changed)

        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Period")))
        picker.addWidget(self.kind_combo)
        picker.addWidget(self.year_spin)
        picker.addWidget(self.part_combo)
        picker.addSpacing(16)
        picker.addWidget(QLabel(self.tr("Division")))
        picker.addWidget(self.division_combo)
        picker.addStretch(1)

        self.figure_edits: dict[str, QLineEdit] = {}
        groups = QVBoxLayout()
        current_group, form = None, None
        for spec in FIGURES:
            if spec.group != current_group:
                current_group = spec.group
                box = QGroupBox(spec.group)
                form = QFormLayout(box)
                # Labels above their fields: the form's headings are long and must not be cut.
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
                groups.addWidget(box)
            edit = QLineEdit()
            edit.setObjectName(f"figure_{spec.name}")
            edit.setMaxLength(200)
            if spec.kind == MONEY:
                edit.setPlaceholderText(self.tr("yuan, e.g. 125000.00"))
            elif spec.kind != TEXT:
                edit.setPlaceholderText(self.tr("a whole number"))
            assert form is not None
            form.addRow(spec.label, edit)
            self.figure_edits[spec.name] = edit
        self.figures_message = QLabel()
        self.figures_message.setObjectName("figuresMessage")
        self.figures_message.setWordWrap(True)
        self.save_button = button(self.tr("Save the figures"), "saveFiguresButton")
        self.save_button.clicked.connect(self.save_figures)
        groups.addWidget(self.figures_message)
        groups.addWidget(self.save_button)
        groups.addStretch(1)
        figures_widget = QWidget()
        figures_widget.setLayout(groups)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(figures_widget)
        scroll.setMinimumWidth(380)

        self.preview = QTableWidget(0, len(COLUMNS))
        self.preview.setObjectName("summaryPreview")
        # The form's headings are long: wrapped onto lines of a few characters, as on the paper form.
        self.preview.setHorizontalHeaderLabels(["\n".join(textwrap.wrap(column, 6)) for column in COLUMNS])
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setDefaultSectionSize(110)
        self.preview.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes_label.setObjectName("summaryNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_button = button(self.tr("Preview the table"), "previewButton")
        self.xlsx_button = button(self.tr("Export XLSX…"), "exportXlsxButton")
        self.pdf_button = button(self.tr("Export PDF…"), "exportPdfButton")
        self.preview_button.clicked.connect(self.refresh_preview)
        self.xlsx_button.clicked.connect(lambda: self._choose_export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self._choose_export(".pdf"))
        self.export_label = QLabel()
        self.export_label.setObjectName("exportLabel")
        self.export_label.setWordWrap(True)
        actions = QHBoxLayout()
        for widget in (self.preview_button, self.xlsx_button, self.pdf_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.notes_label)
        right_layout.addWidget(self.export_label)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        title = QLabel(self.tr("Summary table for the province"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(picker)
        layout.addWidget(splitter, 1)
        self._loaded = False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.divisions_changed()

    def period(self) -> str:
        return period_label(self.kind_combo.currentData(), self.year_spin.value(), self.part_combo.currentIndex() + 1)

    def division(self) -> str:
        return self.division_combo.currentData() or self._county_division

    def _fill_parts(self) -> None:
        kind = self.kind_combo.currentData()
        self.part_combo.blockSignals(True)
        self.part_combo.clear()
        if kind == QUARTER:
            self.part_combo.addItems([self.tr("Q1"), self.tr("Q2"), self.tr("Q3"), self.tr("Q4")])
        elif kind == HALF:
            self.part_combo.addItems([self.tr("first half"), self.tr("second half")])
        self.part_combo.setVisible(kind != YEAR)
        self.part_combo.blockSignals(False)

    def divisions_changed(self) -> None:
        """The registry's divisions and the county's own, for the figures' division choice."""
        from rehabdesk.county.services.registry import list_stations

        ctx = self._ctx
        run_job(self._ops, self, lambda: list_stations(ctx), on_success=self._fill_divisions)

    def _fill_divisions(self, lines: list[Any]) -> None:
        current = self.division_combo.currentData()
        codes = sorted({self._county_division, *(line.division for line in lines)})
        self.division_combo.blockSignals(True)
        self.division_combo.clear()
        for code in codes:
            self.division_combo.addItem(f"{code} {county_name(code) or ''}".strip(), code)
        index = self.division_combo.findData(current or self._county_division)
        self.division_combo.setCurrentIndex(max(index, 0))
        self.division_combo.blockSignals(False)
        self._period_changed()

    def _period_changed(self) -> None:
        self.load_figures()
        self.refresh_preview()

    def load_figures(self) -> None:
        from rehabdesk.county.services.figures import read_figures

        ctx, division, period = self._ctx, self.division(), self.period()
        run_job(self._ops, self, lambda: read_figures(ctx, division, period).get((division, period), {}),
                on_success=self._show_figures)  # fmt: skip

    def _show_figures(self, values: dict[str, str]) -> None:
        for name, edit in self.figure_edits.items():
            edit.setText(values.get(name, ""))
        self.figures_message.clear()

    def save_figures(self) -> None:
        from rehabdesk.county.services.figures import set_figures

        ctx, division, period = self._ctx, self.division(), self.period()
        values = {name: edit.text() for name, edit in self.figure_edits.items()}
        run_job(self._ops, self, lambda: set_figures(ctx, division, period, values), on_success=self._saved,
                on_failure=self._refused)  # fmt: skip

    def _saved(self, values: dict[str, str]) -> None:
        self._show_figures(values)
        self.figures_message.setStyleSheet("color: #1b5e20;")
        self.figures_message.setText(self.tr("Saved for {division}, {period}.").format(
            division=self.division(), period=self.period()))  # fmt: skip
        self.refresh_preview()

    def _refused(self, error: DomainError) -> None:
        name = str(error.params.get("name", ""))
        spec = FIGURES_BY_NAME.get(name)
        if spec is not None:  # the form's heading, not the name the headless command takes
            error = CountyRefused(error.code, **{**error.params, "name": spec.label})
        self.figures_message.setStyleSheet("color: #b3261e;")
        self.figures_message.setText(county_message(error))
        edit = self.figure_edits.get(name)
        if edit is not None:
            edit.setFocus()
            edit.selectAll()

    def refresh_preview(self) -> None:
        from rehabdesk.county.services.summary import build_summary
        from rehabdesk.domain.indicators import Period

        ctx, period = self._ctx, Period.parse(self.period())
        run_job(self._ops, self, lambda: build_summary(ctx, period)[0], on_success=self._show_preview)

    def _show_preview(self, table: Any) -> None:
        self.table_data = table
        rows = [*table.rows, table.total]
        self.preview.setRowCount(len(rows))
        for row, data in enumerate(rows):
            for column, value in enumerate(row_cells(data)):
                self.preview.setItem(row, column, QTableWidgetItem(_cell(value)))
        bold = self.preview.font()
        bold.setBold(True)
        for column in range(len(COLUMNS)):
            item = self.preview.item(len(rows) - 1, column)
            if item is not None:
                item.setFont(bold)
        self.preview.resizeColumnsToContents()
        self.preview.resizeRowsToContents()
        self.notes_label.setText("\n".join(notes_under(table)))

    def _choose_export(self, suffix: str) -> None:
        name = f"汇总表-{self.period()}{suffix}"
        kind = self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx" else self.tr("PDF (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the summary table"), str(Path.home() / name), kind)
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from rehabdesk.county.services.summary import write_summary

        ctx, period = self._ctx, self.period()
        self.export_label.clear()
        run_job(self._ops, self, lambda: write_summary(ctx, period, path), on_success=self._exported,
                on_failure=self._export_refused)  # fmt: skip

    def _exported(self, path: Path) -> None:
        self.written = path
        self.export_label.setStyleSheet("color: #1b5e20;")
        self.export_label.setText(self.tr("Written: {path}").format(path=path))

    def _export_refused(self, error: DomainError) -> None:
        self.export_label.setStyleSheet("color: #b3261e;")
        self.export_label.setText(county_message(error))
