"""The Safety page (安全应急): which key scenarios are due for a drill, the emergency plans and their annual review,
the drills held, and the corrective actions they left. Coordinators and admins edit; everyone may look and print."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.safety import ActionStatus, DrillScenario, DueState, interval_months
from rehabdesk.services import committed, safety, scans, training, training_reports
from rehabdesk.services.context import StationContext
from rehabdesk.services.printing import PrintedDocument
from rehabdesk.services.safety import ActionInfo, DrillInfo, PlanInfo, SafetyStatus
from rehabdesk.services.training import CourseInfo, TrainingOverview
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.dialogs.opening import open_dialog
from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from rehabdesk.ui.dialogs.safety_dialogs import (
    ACTION_DUE_DAYS,
    ActionDialog,
    CloseActionDialog,
    DateDialog,
    DrillDialog,
    PlanDialog,
    StaffChoice,
)
from rehabdesk.ui.kit.colours import RED, State, colours_of
from rehabdesk.ui.kit.fields import button, year_spin
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.kit.tables import list_table, set_row
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels, training_text
from rehabdesk.ui.text import why_not as why_not_text
from rehabdesk.ui.widgets.attached_files import attach, choose_file, show_file


class SafetyPage(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.status: SafetyStatus | None = None
        self.plans: list[PlanInfo] = []
        self.drills: list[DrillInfo] = []  # as filtered
        self.all_drills: list[DrillInfo] = []
        self.actions: list[ActionInfo] = []
        self.dialog: QDialog | None = None  # the last dialog opened, for tests to fill in
        manager = ctx.actor.may(Permission.MANAGE_TRAINING)

        self.schedule_table = list_table(
            "drillScheduleTable",
            [self.tr("Scenario"), self.tr("Every"), self.tr("Last drill"), self.tr("Due"), self.tr("State")],
        )
        # Nothing to act on in the schedule itself: no selection, and every row shown without scrolling.
        self.schedule_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.schedule_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.schedule_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        schedule_group = QGroupBox(self.tr("Drill schedule of the key scenarios"))
        QVBoxLayout(schedule_group).addWidget(self.schedule_table)

        self.plans_table = list_table(
            "plansTable",
            [
                self.tr("Title"),
                self.tr("Scenarios"),
                self.tr("Version"),
                self.tr("In force from"),
                self.tr("Review due"),
                self.tr("Responsible"),
            ],
            stretch=(0, 1),
        )
        self.new_plan_button = button(self.tr("New plan…"), "newPlanButton")
        self.edit_plan_button = button(self.tr("Edit…"), "editPlanButton")
        self.review_plan_button = button(self.tr("Record review…"), "reviewPlanButton")
        self.attach_plan_button = button(self.tr("Attach the plan's file…"), "attachPlanFileButton")
        self.view_plan_button = button(self.tr("Open the plan's file"), "viewPlanFileButton")
        plans_tab = self._tab(
            self.plans_table,
            [
                self.new_plan_button,
                self.edit_plan_button,
                self.review_plan_button,
                self.attach_plan_button,
                self.view_plan_button,
            ],
        )
        self.safety_training_table = list_table(
            "safetyTrainingTable",
            [self.tr("Dates"), self.tr("Title"), self.tr("Provider"), self.tr("Hours"), self.tr("Attendees")],
            stretch=(1,),
        )
        self.safety_courses: list[CourseInfo] = []
        training_tab = self._tab(self.safety_training_table, [])

        self.year_spin = year_spin("drillYearSpin")
        self.all_years_check = QCheckBox(self.tr("All years"))
        self.all_years_check.setObjectName("drillAllYearsCheck")
        self.scenario_filter = QComboBox()
        self.scenario_filter.setObjectName("drillScenarioFilter")
        self.scenario_filter.addItem(self.tr("All scenarios"), None)
        for value, text in labels.choices(DrillScenario):
            self.scenario_filter.addItem(text, value)
        self.drills_table = list_table(
            "drillsTable",
            [
                self.tr("Number"),
                self.tr("Date"),
                self.tr("Scenario"),
                self.tr("Staff"),
                self.tr("Clients"),
                self.tr("Duration"),
                self.tr("Open actions"),
                self.tr("Plan"),
            ],
        )
        self.record_drill_button = button(self.tr("Record drill…"), "recordDrillButton")
        self.print_drill_button = button(self.tr("Print drill record…"), "printDrillButton")
        drills_tab = self._tab(
            self.drills_table,
            [self.record_drill_button, self.print_drill_button],
            (QLabel(self.tr("Year")), self.year_spin, self.all_years_check, self.scenario_filter),
        )

        self.actions_table = list_table(
            "actionsTable",
            [
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Action"),
                self.tr("Responsible"),
                self.tr("Drill"),
                self.tr("What was done"),
            ],
            stretch=(2, 5),
        )
        self.add_action_button = button(self.tr("Add action…"), "addActionButton")
        self.close_action_button = button(self.tr("Close…"), "closeActionButton")
        self.reopen_action_button = button(self.tr("Reopen…"), "reopenActionButton")
        actions_tab = self._tab(
            self.actions_table, [self.add_action_button, self.close_action_button, self.reopen_action_button]
        )

        for widget in (
            self.new_plan_button,
            self.edit_plan_button,
            self.review_plan_button,
            self.attach_plan_button,
            self.record_drill_button,
            self.add_action_button,
            self.close_action_button,
            self.reopen_action_button,
        ):
            widget.setVisible(manager)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("safetyTabs")
        self.tabs.addTab(drills_tab, self.tr("Drills"))
        self.tabs.addTab(actions_tab, self.tr("Corrective actions"))
        self.tabs.addTab(plans_tab, self.tr("Emergency plans"))
        # Safety training is a training record of type 安全应急: recorded on the Staff & training page, listed here.
        self.tabs.addTab(training_tab, self.tr("Safety training"))
        layout = QVBoxLayout(self)
        layout.addWidget(schedule_group)
        layout.addWidget(self.tabs, 1)

        self.year_spin.valueChanged.connect(lambda _: self.refresh_drills())
        self.all_years_check.toggled.connect(self._all_years_toggled)
        self.scenario_filter.currentIndexChanged.connect(lambda _: self.refresh_drills())
        self.plans_table.itemSelectionChanged.connect(self._update_buttons)
        self.drills_table.itemSelectionChanged.connect(self._update_buttons)
        self.actions_table.itemSelectionChanged.connect(self._update_buttons)
        self.plans_table.doubleClicked.connect(lambda _: self.edit_plan())
        self.drills_table.doubleClicked.connect(lambda _: self.print_drill())
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.review_plan_button.clicked.connect(self.review_plan)
        self.attach_plan_button.clicked.connect(self._pick_plan_file)
        self.view_plan_button.clicked.connect(self.view_plan_file)
        self.record_drill_button.clicked.connect(self.record_drill)
        self.print_drill_button.clicked.connect(self.print_drill)
        self.add_action_button.clicked.connect(self.add_action)
        self.close_action_button.clicked.connect(self.close_action)
        self.reopen_action_button.clicked.connect(self.reopen_action)
        self._update_buttons()
        # Loaded the first time the page is shown, not when the window is built; then whenever what it shows changes.
        follow_changes(
            self,
            ops,
            committed.STAFF | committed.TRAINING | committed.SAFETY | committed.SCANS,
            self.refresh,
            loaded=False,
        )

    @staticmethod
    def _tab(table: QTableWidget, buttons: list[QPushButton], right: tuple[QWidget, ...] = ()) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout()
        for widget in buttons:
            row.addWidget(widget)
        row.addStretch(1)
        for widget in right:
            row.addWidget(widget)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return tab

    # --- loading -------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._ops.run(self, lambda: safety.safety_status(self._ctx), on_success=self._show_schedule)
        self._ops.run(self, lambda: safety.list_plans(self._ctx), on_success=self._show_plans)
        self.refresh_drills()
        self._ops.run(self, lambda: safety.list_drills(self._ctx), on_success=self._show_actions)

    def _show_safety_courses(self, courses: list[CourseInfo]) -> None:
        self.safety_courses = courses
        self.safety_training_table.setRowCount(len(courses))
        for row, course in enumerate(courses):
            dates = course.start_date.isoformat()
            if course.end_date != course.start_date:
                dates += f" – {course.end_date.isoformat()}"
            set_row(
                self.safety_training_table,
                row,
                [
                    dates,
                    course.title,
                    course.provider,
                    training_text.hours_text(course.minutes),
                    str(course.attendee_count),
                ],
            )

    def refresh_drills(self) -> None:
        year = None if self.all_years_check.isChecked() else self.year_spin.value()
        scenario = self.scenario_filter.currentData()
        training_year = year or self.year_spin.value()
        self._ops.run(
            self, lambda: training.safety_courses(self._ctx, training_year), on_success=self._show_safety_courses
        )
        self._ops.run(
            self, lambda: safety.list_drills(self._ctx, year=year, scenario=scenario), on_success=self._show_drills
        )

    def _all_years_toggled(self, checked: bool) -> None:
        self.year_spin.setEnabled(not checked)
        self.refresh_drills()

    def _show_schedule(self, status: SafetyStatus) -> None:
        self.status = status
        table = self.schedule_table
        table.setRowCount(len(status.schedule))
        for row, entry in enumerate(status.schedule):
            items = set_row(
                table,
                row,
                [
                    labels.label_of(DrillScenario, entry.scenario),
                    self.tr("%n month(s)", "", interval_months(entry.scenario)),
                    entry.last_drill.isoformat() if entry.last_drill else self.tr("Never"),
                    entry.due.isoformat(),
                    labels.label_of(DueState, entry.state),
                ],
            )
            state = {DueState.OVERDUE: State.OVERDUE, DueState.DUE_SOON: State.DUE}.get(entry.state)
            colours = colours_of(state) if state is not None else None
            if colours is not None:
                for item in items[3:]:
                    item.setForeground(colours[0])
                    item.setBackground(colours[1])
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        frame = 2 * table.frameWidth()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + frame)

    def _show_plans(self, plans: list[PlanInfo]) -> None:
        self.plans = plans
        self.plans_table.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            items = set_row(
                self.plans_table,
                row,
                [
                    plan.title,
                    training_text.scenarios_text(plan.scenarios),
                    plan.plan_version,
                    plan.effective_date.isoformat(),
                    plan.review_due.isoformat(),
                    plan.owner,
                ],
            )
            for item in items[:2]:
                item.setToolTip(item.text())
            if plan.review_overdue:
                items[4].setForeground(RED)
                items[4].setToolTip(self.tr("The annual review is overdue."))
        late = sum(1 for plan in plans if plan.review_overdue)
        self.tabs.setTabText(
            2, self.tr("Emergency plans (%n past review)", "", late) if late else self.tr("Emergency plans")
        )
        self._update_buttons()

    def _show_drills(self, drills: list[DrillInfo]) -> None:
        self.drills = drills
        self.drills_table.setRowCount(len(drills))
        for row, drill in enumerate(drills):
            open_actions = sum(1 for action in drill.actions if action.status == ActionStatus.OPEN)
            items = set_row(
                self.drills_table,
                row,
                [
                    drill.number,
                    drill.drill_date.isoformat(),
                    labels.label_of(DrillScenario, drill.scenario),
                    str(len(drill.participants)),
                    str(drill.clients_involved),
                    self.tr("{minutes} min").format(minutes=drill.duration_minutes),
                    str(open_actions) if open_actions else "—",
                    drill.plan_title,
                ],
            )
            items[3].setToolTip("、".join(drill.participants))
        self._update_buttons()

    def _show_actions(self, drills: list[DrillInfo]) -> None:
        self.all_drills = drills
        actions = [action for drill in drills for action in drill.actions]
        dates = {drill.id: drill.drill_date.isoformat() for drill in drills}
        # Open ones first, soonest due on top; then the closed ones, most recently closed first.
        open_actions = sorted((a for a in actions if a.status == ActionStatus.OPEN), key=lambda a: a.due_date)
        done = sorted(
            (a for a in actions if a.status != ActionStatus.OPEN), key=lambda a: a.closed_on or a.due_date, reverse=True
        )
        self.actions = open_actions + done
        self.actions_table.setRowCount(len(self.actions))
        for row, action in enumerate(self.actions):
            if action.status != ActionStatus.OPEN:
                state = self.tr("Done {date}").format(date=action.closed_on.isoformat() if action.closed_on else "")
            elif action.overdue:
                state = self.tr("Overdue")
            else:
                state = labels.label_of(ActionStatus, action.status)
            # The scenario and day say which drill it was; the long drill number goes to the tooltip.
            drill = f"{labels.label_of(DrillScenario, action.scenario)} {dates[action.drill_id]}"
            items = set_row(
                self.actions_table,
                row,
                [state, action.due_date.isoformat(), action.description, action.owner, drill, action.closing_note],
            )
            items[4].setToolTip(action.drill_number)
            items[2].setToolTip(action.description)
            items[5].setToolTip(action.closing_note)
            if action.overdue:
                for item in items[:2]:
                    item.setForeground(RED)
        self.tabs.setTabText(1, self.tr("Corrective actions (%n open)", "", len(open_actions)))
        self._update_buttons()

    # --- selection -----------------------------------------------------------------------------------------------

    @staticmethod
    def _selected(table: QTableWidget, rows: list):
        row = table.currentRow()
        return rows[row] if 0 <= row < len(rows) and table.selectedItems() else None

    def selected_plan(self) -> PlanInfo | None:
        return self._selected(self.plans_table, self.plans)

    def selected_drill(self) -> DrillInfo | None:
        return self._selected(self.drills_table, self.drills)

    def selected_action(self) -> ActionInfo | None:
        return self._selected(self.actions_table, self.actions)

    def _update_buttons(self) -> None:
        selected_plan = self.selected_plan()
        plan_chosen = (selected_plan is not None, self.tr("Select an emergency plan in the list first."))
        for widget in (self.edit_plan_button, self.review_plan_button, self.attach_plan_button):
            allow(widget, why_not(plan_chosen))
        allow(
            self.view_plan_button,
            why_not(
                plan_chosen, (selected_plan is not None and bool(selected_plan.files), why_not_text.no_file_attached())
            ),
        )
        allow(
            self.print_drill_button,
            why_not((self.selected_drill() is not None, self.tr("Select a drill in the list first."))),
        )
        allow(
            self.add_action_button,
            why_not((bool(self.all_drills), self.tr("Corrective actions follow a drill: record a drill first."))),
        )
        action = self.selected_action()
        action_chosen = (action is not None, self.tr("Select a corrective action in the list first."))
        allow(
            self.close_action_button,
            why_not(
                action_chosen,
                (action is None or action.status == ActionStatus.OPEN, self.tr("This action is already closed.")),
            ),
        )
        allow(
            self.reopen_action_button,
            why_not(
                action_chosen,
                (action is None or action.status == ActionStatus.DONE, self.tr("This action is still open.")),
            ),
        )

    def _pick_plan_file(self) -> None:
        path = choose_file(self)
        if path is not None:
            self.attach_plan_file(path)

    def attach_plan_file(self, path: Path) -> None:
        plan = self.selected_plan()
        if plan is not None:
            attach(
                self,
                self._ops,
                path,
                lambda content: scans.attach_station_file(self._ctx, "emergency_plan", plan.id, content),
            )

    def view_plan_file(self) -> None:
        plan = self.selected_plan()
        if plan is not None and plan.files:
            file_id = plan.files[-1].id
            show_file(self, self._ops, lambda: scans.view_station_file(self._ctx, file_id), self._keep_dialog)

    def _keep_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog

    def _with_staff(self, show) -> None:
        """Staff employed now, for participants and owners (read from the overview: an admin without case-work
        rights may manage drills but not list staff through the case-work service)."""
        today = clock.today()

        def choices(overview: TrainingOverview) -> None:
            current = [w for w in overview.workers if w.end_date is None or w.end_date >= today]
            show([(w.staff_id, f"{w.name}（{w.staff_number}）") for w in current])

        self._ops.run(self, lambda: training.training_overview(self._ctx, today.year), on_success=choices)

    # --- plans ---------------------------------------------------------------------------------------------------

    def new_plan(self) -> None:
        self._with_staff(lambda staff: self._open_plan(staff, None))

    def edit_plan(self) -> None:
        plan = self.selected_plan()
        if plan is not None and self.edit_plan_button.isVisible():
            self._with_staff(lambda staff: self._open_plan(staff, plan))

    def _open_plan(self, staff: list[StaffChoice], plan: PlanInfo | None) -> None:
        self.dialog = open_dialog(PlanDialog(self._ctx, self._ops, staff, current=plan, parent=self))

    def review_plan(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        dialog = DateDialog(
            self._ops,
            self.tr("Record the annual review"),
            self.tr("Reviewed on"),
            lambda day: safety.record_plan_review(self._ctx, plan.id, day),
            field="reviewed_on",
            default=clock.today(),
            note=self.tr("“{title}” was reviewed and is still right (or was updated). The next review is due a "
                         "year after this date.").format(title=plan.title),
            parent=self,
        )  # fmt: skip
        self.dialog = open_dialog(dialog)

    # --- drills --------------------------------------------------------------------------------------------------

    def record_drill(self) -> None:
        plans = list(self.plans)
        scenario = self.scenario_filter.currentData()
        if scenario is None and self.status is not None:
            # The most pressing key scenario first: it is the one a drill is most likely being recorded for.
            overdue = [entry.scenario for entry in self.status.schedule if entry.state == DueState.OVERDUE]
            scenario = overdue[0] if overdue else None

        def show(staff: list[StaffChoice]) -> None:
            dialog = DrillDialog(self._ctx, self._ops, staff, plans, scenario=scenario, parent=self)
            self.dialog = open_dialog(dialog)

        self._with_staff(show)

    def print_drill(self) -> None:
        drill = self.selected_drill()
        if drill is None:
            return
        title = self.tr("Drill record {number}").format(number=drill.number)

        def show(printed: PrintedDocument) -> None:
            preview = PdfPreviewDialog(printed.pdf, title, f"应急演练记录-{printed.number}.pdf", parent=self)
            self.dialog = open_dialog(preview)

        self._ops.run(self, lambda: training_reports.print_drill_record(self._ctx, drill.id), on_success=show)

    # --- corrective actions --------------------------------------------------------------------------------------

    def add_action(self) -> None:
        drills = list(self.all_drills)
        selected = self.selected_drill()
        drill_id = selected.id if selected else None

        def show(staff: list[StaffChoice]) -> None:
            dialog = ActionDialog(self._ctx, self._ops, drills, staff, drill_id=drill_id, parent=self)
            self.dialog = open_dialog(dialog)

        self._with_staff(show)

    def close_action(self) -> None:
        action = self.selected_action()
        if action is not None and action.status == ActionStatus.OPEN:
            self.dialog = open_dialog(CloseActionDialog(self._ctx, self._ops, action, self))

    def reopen_action(self) -> None:
        action = self.selected_action()
        if action is None or action.status != ActionStatus.DONE:
            return
        dialog = DateDialog(
            self._ops,
            self.tr("Reopen corrective action"),
            self.tr("New due date"),
            lambda day: safety.reopen_corrective_action(self._ctx, action.id, day),
            field="due_date",
            default=clock.today() + timedelta(days=ACTION_DUE_DAYS),
            note=self.tr("The fix did not hold: the action is open again until the new due date."),
            parent=self,
        )  # fmt: skip
        self.dialog = open_dialog(dialog)
