"""Translated names for consent, agreement and service enumerations, and the eligibility reasons in words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.consent import ConsentKind
from rehabdesk.domain.eligibility import Reason
from rehabdesk.domain.people import ClientStatus
from rehabdesk.ui.text import labels
from rehabdesk.ui.text.labels import label_of
from rehabdesk.ui.text.punctuation import sentences


def due_kind_text(kind: str) -> str:
    translate = QCoreApplication.translate
    texts = {
        "agreement_expiring": lambda: translate("paperwork", "Agreement ends soon"),
        "agreement_expired": lambda: translate("paperwork", "Agreement ended, not renewed"),
        "consent_pending": lambda: translate("paperwork", "Consent form not signed yet"),
        "scan_missing": lambda: translate("paperwork", "Signed paper not scanned in"),
    }
    text = texts.get(kind)
    return text() if text else kind


def _day(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value or "")


def reason_text(reason: Reason) -> str:
    """Why a client may not be enrolled or served, as a sentence naming what is missing."""
    translate = QCoreApplication.translate
    kind = label_of(ConsentKind, reason.params.get("kind", ""))
    number = reason.params.get("number", "")
    day = _day(reason.params.get("date"))
    texts = {
        "consent_missing": lambda: translate("paperwork", "No signed consent: {kind}.").format(kind=kind),
        "consent_withdrawn": lambda: translate("paperwork", "Consent withdrawn on {date}: {kind}.").format(
            kind=kind, date=day
        ),
        "consent_needs_guardian": lambda: translate(
            "paperwork", "{kind}: the legal guardian has not signed it."
        ).format(kind=kind),
        "agreement_missing": lambda: translate("paperwork", "No signed service agreement."),
        "agreement_expired": lambda: translate("paperwork", "Service agreement {number} expired on {date}.").format(
            number=number, date=day
        ),
        "agreement_not_started": lambda: translate(
            "paperwork", "Service agreement {number} starts only on {date}."
        ).format(number=number, date=day),
        "agreement_terminated": lambda: translate(
            "paperwork", "Service agreement {number} was terminated on {date}."
        ).format(number=number, date=day),
        "agreement_needs_guardian": lambda: translate(
            "paperwork", "Service agreement {number}: the legal guardian has not signed it."
        ).format(number=number),
    }
    texts |= _lifecycle_texts(reason)
    text = texts.get(reason.code)
    return text() if text else reason.code


def refusal_line(refusal) -> str:
    """One client who may not be served, and why, on one line: "张三（C001）：reason reason"."""
    reasons = sentences(reason_text(reason) for reason in refusal.reasons)
    return QCoreApplication.translate("paperwork", "{name} ({case_number}): {reasons}").format(
        name=refusal.name, case_number=refusal.case_number, reasons=reasons
    )


def _lifecycle_texts(reason: Reason) -> dict[str, Callable[[], str]]:
    translate = QCoreApplication.translate
    status_from = labels.label_of(ClientStatus, reason.params.get("from", ""))
    status_to = labels.label_of(ClientStatus, reason.params.get("to", ""))
    status = labels.label_of(ClientStatus, reason.params.get("status", ""))
    return {
        "transition_not_allowed": lambda: translate("paperwork", "A case cannot go from “{from_}” to “{to}”.").format(
            from_=status_from, to=status_to
        ),
        "reason_required": lambda: translate("paperwork", "Give the reason."),
        "baseline_assessment_missing": lambda: translate("paperwork", "No baseline (intake) assessment yet."),
        "plan_not_approved": lambda: translate("paperwork", "No approved rehabilitation plan yet."),
        "coordinator_approval_required": lambda: translate("paperwork", "A coordinator must approve this step."),
        "outcome_required": lambda: translate("paperwork", "Choose the outcome of the case."),
        "closing_assessment_missing": lambda: translate("paperwork", "No closing assessment yet."),
        "client_not_active": lambda: translate(
            "paperwork", "The client is not being served now (status: {status})."
        ).format(status=status),
        "client_suspended": lambda: translate(
            "paperwork", "Services are suspended: only home visits and phone follow-ups can be recorded."
        ),
    }
