"""Day-programme attendance (日间训练考勤): the day's roster of active clients whose plan has day training, ticked
as they arrive and saved as one group record. Saving again the same day changes that record (its history kept)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rehabdesk.domain.roles import Permission
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
from rehabdesk.services import service_records
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import clients as client_repository
from rehabdesk.storage.repositories import day_programme as repository
from rehabdesk.storage.repositories import service_records as service_repository
from rehabdesk.storage.repositories.day_programme import DAY_TRAINING


@dataclass(frozen=True)
class RosterLine:
    client_id: str
    case_number: str
    name: str
    attended: bool  # as saved today; False before the first save


@dataclass(frozen=True)
class DayRoster:
    day: date
    lines: tuple[RosterLine, ...]
    service_id: str | None  # the day's saved record, if any
    start_time: str = "09:00"
    end_time: str = "11:30"
    content: str = ""


@service(Permission.VIEW_RECORDS, mutating=False)
def day_roster(ctx: StationContext, day: date) -> DayRoster:
    """Everyone with a day-training goal who is active, and anyone already in the day's record (a visitor from
    another plan stays listed, so saving again does not drop them)."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        record = repository.day_record(uow.session, day)
        if record is None:
            lines = [
                RosterLine(client_id, case_number, name, False)
                for client_id, case_number, name in repository.roster(uow.session)
            ]
            return DayRoster(day, tuple(lines), None)
        saved = {a.client_id: a.attended for a in service_repository.attendees(uow.session, [record.id])}
        lines = [
            RosterLine(client_id, case_number, name, saved.pop(client_id, False))
            for client_id, case_number, name in repository.roster(uow.session)
        ]
        for client_id, attended in saved.items():
            client = client_repository.by_id(uow.session, client_id)
            if client is not None:
                lines.append(RosterLine(client.id, client.case_number, client.name, attended))
        return DayRoster(
            day,
            tuple(lines),
            record.id,
            record.start_time.strftime("%H:%M"),
            record.end_time.strftime("%H:%M"),
            record.content,
        )


@dataclass(frozen=True)
class AttendanceInput:
    day: date
    attended: dict[str, bool]  # client id → came, for every line of the roster
    start_time: str
    end_time: str
    staff_ids: tuple[str, ...]
    service_types: tuple[str, ...]
    content: str = ""


def save_attendance(
    ctx: StationContext, data: AttendanceInput, service_id: str | None, *, today: date | None = None
) -> str:
    """One save: the day's record is created, or changed when it exists (through the recording services, which
    check each client who came and keep the history)."""
    record = ServiceInput(
        data.day,
        data.start_time,
        data.end_time,
        DAY_TRAINING,
        data.service_types,
        data.staff_ids,
        tuple(AttendeeInput(client_id, came) for client_id, came in data.attended.items()),
        group=len(data.attended) > 1,
        content=data.content,
    )
    if service_id is None:
        return service_records.record_service(ctx, record, today=today)
    service_records.update_service(ctx, service_id, record, today=today)
    return service_id
