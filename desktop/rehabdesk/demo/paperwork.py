"""Consents, agreements and fees for the demo station, through the real services: most clients signed and in
force, some forms out for signature, a few withdrawals, agreements ending soon or already ended."""

from __future__ import annotations

import random
from datetime import date, timedelta

from rehabdesk.domain.consent import ConsentKind
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.services import agreements, consents, fee_schedule, printing, scans
from rehabdesk.services.agreements import AgreementInput, FeeChoice, SignedAgreement
from rehabdesk.services.consents import SignedConsentForm
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork import needs_legal_guardian
from rehabdesk.storage.repositories import clients as client_repository

# Paperwork for this many clients at most: enough to show every state without slowing the demo down.
DEMO_PAPERWORK_CLIENTS = 60
_FEES = (
    ("日间照料与康复训练", "天", "0", "government"),
    ("午餐", "餐", "12.00", "self_paid"),
    ("交通接送", "次", "3.00", "subsidised"),
    ("职业康复材料费", "月", "20.00", "self_paid"),
    ("心理疏导（个别）", "次", "0", "government"),
)
_WITHDRAWAL_REASONS = ("家属要求不再向区平台报送", "本人不愿再拍照留影", "本人撤回健康信息处理同意")
_SCHEDULES = ("每周一至周五 9:00–16:00", "每周二、四 9:00–11:30", "每两周家访一次", "每月电话随访两次")
_PLACES = ("站点活动室", "站点及服务对象家中", "社区康复中心二楼")


def _signer(ctx: StationContext, client_id: str, on: date) -> tuple[str, str | None]:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        client = client_repository.by_id(uow.session, client_id)
        guardians = client_repository.guardians_of(uow.session, client_id)
        legal = next((g.id for g in guardians if g.is_legal_guardian), None)
        if client is not None and needs_legal_guardian(client, on):
            return "both", legal
        return "client", None


def add_demo_paperwork(ctx: StationContext, client_ids: list[str], seed: int, today: date) -> None:
    rng = random.Random(seed * 7919)
    fee_ids = [
        fee_schedule.add_fee_item(ctx, fee_schedule.FeeItemInput(name, unit, price, funding))
        for name, unit, price, funding in _FEES
    ]
    kinds = [kind.value for kind in ConsentKind]
    for index, client_id in enumerate(client_ids[:DEMO_PAPERWORK_CLIENTS]):
        roll = rng.random()
        if roll < 0.08:
            continue  # newly registered: nothing yet
        form_id = consents.create_consent_form(ctx, client_id, kinds, today=today)
        if roll < 0.16:
            if rng.random() < 0.5:
                printing.print_consent_form(ctx, form_id, today=today)
            continue  # out for signature
        signed_on = today - timedelta(days=rng.randint(20, 330))
        signer, guardian_id = _signer(ctx, client_id, signed_on)
        granted = tuple(kind for kind in kinds if kind == "service" or rng.random() < 0.9 or kind == "sensitive_data")
        consent_ids = consents.record_consent_signed(
            ctx, form_id, SignedConsentForm(granted, signer, signed_on, guardian_id), today=today
        )
        if index % 3:  # a third of the signed paper is still waiting to be scanned in
            scans.attach_scan(ctx, "consent_form", form_id, printing.print_consent_form(ctx, form_id, today=today).pdf)
        if roll < 0.22 and len(consent_ids) > 2:
            withdrawn = consent_ids[-1]
            consents.withdraw_consent(
                ctx, withdrawn, today - timedelta(days=rng.randint(1, 15)), rng.choice(_WITHDRAWAL_REASONS), today=today
            )
        start = signed_on
        if roll > 0.94:
            start = today - timedelta(days=370)  # ended a few days ago, not renewed
        elif roll > 0.86:
            start = today - timedelta(days=365 - rng.randint(3, 28))  # ends within the month
        fees = (FeeChoice(fee_ids[0], 240),)
        if rng.random() < 0.45:
            fees += (FeeChoice(fee_ids[1], rng.choice((60, 120, 240))), FeeChoice(fee_ids[2], rng.choice((40, 80))))
        agreement_id = agreements.create_agreement(
            ctx,
            client_id,
            AgreementInput(
                service_types=tuple(rng.sample([t.value for t in ServiceType], 3)),
                service_forms=(ServiceForm.DAY_TRAINING.value, ServiceForm.CASE_MANAGEMENT.value),
                start_date=start,
                end_date=start + timedelta(days=364),
                place=rng.choice(_PLACES),
                schedule=rng.choice(_SCHEDULES),
                fees=fees,
            ),
            today=today,
        )
        agreements.record_agreement_signed(
            ctx, agreement_id, SignedAgreement(signer, min(start, today), guardian_id), today=today
        )
