"""``app_memory`` (issue 19): the app's peak resident memory on the large case-file station (20 000 clients,
1 000 000 service records) after a worker's first minutes — signed in, the Today page loaded, the client list
opened, the 2 000-service case file opened — measured in a fresh process, as a station PC runs it.

    python -m tests.bench.bench_memory STATION DAY CASE_NUMBER WORK     (the child: prints its peak RSS in MB)"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.harness import BenchContext, Figure, benchmark, peak_rss_mb

PEAK_TARGET_MB = 500.0
_REPO = Path(__file__).resolve().parents[2]


def _wait(app, done, what: str, seconds: float = 60) -> None:
    deadline = time.perf_counter() + seconds
    while not done() and time.perf_counter() < deadline:
        app.processEvents()
    if not done():
        raise RuntimeError(f"{what} did not happen within {seconds:.0f} s")


def _child(station: str, day: str, case_number: str, work: str) -> float:
    from datetime import date

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD
    from rehabdesk.domain import clock
    from rehabdesk.services import clients
    from rehabdesk.storage.key_policy import PRODUCTION_POLICY
    from rehabdesk.storage.paths import StationPaths
    from rehabdesk.ui.i18n import install_translators
    from rehabdesk.ui.main_window import MainWindow
    from rehabdesk.ui.operations import Operations
    from rehabdesk.ui.pages.case_window import open_case_window
    from rehabdesk.ui.shell import Shell
    from tests.bench.bench_people import scratch_prefs

    app = QApplication(["rehabdesk"])
    install_translators(app, "zh_CN")
    with clock.frozen(date.fromisoformat(day)):
        ops = Operations()
        prefs = scratch_prefs(Path(work))
        shell = Shell(StationPaths(Path(station)), ops, prefs, PRODUCTION_POLICY)
        shell.show_unlock()
        unlock = shell.window.unlock
        unlock.login_edit.setText(DEMO_LOGIN)
        unlock.password_edit.setText(DEMO_PASSWORD)
        unlock.submit()
        _wait(app, lambda: isinstance(shell.window, MainWindow), "signing in")
        window = shell.window
        today = window.today_page
        _wait(app, lambda: bool(today.services) and today.due_panel.overview is not None, "the Today page")
        window.nav.setCurrentRow(window.pages.indexOf(window.clients_page))
        _wait(app, lambda: window.clients_page.view.model().rowCount() > 0, "the client list")
        client_id = next(s.id for s in clients.search_clients(window.ctx, case_number) if s.case_number == case_number)
        case = open_case_window(window, window.ctx, ops, prefs, client_id)
        for _ in range(200):  # the case file's lists arrive from the worker
            app.processEvents()
            time.sleep(0.01)
        case.close()
        ops.shutdown()
    return peak_rss_mb()


@benchmark("app_memory", "peak RSS after sign-in, Today, the client list and the 2 000-service case file")
def app_memory(ctx: BenchContext) -> list[Figure]:
    from tests.bench.bench_cases import shared_station, station_facts

    facts = station_facts(ctx)
    peaks = []
    station = shared_station(ctx, writes=False)  # migrated when it was copied, not in the run
    with ctx.workdir() as work:
        for _ in range(3):
            done = subprocess.run(
                [sys.executable, "-m", "tests.bench.bench_memory", str(station), facts.today.isoformat(),
                 facts.heavy_case_number, str(work)],
                cwd=_REPO, capture_output=True, text=True, check=False,
            )  # fmt: skip
            if done.returncode != 0:
                raise RuntimeError(f"the app run failed: {done.stderr[-2000:]}")
            peaks.append(float(done.stdout.split()[-1]))
    ctx.log("peak RSS (MB): " + " ".join(f"{p:.0f}" for p in peaks))
    return [Figure(sorted(peaks)[1], "MB", PEAK_TARGET_MB)]


if __name__ == "__main__":
    print(f"{_child(*sys.argv[1:5]):.1f}", flush=True)
