"""Import a training roster (one row per attendee) from Excel or CSV: choose the file, see how many courses and
attendances it holds and every problem by row and column, then import all of it in one transaction, or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from rehabdesk.domain.errors import DomainError
from rehabdesk.services import training_import
from rehabdesk.services.context import StationContext
from rehabdesk.services.training_import import TrainingImportPreview
from rehabdesk.ui.dialogs.import_base import ImportDialogBase, problem_message
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import why_not as why_not_text
from rehabdesk.ui.text.messages import message_for


class TrainingImportDialog(ImportDialogBase):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            ops,
            name="trainingImport",
            file_hint=self.tr("Choose an .xlsx or .csv file with one attendee per row"),
            choose_title=self.tr("Choose the training roster"),
            idle_text=self.tr("Choose a file to check it; nothing is written before you import."),
            parent=parent,
        )
        self._path: Path | None = None
        self.preview: TrainingImportPreview | None = None
        self.setWindowTitle(self.tr("Import a training roster"))
        self.resize(820, 520)
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
        self.lay_out((hint, 0), (self.summary_label, 0), (self.problems_table, 1))
        self.import_button.clicked.connect(self.confirm)

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
        self.show_problems(
            [
                (str(problem.row), problem.column, problem_message(problem.code, problem.column, problem.params))
                for problem in problems
            ]
        )
        ready = preview is not None and preview.rows > 0 and not problems
        allow(
            self.import_button,
            why_not(
                (preview is not None, self.nothing_to_import()),
                (not problems, self.tr("Some rows have problems: fix them in the file and choose it again.")),
                (preview is None or preview.rows > 0, self.tr("There are no attendee rows in this file.")),
            ),
        )
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
        allow(self.import_button, why_not_text.working())
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

    def _failed(self, error: DomainError) -> None:
        # Import stays off: choosing the file again shows what clashes now (the station may have changed).
        self.status_label.setText(message_for(error))
