"""Referrals in and out, the receiving organisation's feedback, a follow-up after closing, and a waiting client's
re-confirmation: each one service call, the form kept open with the field marked when refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rehabdesk.domain import clock
from rehabdesk.domain.people import MAX_RISK_LEVEL
from rehabdesk.domain.referrals import ReferralDirection, ReferralKind
from rehabdesk.services import cases, referrals
from rehabdesk.services.context import StationContext
from rehabdesk.services.referrals import ReferralInput
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.kit.fields import combo_box, line_edit, text_box
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels, people_text


class ReferralDialog(FormDialog):
    def __init__(self, ctx: StationContext, ops: Operations, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Record a referral"), parent)
        self._ctx = ctx
        self._client_id = client_id
        self.direction_combo = combo_box("referralDirectionCombo", labels.choices(ReferralDirection))
        self.kind_combo = combo_box("referralKindCombo", labels.choices(ReferralKind))
        self.date_edit = line_edit("referralDateEdit", clock.today().isoformat())
        self.organisation_edit = line_edit("organisationEdit")
        self.organisation_edit.setMaxLength(100)
        self.reason_edit = line_edit("referralReasonEdit")
        self.reason_edit.setMaxLength(300)
        self.summary_edit = text_box("conditionSummaryEdit", 90)
        self.risk_combo = combo_box(
            "referralRiskCombo",
            [(None, self.tr("not stated"))] + [(n, people_text.risk_level_text(n)) for n in range(MAX_RISK_LEVEL + 1)],
        )
        self.form.addRow(self.tr("Direction"), self.direction_combo)
        self.form.addRow(self.tr("Kind"), self.kind_combo)
        self.form.addRow(self.tr("Date"), self.date_edit)
        self.form.addRow(self.tr("Organisation"), self.organisation_edit)
        self.form.addRow(self.tr("Reason"), self.reason_edit)
        self.form.addRow(self.tr("Condition summary"), self.summary_edit)
        self.form.addRow(self.tr("Risk level"), self.risk_combo)
        self.finish_layout(
            {
                "direction": self.direction_combo,
                "kind": self.kind_combo,
                "referral_date": self.date_edit,
                "organisation": self.organisation_edit,
                "reason": self.reason_edit,
                "condition_summary": self.summary_edit,
                "risk_level": self.risk_combo,
            }
        )
        self.setMinimumWidth(480)

    def work(self) -> Callable[[], Any]:
        data = ReferralInput(
            self.direction_combo.currentData(),
            self.kind_combo.currentData(),
            self.date_edit.text().strip(),
            self.organisation_edit.text(),
            self.reason_edit.text(),
            self.summary_edit.toPlainText(),
            self.risk_combo.currentData(),
        )
        return lambda: referrals.record_referral(self._ctx, self._client_id, data)


class DatedNoteDialog(FormDialog):
    """A date and a note: the feedback on a referral, or a follow-up done."""

    def __init__(
        self,
        ops: Operations,
        title: str,
        date_label: str,
        action: Callable[[str, str], Any],
        *,
        date_field: str,
        note_field: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, title, parent)
        self._action = action
        self.date_edit = line_edit("notedOnEdit", clock.today().isoformat())
        self.note_edit = text_box("noteEdit", 90)
        self.form.addRow(date_label, self.date_edit)
        self.form.addRow(self.tr("Note"), self.note_edit)
        self.finish_layout({date_field: self.date_edit, note_field: self.note_edit})
        self.setMinimumWidth(420)

    def work(self) -> Callable[[], Any]:
        day, note = self.date_edit.text().strip(), self.note_edit.toPlainText()
        return lambda: self._action(day, note)


def feedback_dialog(
    ctx: StationContext, ops: Operations, referral_id: str, parent: QWidget | None = None
) -> DatedNoteDialog:
    return DatedNoteDialog(
        ops,
        QCoreApplication.translate("DatedNoteDialog", "Feedback on the referral"),
        QCoreApplication.translate("DatedNoteDialog", "Received on"),
        lambda day, note: referrals.record_referral_feedback(ctx, referral_id, day, note),
        date_field="receipt_date",
        note_field="feedback",
        parent=parent,
    )


def follow_up_dialog(
    ctx: StationContext, ops: Operations, follow_up_id: str, parent: QWidget | None = None
) -> DatedNoteDialog:
    return DatedNoteDialog(
        ops,
        QCoreApplication.translate("DatedNoteDialog", "Record a follow-up"),
        QCoreApplication.translate("DatedNoteDialog", "Done on"),
        lambda day, note: referrals.record_follow_up(ctx, follow_up_id, day, note),
        date_field="done_on",
        note_field="note",
        parent=parent,
    )


class ConfirmWaitingDialog(FormDialog):
    """The client (or guardian) still wants a place: the 90-day clock starts again."""

    def __init__(self, ctx: StationContext, ops: Operations, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Still waiting for a place"), parent)
        self._ctx = ctx
        self._client_id = client_id
        self.date_edit = line_edit("confirmedOnEdit", clock.today().isoformat())
        self.form.addRow(self.tr("Confirmed on"), self.date_edit)
        self.finish_layout({"on": self.date_edit})

    def work(self) -> Callable[[], Any]:
        day = self.date_edit.text().strip()
        return lambda: cases.confirm_waitlist(self._ctx, self._client_id, day)
