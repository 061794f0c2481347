"""Day-programme attendance: today's roster, tick who came, one save (Ctrl+S). Opening it again the same day shows
what was saved, and saving again changes that record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.service_kinds import ServiceType
from rehabdesk.services import committed, day_programme, staff
from rehabdesk.services.context import StationContext
from rehabdesk.services.day_programme import AttendanceInput, DayRoster
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.kit.checklists import checkable_item
from rehabdesk.ui.kit.colours import State, text_style
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.kit.fields import combo_box, fill_staff
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels

_ROLE = Qt.ItemDataRole.UserRole


class DayAttendance(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.roster: DayRoster | None = None
        self.summary = QLabel()
        self.summary.setObjectName("rosterSummary")
        self.roster_list = QListWidget()
        self.roster_list.setObjectName("rosterList")
        self.start_edit = QLineEdit("09:00")
        self.start_edit.setObjectName("rosterStartEdit")
        self.end_edit = QLineEdit("11:30")
        self.end_edit.setObjectName("rosterEndEdit")
        self.type_combo = combo_box("rosterTypeCombo", labels.choices(ServiceType))
        self.type_combo.setCurrentIndex(self.type_combo.findData(ServiceType.LIFE_SKILLS.value))
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("rosterStaffCombo")
        self.content_edit = QLineEdit()
        self.content_edit.setObjectName("rosterContentEdit")
        self.content_edit.setPlaceholderText(self.tr("Today's activity, e.g. handicraft, cooking, outing"))
        self.message = QLabel()
        self.status = QLabel()
        self.status.setObjectName("rosterStatus")
        self.status.setStyleSheet(text_style(State.DONE))
        self.save_button = QPushButton(self.tr("Save attendance (Ctrl+S)"))
        self.save_button.setObjectName("saveAttendanceButton")
        self.errors = FieldErrors(
            self.message,
            {
                "attendees": self.roster_list,
                "start_time": self.start_edit,
                "end_time": self.end_edit,
                "staff_ids": self.staff_combo,
            },
        )
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_edit)
        form = QFormLayout()
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Service type"), self.type_combo)
        form.addRow(self.tr("Given by"), self.staff_combo)
        form.addRow(self.tr("Activity"), self.content_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.roster_list, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        self.roster_list.itemChanged.connect(self._count)
        self.save_button.clicked.connect(self.save)
        self.content_edit.returnPressed.connect(self.save)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        # Staff are read with the first roster: the roster's tab may never be opened.
        self._staff_loaded = False
        follow_changes(self, ops, committed.STAFF | committed.ACCOUNTS, self._load_staff)

    def _load_staff(self) -> None:
        """Staff registered, linked to an account or leaving since the page was built show up without signing out."""
        self._staff_loaded = True
        self._ops.run(
            self,
            lambda: staff.staff_to_choose(self._ctx),
            on_success=lambda found: fill_staff(self.staff_combo, found),
        )

    def refresh(self, day: date | None = None) -> None:
        day = day or clock.today()
        if not self._staff_loaded:
            self._load_staff()
        self._ops.run(self, lambda: day_programme.day_roster(self._ctx, day), on_success=self._show)

    def _show(self, roster: DayRoster) -> None:
        self.roster = roster
        self.roster_list.blockSignals(True)
        self.roster_list.clear()
        for line in roster.lines:
            checkable_item(f"{line.name}　{line.case_number}", line.client_id, self.roster_list, line.attended)
        self.roster_list.blockSignals(False)
        if roster.service_id is not None:
            self.start_edit.setText(roster.start_time)
            self.end_edit.setText(roster.end_time)
            self.content_edit.setText(roster.content)
        if self.roster_list.count():
            self.roster_list.setCurrentRow(0)
        self._count()

    def _count(self) -> None:
        came = sum(
            1
            for row in range(self.roster_list.count())
            if self.roster_list.item(row).checkState() == Qt.CheckState.Checked
        )
        total = self.roster_list.count()
        if total == 0:
            self.summary.setText(self.tr("No active client has day training in their plan."))
        else:
            saved = self.tr(" (saved)") if self.roster and self.roster.service_id else ""
            self.summary.setText(self.tr("Came: {came} of {total}").format(came=came, total=total) + saved)

    def attendance(self) -> AttendanceInput:
        attended = {
            item.data(_ROLE): item.checkState() == Qt.CheckState.Checked
            for item in (self.roster_list.item(row) for row in range(self.roster_list.count()))
        }
        chosen = self.staff_combo.currentData()
        return AttendanceInput(
            self.roster.day if self.roster else clock.today(),
            attended,
            self.start_edit.text(),
            self.end_edit.text(),
            (chosen,) if chosen else (),
            (self.type_combo.currentData(),),
            self.content_edit.text(),
        )

    def save(self) -> None:
        if self.roster is None:
            return
        data = self.attendance()
        service_id = self.roster.service_id
        self.status.clear()
        self.errors.clear()
        self._ops.run(
            self,
            lambda: day_programme.save_attendance(self._ctx, data, service_id),
            on_success=self._saved,
            on_failure=self.errors.show,
        )

    def _saved(self, _service_id: str) -> None:
        self.status.setText(self.tr("Attendance saved."))
