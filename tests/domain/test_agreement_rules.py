"""Agreement term, expiry, numbering and consent-form rules."""

from __future__ import annotations

from datetime import date

import pytest

from rehabdesk.domain.agreements import AgreementStatus, check_term, document_number, effective_status
from rehabdesk.domain.consent import ConsentKind, Signer, check_offered_kinds, check_signer
from rehabdesk.domain.errors import ValidationError


def test_expiry_is_computed_from_the_term() -> None:
    end = date(2026, 11, 23)
    assert effective_status(AgreementStatus.ACTIVE, end, date(2026, 11, 23)) is AgreementStatus.ACTIVE
    assert effective_status(AgreementStatus.ACTIVE, end, date(2026, 11, 24)) is AgreementStatus.EXPIRED
    assert effective_status(AgreementStatus.DRAFT, end, date(2027, 1, 1)) is AgreementStatus.DRAFT
    assert effective_status(AgreementStatus.TERMINATED, end, date(2027, 1, 1)) is AgreementStatus.TERMINATED


def test_term_start_must_not_follow_its_end() -> None:
    check_term(date(2026, 1, 1), date(2026, 1, 1))
    with pytest.raises(ValidationError) as caught:
        check_term(date(2026, 2, 1), date(2026, 1, 31))
    assert (caught.value.code, caught.value.field) == ("term_end_before_start", "end_date")
    with pytest.raises(ValidationError) as caught:
        check_term(date(2026, 1, 1), date(2206, 1, 1))
    assert caught.value.code == "term_too_long"


def test_numbers_carry_station_kind_year_and_sequence() -> None:
    assert document_number("TS01", "XY", 2026, 7) == "TS01-XY-2026-0007"
    assert document_number("TS01", "TY", 2027, 12345) == "TS01-TY-2027-12345"


def test_a_form_always_offers_service_consent_in_a_fixed_order() -> None:
    assert check_offered_kinds([ConsentKind.MEDIA, ConsentKind.SERVICE]) == (ConsentKind.SERVICE, ConsentKind.MEDIA)
    with pytest.raises(ValidationError) as caught:
        check_offered_kinds([ConsentKind.MEDIA])
    assert caught.value.code == "consent_service_required"


def test_who_must_sign() -> None:
    check_signer(Signer.CLIENT, needs_legal_guardian=False, has_legal_guardian=False, field="signer")
    check_signer(Signer.GUARDIAN, needs_legal_guardian=True, has_legal_guardian=True, field="signer")
    with pytest.raises(ValidationError) as caught:
        check_signer(Signer.CLIENT, needs_legal_guardian=True, has_legal_guardian=True, field="signer")
    assert caught.value.code == "signer_needs_legal_guardian"
    with pytest.raises(ValidationError) as caught:
        check_signer(Signer.BOTH, needs_legal_guardian=True, has_legal_guardian=False, field="signer")
    assert caught.value.code == "signer_legal_guardian_missing"
