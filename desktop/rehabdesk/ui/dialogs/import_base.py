"""What the import dialogs (clients, a training roster) share: the file row, the table of problems by row and column,
the status line with Import and Close, and the progress window whose Cancel stops an import between rows.

Each import reads and checks the whole file first (nothing is written), then writes all rows in one transaction or
none. The shared texts carry this module's own translation context, since a base class's ``self.tr`` would look its
strings up under the subclass's name."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.progress import Cancelled, Progress
from rehabdesk.services.context import StationContext
from rehabdesk.ui.kit.fields import button
from rehabdesk.ui.kit.greyed import allow
from rehabdesk.ui.kit.progress_bridge import ProgressBridge
from rehabdesk.ui.kit.tables import list_table
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text.messages import field_label, message_for
from rehabdesk.ui.text.punctuation import labelled


def problem_message(code: str, field: str, params: Mapping[str, Any]) -> str:
    """The message for one problem without the field name in front: the Column cell already names it."""
    params = {key: value for key, value in params.items() if key != "field"}
    body = message_for(ValidationError(code, field, **params))
    body = body.removeprefix(labelled(field_label(field), ""))
    if body == code:  # a refusal that is not about the cell's text, e.g. client_duplicate_id
        body = message_for(DomainError(code, **params))
    return body


class ImportDialogBase(QDialog):
    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        *,
        name: str,
        file_hint: str,
        choose_title: str,
        idle_text: str,
        parent: QWidget | None = None,
    ) -> None:
        """``name`` prefixes the widgets' object names; ``file_hint`` fills the empty file box; ``idle_text`` is the
        status before a file is chosen."""
        super().__init__(parent)
        translate = QCoreApplication.translate
        self._ctx = ctx
        self._ops = ops
        self._choose_title = choose_title
        self._bridge: ProgressBridge | None = None
        self.progress_dialog: QProgressDialog | None = None

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName(f"{name}PathEdit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(file_hint)
        self.choose_button = button(translate("ImportDialogBase", "Choose file…"), f"{name}ChooseButton")
        self.file_row = QHBoxLayout()
        self.file_row.addWidget(QLabel(translate("ImportDialogBase", "File")))
        self.file_row.addWidget(self.path_edit, 1)
        self.file_row.addWidget(self.choose_button)

        self.problems_table = list_table(
            f"{name}ProblemsTable",
            [
                translate("ImportDialogBase", "Row"),
                translate("ImportDialogBase", "Column"),
                translate("ImportDialogBase", "Problem"),
            ],
            stretch=(2,),
        )
        self.problems_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.status_label = QLabel(idle_text)
        self.status_label.setObjectName(f"{name}StatusLabel")
        self.status_label.setWordWrap(True)
        self.import_button = button(self.import_text(), f"{name}Button")
        allow(self.import_button, self.nothing_to_import())
        self.close_button = button(translate("ImportDialogBase", "Close"), f"{name}CloseButton")

        self.choose_button.clicked.connect(self._choose_file)
        self.close_button.clicked.connect(self.reject)

    @staticmethod
    def nothing_to_import() -> str:
        return QCoreApplication.translate(
            "ImportDialogBase", "Choose a file first; it is checked before anything is imported."
        )

    @staticmethod
    def import_text() -> str:
        return QCoreApplication.translate("ImportDialogBase", "Import")

    def lay_out(self, *body: tuple[QWidget, int]) -> None:
        """The file row on top, then ``body`` (widget, stretch) pairs, then the status line with the buttons."""
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.file_row)
        for widget, stretch in body:
            layout.addWidget(widget, stretch)
        layout.addLayout(bottom)

    def load(self, path: str | Path) -> None:
        """Read and check the file (nothing is written)."""
        raise NotImplementedError

    def _choose_file(self) -> None:
        spreadsheets = QCoreApplication.translate("ImportDialogBase", "Spreadsheets (*.xlsx *.csv);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self._choose_title, "", spreadsheets)
        if path:
            self.load(path)

    def show_problems(self, rows: list[tuple[str, str, str]]) -> None:
        """(row, column, problem) texts."""
        self.problems_table.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                self.problems_table.setItem(row, column, QTableWidgetItem(text))

    def run_with_progress(
        self,
        text: str,
        total: int,
        work: Callable[[Progress], int],
        on_done: Callable[[int | None], None],
        on_failure: Callable[[DomainError], None],
    ) -> None:
        """Run ``work`` on the database worker with a progress window; ``on_done`` gets its result, or None when the
        user cancelled (the service then rolled back)."""
        bridge = ProgressBridge()
        self._bridge = bridge
        progress = QProgressDialog(text, QCoreApplication.translate("ImportDialogBase", "Cancel"), 0, total, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(bridge.cancel)
        bridge.advanced.connect(lambda done, _total: progress.setValue(done))
        self.progress_dialog = progress

        def run() -> int | None:
            try:
                return work(bridge)
            except Cancelled:
                return None

        def done(result: int | None) -> None:
            self._close_progress()
            on_done(result)

        def failed(error: DomainError) -> None:
            self._close_progress()
            on_failure(error)

        self._ops.run(self, run, on_success=done, on_failure=failed)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._bridge = None
