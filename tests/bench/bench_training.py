"""Training compliance for a large station (issue 6's target): 200 staff × 10 years × 12 courses a year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.bench.harness import BenchContext, Figure, benchmark, stopwatch

STAFF = 200
YEARS = 10
COURSES_PER_YEAR = 12
DATA_VERSION = "1"
TARGET_SECONDS = 0.200
TARGET_RATIO = 5.0

# The baseline: one aggregate that returns the same per-person totals the service computes from.
_AGGREGATE = """
SELECT a.staff_id,
       SUM(CASE WHEN c.end_date BETWEEN :first AND :last AND c.counts THEN c.minutes ELSE 0 END),
       SUM(CASE WHEN c.end_date BETWEEN :first AND :last AND NOT c.counts THEN c.minutes ELSE 0 END),
       MAX(CASE WHEN c.kind = 'assessor' AND c.end_date <= :today THEN 1 ELSE 0 END)
FROM training_attendance a JOIN training_course c ON c.id = a.course_id
WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL
GROUP BY a.staff_id
"""


def _station(ctx: BenchContext, today: date) -> Path:
    def build(folder: Path) -> None:
        from sqlalchemy import update

        from rehabdesk.demo.station import create_demo_station
        from rehabdesk.demo.training import add_demo_training
        from rehabdesk.storage.key_policy import KeyPolicy
        from rehabdesk.storage.paths import StationPaths
        from rehabdesk.storage.schema import Staff

        staff = ctx.scaled(STAFF, minimum=10)
        result = create_demo_station(
            StationPaths(folder / "station"),
            clients_count=0,
            staff_count=staff,
            training_years=0,
            policy=KeyPolicy.for_tests(),
            today=today,
        )
        # Everyone employed for the whole ten years, so each year holds staff × 12 courses.
        with result.ctx.store.unit_of_work(result.ctx.actor) as uow:
            uow.session.execute(update(Staff).values(start_date=date(today.year - YEARS, 1, 1), end_date=None))
            uow.audit("update", entity_type="staff", detail={"what": "benchmark start dates"})
            uow.commit()
        add_demo_training(result.ctx, 1, today, years=YEARS, courses_per_year=COURSES_PER_YEAR)
        result.ctx.close()

    return ctx.cached("training-station", DATA_VERSION, build) / "station"


@benchmark("training_compliance", "a year's compliance for every worker against one SQL aggregate of the same totals")
def training_compliance(ctx: BenchContext) -> list[Figure]:
    from sqlalchemy import text

    from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD
    from rehabdesk.services import sessions, training
    from rehabdesk.storage.key_policy import KeyPolicy
    from rehabdesk.storage.paths import StationPaths

    today = date.today()
    station = _station(ctx, today)
    session_ctx = sessions.unlock(StationPaths(station), DEMO_LOGIN, DEMO_PASSWORD, KeyPolicy.for_tests())
    try:
        year = today.year - 1
        with session_ctx.store.unit_of_work(session_ctx.actor, read_only=True) as uow:
            courses = uow.session.execute(text("SELECT count(*) FROM training_attendance")).scalar()
        ctx.log(f"{courses} course attendances on the station; computing {year}")
        params = {"first": date(year, 1, 1), "last": date(year, 12, 31), "today": today}

        def project() -> float:
            with stopwatch() as watch:
                overview = training.training_overview(session_ctx, year, today=today)
            assert len(overview.workers) > 1
            return watch.seconds

        def baseline() -> float:
            with stopwatch() as watch, session_ctx.store.unit_of_work(session_ctx.actor, read_only=True) as uow:
                rows = uow.session.execute(text(_AGGREGATE), params).all()
            assert len(rows) > 1
            return watch.seconds

        paired = ctx.interleaved(project, baseline, what="compliance", min_runs=11)
    finally:
        session_ctx.close()
    return [
        Figure.duration(paired.project_median, TARGET_SECONDS),
        Figure.compared(paired, TARGET_RATIO, label="vs_aggregate"),
    ]
