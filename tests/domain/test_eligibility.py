"""The one rule: may this client be enrolled / served today, and if not, why."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from rehabdesk.domain.agreements import AgreementStatus
from rehabdesk.domain.consent import GATING_KINDS, ConsentKind, ConsentStatus, Signer
from rehabdesk.domain.eligibility import AgreementFact, ConsentFact, may_serve, may_use

TODAY = date(2026, 11, 23)
SIGNED = date(2026, 1, 10)


def consent(kind: ConsentKind, signer: Signer = Signer.CLIENT, **changes) -> ConsentFact:
    values = {"kind": kind, "status": ConsentStatus.SIGNED, "signer": signer, "signed_on": SIGNED}
    values.update(changes)
    return ConsentFact(**values)


def agreement(signer: Signer = Signer.CLIENT, **changes) -> AgreementFact:
    values = {
        "number": "TS01-XY-2026-0001",
        "status": AgreementStatus.ACTIVE,
        "signer": signer,
        "signed_on": SIGNED,
        "start": date(2026, 1, 10),
        "end": date(2027, 1, 9),
    }
    values.update(changes)
    return AgreementFact(**values)


def codes(result) -> list[str]:
    return [reason.code for reason in result.reasons]


def test_signed_consents_and_an_agreement_in_force_allow_service() -> None:
    result = may_serve(
        [consent(ConsentKind.SERVICE), consent(ConsentKind.SENSITIVE_DATA)],
        [agreement()],
        today=TODAY,
        needs_legal_guardian=False,
    )
    assert result.allowed
    assert result.reasons == ()


@pytest.mark.parametrize(
    "kinds", [set(combo) for size in range(len(ConsentKind) + 1) for combo in itertools.combinations(ConsentKind, size)]
)
def test_every_combination_of_kinds(kinds: set[ConsentKind]) -> None:
    result = may_serve([consent(kind) for kind in kinds], [agreement()], today=TODAY, needs_legal_guardian=False)
    missing = [kind.value for kind in GATING_KINDS if kind not in kinds]
    assert result.allowed == (not missing)
    assert [r.params["kind"] for r in result.reasons if r.code == "consent_missing"] == missing


@pytest.mark.parametrize("kind", list(ConsentKind))
def test_withdrawing_a_kind_blocks_service_only_for_the_gating_ones(kind: ConsentKind) -> None:
    consents = [consent(k) for k in ConsentKind if k is not kind]
    consents.append(consent(kind, status=ConsentStatus.WITHDRAWN, withdrawn_on=date(2026, 6, 1)))
    result = may_serve(consents, [agreement()], today=TODAY, needs_legal_guardian=False)
    if kind in GATING_KINDS:
        assert codes(result) == ["consent_withdrawn"]
        assert result.reasons[0].params == {"kind": kind.value, "date": date(2026, 6, 1)}
    else:
        assert result.allowed
    # The withdrawn kind itself may no longer be used, whatever it is; the others still may.
    assert not may_use(consents, kind, today=TODAY, needs_legal_guardian=False)
    for other in ConsentKind:
        if other is not kind:
            assert may_use(consents, other, today=TODAY, needs_legal_guardian=False)


def test_a_withdrawal_dated_later_takes_effect_on_its_day() -> None:
    consents = [
        consent(ConsentKind.SERVICE, status=ConsentStatus.WITHDRAWN, withdrawn_on=date(2026, 12, 1)),
        consent(ConsentKind.SENSITIVE_DATA),
    ]
    assert may_serve(consents, [agreement()], today=TODAY, needs_legal_guardian=False).allowed
    later = may_serve(consents, [agreement()], today=date(2026, 12, 1), needs_legal_guardian=False)
    assert codes(later) == ["consent_withdrawn"]


def test_a_new_consent_after_a_withdrawal_counts_again() -> None:
    consents = [
        consent(ConsentKind.SERVICE, status=ConsentStatus.WITHDRAWN, withdrawn_on=date(2026, 3, 1)),
        consent(ConsentKind.SERVICE, signed_on=date(2026, 4, 1)),
        consent(ConsentKind.SENSITIVE_DATA),
    ]
    assert may_serve(consents, [agreement()], today=TODAY, needs_legal_guardian=False).allowed


@pytest.mark.parametrize(
    ("signer", "needs_guardian", "allowed"),
    [
        (Signer.CLIENT, False, True),
        (Signer.GUARDIAN, False, True),
        (Signer.BOTH, False, True),
        (Signer.CLIENT, True, False),
        (Signer.GUARDIAN, True, True),
        (Signer.BOTH, True, True),
    ],
)
def test_guardian_requirement(signer: Signer, needs_guardian: bool, allowed: bool) -> None:
    result = may_serve(
        [consent(ConsentKind.SERVICE, signer), consent(ConsentKind.SENSITIVE_DATA, signer)],
        [agreement(signer)],
        today=TODAY,
        needs_legal_guardian=needs_guardian,
    )
    assert result.allowed is allowed
    if not allowed:
        assert codes(result) == ["consent_needs_guardian", "consent_needs_guardian", "agreement_needs_guardian"]


BOTH_CONSENTS = [consent(ConsentKind.SERVICE), consent(ConsentKind.SENSITIVE_DATA)]


@pytest.mark.parametrize(
    ("agreements", "expected"),
    [
        ([], [("agreement_missing", {})]),
        ([agreement(status=AgreementStatus.DRAFT, signer=None, signed_on=None)], [("agreement_missing", {})]),
        (
            [agreement(end=date(2026, 11, 22))],
            [("agreement_expired", {"number": "TS01-XY-2026-0001", "date": date(2026, 11, 22)})],
        ),
        ([agreement(end=TODAY)], []),  # the last day of the term still counts
        ([agreement(start=TODAY)], []),
        (
            [agreement(start=date(2026, 12, 1), end=date(2027, 11, 30))],
            [("agreement_not_started", {"number": "TS01-XY-2026-0001", "date": date(2026, 12, 1)})],
        ),
        (
            [agreement(status=AgreementStatus.TERMINATED, terminated_on=date(2026, 10, 1))],
            [("agreement_terminated", {"number": "TS01-XY-2026-0001", "date": date(2026, 10, 1)})],
        ),
        ([agreement(status=AgreementStatus.TERMINATED, terminated_on=date(2026, 12, 1))], []),
        (
            [agreement(end=date(2026, 1, 31)), agreement(number="N2", start=date(2026, 2, 1), end=date(2027, 1, 31))],
            [],
        ),
    ],
)
def test_agreement_status_and_expiry(agreements: list[AgreementFact], expected: list) -> None:
    result = may_serve(BOTH_CONSENTS, agreements, today=TODAY, needs_legal_guardian=False)
    assert [(r.code, r.params) for r in result.reasons] == expected


def test_only_documents_signed_for_this_episode_count() -> None:
    since = date(2026, 5, 1)
    result = may_serve(BOTH_CONSENTS, [agreement()], today=TODAY, needs_legal_guardian=False, since=since)
    assert codes(result) == ["consent_missing", "consent_missing", "agreement_missing"]
    renewed = [consent(k, signed_on=date(2026, 5, 2)) for k in GATING_KINDS]
    result = may_serve(
        BOTH_CONSENTS + renewed,
        [agreement(signed_on=date(2026, 5, 2))],
        today=TODAY,
        needs_legal_guardian=False,
        since=since,
    )
    assert result.allowed


def test_documents_signed_in_the_future_do_not_count_yet() -> None:
    future = [consent(k, signed_on=date(2026, 12, 1)) for k in GATING_KINDS]
    result = may_serve(future, [agreement(signed_on=date(2026, 12, 1))], today=TODAY, needs_legal_guardian=False)
    assert codes(result) == ["consent_missing", "consent_missing", "agreement_missing"]
