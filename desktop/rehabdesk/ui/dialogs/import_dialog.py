"""Import clients (and their first guardian) from an Excel or CSV file: choose the file, check the column mapping,
see the rows and every problem by row and column, then import all rows in one transaction, or none."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.clients import ClientInput, mask_id_number
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.people import Diagnosis, Gender, Relation
from rehabdesk.domain.progress import Cancelled
from rehabdesk.services import client_import, clients
from rehabdesk.services.client_import import IMPORT_FIELDS, Converted, Table
from rehabdesk.services.clients import RowProblem
from rehabdesk.services.context import StationContext
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels
from rehabdesk.ui.text.messages import field_label, message_for

PREVIEW_ROWS = 50
NOT_IMPORTED = -1


class _ProgressBridge(QObject):
    """The Progress the import service calls on the worker thread; the dialog lives on the GUI thread."""

    advanced = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def step(self, done: int, total: int, note: str = "") -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self.advanced.emit(done, total)


class ImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._table: Table | None = None
        self._converted: Converted | None = None
        self._problems: list[RowProblem] = []
        self._bridge: _ProgressBridge | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Import clients from Excel or CSV"))
        self.resize(1000, 680)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPathEdit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Choose an .xlsx or .csv file with one client per row"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("importChooseButton")
        self.template_button = QPushButton(self.tr("Download template…"))
        self.template_button.setObjectName("importTemplateButton")

        self.mapping_table = QTableWidget(len(IMPORT_FIELDS), 2)
        self.mapping_table.setObjectName("importMappingTable")
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
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

        self.preview_table = self._list_table("importPreviewTable")
        self.problems_table = self._list_table("importProblemsTable")
        self.problems_table.setColumnCount(3)
        self.problems_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview_table, self.tr("Preview"))
        self.tabs.addTab(self.problems_table, self.tr("Problems"))

        self.status_label = QLabel(self.tr("Choose a file to see its rows and any problems before importing."))
        self.status_label.setObjectName("importStatusLabel")
        self.status_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File")))
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.template_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.mapping_table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self._choose_file)
        self.template_button.clicked.connect(self._download_template)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

    # --- building blocks --------------------------------------------------------------------------------------

    @staticmethod
    def _list_table(name: str) -> QTableWidget:
        table = QTableWidget()
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        return table

    @staticmethod
    def _field_text(key: str) -> str:
        return field_label(client_import.FIELDS_BY_KEY[key].target)

    def _problem_text(self, problem: RowProblem) -> str:
        params = {key: value for key, value in problem.params.items() if key != "field"}
        body = message_for(ValidationError(problem.code, problem.field, **params))
        body = body.removeprefix(f"{field_label(problem.field)}: ")
        if body == problem.code:  # a refusal that is not about the field's text, e.g. client_duplicate_id
            body = message_for(DomainError(problem.code, **params))
        return body

    def _column_text(self, problem: RowProblem) -> str:
        key = client_import.import_key_of(problem.field)
        column = self._mapping().get(key) if key else None
        if column is not None and self._table is not None and column < len(self._table.headers):
            return self._table.headers[column] or field_label(problem.field)
        return field_label(problem.field)

    # --- file -------------------------------------------------------------------------------------------------

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the client list"), "", self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)")
        )
        if path:
            self.set_path(path)

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

    def set_path(self, path: str | Path) -> None:
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
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Import"))
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
        self.problems_table.setRowCount(len(self._problems))
        for row, problem in enumerate(self._problems):
            for column, text in enumerate([str(problem.row), self._column_text(problem), self._problem_text(problem)]):
                self.problems_table.setItem(row, column, QTableWidgetItem(text))
        self.problems_table.resizeColumnToContents(0)
        self.problems_table.resizeColumnToContents(1)
        count = len(converted.inputs)
        ready = count > 0 and not self._problems
        self.import_button.setEnabled(ready)
        self.import_button.setText(self.tr("Import %n client(s)", "", count) if ready else self.tr("Import"))
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
        bridge = _ProgressBridge()
        self._bridge = bridge
        progress = QProgressDialog(self.tr("Importing clients…"), self.tr("Cancel"), 0, len(converted.inputs), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(bridge.cancel)
        bridge.advanced.connect(lambda done, total: progress.setValue(done))
        self.progress_dialog = progress
        self.import_button.setEnabled(False)
        inputs = converted.inputs

        def work() -> int | None:
            try:
                return clients.import_clients(self._ctx, inputs, progress=bridge)
            except Cancelled:
                return None

        self._ops.run(self, work, on_success=self._finished, on_failure=self._failed)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._bridge = None

    def _finished(self, count: int | None) -> None:
        self._close_progress()
        if count is None:
            self.status_label.setText(self.tr("The import was cancelled. Nothing was imported."))
            self.import_button.setEnabled(True)
            return
        self._table = None
        self._converted = None
        self.preview_table.setRowCount(0)
        self.import_button.setText(self.tr("Import"))
        self.status_label.setText(
            self.tr("%n client(s) imported, each with a new case number. They are in the client list now.", "", count)
        )
        self.imported.emit(count)

    def _failed(self, error: DomainError) -> None:
        self._close_progress()
        self.recheck()  # someone may have registered one of these clients meanwhile: show which rows now clash
        self.status_label.setText(message_for(error))
