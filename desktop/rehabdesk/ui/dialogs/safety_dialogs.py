"""Dialogs for emergency plans (应急预案), drills (应急演练) and their corrective actions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.safety import DrillScenario
from rehabdesk.services import safety
from rehabdesk.services.context import StationContext
from rehabdesk.services.safety import ActionInfo, ActionInput, DrillInfo, DrillInput, PlanInfo, PlanInput
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.kit.fields import combo_box, text_box
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels

StaffChoice = tuple[str, str]  # (staff id, "name（staff number）")
ACTION_DUE_DAYS = 30
MAX_ACTION_ROWS = 20  # each row's fields are known to the error marking up front
_DEFAULT_CONTACTS = next(f.default for f in fields(PlanInput) if f.name == "contacts")


def staff_combo(staff: list[StaffChoice], name: str, current: str | None = None, current_name: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem("—", None)
    for staff_id, label in staff:
        combo.addItem(label, staff_id)
    if current is not None and combo.findData(current) < 0:
        combo.addItem(current_name or "?", current)  # someone who has left since: kept, not silently dropped
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class PlanDialog(FormDialog):
    """A new emergency plan, or an existing one (``current``)."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        staff: list[StaffChoice],
        *,
        current: PlanInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Emergency plan") if current else self.tr("New emergency plan"), parent)
        self._ctx = ctx
        self._plan_id = current.id if current else None
        self.title_edit = QLineEdit(current.title if current else "")
        self.title_edit.setObjectName("planTitleEdit")
        self.scenarios_box = QWidget()
        grid = QGridLayout(self.scenarios_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.scenario_checks: dict[str, QCheckBox] = {}
        chosen = current.scenarios if current else ()
        for index, (value, text) in enumerate(labels.choices(DrillScenario)):
            check = QCheckBox(text)
            check.setObjectName(f"planScenario_{value}")
            check.setChecked(value in chosen)
            grid.addWidget(check, index // 3, index % 3)
            self.scenario_checks[value] = check
        self.version_edit = QLineEdit(current.plan_version if current else "")
        self.version_edit.setObjectName("planVersionEdit")
        self.version_edit.setPlaceholderText(self.tr("e.g. 2026 edition"))
        self.effective_edit = QLineEdit((current.effective_date if current else clock.today()).isoformat())
        self.effective_edit.setObjectName("planEffectiveEdit")
        self.review_edit = QLineEdit(current.review_due.isoformat() if current else "")
        self.review_edit.setObjectName("planReviewEdit")
        self.review_edit.setPlaceholderText(self.tr("empty: a year after the effective date"))
        self.owner_combo = staff_combo(
            staff, "planOwnerCombo", current.owner_staff_id if current else None, current.owner if current else ""
        )
        self.contacts_edit = text_box("planContactsEdit", 50)
        self.contacts_edit.setPlainText(current.contacts if current else _DEFAULT_CONTACTS)
        self.steps_edit = text_box("planStepsEdit", 120)
        self.steps_edit.setPlainText(current.steps if current else "")
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Scenarios covered"), self.scenarios_box)
        self.form.addRow(self.tr("Version"), self.version_edit)
        self.form.addRow(self.tr("In force from"), self.effective_edit)
        self.form.addRow(self.tr("Next review due"), self.review_edit)
        self.form.addRow(self.tr("Responsible"), self.owner_combo)
        self.form.addRow(self.tr("Emergency contacts"), self.contacts_edit)
        self.form.addRow(self.tr("Steps"), self.steps_edit)
        self.finish_layout(
            {
                "title": self.title_edit,
                "scenarios": self.scenarios_box,
                "plan_version": self.version_edit,
                "effective_date": self.effective_edit,
                "review_due": self.review_edit,
                "owner_staff_id": self.owner_combo,
                "contacts": self.contacts_edit,
                "steps": self.steps_edit,
            }
        )
        self.resize(640, self.sizeHint().height())

    def plan_input(self) -> PlanInput:
        return PlanInput(
            title=self.title_edit.text(),
            scenarios=tuple(value for value, check in self.scenario_checks.items() if check.isChecked()),
            plan_version=self.version_edit.text(),
            effective_date=self.effective_edit.text(),
            owner_staff_id=self.owner_combo.currentData(),
            contacts=self.contacts_edit.toPlainText(),
            steps=self.steps_edit.toPlainText(),
            review_due=self.review_edit.text(),
        )

    def work(self) -> Callable[[], Any]:
        data = self.plan_input()
        if self._plan_id is None:
            return lambda: safety.add_plan(self._ctx, data)
        plan_id = self._plan_id
        return lambda: safety.update_plan(self._ctx, plan_id, data)


class DateDialog(FormDialog):
    """One date and what it is for: a plan's annual review, a reopened action's new due date."""

    def __init__(
        self,
        ops: Operations,
        title: str,
        label: str,
        action: Callable[[str], Any],
        *,
        field: str,
        default: date,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, title, parent)
        self._action = action
        if note:
            explanation = QLabel(note)
            explanation.setWordWrap(True)
            self.form.addRow(explanation)
        self.date_edit = QLineEdit(default.isoformat())
        self.date_edit.setObjectName("dateDialogEdit")
        self.form.addRow(label, self.date_edit)
        self.finish_layout({field: self.date_edit})
        self.setMinimumWidth(420)

    def work(self) -> Callable[[], Any]:
        day = self.date_edit.text()
        return lambda: self._action(day)


class CloseActionDialog(FormDialog):
    """A corrective action done: when, and what was done (the note is what an inspector reads)."""

    def __init__(self, ctx: StationContext, ops: Operations, action: ActionInfo, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Close corrective action"), parent)
        self._ctx = ctx
        self._action_id = action.id
        what = QLabel(action.description)
        what.setWordWrap(True)
        self.closed_edit = QLineEdit(clock.today().isoformat())
        self.closed_edit.setObjectName("closedOnEdit")
        self.note_edit = text_box("closingNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("e.g. two emergency lights replaced on floor 2"))
        self.form.addRow(self.tr("Action"), what)
        self.form.addRow(self.tr("Done on"), self.closed_edit)
        self.form.addRow(self.tr("What was done"), self.note_edit)
        self.finish_layout({"closed_on": self.closed_edit, "closing_note": self.note_edit})
        self.setMinimumWidth(480)

    def work(self) -> Callable[[], Any]:
        day, note = self.closed_edit.text(), self.note_edit.toPlainText()
        return lambda: safety.close_corrective_action(self._ctx, self._action_id, day, note)


def _drill_text(drill: DrillInfo) -> str:
    return f"{drill.number}　{drill.drill_date.isoformat()}　{labels.label_of(DrillScenario, drill.scenario)}"


class ActionDialog(FormDialog):
    """A further corrective action for a drill already recorded."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        drills: list[DrillInfo],
        staff: list[StaffChoice],
        *,
        drill_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("New corrective action"), parent)
        self._ctx = ctx
        self.drill_combo = QComboBox()
        self.drill_combo.setObjectName("actionDrillCombo")
        for drill in drills:
            self.drill_combo.addItem(_drill_text(drill), drill.id)
        self.drill_combo.setCurrentIndex(max(0, self.drill_combo.findData(drill_id)))
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("actionDescriptionEdit")
        self.description_edit.setMaxLength(300)
        self.owner_combo = staff_combo(staff, "actionOwnerCombo")
        self.due_edit = QLineEdit((clock.today() + timedelta(days=ACTION_DUE_DAYS)).isoformat())
        self.due_edit.setObjectName("actionDueEdit")
        self.form.addRow(self.tr("Drill"), self.drill_combo)
        self.form.addRow(self.tr("Action"), self.description_edit)
        self.form.addRow(self.tr("Responsible"), self.owner_combo)
        self.form.addRow(self.tr("Due"), self.due_edit)
        # The service checks one action as the first of a list: its fields are named actions.0.…
        self.finish_layout(
            {
                "actions.0.description": self.description_edit,
                "actions.0.owner_staff_id": self.owner_combo,
                "actions.0.due_date": self.due_edit,
            }
        )
        self.setMinimumWidth(480)

    def work(self) -> Callable[[], Any]:
        drill_id = self.drill_combo.currentData()
        data = ActionInput(self.description_edit.text(), self.due_edit.text(), self.owner_combo.currentData())
        return lambda: safety.add_corrective_action(self._ctx, drill_id, data)


class DrillDialog(FormDialog):
    """A drill as it happened: who took part, how it went, what was wrong and what will be done about it."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        staff: list[StaffChoice],
        plans: list[PlanInfo],
        *,
        scenario: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Record a drill"), parent)
        self._ctx = ctx
        self._staff = staff
        self._plans = plans
        self.date_edit = QLineEdit(clock.today().isoformat())
        self.date_edit.setObjectName("drillDateEdit")
        self.scenario_combo = combo_box("drillScenarioCombo", labels.choices(DrillScenario))
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("drillPlanCombo")
        self.plan_combo.addItem("—", None)
        for plan in plans:
            self.plan_combo.addItem(f"{plan.title}（{plan.plan_version}）", plan.id)
        self.participants = QListWidget()
        self.participants.setObjectName("drillParticipantsList")
        for staff_id, label in staff:
            item = QListWidgetItem(label, self.participants)
            item.setData(Qt.ItemDataRole.UserRole, staff_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.participants.setFixedHeight(min(30 + 24 * len(staff), 150))
        self.clients_spin = QSpinBox()
        self.clients_spin.setObjectName("drillClientsSpin")
        self.clients_spin.setRange(0, 10_000)
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("drillDurationSpin")
        self.duration_spin.setRange(1, safety.MAX_DRILL_MINUTES)
        self.duration_spin.setValue(30)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.evaluation_edit = text_box("drillEvaluationEdit")
        self.evaluation_edit.setPlaceholderText(self.tr("How it went: time to evacuate, roles, communication"))
        self.problems_edit = text_box("drillProblemsEdit")
        self.actions_box, self.actions_table = self._actions_table()
        numbers = QHBoxLayout()
        numbers.addWidget(self.clients_spin)
        numbers.addWidget(QLabel(self.tr("Duration")))
        numbers.addWidget(self.duration_spin)
        numbers.addStretch(1)
        self.form.addRow(self.tr("Date"), self.date_edit)
        self.form.addRow(self.tr("Scenario"), self.scenario_combo)
        self.form.addRow(self.tr("Plan followed"), self.plan_combo)
        self.form.addRow(self.tr("Staff taking part"), self.participants)
        self.form.addRow(self.tr("Clients involved"), numbers)
        self.form.addRow(self.tr("Evaluation"), self.evaluation_edit)
        self.form.addRow(self.tr("Problems found"), self.problems_edit)
        self.form.addRow(self.tr("Corrective actions"), self.actions_box)
        action_fields: dict[str, QWidget] = {"actions": self.actions_table}
        for row in range(MAX_ACTION_ROWS):
            for name in ("description", "owner_staff_id", "due_date"):
                action_fields[f"actions.{row}.{name}"] = self.actions_table
        self.finish_layout(
            {
                "drill_date": self.date_edit,
                "scenario": self.scenario_combo,
                "plan_id": self.plan_combo,
                "staff_ids": self.participants,
                "clients_involved": self.clients_spin,
                "duration_minutes": self.duration_spin,
                "evaluation": self.evaluation_edit,
                "problems": self.problems_edit,
            }
            | action_fields
        )
        self.scenario_combo.currentIndexChanged.connect(self._suggest_plan)
        if scenario is not None:
            self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(scenario)))
        self._suggest_plan()
        self.resize(720, self.sizeHint().height())

    def _actions_table(self) -> tuple[QWidget, QTableWidget]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        table = QTableWidget(0, 3)
        table.setObjectName("drillActionsTable")
        table.setHorizontalHeaderLabels([self.tr("What will be done"), self.tr("Responsible"), self.tr("Due")])
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.setFixedHeight(130)
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.add_action_button.setObjectName("addActionRowButton")
        self.remove_action_button = QPushButton(self.tr("Remove action"))
        self.remove_action_button.setObjectName("removeActionRowButton")
        self.add_action_button.clicked.connect(lambda: self.add_action_row())
        self.remove_action_button.clicked.connect(self._remove_action_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action_button)
        buttons.addWidget(self.remove_action_button)
        buttons.addStretch(1)
        layout.addWidget(table)
        layout.addLayout(buttons)
        return box, table

    def add_action_row(self, description: str = "", owner_id: str | None = None, due: str = "") -> None:
        table = self.actions_table
        if table.rowCount() >= MAX_ACTION_ROWS:
            return
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(description))
        table.setCellWidget(row, 1, staff_combo(self._staff, f"drillActionOwner_{row}", owner_id))
        table.setItem(row, 2, QTableWidgetItem(due or (clock.today() + timedelta(days=ACTION_DUE_DAYS)).isoformat()))
        table.setCurrentCell(row, 0)
        allow(
            self.add_action_button,
            why_not(
                (
                    table.rowCount() < MAX_ACTION_ROWS,
                    self.tr("At most {count} actions per drill.").format(count=MAX_ACTION_ROWS),
                )
            ),
        )

    def _remove_action_row(self) -> None:
        row = self.actions_table.currentRow()
        if row >= 0:
            self.actions_table.removeRow(row)
            allow(self.add_action_button)

    def _suggest_plan(self) -> None:
        scenario = self.scenario_combo.currentData()
        covering = next((plan for plan in self._plans if scenario in plan.scenarios), None)
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(covering.id if covering else None)))

    def set_participants(self, staff_ids: list[str]) -> None:
        for index in range(self.participants.count()):
            item = self.participants.item(index)
            chosen = item.data(Qt.ItemDataRole.UserRole) in staff_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def participant_ids(self) -> tuple[str, ...]:
        items = (self.participants.item(index) for index in range(self.participants.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def drill_input(self) -> DrillInput:
        table = self.actions_table
        actions = tuple(
            ActionInput(table.item(row, 0).text(), table.item(row, 2).text(), table.cellWidget(row, 1).currentData())
            for row in range(table.rowCount())
        )
        return DrillInput(
            drill_date=self.date_edit.text(),
            scenario=self.scenario_combo.currentData(),
            duration_minutes=self.duration_spin.value(),
            staff_ids=self.participant_ids(),
            clients_involved=self.clients_spin.value(),
            plan_id=self.plan_combo.currentData(),
            evaluation=self.evaluation_edit.toPlainText(),
            problems=self.problems_edit.toPlainText(),
            actions=actions,
        )

    def submit(self) -> None:
        self._ops.run(self, self.work(), on_success=self._saved, on_failure=self._failed)

    def _failed(self, error: DomainError) -> None:
        self.errors.show(error)
        numbered = re.fullmatch(r"actions\.(\d+)\.(\w+)", getattr(error, "field", ""))
        if numbered and int(numbered.group(1)) < self.actions_table.rowCount():
            column = {"owner_staff_id": 1, "due_date": 2}.get(numbered.group(2), 0)
            self.actions_table.setCurrentCell(int(numbered.group(1)), column)  # the refused row, selected

    def work(self) -> Callable[[], Any]:
        data = self.drill_input()
        return lambda: safety.record_drill(self._ctx, data)
