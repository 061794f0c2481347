"""Printing a client's case file for a period (个案档案): the station's copy for the file, or the client's own copy
under the right of access (个人信息保护法 第四十五条); what differs between them is decided in
documents/case_file.py. Printing a whole file discloses sensitive data: it is a coordinator's decision
(PRINT_DOCUMENTS, like the consent form), and each print is audited with the copy and
the period (never the content), and the suggested file name carries the case number, never the name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from rehabdesk.documents.case_file import COPY_NAMES, render_case_file
from rehabdesk.documents.case_file_data import (
    AgreementLine,
    AssessmentLine,
    CaseFileCopy,
    CaseFileData,
    ClientRecord,
    ConsentLine,
    ContactLine,
    FollowUpLine,
    GoalLine,
    PlanLine,
    ReferralLine,
    RiskLine,
    ServiceLine,
    StatusStep,
)
from rehabdesk.domain import clock
from rehabdesk.domain.agreements import AgreementStatus, effective_status
from rehabdesk.domain.consent import ConsentKind, Signer
from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.ids import IdType
from rehabdesk.domain.instruments import builtin_instruments
from rehabdesk.domain.lifecycle import ClosingOutcome
from rehabdesk.domain.people import (
    Channel,
    ClientStatus,
    Diagnosis,
    Gender,
    IllnessStatus,
    LegalCapacity,
    MedicationAdherence,
    parse_choice,
    relation_category,
    relation_word,
)
from rehabdesk.domain.referrals import ReferralDirection, ReferralKind
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.safety import add_months
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.services.cases import the_episode
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork import the_client
from rehabdesk.services.printing import station_on_form
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import cases as case_repository
from rehabdesk.storage.repositories import clients as client_repository
from rehabdesk.storage.repositories import paperwork as paperwork_repository
from rehabdesk.storage.repositories import service_records as service_repository
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.schema import Client
from rehabdesk.storage.unit_of_work import UnitOfWork

DEFAULT_MONTHS = 12


@dataclass(frozen=True)
class PrintedCaseFile:
    pdf: bytes
    file_name: str  # e.g. "个案档案-TS01-2026-00001-站存档案-20251124-20261123.pdf"
    copy: str  # "station" | "client"


@service(Permission.PRINT_DOCUMENTS, mutating=True)
def print_case_file(
    ctx: StationContext,
    client_id: str,
    *,
    period_from: str | date | None = None,
    period_to: str | date | None = None,
    copy: str = CaseFileCopy.STATION.value,
    today: date | None = None,
) -> PrintedCaseFile:
    """The case file from ``period_from`` to ``period_to`` (both included; the end no later than today), by
    default the twelve months up to today. ``copy`` is "station" or "client"."""
    today = today or clock.today()
    chosen = parse_choice(CaseFileCopy, copy, "copy")
    last = parse_date(period_to or today, field="period_to", today=today, not_future=True)
    first = (
        parse_date(period_from, field="period_from", today=today, not_future=True)
        if period_from
        else add_months(last, -DEFAULT_MONTHS) + timedelta(days=1)
    )
    if last < first:
        raise ValidationError("end_before_start", "period_to")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        data = _case_file(uow, client_id, chosen, first, last, today)
        pdf = render_case_file(data)
        uow.audit(
            "print",
            entity_type="client",
            entity_id=client_id,
            detail={
                "document": "case_file",
                "copy": chosen.value,
                "from": first.isoformat(),
                "to": last.isoformat(),
            },
        )
        uow.commit()
    return PrintedCaseFile(pdf, _file_name(data.client.case_number, chosen, first, last), chosen.value)


@service(Permission.VIEW_RECORDS, mutating=False)
def client_id_of(ctx: StationContext, case_number: str) -> str:
    """For the headless ``print case``: the client holding ``case_number``."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        client = client_repository.by_case_number(uow.session, case_number.strip().upper())
        if client is None:
            raise DomainError("client_not_found")
        return client.id


def _file_name(case_number: str, copy: CaseFileCopy, first: date, last: date) -> str:
    # Case numbers are free text: keep what is safe in a file name on every system.
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", case_number)
    return f"个案档案-{safe}-{COPY_NAMES[copy]}-{first:%Y%m%d}-{last:%Y%m%d}.pdf"


def _case_file(
    uow: UnitOfWork, client_id: str, copy: CaseFileCopy, first: date, last: date, today: date
) -> CaseFileData:
    session = uow.session
    client = the_client(uow, client_id)
    current = the_episode(uow, client_id)
    episodes = case_repository.episodes_of(session, client_id)
    names = _StaffNames(uow)
    return CaseFileData(
        station=station_on_form(uow),
        copy=copy,
        period_from=first,
        period_to=last,
        printed_on=today,
        client=_record(client, names(client.responsible_worker_id)),
        contacts=tuple(
            ContactLine(
                g.name,
                relation_category(g.relation),
                g.is_legal_guardian,
                g.id_number,
                g.phone,
                g.address,
                relation_word(g.relation),
            )
            for g in client_repository.guardians_of(session, client_id)
        ),
        status=ClientStatus(current.status),
        episode=current.number,
        status_since=current.status_since,
        steps=_steps(uow, client_id, {e.id: (e.number, e.closing_outcome) for e in episodes}),
        risk=tuple(
            RiskLine(r.recorded_on, r.risk_level, IllnessStatus(r.illness_status), r.source)
            for r in case_repository.risk_records(session, client_id)
        ),
        assessments=_assessments(uow, client_id, names, first, last),
        plans=tuple(
            plan
            for episode in episodes
            for plan in _plans(uow, episode.id, episode.number, names)
            if plan.period_start <= last and plan.period_end >= first
        ),
        services=_services(uow, client_id, names, first, last),
        referrals=tuple(
            ReferralLine(
                r.referral_date,
                ReferralDirection(r.direction),
                ReferralKind(r.kind),
                r.organisation,
                r.reason,
                r.receipt_date,
            )
            for r in case_repository.referrals_of(session, client_id)
            if first <= r.referral_date <= last
        ),
        follow_ups=tuple(
            FollowUpLine(f.due_date, f.done_on, f.note)
            for episode in episodes
            for f in case_repository.follow_ups_of(session, episode.id)
            if first <= f.due_date <= last or (f.done_on is not None and first <= f.done_on <= last)
        ),
        consents=tuple(
            ConsentLine(ConsentKind(c.kind), Signer(c.signer), c.signed_on, c.withdrawn_on)
            for c in paperwork_repository.consents_of(session, client_id)
        ),
        agreements=tuple(
            AgreementLine(a.number, a.start_date, a.end_date, effective_status(status, a.end_date, today))
            for a in reversed(paperwork_repository.agreements_of(session, client_id))
            if (status := AgreementStatus(a.status)) is not AgreementStatus.DRAFT
        ),
    )


class _StaffNames:
    """Staff names by id, each looked up once: a year of services names the same few workers thousands of times."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._names: dict[str, str] = {}

    def __call__(self, staff_id: str | None) -> str:
        if not staff_id:
            return ""
        if staff_id not in self._names:
            member = staff_repository.by_id(self._uow.session, staff_id)
            self._names[staff_id] = member.name if member else ""
        return self._names[staff_id]


def _record(client: Client, responsible_worker: str) -> ClientRecord:
    return ClientRecord(
        case_number=client.case_number,
        name=client.name,
        gender=Gender(client.gender),
        birth_date=client.birth_date,
        id_type=IdType(client.id_type),
        id_number=client.id_number,
        ethnicity=client.ethnicity,
        phone=client.phone,
        household_registration=client.household_registration,
        current_address=client.current_address,
        living_situation=client.living_situation,
        channel=Channel(client.channel),
        responsible_worker=responsible_worker,
        diagnosis=Diagnosis(client.diagnosis),
        diagnosing_hospital=client.diagnosing_hospital,
        onset_date=client.onset_date,
        in_health_management=client.in_health_management,
        illness_status=IllnessStatus(client.illness_status),
        risk_level=client.risk_level,
        medication_adherence=MedicationAdherence(client.medication_adherence),
        disability_level=client.disability_level,
        low_income=client.low_income,
        extreme_poverty=client.extreme_poverty,
        legal_capacity=LegalCapacity(client.legal_capacity),
    )


def _steps(uow: UnitOfWork, client_id: str, episodes: dict[str, tuple[int, str | None]]) -> tuple[StatusStep, ...]:
    steps = []
    for change in case_repository.status_changes(uow.session, client_id):
        if change.episode_id not in episodes:
            continue  # the steps of a deleted episode went with it
        number, outcome = episodes[change.episode_id]
        target = ClientStatus(change.to_status)
        steps.append(
            StatusStep(
                number,
                change.changed_on,
                ClientStatus(change.from_status) if change.from_status else None,
                target,
                change.reason,
                change.document,
                ClosingOutcome(outcome) if target is ClientStatus.CLOSED and outcome else None,
            )
        )
    return tuple(steps)


def _assessments(
    uow: UnitOfWork, client_id: str, names: _StaffNames, first: date, last: date
) -> tuple[AssessmentLine, ...]:
    lines = []
    for row in case_repository.assessments_of(uow.session, client_id):
        if not first <= row.assessed_on <= last:
            continue
        instrument = builtin_instruments().get(row.instrument)
        band = next((b for b in instrument.scoring.bands if b.code == row.band), None) if instrument else None
        lines.append(
            AssessmentLine(
                row.assessed_on,
                row.kind,
                instrument.name if instrument else row.instrument,
                # A rated scale's result is the rater's score, as the case file window shows it.
                row.rater_score if row.rater_score is not None else row.total,
                band.label if band else "",
                row.risk_level,
                names(row.assessor_staff_id),
            )
        )
    return tuple(lines)


def _plans(uow: UnitOfWork, episode_id: str, episode: int, names: _StaffNames) -> list[PlanLine]:
    return [
        PlanLine(
            plan.plan_version,
            episode,
            plan.status,
            plan.period_start,
            plan.period_end,
            plan.agreed_on,
            plan.review_due,
            tuple(
                GoalLine(
                    goal.term,
                    goal.goal,
                    goal.measure,
                    tuple(ServiceType(t) for t in goal.service_types.split(",") if t),
                    ServiceForm(goal.service_form),
                    goal.frequency,
                    goal.target_date,
                    names(goal.responsible_staff_id),
                )
                for goal in case_repository.goals(uow.session, plan.id)
            ),
        )
        for plan in case_repository.plans(uow.session, episode_id)
    ]


def _services(uow: UnitOfWork, client_id: str, names: _StaffNames, first: date, last: date) -> tuple[ServiceLine, ...]:
    """Every service in the period as this client took part in it; the other attendees are never read."""
    rows = service_repository.of_client_between(uow.session, client_id, first, last)
    staff: dict[str, list[str]] = {record.id: [] for record, _ in rows}
    for link in service_repository.staff_of(uow.session, list(staff)):
        staff[link.service_id].append(names(link.staff_id))
    return tuple(
        ServiceLine(
            record.service_date,
            record.start_time,
            record.end_time,
            ServiceForm(record.form),
            tuple(ServiceType(t) for t in record.service_types.split(",") if t),
            record.is_group,
            tuple(sorted(staff[record.id])),
            attendee.attended,
            attendee.note,
        )
        for record, attendee in rows
    )
