"""Which consent form or agreement ``print --client`` picks, and the order the case file lists them in."""

from __future__ import annotations

from datetime import date

import pytest

from rehabdesk.documents.agreement import FREE_OF_CHARGE
from rehabdesk.domain.clients import GuardianInput
from rehabdesk.services import agreements, case_printout, clients, printing
from rehabdesk.services.agreements import SignedAgreement
from rehabdesk.services.client_paperwork import client_paperwork
from rehabdesk.services.context import StationContext
from tests.documents.pdf_reading import page_texts, squash
from tests.paperwork_support import TERM_START, active_agreement, add_fee_item, agreement_input, sign_consent_form
from tests.people_support import TODAY, client_input


@pytest.fixture
def client_id(admin_ctx: StationContext) -> str:
    return clients.register_client(admin_ctx, client_input(), today=TODAY).client_id


def _number(ctx: StationContext, client_id: str, kind: str, document_id: str) -> str:
    papers = client_paperwork(ctx, client_id, today=TODAY)
    documents = papers.forms if kind == "consent" else papers.agreements
    return next(d.number for d in documents if d.id == document_id)


def test_old_paper_typed_in_after_new_paper_is_not_the_latest(admin_ctx: StationContext, client_id: str) -> None:
    current = active_agreement(admin_ctx, client_id)
    old = agreements.create_agreement(
        admin_ctx,
        client_id,
        agreement_input(start_date=date(2018, 3, 1), end_date=date(2020, 2, 29)),
        today=TODAY,
    )
    agreements.record_agreement_signed(admin_ctx, old, SignedAgreement("client", date(2018, 3, 1)), today=TODAY)
    current_form, _ = sign_consent_form(admin_ctx, client_id, signed_on=TERM_START)
    old_form, _ = sign_consent_form(admin_ctx, client_id, signed_on=date(2018, 3, 1))
    case = client_paperwork(admin_ctx, client_id, today=TODAY).case_number

    assert printing.latest_document_id(admin_ctx, "agreement", case) == current
    assert printing.latest_document_id(admin_ctx, "consent", case) == current_form
    # The case file lists them in the same order: latest first.
    papers = client_paperwork(admin_ctx, client_id, today=TODAY)
    assert [a.id for a in papers.agreements] == [current, old]
    assert [f.id for f in papers.forms] == [current_form, old_form]
    # An old one can still be printed by its number.
    old_number = _number(admin_ctx, client_id, "agreement", old)
    assert printing.latest_document_id(admin_ctx, "agreement", case, old_number) == old


def test_on_the_same_date_the_agreement_in_force_comes_before_a_draft(
    admin_ctx: StationContext, client_id: str
) -> None:
    signed = active_agreement(admin_ctx, client_id)
    agreements.create_agreement(admin_ctx, client_id, agreement_input(), today=TODAY)  # same term, still a draft
    case = client_paperwork(admin_ctx, client_id, today=TODAY).case_number
    assert printing.latest_document_id(admin_ctx, "agreement", case) == signed


def test_blank_agreement_carries_the_stations_self_paid_items(admin_ctx: StationContext) -> None:
    add_fee_item(admin_ctx, "午餐", "12.50", "self_paid")
    text = squash("".join(page_texts(printing.print_blank_agreement(admin_ctx, today=TODAY).pdf)))
    assert "☐午餐餐12.50自费" in text
    assert FREE_OF_CHARGE not in text


def test_a_relative_who_is_not_the_legal_guardian_prints_as_family_with_the_relation_written(
    admin_ctx: StationContext,
) -> None:
    # The default client's only contact, 张大山, is not the legal guardian; the coordinator wrote 父亲.
    father = GuardianInput(name="张大山", relation="父亲", is_legal_guardian=False, phone="13912345678")
    client_id = clients.register_client(admin_ctx, client_input(guardians=(father,)), today=TODAY).client_id
    agreement_id = active_agreement(admin_ctx, client_id)
    form_id, _ = sign_consent_form(admin_ctx, client_id)
    agreement = squash("".join(page_texts(printing.print_agreement(admin_ctx, agreement_id, today=TODAY).pdf)))
    assert "丙方（家属）张大山与乙方关系父亲" in agreement and "丙方（家属，关系：父亲）：" in agreement
    assert "监护人，关系" not in agreement and "丙方（监护人）" not in agreement
    consent = squash("".join(page_texts(printing.print_consent_form(admin_ctx, form_id, today=TODAY).pdf)))
    assert "家属：张大山" in consent and "与康复对象的关系：父亲" in consent and "家属（关系：父亲）：" in consent
    case = case_printout.print_case_file(admin_ctx, client_id, period_from=TERM_START, period_to=TODAY, today=TODAY)
    assert "张大山父亲否" in squash("".join(page_texts(case.pdf)))
