"""Builders for consent forms, agreements and fee items used by the consent-and-agreement tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rehabdesk.domain.consent import ConsentKind
from rehabdesk.services import agreements, consents, fee_schedule
from rehabdesk.services.agreements import AgreementInput, FeeChoice, SignedAgreement
from rehabdesk.services.consents import SignedConsentForm
from rehabdesk.services.context import StationContext
from tests.people_support import TODAY

ALL_KINDS = [kind.value for kind in ConsentKind]
TERM_START = date(2026, 1, 10)
TERM_END = date(2027, 1, 9)


def add_fee_item(ctx: StationContext, name: str = "午餐", price: str = "12.50", funding: str = "self_paid") -> str:
    return fee_schedule.add_fee_item(ctx, fee_schedule.FeeItemInput(name, "餐", price, funding))


def sign_consent_form(
    ctx: StationContext, client_id: str, granted: tuple[str, ...] = tuple(ALL_KINDS), **signed_changes
) -> tuple[str, list[str]]:
    """A form offering every kind, recorded signed: its id and the ids of the consents it created."""
    form_id = consents.create_consent_form(ctx, client_id, ALL_KINDS, today=TODAY)
    values = {"granted": granted, "signer": "client", "signed_on": TERM_START}
    values.update(signed_changes)
    return form_id, consents.record_consent_signed(ctx, form_id, SignedConsentForm(**values), today=TODAY)


def agreement_input(fees: tuple[FeeChoice, ...] = (), **changes) -> AgreementInput:
    values = {
        "service_types": ("life_skills", "social_skills"),
        "service_forms": ("day_training",),
        "start_date": TERM_START,
        "end_date": TERM_END,
        "place": "站点活动室",
        "schedule": "每周一至周五 9:00–16:00",
        "fees": fees,
    }
    values.update(changes)
    return AgreementInput(**values)


def active_agreement(ctx: StationContext, client_id: str, fees: tuple[FeeChoice, ...] = (), **changes) -> str:
    agreement_id = agreements.create_agreement(ctx, client_id, agreement_input(fees, **changes), today=TODAY)
    agreements.record_agreement_signed(ctx, agreement_id, SignedAgreement("client", TERM_START), today=TODAY)
    return agreement_id


@dataclass(frozen=True)
class Paperwork:
    fee_item_id: str
    draft_form_id: str
    signed_form_id: str
    consent_id: str
    draft_agreement_id: str
    active_agreement_id: str


def prepare_paperwork(ctx: StationContext, client_id: str) -> Paperwork:
    fee_item_id = add_fee_item(ctx)
    draft_form_id = consents.create_consent_form(ctx, client_id, ALL_KINDS, today=TODAY)
    signed_form_id, consent_ids = sign_consent_form(ctx, client_id)
    draft_agreement_id = agreements.create_agreement(
        ctx, client_id, agreement_input((FeeChoice(fee_item_id, 2),)), today=TODAY
    )
    active_agreement_id = active_agreement(ctx, client_id, (FeeChoice(fee_item_id, 4),))
    return Paperwork(
        fee_item_id, draft_form_id, signed_form_id, consent_ids[0], draft_agreement_id, active_agreement_id
    )


def sign_papers(ctx: StationContext, client_id: str, day: date) -> None:
    """Every consent and an agreement for a year from ``day``, all signed on ``day``."""
    form_id = consents.create_consent_form(ctx, client_id, ALL_KINDS, today=TODAY)
    consents.record_consent_signed(ctx, form_id, SignedConsentForm(tuple(ALL_KINDS), "client", day), today=TODAY)
    term = agreement_input(start_date=day, end_date=day + timedelta(days=364))
    agreement_id = agreements.create_agreement(ctx, client_id, term, today=TODAY)
    agreements.record_agreement_signed(ctx, agreement_id, SignedAgreement("client", day), today=TODAY)
