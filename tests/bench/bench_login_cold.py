"""Sign-in on the large case-file station (20 000 clients, 1 000 000 service records) to the Today page usable —
the day's services loaded into their table and painted — with the station's files first evicted from the OS page
cache (``posix_fadvise(DONTNEED)``, no privileges needed), and with them in the OS cache but the app's own caches
empty (a sign-in opens new connections). Everything below the fold may arrive later."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.harness import BenchContext, Figure, benchmark

FROM_OS_CACHE_TARGET_SECONDS = 1.0
FROM_DISK_TARGET_SECONDS = 2.0
_REPO = Path(__file__).resolve().parents[2]


def evict(folder: Path) -> None:
    """Write out and drop every file of ``folder`` from the OS page cache, as after a reboot. In a child process:
    closing a descriptor of the database here would drop the POSIX locks of any SQLite connection this process
    still holds on it (a due list still loading on the worker thread), and another process would then take the
    database for unused (the shared copy was damaged that way)."""
    subprocess.run([sys.executable, "-m", "tests.bench.bench_login_cold", str(folder)], check=True, cwd=_REPO)


def _evict_here(folder: Path) -> None:
    for path in folder.iterdir():
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


@benchmark("login_to_main_cold", "password entered to the Today page usable, the station's files cold (OS cache, disk)")
def login_to_main_cold(ctx: BenchContext) -> list[Figure]:
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    import rehabdesk.services.sessions  # noqa: F401 - the app loads it while the sign-in screen is up
    from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD
    from rehabdesk.domain import clock
    from rehabdesk.storage.key_policy import PRODUCTION_POLICY
    from rehabdesk.storage.paths import StationPaths
    from rehabdesk.ui.i18n import install_translators
    from rehabdesk.ui.main_window import MainWindow
    from rehabdesk.ui.operations import Operations
    from rehabdesk.ui.shell import Shell
    from tests.bench.bench_cases import shared_station, station_facts
    from tests.bench.bench_people import PaintWatch, scratch_prefs

    app = QApplication.instance() or QApplication(["rehabdesk"])
    install_translators(app, "zh_CN")
    facts = station_facts(ctx)
    times: dict[str, list[float]] = {"os_cache": [], "disk": []}
    with ctx.workdir() as work, clock.frozen(facts.today):
        station = shared_station(ctx, writes=False)  # migrated when it was copied, not in the timing
        ops = Operations()
        shell = Shell(StationPaths(station), ops, scratch_prefs(work), PRODUCTION_POLICY)
        try:
            for index in range(2 * ctx.runs + 2):
                which = "disk" if index % 2 else "os_cache"
                shell.show_unlock()
                app.processEvents()
                if which == "disk":
                    evict(station)
                unlock = shell.window.unlock
                unlock.login_edit.setText(DEMO_LOGIN)
                unlock.password_edit.setText(DEMO_PASSWORD)
                start = time.perf_counter()
                unlock.submit()
                deadline = start + 60
                while time.perf_counter() < deadline and not isinstance(shell.window, MainWindow):
                    app.processEvents()
                if not isinstance(shell.window, MainWindow):
                    raise RuntimeError("signing in did not reach the main window within a minute")
                page = shell.window.today_page
                loaded: list[bool] = []
                page.services_model.modelReset.connect(lambda flag=loaded: flag.append(True))
                while time.perf_counter() < deadline and not (loaded or page.services):
                    app.processEvents()
                if not page.services:
                    raise RuntimeError("the day's services never arrived (or the build day has none)")
                watch = PaintWatch(app, page.services_table.viewport())
                page.services_table.viewport().update()
                usable = watch.wait()
                if index >= 2:  # the first of each kind warms the interpreter's own imports
                    times[which].append(usable - start)
                focus = shell.window.focusWidget()
                ctx.debug(
                    f"{which}: {(usable - start) * 1000:.0f} ms, {page.services_model.rowCount()} services, "
                    f"focus in the quick entry: {focus is not None and page.entry.isAncestorOf(focus)}"
                )
                shell.window.sign_out()
                app.processEvents()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        finally:
            ops.shutdown()
    for which, found in times.items():
        ctx.log(f"{which} (ms): " + " ".join(f"{t * 1000:.0f}" for t in found))
    return [
        Figure.duration(sorted(found)[len(found) // 2], target, label=which)
        for (which, found), target in zip(
            times.items(), (FROM_OS_CACHE_TARGET_SECONDS, FROM_DISK_TARGET_SECONDS), strict=True
        )
    ]


if __name__ == "__main__":
    _evict_here(Path(sys.argv[1]))
