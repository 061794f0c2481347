"""Recording an assessment scored from its instrument's definition: items, total, band, and the assessor it
was given by. It saves through one service call and stays open with the field marked when the call is refused; a
notice that the assessor has no assessment training on record goes to ``followup``, so the opening page keeps it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.instruments import Instrument, allowed_range, builtin_instruments, score
from rehabdesk.domain.people import MAX_RISK_LEVEL
from rehabdesk.domain.service_kinds import ServiceType
from rehabdesk.services import assessments
from rehabdesk.services.assessments import AssessmentInput, RecordedAssessment
from rehabdesk.services.context import StationContext
from rehabdesk.services.staff import StaffInfo
from rehabdesk.ui.dialogs.followup import Followup, show_later
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.kit.fields import combo_box, line_edit, staff_choices
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import case_text, labels, people_text


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
        self.date_edit = line_edit("assessedOnEdit", clock.today().isoformat())
        self.assessor_combo = combo_box("assessorCombo", staff_choices(staff, assessors_first=True))
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
            show_later(notice, followup)
