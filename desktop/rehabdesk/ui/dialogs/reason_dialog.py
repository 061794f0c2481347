"""A date and a reason, for any action that needs them: withdrawing a consent, terminating an agreement, voiding a
form (no date), putting a Today item off."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from rehabdesk.domain import clock
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.operations import Operations


class ReasonDialog(FormDialog):
    """A date and a reason: withdrawing a consent, terminating an agreement, voiding a form (no date)."""

    def __init__(
        self,
        ops: Operations,
        title: str,
        action: Callable[[str, str], Any],
        *,
        date_field: str | None,
        date_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, title, parent)
        self._action = action
        self.date_edit = QLineEdit(clock.today().isoformat())
        self.date_edit.setObjectName("reasonDateEdit")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setMaxLength(200)
        fields: dict[str, QWidget] = {"reason": self.reason_edit}
        if date_field is not None:
            self.form.addRow(date_label, self.date_edit)
            fields[date_field] = self.date_edit
        self.form.addRow(self.tr("Reason"), self.reason_edit)
        self.finish_layout(fields)

    def work(self) -> Callable[[], Any]:
        day, reason = self.date_edit.text(), self.reason_edit.text()
        return lambda: self._action(day, reason)
