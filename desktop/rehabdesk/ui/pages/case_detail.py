"""One client's case file: who they are and where they stand on the path, the actions that move the case on, and
tabs for the timeline (every event in order), assessments, plans, services, referrals and follow-ups, and the
consent forms and agreements.

Opening the view is an audited view of the client's file (clients.open_client), done once; later refreshes read
only the case path and the list row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.instruments import builtin_instruments
from rehabdesk.domain.people import ClientStatus, IllnessStatus
from rehabdesk.domain.referrals import ReferralDirection, ReferralKind
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.service_kinds import ServiceForm
from rehabdesk.services import assessments, cases, clients, committed, plans, referrals, service_records, staff
from rehabdesk.services.assessments import AssessmentInfo
from rehabdesk.services.case_printout import PrintedCaseFile
from rehabdesk.services.cases import CasePath
from rehabdesk.services.clients import ClientDetail, ClientSummary
from rehabdesk.services.context import StationContext
from rehabdesk.services.plans import PlanInfo
from rehabdesk.services.referrals import FollowUpInfo, ReferralInfo
from rehabdesk.services.service_records import ServiceSummary
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.dialogs.assessment_dialog import AssessmentDialog
from rehabdesk.ui.dialogs.case_dialogs import RiskDialog, TransitionDialog
from rehabdesk.ui.dialogs.case_print_dialog import CasePrintDialog
from rehabdesk.ui.dialogs.opening import open_dialog
from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from rehabdesk.ui.dialogs.plan_dialog import ApprovePlanDialog, PlanDialog
from rehabdesk.ui.dialogs.referral_dialogs import ConfirmWaitingDialog
from rehabdesk.ui.kit.colours import State, text_style
from rehabdesk.ui.kit.fields import button
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.kit.tables import fit_column, list_table, set_row
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import case_text, labels, people_text
from rehabdesk.ui.text import why_not as why_not_text
from rehabdesk.ui.widgets.case_referrals import CaseReferrals
from rehabdesk.ui.widgets.case_services import SHOWN, CaseServices
from rehabdesk.ui.widgets.client_paperwork_panel import ClientPaperworkPanel

_NAME_STYLE = "font-size: 17px; font-weight: bold;"
_STATUS_STYLE = "padding: 2px 8px; border-radius: 4px; background: #e8eef7; color: #1a3d6d; font-weight: bold;"
_HIGH_RISK_STYLE = text_style(State.OVERDUE) + " font-weight: bold;"


# What the case file shows: the client, the episode's path, assessments, plans, services, referrals and papers.
_CASE_KINDS = (
    committed.CLIENTS
    | committed.STAFF
    | committed.CASE_FILES
    | committed.SERVICES
    | committed.PAPERWORK
    | committed.SCANS
)

# A timeline row: (day, time entered, rank of its kind, order in its list, what, details); sorted newest first.
_Row = tuple[date, datetime, int, int, str, str]
_NOT_KNOWN = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class _CaseFile:
    """What the case file's header and tabs show, read in one job."""

    path: CasePath
    summaries: list[ClientSummary]
    assessments: list[AssessmentInfo]
    plans: list[PlanInfo]
    services: list[ServiceSummary]  # one more than SHOWN when there are more
    referrals: list[ReferralInfo]
    follow_ups: list[FollowUpInfo]


def _entered(at: datetime | None) -> datetime:
    """The time an entry was made, for ordering one day; rows without one sort by their kind's rank."""
    if at is None:
        return _NOT_KNOWN
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


class CaseDetailView(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._client_id = client_id
        self.detail: ClientDetail | None = None
        self.summary: ClientSummary | None = None
        self.path: CasePath | None = None
        self.draft_plan_id: str | None = None  # the newest draft plan of the current episode
        self.assessments: list[AssessmentInfo] = []
        self.plans: list[PlanInfo] = []
        self.services: list[ServiceSummary] = []
        self.referrals: list[ReferralInfo] = []
        self.follow_ups: list[FollowUpInfo] = []
        self.dialog: QDialog | None = None  # the last dialog opened, for tests to fill in

        self.name_label = self._label("caseNameLabel", _NAME_STYLE)
        self.status_label = self._label("caseStatusLabel", _STATUS_STYLE)
        self.id_label = self._label("caseIdLabel")
        self.age_label = self._label("caseAgeLabel")
        self.risk_label = self._label("caseRiskLabel")
        self.worker_label = self._label("caseWorkerLabel")
        self.days_label = self._label("caseDaysLabel")

        self.change_status_button = button(self.tr("Change status…"), "changeStatusButton")
        self.risk_button = button(self.tr("Record risk…"), "recordRiskButton")
        self.assessment_button = button(self.tr("New assessment…"), "newAssessmentButton")
        self.plan_button = button(self.tr("New plan…"), "newPlanButton")
        self.approve_button = button(self.tr("Approve plan…"), "approvePlanButton")
        self.print_button = button(self.tr("Print case file…"), "printCaseFileButton")
        self.confirm_waiting_button = button(self.tr("Still waiting…"), "confirmWaitingButton")
        self.confirm_waiting_button.setToolTip(self.tr("The client still wants a place: record the confirmation"))

        self.timeline = list_table(
            "timelineTable", [self.tr("Date"), self.tr("What happened"), self.tr("Details")], stretch=(2,)
        )
        self.assessments_table = list_table(
            "assessmentsTable",
            [self.tr("Date"), self.tr("Kind"), self.tr("Scale"), self.tr("Result"), self.tr("Assessor")],
            stretch=(3,),
        )
        self.plans_table = list_table(
            "plansTable",
            [self.tr("Version"), self.tr("Status"), self.tr("Period"), self.tr("Review due"), self.tr("Goals")],
            stretch=(4,),
        )
        self.services_tab = CaseServices()
        self.referrals_tab = CaseReferrals(ctx, ops)
        self.documents = ClientPaperworkPanel(ctx, ops)
        self.documents.setObjectName("caseDocumentsPanel")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.assessments_table, self.tr("Assessments"))
        self.tabs.addTab(self.plans_table, self.tr("Plans"))
        self.tabs.addTab(self.services_tab, self.tr("Services"))
        self.tabs.addTab(self.referrals_tab, self.tr("Referrals and follow-ups"))
        self.tabs.addTab(self.documents, self.tr("Consent and agreements"))

        self._build_layout()
        self.change_status_button.clicked.connect(self.change_status)
        self.risk_button.clicked.connect(self.record_risk)
        self.assessment_button.clicked.connect(self.new_assessment)
        self.plan_button.clicked.connect(self.new_plan)
        self.approve_button.clicked.connect(self.approve_plan)
        self.confirm_waiting_button.clicked.connect(self.confirm_waiting)
        self.print_button.clicked.connect(self.print_case_file)
        follow_changes(self, ops, _CASE_KINDS, self._refresh_if_open)
        self._update_buttons()
        self._open()

    @staticmethod
    def _label(name: str, style: str = "") -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        if style:
            label.setStyleSheet(style)
        return label

    def _build_layout(self) -> None:
        title = QHBoxLayout()
        title.addWidget(self.name_label)
        title.addWidget(self.status_label)
        title.addStretch(1)
        facts = QGridLayout()
        facts.setHorizontalSpacing(24)
        pairs = [
            (self.tr("ID number"), self.id_label),
            (self.tr("Age"), self.age_label),
            (self.tr("Risk level"), self.risk_label),
            (self.tr("Responsible worker"), self.worker_label),
            (self.tr("Current episode"), self.days_label),
        ]
        for index, (caption, value) in enumerate(pairs):
            row, column = divmod(index, 3)
            caption_label = QLabel(caption + ("：" if case_text.chinese_ui() else ":"))
            caption_label.setStyleSheet("color: #555;")
            facts.addWidget(caption_label, row, column * 2)
            facts.addWidget(value, row, column * 2 + 1)
        facts.setColumnStretch(5, 1)
        actions = QHBoxLayout()
        for widget in (
            self.change_status_button,
            self.risk_button,
            self.assessment_button,
            self.plan_button,
            self.approve_button,
            self.confirm_waiting_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addLayout(facts)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

    # --- loading -------------------------------------------------------------------------------------------------

    def _open(self) -> None:
        client_id = self._client_id
        self._ops.run(self, lambda: clients.open_client(self._ctx, client_id), on_success=self._opened)

    def _opened(self, detail: ClientDetail) -> None:
        self.detail = detail
        self.name_label.setText(f"{detail.data.name}　{detail.data.case_number}")
        self.id_label.setText(detail.masked_id)
        self.documents.set_client(self._client_id)
        self.refresh()

    def _refresh_if_open(self) -> None:
        if self.detail is not None:
            self.refresh()

    def refresh(self) -> None:
        """Everything the tabs show, read in one job and shown together: the timeline is built once from it."""
        ctx, client_id = self._ctx, self._client_id

        def load() -> _CaseFile:
            return _CaseFile(
                cases.case_path(ctx, client_id),
                clients.client_summaries(ctx, [client_id]),
                assessments.list_assessments(ctx, client_id),
                plans.list_plans(ctx, client_id),
                service_records.client_services(ctx, client_id, limit=SHOWN + 1),
                referrals.referrals_of(ctx, client_id),
                referrals.follow_ups(ctx, client_id),
            )

        self._ops.run(self, load, on_success=self._show_case_file)

    def _show_case_file(self, loaded: _CaseFile) -> None:
        self._show_path(loaded.path, loaded.summaries)
        self._show_assessments(loaded.assessments)
        self._show_plans(loaded.plans)
        self.services = loaded.services[:SHOWN]
        self.services_tab.show_services(self._client_id, loaded.services)
        self.referrals, self.follow_ups = loaded.referrals, loaded.follow_ups
        self.referrals_tab.show_referrals(self._client_id, loaded.referrals, loaded.follow_ups)
        self._refill_timeline()
        self._update_buttons()

    def _show_assessments(self, rows: list[AssessmentInfo]) -> None:
        self.assessments = rows
        self.assessments_table.setRowCount(len(rows))
        for row, info in enumerate(reversed(rows)):
            instrument = builtin_instruments().get(info.instrument)
            result = str(info.rater_score if info.rater_score is not None else info.total)
            band = next((b for b in instrument.scoring.bands if b.code == info.band), None) if instrument else None
            if band is not None:
                result += f" · {case_text.band_label(band.label, band.label_en)}"
            set_row(
                self.assessments_table,
                row,
                [
                    info.assessed_on.isoformat(),
                    case_text.kind_text(info.kind),
                    case_text.instrument_name(instrument) if instrument else info.instrument,
                    result,
                    info.assessor,
                ],
            )

    def _show_plans(self, rows: list[PlanInfo]) -> None:
        self.plans = rows
        drafts = [plan.id for plan in rows if plan.status == "draft"]
        self.draft_plan_id = drafts[-1] if drafts else None
        self.plans_table.setRowCount(len(rows))
        for row, plan in enumerate(reversed(rows)):
            set_row(
                self.plans_table,
                row,
                [
                    str(plan.version),
                    case_text.plan_status_text(plan.status),
                    f"{plan.period_start.isoformat()} – {plan.period_end.isoformat()}",
                    plan.review_due.isoformat() if plan.review_due else "—",
                    "；".join(goal.goal for goal in plan.goals),
                ],
            )

    def _show_path(self, path: CasePath, summaries: list[ClientSummary]) -> None:
        self.path = path
        self.summary = summaries[0] if summaries else None
        self.status_label.setText(labels.label_of(ClientStatus, path.status))
        if self.summary is not None:
            self.age_label.setText(self.tr("{age} years").format(age=self.summary.age))
            self.worker_label.setText(self.summary.responsible_worker or self.tr("not assigned"))
        self._show_risk(path)
        days = (clock.today() - path.application_date).days
        self.days_label.setText(
            self.tr("no. {number}, applied {date} ({days} days ago)").format(
                number=path.episode, date=path.application_date.isoformat(), days=days
            )
        )

    def _show_risk(self, path: CasePath) -> None:
        if path.risk:
            _day, level, illness, _source = max(path.risk, key=lambda r: r[0])
        elif self.detail is not None:
            level, illness = self.detail.data.risk_level, self.detail.data.illness_status
        else:
            return
        text = f"{people_text.risk_level_text(level)}；{labels.label_of(IllnessStatus, illness)}"
        self.risk_label.setText(text)
        self.risk_label.setToolTip(people_text.risk_level_description(level))
        self.risk_label.setStyleSheet(_HIGH_RISK_STYLE if level >= 3 or illness == IllnessStatus.UNSTABLE else "")

    def timeline_rows(self, path: CasePath) -> list[tuple[date, str, str]]:
        """(date, what happened, details), newest first; within a day, newest entered first (a day's steps,
        assessments and plan approval read back in the order they were done). Where no time of entry is known, a
        risk record is put before the steps: a risk record is what usually prompts a step (a suspension)."""
        rows: list[_Row] = []
        several = path.episode > 1
        for order, step in enumerate(path.steps):
            target = labels.label_of(ClientStatus, step.to_status)
            if step.from_status is None:
                what = self.tr("Applied (episode {number})").format(number=step.episode) if several else target
            else:
                what = f"{labels.label_of(ClientStatus, step.from_status)} → {target}"
            details = [step.reason] if step.reason else []
            if step.document:
                details.append(self.tr("Based on: {document}").format(document=step.document))
            rows.append((step.changed_on, _entered(step.recorded_at), 1, order, what, "；".join(details)))
        recorded = path.risk_recorded or (None,) * len(path.risk)
        for order, ((day, level, illness, source), entered) in enumerate(zip(path.risk, recorded, strict=True)):
            what = self.tr("Risk recorded: {level}; {status}").format(
                level=level, status=labels.label_of(IllnessStatus, illness)
            )
            rows.append((day, _entered(entered), 0, order, what, self.tr("Source: {source}").format(source=source)))
        rows += self._record_rows()
        rows.sort(key=lambda r: r[:4], reverse=True)
        return [(day, what, details) for day, _entered_at, _rank, _order, what, details in rows]

    def _record_rows(self) -> list[_Row]:
        """Assessments, plan approvals, services, referrals and follow-ups done, ranked after the day's steps."""
        rows: list[_Row] = []
        for order, info in enumerate(self.assessments):
            what = self.tr("Assessment: {kind}").format(kind=case_text.kind_text(info.kind))
            result = info.rater_score if info.rater_score is not None else info.total
            rows.append(
                (
                    info.assessed_on,
                    _entered(info.recorded_at),
                    2,
                    order,
                    what,
                    f"{info.instrument.upper()} {result}；{info.assessor}",
                )
            )
        for order, plan in enumerate(self.plans):
            if plan.approved_on is not None:
                what = self.tr("Plan version {version} approved").format(version=plan.version)
                goals = "；".join(g.goal for g in plan.goals)
                rows.append((plan.agreed_on or plan.approved_on, _entered(plan.changed_at), 2, order, what, goals))
        for order, service in enumerate(reversed(self.services)):
            what = self.tr("Service: {form}").format(form=labels.label_of(ServiceForm, service.form))
            entered = _entered(service.recorded_at)
            rows.append((service.service_date, entered, 3, order, what, service.content.replace("\n", " ")))
        for order, referral in enumerate(self.referrals):
            direction = labels.label_of(ReferralDirection, referral.direction)
            what = f"{direction}：{labels.label_of(ReferralKind, referral.kind)}"
            rows.append((referral.referral_date, _entered(referral.recorded_at), 2, order, what, referral.organisation))
        for order, follow_up in enumerate(self.follow_ups):
            if follow_up.done_on is not None:
                entered = _entered(follow_up.changed_at)
                rows.append((follow_up.done_on, entered, 2, order, self.tr("Follow-up"), follow_up.note))
        return rows

    def _refill_timeline(self) -> None:
        if self.path is None:
            return
        rows = self.timeline_rows(self.path)
        table: QTableWidget = self.timeline
        table.setUpdatesEnabled(False)
        table.setRowCount(len(rows))
        first_of_kind: dict[str, int] = {}
        for row, (day, what, details) in enumerate(rows):
            first_of_kind.setdefault(what, row)
            for item in set_row(table, row, [day.isoformat(), what, details]):
                item.setToolTip(item.text())
        fit_column(table, 1, first_of_kind.values())  # an old step's wording is often the longest
        table.setUpdatesEnabled(True)

    # --- actions -------------------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        loaded = (self.path is not None, why_not_text.still_loading())
        may_record = (self._ctx.actor.may(Permission.RECORD_SERVICES), why_not_text.no_permission())
        for widget in (self.change_status_button, self.risk_button, self.assessment_button, self.plan_button):
            allow(widget, why_not(loaded, may_record))
        allow(
            self.approve_button,
            why_not(
                loaded,
                (self._ctx.actor.may(Permission.APPROVE_PLANS), self.tr("Only a coordinator approves plans.")),
                (self.draft_plan_id is not None, self.tr("There is no plan waiting for approval.")),
            ),
        )
        waiting = self.path is not None and self.path.status == ClientStatus.WAITLISTED
        self.confirm_waiting_button.setVisible(waiting)
        allow(self.confirm_waiting_button, why_not(may_record))
        self.referrals_tab.setEnabled(may_record[0])
        allow(
            self.print_button,
            why_not(loaded, (self._ctx.actor.may(Permission.PRINT_DOCUMENTS), why_not_text.no_permission())),
        )

    def _keep(self, dialog: QDialog) -> None:
        self.dialog = dialog

    def change_status(self) -> None:
        if self.path is not None:
            dialog = TransitionDialog(self._ctx, self._ops, self._client_id, self.path.status, self)
            self._keep(open_dialog(dialog))

    def record_risk(self) -> None:
        if self.path is None:
            return
        dialog = RiskDialog(
            self._ctx, self._ops, self._client_id, self, current_status=self.path.status, followup=self._keep
        )
        self._keep(open_dialog(dialog))

    def _with_staff(self, show) -> None:
        self._ops.run(self, lambda: staff.list_staff(self._ctx), on_success=show)

    def new_assessment(self) -> None:
        kind = "intake"
        if self.path is not None and self.path.status in (ClientStatus.ACTIVE, ClientStatus.SUSPENDED):
            kind = "stage"

        def show(members) -> None:
            dialog = AssessmentDialog(
                self._ctx, self._ops, self._client_id, members, self, kind=kind, followup=self._keep
            )
            self._keep(open_dialog(dialog))

        self._with_staff(show)

    def new_plan(self) -> None:
        def show(members) -> None:
            dialog = PlanDialog(self._ctx, self._ops, self._client_id, members, self)
            self._keep(open_dialog(dialog))

        self._with_staff(show)

    def approve_plan(self) -> None:
        plan_id = self.draft_plan_id
        if plan_id is None:
            return
        title = self.tr("The draft rehabilitation plan becomes the active plan; an enrolled client becomes active.")
        dialog = ApprovePlanDialog(self._ctx, self._ops, plan_id, title, self)
        self._keep(open_dialog(dialog))

    def confirm_waiting(self) -> None:
        self._keep(open_dialog(ConfirmWaitingDialog(self._ctx, self._ops, self._client_id, self)))

    def print_case_file(self) -> None:
        dialog = CasePrintDialog(self._ctx, self._ops, self._client_id, self)
        dialog.saved.connect(self._preview)
        self._keep(open_dialog(dialog))

    def _preview(self, printed: PrintedCaseFile) -> None:
        title = self.tr("Case file")
        self._keep(open_dialog(PdfPreviewDialog(printed.pdf, title, printed.file_name, parent=self)))
