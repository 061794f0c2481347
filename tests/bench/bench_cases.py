"""Case files on a large station: opening the case with 2 000 service records, and saving a 15-attendee group
session. The station (20 000 clients, 1 000 000 service records) is made by `rehabdesk demo` and cached;
``cases_station`` and ``station_facts`` let other benchmarks reuse it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from tests.bench.harness import BenchContext, Figure, benchmark, stopwatch

CLIENTS = 20_000
SERVICES_PER_CLIENT = 50  # 1 000 000 records at full scale
STAFF = 60
DATA_VERSION = "4"  # 2: schema 0007; 4: schema 0008
CASE_OPEN_TARGET_SECONDS = 0.200
SAVE_TARGET_SECONDS = 0.100
SAVE_TARGET_RATIO = 3.0
GROUP_SIZE = 15
LARGE_GROUP_SIZE = 40
_FACTS = "station.json"


@dataclass(frozen=True)
class StationFacts:
    today: date  # the day the station was built: its "today"
    heavy_case_number: str  # the case with demo.cases.HEAVY_CASE_SERVICES service records


def cases_station(ctx: BenchContext) -> Path:
    """The cached station folder (20 000 clients and 1 000 000 service records at scale 1, built by the demo
    command). Copy it before writing to it."""
    return _cached(ctx) / "station"


def station_facts(ctx: BenchContext) -> StationFacts:
    facts = json.loads((_cached(ctx) / _FACTS).read_text())
    return StationFacts(date.fromisoformat(facts["today"]), facts["heavy_case_number"])


def _cached(ctx: BenchContext) -> Path:
    def build(folder: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(folder / "xdg")}
        clients = ctx.scaled(CLIENTS, minimum=200)
        started = date.today()
        sizes = ("--clients", str(clients), "--staff", str(STAFF), "--services-per-client", str(SERVICES_PER_CLIENT))
        done = subprocess.run(
            [sys.executable, "-m", "rehabdesk", "--lang", "en", "demo", "--data-dir", str(folder / "station"), *sizes],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
        if date.today() != started:
            raise RuntimeError("the build ran over midnight: its dates are not one day's; build again")
        numbers = re.findall(r"\bDEMO01-\d{4}-\d{5}\b", done.stdout)
        if len(numbers) != 1:
            raise RuntimeError(f"the demo command named no heavy case: {done.stdout[-300:]}")
        (folder / _FACTS).write_text(json.dumps({"today": started.isoformat(), "heavy_case_number": numbers[0]}))

    return ctx.cached("cases-station", DATA_VERSION, build)


def copy_station(ctx: BenchContext, work: Path) -> Path:
    """A scratch copy, on disk before anything is timed: otherwise the first WAL checkpoint's fsync writes out
    the whole 4 GB copy (a one-second outlier)."""
    target = work / "station"
    start = time.perf_counter()
    shutil.copytree(cases_station(ctx), target, ignore=shutil.ignore_patterns("station.lock", "backups"))
    for path in target.iterdir():
        if path.is_file():
            with path.open("rb") as copied:
                os.fsync(copied.fileno())
    ctx.debug(f"station copied in {time.perf_counter() - start:.1f}s")
    return target


def shared_station(ctx: BenchContext, *, writes: bool) -> Path:
    """This invocation's scratch copy of the station, migrated to the current schema (its pre-upgrade backup
    deleted): one for the benchmarks that only read and sign in, one for those that write (``writes``), so the
    readers see the same data in every ``--repeat`` run (see ``BenchContext.shared_copy``). The one written is
    copied from the one read, already migrated: a migration backs the 4.5 GB database up first."""

    def migrate(station: Path) -> None:
        open_station(station).close()
        shutil.rmtree(station / "backups", ignore_errors=True)

    read = ctx.shared_copy("cases-station-read", cases_station(ctx), migrate)
    return ctx.shared_copy("cases-station-written", read) if writes else read


def open_station(station: Path):
    """The station unlocked, and the heap as the app leaves it once its core has loaded."""
    from rehabdesk.app import settle_heap
    from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD
    from rehabdesk.services.sessions import unlock
    from rehabdesk.storage.key_policy import PRODUCTION_POLICY
    from rehabdesk.storage.paths import StationPaths

    session = unlock(StationPaths(station), DEMO_LOGIN, DEMO_PASSWORD, PRODUCTION_POLICY)
    settle_heap()
    return session


def _client_id(session, case_number: str) -> str:
    from rehabdesk.services import clients

    return next(s.id for s in clients.search_clients(session, case_number) if s.case_number == case_number)


def _painted(app, widget) -> float:
    """Show ``widget`` and return the moment the event loop pass that painted it ended (children paint in the same
    pass as their window)."""
    from PySide6.QtCore import QEvent, QObject

    painted = []

    class Filter(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and watched is widget:
                painted.append(True)
            return False

    watch = Filter()
    widget.installEventFilter(watch)
    widget.show()
    deadline = time.perf_counter() + 10
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(watch)
    if not painted:
        raise RuntimeError("never painted")
    return time.perf_counter()


def shown_seconds(app, make, width: int, height: int) -> float:
    """Seconds from ``make()`` to the widget painted at ``width`` × ``height``; the widget is then closed and
    deleted, so the next run starts clean."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    widget = make()
    widget.resize(width, height)
    seconds = _painted(app, widget) - start
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return seconds


@benchmark("case_open", "the case file with 2 000 service records, constructed to painted; a bare window for reference")
def case_open(ctx: BenchContext) -> list[Figure]:
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QWidget

    from rehabdesk.ui.i18n import install_translators
    from rehabdesk.ui.operations import Operations
    from rehabdesk.ui.pages.case_detail import CaseDetailView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators(app, "zh_CN")
    facts = station_facts(ctx)
    session = open_station(shared_station(ctx, writes=False))
    try:
        client_id = _client_id(session, facts.heavy_case_number)
        ops = Operations(synchronous=True)  # the view's loads run inside the measured time

        def show(make) -> float:
            return shown_seconds(app, make, 1200, 800)

        paired = ctx.interleaved(
            lambda: show(lambda: CaseDetailView(session, ops, client_id)),
            lambda: show(QWidget),
            what="case open vs bare window",
            min_runs=9,
        )
        ctx.log(f"bare window {paired.baseline_median * 1000:.1f} ms; ratio {paired.ratio:.1f} (for information)")
        if ctx.verbose:
            _profile(ctx, lambda: show(lambda: CaseDetailView(session, ops, client_id)))
    finally:
        session.close()
    return [Figure.duration(paired.project_median, CASE_OPEN_TARGET_SECONDS)]


def _profile(ctx: BenchContext, run) -> None:
    """Where one run spends its time (with -v): the shares of SQL (time inside sqlcipher3's calls), Qt (inside
    PySide6's), the password's key derivation (Argon2) and Python (the rest), then the project's functions by
    cumulative time."""
    ctx.log("  " + profile_shares(run, ctx.log))


def _share_of(where: str) -> str:
    if "sqlcipher3" in where:
        return "SQL"
    # Qt's static functions show as bare built-ins ("<built-in method processEvents>").
    if any(mark in where for mark in ("PySide6", "Shiboken", "processEvents", "sendPostedEvents")):
        return "Qt"
    if "argon2" in where.lower():
        return "Argon2"
    return "Python"


def profile_shares(run, log=None) -> str:
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.runcall(run)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    shares = {"SQL": 0.0, "Qt": 0.0, "Argon2": 0.0, "Python": 0.0}
    for (path, _line, name), (_calls, _primitive, own, _cumulative, _callers) in stats.items():
        shares[_share_of(f"{path} {name}")] += own
    total = sum(shares.values()) or 1.0
    if log is not None:
        rows = [
            (entry[3], f"{path.split('rehabdesk/')[-1]}:{name}")
            for (path, _line, name), entry in stats.items()
            if "rehabdesk/services/" in path or "rehabdesk/storage/repositories/" in path or "rehabdesk/ui/" in path
        ]
        for seconds, where in sorted(rows, reverse=True)[:12]:
            log(f"  {seconds * 1000:7.1f} ms  {where}")
    return f"profiled {total * 1000:.0f} ms: " + ", ".join(
        f"{name} {seconds / total:.0%}" for name, seconds in shares.items()
    )


def _group_input(session, day: date, size: int):
    """A ``size``-attendee group session on ``day`` for clients active and covered by consent and agreement then."""
    from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
    from rehabdesk.services import clients, consents, staff
    from rehabdesk.storage.repositories.clients import ClientFilter

    active = clients.client_ids(session, ClientFilter(statuses=frozenset({"active"})))
    attendees = []
    for client_id in active:
        if consents.service_eligibility(session, client_id, today=day).allowed:
            attendees.append(AttendeeInput(client_id, True, "表现积极" if len(attendees) % 4 == 0 else ""))
        if len(attendees) == size:
            break
    if len(attendees) < size:
        raise RuntimeError("too few clients may attend a group session on the station's day")
    worker = next(m.id for m in staff.list_staff(session) if m.direct_service)
    return ServiceInput(
        service_date=day,
        start_time="14:30",
        end_time="16:00",
        form="group_work",
        service_types=("social_skills", "peer_support"),
        staff_ids=(worker,),
        attendees=tuple(attendees),
        group=True,
        location="站点小组活动室",
        content="小组工作：社交技能训练——如何开始一段对话",
        client_response="多数组员能主动发言",
        next_step="下周继续",
    )


def _raw_save(connection, data, account_id: str | None) -> None:
    """The rows record_service writes — the record, its attendees and worker, an audit entry and a change-log row
    each — as bare SQL in one transaction on a DB-API connection."""
    from rehabdesk.storage.schema.base import new_id

    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    record = new_id()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(
        "INSERT INTO service_record (id, service_date, start_time, end_time, form, service_types, is_group, location,"
        " content, client_response, risks_seen, medication_check, next_step, plan_goal_id, recorded_by, created_at,"
        " updated_at, version, deleted_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, '', '', ?, NULL, ?, ?, ?, 1, NULL)",
        (
            record,
            data.service_date.isoformat(),
            "14:30:00.000000",
            "16:00:00.000000",
            data.form,
            ",".join(data.service_types),
            data.location,
            data.content,
            data.client_response,
            data.next_step,
            account_id,
            now,
            now,
        ),
    )
    rows = [(new_id(), record, a.client_id, int(a.attended), a.note, now, now) for a in data.attendees]
    connection.executemany(
        "INSERT INTO service_attendee (id, service_id, client_id, attended, note, created_at, updated_at, version,"
        " deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, NULL)",
        rows,
    )
    staff_row = new_id()
    connection.execute(
        "INSERT INTO service_staff (id, service_id, staff_id, created_at, updated_at, version, deleted_at)"
        " VALUES (?, ?, ?, ?, ?, 1, NULL)",
        (staff_row, record, data.staff_ids[0], now, now),
    )
    seq, previous = connection.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    detail = json.dumps({"attendees": len(rows), "form": data.form})
    digest = hashlib.sha256((previous + str(seq + 1) + now + detail).encode()).hexdigest()
    connection.execute(
        "INSERT INTO audit_log (seq, at, actor_id, actor_login, action, entity_type, entity_id, outcome, detail,"
        " prev_hash, hash) VALUES (?, ?, ?, 'admin', 'create', 'service_record', ?, 'ok', ?, ?, ?)",
        (seq + 1, now, account_id, record, detail, previous, digest),
    )
    last = connection.execute("SELECT max(seq) FROM change_log").fetchone()[0] or 0
    changed = [("service_record", record)] + [("service_attendee", r[0]) for r in rows] + [("service_staff", staff_row)]
    connection.executemany(
        "INSERT INTO change_log (seq, at, entity_type, entity_id, operation, row_version)"
        " VALUES (?, ?, ?, ?, 'insert', 1)",
        [(last + offset, now, kind, row_id) for offset, (kind, row_id) in enumerate(changed, start=1)],
    )
    connection.execute("COMMIT")


@benchmark("group_session_save", "record_service of a 15-attendee group session against bare SQL inserting its rows")
def group_session_save(ctx: BenchContext) -> list[Figure]:
    return _group_session_save(ctx, GROUP_SIZE)


@benchmark("group_session_save_40", "record_service of a 40-attendee group session against bare SQL inserting its rows")
def group_session_save_40(ctx: BenchContext) -> list[Figure]:
    return _group_session_save(ctx, LARGE_GROUP_SIZE)


def _group_session_save(ctx: BenchContext, size: int) -> list[Figure]:
    from rehabdesk.services.service_records import record_service

    facts = station_facts(ctx)
    session = open_station(shared_station(ctx, writes=True))
    try:
        data = _group_input(session, facts.today, size)

        def project() -> float:
            with stopwatch() as watch:
                record_service(session, data, today=facts.today)
            return watch.seconds

        def baseline() -> float:
            # The engine's own SQLCipher connection: a second one would find its page cache stale after every
            # write of the other, and so would the project's.
            pooled = session.store.engine.raw_connection()
            try:
                with stopwatch() as watch:
                    _raw_save(pooled.driver_connection, data, session.actor.account_id)
            finally:
                pooled.close()
            return watch.seconds

        paired = ctx.interleaved(project, baseline, what=f"group session save ({size})", min_runs=11)
        if ctx.verbose:
            _profile(ctx, lambda: record_service(session, data, today=facts.today))
    finally:
        session.close()
    return [
        Figure.duration(paired.project_median, SAVE_TARGET_SECONDS),
        Figure.compared(paired, SAVE_TARGET_RATIO, label="vs_raw"),
    ]
