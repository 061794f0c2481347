"""The case file's other dialogs: a status change, and a risk record that may prompt a green-channel suspension.

Each saves through one service call and stays open with the field marked when the call is refused. A follow-up
window (the green-channel question, the suspension it offers) is handed to ``followup`` so the page that opened the
dialog can keep it for tests and refresh when it is accepted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.lifecycle import TRANSITIONS, ClosingOutcome
from rehabdesk.domain.people import MAX_RISK_LEVEL, ClientStatus, IllnessStatus
from rehabdesk.services import cases
from rehabdesk.services.cases import RiskInput, TransitionRequest
from rehabdesk.services.context import StationContext
from rehabdesk.ui.dialogs.followup import Followup, show_later
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.kit.fields import combo_box, line_edit
from rehabdesk.ui.kit.greyed import allow
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels, people_text

# --- status change ---------------------------------------------------------------------------------------------


class TransitionDialog(FormDialog):
    """One step of the case; a refused step keeps the dialog open with one line per missing piece."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        client_id: str,
        current_status: str,
        parent: QWidget | None = None,
        *,
        target: str | None = None,
        reason: str = "",
        document: str = "",
    ) -> None:
        super().__init__(ops, self.tr("Change status"), parent)
        self._ctx = ctx
        self._client_id = client_id
        current = ClientStatus(current_status)
        allowed = [s for s in ClientStatus if s in TRANSITIONS[current]]  # declaration order: the path's order
        self.current_label = QLabel(labels.label_of(ClientStatus, current_status))
        self.current_label.setObjectName("currentStatusLabel")
        self.target_combo = combo_box(
            "targetCombo", [(s.value, labels.label_of(ClientStatus, s.value)) for s in allowed], target
        )
        self.on_edit = line_edit("onEdit", clock.today().isoformat())
        self.reason_edit = line_edit("reasonEdit", reason)
        self.document_edit = line_edit("documentEdit", document)
        self.document_edit.setPlaceholderText(self.tr("e.g. intake assessment, hospital notice"))
        self.outcome_combo = combo_box("outcomeCombo", labels.choices(ClosingOutcome))
        self.outcome_label = QLabel(self.tr("Outcome"))
        self.form.addRow(self.tr("Current status"), self.current_label)
        self.form.addRow(self.tr("New status"), self.target_combo)
        self.form.addRow(self.tr("On"), self.on_edit)
        self.form.addRow(self.tr("Reason"), self.reason_edit)
        self.form.addRow(self.tr("Based on"), self.document_edit)
        self.form.addRow(self.outcome_label, self.outcome_combo)
        self.finish_layout(
            {
                "target": self.target_combo,
                "on": self.on_edit,
                "reason": self.reason_edit,
                "document": self.document_edit,
                "outcome": self.outcome_combo,
            }
        )
        if not allowed:
            self.message.setText(self.tr("No further step is possible from this status."))
            self.message.show()
            allow(self.buttons.button(self.buttons.StandardButton.Save), self.message.text())
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self._target_changed()
        self.setMinimumWidth(460)

    def _target_changed(self) -> None:
        closing = self.target_combo.currentData() == ClientStatus.CLOSED.value
        self.outcome_combo.setVisible(closing)
        self.outcome_label.setVisible(closing)
        self.adjustSize()

    def work(self) -> Callable[[], Any]:
        target = self.target_combo.currentData() or ""
        request = TransitionRequest(
            target,
            self.on_edit.text().strip(),
            self.reason_edit.text(),
            self.document_edit.text(),
            self.outcome_combo.currentData() if target == ClientStatus.CLOSED.value else None,
        )
        return lambda: cases.change_status(self._ctx, self._client_id, request)


# --- risk ------------------------------------------------------------------------------------------------------


class RiskDialog(FormDialog):
    """A dated risk level and illness status with its source. When they call for the green channel the user is
    asked whether to suspend now; the suspension is a status change they confirm like any other."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        client_id: str,
        parent: QWidget | None = None,
        *,
        current_status: str | None = None,
        followup: Followup | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Record risk"), parent)
        self._ctx = ctx
        self._client_id = client_id
        self._current_status = current_status
        self._followup = followup
        self.question: QMessageBox | None = None
        self.date_edit = line_edit("recordedOnEdit", clock.today().isoformat())
        self.risk_combo = combo_box(
            "riskCombo", [(n, people_text.risk_level_text(n)) for n in range(MAX_RISK_LEVEL + 1)], 0
        )
        for level in range(MAX_RISK_LEVEL + 1):
            self.risk_combo.setItemData(level, people_text.risk_level_description(level), Qt.ItemDataRole.ToolTipRole)
        self.illness_combo = combo_box("illnessCombo", labels.choices(IllnessStatus))
        self.source_edit = line_edit("sourceEdit")
        self.source_edit.setPlaceholderText(self.tr("e.g. home visit, hospital notice, family report"))
        self.form.addRow(self.tr("Recorded on"), self.date_edit)
        self.form.addRow(self.tr("Risk level"), self.risk_combo)
        self.form.addRow(self.tr("Illness status"), self.illness_combo)
        self.form.addRow(self.tr("Source"), self.source_edit)
        self.finish_layout(
            {
                "recorded_on": self.date_edit,
                "risk_level": self.risk_combo,
                "illness_status": self.illness_combo,
                "source": self.source_edit,
            }
        )
        self.setMinimumWidth(460)

    def work(self) -> Callable[[], Any]:
        data = RiskInput(
            self.date_edit.text().strip(),
            self.risk_combo.currentData(),
            self.illness_combo.currentData(),
            self.source_edit.text(),
        )
        return lambda: cases.record_risk(self._ctx, self._client_id, data)

    def _saved(self, result: Any) -> None:
        host = self.parentWidget()
        source = self.source_edit.text().strip()
        super()._saved(result)
        if result:
            self.question = green_channel_question(
                self._ctx, self._ops, self._client_id, self._current_status, source, host, self._followup
            )


def green_channel_question(
    ctx: StationContext,
    ops: Operations,
    client_id: str,
    current_status: str | None,
    source: str,
    parent: QWidget | None,
    followup: Followup | None,
) -> QMessageBox:
    """Explains the green channel; "Suspend now…" opens the status change preset to suspended, nothing more."""
    translate = QCoreApplication.translate
    may_suspend = current_status is not None and ClientStatus.SUSPENDED in TRANSITIONS[ClientStatus(current_status)]
    text = translate(
        "cases",
        "A risk level of 3 or more, or an unstable illness status, calls for a green-channel referral to hospital "
        "and for suspending the client's services.",
    )
    if not may_suspend:
        text += "\n" + translate("cases", "The case cannot be suspended from its present status.")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("cases", "Green channel"), text, parent=parent)
    box.setObjectName("greenChannelQuestion")
    suspend = None
    if may_suspend:
        suspend = box.addButton(translate("cases", "Suspend now…"), QMessageBox.ButtonRole.AcceptRole)
        suspend.setObjectName("suspendNowButton")
    box.addButton(
        translate("cases", "Not now") if may_suspend else translate("cases", "OK"), QMessageBox.ButtonRole.RejectRole
    )

    def clicked(button: object) -> None:
        if suspend is None or button is not suspend or current_status is None:
            return
        dialog = TransitionDialog(
            ctx,
            ops,
            client_id,
            current_status,
            parent,
            target=ClientStatus.SUSPENDED.value,
            document=source,
        )
        show_later(dialog, followup)

    box.buttonClicked.connect(clicked)
    show_later(box, followup)
    return box
