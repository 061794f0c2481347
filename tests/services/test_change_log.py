"""The change log (outbox) of DESIGN.md §5 and §10, checked against the database itself.

For every mutating service in the registry: every sync row the call inserted, changed or soft-deleted has exactly
one change-log row with the right operation and row version, no sync row disappears, and the station sequence goes
on with no gap. What changed is found by comparing every sync table before and after, not by asking the code."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
from rehabdesk.services import agreements, clients, service_records, staff, training
from rehabdesk.services.agreements import AgreementInput, FeeChoice
from rehabdesk.services.context import StationContext
from rehabdesk.storage.schema.base import SyncRow
from tests.conftest import ADMIN_PASSWORD
from tests.paperwork_support import agreement_input, sign_papers
from tests.people_support import TODAY, client_input, staff_input
from tests.services.test_registry import EXAMPLES, MUTATING, World, world  # noqa: F401 (world is a fixture)
from tests.support import raw_sql, station_query
from tests.training_support import course_input

SYNC_TABLES = sorted(model.__tablename__ for model in SyncRow.__subclasses__())  # type: ignore[attr-defined]

Snapshot = dict[tuple[str, str], tuple[int, str | None]]


def _snapshot(ctx: StationContext) -> Snapshot:
    rows: Snapshot = {}
    for table in SYNC_TABLES:
        for row_id, version, deleted_at in station_query(ctx, f"SELECT id, version, deleted_at FROM {table}"):
            rows[(table, row_id)] = (version, deleted_at)
    return rows


def _last_seq(ctx: StationContext) -> int:
    return station_query(ctx, "SELECT coalesce(max(seq), 0) FROM change_log")[0][0]


def _expected(before: Snapshot, after: Snapshot) -> dict[tuple[str, str], tuple[str, int]]:
    vanished = sorted(set(before) - set(after))
    assert not vanished, f"sync rows physically deleted: {vanished}"
    expected = {}
    for key, (version, deleted_at) in after.items():
        if key not in before:
            expected[key] = ("delete" if deleted_at else "insert", version)
        elif before[key] != (version, deleted_at):
            expected[key] = ("delete" if deleted_at else "update", version)
    return expected


def _logged_since(ctx: StationContext, seq: int) -> list[tuple]:
    return station_query(
        ctx,
        "SELECT seq, entity_type, entity_id, operation, row_version FROM change_log WHERE seq > ? ORDER BY seq",
        seq,
    )


def assert_logged_exactly(ctx: StationContext, before: Snapshot, seq: int) -> dict[tuple[str, str], tuple[str, int]]:
    expected = _expected(before, _snapshot(ctx))
    logged = _logged_since(ctx, seq)
    assert [row[0] for row in logged] == list(range(seq + 1, seq + 1 + len(logged))), "gap in the station sequence"
    keys = [(table, row_id) for _seq, table, row_id, _op, _version in logged]
    assert len(keys) == len(set(keys)), "a row logged twice in one transaction"
    assert {(table, row_id): (op, version) for _seq, table, row_id, op, version in logged} == expected
    return expected


@pytest.mark.parametrize("name", MUTATING)
def test_every_mutating_service_logs_each_row_it_changed_exactly_once(name: str, world: World) -> None:  # noqa: F811
    ctx = world.admin
    before, seq = _snapshot(ctx), _last_seq(ctx)
    EXAMPLES[name](ctx, replace(world, password=ADMIN_PASSWORD))
    assert_logged_exactly(ctx, before, seq)


def _served_client(ctx: StationContext, name: str, serial: int) -> str:
    client_id = clients.register_client(ctx, client_input(name, serial=serial), today=TODAY).client_id
    raw_sql(
        ctx.store.paths, ctx.store.master, ("UPDATE episode SET status = 'enrolled' WHERE client_id = ?", (client_id,))
    )
    sign_papers(ctx, client_id, TODAY)
    raw_sql(
        ctx.store.paths, ctx.store.master, ("UPDATE episode SET status = 'active' WHERE client_id = ?", (client_id,))
    )
    return client_id


def _group(staff_ids: tuple[str, ...], *client_ids: str) -> ServiceInput:
    return ServiceInput(
        TODAY,
        "9:00",
        "10:30",
        "group_work",
        ("social_skills",),
        staff_ids,
        tuple(AttendeeInput(client_id) for client_id in client_ids),
        group=True,
    )


def test_changing_a_services_attendees_logs_the_removed_ones_as_deletes(world: World) -> None:  # noqa: F811
    ctx = world.admin
    a, b, c, d = (_served_client(ctx, name, 70 + i) for i, name in enumerate(("甲一", "乙二", "丙三", "丁四")))
    second_staff = staff.register_staff(ctx, staff_input("S400", "孙梅"), today=TODAY)
    service_id = service_records.record_service(ctx, _group((world.staff_id,), a, b), today=TODAY)
    before, seq = _snapshot(ctx), _last_seq(ctx)

    service_records.update_service(ctx, service_id, _group((second_staff,), c, d), today=TODAY)

    expected = assert_logged_exactly(ctx, before, seq)
    deleted = sorted(table for (table, _id), (op, _v) in expected.items() if op == "delete")
    inserted = sorted(table for (table, _id), (op, _v) in expected.items() if op == "insert")
    assert deleted == ["service_attendee", "service_attendee", "service_staff"]
    assert inserted == ["service_attendee", "service_attendee", "service_staff"]
    shown = service_records.service_detail(ctx, service_id)
    assert sorted(attendee.client_id for attendee in shown.data.attendees) == sorted([c, d])

    # Put back: the removed client gets their own row back (an update), the unique key holds.
    before, seq = _snapshot(ctx), _last_seq(ctx)
    service_records.update_service(ctx, service_id, _group((world.staff_id,), a, c), today=TODAY)
    expected = assert_logged_exactly(ctx, before, seq)
    assert sorted((table, op) for (table, _id), (op, _v) in expected.items()) == [
        ("service_attendee", "delete"),  # 丁四 taken off
        ("service_attendee", "update"),  # 甲一 back on
        ("service_staff", "delete"),
        ("service_staff", "update"),
    ]


def test_fewer_fee_lines_on_an_agreement_logs_the_dropped_line_as_a_delete(world: World) -> None:  # noqa: F811
    ctx = world.admin
    fee = world.paperwork.fee_item_id
    two_lines: AgreementInput = agreement_input((FeeChoice(fee, 1), FeeChoice(fee, 2)))
    agreement_id = agreements.create_agreement(ctx, world.client_id, two_lines, today=TODAY)
    before, seq = _snapshot(ctx), _last_seq(ctx)

    agreements.update_agreement(ctx, agreement_id, agreement_input((FeeChoice(fee, 3),)), today=TODAY)

    expected = assert_logged_exactly(ctx, before, seq)
    lines = {op for (table, _id), (op, _v) in expected.items() if table == "agreement_fee_line"}
    assert lines == {"update", "delete"}


def test_taking_a_worker_off_a_course_logs_a_delete(world: World) -> None:  # noqa: F811
    ctx = world.admin
    second = staff.register_staff(ctx, staff_input("S500", "吴涛"), today=TODAY)
    course_id = training.record_training(ctx, course_input(world.staff_id, second), today=TODAY)
    before, seq = _snapshot(ctx), _last_seq(ctx)

    training.update_training(ctx, course_id, course_input(world.staff_id), today=TODAY)

    expected = assert_logged_exactly(ctx, before, seq)
    assert [(table, op) for (table, _id), (op, _v) in expected.items()] == [("training_attendance", "delete")]
    before, seq = _snapshot(ctx), _last_seq(ctx)
    training.update_training(ctx, course_id, course_input(world.staff_id, second), today=TODAY)
    expected = assert_logged_exactly(ctx, before, seq)
    assert ("training_attendance", "update") in {(table, op) for (table, _id), (op, _v) in expected.items()}
