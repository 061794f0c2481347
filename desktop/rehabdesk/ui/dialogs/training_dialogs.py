"""Recording or correcting a training course (培训记录) for its attendees, and recording that a worker leaves."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.training import TrainingType, counts_by_default
from rehabdesk.services import staff, training
from rehabdesk.services.context import StationContext
from rehabdesk.services.training import Attendee, TrainingInput, WorkerStatus
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.kit.colours import State, box_style
from rehabdesk.ui.kit.fields import combo_box
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.preferences import fit_size
from rehabdesk.ui.text import labels

_FILTER_FROM = 8  # a filter box only helps once the list no longer fits at a glance


class TrainingDialog(FormDialog):
    """A new course (``course_id`` None) or an existing one (``course_id`` and ``current``).

    ``people`` are the workers who may be ticked as attendees. Without MANAGE_TRAINING it is the worker's own line
    only, ticked and fixed, and the course is saved as their own training."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        people: list[WorkerStatus],
        *,
        course_id: str | None = None,
        current: TrainingInput | None = None,
        default_day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Training course") if course_id else self.tr("Record training"), parent)
        self._ctx = ctx
        self._course_id = course_id
        self._manager = ctx.actor.may(Permission.MANAGE_TRAINING)
        day = default_day.isoformat() if default_day else ""
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("trainingTitleEdit")
        self.kind_combo = combo_box("trainingKindCombo", labels.choices(TrainingType))
        self.provider_edit = QLineEdit()
        self.provider_edit.setObjectName("trainingProviderEdit")
        self.provider_edit.setPlaceholderText(self.tr("e.g. district civil affairs bureau"))
        self.start_edit = QLineEdit(day)
        self.start_edit.setObjectName("trainingStartEdit")
        self.end_edit = QLineEdit(day)
        self.end_edit.setObjectName("trainingEndEdit")
        self.hours_edit = QLineEdit()
        self.hours_edit.setObjectName("trainingHoursEdit")
        self.hours_edit.setPlaceholderText(self.tr("e.g. 2.5"))
        self.counts_check = QCheckBox(self.tr("Counts toward the yearly training hours"))
        self.counts_check.setObjectName("trainingCountsCheck")
        self.counts_check.setToolTip(self.tr("Safety and emergency training is kept but does not count by default."))
        self.attendees_box = self._attendees(people)
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Type"), self.kind_combo)
        self.form.addRow(self.tr("Provider"), self.provider_edit)
        self.form.addRow(self.tr("From"), self.start_edit)
        self.form.addRow(self.tr("To"), self.end_edit)
        self.form.addRow(self.tr("Hours"), self.hours_edit)
        self.form.addRow("", self.counts_check)
        self.form.addRow(self.tr("Attendees"), self.attendees_box)
        attendee_fields: dict[str, QWidget] = {"attendees": self.attendees_table}
        for index in range(len(people)):
            attendee_fields[f"attendees.{index}"] = self.attendees_table
            attendee_fields[f"attendees.{index}.certificate_number"] = self.attendees_table
        self.finish_layout(
            {
                "title": self.title_edit,
                "kind": self.kind_combo,
                "provider": self.provider_edit,
                "start_date": self.start_edit,
                "end_date": self.end_edit,
                "hours": self.hours_edit,
            }
            | attendee_fields
        )
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        # Attendees of the course who are not offered here (not employed in the year shown) stay on it.
        self._kept: tuple[Attendee, ...] = ()
        if current is not None:
            self._show(current)
        self.resize(640, 640)
        fit_size(self)

    def _attendees(self, people: list[WorkerStatus]) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("trainingAttendeeFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or staff number"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.setVisible(len(people) >= _FILTER_FROM)
        table = self.attendees_table = QTableWidget(len(people), 2)
        table.setObjectName("trainingAttendeesTable")
        table.setHorizontalHeaderLabels([self.tr("Attended"), self.tr("Certificate number (optional)")])
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.attendee_ids = [person.staff_id for person in people]
        for row, person in enumerate(people):
            check = QTableWidgetItem(f"{person.name}（{person.staff_number}）")
            flags = Qt.ItemFlag.ItemIsEnabled
            if self._manager:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            check.setFlags(flags)
            # A worker recording their own course is the only attendee there can be.
            check.setCheckState(Qt.CheckState.Unchecked if self._manager else Qt.CheckState.Checked)
            table.setItem(row, 0, check)
            table.setItem(row, 1, QTableWidgetItem(""))
        table.itemChanged.connect(self._count_chosen)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("trainingChosenLabel")
        layout.addWidget(self.filter_edit)
        layout.addWidget(table, 1)
        layout.addWidget(self.chosen_label)
        table.setMinimumHeight(min(60 + 30 * len(people), 260))
        self._count_chosen()
        return box

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.attendees_table.rowCount()):
            shown = self.attendees_table.item(row, 0).text().lower()
            self.attendees_table.setRowHidden(row, bool(needle) and needle not in shown)

    def _count_chosen(self, *_: object) -> None:
        self.chosen_label.setText(self.tr("%n attendee(s) ticked", "", len(self._checked_rows())))

    def _checked_rows(self) -> list[int]:
        table = self.attendees_table
        return [row for row in range(table.rowCount()) if table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def _kind_changed(self) -> None:
        self.counts_check.setChecked(counts_by_default(TrainingType(self.kind_combo.currentData())))

    def _show(self, current: TrainingInput) -> None:
        self.title_edit.setText(current.title)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current.kind)))
        self.provider_edit.setText(current.provider)
        self.start_edit.setText(str(current.start_date))
        self.end_edit.setText(str(current.end_date))
        self.hours_edit.setText(current.hours)
        if current.counts is not None:
            self.counts_check.setChecked(current.counts)
        offered = set(self.attendee_ids)
        for attendee in current.attendees:
            if attendee.staff_id in offered:
                self.set_attendee(attendee.staff_id, certificate=attendee.certificate_number)
        self._kept = tuple(a for a in current.attendees if a.staff_id not in offered)

    def set_attendee(self, staff_id: str, *, attended: bool = True, certificate: str = "") -> None:
        row = self.attendee_ids.index(staff_id)
        state = Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked
        self.attendees_table.item(row, 0).setCheckState(state)
        self.attendees_table.item(row, 1).setText(certificate)

    def training_input(self) -> TrainingInput:
        table = self.attendees_table
        attendees = tuple(Attendee(self.attendee_ids[row], table.item(row, 1).text()) for row in self._checked_rows())
        return TrainingInput(
            title=self.title_edit.text(),
            kind=self.kind_combo.currentData(),
            start_date=self.start_edit.text(),
            end_date=self.end_edit.text(),
            hours=self.hours_edit.text(),
            attendees=attendees + self._kept,
            provider=self.provider_edit.text(),
            counts=self.counts_check.isChecked(),
        )

    def submit(self) -> None:
        self._ops.run(self, self.work(), on_success=self._saved, on_failure=self._failed)

    def _failed(self, error: DomainError) -> None:
        self.errors.show(error)
        # attendees.N counts the ticked people in table order: bring the one refused into view.
        numbered = re.fullmatch(r"attendees\.(\d+)(\..*)?", getattr(error, "field", ""))
        rows = self._checked_rows()
        if numbered and int(numbered.group(1)) < len(rows):
            row = rows[int(numbered.group(1))]
            self.filter_edit.clear()
            self.attendees_table.scrollToItem(self.attendees_table.item(row, 0))
            self.attendees_table.setCurrentCell(row, 1)

    def work(self) -> Callable[[], Any]:
        data = self.training_input()
        if self._course_id is not None:
            course_id = self._course_id
            return lambda: training.update_training(self._ctx, course_id, data)
        if self._manager:
            return lambda: training.record_training(self._ctx, data)
        return lambda: training.record_own_training(self._ctx, data)


class LeavingDialog(FormDialog):
    """The last working day of a worker; their accounts are closed in the same step (services/staff.py)."""

    def __init__(
        self, ctx: StationContext, ops: Operations, worker: WorkerStatus, parent: QWidget | None = None
    ) -> None:
        # The name stays out of the window title (task bar, screen sharing): it is in the body only.
        super().__init__(ops, self.tr("Worker leaves"), parent)
        self._ctx = ctx
        self._staff_id = worker.staff_id
        who = QLabel(f"{worker.name}（{worker.staff_number}）")
        who.setObjectName("leavingWorkerLabel")
        self.end_edit = QLineEdit(clock.today().isoformat())
        self.end_edit.setObjectName("leavingEndEdit")
        self.warning = QLabel(
            self.tr(
                "Every account of this worker is disabled at once: they can no longer sign in, and their key is "
                "removed. Their training, services and other records stay, attributed to them."
            )
        )
        self.warning.setObjectName("leavingWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(box_style(State.OVERDUE))
        self.form.addRow(self.tr("Worker"), who)
        self.form.addRow(self.tr("Last working day"), self.end_edit)
        self.form.addRow(self.warning)
        self.finish_layout({"end_date": self.end_edit})
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Record leaving"))
        self.setMinimumWidth(460)

    def work(self) -> Callable[[], Any]:
        staff_id, end = self._staff_id, self.end_edit.text()
        return lambda: staff.record_leaving(self._ctx, staff_id, end)
