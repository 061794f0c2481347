"""May this client be enrolled, or receive a service today — and if not, why (DOMAIN.md §2, §6).

The one rule every other part asks: enrolment and services rest on a signed service consent, a signed
separate consent for sensitive health data, and an agreement in force. A minor or a client without full
capacity counts only what the legal guardian signed. A consent or agreement counts for an episode only if
signed on or after that episode's application date (``since``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from rehabdesk.domain.agreements import AgreementStatus
from rehabdesk.domain.consent import GATING_KINDS, ConsentKind, ConsentStatus, Signer


class ConsentFact(NamedTuple):  # tuples: a group session's save checks some hundred of them
    kind: ConsentKind
    status: ConsentStatus
    signer: Signer
    signed_on: date
    withdrawn_on: date | None = None


class AgreementFact(NamedTuple):
    number: str
    status: AgreementStatus
    signer: Signer | None
    signed_on: date | None
    start: date
    end: date
    terminated_on: date | None = None


@dataclass(frozen=True)
class Reason:
    """Why not: a code the UI translates, with what the message needs (kind, a date, a number)."""

    code: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Eligibility:
    reasons: tuple[Reason, ...]

    @property
    def allowed(self) -> bool:
        return not self.reasons


def consent_in_force(
    consents: list[ConsentFact] | tuple[ConsentFact, ...],
    kind: ConsentKind,
    *,
    today: date,
    needs_legal_guardian: bool,
    since: date | None = None,
) -> Reason | None:
    """None if a consent of ``kind`` holds today, else the reason it does not."""
    relevant = [
        consent
        for consent in consents
        if consent.kind is kind and consent.signed_on <= today and (since is None or consent.signed_on >= since)
    ]
    if not relevant:
        return Reason("consent_missing", {"kind": kind.value})
    holding = [c for c in relevant if c.status is ConsentStatus.SIGNED or (c.withdrawn_on and c.withdrawn_on > today)]
    if not holding:
        latest = max(relevant, key=lambda c: c.withdrawn_on or c.signed_on)
        return Reason("consent_withdrawn", {"kind": kind.value, "date": latest.withdrawn_on})
    if needs_legal_guardian and not any(c.signer.includes_guardian for c in holding):
        return Reason("consent_needs_guardian", {"kind": kind.value})
    return None


def agreement_in_force(
    agreements: list[AgreementFact] | tuple[AgreementFact, ...],
    *,
    today: date,
    needs_legal_guardian: bool,
    since: date | None = None,
) -> Reason | None:
    signed = [
        a
        for a in agreements
        if a.status is not AgreementStatus.DRAFT
        and a.signed_on is not None
        and a.signed_on <= today
        and (since is None or a.signed_on >= since)
    ]
    if not signed:
        return Reason("agreement_missing")
    in_force = [a for a in signed if a.start <= today <= a.end and (a.terminated_on is None or a.terminated_on > today)]
    if in_force:
        if needs_legal_guardian and not any(a.signer is not None and a.signer.includes_guardian for a in in_force):
            return Reason("agreement_needs_guardian", {"number": in_force[0].number})
        return None
    latest = max(signed, key=lambda a: (a.start, a.end))
    if latest.terminated_on is not None and latest.terminated_on <= today:
        return Reason("agreement_terminated", {"number": latest.number, "date": latest.terminated_on})
    if latest.start > today:
        return Reason("agreement_not_started", {"number": latest.number, "date": latest.start})
    return Reason("agreement_expired", {"number": latest.number, "date": latest.end})


def may_serve(
    consents: list[ConsentFact] | tuple[ConsentFact, ...],
    agreements: list[AgreementFact] | tuple[AgreementFact, ...],
    *,
    today: date,
    needs_legal_guardian: bool,
    since: date | None = None,
) -> Eligibility:
    """Enrolment and a new service need the same documents; the case-file rules add the client's status."""
    reasons = [
        reason
        for kind in GATING_KINDS
        if (
            reason := consent_in_force(
                consents, kind, today=today, needs_legal_guardian=needs_legal_guardian, since=since
            )
        )
    ]
    agreement_reason = agreement_in_force(
        agreements, today=today, needs_legal_guardian=needs_legal_guardian, since=since
    )
    if agreement_reason is not None:
        reasons.append(agreement_reason)
    return Eligibility(tuple(reasons))


def may_use(
    consents: list[ConsentFact] | tuple[ConsentFact, ...],
    kind: ConsentKind,
    *,
    today: date,
    needs_legal_guardian: bool,
) -> bool:
    """For the non-gating kinds: may the station provide data to others, take photos, act in an emergency."""
    return consent_in_force(consents, kind, today=today, needs_legal_guardian=needs_legal_guardian) is None
