"""The app as a person meets it: how soon the sign-in screen is up, and how soon signing in shows the main window.

Both run on Qt's offscreen platform (or the X display, if DISPLAY is set) against a demo station made by
``rehabdesk demo`` with production Argon2 parameters."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.harness import BenchContext, Figure, benchmark

COLD_START_TARGET = 2.5
UNLOCK_TARGET_SECONDS = 0.8
UNLOCK_SAMPLES = 21
DEMO_VERSION = "3"  # bump when the demo generator changes
BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"


def _demo_station(ctx: BenchContext) -> Path:
    def build(folder: Path) -> None:
        subprocess.run(
            [sys.executable, "-m", "rehabdesk", "--data-dir", str(folder / "station"), "--lang", "en", "demo"],
            check=True,
            capture_output=True,
            env=_env(folder),
        )

    return ctx.cached("demo-station", DEMO_VERSION, build) / "station"


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _time_to_paint(command: list[str], env: dict[str, str]) -> float:
    """Wall-clock seconds from just before the process starts to the first painted frame it reports."""
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    painted = [line for line in result.stdout.splitlines() if line.startswith("painted ")]
    if result.returncode != 0 or not painted:
        raise RuntimeError(f"no painted frame reported: {result.stderr[-500:]}")
    return float(painted[0].split()[1]) - start


@benchmark("cold_start", "process start to the painted sign-in screen, against a bare PySide6 window")
def cold_start(ctx: BenchContext) -> list[Figure]:
    station = _demo_station(ctx)
    with ctx.workdir() as home:
        env = _env(home)
        app = [sys.executable, "-m", "rehabdesk", "--data-dir", str(station), "--exit-after-paint"]
        bare = [sys.executable, str(BARE_WINDOW)]
        paired = ctx.interleaved(
            lambda: _time_to_paint(app, env), lambda: _time_to_paint(bare, env), what="cold start", min_runs=9
        )
    return [Figure.compared(paired, COLD_START_TARGET)]


@benchmark("unlock", "password entered to the painted main window: slot opened, database opened and checked")
def unlock(ctx: BenchContext) -> list[Figure]:
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    import rehabdesk.services.sessions
    import rehabdesk.ui.main_window  # noqa: F401
    from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD
    from rehabdesk.storage.key_policy import PRODUCTION_POLICY
    from rehabdesk.storage.paths import StationPaths
    from rehabdesk.ui.i18n import install_translators
    from rehabdesk.ui.main_window import MainWindow
    from rehabdesk.ui.operations import Operations
    from rehabdesk.ui.preferences import Preferences
    from rehabdesk.ui.shell import Shell

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators(app, "zh_CN")

    class PaintWatch(QObject):
        painted_at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow) and self.painted_at is None:
                self.painted_at = time.perf_counter()
            return False

    samples: list[float] = []
    with ctx.workdir() as work:
        station = work / "station"
        shutil.copytree(_demo_station(ctx), station)
        ops = Operations()
        prefs = Preferences(QSettings(str(work / "prefs.ini"), QSettings.Format.IniFormat))
        shell = Shell(StationPaths(station), ops, prefs, PRODUCTION_POLICY)
        watch = PaintWatch()
        app.installEventFilter(watch)
        try:
            for index in range(ctx.scaled(UNLOCK_SAMPLES, minimum=5) + 1):
                shell.show_unlock()
                app.processEvents()
                widget = shell.window.unlock
                widget.login_edit.setText(DEMO_LOGIN)
                widget.password_edit.setText(DEMO_PASSWORD)
                watch.painted_at = None
                start = time.perf_counter()
                widget.submit()
                deadline = start + 30
                while watch.painted_at is None and time.perf_counter() < deadline:
                    app.processEvents()
                    time.sleep(0.0005)
                if watch.painted_at is None:
                    raise RuntimeError("the main window never painted")
                if index:  # the first sign-in is the warm-up
                    samples.append(watch.painted_at - start)
                shell.window.sign_out()
                app.processEvents()
                # The real event loop deletes closed windows; processEvents alone would let them pile up.
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        finally:
            app.removeEventFilter(watch)
            ops.shutdown()
    ctx.log("unlock samples (ms): " + " ".join(f"{s * 1000:.0f}" for s in samples))
    return [Figure.duration(statistics.median(samples), UNLOCK_TARGET_SECONDS)]
