"""Settings › Staff (admins): the staff register that accounts, services and training belong to."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.people import Profession
from rehabdesk.services import committed, staff
from rehabdesk.services.context import StationContext
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.dialogs.staff_dialog import StaffDialog
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels


class StaffTab(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._members: list[staff.StaffInfo] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Staff number"),
                self.tr("Name"),
                self.tr("Profession"),
                self.tr("Role in services"),
                self.tr("State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("New staff member…"))
        self.add_button.setObjectName("newStaffButton")
        self.edit_button = QPushButton(self.tr("Edit…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.table.doubleClicked.connect(lambda _: self._edit())
        follow_changes(self, ops, committed.STAFF, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self._ops.run(self, lambda: staff.list_staff(self._ctx, include_former=True), on_success=self._show)

    def _show(self, members: list[staff.StaffInfo]) -> None:
        self._members = members
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            duties = [self.tr("direct service")] if member.direct_service else []
            if member.assessor:
                duties.append(self.tr("assessor"))
            values = [
                member.staff_number,
                member.name,
                labels.label_of(Profession, member.profession),
                "、".join(duties) or "—",
                self.tr("Employed") if member.active else self.tr("Left"),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _add(self) -> None:
        StaffDialog(self._ctx, self._ops, parent=self).exec()

    def _edit(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._members):
            return
        staff_id = self._members[row].id
        self._ops.run(
            self, lambda: staff.get_staff(self._ctx, staff_id), on_success=lambda data: self._open(staff_id, data)
        )

    def _open(self, staff_id: str, data) -> None:
        StaffDialog(self._ctx, self._ops, staff_id=staff_id, current=data, parent=self).exec()
