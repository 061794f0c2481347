"""The case file's referrals tab: referrals in and out with the receiving side's feedback, and the follow-ups
after closing, each with the action that records the next step."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rehabdesk.domain.referrals import ReferralDirection, ReferralKind
from rehabdesk.services.context import StationContext
from rehabdesk.services.referrals import FollowUpInfo, ReferralInfo
from rehabdesk.ui.dialogs.opening import open_dialog
from rehabdesk.ui.dialogs.referral_dialogs import ReferralDialog, feedback_dialog, follow_up_dialog
from rehabdesk.ui.kit.fields import button
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.kit.tables import list_table, set_row
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels


class CaseReferrals(QWidget):
    """Shows what the case file view hands it; the view reloads when referrals or follow-ups change."""

    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._client_id: str | None = None
        self.referrals: list[ReferralInfo] = []
        self.follow_ups: list[FollowUpInfo] = []
        self.dialog = None  # the last dialog opened, for tests to fill in
        self.referrals_table = list_table(
            "referralsTable",
            [
                self.tr("Date"),
                self.tr("Direction"),
                self.tr("Kind"),
                self.tr("Organisation"),
                self.tr("Reason"),
                self.tr("Received"),
                self.tr("Feedback"),
            ],
            stretch=(4, 6),
        )
        self.follow_ups_table = list_table(
            "followUpsTable", [self.tr("Due"), self.tr("Done on"), self.tr("Note")], stretch=(2,)
        )
        self.referral_button = button(self.tr("Record a referral…"), "recordReferralButton")
        self.feedback_button = button(self.tr("Feedback…"), "referralFeedbackButton")
        self.follow_up_button = button(self.tr("Record follow-up…"), "recordFollowUpButton")
        referral_row = QHBoxLayout()
        referral_row.addWidget(self.referral_button)
        referral_row.addWidget(self.feedback_button)
        referral_row.addStretch(1)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up_button)
        follow_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.referrals_table, 2)
        layout.addLayout(referral_row)
        layout.addWidget(QLabel(self.tr("Follow-ups after closing")))
        layout.addWidget(self.follow_ups_table, 1)
        layout.addLayout(follow_row)
        self.referral_button.clicked.connect(self.record_referral)
        self.feedback_button.clicked.connect(self.record_feedback)
        self.follow_up_button.clicked.connect(self.record_follow_up)

    def show_referrals(self, client_id: str, rows: list[ReferralInfo], follow_ups: list[FollowUpInfo]) -> None:
        self._client_id = client_id
        self.referrals = list(reversed(rows))
        self.follow_ups = follow_ups
        self.referrals_table.setRowCount(len(self.referrals))
        for row, referral in enumerate(self.referrals):
            set_row(
                self.referrals_table,
                row,
                [
                    referral.referral_date.isoformat(),
                    labels.label_of(ReferralDirection, referral.direction),
                    labels.label_of(ReferralKind, referral.kind),
                    referral.organisation,
                    referral.reason,
                    referral.receipt_date.isoformat() if referral.receipt_date else "",
                    referral.feedback,
                ],
            )
        self.follow_ups_table.setRowCount(len(follow_ups))
        for row, follow_up in enumerate(follow_ups):
            set_row(
                self.follow_ups_table,
                row,
                [
                    follow_up.due_date.isoformat(),
                    follow_up.done_on.isoformat() if follow_up.done_on else "",
                    follow_up.note,
                ],
            )
        allow(
            self.feedback_button,
            why_not((bool(self.referrals), self.tr("Feedback is recorded on a referral: there is none yet."))),
        )
        allow(
            self.follow_up_button,
            why_not(
                (
                    any(f.done_on is None for f in follow_ups),
                    self.tr("No follow-up is due: follow-ups are planned when a case is closed."),
                )
            ),
        )

    def _open(self, dialog) -> None:
        self.dialog = dialog
        open_dialog(dialog)

    def record_referral(self) -> None:
        if self._client_id is not None:
            self._open(ReferralDialog(self._ctx, self._ops, self._client_id, self))

    def record_feedback(self) -> None:
        row = self.referrals_table.currentRow()
        if 0 <= row < len(self.referrals):
            self._open(feedback_dialog(self._ctx, self._ops, self.referrals[row].id, self))

    def record_follow_up(self) -> None:
        """The follow-up selected, or else the first one not yet done."""
        row = self.follow_ups_table.currentRow()
        open_ones = [f for f in self.follow_ups if f.done_on is None]
        chosen = self.follow_ups[row] if 0 <= row < len(self.follow_ups) else None
        target = chosen if chosen is not None and chosen.done_on is None else (open_ones[0] if open_ones else None)
        if target is not None:
            self._open(follow_up_dialog(self._ctx, self._ops, target.id, self))
