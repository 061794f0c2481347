"""The station's indicators on the large case-file station (bench_cases): every figure of one quarter from
services.indicators against the plain-SQL standardised count of tests/services/test_indicators_sql, and the Reports
page opened to its tiles painted and to its charts painted (the page counts the trend after the tiles, on the
app's worker thread).

Reports are asked for during a day of work: before each measured run a 15-attendee group session is recorded (not
timed), so each run brings the facts kept from the last report up to date from the change log. The day's first
report, which reads every client's facts, is logged for information."""

from __future__ import annotations

import os
import statistics
import sys
import time

from tests.bench.harness import BenchContext, Figure, benchmark, stopwatch

QUARTER_TARGET_SECONDS = 1.0
QUARTER_TARGET_RATIO = 3.0
PAGE_TARGET_SECONDS = 1.5


def _median_ms(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:.0f} ms ({min(seconds) * 1000:.0f}–{max(seconds) * 1000:.0f})"


def _quarter_of(day):  # type: ignore[no-untyped-def]
    from rehabdesk.domain.indicators import Period

    return Period.quarter(day.year, (day.month - 1) // 3 + 1)


@benchmark("quarter_indicators", "every figure of the current quarter vs one SQL query for the standardised count")
def quarter_indicators(ctx: BenchContext) -> list[Figure]:
    from rehabdesk.domain import clock
    from rehabdesk.services import indicators
    from rehabdesk.services.service_records import record_service
    from tests.bench.bench_cases import _group_input, copy_station, open_station, station_facts
    from tests.bench.bench_cases import _profile as profile_split
    from tests.services.test_indicators_sql import STANDARDISED_SQL
    from tests.support import raw_connection

    facts = station_facts(ctx)
    period = _quarter_of(facts.today)
    counted_to = min(period.end, facts.today)
    sql = STANDARDISED_SQL.replace(":s", f"'{period.start.isoformat()}'").replace(":e", f"'{counted_to.isoformat()}'")
    with ctx.workdir() as work, clock.frozen(facts.today):
        session = open_station(copy_station(ctx, work))
        connection = raw_connection(session.store.paths, session.store.master)
        try:
            group = _group_input(session, facts.today, 15)
            counts: dict[str, tuple[int, int]] = {}

            def project() -> float:
                record_service(session, group, today=facts.today)  # the day's work goes on between reports
                with stopwatch() as watch:
                    result = indicators.station_indicators(session, period, trend=False)
                counts["project"] = (result.registered, result.standardised)
                return watch.seconds

            def baseline() -> float:
                with stopwatch() as watch:
                    counts["sql"] = tuple(connection.execute(sql).fetchone())
                return watch.seconds

            paired = ctx.interleaved(project, baseline, what="quarter indicators vs plain SQL")
            ctx.log(f"registered, standardised: service {counts['project']}, SQL {counts['sql']}")
            if counts["project"] != counts["sql"]:
                raise RuntimeError(f"the service and the SQL disagree: {counts}")
            first_of_day = []
            for _ in range(3):
                indicators.forget_held_facts()
                with stopwatch() as watch:
                    indicators.station_indicators(session, period, trend=False)
                first_of_day.append(watch.seconds)
            ctx.log(f"the day's first report (every client read): {_median_ms(first_of_day)} (for information)")
            with stopwatch() as watch:
                indicators.station_indicators(session, period, trend=True)
            ctx.log(f"with the 12-month trend: {watch.seconds * 1000:.0f} ms (for information)")
            if ctx.verbose:
                profile_split(ctx, lambda: indicators.station_indicators(session, period, trend=False))
        finally:
            connection.close()
            session.close()
    return [
        Figure.duration(paired.project_median, QUARTER_TARGET_SECONDS),
        Figure.compared(paired, QUARTER_TARGET_RATIO, label="vs_sql"),
    ]


@benchmark("reports_page", "the Reports page for the current quarter, constructed to tiles and charts painted")
def reports_page(ctx: BenchContext) -> list[Figure]:
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from rehabdesk.domain import clock
    from rehabdesk.services import indicators
    from rehabdesk.services.service_records import record_service
    from rehabdesk.ui.i18n import install_translators
    from rehabdesk.ui.operations import Operations
    from rehabdesk.ui.pages.reports import ReportsPage
    from rehabdesk.ui.preferences import Preferences
    from tests.bench.bench_cases import _group_input, copy_station, open_station, shown_seconds, station_facts
    from tests.bench.bench_cases import _profile as profile_split

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators(app, "zh_CN")
    facts = station_facts(ctx)
    with ctx.workdir() as work, clock.frozen(facts.today):
        session = open_station(copy_station(ctx, work))
        ops = Operations()  # the app's: the counting on the worker thread, the page painting meanwhile
        try:
            prefs = Preferences(QSettings(str(work / "prefs.ini"), QSettings.Format.IniFormat))
            tiles_seconds: list[float] = []

            def painted_when(page: ReportsPage, ready, start: float) -> float:
                """Seconds from ``start`` to the page painted with ``ready()`` true (polled; the sleep lets the
                worker thread have the GIL)."""
                deadline = time.perf_counter() + 600
                while not ready():
                    if time.perf_counter() > deadline:
                        raise RuntimeError("the page never got its figures")
                    app.processEvents()
                    time.sleep(0.002)
                page.repaint()
                return time.perf_counter() - start

            group = _group_input(session, facts.today, 15)

            def measured() -> float:
                record_service(session, group, today=facts.today)  # the day's work goes on between reports
                start = time.perf_counter()
                page = ReportsPage(session, ops, prefs)
                page.resize(1280, 800)
                page.show()
                tiles_seconds.append(painted_when(page, lambda: page.result is not None, start))
                charts = painted_when(page, lambda: page.trend_ready, start)
                page.close()
                page.deleteLater()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                return charts

            def show(make_widget) -> float:
                return shown_seconds(app, make_widget, 1280, 800)

            paired = ctx.interleaved(measured, lambda: show(QWidget), what="Reports page vs bare window", min_runs=5)
            tiles = statistics.median(tiles_seconds[-len(paired.project) :])
            ctx.log(f"tiles painted {tiles * 1000:.0f} ms; bare window {paired.baseline_median * 1000:.1f} ms")
            first_of_day = []
            for _ in range(3):
                indicators.forget_held_facts()
                first_of_day.append(measured())
            ctx.log(
                f"the day's first opening (every client read): charts {_median_ms(first_of_day)}, tiles "
                f"{_median_ms(tiles_seconds[-3:])} (for information)"
            )
            if ctx.verbose:
                synchronous = Operations(synchronous=True)
                profile_split(ctx, lambda: show(lambda: ReportsPage(session, synchronous, prefs)))
        finally:
            ops.shutdown()
            session.close()
    return [
        Figure.duration(paired.project_median, PAGE_TARGET_SECONDS),
        # For information: the tiles come first, so they cannot be later than the page; the target is the page's.
        Figure.duration(tiles, PAGE_TARGET_SECONDS, label="tiles"),
    ]
