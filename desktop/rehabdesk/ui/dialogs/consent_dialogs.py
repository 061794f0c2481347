"""Dialogs for consent forms: new form, recording the signed paper, withdrawing a consent, voiding a form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from rehabdesk.domain import clock
from rehabdesk.domain.consent import ConsentKind, Signer
from rehabdesk.domain.people import Relation
from rehabdesk.services import consents
from rehabdesk.services.client_paperwork import ClientPaperwork, ConsentFormInfo
from rehabdesk.services.consents import SignedConsentForm
from rehabdesk.services.context import StationContext
from rehabdesk.services.staff import StaffInfo
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.dialogs.reason_dialog import ReasonDialog
from rehabdesk.ui.kit.fields import combo_box
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels


def kind_checks(kinds: list[str], *, checked: bool) -> tuple[QWidget, dict[str, QCheckBox]]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    checks: dict[str, QCheckBox] = {}
    for kind in kinds:
        check = QCheckBox(labels.label_of(ConsentKind, kind))
        check.setObjectName(f"consentKind_{kind}")
        check.setChecked(checked)
        if kind == ConsentKind.SERVICE:
            # The form's main signature is the service consent: it is always there.
            check.setChecked(True)
            check.setEnabled(False)
            check.setToolTip(
                QCoreApplication.translate("consent_dialogs", "The service consent is the form itself: always given.")
            )
        layout.addWidget(check)
        checks[kind] = check
    return box, checks


def guardian_combo(documents: ClientPaperwork) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("guardianCombo")
    combo.addItem("—", None)
    for guardian in documents.guardians:
        relation = labels.label_of(Relation, guardian.relation)
        legal = QCoreApplication.translate("paperwork", "legal guardian") if guardian.is_legal_guardian else ""
        text = f"{guardian.name}（{relation}{'，' + legal if legal else ''}）"
        combo.addItem(text, guardian.id)
    legal_ids = [g.id for g in documents.guardians if g.is_legal_guardian]
    if legal_ids:
        combo.setCurrentIndex(combo.findData(legal_ids[0]))
    return combo


def signer_combo(documents: ClientPaperwork) -> QComboBox:
    combo = combo_box("signerCombo", labels.choices(Signer))
    if documents.needs_legal_guardian:
        combo.setCurrentIndex(combo.findData(Signer.BOTH.value))
    return combo


class NewConsentFormDialog(FormDialog):
    def __init__(self, ctx: StationContext, ops: Operations, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("New consent form"), parent)
        self._ctx = ctx
        self._client_id = client_id
        box, self.checks = kind_checks([kind.value for kind in ConsentKind], checked=True)
        self.form.addRow(self.tr("Consents the form offers"), box)
        self.finish_layout({"kinds": box})

    def work(self) -> Callable[[], Any]:
        kinds = [kind for kind, check in self.checks.items() if check.isChecked()]
        return lambda: consents.create_consent_form(self._ctx, self._client_id, kinds)


class RecordConsentSignedDialog(FormDialog):
    """What the signed paper says: which separate consents were ticked, who signed, when, who witnessed."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        documents: ClientPaperwork,
        form: ConsentFormInfo,
        staff: list[StaffInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Record consent form {number} as signed").format(number=form.number), parent)
        self._ctx = ctx
        self._form_id = form.id
        box, self.checks = kind_checks(list(form.kinds), checked=False)
        self.signer = signer_combo(documents)
        self.guardian = guardian_combo(documents)
        self.signed_on = QLineEdit(clock.today().isoformat())
        self.signed_on.setObjectName("signedOnEdit")
        self.witness = QComboBox()
        self.witness.setObjectName("witnessCombo")
        self.witness.addItem("—", None)
        for member in staff:
            self.witness.addItem(f"{member.name}（{member.staff_number}）", member.id)
        self.form.addRow(self.tr("Ticked “agree”"), box)
        self.form.addRow(self.tr("Signed by"), self.signer)
        self.form.addRow(self.tr("Guardian who signed"), self.guardian)
        self.form.addRow(self.tr("Date signed"), self.signed_on)
        self.form.addRow(self.tr("Witnessing staff"), self.witness)
        self.finish_layout(
            {
                "granted": box,
                "signer": self.signer,
                "guardian": self.guardian,
                "signed_on": self.signed_on,
                "witness": self.witness,
            }
        )

    def signed(self) -> SignedConsentForm:
        return SignedConsentForm(
            granted=tuple(kind for kind, check in self.checks.items() if check.isChecked()),
            signer=self.signer.currentData(),
            signed_on=self.signed_on.text(),
            guardian_id=self.guardian.currentData(),
            witness_staff_id=self.witness.currentData(),
        )

    def work(self) -> Callable[[], Any]:
        signed = self.signed()
        return lambda: consents.record_consent_signed(self._ctx, self._form_id, signed)


class WithdrawConsentDialog(ReasonDialog):
    """Which consent of the form is withdrawn, from when, and why."""

    def __init__(self, ctx: StationContext, ops: Operations, form: ConsentFormInfo, parent: QWidget | None = None):
        self.consent_combo = QComboBox()
        self.consent_combo.setObjectName("withdrawnConsentCombo")
        for consent in form.consents:
            if consent.status == "signed":
                self.consent_combo.addItem(labels.label_of(ConsentKind, consent.kind), consent.id)
        super().__init__(
            ops,
            QCoreApplication.translate("paperwork", "Withdraw a consent of form {number}").format(number=form.number),
            lambda day, reason: consents.withdraw_consent(ctx, self.consent_combo.currentData(), day, reason),
            date_field="withdrawn_on",
            date_label=QCoreApplication.translate("paperwork", "Withdrawn on"),
            parent=parent,
        )
        self.form.insertRow(0, QCoreApplication.translate("paperwork", "Consent withdrawn"), self.consent_combo)
        note = QCoreApplication.translate(
            "paperwork",
            "Nothing is deleted. From this date the station may no longer use this consent; if it is consent to "
            "services or to health data, no new services can be recorded.",
        )
        self.form.insertRow(1, "", _note(note))


def _note(text: str) -> QWidget:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
