"""Checking a service record as typed: times, duration, attendees, individual against group."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput, parse_time, validate_service

TODAY = date(2026, 11, 23)
ONE = ServiceInput(
    service_date=TODAY,
    start_time="9:00",
    end_time="10:30",
    form="case_management",
    service_types=("life_skills",),
    staff_ids=("s1",),
    attendees=(AttendeeInput("c1"),),
)
GROUP = replace(ONE, form="group_work", group=True, attendees=(AttendeeInput("c1"), AttendeeInput("c2", False, "请假")))


@pytest.mark.parametrize(("typed", "expected"), [("9:00", time(9)), ("09:30", time(9, 30)), ("14：05", time(14, 5))])
def test_times_as_people_type_them(typed: str, expected: time) -> None:
    assert parse_time(typed, "start_time") == expected


@pytest.mark.parametrize("typed", ["", "25:00", "9:60", "nine", "930"])
def test_impossible_times(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_time(typed, "start_time")
    assert caught.value.code == "time_invalid"


def test_an_individual_and_a_group_session() -> None:
    assert validate_service(ONE, today=TODAY).minutes == 90
    group = validate_service(GROUP, today=TODAY)
    assert [a.attended for a in group.attendees] == [True, False]


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"end_time": "9:00"}, "service_end_not_after_start", "end_time"),
        ({"end_time": "17:01"}, "service_too_long", "end_time"),
        ({"service_date": "2026-11-24"}, "date_in_future", "service_date"),
        ({"service_types": ()}, "required", "service_types"),
        ({"staff_ids": ()}, "required", "staff_ids"),
        ({"form": "teleport"}, "choice_invalid", "form"),
        ({"attendees": ()}, "individual_needs_one", "attendees"),
        ({"attendees": (AttendeeInput("c1"), AttendeeInput("c2"))}, "individual_needs_one", "attendees"),
        ({"group": True}, "group_needs_two", "attendees"),
        ({"attendees": (AttendeeInput("c1", attended=False),)}, "nobody_attended", "attendees"),
        ({"content": "长" * 2001}, "too_long", "content"),
    ],
)
def test_bad_records_name_the_field(changes: dict, code: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_service(replace(ONE, **changes), today=TODAY)
    assert (caught.value.code, caught.value.field) == (code, field)


def test_the_same_client_twice_in_a_group_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_service(replace(GROUP, attendees=(AttendeeInput("c1"), AttendeeInput("c1"))), today=TODAY)
    assert caught.value.code == "attendee_twice"


def test_exactly_eight_hours_is_allowed() -> None:
    assert validate_service(replace(ONE, start_time="8:00", end_time="16:00"), today=TODAY).minutes == 480
