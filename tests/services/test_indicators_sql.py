"""The 规范服务 count of the service against an independent formulation in plain SQL, on a demo station.

The SQL walks every registered day of the period (a recursive calendar), so it shares nothing with the service's
span-and-event-day reasoning: papers must hold on each of those days; the baseline, plan and stage review are
checked on the last registered day; a service month is one with at least 15 active days in the period (or all of
its days in the period when fewer)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from rehabdesk.demo.station import DemoStationResult, create_demo_station
from rehabdesk.domain.indicators import Period
from rehabdesk.services import indicators
from rehabdesk.storage.paths import StationPaths
from tests.conftest import TEST_POLICY
from tests.people_support import TODAY
from tests.support import station_query

STANDARDISED_SQL = """
WITH RECURSIVE
days(d) AS (SELECT :s UNION ALL SELECT date(d, '+1 day') FROM days WHERE d < :e),
changes AS (
    SELECT sc.client_id, sc.to_status AS status, sc.changed_on AS start, sc.episode_id, e.application_date AS since,
           coalesce(date(lead(sc.changed_on) OVER w, '-1 day'), :e) AS stop
    FROM status_change sc
    JOIN episode e ON e.id = sc.episode_id AND e.deleted_at IS NULL
    JOIN client c ON c.id = sc.client_id AND c.deleted_at IS NULL
    WHERE sc.changed_on <= :e AND sc.deleted_at IS NULL
    WINDOW w AS (PARTITION BY sc.client_id ORDER BY sc.changed_on, sc.created_at, sc.id)
),
reg_days AS MATERIALIZED (
    SELECT ch.client_id, days.d, ch.status, ch.episode_id, ch.since
    FROM changes ch JOIN days ON days.d BETWEEN ch.start AND ch.stop
    WHERE ch.status IN ('enrolled', 'active', 'suspended') AND ch.stop >= ch.start
),
guard AS (
    SELECT c.id AS client_id,
           (c.legal_capacity <> 'full'
            OR (CAST(strftime('%Y', :e) AS INTEGER) - CAST(strftime('%Y', c.birth_date) AS INTEGER)
                - (strftime('%m-%d', :e) < strftime('%m-%d', c.birth_date))) < 18) AS needs
    FROM client c
),
last_day AS MATERIALIZED (
    -- SQLite takes a bare column of an aggregate query from the row holding the max()
    SELECT r.client_id, max(r.d) AS d, r.episode_id FROM reg_days r GROUP BY r.client_id
),
bad_papers AS (
    SELECT DISTINCT r.client_id FROM reg_days r JOIN guard g ON g.client_id = r.client_id
    WHERE (SELECT count(DISTINCT k.kind) FROM consent k
           WHERE k.client_id = r.client_id AND k.kind IN ('service', 'sensitive_data') AND k.deleted_at IS NULL
             AND k.signed_on <= r.d AND k.signed_on >= r.since
             AND (k.status = 'signed' OR k.withdrawn_on > r.d)
             AND (NOT g.needs OR k.signer IN ('guardian', 'both'))) < 2
       OR NOT EXISTS (
           SELECT 1 FROM agreement a
           WHERE a.client_id = r.client_id AND a.deleted_at IS NULL AND a.status <> 'draft'
             AND a.signed_on IS NOT NULL AND a.signed_on <= r.d AND a.signed_on >= r.since
             AND a.start_date <= r.d AND r.d <= a.end_date AND (a.terminated_on IS NULL OR a.terminated_on > r.d)
             AND (NOT g.needs OR a.signer IN ('guardian', 'both')))
),
months AS (
    SELECT strftime('%Y-%m', d) AS m, count(*) AS n FROM days GROUP BY 1
),
active_months AS MATERIALIZED (
    SELECT r.client_id, strftime('%Y-%m', r.d) AS m, count(*) AS n FROM reg_days r WHERE r.status = 'active'
    GROUP BY 1, 2
),
served AS MATERIALIZED (
    SELECT DISTINCT sa.client_id, strftime('%Y-%m', sr.service_date) AS m
    FROM service_record sr JOIN service_attendee sa ON sa.service_id = sr.id
    WHERE sr.service_date BETWEEN :s AND :e AND sr.deleted_at IS NULL AND sa.attended = 1 AND sa.deleted_at IS NULL
),
bad_services AS (
    SELECT DISTINCT a.client_id FROM active_months a JOIN months ON months.m = a.m
    WHERE a.n >= min(15, months.n) AND NOT EXISTS (SELECT 1 FROM served s WHERE s.client_id = a.client_id AND s.m = a.m)
),
reviewed AS MATERIALIZED (
    SELECT l.client_id, l.d, max(a.assessed_on) AS last_review FROM last_day l
    LEFT JOIN assessment a ON a.episode_id = l.episode_id AND a.kind IN ('intake', 'stage')
         AND a.assessed_on <= l.d AND a.deleted_at IS NULL
    GROUP BY l.client_id, l.d
),
review_due AS (
    SELECT client_id, d, last_review,
           CASE WHEN strftime('%d', date(last_review, '+6 months')) <> strftime('%d', last_review)
                THEN date(last_review, 'start of month', '+7 months', '-1 day')
                ELSE date(last_review, '+6 months') END AS due
    FROM reviewed
)
SELECT
  (SELECT count(DISTINCT client_id) FROM reg_days),
  (SELECT count(*) FROM last_day l
   WHERE l.client_id NOT IN (SELECT client_id FROM bad_papers)
     AND l.client_id NOT IN (SELECT client_id FROM bad_services)
     AND EXISTS (SELECT 1 FROM assessment a WHERE a.episode_id = l.episode_id AND a.kind = 'intake'
                 AND a.assessed_on <= l.d AND a.deleted_at IS NULL)
     AND EXISTS (SELECT 1 FROM rehab_plan p WHERE p.episode_id = l.episode_id AND p.approved_on IS NOT NULL
                 AND p.approved_on <= l.d AND p.status <> 'draft' AND p.deleted_at IS NULL
                 AND p.period_start <= l.d AND l.d <= p.period_end)
     AND l.client_id IN (SELECT client_id FROM review_due WHERE due >= d))
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoStationResult]:
    paths = StationPaths(tmp_path_factory.mktemp("demo_indicators") / "station")
    result = create_demo_station(
        paths,
        seed=13,
        clients_count=150,
        staff_count=6,
        policy=TEST_POLICY,
        today=TODAY,
        training_years=0,
        services_per_client=24,
    )
    yield result
    result.ctx.close()


@pytest.mark.parametrize("text", ["2026Q1", "2026Q2", "2026Q3", "2026-10", "2026-07-10..2026-09-20", "2026H1"])
def test_standardised_count_matches_plain_sql(demo: DemoStationResult, text: str) -> None:
    period = Period.parse(text)
    sql = STANDARDISED_SQL.replace(":s", f"'{period.start.isoformat()}'").replace(":e", f"'{period.end.isoformat()}'")
    registered, standardised = station_query(demo.ctx, sql)[0]
    result = indicators.station_indicators(demo.ctx, period, trend=False, today=TODAY)
    assert (result.registered, result.standardised) == (registered, standardised)
    assert registered > 20  # the demo station has a case load worth checking


class _CollectorWatch:
    """A progress listener noting, at each step of a computation, whether the collector is on."""

    def __init__(self) -> None:
        self.seen: list[bool] = []

    def step(self, done: int, total: int, note: str = "") -> None:
        self.seen.append(gc.isenabled())


def test_counting_the_figures_holds_the_collector_off(demo: DemoStationResult) -> None:
    """The clients' facts are many small objects that die by reference counting: the collector's passes over
    them are held off while the figures are counted (services/collector.py), and it is back on afterwards."""
    watch = _CollectorWatch()
    indicators.station_indicators(demo.ctx, Period.parse("2026H1"), trend=True, today=TODAY, progress=watch)
    indicators.station_trend(demo.ctx, Period.parse("2026Q2"), today=TODAY, progress=watch)
    assert len(watch.seen) > 5 and not any(watch.seen)
    assert gc.isenabled()
    passes: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with demo.ctx.store.unit_of_work(demo.ctx.actor, read_only=True) as uow:
            snapshots = list(indicators.station_snapshots_in(uow, demo.ctx, [Period.parse("2026Q2")], today=TODAY))
    finally:
        gc.callbacks.remove(count)
    assert snapshots[0].registered > 20
    # At most the pass each of the snapshots' two pauses lets run when it ends; unpaused, the facts' objects
    # alone set off dozens.
    assert len(passes) <= 2
    assert gc.isenabled()
