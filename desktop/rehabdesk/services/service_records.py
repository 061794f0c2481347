"""Daily services (服务记录): quick recording at the shared PC, individual or group (one record, many attendees),
each attendee checked against the lifecycle and the consent-and-agreement rule on the service's date; edits keep
the record as it was before; deletes are soft. Day-programme attendance is one group record with one save."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time

from rehabdesk.domain import clock
from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.eligibility import Reason, may_serve
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.lifecycle import check_service
from rehabdesk.domain.people import ClientStatus
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.service_kinds import ServiceForm
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput, ValidService, validate_service
from rehabdesk.domain.text import clean_text
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork import needs_legal_guardian, the_client
from rehabdesk.services.registry import service
from rehabdesk.storage.bulk import insert_new_rows
from rehabdesk.storage.repositories import service_records as repository
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.schema import ServiceAttendee, ServiceRecord, ServiceRevision, ServiceStaff
from rehabdesk.storage.schema.base import SyncRow, new_id, utc_now
from rehabdesk.storage.unit_of_work import UnitOfWork

_FIELDS = (
    "service_date",
    "start_time",
    "end_time",
    "form",
    "service_types",
    "is_group",
    "location",
    "content",
    "client_response",
    "risks_seen",
    "medication_check",
    "next_step",
    "plan_goal_id",
)


@dataclass(frozen=True)
class ServiceSummary:
    id: str
    service_date: date
    start_time: str
    end_time: str
    form: str
    service_types: tuple[str, ...]
    group: bool
    attendees: tuple[tuple[str, str, bool], ...]  # (client id, name, attended)
    staff: tuple[str, ...]  # names
    content: str
    recorded_at: datetime | None = None  # when it was entered: orders one day's events in the case timeline


@dataclass(frozen=True)
class Refusal:
    """A client the station may not serve on that day in that form, and every reason why."""

    client_id: str
    name: str
    case_number: str
    reasons: tuple[Reason, ...]


def _refusals(files: repository.AttendeeFiles, client_ids: list[str], day: date, form: str) -> list[Refusal]:
    """The clients of ``client_ids`` who may not be served: their current episode's status and the
    consent-and-agreement rule (as consents.eligibility_in asks it), from ``files``, read for all of them in a few
    queries of what the rule uses; four ORM look-ups per attendee made a 15-attendee group cost 17 ms."""
    refused = []
    for index, client_id in enumerate(client_ids):
        client = files.clients.get(client_id)
        if client is None:
            raise ValidationError("client_unknown", f"attendees.{index}")
        episode = files.episodes.get(client.id)
        if episode is None:
            raise DomainError("episode_missing")
        status, applied = episode
        documents = may_serve(
            files.consents.get(client.id, ()),
            files.agreements.get(client.id, ()),
            today=day,
            needs_legal_guardian=needs_legal_guardian(client, day),
            since=applied,
        ).reasons
        verdict = check_service(ClientStatus(status), form, documents)
        if not verdict.allowed:
            refused.append(Refusal(client.id, client.name, client.case_number, verdict.reasons))
    return refused


def _check_attendees(uow: UnitOfWork, valid: ValidService) -> None:
    """Everyone who came must be someone the station may serve on that day, in that form. All who may not are
    named at once (``refused``), so a group session is corrected in one go, not one name per save."""
    files = repository.attendee_files(uow.session, [attendee.client_id for attendee in valid.attendees])
    for index, attendee in enumerate(valid.attendees):
        if attendee.client_id not in files.clients:
            raise ValidationError("client_unknown", f"attendees.{index}")
    came = [attendee.client_id for attendee in valid.attendees if attendee.attended]
    refused = _refusals(files, came, valid.service_date, valid.form.value)
    if len(refused) == 1:
        [one] = refused
        raise DomainError(
            "service_refused", case_number=one.case_number, name=one.name, reasons=one.reasons, refused=refused
        )
    if refused:
        raise DomainError("services_refused", count=len(refused), refused=refused)
    if staff_repository.live_ids(uow.session, valid.staff_ids) != set(valid.staff_ids):
        raise ValidationError("staff_unknown", "staff_ids")


@service(Permission.RECORD_SERVICES, mutating=False)
def who_may_not_be_served(
    ctx: StationContext, client_ids: list[str], service_date: str | date, form: str, *, today: date | None = None
) -> list[Refusal]:
    """The check a save makes, asked while the form is filled in: each client is marked the moment they are added.
    An unreadable date or form asks nothing yet (the save names that field)."""
    try:
        day = parse_date(service_date, field="service_date", today=today or clock.today())
        form = ServiceForm(form).value
    except (ValidationError, ValueError):
        return []
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return _refusals(repository.attendee_files(uow.session, client_ids), client_ids, day, form)


def record_values(valid: ValidService) -> dict:
    """The service_record columns of a checked service (the demo's bulk path writes the same)."""
    return {
        "service_date": valid.service_date,
        "start_time": valid.start_time,
        "end_time": valid.end_time,
        "form": valid.form.value,
        "service_types": ",".join(t.value for t in valid.service_types),
        "is_group": valid.group,
        "location": valid.location,
        "content": valid.content,
        "client_response": valid.client_response,
        "risks_seen": valid.risks_seen,
        "medication_check": valid.medication_check,
        "next_step": valid.next_step,
        "plan_goal_id": valid.plan_goal_id,
    }


def _people_rows(service_id: str, valid: ValidService) -> list[tuple[type[SyncRow], list[dict]]]:
    """The attendee and staff rows of a service, for insert_new_rows."""
    return [
        (
            ServiceAttendee,
            [
                {"service_id": service_id, "client_id": a.client_id, "attended": a.attended, "note": a.note}
                for a in valid.attendees
            ],
        ),
        (ServiceStaff, [{"service_id": service_id, "staff_id": staff_id} for staff_id in valid.staff_ids]),
    ]


def _replace_people(uow: UnitOfWork, service_id: str, valid: ValidService) -> None:
    """Attendees and staff as the form now holds them: the rows of people still there are kept (changed where their
    attendance or note changed), people taken off are soft-deleted, and people put back get their own row back."""
    attendees = {row.client_id: row for row in repository.attendees(uow.session, [service_id], include_deleted=True)}
    wanted = {attendee.client_id: attendee for attendee in valid.attendees}
    for client_id, row in attendees.items():
        if client_id in wanted:
            row.attended, row.note = wanted[client_id].attended, wanted[client_id].note
            uow.restore(row)
        elif row.deleted_at is None:
            uow.soft_delete(row)
    staff = {row.staff_id: row for row in repository.staff_of(uow.session, [service_id], include_deleted=True)}
    for staff_id, row in staff.items():
        if staff_id in valid.staff_ids:
            uow.restore(row)
        elif row.deleted_at is None:
            uow.soft_delete(row)
    (_, attendee_rows), (_, staff_rows) = _people_rows(service_id, valid)
    insert_new_rows(
        uow.session,
        [
            (ServiceAttendee, [row for row in attendee_rows if row["client_id"] not in attendees]),
            (ServiceStaff, [row for row in staff_rows if row["staff_id"] not in staff]),
        ],
    )


def _snapshot(uow: UnitOfWork, record: ServiceRecord) -> str:
    """The record as it stands, people included, for the revision history."""
    values = {name: getattr(record, name) for name in _FIELDS}
    values["attendees"] = [[a.client_id, a.attended, a.note] for a in repository.attendees(uow.session, [record.id])]
    values["staff_ids"] = [s.staff_id for s in repository.staff_of(uow.session, [record.id])]
    return json.dumps(values, default=str, ensure_ascii=False, sort_keys=True)


def _record(uow: UnitOfWork, service_id: str) -> ServiceRecord:
    record = repository.record(uow.session, service_id)
    if record is None:
        raise DomainError("service_not_found")
    return record


@service(Permission.RECORD_SERVICES, mutating=True)
def record_service(ctx: StationContext, data: ServiceInput, *, today: date | None = None) -> str:
    valid = validate_service(data, today=today or clock.today())
    with ctx.store.unit_of_work(ctx.actor) as uow:
        _check_attendees(uow, valid)
        # New rows only, so they go in as a few plain inserts with their change-log rows: a 15-attendee group
        # through the ORM's unit of work cost three times as much (tests/bench group_session_save).
        record_id = new_id()
        record = {"id": record_id, **record_values(valid), "recorded_by": ctx.actor.account_id}
        insert_new_rows(uow.session, [(ServiceRecord, [record]), *_people_rows(record_id, valid)])
        uow.audit(
            "create",
            entity_type="service_record",
            entity_id=record_id,
            detail={"attendees": len(valid.attendees), "form": valid.form.value},
        )
        uow.commit()
        return record_id


@service(Permission.RECORD_SERVICES, mutating=True)
def update_service(ctx: StationContext, service_id: str, data: ServiceInput, *, today: date | None = None) -> None:
    """The record as it was goes into its history first: who changed it, when, and what it said before."""
    valid = validate_service(data, today=today or clock.today())
    with ctx.store.unit_of_work(ctx.actor) as uow:
        record = _record(uow, service_id)
        _check_attendees(uow, valid)
        uow.session.add(
            ServiceRevision(
                service_id=record.id,
                revised_at=utc_now(),
                account_id=ctx.actor.account_id,
                before_json=_snapshot(uow, record),
            )
        )
        for name, value in record_values(valid).items():
            setattr(record, name, value)
        _replace_people(uow, record.id, valid)
        uow.audit("update", entity_type="service_record", entity_id=record.id)
        uow.commit()


@service(Permission.RECORD_SERVICES, mutating=True)
def delete_service(ctx: StationContext, service_id: str, reason: str) -> None:
    """Soft: the record leaves every list and count but stays in the database, with its history and the reason."""
    reason = clean_text(reason, "reason", 500, required=True)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        record = _record(uow, service_id)
        uow.session.add(
            ServiceRevision(
                service_id=record.id,
                revised_at=utc_now(),
                account_id=ctx.actor.account_id,
                before_json=_snapshot(uow, record),
            )
        )
        uow.soft_delete(record)
        uow.audit("delete", entity_type="service_record", entity_id=record.id, detail={"reason": reason[:200]})
        uow.commit()


def _grouped(rows: list[tuple]) -> dict[str, list]:
    """Rows of (service id, …) by service id, each without the id (one remaining column as the bare value)."""
    grouped: dict[str, list] = {}
    for service_id, *rest in rows:
        grouped.setdefault(service_id, []).append(rest[0] if len(rest) == 1 else tuple(rest))
    return grouped


def _hours_minutes(at: time) -> str:
    """``HH:MM`` without strftime, which imports a module on every call (through PySide6's import hook in the
    app): two calls a service, several milliseconds for a day of a thousand."""
    return f"{at.hour:02d}:{at.minute:02d}"


def _summaries(records: list, people: dict[str, list], workers: dict[str, list]) -> list[ServiceSummary]:
    """``records``: service records or rows of repository.SUMMARY_COLUMNS; ``people`` the attendees to show and
    ``workers`` the staff names, by service id."""
    return [
        ServiceSummary(
            r.id,
            r.service_date,
            _hours_minutes(r.start_time),
            _hours_minutes(r.end_time),
            r.form,
            tuple(filter(None, r.service_types.split(","))),
            r.is_group,
            tuple(people.get(r.id, ())),
            tuple(workers.get(r.id, ())),
            r.content,
            r.created_at,
        )
        for r in records
    ]


@dataclass(frozen=True)
class DayServices:
    total: int  # the day's live services
    first: list[ServiceSummary]  # the first of them, by start time


@service(Permission.VIEW_RECORDS, mutating=False)
def services_on(ctx: StationContext, day: date, *, offset: int = 0, limit: int | None = None) -> list[ServiceSummary]:
    """The day's services by start time (with ``limit``: that many from ``offset`` on), for the Today page's list
    under the quick-entry form."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return _services_on(uow, day, offset, limit)


@service(Permission.VIEW_RECORDS, mutating=False)
def day_services(ctx: StationContext, day: date, *, first: int) -> DayServices:
    """How many services the day holds and the ``first`` of them: a large station records a thousand a day, and
    the list shows a screenful, the rest as it scrolls (services_on)."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return DayServices(repository.count_on(uow.session, day), _services_on(uow, day, 0, first))


def _services_on(uow: UnitOfWork, day: date, offset: int, limit: int | None) -> list[ServiceSummary]:
    session = uow.session
    records = repository.on_day(session, day, offset=offset, limit=limit)
    if limit is None:  # the whole day: its attendees and staff found through the date, not a list of ids
        return _summaries(
            records,
            _grouped(repository.attendee_names_on(session, day)),
            _grouped(repository.staff_names_on(session, day)),
        )
    ids = [record.id for record in records]
    return _summaries(
        records, _grouped(repository.attendee_names(session, ids)), _grouped(repository.staff_names(session, ids))
    )


@service(Permission.VIEW_RECORDS, mutating=False)
def client_services(ctx: StationContext, client_id: str, *, limit: int | None = 200) -> list[ServiceSummary]:
    """The client's services, newest first, each with this client as its only attendee shown: a case file does
    not name the others of a group session (and reading their names cost the case file its opening time)."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        client = the_client(uow, client_id)
        rows = repository.of_client(uow.session, client_id, limit)
        people = {row.id: [(client.id, client.name, row.attended)] for row in rows}
        workers = _grouped(repository.staff_names(uow.session, [row.id for row in rows]))
        return _summaries(rows, people, workers)


@dataclass(frozen=True)
class Revision:
    revised_at: object
    account_id: str | None
    before: dict


@service(Permission.VIEW_RECORDS, mutating=False)
def service_history(ctx: StationContext, service_id: str) -> list[Revision]:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return [
            Revision(r.revised_at, r.account_id, json.loads(r.before_json))
            for r in repository.revisions(uow.session, service_id)
        ]


@dataclass(frozen=True)
class ServiceDetail:
    """A saved record as the entry form holds it, to change it."""

    id: str
    data: ServiceInput
    names: dict[str, str]  # client id → name, for the attendee list


@service(Permission.VIEW_RECORDS, mutating=False)
def service_detail(ctx: StationContext, service_id: str) -> ServiceDetail:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        record = _record(uow, service_id)
        people = repository.attendees(uow.session, [record.id])
        names = {client_id: name for _, client_id, name, _ in repository.attendee_names(uow.session, [record.id])}
        data = ServiceInput(
            service_date=record.service_date,
            start_time=record.start_time.strftime("%H:%M"),
            end_time=record.end_time.strftime("%H:%M"),
            form=record.form,
            service_types=tuple(filter(None, record.service_types.split(","))),
            staff_ids=tuple(s.staff_id for s in repository.staff_of(uow.session, [record.id])),
            attendees=tuple(AttendeeInput(a.client_id, a.attended, a.note) for a in people),
            group=record.is_group,
            location=record.location,
            content=record.content,
            client_response=record.client_response,
            risks_seen=record.risks_seen,
            medication_check=record.medication_check,
            next_step=record.next_step,
            plan_goal_id=record.plan_goal_id,
        )
        return ServiceDetail(record.id, data, names)
