"""Builders for the training and safety tests."""

from __future__ import annotations

from datetime import date

from rehabdesk.services import staff
from rehabdesk.services.context import StationContext
from rehabdesk.services.safety import ActionInput, DrillInput
from rehabdesk.services.training import Attendee, TrainingInput
from tests.people_support import TODAY, staff_input


def worker(ctx: StationContext, number: str = "S001", name: str = "李霞", **changes) -> str:
    return staff.register_staff(ctx, staff_input(number, name, **changes), today=TODAY)


def course_input(*staff_ids: str, hours: str = "4", kind: str = "block", day: date = date(2026, 3, 10), **changes):
    values = {
        "title": "精神障碍社区康复服务规范培训",
        "kind": kind,
        "start_date": day,
        "end_date": day,
        "hours": hours,
        "attendees": tuple(Attendee(staff_id) for staff_id in staff_ids),
        "provider": "区民政局",
    }
    values.update(changes)
    return TrainingInput(**values)


def drill_input(*staff_ids: str, scenario: str = "fire", day: date = date(2026, 9, 1), **changes) -> DrillInput:
    values = {
        "drill_date": day,
        "scenario": scenario,
        "duration_minutes": 45,
        "staff_ids": staff_ids,
        "clients_involved": 12,
        "evaluation": "疏散有序。",
        "problems": "二楼应急灯不亮。",
        "actions": (ActionInput("更换二楼应急灯", date(2026, 10, 1), staff_ids[0] if staff_ids else None),),
    }
    values.update(changes)
    return DrillInput(**values)
