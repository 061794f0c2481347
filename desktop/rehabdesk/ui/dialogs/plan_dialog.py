"""A rehabilitation plan with its goals, and approving a plan. Each saves through one service call and stays open
with the field marked (or the missing pieces listed) when the call is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.safety import add_months
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.services import plans
from rehabdesk.services.context import StationContext
from rehabdesk.services.plans import GoalInput, PlanInput
from rehabdesk.services.staff import StaffInfo
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.kit.fields import combo_box, line_edit, staff_choices
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.preferences import fit_size
from rehabdesk.ui.text import case_text, labels

GOAL_COLUMNS = ("term", "goal", "service_types", "service_form", "frequency", "target_date", "responsible", "measure")


class _StayOpenMenu(QMenu):
    """A menu of checkable entries that stays open while entries are ticked (mouse, Space or Enter); Esc or a click
    outside closes it. A menu closing after every tick sent the next Esc to the dialog, which closed it."""

    def _toggle_active(self) -> bool:
        action = self.activeAction()
        if action is None or not action.isCheckable() or not action.isEnabled():
            return False
        action.trigger()
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.actionAt(event.position().toPoint()) is self.activeAction() and self._toggle_active():
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._toggle_active():
            return
        super().keyPressEvent(event)


class ServiceTypesButton(QToolButton):
    """Several service types chosen from a menu of checkable entries; the button reads what is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = _StayOpenMenu(self)
        for value, label in labels.choices(ServiceType):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setData(value)
            action.toggled.connect(self._update_text)
        self.setMenu(menu)
        self._update_text()

    def choose(self, values: tuple[str, ...]) -> None:
        for action in self.menu().actions():
            action.setChecked(action.data() in values)

    def values(self) -> tuple[str, ...]:
        return tuple(a.data() for a in self.menu().actions() if a.isChecked())

    def _update_text(self) -> None:
        chosen = [a.text() for a in self.menu().actions() if a.isChecked()]
        text = "、".join(chosen) if chosen else QCoreApplication.translate("cases", "Choose…")
        self.setText(text)
        self.setToolTip(text)


class PlanDialog(FormDialog):
    """A draft plan: its period and goals, one table row each; approval is a separate step."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        client_id: str,
        staff: list[StaffInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("New rehabilitation plan"), parent)
        self._ctx = ctx
        self._client_id = client_id
        self._staff = staff
        start = clock.today()
        self.start_edit = line_edit("periodStartEdit", start.isoformat())
        self.end_edit = line_edit("periodEndEdit", (add_months(start, 6) - timedelta(days=1)).isoformat())
        self.goals_table = QTableWidget(0, len(GOAL_COLUMNS))
        self.goals_table.setObjectName("goalsTable")
        self.goals_table.setHorizontalHeaderLabels(
            [
                self.tr("Term"),
                self.tr("Goal"),
                self.tr("Service types"),
                self.tr("Form"),
                self.tr("Frequency"),
                self.tr("Target date"),
                self.tr("Responsible"),
                self.tr("Measure"),
            ]
        )
        self.goals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals_table.verticalHeader().hide()
        header = self.goals_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.add_goal_button = QPushButton(self.tr("Add goal"))
        self.add_goal_button.setObjectName("addGoalButton")
        self.remove_goal_button = QPushButton(self.tr("Remove goal"))
        self.remove_goal_button.setObjectName("removeGoalButton")
        self.add_goal_button.clicked.connect(self.add_goal)
        self.remove_goal_button.clicked.connect(self.remove_goal)
        period = QHBoxLayout()
        for edit in (self.start_edit, self.end_edit):
            edit.setMaximumWidth(130)
        period.addWidget(self.start_edit)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        goal_buttons = QHBoxLayout()
        goal_buttons.addWidget(self.add_goal_button)
        goal_buttons.addWidget(self.remove_goal_button)
        goal_buttons.addStretch(1)
        goals = QVBoxLayout()
        goals.addLayout(goal_buttons)
        goals.addWidget(self.goals_table)
        self.form.addRow(self.tr("Period"), period)
        self.form.addRow(self.tr("Goals"), goals)
        self.finish_layout({})
        self.add_goal()
        self.resize(1100, 420)
        fit_size(self)

    def add_goal(self) -> None:
        table = self.goals_table
        row = table.rowCount()
        table.insertRow(row)
        end = self.end_edit.text().strip()
        widgets: list[QWidget] = [
            combo_box("termCombo", case_text.term_choices(), "short"),
            line_edit("goalEdit"),
            ServiceTypesButton(),
            combo_box("formCombo", labels.choices(ServiceForm)),
            line_edit("frequencyEdit"),
            line_edit("targetDateEdit", end),
            combo_box("responsibleCombo", [(None, "—"), *staff_choices(self._staff)]),
            line_edit("measureEdit"),
        ]
        widgets[1].setPlaceholderText(self.tr("Measurable: what, how much, by when"))
        widgets[4].setPlaceholderText(self.tr("e.g. 3 times a week"))
        for column, widget in enumerate(widgets):
            table.setCellWidget(row, column, widget)
        table.setCurrentCell(row, 1)

    def remove_goal(self) -> None:
        row = self.goals_table.currentRow()
        if row >= 0 and self.goals_table.rowCount() > 1:
            self.goals_table.removeRow(row)

    def goal_widget(self, row: int, column: str) -> Any:
        return self.goals_table.cellWidget(row, GOAL_COLUMNS.index(column))

    def goals(self) -> tuple[GoalInput, ...]:
        result = []
        for row in range(self.goals_table.rowCount()):
            cell = lambda name, row=row: self.goal_widget(row, name)  # noqa: E731
            result.append(
                GoalInput(
                    term=cell("term").currentData(),
                    goal=cell("goal").text(),
                    service_types=cell("service_types").values(),
                    service_form=cell("service_form").currentData(),
                    frequency=cell("frequency").text(),
                    target_date=cell("target_date").text().strip(),
                    responsible_staff_id=cell("responsible").currentData(),
                    measure=cell("measure").text(),
                )
            )
        return tuple(result)

    def _fields(self) -> dict[str, QWidget]:
        fields: dict[str, QWidget] = {
            "period_start": self.start_edit,
            "period_end": self.end_edit,
            "goals": self.goals_table,
        }
        names = {"responsible": "responsible_staff_id"}
        for row in range(self.goals_table.rowCount()):
            for column in GOAL_COLUMNS:
                fields[f"goals.{row}.{names.get(column, column)}"] = self.goal_widget(row, column)
        return fields

    def submit(self) -> None:
        self.errors.clear()
        self.errors = FieldErrors(self.message, self._fields())  # rows come and go
        super().submit()

    def work(self) -> Callable[[], Any]:
        data = PlanInput(self.start_edit.text().strip(), self.end_edit.text().strip(), self.goals())
        return lambda: plans.create_plan(self._ctx, self._client_id, data)


class ApprovePlanDialog(FormDialog):
    """The coordinator approves a draft on the day the client (and guardian) agreed to it."""

    def __init__(
        self, ctx: StationContext, ops: Operations, plan_id: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("Approve plan"), parent)
        self._ctx = ctx
        self._plan_id = plan_id
        note = QLabel(title)
        note.setWordWrap(True)
        self.agreed_edit = line_edit("agreedOnEdit", clock.today().isoformat())
        self.form.addRow(note)
        self.form.addRow(self.tr("Agreed by the client on"), self.agreed_edit)
        self.finish_layout({"agreed_on": self.agreed_edit})

    def work(self) -> Callable[[], Any]:
        agreed = self.agreed_edit.text().strip()
        return lambda: plans.approve_plan(self._ctx, self._plan_id, agreed)
