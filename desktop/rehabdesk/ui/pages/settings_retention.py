"""Settings › Retention: ended case files kept past the station's retention period, for an admin to review with
the coordinator. Nothing is deleted here or anywhere by itself; the list shows case numbers and dates only."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rehabdesk.domain import clock
from rehabdesk.domain.lifecycle import ClosingOutcome
from rehabdesk.domain.people import ClientStatus
from rehabdesk.services import case_due, committed
from rehabdesk.services.case_due import RetainedCase
from rehabdesk.services.context import StationContext
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.kit.tables import list_table, set_row
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels


class RetentionTab(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.cases: list[RetainedCase] = []
        explanation = QLabel(
            self.tr(
                "Ended case files kept longer than the retention period set under Preferences. Review each with the "
                "coordinator: a file still needed (a complaint, a request, a new application) is kept. Nothing is "
                "deleted automatically."
            )
        )
        explanation.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("retentionSummary")
        self.table = list_table(
            "retentionTable",
            [self.tr("Case number"), self.tr("Status"), self.tr("Ended on"), self.tr("Outcome"), self.tr("Past since")],
            stretch=(3,),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        follow_changes(self, ops, committed.CLIENTS | committed.CASE_FILES | committed.SETTINGS, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self._ops.run(
            self, lambda: case_due.cases_past_retention(self._ctx, today=clock.today()), on_success=self._show
        )

    def _show(self, found: list[RetainedCase]) -> None:
        self.cases = found
        self.summary.setText(self.tr("{count} case files past the retention period").format(count=len(found)))
        self.table.setRowCount(len(found))
        for row, case in enumerate(found):
            set_row(
                self.table,
                row,
                [
                    case.case_number,
                    labels.label_of(ClientStatus, case.status),
                    case.ended_on.isoformat(),
                    labels.label_of(ClosingOutcome, case.closing_outcome) if case.closing_outcome else "",
                    case.review_from.isoformat(),
                ],
            )
