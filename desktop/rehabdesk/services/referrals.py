"""Referrals in and out (a referral out needs the consent to provide data to others), and the follow-ups that
closing a case sets up, whose first record moves the case to follow-up and whose last lets it be archived."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rehabdesk.domain import clock
from rehabdesk.domain.consent import ConsentKind
from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.eligibility import consent_in_force
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.people import MAX_RISK_LEVEL, ClientStatus, parse_choice
from rehabdesk.domain.referrals import ReferralDirection, ReferralKind
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.text import clean_line, clean_text
from rehabdesk.services.cases import TransitionRequest, move, the_episode
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork import consent_facts, needs_legal_guardian, the_client
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import cases as repository
from rehabdesk.storage.repositories import paperwork as paperwork_repository
from rehabdesk.storage.schema import Referral


@dataclass(frozen=True)
class ReferralInput:
    direction: str
    kind: str
    referral_date: str | date
    organisation: str
    reason: str = ""
    condition_summary: str = ""
    risk_level: int | None = None


def _text(value: str, field: str, maximum: int, *, required: bool = False) -> str:
    return clean_text(value, field, maximum, required=required)


@service(Permission.RECORD_SERVICES, mutating=True)
def record_referral(ctx: StationContext, client_id: str, data: ReferralInput, *, today: date | None = None) -> str:
    today = today or clock.today()
    direction = parse_choice(ReferralDirection, data.direction, "direction")
    kind = parse_choice(ReferralKind, data.kind, "kind")
    day = parse_date(data.referral_date, field="referral_date", today=today, not_future=True)
    if data.risk_level is not None and not 0 <= data.risk_level <= MAX_RISK_LEVEL:
        raise ValidationError("out_of_range", "risk_level", minimum=0, maximum=MAX_RISK_LEVEL)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        client = the_client(uow, client_id)
        if direction is ReferralDirection.OUT:
            # Sending the client's data to another organisation is provision to others (个人信息保护法 第23条).
            facts = consent_facts(paperwork_repository.consents_of(uow.session, client.id))
            reason = consent_in_force(
                facts, ConsentKind.DATA_PROVISION, today=day, needs_legal_guardian=needs_legal_guardian(client, day)
            )
            if reason is not None:
                raise DomainError("referral_needs_consent", reasons=(reason,))
        episode = repository.current_episode(uow.session, client.id)
        row = Referral(
            client_id=client.id,
            episode_id=episode.id if episode else None,
            direction=direction.value,
            kind=kind.value,
            referral_date=day,
            organisation=clean_line(data.organisation, "organisation", 100, required=True),
            reason=_text(data.reason, "reason", 300),
            condition_summary=_text(data.condition_summary, "condition_summary", 2000),
            risk_level=data.risk_level,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit("create", entity_type="referral", entity_id=row.id, detail={"direction": direction.value})
        uow.commit()
        return row.id


@service(Permission.RECORD_SERVICES, mutating=True)
def record_referral_feedback(
    ctx: StationContext, referral_id: str, receipt_date: str | date, feedback: str, *, today: date | None = None
) -> None:
    """The receiving organisation confirmed receipt (and how it went)."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        row = repository.referral(uow.session, referral_id)
        if row is None:
            raise DomainError("referral_not_found")
        row.receipt_date = parse_date(receipt_date, field="receipt_date", today=today, not_before=row.referral_date)
        row.feedback = _text(feedback, "feedback", 2000)
        uow.audit("update", entity_type="referral", entity_id=row.id)
        uow.commit()


@dataclass(frozen=True)
class FollowUpInfo:
    id: str
    due_date: date
    done_on: date | None
    note: str
    changed_at: datetime | None = None  # last written: when it was recorded done


@service(Permission.VIEW_RECORDS, mutating=False)
def follow_ups(ctx: StationContext, client_id: str) -> list[FollowUpInfo]:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        episode = the_episode(uow, client_id)
        return [
            FollowUpInfo(f.id, f.due_date, f.done_on, f.note, f.updated_at)
            for f in repository.follow_ups_of(uow.session, episode.id)
        ]


@service(Permission.RECORD_SERVICES, mutating=True)
def record_follow_up(
    ctx: StationContext, follow_up_id: str, done_on: str | date, note: str, *, today: date | None = None
) -> None:
    """A follow-up done: the first moves a closed case to follow-up; after the last the case may be archived."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        row = repository.follow_up(uow.session, follow_up_id)
        if row is None:
            raise DomainError("follow_up_not_found")
        if row.done_on is not None:
            raise DomainError("follow_up_done")
        episode = the_episode(uow, row.client_id)
        row.done_on = parse_date(done_on, field="done_on", today=today, not_future=True, not_before=episode.closed_on)
        row.note = _text(note, "note", 2000, required=True)
        if episode.status == ClientStatus.CLOSED:
            move(ctx, uow, episode, ClientStatus.FOLLOW_UP, TransitionRequest("follow_up", row.done_on), row.done_on)
        uow.audit("follow_up_done", entity_type="client", entity_id=row.client_id)
        uow.commit()


@dataclass(frozen=True)
class ReferralInfo:
    id: str
    direction: str
    kind: str
    referral_date: date
    organisation: str
    reason: str
    receipt_date: date | None
    feedback: str
    recorded_at: datetime | None = None


@service(Permission.VIEW_RECORDS, mutating=False)
def referrals_of(ctx: StationContext, client_id: str) -> list[ReferralInfo]:
    """Every referral in and out of every episode, oldest first."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        the_client(uow, client_id)
        return [
            ReferralInfo(
                r.id,
                r.direction,
                r.kind,
                r.referral_date,
                r.organisation,
                r.reason,
                r.receipt_date,
                r.feedback,
                r.created_at,
            )
            for r in repository.referrals_of(uow.session, client_id)
        ]
