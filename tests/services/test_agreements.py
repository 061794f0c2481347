"""Agreements and the fee schedule on a real encrypted station: snapshots, termination, renewal, numbering."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.services import agreements, clients, fee_schedule
from rehabdesk.services.agreements import FeeChoice, SignedAgreement
from rehabdesk.services.client_paperwork import client_paperwork
from rehabdesk.services.context import StationContext
from tests.paperwork_support import TERM_END, TERM_START, active_agreement, add_fee_item, agreement_input
from tests.people_support import TODAY, client_input
from tests.support import station_query as query


@pytest.fixture
def client_id(admin_ctx: StationContext) -> str:
    return clients.register_client(admin_ctx, client_input(), today=TODAY).client_id


def _agreement(ctx: StationContext, client_id: str, agreement_id: str, today: date = TODAY):
    return next(a for a in client_paperwork(ctx, client_id, today=today).agreements if a.id == agreement_id)


def test_prices_are_copied_at_signing_and_never_follow_the_schedule(admin_ctx: StationContext, client_id: str) -> None:
    lunch = add_fee_item(admin_ctx, "午餐", "12.50")
    bus = add_fee_item(admin_ctx, "接送", "3", funding="subsidised")
    draft = agreements.create_agreement(
        admin_ctx, client_id, agreement_input((FeeChoice(lunch, 20), FeeChoice(bus, 20))), today=TODAY
    )
    # A price change before signing reaches the draft at signing time …
    fee_schedule.update_fee_item(admin_ctx, lunch, fee_schedule.FeeItemInput("午餐", "餐", "13.00", "self_paid"))
    agreements.record_agreement_signed(admin_ctx, draft, SignedAgreement("client", TERM_START), today=TODAY)
    signed = _agreement(admin_ctx, client_id, draft)
    assert [(line.name, line.quantity, line.unit_price_fen, line.total_fen) for line in signed.fee_lines] == [
        ("午餐", 20, 1300, 26000),
        ("接送", 20, 300, 6000),
    ]
    assert signed.total_fen == 32000
    assert signed.status == "active"
    # … but none after.
    fee_schedule.update_fee_item(admin_ctx, lunch, fee_schedule.FeeItemInput("午餐（新）", "餐", "15", "self_paid"))
    fee_schedule.set_fee_item_retired(admin_ctx, bus, True)
    after = _agreement(admin_ctx, client_id, draft)
    assert after.fee_lines == signed.fee_lines
    assert query(admin_ctx, "SELECT typeof(unit_price_fen), typeof(quantity) FROM agreement_fee_line LIMIT 1") == [
        ("integer", "integer")
    ]


def test_a_retired_item_cannot_go_into_a_new_agreement(admin_ctx: StationContext, client_id: str) -> None:
    item = add_fee_item(admin_ctx)
    fee_schedule.set_fee_item_retired(admin_ctx, item, True)
    with pytest.raises(ValidationError) as caught:
        agreements.create_agreement(admin_ctx, client_id, agreement_input((FeeChoice(item, 1),)), today=TODAY)
    assert (caught.value.code, caught.value.field) == ("fee_item_retired", "fees.0.fee_item_id")
    assert query(admin_ctx, "SELECT count(*) FROM agreement") == [(0,)]
    assert [i.id for i in fee_schedule.list_fee_items(admin_ctx)] == []
    assert [i.id for i in fee_schedule.list_fee_items(admin_ctx, include_retired=True)] == [item]


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"end_date": "2026-01-09"}, "term_end_before_start", "end_date"),
        ({"start_date": "2026-02-30"}, "date_invalid", "start_date"),
        ({"service_types": ()}, "required", "service_types"),
        ({"service_forms": ("teleport",)}, "choice_invalid", "service_forms"),
        ({"place": "长" * 201}, "too_long", "place"),
    ],
)
def test_bad_agreement_input_names_the_field(
    admin_ctx: StationContext, client_id: str, changes: dict, code: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        agreements.create_agreement(admin_ctx, client_id, agreement_input(**changes), today=TODAY)
    assert (caught.value.code, caught.value.field) == (code, field)


def test_bad_quantities_are_refused(admin_ctx: StationContext, client_id: str) -> None:
    item = add_fee_item(admin_ctx)
    with pytest.raises(ValidationError) as caught:
        agreements.create_agreement(admin_ctx, client_id, agreement_input((FeeChoice(item, 0),)), today=TODAY)
    assert (caught.value.code, caught.value.field) == ("quantity_invalid", "fees.0.quantity")


def test_fee_items_take_prices_in_yuan_and_refuse_negative_ones(admin_ctx: StationContext) -> None:
    with pytest.raises(ValidationError) as caught:
        add_fee_item(admin_ctx, price="-3")
    assert (caught.value.code, caught.value.field) == ("money_invalid", "price")
    with pytest.raises(ValidationError) as caught:
        add_fee_item(admin_ctx, funding="lottery")
    assert caught.value.field == "funding"
    item = add_fee_item(admin_ctx, price="0")
    assert fee_schedule.list_fee_items(admin_ctx)[0].price_fen == 0
    assert item


def test_expiry_is_computed_and_termination_needs_a_reason(admin_ctx: StationContext, client_id: str) -> None:
    agreement_id = active_agreement(admin_ctx, client_id)
    assert _agreement(admin_ctx, client_id, agreement_id, TERM_END).status == "active"
    assert _agreement(admin_ctx, client_id, agreement_id, date(2027, 1, 10)).status == "expired"
    with pytest.raises(ValidationError):
        agreements.terminate_agreement(admin_ctx, agreement_id, TODAY, " ", today=TODAY)
    agreements.terminate_agreement(admin_ctx, agreement_id, TODAY, "迁居外地", today=TODAY)
    terminated = _agreement(admin_ctx, client_id, agreement_id)
    assert (terminated.status, terminated.terminated_on, terminated.termination_reason) == (
        "terminated",
        TODAY,
        "迁居外地",
    )
    with pytest.raises(DomainError) as caught:
        agreements.terminate_agreement(admin_ctx, agreement_id, TODAY, "again", today=TODAY)
    assert caught.value.code == "agreement_not_active"


def test_a_signed_agreement_cannot_be_edited(admin_ctx: StationContext, client_id: str) -> None:
    agreement_id = active_agreement(admin_ctx, client_id)
    with pytest.raises(DomainError) as caught:
        agreements.update_agreement(admin_ctx, agreement_id, agreement_input(place="别处"), today=TODAY)
    assert caught.value.code == "agreement_not_draft"


def test_a_draft_can_be_edited(admin_ctx: StationContext, client_id: str) -> None:
    item = add_fee_item(admin_ctx)
    draft = agreements.create_agreement(admin_ctx, client_id, agreement_input(), today=TODAY)
    agreements.update_agreement(admin_ctx, draft, agreement_input((FeeChoice(item, 3),), place="家中"), today=TODAY)
    edited = _agreement(admin_ctx, client_id, draft)
    assert edited.place == "家中"
    assert [line.quantity for line in edited.fee_lines] == [3]


def test_renewal_links_to_the_agreement_it_renews(admin_ctx: StationContext, client_id: str) -> None:
    item = add_fee_item(admin_ctx)
    old = active_agreement(admin_ctx, client_id, (FeeChoice(item, 5),))
    new = agreements.renew_agreement(admin_ctx, old, today=TODAY)
    renewal = _agreement(admin_ctx, client_id, new)
    assert renewal.status == "draft"
    assert renewal.renews_number == _agreement(admin_ctx, client_id, old).number
    assert (renewal.start_date, renewal.end_date) == (date(2027, 1, 10), date(2028, 1, 9))
    assert [line.quantity for line in renewal.fee_lines] == [5]
    with pytest.raises(DomainError) as caught:
        agreements.renew_agreement(admin_ctx, old, today=TODAY)
    assert caught.value.code == "agreement_already_renewed"


def test_signing_for_a_client_who_needs_a_guardian(admin_ctx: StationContext) -> None:
    client_id = clients.register_client(
        admin_ctx,
        replace(
            client_input(),
            legal_capacity="none",
            guardians=(replace(client_input().guardians[0], is_legal_guardian=True),),
        ),
        today=TODAY,
    ).client_id
    draft = agreements.create_agreement(admin_ctx, client_id, agreement_input(), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        agreements.record_agreement_signed(admin_ctx, draft, SignedAgreement("client", TERM_START), today=TODAY)
    assert caught.value.code == "signer_needs_legal_guardian"
    guardian = client_paperwork(admin_ctx, client_id, today=TODAY).guardians[0].id
    agreements.record_agreement_signed(admin_ctx, draft, SignedAgreement("guardian", TERM_START, guardian), today=TODAY)
    assert _agreement(admin_ctx, client_id, draft).signer == "guardian"


def test_agreement_numbers_stay_unique_under_concurrent_creation(admin_ctx: StationContext, client_id: str) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(3)

    def create() -> None:
        try:
            barrier.wait()
            for _ in range(6):
                agreements.create_agreement(admin_ctx, client_id, agreement_input(), today=TODAY)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=create) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = sorted(row[0] for row in query(admin_ctx, "SELECT number FROM agreement"))
    assert numbers == [f"TS01-XY-2026-{n:04d}" for n in range(1, 19)]
