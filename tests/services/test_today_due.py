"""The Today page's due lists counted and cut in SQL, on a hand-built station: per kind, the count and the overdue
count equal the full list's, the first rows are the full list's head (overdue first, then by date, month ends
clamped as the domain rule does), "only my clients" narrows inside the query, and the default scope follows who
is signed in."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import Date, literal, select

from rehabdesk.domain.case_due import stage_review_date
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Role
from rehabdesk.services import clients, today
from rehabdesk.services.case_due import case_due_queries
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork_due import paperwork_due_queries
from rehabdesk.services.settings import read_settings
from rehabdesk.services.today import FIRST_ROWS, DueScope, due_of_kind, due_overview
from rehabdesk.storage.repositories import due_lists
from rehabdesk.storage.repositories.due_lists import add_months, first_rows_statement
from tests.case_support import active_client
from tests.conftest import STAFF_PASSWORD
from tests.people_support import TODAY, client_input
from tests.support import login_as, raw_sql, station_query
from tests.training_support import worker

# Last reviews around month ends and the two-week horizon (TODAY is 2026-11-23; reviews every 6 months).
REVIEWED = [
    date(2026, 5, 31),  # due 2026-11-30: not overdue
    date(2026, 5, 22),  # due 2026-11-22: overdue by a day
    date(2026, 5, 23),  # due today: not overdue
    date(2026, 6, 7),  # due 2026-12-07: the horizon's last day
    date(2026, 6, 8),  # due 2026-12-08: beyond the horizon, not listed
    date(2025, 8, 31),  # due 2026-02-28 (clamped): long overdue
    date(2025, 8, 29),  # due 2026-02-28 too
    None,  # never reviewed: due today
]


def _sql(ctx: StationContext, *statements: tuple[str, tuple]) -> None:
    raw_sql(ctx.store.paths, ctx.store.master, *statements)


@pytest.fixture
def station(admin_ctx: StationContext) -> dict[str, object]:
    mine, other = worker(admin_ctx), worker(admin_ctx, "S002", "王芳")
    planned = [
        active_client(admin_ctx, mine, "张三丰", serial=12),
        active_client(admin_ctx, other, "李四光", serial=13),
    ]
    reviewed: dict[str, date | None] = {}
    for index, last in enumerate(REVIEWED):
        person = client_input(f"复核{index}", serial=20 + index)
        client_id = clients.register_client(admin_ctx, person, today=TODAY).client_id
        reviewed[client_id] = last
        _sql(
            admin_ctx,
            (
                "UPDATE client SET status = 'active', responsible_worker_id = ? WHERE id = ?",
                (
                    (mine, other)[index % 2],
                    client_id,
                ),
            ),
            (
                "UPDATE episode SET status = 'active', last_reviewed_on = ? WHERE client_id = ?",
                (last.isoformat() if last else None, client_id),
            ),
        )
    waiting = []
    for index, since in enumerate((date(2026, 8, 1), date(2026, 9, 1), date(2026, 8, 20), date(2026, 9, 10))):
        person = client_input(f"候补{index}", serial=40 + index)
        client_id = clients.register_client(admin_ctx, person, today=TODAY).client_id
        waiting.append(client_id)
        _sql(
            admin_ctx,
            ("UPDATE client SET status = 'waitlisted', responsible_worker_id = ? WHERE id = ?", (mine, client_id)),
            (
                "UPDATE episode SET status = 'waitlisted', status_since = ? WHERE client_id = ?",
                (since.isoformat(), client_id),
            ),
        )
    _sql(
        admin_ctx,
        ("UPDATE rehab_plan SET review_due = ? WHERE client_id = ?", ("2026-11-20", planned[0])),
        ("UPDATE rehab_plan SET review_due = ? WHERE client_id = ?", ("2026-12-01", planned[1])),
    )
    return {"mine": mine, "other": other, "planned": planned, "reviewed": reviewed, "waiting": waiting}


def _link(ctx: StationContext, staff_id: str) -> None:
    _sql(ctx, ("UPDATE account SET staff_id = ? WHERE login = ?", (staff_id, ctx.actor.login)))


def test_counts_and_first_rows_are_the_full_lists_per_kind_and_scope(admin_ctx, station) -> None:
    _link(admin_ctx, station["mine"])
    for scope in (DueScope.STATION, DueScope.MINE):
        for first in (1, 3, 50):
            overview = due_overview(admin_ctx, today=TODAY, scope=scope, first=first)
            assert overview.scope is scope and overview.own_staff_id == station["mine"]
            assert overview.groups, scope
            for group in overview.groups:
                full = due_of_kind(admin_ctx, group.kind, today=TODAY, scope=scope)
                assert group.count == len(full) > 0
                assert group.overdue == sum(item.overdue for item in full)
                assert group.first == full[:first]
                if scope is DueScope.MINE:
                    assert {item.worker_id for item in full if item.client_id} <= {station["mine"]}


def test_stage_reviews_follow_the_domain_rule_overdue_first_then_by_date(admin_ctx, station) -> None:
    full = due_of_kind(admin_ctx, "stage_review", today=TODAY)
    horizon = TODAY + timedelta(days=14)
    expected = []
    for client_id, last in station["reviewed"].items():
        due = stage_review_date(last, 6) if last else TODAY
        if due <= horizon:
            expected.append((due, client_id))
    # The two active clients of the fixture were assessed TODAY: due in six months, not listed.
    assert [(item.due_on, item.client_id) for item in full] == sorted(
        expected, key=lambda pair: (pair[0], next(i.case_number for i in full if i.client_id == pair[1]))
    )
    assert [item.overdue for item in full] == [due < TODAY for due, _ in sorted(expected, key=lambda p: p[0])]
    assert sum(item.overdue for item in full) == 3  # 2026-02-28 twice and 2026-11-22
    mine = due_of_kind(admin_ctx, "stage_review", today=TODAY, scope=DueScope.STATION)
    assert mine == full


def test_the_other_kinds_list_what_is_due_and_nothing_else(admin_ctx, station) -> None:
    plans = due_of_kind(admin_ctx, "plan_review", today=TODAY)
    assert [(p.client_id, p.due_on, p.overdue) for p in plans] == [
        (station["planned"][0], date(2026, 11, 20), True),
        (station["planned"][1], date(2026, 12, 1), False),
    ]
    waiting = due_of_kind(admin_ctx, "waitlist_reconfirmation", today=TODAY)
    # 90 days after joining the list, in date order; joined on 2026-09-10 it would fall beyond the horizon.
    assert [(w.client_id, w.due_on, w.overdue) for w in waiting] == [
        (station["waiting"][0], date(2026, 10, 30), True),
        (station["waiting"][2], date(2026, 11, 18), True),
        (station["waiting"][1], date(2026, 11, 30), False),
    ]
    assert station["waiting"][3] not in {w.client_id for w in waiting}
    unserved = due_of_kind(admin_ctx, "no_service_this_month", today=TODAY)
    active = set(station["reviewed"]) | set(station["planned"])
    assert {u.client_id for u in unserved} == active and all(u.due_on is None and not u.overdue for u in unserved)
    assert [u.case_number for u in unserved] == sorted(u.case_number for u in unserved)


def test_the_default_scope_follows_who_is_signed_in(admin_ctx, station) -> None:
    overview = due_overview(admin_ctx, today=TODAY)  # an admin linked to no worker: the whole station
    assert overview.scope is DueScope.STATION and overview.own_staff_id is None
    with pytest.raises(DomainError):
        due_overview(admin_ctx, today=TODAY, scope=DueScope.MINE)
    idle = worker(admin_ctx, "S003", "赵六")  # an admin who is a worker with no clients still sees the station
    _link(admin_ctx, idle)
    assert due_overview(admin_ctx, today=TODAY).scope is DueScope.STATION
    _link(admin_ctx, station["mine"])  # one who serves clients sees them
    assert due_overview(admin_ctx, today=TODAY).scope is DueScope.MINE

    staff_ctx = login_as(admin_ctx, "wangfang", {Role.STAFF}, STAFF_PASSWORD)
    _link(staff_ctx, idle)
    try:
        overview = due_overview(staff_ctx, today=TODAY)  # staff see their own clients, even none
        assert overview.scope is DueScope.MINE
        assert all(
            group.kind in ("training_short", "drill_due", "action_due", "emergency_plan_review")
            for group in overview.groups
        )
    finally:
        staff_ctx.close()


def test_sql_month_arithmetic_is_the_domain_rule(admin_ctx) -> None:
    days = [date(2024, 1, 1) + timedelta(days=offset) for offset in range(0, 3 * 366)]
    days += random.Random(7).sample([date(1999, 1, 1) + timedelta(days=n) for n in range(20000)], 200)
    with admin_ctx.store.unit_of_work(admin_ctx.actor, read_only=True) as uow:
        for months in (1, 6, 12, 120):
            found = [uow.session.execute(select(add_months(literal(day, Date), months))).scalar_one() for day in days]
            assert found == [stage_review_date(day, months) for day in days], months


# Each kind's own tables; the renewal probe of agreements ending, and the month's attendances of "no service this
# month", read a few rows each and are not held to it.
_READ_FROM_INDEXES = {"client", "episode", "rehab_plan", "follow_up", "agreement", "consent_form", "document_scan"}


def test_each_kind_is_counted_from_indexes_alone(admin_ctx, station) -> None:
    """The whole station's due lists count thousands of items per kind on every Today page of an admin: each row
    must come from an index that holds every column the kind reads (migration 0012), never from the wide table
    rows. (A worker's own clients are a few hundred, found through the responsible-worker index.)"""
    settings = read_settings(admin_ctx)
    queries = {**case_due_queries(settings, TODAY), **paperwork_due_queries(settings, TODAY)}
    dialect = admin_ctx.store.engine.dialect
    for kind, query in queries.items():
        statement = first_rows_statement(query, TODAY, FIRST_ROWS)
        sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        plan = [row[-1] for row in station_query(admin_ctx, "EXPLAIN QUERY PLAN " + sql)]
        reads = [step for step in plan if step.startswith(("SEARCH ", "SCAN ")) and "subquery" not in step]
        assert reads, (kind, plan)
        for step in reads:
            table = step.split()[1]
            assert not step.startswith("SCAN "), (kind, step)
            if table in _READ_FROM_INDEXES:
                assert "COVERING INDEX" in step, (kind, step)


def test_stage_reviews_read_only_the_reviews_old_enough(admin_ctx) -> None:
    """Never reviewed and reviewed before the loose bound are each a range of the (status, last review) index: the
    whole station's active episodes are not read to find the few thousand due."""
    query = case_due_queries(read_settings(admin_ctx), TODAY)["stage_review"]
    dialect = admin_ctx.store.engine.dialect
    sql = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    plan = [row[-1] for row in station_query(admin_ctx, "EXPLAIN QUERY PLAN " + sql)]
    episode_reads = [step for step in plan if step.startswith("SEARCH episode ")]
    assert len(episode_reads) == 2, plan
    assert any("last_reviewed_on=?" in step for step in episode_reads), plan  # IS NULL
    assert any("last_reviewed_on<?" in step for step in episode_reads), plan


def test_the_statements_are_built_once_per_day_and_settings(admin_ctx, station, monkeypatch) -> None:
    """Building nine statements took a tenth of the overview at full scale: they are kept, and built anew for
    another day or other settings only."""
    built: list[object] = []
    real = first_rows_statement

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(due_lists, "first_rows_statement", counting)
    today._first_rows_statements.cache_clear()  # kept by other tests' overviews
    first = due_overview(admin_ctx, today=TODAY, scope=DueScope.STATION)
    count = len(built)
    assert due_overview(admin_ctx, today=TODAY, scope=DueScope.STATION) == first
    assert len(built) == count  # kept
    due_overview(admin_ctx, today=TODAY + timedelta(days=1), scope=DueScope.STATION)
    assert count == 9 and len(built) == 2 * count and set(built[count:]) == {TODAY + timedelta(days=1)}
