"""A dialog that saves through one service call: the form stays open with the field marked when it fails."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from rehabdesk.ui.kit.discard import may_discard
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.operations import Operations


class FormDialog(QDialog):
    # What the service returned. Connect to this rather than to ``accepted`` with a lambda that holds the dialog:
    # a dialog deleted on close while its own signal's slot still refers to it crashed PySide 6.11.
    saved = Signal(object)

    def __init__(self, ops: Operations, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.message = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.errors = FieldErrors(self.message, {})

    def finish_layout(self, fields: dict[str, QWidget]) -> None:
        """Call after adding the rows: the message and buttons go last; ``fields`` maps error fields to widgets."""
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)
        self.errors = FieldErrors(self.message, fields)

    def reject(self) -> None:
        """Esc, Cancel and the close button: typed work goes only when the user says so."""
        if may_discard(self):
            super().reject()

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        self._ops.run(self, self.work(), on_success=self._saved, on_failure=self.errors.show)

    def _saved(self, result: Any) -> None:
        self.result_value = result
        self.saved.emit(result)
        self.accept()
