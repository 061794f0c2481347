"""A service record (服务记录) as typed at the shared PC, checked (DOMAIN.md §3): duration over 0 and at most 8
hours, at least one service type and one worker, one client for individual work and two or more for a group."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.people import parse_choice
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.domain.text import clean_line, clean_text

MAX_MINUTES = 8 * 60
MAX_NOTE = 200
MAX_TEXT = 2000
_TIME = re.compile(r"^(\d{1,2})[:：.](\d{2})$")


@dataclass(frozen=True)
class AttendeeInput:
    client_id: str
    attended: bool = True
    note: str = ""


@dataclass(frozen=True)
class ServiceInput:
    service_date: str | date
    start_time: str
    end_time: str
    form: str
    service_types: tuple[str, ...]
    staff_ids: tuple[str, ...]
    attendees: tuple[AttendeeInput, ...]
    group: bool = False
    location: str = ""
    content: str = ""
    client_response: str = ""
    risks_seen: str = ""
    medication_check: str = ""
    next_step: str = ""
    plan_goal_id: str | None = None


@dataclass(frozen=True)
class ValidService:
    service_date: date
    start_time: time
    end_time: time
    form: ServiceForm
    service_types: tuple[ServiceType, ...]
    staff_ids: tuple[str, ...]
    attendees: tuple[AttendeeInput, ...]
    group: bool
    location: str
    content: str
    client_response: str
    risks_seen: str
    medication_check: str
    next_step: str
    plan_goal_id: str | None

    @property
    def minutes(self) -> int:
        return minutes_between(self.start_time, self.end_time)


def parse_time(text: str, field: str) -> time:
    """'9:30', '09:30', '9：30' (full-width colon) or '9.30'."""
    match = _TIME.match(text.strip())
    if match is None:
        raise ValidationError("time_invalid", field)
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValidationError("time_invalid", field)
    return time(hour, minute)


def minutes_between(start: time, end: time) -> int:
    return (datetime.combine(date.min, end) - datetime.combine(date.min, start)).seconds // 60 if end > start else 0


def _text(value: str, field: str, maximum: int) -> str:
    return clean_text(value, field, maximum)


def validate_service(data: ServiceInput, *, today: date) -> ValidService:
    service_date = parse_date(data.service_date, field="service_date", today=today, not_future=True)
    start = parse_time(data.start_time, "start_time")
    end = parse_time(data.end_time, "end_time")
    minutes = minutes_between(start, end)
    if minutes <= 0:
        raise ValidationError("service_end_not_after_start", "end_time")
    if minutes > MAX_MINUTES:
        raise ValidationError("service_too_long", "end_time", hours=MAX_MINUTES // 60)
    form = parse_choice(ServiceForm, data.form, "form")
    types = tuple(dict.fromkeys(parse_choice(ServiceType, value, "service_types") for value in data.service_types))
    if not types:
        raise ValidationError("required", "service_types")
    staff_ids = tuple(dict.fromkeys(data.staff_ids))
    if not staff_ids:
        raise ValidationError("required", "staff_ids")
    clients = [attendee.client_id for attendee in data.attendees]
    if len(set(clients)) != len(clients):
        raise ValidationError("attendee_twice", "attendees")
    if data.group and len(clients) < 2:
        raise ValidationError("group_needs_two", "attendees")
    if not data.group and len(clients) != 1:
        raise ValidationError("individual_needs_one", "attendees")
    if not any(attendee.attended for attendee in data.attendees):
        raise ValidationError("nobody_attended", "attendees")
    attendees = tuple(
        AttendeeInput(a.client_id, a.attended, _text(a.note, f"attendees.{i}.note", MAX_NOTE))
        for i, a in enumerate(data.attendees)
    )
    return ValidService(
        service_date=service_date,
        start_time=start,
        end_time=end,
        form=form,
        service_types=types,
        staff_ids=staff_ids,
        attendees=attendees,
        group=data.group,
        location=clean_line(data.location, "location", 100),
        content=_text(data.content, "content", MAX_TEXT),
        client_response=_text(data.client_response, "client_response", MAX_TEXT),
        risks_seen=_text(data.risks_seen, "risks_seen", 300),
        medication_check=clean_line(data.medication_check, "medication_check", 100),
        next_step=_text(data.next_step, "next_step", 300),
        plan_goal_id=data.plan_goal_id,
    )
