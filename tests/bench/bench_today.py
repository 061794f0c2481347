"""The Today page on the large case-file station: every kind of due item (case work, papers, training, safety)
counted, its first rows listed and painted, and the day's services loaded, against a bare window for reference."""

from __future__ import annotations

import os
import sys
import time

from tests.bench.harness import BenchContext, Figure, benchmark

TODAY_PAGE_TARGET_SECONDS = 0.300


@benchmark("today_page", "the Today page with every kind of due item counted, constructed to painted (20 000 clients)")
def today_page(ctx: BenchContext) -> list[Figure]:
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from rehabdesk.ui.i18n import install_translators
    from rehabdesk.ui.operations import Operations
    from rehabdesk.ui.pages.today import TodayPage
    from rehabdesk.ui.preferences import Preferences
    from tests.bench.bench_cases import _profile, open_station, shared_station, shown_seconds, station_facts
    from tests.bench.bench_people import PaintWatch

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators(app, "zh_CN")
    facts = station_facts(ctx)
    with ctx.workdir() as work:
        session = open_station(shared_station(ctx, writes=False))
        try:
            ops = Operations(synchronous=True)  # every list loads inside the measured time
            prefs = Preferences(QSettings(str(work / "prefs.ini"), QSettings.Format.IniFormat))
            due_counts: list[tuple[int, int]] = []

            def today() -> float:
                """Constructed to its due lists painted: they are read once the page has painted (synchronously
                here, so inside the time), then painted again."""
                start = time.perf_counter()
                page = TodayPage(session, ops, prefs, today=facts.today)
                page.tabs.setCurrentIndex(2)  # the due lists are what is painted
                page.resize(1280, 800)
                page.show()
                deadline = start + 30
                while page.due_panel.overview is None and time.perf_counter() < deadline:
                    app.processEvents()
                if page.due_panel.overview is None:
                    raise RuntimeError("the due lists never arrived")
                watch = PaintWatch(app, page.due_panel.tree.viewport())
                page.due_panel.tree.viewport().update()
                seconds = watch.wait() - start
                groups = page.due_panel.overview.groups
                due_counts.append((sum(g.count for g in groups), sum(len(g.first) for g in groups)))
                page.close()
                page.deleteLater()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                return seconds

            def bare() -> float:
                return shown_seconds(app, QWidget, 1280, 800)

            # The first page after sign-in reads its pages from disk and decrypts them; the target is the page as
            # staff open it again during the day, with the page cache warm. The first is logged for information.
            first = today()
            ctx.log(f"first open after sign-in (cold page cache): {first * 1000:.0f} ms (for information)")
            paired = ctx.interleaved(today, bare, what="Today page vs bare window", min_runs=9)
            if ctx.verbose:
                _profile(ctx, today)
            ctx.log(
                f"due items counted: {due_counts[-1][0]}, listed: {due_counts[-1][1]} "
                f"(scope: {session.actor.login}'s default); bare window {paired.baseline_median * 1000:.1f} ms; "
                f"ratio {paired.ratio:.1f} (for information)"
            )
        finally:
            session.close()
    return [Figure.duration(paired.project_median, TODAY_PAGE_TARGET_SECONDS)]
