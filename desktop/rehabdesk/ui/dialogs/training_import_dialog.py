"""Import a training roster (one row per attendee) from Excel or CSV: choose the file, see how many courses and
attendances it holds and every problem by row and column, then import all of it in one transaction, or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.services import training_import
from rehabdesk.services.context import StationContext
from rehabdesk.services.training_import import ImportProblem, TrainingImportPreview
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text.messages import field_label, message_for


def problem_text(problem: ImportProblem) -> str:
    """The message for one problem without the field name in front: the Column cell already names it."""
    body = message_for(ValidationError(problem.code, problem.column, **problem.params))
    body = body.removeprefix(f"{field_label(problem.column)}: ")
    if body == problem.code:  # a refusal that is not about the cell's text
        body = message_for(DomainError(problem.code, **problem.params))
    return body


class TrainingImportDialog(QDialog):
    imported = Signal(int)  # courses added

    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._path: Path | None = None
        self.preview: TrainingImportPreview | None = None
        self.setWindowTitle(self.tr("Import a training roster"))
        self.resize(820, 520)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("trainingImportPathEdit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Choose an .xlsx or .csv file with one attendee per row"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("trainingImportChooseButton")
        hint = QLabel(
            self.tr(
                "Columns: staff number or name, start date, end date, hours, course title and training type; "
                "optionally provider, certificate number and whether the hours count. Rows with the same course "
                "become one course with several attendees."
            )
        )
        hint.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("trainingImportSummary")
        self.problems_table = QTableWidget(0, 3)
        self.problems_table.setObjectName("trainingImportProblems")
        self.problems_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.verticalHeader().hide()
        header = self.problems_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel(self.tr("Choose a file to check it; nothing is written before you import."))
        self.status_label.setObjectName("trainingImportStatus")
        self.status_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("trainingImportButton")
        self.import_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File")))
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.choose_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_table, 1)
        layout.addLayout(bottom)
        self.choose_button.clicked.connect(self._choose_file)
        self.import_button.clicked.connect(self.confirm)
        self.close_button.clicked.connect(self.reject)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the training roster"), "", self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)")
        )
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Read and check the file (nothing is written)."""
        self._path = Path(path)
        self.path_edit.setText(str(path))
        self._show(None)
        checked = self._path
        self._ops.run(
            self,
            lambda: training_import.preview_training_import(self._ctx, checked),
            on_success=self._show,
            on_failure=lambda error: self.status_label.setText(message_for(error)),
        )

    def _show(self, preview: TrainingImportPreview | None) -> None:
        self.preview = preview
        problems = preview.problems if preview else ()
        self.problems_table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            for column, text in enumerate((str(problem.row), problem.column, problem_text(problem))):
                self.problems_table.setItem(row, column, QTableWidgetItem(text))
        ready = preview is not None and preview.rows > 0 and not problems
        self.import_button.setEnabled(ready)
        if preview is None:
            self.summary_label.clear()
            return
        self.summary_label.setText(
            self.tr("Rows read: {rows}. Courses: {courses}. Attendances: {attendances}.").format(
                rows=preview.rows, courses=preview.courses, attendances=preview.attendances
            )
        )
        if problems:
            rows = len({problem.row for problem in problems})
            self.status_label.setText(
                self.tr("%n row(s) have problems. Fix them in the file and choose it again; nothing is imported "
                        "until every row is right.", "", rows)
            )  # fmt: skip
        elif ready:
            self.status_label.setText(self.tr("Every row is right. Import adds all of them at once."))
        else:
            self.status_label.setText(self.tr("There are no attendee rows in this file."))

    def confirm(self) -> None:
        path = self._path
        if path is None or not self.import_button.isEnabled():
            return
        self.import_button.setEnabled(False)
        self._ops.run(
            self,
            lambda: training_import.import_training(self._ctx, path),
            on_success=self._imported,
            on_failure=self._failed,
        )

    def _imported(self, courses: int) -> None:
        self._path = None
        self.preview = None
        self.status_label.setText(self.tr("%n course(s) imported.", "", courses))
        self.imported.emit(courses)

    def _failed(self, error: DomainError) -> None:
        # Import stays off: choosing the file again shows what clashes now (the station may have changed).
        self.status_label.setText(message_for(error))
