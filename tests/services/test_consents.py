"""Consent forms through their life, on a real encrypted station: numbering, signing, guardians, withdrawal."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from rehabdesk.domain import clock
from rehabdesk.domain.clients import GuardianInput
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.services import clients, consents
from rehabdesk.services.client_paperwork import client_paperwork
from rehabdesk.services.consents import SignedConsentForm
from rehabdesk.services.context import StationContext
from tests.paperwork_support import ALL_KINDS, TERM_START, active_agreement, sign_consent_form
from tests.people_support import TODAY, client_input
from tests.support import audit_rows
from tests.support import station_query as query


@pytest.fixture
def client_id(admin_ctx: StationContext) -> str:
    return clients.register_client(admin_ctx, client_input(), today=TODAY).client_id


def test_a_new_form_is_a_numbered_draft_on_the_current_template(admin_ctx: StationContext, client_id: str) -> None:
    first = consents.create_consent_form(admin_ctx, client_id, ["media", "service"], today=TODAY)
    second = consents.create_consent_form(admin_ctx, client_id, ALL_KINDS, today=TODAY)
    documents = client_paperwork(admin_ctx, client_id, today=TODAY)
    by_id = {form.id: form for form in documents.forms}
    assert by_id[first].number == "TS01-TY-2026-0001"
    assert by_id[second].number == "TS01-TY-2026-0002"
    assert by_id[first].kinds == ("service", "media")
    assert by_id[first].status == "draft"
    assert by_id[first].template_version == 1
    assert query(admin_ctx, "SELECT kind, template_version FROM document_template") == [("consent", 1)]


def test_numbering_restarts_each_year(admin_ctx: StationContext, client_id: str) -> None:
    consents.create_consent_form(admin_ctx, client_id, ALL_KINDS, today=date(2026, 12, 31))
    consents.create_consent_form(admin_ctx, client_id, ALL_KINDS, today=date(2027, 1, 1))
    numbers = sorted(form.number for form in client_paperwork(admin_ctx, client_id).forms)
    assert numbers == ["TS01-TY-2026-0001", "TS01-TY-2027-0001"]


def test_without_a_day_the_number_takes_the_year_from_the_clock(admin_ctx: StationContext, client_id: str) -> None:
    with clock.frozen(date(2031, 1, 1)):
        form_id = consents.create_consent_form(admin_ctx, client_id, ALL_KINDS)
    (form,) = [form for form in client_paperwork(admin_ctx, client_id).forms if form.id == form_id]
    assert form.number == "TS01-TY-2031-0001"


def test_two_connections_creating_at_once_get_distinct_numbers(admin_ctx: StationContext, client_id: str) -> None:
    created: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def create() -> None:
        try:
            barrier.wait()
            for _ in range(5):
                created.append(consents.create_consent_form(admin_ctx, client_id, ALL_KINDS, today=TODAY))
        except BaseException as error:  # reported below; a thread's exception is otherwise lost
            errors.append(error)

    threads = [threading.Thread(target=create) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = [row[0] for row in query(admin_ctx, "SELECT number FROM consent_form")]
    assert len(numbers) == len(set(numbers)) == 20
    assert sorted(numbers)[-1] == "TS01-TY-2026-0020"


def test_recording_it_signed_creates_one_consent_per_kind_ticked(admin_ctx: StationContext, client_id: str) -> None:
    form_id, consent_ids = sign_consent_form(admin_ctx, client_id, granted=("sensitive_data", "media"))
    assert len(consent_ids) == 3  # service consent is the form's main signature
    form = client_paperwork(admin_ctx, client_id, today=TODAY).forms[0]
    assert form.id == form_id and form.status == "signed" and form.signed_on == TERM_START
    assert sorted(c.kind for c in form.consents) == ["media", "sensitive_data", "service"]
    with pytest.raises(DomainError) as caught:
        consents.record_consent_signed(admin_ctx, form_id, SignedConsentForm((), "client", TERM_START), today=TODAY)
    assert caught.value.code == "consent_form_not_pending"


def test_a_kind_not_offered_cannot_be_ticked(admin_ctx: StationContext, client_id: str) -> None:
    form_id = consents.create_consent_form(admin_ctx, client_id, ["service"], today=TODAY)
    with pytest.raises(ValidationError) as caught:
        consents.record_consent_signed(
            admin_ctx, form_id, SignedConsentForm(("media",), "client", TERM_START), today=TODAY
        )
    assert caught.value.code == "consent_kind_not_offered"
    assert query(admin_ctx, "SELECT count(*) FROM consent") == [(0,)]


def test_a_signing_date_in_the_future_is_refused(admin_ctx: StationContext, client_id: str) -> None:
    form_id = consents.create_consent_form(admin_ctx, client_id, ALL_KINDS, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        consents.record_consent_signed(admin_ctx, form_id, SignedConsentForm((), "client", "2026-11-24"), today=TODAY)
    assert (caught.value.code, caught.value.field) == ("date_in_future", "signed_on")


def test_a_client_without_full_capacity_signs_through_the_legal_guardian(admin_ctx: StationContext) -> None:
    guardian = GuardianInput("张大山", "parent", is_legal_guardian=True, phone="13900001111")
    client_id = clients.register_client(
        admin_ctx, client_input(legal_capacity="limited", guardians=(guardian,)), today=TODAY
    ).client_id
    guardian_id = client_paperwork(admin_ctx, client_id, today=TODAY).guardians[0].id
    form_id = consents.create_consent_form(admin_ctx, client_id, ALL_KINDS, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        consents.record_consent_signed(admin_ctx, form_id, SignedConsentForm((), "client", TERM_START), today=TODAY)
    assert caught.value.code == "signer_needs_legal_guardian"
    with pytest.raises(ValidationError) as caught:
        consents.record_consent_signed(admin_ctx, form_id, SignedConsentForm((), "both", TERM_START), today=TODAY)
    assert (caught.value.code, caught.value.field) == ("required", "guardian")
    consents.record_consent_signed(
        admin_ctx, form_id, SignedConsentForm(("sensitive_data",), "both", TERM_START, guardian_id), today=TODAY
    )
    assert query(admin_ctx, "SELECT guardian_id, signer FROM consent_form") == [(guardian_id, "both")]


def test_a_minor_needs_the_legal_guardian_too(admin_ctx: StationContext) -> None:
    mother = GuardianInput("周母", "parent", is_legal_guardian=True, phone="13900001111")
    uncle = GuardianInput("周舅", "other_relative", is_legal_guardian=False, phone="13900002222")
    client_id = clients.register_client(
        admin_ctx, client_input(birth=date(2012, 3, 4), serial=22, guardians=(mother, uncle)), today=TODAY
    ).client_id
    guardian_id = client_paperwork(admin_ctx, client_id, today=TODAY).guardians[1].id
    form_id = consents.create_consent_form(admin_ctx, client_id, ALL_KINDS, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        consents.record_consent_signed(
            admin_ctx, form_id, SignedConsentForm((), "guardian", TERM_START, guardian_id), today=TODAY
        )
    assert caught.value.code == "signer_legal_guardian_missing"


def test_withdrawal_blocks_service_keeps_the_record_and_is_audited(admin_ctx: StationContext, client_id: str) -> None:
    _, consent_ids = sign_consent_form(admin_ctx, client_id)
    active_agreement(admin_ctx, client_id)
    assert consents.service_eligibility(admin_ctx, client_id, today=TODAY).allowed
    sensitive = next(
        c.id
        for c in client_paperwork(admin_ctx, client_id, today=TODAY).forms[0].consents
        if c.kind == "sensitive_data"
    )
    consents.withdraw_consent(admin_ctx, sensitive, "2026-11-20", "家属要求不再保存健康信息", today=TODAY)
    eligibility = consents.service_eligibility(admin_ctx, client_id, today=TODAY)
    assert [(r.code, r.params) for r in eligibility.reasons] == [
        ("consent_withdrawn", {"kind": "sensitive_data", "date": date(2026, 11, 20)})
    ]
    assert query(admin_ctx, "SELECT count(*) FROM consent") == [(len(consent_ids),)]
    row = query(
        admin_ctx,
        "SELECT status, withdrawn_on, withdrawal_reason, withdrawal_recorded_by FROM consent WHERE id = ?",
        sensitive,
    )[0]
    assert row[:3] == ("withdrawn", "2026-11-20", "家属要求不再保存健康信息")
    assert row[3] == admin_ctx.actor.account_id
    actions = [entry[2] for entry in audit_rows(admin_ctx)]
    assert "consent_withdrawn" in actions
    with pytest.raises(DomainError) as caught:
        consents.withdraw_consent(admin_ctx, sensitive, "2026-11-21", "again", today=TODAY)
    assert caught.value.code == "consent_already_withdrawn"


def test_withdrawal_needs_a_reason_and_a_date_not_before_signing(admin_ctx: StationContext, client_id: str) -> None:
    _, consent_ids = sign_consent_form(admin_ctx, client_id)
    with pytest.raises(ValidationError) as caught:
        consents.withdraw_consent(admin_ctx, consent_ids[0], "2026-11-20", "  ", today=TODAY)
    assert (caught.value.code, caught.value.field) == ("required", "reason")
    with pytest.raises(ValidationError) as caught:
        consents.withdraw_consent(admin_ctx, consent_ids[0], "2025-12-31", "原因", today=TODAY)
    assert (caught.value.code, caught.value.field) == ("date_too_early", "withdrawn_on")


def test_provision_to_others_follows_that_consent_only(admin_ctx: StationContext, client_id: str) -> None:
    other = clients.register_client(admin_ctx, client_input("李四", serial=44), today=TODAY).client_id
    sign_consent_form(admin_ctx, client_id)
    sign_consent_form(admin_ctx, other, granted=("sensitive_data",))
    assert consents.clients_consenting_to_provision(admin_ctx) == {client_id}
    provision = next(
        c.id
        for c in client_paperwork(admin_ctx, client_id, today=TODAY).forms[0].consents
        if c.kind == "data_provision"
    )
    consents.withdraw_consent(admin_ctx, provision, TODAY, "不同意上报", today=TODAY)
    assert consents.clients_consenting_to_provision(admin_ctx) == set()


def test_a_pending_form_can_be_voided_with_a_reason(admin_ctx: StationContext, client_id: str) -> None:
    form_id = consents.create_consent_form(admin_ctx, client_id, ALL_KINDS, today=TODAY)
    consents.void_consent_form(admin_ctx, form_id, "填写错误，重新打印")
    assert query(admin_ctx, "SELECT status, void_reason FROM consent_form") == [("voided", "填写错误，重新打印")]
    with pytest.raises(DomainError):
        consents.void_consent_form(admin_ctx, form_id, "again")
