"""A client's path through the lifecycle (DOMAIN.md §2): each transition one guarded call that records who, when,
why and the document it rests on, refused with what is missing; a new episode after an ended one; the dated risk
and illness-status history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rehabdesk.domain import clock
from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.lifecycle import (
    ClosingOutcome,
    TransitionFacts,
    check_transition,
    may_start_new_episode,
    prompts_green_channel,
)
from rehabdesk.domain.people import MAX_RISK_LEVEL, Channel, ClientStatus, IllnessStatus, parse_choice
from rehabdesk.domain.referrals import follow_up_dates
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.text import clean_line, clean_text
from rehabdesk.services.consents import eligibility_in
from rehabdesk.services.context import StationContext
from rehabdesk.services.episodes import open_episode
from rehabdesk.services.paperwork import the_client
from rehabdesk.services.registry import service
from rehabdesk.services.settings import settings_in
from rehabdesk.storage.repositories import cases as repository
from rehabdesk.storage.schema import Episode, FollowUp, RiskRecord, StatusChange
from rehabdesk.storage.unit_of_work import UnitOfWork

MAX_REASON = 300


@dataclass(frozen=True)
class TransitionRequest:
    target: str
    on: str | date
    reason: str = ""
    document: str = ""  # what the step rests on, e.g. an assessment or a hospital's notice
    outcome: str | None = None  # closing only


def the_episode(uow: UnitOfWork, client_id: str) -> Episode:
    episode = repository.current_episode(uow.session, client_id)
    if episode is None:
        raise DomainError("episode_missing")
    return episode


def _facts(ctx: StationContext, uow: UnitOfWork, episode: Episode, request: TransitionRequest, on: date):
    kinds = {a.kind for a in repository.assessments(uow.session, episode.id)}
    active_plan = any(p.status == "active" for p in repository.plans(uow.session, episode.id))
    outcome = parse_choice(ClosingOutcome, request.outcome, "outcome") if request.outcome else None
    documents = eligibility_in(uow, episode.client_id, on, since=episode.application_date).reasons
    return TransitionFacts(
        reason=request.reason,
        has_baseline_assessment="intake" in kinds,
        has_closing_assessment="closing" in kinds,
        has_active_plan=active_plan,
        outcome=outcome,
        documents=documents,
        by_coordinator=ctx.actor.may(Permission.CLOSE_CASES),
    )


def move(
    ctx: StationContext, uow: UnitOfWork, episode: Episode, target: ClientStatus, request: TransitionRequest, on: date
) -> None:
    """Check and apply one step inside the caller's unit of work (plan approval activates an episode too)."""
    current = ClientStatus(episode.status)
    missing = check_transition(current, target, _facts(ctx, uow, episode, request, on))
    if missing:
        raise DomainError("transition_refused", reasons=tuple(missing))
    if on < episode.status_since:
        raise ValidationError("date_too_early", "on", earliest=episode.status_since)
    uow.session.add(
        StatusChange(
            episode_id=episode.id,
            client_id=episode.client_id,
            from_status=current.value,
            to_status=target.value,
            changed_on=on,
            reason=clean_text(request.reason, "reason", MAX_REASON),
            document=clean_line(request.document, "document", 100),
            account_id=ctx.actor.account_id,
        )
    )
    episode.status = target.value
    episode.status_since = on
    if target is ClientStatus.CLOSED:
        episode.closing_outcome = request.outcome
        episode.closed_on = on
        for plan in repository.plans(uow.session, episode.id):
            if plan.status == "active":
                plan.status = "closed"  # no review falls due on a closed case
        uow.session.add_all(
            FollowUp(client_id=episode.client_id, episode_id=episode.id, due_date=due)
            for due in follow_up_dates(on, settings_in(uow).follow_up_months)
        )
    the_client(uow, episode.client_id).status = target.value


def _check_text(request: TransitionRequest) -> None:
    clean_text(request.reason, "reason", MAX_REASON)
    clean_line(request.document, "document", 100)


@service(Permission.RECORD_SERVICES, mutating=True)
def change_status(
    ctx: StationContext, client_id: str, request: TransitionRequest, *, today: date | None = None
) -> None:
    """One step of the current episode; refused with ``transition_refused`` and the list of what is missing.
    Closing (and everything else a coordinator must approve) is checked by the lifecycle rule, not the button."""
    today = today or clock.today()
    _check_text(request)
    target = parse_choice(ClientStatus, request.target, "target")
    on = parse_date(request.on, field="on", today=today, not_future=True)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        episode = the_episode(uow, client_id)
        before = episode.status
        move(ctx, uow, episode, target, request, on)
        uow.audit(
            "status_change",
            entity_type="client",
            entity_id=client_id,
            detail={"from": before, "to": target.value},
        )
        uow.commit()


@service(Permission.RECORD_SERVICES, mutating=True)
def start_new_episode(
    ctx: StationContext, client_id: str, application_date: str | date, channel: str, *, today: date | None = None
) -> str:
    """After withdrawal, non-eligibility or archiving the client may apply again; the old episode keeps its history."""
    today = today or clock.today()
    applied = parse_date(application_date, field="application_date", today=today, not_future=True)
    chosen = parse_choice(Channel, channel, "channel")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        client = the_client(uow, client_id)
        episode = the_episode(uow, client_id)
        if not may_start_new_episode(ClientStatus(episode.status)):
            raise DomainError("episode_still_open", status=episode.status)
        if applied < episode.status_since:
            raise ValidationError("date_too_early", "application_date", earliest=episode.status_since)
        client.channel = chosen.value
        new = open_episode(uow, client, episode.number + 1, applied, registered=False)
        uow.audit("new_episode", entity_type="client", entity_id=client.id, detail={"episode": new.number})
        uow.commit()
        return new.id


@service(Permission.RECORD_SERVICES, mutating=True)
def confirm_waitlist(ctx: StationContext, client_id: str, on: str | date, *, today: date | None = None) -> None:
    """The client (or guardian) says they still want a place: the re-confirmation clock starts again from ``on``."""
    today = today or clock.today()
    day = parse_date(on, field="on", today=today, not_future=True)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        episode = the_episode(uow, client_id)
        if episode.status != ClientStatus.WAITLISTED:
            raise DomainError("not_waitlisted", status=episode.status)
        if day < episode.status_since:
            raise ValidationError("date_too_early", "on", earliest=episode.status_since)
        episode.waitlist_confirmed_on = day
        uow.audit("waitlist_confirmed", entity_type="client", entity_id=client_id)
        uow.commit()


@dataclass(frozen=True)
class RiskInput:
    recorded_on: str | date
    risk_level: int
    illness_status: str
    source: str  # where it came from: an assessment, the hospital, a home visit …


@service(Permission.RECORD_SERVICES, mutating=True)
def record_risk(ctx: StationContext, client_id: str, data: RiskInput, *, today: date | None = None) -> bool:
    """A dated risk level and illness status with its source; the client's current values follow the newest.
    Returns True when the values call for a green-channel referral and suspension, which the user then confirms:
    nothing happens on its own."""
    today = today or clock.today()
    recorded_on = parse_date(data.recorded_on, field="recorded_on", today=today, not_future=True)
    if not 0 <= data.risk_level <= MAX_RISK_LEVEL:
        raise ValidationError("out_of_range", "risk_level", minimum=0, maximum=MAX_RISK_LEVEL)
    illness = parse_choice(IllnessStatus, data.illness_status, "illness_status")
    source = clean_line(data.source, "source", 100, required=True)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        client = the_client(uow, client_id)
        history = repository.risk_records(uow.session, client.id)
        uow.session.add(
            RiskRecord(
                client_id=client.id,
                recorded_on=recorded_on,
                risk_level=data.risk_level,
                illness_status=illness.value,
                source=source,
            )
        )
        if not history or recorded_on >= max(r.recorded_on for r in history):
            client.risk_level, client.illness_status = data.risk_level, illness.value
        uow.audit("risk_recorded", entity_type="client", entity_id=client.id)
        uow.commit()
    return prompts_green_channel(data.risk_level, illness.value)


@dataclass(frozen=True)
class StepInfo:
    episode: int
    from_status: str | None
    to_status: str
    changed_on: date
    reason: str
    document: str
    recorded_at: datetime | None = None  # when it was entered: orders one day's events in the timeline


@dataclass(frozen=True)
class CasePath:
    status: str
    episode: int
    application_date: date
    steps: tuple[StepInfo, ...]
    risk: tuple[tuple[date, int, str, str], ...]  # (date, level, illness status, source)
    risk_recorded: tuple[datetime, ...] = ()  # when each risk record was entered, in the order of ``risk``


@service(Permission.VIEW_RECORDS, mutating=False)
def case_path(ctx: StationContext, client_id: str) -> CasePath:
    """Every step of every episode in order, and the risk history: the timeline's backbone."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        episode = the_episode(uow, client_id)
        numbers = {e.id: e.number for e in repository.episodes_of(uow.session, client_id)}
        steps = tuple(
            StepInfo(
                numbers[c.episode_id], c.from_status, c.to_status, c.changed_on, c.reason, c.document, c.created_at
            )
            for c in repository.status_changes(uow.session, client_id)
        )
        records = repository.risk_records(uow.session, client_id)
        risk = tuple((r.recorded_on, r.risk_level, r.illness_status, r.source) for r in records)
        recorded = tuple(r.created_at for r in records)
        return CasePath(episode.status, episode.number, episode.application_date, steps, risk, recorded)
