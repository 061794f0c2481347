"""Assessments (评估): an instrument's items scored by its JSON definition, with the assessor, the informant and
the needs the plan should cover. Stage reviews fall due every six months (a station setting)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from rehabdesk.domain import clock
from rehabdesk.domain.case_due import REVIEW_KINDS
from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.instruments import Score, builtin_instruments, score
from rehabdesk.domain.people import MAX_RISK_LEVEL, ClientStatus, parse_choice
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.service_kinds import ServiceType
from rehabdesk.domain.text import clean_line, clean_text
from rehabdesk.services.cases import the_episode
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import cases as case_repository
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.repositories import training as training_repository
from rehabdesk.storage.schema import Assessment

KINDS = ("intake", "stage", "closing", "referral")
# Which kinds fit which point of the path: an intake before enrolment, stage reviews and the closing assessment
# while the client is served; a referral assessment at any time.
_KIND_STATUSES = {
    "intake": {ClientStatus.REGISTERED, ClientStatus.ASSESSING, ClientStatus.WAITLISTED},
    "stage": {ClientStatus.ACTIVE, ClientStatus.SUSPENDED},
    "closing": {ClientStatus.ACTIVE, ClientStatus.SUSPENDED},
    "referral": set(ClientStatus),
}


@dataclass(frozen=True)
class AssessmentInput:
    kind: str
    assessed_on: str | date
    assessor_staff_id: str
    instrument: str
    answers: dict[str, int] = field(default_factory=dict)
    rater_score: int | None = None
    informant: str = ""
    risk_level: int | None = None
    needs: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class RecordedAssessment:
    id: str
    score: Score
    warnings: tuple[str, ...]  # e.g. "assessor_untrained": saved, but the assessor lacks assessor training


def _checked(data: AssessmentInput, today: date) -> tuple[date, Score]:
    if data.kind not in KINDS:
        raise ValidationError("choice_invalid", "kind")
    assessed_on = parse_date(data.assessed_on, field="assessed_on", today=today, not_future=True)
    instrument = builtin_instruments().get(data.instrument)
    if instrument is None:
        raise ValidationError("choice_invalid", "instrument")
    result = score(instrument, data.answers, rater_score=data.rater_score)
    if data.risk_level is not None and not 0 <= data.risk_level <= MAX_RISK_LEVEL:
        raise ValidationError("out_of_range", "risk_level", minimum=0, maximum=MAX_RISK_LEVEL)
    for value in data.needs:
        parse_choice(ServiceType, value, "needs")
    clean_line(data.informant, "informant", 100)
    return assessed_on, result


@service(Permission.RECORD_SERVICES, mutating=True)
def record_assessment(
    ctx: StationContext, client_id: str, data: AssessmentInput, *, today: date | None = None
) -> RecordedAssessment:
    today = today or clock.today()
    assessed_on, result = _checked(data, today)
    instrument = builtin_instruments()[data.instrument]
    with ctx.store.unit_of_work(ctx.actor) as uow:
        episode = the_episode(uow, client_id)
        if ClientStatus(episode.status) not in _KIND_STATUSES[data.kind]:
            raise DomainError("assessment_kind_not_now", kind=data.kind, status=episode.status)
        assessor = staff_repository.by_id(uow.session, data.assessor_staff_id)
        if assessor is None:
            raise ValidationError("staff_unknown", "assessor_staff_id")
        trained = training_repository.had_assessor_training(uow.session, assessor.id, assessed_on)
        warnings = () if trained else ("assessor_untrained",)
        row = Assessment(
            client_id=client_id,
            episode_id=episode.id,
            kind=data.kind,
            assessed_on=assessed_on,
            assessor_staff_id=assessor.id,
            informant=clean_line(data.informant, "informant", 100),
            instrument=instrument.code,
            instrument_version=instrument.version,
            answers_json=json.dumps(dict(data.answers), sort_keys=True),
            total=result.total,
            band=result.band_code or "",
            rater_score=data.rater_score,
            risk_level=data.risk_level,
            needs=",".join(dict.fromkeys(data.needs)),
            notes=clean_text(data.notes, "notes", 2000),
        )
        uow.session.add(row)
        if data.kind in REVIEW_KINDS and (episode.last_reviewed_on is None or assessed_on > episode.last_reviewed_on):
            episode.last_reviewed_on = assessed_on
        uow.session.flush()
        uow.audit(
            "create",
            entity_type="assessment",
            entity_id=row.id,
            detail={"kind": data.kind, "instrument": instrument.code, "client_id": client_id},
        )
        uow.commit()
        return RecordedAssessment(row.id, result, warnings)


@dataclass(frozen=True)
class AssessmentInfo:
    id: str
    episode: int
    kind: str
    assessed_on: date
    assessor: str
    instrument: str
    instrument_version: int
    total: int | None
    band: str
    rater_score: int | None
    risk_level: int | None
    needs: tuple[str, ...]
    informant: str
    notes: str
    answers: dict[str, int]
    recorded_at: datetime | None = None  # when it was entered: orders one day's events in the timeline


@service(Permission.VIEW_RECORDS, mutating=False)
def list_assessments(ctx: StationContext, client_id: str) -> list[AssessmentInfo]:
    """Every assessment of every episode, oldest first: the case file's assessments tab and the timeline."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        numbers = {e.id: e.number for e in case_repository.episodes_of(uow.session, client_id)}
        result = []
        rows = case_repository.assessments_of(uow.session, client_id)
        assessors = staff_repository.live_names(uow.session, (row.assessor_staff_id for row in rows))
        for row in rows:
            result.append(
                AssessmentInfo(
                    row.id,
                    numbers.get(row.episode_id, 0),
                    row.kind,
                    row.assessed_on,
                    assessors.get(row.assessor_staff_id, ""),
                    row.instrument,
                    row.instrument_version,
                    row.total,
                    row.band,
                    row.rater_score,
                    row.risk_level,
                    tuple(filter(None, row.needs.split(","))),
                    row.informant,
                    row.notes,
                    json.loads(row.answers_json),
                    row.created_at,
                )
            )
        return result
