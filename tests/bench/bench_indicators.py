"""The station's indicators on the large case-file station (bench_cases): every figure of one quarter from
services.indicators against the plain-SQL standardised count of tests/services/test_indicators_sql, and the Reports
page opened to its tiles and charts painted (the page counts the trend after the tiles; with synchronous
Operations both fall inside the time)."""

from __future__ import annotations

import os
import sys

from tests.bench.harness import BenchContext, Figure, benchmark, stopwatch

QUARTER_TARGET_SECONDS = 1.0
QUARTER_TARGET_RATIO = 3.0
PAGE_TARGET_SECONDS = 1.5


def _quarter_of(day):  # type: ignore[no-untyped-def]
    from rehabdesk.domain.indicators import Period

    return Period.quarter(day.year, (day.month - 1) // 3 + 1)


@benchmark("quarter_indicators", "every figure of the current quarter vs one SQL query for the standardised count")
def quarter_indicators(ctx: BenchContext) -> list[Figure]:
    from rehabdesk.domain import clock
    from rehabdesk.services import indicators
    from tests.bench.bench_cases import _profile as profile_split
    from tests.bench.bench_cases import copy_station, open_station, station_facts
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
            counts: dict[str, tuple[int, int]] = {}

            def project() -> float:
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
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from rehabdesk.domain import clock
    from rehabdesk.services import indicators
    from rehabdesk.ui.i18n import install_translators
    from rehabdesk.ui.operations import Operations
    from rehabdesk.ui.pages.reports import ReportsPage
    from rehabdesk.ui.preferences import Preferences
    from tests.bench.bench_cases import _profile as profile_split
    from tests.bench.bench_cases import copy_station, open_station, shown_seconds, station_facts

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators(app, "zh_CN")
    facts = station_facts(ctx)
    with ctx.workdir() as work, clock.frozen(facts.today):
        session = open_station(copy_station(ctx, work))
        try:
            ops = Operations(synchronous=True)  # the counting runs inside the measured time
            prefs = Preferences(QSettings(str(work / "prefs.ini"), QSettings.Format.IniFormat))
            pages: list[ReportsPage] = []

            def make() -> QWidget:
                pages.append(ReportsPage(session, ops, prefs))
                return pages[-1]

            def measured() -> float:
                seconds = shown_seconds(app, make, 1280, 800)
                if pages[-1].result is None:
                    raise RuntimeError("the page painted without its figures")
                return seconds

            def show(make_widget) -> float:
                return shown_seconds(app, make_widget, 1280, 800)

            paired = ctx.interleaved(measured, lambda: show(QWidget), what="Reports page vs bare window", min_runs=5)
            ctx.log(f"bare window {paired.baseline_median * 1000:.1f} ms (for information)")
            # Where the page's time goes: the period's figures read with the trend's months (what the tiles wait
            # for), then the trend from the same reading (what the charts wait for); the rest is Qt.
            period = pages[-1].result.period
            with stopwatch() as figures:
                indicators.station_indicators(session, period, trend=False, then_trend=True)
            with stopwatch() as trend:
                indicators.station_trend(session, period)
            ctx.log(
                f"of which the tiles' figures {figures.seconds * 1000:.0f} ms, the trend {trend.seconds * 1000:.0f} ms"
            )
            if ctx.verbose:
                profile_split(ctx, lambda: show(make))
        finally:
            session.close()
    return [Figure.duration(paired.project_median, PAGE_TARGET_SECONDS)]
