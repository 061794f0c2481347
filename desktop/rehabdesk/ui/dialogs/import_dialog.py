"""Import clients (and their first guardian) from an Excel or CSV file: choose the file, check the column mapping,
see the rows and every problem by row and column, then import all rows in one transaction, or none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from rehabdesk.domain.clients import ClientInput, mask_id_number
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.people import Diagnosis, Gender, Relation
from rehabdesk.services import client_import, clients
from rehabdesk.services.client_import import IMPORT_FIELDS, Converted, Table
from rehabdesk.services.clients import RowProblem
from rehabdesk.services.context import StationContext
from rehabdesk.ui.dialogs.import_base import ImportDialogBase, problem_message
from rehabdesk.ui.kit.fields import button
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.preferences import fit_size
from rehabdesk.ui.text import labels
from rehabdesk.ui.text import why_not as why_not_text
from rehabdesk.ui.text.messages import field_label, message_for

PREVIEW_ROWS = 50
NOT_IMPORTED = -1


class ImportDialog(ImportDialogBase):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            ops,
            name="import",
            file_hint=self.tr("Choose an .xlsx or .csv file with one client per row"),
            choose_title=self.tr("Choose the client list"),
            idle_text=self.tr("Choose a file to see its rows and any problems before importing."),
            parent=parent,
        )
        self._table: Table | None = None
        self._converted: Converted | None = None
        self._problems: list[RowProblem] = []
        self.setWindowTitle(self.tr("Import clients from Excel or CSV"))
        self.resize(1000, 680)
        fit_size(self)
        self.template_button = button(self.tr("Download template…"), "importTemplateButton")
        self.file_row.addWidget(self.template_button)

        self.mapping_table = QTableWidget(len(IMPORT_FIELDS), 2)
        self.mapping_table.setObjectName("importMappingTable")
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.mapping_table.verticalHeader().hide()
        # Field names are never cut short ("身份证号码（必…"): their column fits them, the choices take the rest.
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_combos: dict[str, QComboBox] = {}
        for row, spec in enumerate(IMPORT_FIELDS):
            text = self._field_text(spec.key)
            if spec.required:
                text = self.tr("{field} (required)").format(field=text)
            self.mapping_table.setItem(row, 0, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setObjectName(f"importMap_{spec.key}")
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_combos[spec.key] = combo
            self.mapping_table.setCellWidget(row, 1, combo)

        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("importPreviewTable")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.verticalHeader().hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview_table, self.tr("Preview"))
        self.tabs.addTab(self.problems_table, self.tr("Problems"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.mapping_table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 2)
        self.lay_out((splitter, 1))

        self.template_button.clicked.connect(self._download_template)
        self.import_button.clicked.connect(self.start_import)

    # --- building blocks --------------------------------------------------------------------------------------

    @staticmethod
    def _field_text(key: str) -> str:
        return field_label(client_import.FIELDS_BY_KEY[key].target)

    def _column_text(self, problem: RowProblem) -> str:
        key = client_import.import_key_of(problem.field)
        column = self._mapping().get(key) if key else None
        if column is not None and self._table is not None and column < len(self._table.headers):
            return self._table.headers[column] or field_label(problem.field)
        return field_label(problem.field)

    # --- file -------------------------------------------------------------------------------------------------

    def _download_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the import template"), self.tr("client-import-template.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if path:
            self.save_template(path)

    def save_template(self, path: str | Path) -> bool:
        try:
            client_import.write_template(Path(path))
        except OSError:
            self.status_label.setText(self.tr("The template could not be saved there. Choose another folder."))
            return False
        self.status_label.setText(self.tr("Template saved. Fill in one client per row, then choose the file here."))
        return True

    def load(self, path: str | Path) -> None:
        """Read the file, guess the columns and check every row (nothing is written)."""
        self.path_edit.setText(str(path))
        self._table = None
        self._converted = None
        try:
            self._table = client_import.read_table(Path(path))
        except DomainError as error:
            self._fill_combos([])
            self._show_nothing(message_for(error))
            return
        self._fill_combos(self._table.headers)
        mapping = client_import.guess_mapping(self._table.headers)
        for key, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(mapping.get(key, NOT_IMPORTED)))
            combo.blockSignals(False)
        self.recheck()

    def _fill_combos(self, headers: list[str]) -> None:
        for combo in self.mapping_combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            for column, header in enumerate(headers):
                combo.addItem(header or self.tr("Column {number}").format(number=column + 1), column)
            combo.blockSignals(False)

    def _mapping(self) -> dict[str, int]:
        mapping = {}
        for key, combo in self.mapping_combos.items():
            column = combo.currentData()
            if column is not None and column != NOT_IMPORTED:
                mapping[key] = int(column)
        return mapping

    def _mapping_changed(self) -> None:
        if self._table is not None:
            self.recheck()

    # --- checking ---------------------------------------------------------------------------------------------

    def _show_nothing(self, text: str) -> None:
        self._problems = []
        self.preview_table.setRowCount(0)
        self.problems_table.setRowCount(0)
        allow(self.import_button, self.nothing_to_import())
        self.import_button.setText(self.import_text())
        self.status_label.setText(text)

    def recheck(self) -> None:
        if self._table is None:
            return
        mapping = self._mapping()
        missing = client_import.missing_required(mapping)
        if missing:
            self._converted = None
            names = "、".join(self._field_text(key) for key in missing)
            self._show_nothing(self.tr("Choose a column for: {fields}").format(fields=names))
            return
        converted = client_import.convert(self._table, mapping)
        self._converted = converted
        self._fill_preview(converted)
        self._ops.run(
            self,
            lambda: clients.preview_import(self._ctx, converted.inputs),
            on_success=lambda found: self._show_problems(converted, found),
        )

    def _fill_preview(self, converted: Converted) -> None:
        headers = [
            self.tr("Row"),
            field_label("name"),
            field_label("id_number"),
            field_label("gender"),
            field_label("birth_date"),
            field_label("diagnosis"),
            field_label("risk_level"),
            field_label("guardians.0.name"),
            field_label("guardians.0.relation"),
        ]
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(headers))
        self.preview_table.setHorizontalHeaderLabels(headers)
        shown = list(zip(converted.sheet_rows, converted.inputs, strict=True))[:PREVIEW_ROWS]
        self.preview_table.setRowCount(len(shown))
        for row, (sheet_row, data) in enumerate(shown):
            for column, text in enumerate([str(sheet_row), *self._preview_cells(data)]):
                self.preview_table.setItem(row, column, QTableWidgetItem(text))
        self.preview_table.resizeColumnsToContents()

    @staticmethod
    def _preview_cells(data: ClientInput) -> list[str]:
        guardian = data.guardians[0] if data.guardians else None
        gender = labels.label_of(Gender, data.gender) if data.gender else ""
        return [
            data.name,
            mask_id_number(data.id_number.strip()),
            gender,
            str(data.birth_date),
            labels.label_of(Diagnosis, data.diagnosis),
            str(data.risk_level),
            guardian.name if guardian else "",
            labels.label_of(Relation, guardian.relation) if guardian else "",
        ]

    def _show_problems(self, converted: Converted, found: list[RowProblem]) -> None:
        if converted is not self._converted:
            return  # the mapping changed while this was checked
        self._problems = converted.all_problems(found)
        self.show_problems(
            [
                (
                    str(problem.row),
                    self._column_text(problem),
                    problem_message(problem.code, problem.field, problem.params),
                )
                for problem in self._problems
            ]
        )
        count = len(converted.inputs)
        ready = count > 0 and not self._problems
        allow(
            self.import_button,
            why_not(
                (not self._problems, self.tr("Some rows have problems (see the Problems tab): fix them in the file.")),
                (count > 0, self.tr("There are no client rows in this file.")),
            ),
        )
        self.import_button.setText(self.tr("Import %n client(s)", "", count) if ready else self.import_text())
        if self._problems:
            rows = len({problem.row for problem in self._problems})
            self.status_label.setText(
                self.tr("{rows} rows have problems (see the Problems tab). Fix them in the file and load it again; "
                        "nothing is imported until every row is right.").format(rows=rows)
            )  # fmt: skip
            self.tabs.setCurrentWidget(self.problems_table)
        elif count:
            preview_note = (
                self.tr(" The first {shown} are shown.").format(shown=PREVIEW_ROWS) if count > PREVIEW_ROWS else ""
            )
            self.status_label.setText(self.tr("All {count} rows are ready.").format(count=count) + preview_note)
            self.tabs.setCurrentWidget(self.preview_table)
        else:
            self.status_label.setText(self.tr("There are no client rows in this file (example rows are skipped)."))

    @property
    def problems(self) -> list[RowProblem]:
        return list(self._problems)

    # --- importing --------------------------------------------------------------------------------------------

    def start_import(self) -> None:
        converted = self._converted
        if converted is None or self._problems or not converted.inputs:
            return
        allow(self.import_button, why_not_text.working())
        inputs = converted.inputs
        self.run_with_progress(
            self.tr("Importing clients…"),
            len(inputs),
            lambda progress: clients.import_clients(self._ctx, inputs, progress=progress),
            on_done=self._finished,
            on_failure=self._failed,
        )

    def _finished(self, count: int | None) -> None:
        if count is None:
            self.status_label.setText(self.tr("The import was cancelled. Nothing was imported."))
            allow(self.import_button)
            return
        self._table = None
        self._converted = None
        self.preview_table.setRowCount(0)
        self.import_button.setText(self.import_text())
        self.status_label.setText(
            self.tr("%n client(s) imported, each with a new case number. They are in the client list now.", "", count)
        )

    def _failed(self, error: DomainError) -> None:
        self.recheck()  # someone may have registered one of these clients meanwhile: show which rows now clash
        self.status_label.setText(message_for(error))
