"""The demo station's case histories and services: every state and closing outcome, services only where the
consent-and-agreement rule and the lifecycle allowed them, the heavy case, the change log of the bulk inserts, and
the `demo --services-per-client` command."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from rehabdesk.demo.cases import HEAVY_CASE_SERVICES
from rehabdesk.demo.station import DemoStationResult, create_demo_station
from rehabdesk.domain.lifecycle import ClosingOutcome, check_service
from rehabdesk.domain.people import ClientStatus
from rehabdesk.services import paperwork_due, service_records, today
from rehabdesk.services.consents import eligibility_in
from rehabdesk.services.context import StationContext
from rehabdesk.storage.paths import StationPaths
from rehabdesk.storage.repositories import cases as case_repository
from tests.conftest import TEST_POLICY
from tests.people_support import TODAY
from tests.support import query

CLIENTS = 40
SERVICES_PER_CLIENT = 60  # 2 400 records: the heavy case's 2 000 and 400 more


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoStationResult, StationPaths]]:
    paths = StationPaths(tmp_path_factory.mktemp("demo_cases") / "station")
    result = create_demo_station(
        paths,
        seed=5,
        clients_count=CLIENTS,
        staff_count=5,
        policy=TEST_POLICY,
        today=TODAY,
        training_years=0,
        services_per_client=SERVICES_PER_CLIENT,
    )
    yield result, paths
    result.ctx.close()


def _sql(demo: tuple[DemoStationResult, StationPaths], sql: str) -> list[tuple]:
    result, paths = demo
    return query(paths, result.ctx.store.master, sql)


def test_every_state_and_closing_outcome(demo) -> None:
    statuses = Counter(status for (status,) in _sql(demo, "SELECT status FROM client"))
    assert set(statuses) == set(ClientStatus)
    assert statuses[ClientStatus.ACTIVE] == max(statuses.values())
    outcomes = {o for (o,) in _sql(demo, "SELECT closing_outcome FROM episode WHERE closing_outcome IS NOT NULL")}
    assert outcomes == set(ClosingOutcome)
    episodes = _sql(demo, "SELECT e.status, c.status FROM episode e JOIN client c ON c.id = e.client_id")
    newest = _sql(
        demo,
        "SELECT e.status, c.status FROM episode e JOIN client c ON c.id = e.client_id "
        "WHERE e.number = (SELECT max(number) FROM episode WHERE client_id = e.client_id)",
    )
    assert len(episodes) == CLIENTS + 1  # one client applied again after withdrawing: a second episode
    assert all(episode == client for episode, client in newest)
    kinds = {(d, k) for d, k in _sql(demo, "SELECT direction, kind FROM referral")}
    assert {("in", "community_service"), ("out", "hospital_green_channel"), ("out", "transfer")} <= kinds


def test_transitions_follow_the_lifecycle_and_dates_run_forward(demo) -> None:
    from rehabdesk.domain.lifecycle import TRANSITIONS

    steps = defaultdict(list)
    for episode, before, after, on in _sql(
        demo, "SELECT episode_id, from_status, to_status, changed_on FROM status_change ORDER BY changed_on, rowid"
    ):
        steps[episode].append((before, after, on))
    for path in steps.values():
        assert path[0][0] is None and path[0][1] == "applied"
        for (_, previous, _), (before, after, _) in itertools.pairwise(path):
            assert before == previous and ClientStatus(after) in TRANSITIONS[ClientStatus(before)]
        assert all(on <= TODAY.isoformat() for *_, on in path)
    applications = _sql(demo, "SELECT min(application_date) FROM episode")[0][0]
    assert applications < date(TODAY.year - 6, 1, 1).isoformat()  # histories reach back years


def test_services_only_for_clients_allowed_that_day(demo) -> None:
    """Every attendee who came was active (or, for a home visit or call, suspended) and held consent and an
    agreement on the day: the rule service_records.record_service applies, asked here for each record."""
    result, _paths = demo
    ctx: StationContext = result.ctx
    rows = _sql(
        demo,
        "SELECT r.service_date, r.form, r.is_group, a.client_id FROM service_record r "
        "JOIN service_attendee a ON a.service_id = r.id WHERE a.attended",
    )
    assert {is_group for _, _, is_group, _ in rows} == {0, 1}
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        paths: dict[str, tuple] = {}
        for client_id in {client_id for *_, client_id in rows}:
            episodes = case_repository.episodes_of(uow.session, client_id)
            changes = case_repository.status_changes(uow.session, client_id)
            paths[client_id] = (episodes, changes)
        checked = 0
        for day_text, form, _group, client_id in rows:
            day = date.fromisoformat(day_text)
            episodes, changes = paths[client_id]
            episode = max((e for e in episodes if e.application_date <= day), key=lambda e: e.number)
            status = [c.to_status for c in changes if c.episode_id == episode.id and c.changed_on <= day][-1]
            reasons = eligibility_in(uow, client_id, day, since=episode.application_date).reasons
            verdict = check_service(ClientStatus(status), form, reasons)
            assert verdict.allowed, (day, form, status, verdict.reasons)
            checked += 1
    assert checked > 2 * CLIENTS * SERVICES_PER_CLIENT


def test_group_sessions_hold_five_to_fifteen(demo) -> None:
    sizes = _sql(
        demo,
        "SELECT r.is_group, count(*) FROM service_record r JOIN service_attendee a ON a.service_id = r.id "
        "GROUP BY r.id",
    )
    assert {size for group, size in sizes if not group} == {1}
    assert all(5 <= size <= 15 for group, size in sizes if group)
    assert len(sizes) == CLIENTS * SERVICES_PER_CLIENT


def test_the_heavy_case_has_its_records(demo) -> None:
    result, _paths = demo
    assert result.heavy_case_number is not None
    (client_id,) = _sql(demo, f"SELECT id FROM client WHERE case_number = '{result.heavy_case_number}'")[0]
    services = service_records.client_services(result.ctx, client_id, limit=None)
    assert len(services) == HEAVY_CASE_SERVICES
    assert {s.group for s in services} == {True, False}
    assert result.service_records == CLIENTS * SERVICES_PER_CLIENT


def test_every_inserted_row_is_in_the_change_log(demo) -> None:
    """Bulk inserts (services) and ORM inserts (case files) leave the same trace a save does."""
    for table in ("service_record", "service_attendee", "service_staff", "assessment", "rehab_plan", "plan_goal"):
        missing = _sql(
            demo,
            f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM change_log l "
            f"WHERE l.entity_id = t.id AND l.entity_type = '{table}' AND l.operation = 'insert' AND l.row_version = 1)",
        )
        assert missing == [(0,)], table
    seqs = [seq for (seq,) in _sql(demo, "SELECT seq FROM change_log ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    updated = _sql(demo, "SELECT count(*) FROM change_log WHERE entity_type = 'episode' AND operation = 'update'")
    assert updated[0][0] >= CLIENTS  # the imported episodes, moved back to their application dates


def test_each_episode_keeps_its_last_review_date(demo) -> None:
    """The demo writes the episode's last review date as record_assessment keeps it: its newest intake or stage
    assessment, or none."""
    differing = _sql(
        demo,
        "SELECT count(*) FROM episode e WHERE e.last_reviewed_on IS NOT (SELECT max(a.assessed_on) FROM assessment a"
        " WHERE a.episode_id = e.id AND a.kind IN ('intake', 'stage') AND a.deleted_at IS NULL)",
    )
    assert differing == [(0,)]
    assert _sql(demo, "SELECT count(*) FROM episode WHERE last_reviewed_on IS NOT NULL")[0][0] > CLIENTS // 2


def test_the_station_has_work_due_today(demo) -> None:
    result, _paths = demo
    due = {group.kind for group in today.due_overview(result.ctx, today=TODAY, scope=today.DueScope.STATION).groups}
    assert {"stage_review", "plan_review", "waitlist_reconfirmation", "follow_up"} <= due
    served_this_month = _sql(
        demo,
        "SELECT count(DISTINCT a.client_id) FROM service_record r JOIN service_attendee a ON a.service_id = r.id "
        f"WHERE r.service_date >= '{TODAY.replace(day=1).isoformat()}'",
    )
    assert served_this_month[0][0] > 0
    papers = {item.kind for item in paperwork_due.paperwork_due(result.ctx, today=TODAY)}
    assert "agreement_expiring" in papers


def _demo_command(folder: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "rehabdesk", "--lang", "en", "demo", "--data-dir", str(folder), *options],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


@pytest.mark.slow
def test_demo_command_takes_services_per_client(tmp_path: Path) -> None:
    options = ("--clients", "20", "--staff", "3", "--training-years", "0")
    result = _demo_command(tmp_path / "station", *options, "--services-per-client", "110")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if f"{HEAVY_CASE_SERVICES} service records" in line]
    assert len(lines) == 1 and "DEMO01-" in lines[0], result.stdout
    refused = _demo_command(tmp_path / "other", *options, "--services-per-client", "-1")
    assert refused.returncode == 2 and "--services-per-client" in refused.stderr
