"""The Today page (今日): record services quickly on the left; on the right today's services, the day-programme
attendance and what is due, kind by kind (``DuePanel``). Enter on a due item opens that client's case file."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.county_deadline import QuarterDue
from rehabdesk.domain.roles import Permission
from rehabdesk.services import committed, service_records, sync
from rehabdesk.services.context import StationContext
from rehabdesk.services.service_records import DayServices, ServiceSummary
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.dialogs.export_services_dialog import ExportServicesDialog
from rehabdesk.ui.dialogs.opening import open_dialog
from rehabdesk.ui.dialogs.reason_dialog import ReasonDialog
from rehabdesk.ui.kit.fields import button
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages.case_window import open_case_window
from rehabdesk.ui.preferences import Preferences
from rehabdesk.ui.table_models.services_model import PAGE_SIZE, ServicesTableModel
from rehabdesk.ui.text.county_text import quarter_reminder_text
from rehabdesk.ui.widgets.day_attendance import DayAttendance
from rehabdesk.ui.widgets.due_panel import DuePanel
from rehabdesk.ui.widgets.quick_service import QuickServiceForm
from rehabdesk.ui.widgets.record_view import record_view

# Everything due is read from case files, papers, services, training and safety, under the station's settings;
# staff changes reload it through the account's link to a worker (below), which may change the default scope.
_DUE_KINDS = (
    committed.CLIENTS
    | committed.CASE_FILES
    | committed.SERVICES
    | committed.PAPERWORK
    | committed.SCANS
    | committed.TRAINING
    | committed.SAFETY
    | committed.SETTINGS
)
_ROSTER_KINDS = committed.CLIENTS | committed.CASE_FILES | committed.SERVICES


class TodayPage(QWidget):
    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._prefs = prefs
        self._fixed_day = today  # tests pin the day; the app follows the calendar
        self.day = today or clock.today()
        self.case_window: QWidget | None = None
        self._roster_stale = True
        # The due lists are below the fold of the first paint (a tab behind today's services): they are counted
        # once the page has painted, so signing in shows the day's services without waiting for them.
        self._painted = False
        self._due_waiting = False
        self.dialog: ReasonDialog | None = None

        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.county_reminder = QLabel()
        self.county_reminder.setObjectName("todayCountyReminder")
        self.county_reminder.setWordWrap(True)
        self.county_reminder.setStyleSheet("color: #8a5300;")
        self.county_reminder.setVisible(False)
        self.entry = QuickServiceForm(ctx, ops, today=self.day)
        self.services_model = ServicesTableModel()
        self.services_table = record_view(
            "todayServicesTable",
            self.services_model,
            widths={0: "00:00–00:00", 1: "日间训练/照料", 3: "张三丰、李四光"},
            stretch=(2, 4),
        )
        self.edit_button = button(self.tr("Change…"), "editServiceButton")
        self.delete_button = button(self.tr("Delete…"), "deleteServiceButton")
        self.export_button = button(self.tr("Export a period to Excel…"), "exportServicePeriodButton")
        self.attendance = DayAttendance(ctx, ops)
        self.due_panel = DuePanel(ctx, ops)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("todayTabs")
        self._build_layout()

        self.edit_button.clicked.connect(self.edit_service)
        self.delete_button.clicked.connect(self.delete_service)
        self.export_button.clicked.connect(self.export_services)
        self.services_table.doubleClicked.connect(lambda _index: self.edit_service())
        self.due_panel.open_client.connect(self.open_client)
        self.due_panel.counted.connect(self._show_due_count)
        self.tabs.currentChanged.connect(self._tab_shown)
        follow_changes(self, ops, committed.SERVICES, self._load_services)
        follow_changes(self, ops, _DUE_KINDS, self._load_due)
        follow_changes(self, ops, _ROSTER_KINDS, self._roster_changed)
        follow_changes(self, ops, committed.SYNC | committed.SETTINGS, self._load_county)
        # Stations leave the PC on overnight: just after local midnight the page moves to the new day.
        self.midnight_timer = QTimer(self)
        self.midnight_timer.setObjectName("midnightTimer")
        self.midnight_timer.setSingleShot(True)
        self.midnight_timer.timeout.connect(self._midnight)
        follow_changes(self, ops, committed.STAFF | committed.ACCOUNTS, self._own_link_changed)
        self.refresh()
        self._arm_midnight_timer()

    def _arm_midnight_timer(self) -> None:
        """Fire a second after the next local midnight by the one clock. A timer counts elapsed time, so one that
        fires late (a machine asleep over midnight) or early (the clock set) re-checks the day and re-arms."""
        now = clock.now().astimezone()
        midnight = datetime.combine(now.date() + timedelta(days=1), time(0, 0, 1), tzinfo=now.tzinfo)
        wait_ms = int((midnight - now).total_seconds() * 1000)
        self.midnight_timer.start(max(1000, min(wait_ms, 24 * 3600 * 1000)))

    def _midnight(self) -> None:
        if self._fixed_day is None and clock.today() != self.day:
            previous = self.day
            self.refresh()
            # The entry form's date followed the day; one typed by hand, or an entry half made, is left as it is.
            entry_untouched = not self.entry.attendee_ids() and self.entry._editing is None
            if entry_untouched and self.entry.date_edit.text() == previous.isoformat():
                self.entry.date_edit.setText(self.day.isoformat())
        self._arm_midnight_timer()

    def _build_layout(self) -> None:
        entry_box = QGroupBox(self.tr("Record a service"))
        QVBoxLayout(entry_box).addWidget(self.entry)
        services = QWidget()
        services_layout = QVBoxLayout(services)
        services_layout.addWidget(self.services_table)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        services_layout.addLayout(row)
        self.tabs.addTab(services, "")
        self.tabs.addTab(self.attendance, self.tr("Day programme attendance"))
        self.tabs.addTab(self.due_panel, "")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(entry_box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.county_reminder)
        layout.addWidget(splitter, 1)

    def _own_link_changed(self) -> None:
        """The account was linked to a worker (or unlinked): the due lists start again from the default scope."""
        self.due_panel.reset_scope()
        self._load_due()

    def refresh(self) -> None:
        self.day = self._fixed_day or clock.today()
        self.heading.setText(self.tr("Today, {day}").format(day=self.day.isoformat()))
        self._load_services()
        self._load_due()
        self._roster_changed()
        self._load_county()

    def _load_county(self) -> None:
        if self._ctx.actor.may(Permission.EXPORT_BUNDLES):  # the coordinators, who take the stick to the county
            self._ops.run(self, lambda: sync.quarter_reminder(self._ctx, today=self.day), on_success=self._show_county)

    def _show_county(self, due: QuarterDue | None) -> None:
        self.county_reminder.setVisible(due is not None)
        self.county_reminder.setText(quarter_reminder_text(due) if due is not None else "")

    def _load_services(self) -> None:
        day = self.day
        self._ops.run(
            self, lambda: service_records.day_services(self._ctx, day, first=PAGE_SIZE), on_success=self._show_services
        )

    def _load_due(self) -> None:
        if self._painted:
            self.due_panel.load(self.day)
        else:
            self._due_waiting = True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._due_waiting:
                self._due_waiting = False
                QTimer.singleShot(0, self._load_due)  # after this paint has reached the screen

    def _roster_changed(self) -> None:
        self._roster_stale = True
        self._tab_shown()

    def _tab_shown(self) -> None:
        """The roster loads when its tab is opened: on a large station it is thousands of lines the page need not
        wait for."""
        if self.tabs.currentWidget() is self.attendance and self._roster_stale:
            self._roster_stale = False
            self.attendance.refresh(self.day)

    # --- today's services ---------------------------------------------------------------------------------------

    def _show_services(self, found: DayServices) -> None:
        day = self.day

        def fetch(offset: int, limit: int) -> list[ServiceSummary]:
            return service_records.services_on(self._ctx, day, offset=offset, limit=limit)

        self.services_model.set_page(found.total, found.first, fetch)
        self.tabs.setTabText(0, self.tr("Today's services ({count})").format(count=found.total))
        reason = why_not((found.total > 0, self.tr("No service is recorded for this day yet.")))
        allow(self.edit_button, reason)
        allow(self.delete_button, reason)

    @property
    def services(self) -> list[ServiceSummary]:
        """The day's services fetched so far, in the list's order."""
        return self.services_model.rows

    def export_services(self) -> ExportServicesDialog:
        return open_dialog(ExportServicesDialog(self._ctx, self._ops, self))  # type: ignore[return-value]

    def _selected_service(self) -> ServiceSummary | None:
        row = self.services_table.currentIndex().row()
        return self.services[row] if 0 <= row < len(self.services) else None

    def edit_service(self) -> None:
        chosen = self._selected_service()
        if chosen is not None:
            self._ops.run(
                self, lambda: service_records.service_detail(self._ctx, chosen.id), on_success=self.entry.edit
            )

    def delete_service(self) -> None:
        chosen = self._selected_service()
        if chosen is None:
            return
        self.dialog = ReasonDialog(
            self._ops,
            self.tr("Delete service record"),
            lambda _day, reason: service_records.delete_service(self._ctx, chosen.id, reason),
            date_field=None,
            parent=self,
        )
        open_dialog(self.dialog)

    # --- due ----------------------------------------------------------------------------------------------------

    def _show_due_count(self, count: int, overdue: int) -> None:
        self.tabs.setTabText(2, self.tr("Due ({count}, overdue {overdue})").format(count=count, overdue=overdue))

    def open_client(self, client_id: str) -> None:
        self.case_window = open_case_window(self, self._ctx, self._ops, self._prefs, client_id)
