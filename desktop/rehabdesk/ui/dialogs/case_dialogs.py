"""The case file's dialogs: a status change, an assessment scored from its instrument's definition, a
rehabilitation plan with its goals, plan approval, and a risk record that may prompt a green-channel suspension.

Each saves through one service call and stays open with the field marked (or the missing pieces listed) when the
call is refused. A follow-up window (a notice, the green-channel question, the suspension it offers) is handed to
``followup`` so the page that opened the dialog can keep it for tests and refresh when it is accepted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.instruments import Instrument, allowed_range, builtin_instruments, score
from rehabdesk.domain.lifecycle import TRANSITIONS, ClosingOutcome
from rehabdesk.domain.people import MAX_RISK_LEVEL, ClientStatus, IllnessStatus
from rehabdesk.domain.safety import add_months
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.services import assessments, cases, plans
from rehabdesk.services.assessments import AssessmentInput, RecordedAssessment
from rehabdesk.services.cases import RiskInput, TransitionRequest
from rehabdesk.services.context import StationContext
from rehabdesk.services.plans import GoalInput, PlanInput
from rehabdesk.services.staff import StaffInfo
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.dialogs.opening import open_dialog
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.kit.fields import combo_box, line_edit
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import case_text, labels, people_text

Followup = Callable[[QDialog], None]


def _staff_choices(staff: list[StaffInfo], *, assessors_first: bool = False) -> list[tuple[str, str]]:
    members = sorted(staff, key=lambda m: (not m.assessor, m.staff_number)) if assessors_first else staff
    return [(m.id, f"{m.name}（{m.staff_number}）") for m in members]


def _show_later(dialog: QDialog, followup: Followup | None) -> None:
    if isinstance(dialog, QMessageBox):
        # Not deleted on close: with WA_DeleteOnClose a message box the page still refers to crashed PySide 6.11
        # in a double delete. It is small and goes with its parent.
        dialog.open()
    else:
        open_dialog(dialog)
    if followup is not None:
        followup(dialog)


# --- status change ---------------------------------------------------------------------------------------------


class TransitionDialog(FormDialog):
    """One step of the case; a refused step keeps the dialog open with one line per missing piece."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        client_id: str,
        current_status: str,
        parent: QWidget | None = None,
        *,
        target: str | None = None,
        reason: str = "",
        document: str = "",
    ) -> None:
        super().__init__(ops, self.tr("Change status"), parent)
        self._ctx = ctx
        self._client_id = client_id
        current = ClientStatus(current_status)
        allowed = [s for s in ClientStatus if s in TRANSITIONS[current]]  # declaration order: the path's order
        self.current_label = QLabel(labels.label_of(ClientStatus, current_status))
        self.current_label.setObjectName("currentStatusLabel")
        self.target_combo = combo_box(
            "targetCombo", [(s.value, labels.label_of(ClientStatus, s.value)) for s in allowed], target
        )
        self.on_edit = line_edit("onEdit", date.today().isoformat())
        self.reason_edit = line_edit("reasonEdit", reason)
        self.document_edit = line_edit("documentEdit", document)
        self.document_edit.setPlaceholderText(self.tr("e.g. intake assessment, hospital notice"))
        self.outcome_combo = combo_box("outcomeCombo", labels.choices(ClosingOutcome))
        self.outcome_label = QLabel(self.tr("Outcome"))
        self.form.addRow(self.tr("Current status"), self.current_label)
        self.form.addRow(self.tr("New status"), self.target_combo)
        self.form.addRow(self.tr("On"), self.on_edit)
        self.form.addRow(self.tr("Reason"), self.reason_edit)
        self.form.addRow(self.tr("Based on"), self.document_edit)
        self.form.addRow(self.outcome_label, self.outcome_combo)
        self.finish_layout(
            {
                "target": self.target_combo,
                "on": self.on_edit,
                "reason": self.reason_edit,
                "document": self.document_edit,
                "outcome": self.outcome_combo,
            }
        )
        if not allowed:
            self.message.setText(self.tr("No further step is possible from this status."))
            self.message.show()
            self.buttons.button(self.buttons.StandardButton.Save).setEnabled(False)
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self._target_changed()
        self.setMinimumWidth(460)

    def _target_changed(self) -> None:
        closing = self.target_combo.currentData() == ClientStatus.CLOSED.value
        self.outcome_combo.setVisible(closing)
        self.outcome_label.setVisible(closing)
        self.adjustSize()

    def work(self) -> Callable[[], Any]:
        target = self.target_combo.currentData() or ""
        request = TransitionRequest(
            target,
            self.on_edit.text().strip(),
            self.reason_edit.text(),
            self.document_edit.text(),
            self.outcome_combo.currentData() if target == ClientStatus.CLOSED.value else None,
        )
        return lambda: cases.change_status(self._ctx, self._client_id, request)


# --- assessment ------------------------------------------------------------------------------------------------


class AssessmentDialog(FormDialog):
    """An assessment: the chosen instrument's items as rows of choices, its live total and band, and the needs."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        client_id: str,
        staff: list[StaffInfo],
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        followup: Followup | None = None,
    ) -> None:
        super().__init__(ops, self.tr("New assessment"), parent)
        self._ctx = ctx
        self._client_id = client_id
        self._followup = followup
        self._instruments = dict(builtin_instruments())
        self.item_combos: dict[str, QComboBox] = {}
        self.kind_combo = combo_box("kindCombo", case_text.kind_choices(), kind)
        self.date_edit = line_edit("assessedOnEdit", date.today().isoformat())
        self.assessor_combo = combo_box("assessorCombo", _staff_choices(staff, assessors_first=True))
        self.informant_edit = line_edit("informantEdit")
        self.informant_edit.setPlaceholderText(self.tr("e.g. the client and their mother"))
        self.instrument_combo = combo_box(
            "instrumentCombo", [(code, case_text.instrument_name(i)) for code, i in self._instruments.items()], "sdss"
        )
        self.items_box = QWidget()
        self.items_box.setObjectName("itemsBox")
        self.items_form = QFormLayout(self.items_box)
        self.items_form.setContentsMargins(0, 0, 0, 0)
        self.score_spin = QSpinBox()
        self.score_spin.setObjectName("scoreSpin")
        self.score_spin.setSpecialValueText("—")  # 0: not scored yet
        self.score_label = QLabel(self.tr("Overall score"))
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.total_label.setWordWrap(True)
        self.risk_combo = combo_box(
            "assessmentRiskCombo",
            [(None, self.tr("Not rated"))] + [(n, people_text.risk_level_text(n)) for n in range(MAX_RISK_LEVEL + 1)],
        )
        self.needs_list = QListWidget()
        self.needs_list.setObjectName("needsList")
        for value, label in labels.choices(ServiceType):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.needs_list.addItem(item)
        self.needs_list.setMaximumHeight(130)
        self.notes_edit = line_edit("notesEdit")
        self.form.addRow(self.tr("Kind"), self.kind_combo)
        self.form.addRow(self.tr("Assessed on"), self.date_edit)
        self.form.addRow(self.tr("Assessor"), self.assessor_combo)
        self.form.addRow(self.tr("Informant"), self.informant_edit)
        self.form.addRow(self.tr("Instrument"), self.instrument_combo)
        self.form.addRow(self.items_box)
        self.form.addRow(self.score_label, self.score_spin)
        self.form.addRow(self.tr("Result"), self.total_label)
        self.form.addRow(self.tr("Risk level"), self.risk_combo)
        self.form.addRow(self.tr("Needs (service types)"), self.needs_list)
        self.form.addRow(self.tr("Notes"), self.notes_edit)
        self._fixed_fields = {
            "kind": self.kind_combo,
            "assessed_on": self.date_edit,
            "assessor_staff_id": self.assessor_combo,
            "informant": self.informant_edit,
            "instrument": self.instrument_combo,
            "score": self.score_spin,
            "risk_level": self.risk_combo,
            "needs": self.needs_list,
        }
        self.finish_layout(dict(self._fixed_fields))
        self.instrument_combo.currentIndexChanged.connect(self._build_items)
        self.score_spin.valueChanged.connect(self._update_total)
        self._build_items()
        self.setMinimumWidth(560)

    def instrument(self) -> Instrument:
        return self._instruments[self.instrument_combo.currentData()]

    def _build_items(self) -> None:
        while self.items_form.rowCount():
            self.items_form.removeRow(0)
        self.item_combos = {}
        instrument = self.instrument()
        for item in instrument.items:
            combo = combo_box(f"item_{item.key}", [(o.value, case_text.option_label(o)) for o in item.options])
            combo.setCurrentIndex(-1)  # unanswered until the assessor chooses
            combo.setPlaceholderText(self.tr("Choose…"))
            combo.currentIndexChanged.connect(self._update_total)
            label = QLabel(case_text.item_text(item))  # not wrapped: a wrapped label is clipped in a form row
            label.setToolTip(label.text())
            self.items_form.addRow(label, combo)
            self.item_combos[item.key] = combo
        rated = instrument.scoring.kind == "single_rating"
        self.score_spin.setRange(instrument.scoring.minimum - 1, instrument.scoring.maximum)
        self.score_spin.setValue(instrument.scoring.minimum - 1)
        self.score_spin.setVisible(rated)
        self.score_label.setVisible(rated)
        self.errors = FieldErrors(
            self.message, self._fixed_fields | {f"items.{key}": c for key, c in self.item_combos.items()}
        )
        self._update_total()
        self.adjustSize()

    def answers(self) -> dict[str, int]:
        return {key: combo.currentData() for key, combo in self.item_combos.items() if combo.currentIndex() >= 0}

    def rater_score(self) -> int | None:
        if self.instrument().scoring.kind != "single_rating":
            return None
        value = self.score_spin.value()
        return None if value < self.instrument().scoring.minimum else value

    def _update_total(self) -> None:
        instrument = self.instrument()
        answers = self.answers()
        complete = len(answers) == len(instrument.items)
        lines: list[str] = []
        if instrument.scoring.kind == "sum":
            excluded = instrument.scoring.excluded_values
            subtotal = sum(v for v in answers.values() if v not in excluded)
            lines.append(
                self.tr("Total {total} ({answered} of {count} items answered)").format(
                    total=subtotal, answered=len(answers), count=len(instrument.items)
                )
            )
        elif instrument.items:
            if complete:
                allowed = allowed_range(instrument, answers)
                if allowed is not None:
                    lines.append(
                        self.tr("Allowed score {low}–{high}: {text}").format(
                            low=allowed.minimum, high=allowed.maximum, text=case_text.range_label(allowed)
                        )
                    )
            else:
                lines.append(self.tr("Rate every domain to see the score band it allows."))
        if complete:
            try:
                result = score(instrument, answers, rater_score=self.rater_score())
            except ValidationError:
                result = None
            if result is not None and result.band_label is not None:
                lines.append(
                    self.tr("Band: {band}").format(band=case_text.band_label(result.band_label, result.band_label_en))
                )
        self.total_label.setText("\n".join(lines))

    def needs(self) -> tuple[str, ...]:
        chosen = []
        for row in range(self.needs_list.count()):
            item = self.needs_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(chosen)

    def work(self) -> Callable[[], Any]:
        data = AssessmentInput(
            kind=self.kind_combo.currentData(),
            assessed_on=self.date_edit.text().strip(),
            assessor_staff_id=self.assessor_combo.currentData() or "",
            instrument=self.instrument_combo.currentData(),
            answers=self.answers(),
            rater_score=self.rater_score(),
            informant=self.informant_edit.text(),
            risk_level=self.risk_combo.currentData(),
            needs=self.needs(),
            notes=self.notes_edit.text(),
        )
        return lambda: assessments.record_assessment(self._ctx, self._client_id, data)

    def _saved(self, result: RecordedAssessment) -> None:
        host = self.parentWidget()
        followup = self._followup
        super()._saved(result)
        if "assessor_untrained" in result.warnings:
            notice = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("New assessment"),
                self.tr("Saved. The assessor has no needs-assessment training on record."),
                QMessageBox.StandardButton.Ok,
                host,
            )
            notice.setObjectName("untrainedNotice")
            _show_later(notice, followup)


# --- rehabilitation plan ---------------------------------------------------------------------------------------

GOAL_COLUMNS = ("term", "goal", "service_types", "service_form", "frequency", "target_date", "responsible", "measure")


class ServiceTypesButton(QToolButton):
    """Several service types chosen from a menu of checkable entries; the button reads what is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
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
        start = date.today()
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
            combo_box("responsibleCombo", [(None, "—"), *_staff_choices(self._staff)]),
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
        self.agreed_edit = line_edit("agreedOnEdit", date.today().isoformat())
        self.form.addRow(note)
        self.form.addRow(self.tr("Agreed by the client on"), self.agreed_edit)
        self.finish_layout({"agreed_on": self.agreed_edit})

    def work(self) -> Callable[[], Any]:
        agreed = self.agreed_edit.text().strip()
        return lambda: plans.approve_plan(self._ctx, self._plan_id, agreed)


# --- risk ------------------------------------------------------------------------------------------------------


class RiskDialog(FormDialog):
    """A dated risk level and illness status with its source. When they call for the green channel the user is
    asked whether to suspend now; the suspension is a status change they confirm like any other."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        client_id: str,
        parent: QWidget | None = None,
        *,
        current_status: str | None = None,
        followup: Followup | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Record risk"), parent)
        self._ctx = ctx
        self._client_id = client_id
        self._current_status = current_status
        self._followup = followup
        self.question: QMessageBox | None = None
        self.date_edit = line_edit("recordedOnEdit", date.today().isoformat())
        self.risk_combo = combo_box(
            "riskCombo", [(n, people_text.risk_level_text(n)) for n in range(MAX_RISK_LEVEL + 1)], 0
        )
        for level in range(MAX_RISK_LEVEL + 1):
            self.risk_combo.setItemData(level, people_text.risk_level_description(level), Qt.ItemDataRole.ToolTipRole)
        self.illness_combo = combo_box("illnessCombo", labels.choices(IllnessStatus))
        self.source_edit = line_edit("sourceEdit")
        self.source_edit.setPlaceholderText(self.tr("e.g. home visit, hospital notice, family report"))
        self.form.addRow(self.tr("Recorded on"), self.date_edit)
        self.form.addRow(self.tr("Risk level"), self.risk_combo)
        self.form.addRow(self.tr("Illness status"), self.illness_combo)
        self.form.addRow(self.tr("Source"), self.source_edit)
        self.finish_layout(
            {
                "recorded_on": self.date_edit,
                "risk_level": self.risk_combo,
                "illness_status": self.illness_combo,
                "source": self.source_edit,
            }
        )
        self.setMinimumWidth(460)

    def work(self) -> Callable[[], Any]:
        data = RiskInput(
            self.date_edit.text().strip(),
            self.risk_combo.currentData(),
            self.illness_combo.currentData(),
            self.source_edit.text(),
        )
        return lambda: cases.record_risk(self._ctx, self._client_id, data)

    def _saved(self, result: Any) -> None:
        host = self.parentWidget()
        source = self.source_edit.text().strip()
        super()._saved(result)
        if result:
            self.question = green_channel_question(
                self._ctx, self._ops, self._client_id, self._current_status, source, host, self._followup
            )


def green_channel_question(
    ctx: StationContext,
    ops: Operations,
    client_id: str,
    current_status: str | None,
    source: str,
    parent: QWidget | None,
    followup: Followup | None,
) -> QMessageBox:
    """Explains the green channel; "Suspend now…" opens the status change preset to suspended, nothing more."""
    translate = QCoreApplication.translate
    may_suspend = current_status is not None and ClientStatus.SUSPENDED in TRANSITIONS[ClientStatus(current_status)]
    text = translate(
        "cases",
        "A risk level of 3 or more, or an unstable illness status, calls for a green-channel referral to hospital "
        "and for suspending the client's services.",
    )
    if not may_suspend:
        text += "\n" + translate("cases", "The case cannot be suspended from its present status.")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("cases", "Green channel"), text, parent=parent)
    box.setObjectName("greenChannelQuestion")
    suspend = None
    if may_suspend:
        suspend = box.addButton(translate("cases", "Suspend now…"), QMessageBox.ButtonRole.AcceptRole)
        suspend.setObjectName("suspendNowButton")
    box.addButton(
        translate("cases", "Not now") if may_suspend else translate("cases", "OK"), QMessageBox.ButtonRole.RejectRole
    )

    def clicked(button: object) -> None:
        if suspend is None or button is not suspend or current_status is None:
            return
        dialog = TransitionDialog(
            ctx,
            ops,
            client_id,
            current_status,
            parent,
            target=ClientStatus.SUSPENDED.value,
            document=source,
        )
        _show_later(dialog, followup)

    box.buttonClicked.connect(clicked)
    _show_later(box, followup)
    return box
