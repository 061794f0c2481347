"""Day-programme attendance on a real station: the roster comes from active plans with day training; one save
makes one group record; saving again changes it and keeps its history."""

from __future__ import annotations

import pytest

from rehabdesk.domain.errors import ValidationError
from rehabdesk.services import clients, day_programme, service_records, staff
from rehabdesk.services.context import StationContext
from rehabdesk.services.day_programme import AttendanceInput
from tests.case_support import active_client
from tests.people_support import TODAY, client_input
from tests.support import raw_sql
from tests.training_support import worker


def _attendance(worker_id: str, attended: dict[str, bool]) -> AttendanceInput:
    return AttendanceInput(TODAY, attended, "9:00", "11:30", (worker_id,), ("life_skills",), "手工编织")


def test_the_roster_is_saved_as_one_group_record_and_saved_again_into_it(admin_ctx: StationContext) -> None:
    worker_id = worker(admin_ctx)
    first = active_client(admin_ctx, worker_id, "张三丰", serial=12)
    second = active_client(admin_ctx, worker_id, "李四光", serial=13)
    clients.register_client(admin_ctx, client_input("王五", serial=14), today=TODAY)  # not active: not listed
    roster = day_programme.day_roster(admin_ctx, TODAY)
    assert [(line.client_id, line.attended) for line in roster.lines] == [(first, False), (second, False)]
    assert roster.service_id is None

    service_id = day_programme.save_attendance(
        admin_ctx, _attendance(worker_id, {first: True, second: False}), None, today=TODAY
    )
    roster = day_programme.day_roster(admin_ctx, TODAY)
    assert roster.service_id == service_id and roster.content == "手工编织"
    assert [(line.client_id, line.attended) for line in roster.lines] == [(first, True), (second, False)]
    [summary] = service_records.services_on(admin_ctx, TODAY)
    assert summary.group and summary.form == "day_training"

    again = day_programme.save_attendance(
        admin_ctx, _attendance(worker_id, {first: True, second: True}), service_id, today=TODAY
    )
    assert again == service_id
    assert len(service_records.services_on(admin_ctx, TODAY)) == 1
    [revision] = service_records.service_history(admin_ctx, service_id)
    assert sorted(revision.before["attendees"]) == sorted([[first, True, ""], [second, False, ""]])
    detail = service_records.service_detail(admin_ctx, service_id)
    assert {a.client_id: a.attended for a in detail.data.attendees} == {first: True, second: True}
    assert detail.names[first] == "张三丰" and detail.data.staff_ids == (worker_id,)


def test_a_roster_with_nobody_ticked_is_refused_and_nothing_saved(admin_ctx: StationContext) -> None:
    worker_id = worker(admin_ctx)
    first = active_client(admin_ctx, worker_id, "张三丰", serial=12)
    second = active_client(admin_ctx, worker_id, "李四光", serial=13)
    with pytest.raises(ValidationError) as caught:
        day_programme.save_attendance(
            admin_ctx, _attendance(worker_id, {first: False, second: False}), None, today=TODAY
        )
    assert caught.value.code == "nobody_attended"
    assert service_records.services_on(admin_ctx, TODAY) == []


def test_the_signed_in_worker_is_found_for_given_by_me(admin_ctx: StationContext) -> None:
    assert staff.own_staff_id(admin_ctx) is None
    worker_id = worker(admin_ctx)
    raw_sql(admin_ctx.store.paths, admin_ctx.store.master, ("UPDATE account SET staff_id = ?", (worker_id,)))
    assert staff.own_staff_id(admin_ctx) == worker_id
