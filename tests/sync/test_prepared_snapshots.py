"""The day's snapshots prepared before the export (services/sync_snapshot.py prepare_snapshots): used only for the
key they were computed for, waited for while they are computed, and the same bytes as the export's own."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD, DemoStationResult
from rehabdesk.domain import clock
from rehabdesk.domain.progress import Cancelled
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
from rehabdesk.services import clients, consents, service_records, sessions, staff, sync_export, sync_snapshot
from rehabdesk.services import settings as settings_service
from rehabdesk.services.context import StationContext
from rehabdesk.storage.paths import StationPaths
from rehabdesk.storage.repositories.clients import ClientFilter
from tests.conftest import TEST_POLICY
from tests.sync.support import Keys, enrolled_demo_station
from tests.sync.test_export import decrypt

TODAY = date(2026, 11, 20)
SNAPSHOT = '"type":"indicator_snapshot"'


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoStationResult, StationPaths, Keys, Path]]:
    result, paths, keys, request = enrolled_demo_station(
        tmp_path_factory.mktemp("prepared"),
        seed=5,
        clients_count=30,
        staff_count=4,
        services_per_client=4,
        today=TODAY,
    )
    yield result, paths, keys, request
    result.ctx.close()


def _snapshot_lines(bundle: Path, keys: Keys, request: Path) -> list[bytes]:
    """The snapshot records as the payload holds them, byte for byte."""
    _, plaintext = decrypt(bundle, keys, request)
    return [line for line in plaintext.splitlines() if SNAPSHOT.encode() in line.replace(b" ", b"")]


def _snapshots(bundle: Path, keys: Keys, request: Path) -> dict[str, dict]:
    return {record["period"]: record for record in map(json.loads, _snapshot_lines(bundle, keys, request))}


def _export(ctx: StationContext, tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return sync_export.export_bundle(ctx, folder).path


def _record_one_service(ctx: StationContext, day: date) -> None:
    worker = next(member.id for member in staff.list_staff(ctx) if member.direct_service)
    for client_id in clients.client_ids(ctx, ClientFilter(statuses=frozenset({"active"}))):
        if consents.service_eligibility(ctx, client_id, today=day).allowed:
            service_records.record_service(
                ctx,
                ServiceInput(
                    service_date=day, start_time="09:00", end_time="10:00", form="case_management",
                    service_types=("social_skills",), staff_ids=(worker,),
                    attendees=(AttendeeInput(client_id, True, ""),), content="个案面谈",
                ),
                today=day,
            )  # fmt: skip
            return
    raise AssertionError("no client of the demo may be served")


def _prepared(ctx: StationContext) -> list[dict]:
    """Prepare the next bundle's snapshots and return the records kept for the export."""
    key = sync_snapshot.prepare_snapshots(ctx)
    assert key is not None
    records = sync_snapshot.prepared_snapshots(ctx.store, key)
    assert records is not None
    return records


def test_a_prepared_export_writes_the_same_snapshot_bytes_as_an_unprepared_one(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The station is copied as it stands; the original exports with its snapshots prepared (their computation is
    made to fail in the export, so the prepared ones are what it wrote), the copy without: same day, same head
    (a sign-in writes the account row: the copy's and a second one on the original move both heads alike)."""
    result, paths, keys, request = demo
    ctx = result.ctx
    day = date(2026, 11, 23)
    copy = StationPaths(tmp_path / "copy")
    shutil.copytree(paths.root, copy.root, ignore=shutil.ignore_patterns("*.lock", "backups", "outbox"))
    other = sessions.unlock(copy, DEMO_LOGIN, DEMO_PASSWORD, TEST_POLICY)
    sessions.unlock(paths, DEMO_LOGIN, DEMO_PASSWORD, TEST_POLICY).close()
    try:
        with clock.frozen(day):
            key = sync_snapshot.prepare_snapshots(ctx)
            assert key is not None and key.today == day
            real = sync_snapshot.station_snapshots_in

            def not_again(*args: object, **kwargs: object) -> None:
                raise AssertionError("the export computed the snapshots it had prepared")

            monkeypatch.setattr(sync_snapshot, "station_snapshots_in", not_again)
            prepared = _snapshot_lines(_export(ctx, tmp_path, "prepared"), keys, request)
            monkeypatch.setattr(sync_snapshot, "station_snapshots_in", real)
            unprepared = _snapshot_lines(_export(other, tmp_path, "unprepared"), keys, request)
    finally:
        other.close()
    assert len(prepared) == 4  # last quarter, this quarter, the half-year and the year
    assert prepared == unprepared
    assert sync_snapshot.prepared_snapshots(other.store, key) is None  # the copy's store prepared nothing


def test_a_write_between_preparation_and_export_is_counted(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path], tmp_path: Path
) -> None:
    result, _, keys, request = demo
    ctx = result.ctx
    day = date(2026, 11, 24)
    with clock.frozen(day):
        before = {record["period"]: record for record in _prepared(ctx)}
        _record_one_service(ctx, day)
        after = _snapshots(_export(ctx, tmp_path, "usb"), keys, request)
    assert after["2026Q4"]["service_records"] == before["2026Q4"]["service_records"] + 1
    assert after["2026Q4"]["version"] > before["2026Q4"]["version"]  # the head moved
    assert after["2026Q3"]["service_records"] == before["2026Q3"]["service_records"]


def test_snapshots_prepared_the_day_before_are_not_sent(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path], tmp_path: Path
) -> None:
    result, _, keys, request = demo
    ctx = result.ctx
    evening, morning = date(2026, 11, 25), date(2026, 11, 26)
    with clock.frozen(evening):
        assert sync_snapshot.prepare_snapshots(ctx) is not None
    with clock.frozen(morning):
        sent = _snapshots(_export(ctx, tmp_path, "usb"), keys, request)
    assert sent["2026Q4"]["counted_to"] == morning.isoformat()
    assert sent["2026Q4"]["version"] % 1_000_000 == morning.toordinal()


def test_a_settings_change_after_preparation_is_counted(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path], tmp_path: Path
) -> None:
    """Settings writes move no change-log position: the key holds them."""
    result, _, keys, request = demo
    ctx = result.ctx
    day = date(2026, 11, 27)
    old = settings_service.read_settings(ctx)
    try:
        with clock.frozen(day):
            assert sync_snapshot.prepare_snapshots(ctx) is not None
            settings_service.update_settings(ctx, replace(old, standard_services_per_month=4))
            sent = _snapshots(_export(ctx, tmp_path, "usb"), keys, request)
    finally:
        settings_service.update_settings(ctx, old)
    assert sent["2026Q4"]["rule"]["services_per_month"] == 4 != old.standard_services_per_month


def test_an_export_waits_for_the_preparation_running_and_sends_its_records(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preparation is held inside its reading until the test lets it go; a second computation of the figures
    (the export's own) would fail, so the export can only finish with the prepared records, after them."""
    result, _, keys, request = demo
    ctx = result.ctx
    day = date(2026, 11, 30)
    real = sync_snapshot.station_snapshots_in
    reading, release = threading.Event(), threading.Event()

    def held(*args: object, **kwargs: object) -> Iterator[object]:
        if reading.is_set():
            raise AssertionError("the figures were computed a second time")
        reading.set()
        assert release.wait(30)
        yield from real(*args, **kwargs)

    monkeypatch.setattr(sync_snapshot, "station_snapshots_in", held)
    outcome: dict[str, object] = {}

    def run(name: str, work: object) -> threading.Thread:
        def body() -> None:
            try:
                outcome[name] = work()  # type: ignore[operator]
            except BaseException as error:
                outcome[name] = error

        thread = threading.Thread(target=body)
        thread.start()
        return thread

    # Frozen once, here: the clock is the process's, and two threads each freezing and restoring it out of order
    # left it frozen for every later test of the worker.
    with clock.frozen(day):
        preparing = run("key", lambda: sync_snapshot.prepare_snapshots(ctx))
        assert reading.wait(30)
        exporting = run("bundle", lambda: _export(ctx, tmp_path, "usb"))
        exporting.join(0.5)
        assert exporting.is_alive(), "the export did not wait for the preparation"
        release.set()
        preparing.join(60)
        exporting.join(60)
    assert not preparing.is_alive() and not exporting.is_alive()
    key, bundle = outcome["key"], outcome["bundle"]
    assert isinstance(key, sync_snapshot.SnapshotKey), key
    assert isinstance(bundle, Path), bundle
    prepared = sync_snapshot.prepared_snapshots(ctx.store, key)
    assert prepared is not None and len(prepared) == 4
    assert list(_snapshots(bundle, keys, request).values()) == prepared


def test_nothing_is_prepared_once_the_day_has_its_bundle(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path], tmp_path: Path
) -> None:
    ctx = demo[0].ctx
    with clock.frozen(date(2026, 12, 1)):
        _export(ctx, tmp_path, "usb")
        assert sync_snapshot.prepare_snapshots(ctx) is None


def test_a_failed_preparation_leaves_the_export_to_count_them(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, _, keys, request = demo
    ctx = result.ctx
    day = date(2026, 12, 2)
    real = sync_snapshot.station_snapshots_in

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk read error")

    with clock.frozen(day):
        monkeypatch.setattr(sync_snapshot, "station_snapshots_in", broken)
        with pytest.raises(OSError, match="disk read error"):
            sync_snapshot.prepare_snapshots(ctx)
        monkeypatch.setattr(sync_snapshot, "station_snapshots_in", real)
        sent = _snapshots(_export(ctx, tmp_path, "usb"), keys, request)
    assert sent["2026Q4"]["counted_to"] == day.isoformat()
    assert len(sent) == 4


class _StopAt:
    """A progress that stops the work (Cancelled) at its ``stop_at``-th step, counting the steps it heard."""

    def __init__(self, stop_at: int) -> None:
        self.stop_at, self.steps = stop_at, 0

    def step(self, done: int, total: int, note: str = "") -> None:
        self.steps += 1
        if self.steps >= self.stop_at:
            raise Cancelled


def test_a_stopped_preparation_is_not_used_and_the_next_one_counts(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path],
) -> None:
    """The Sync page stops its preparation when it is left: stopped mid-way it holds nothing for the export, and
    showing the page again prepares afresh rather than taking the stopped one for a running one."""
    result, _, _, _ = demo
    ctx = result.ctx
    with clock.frozen(date(2026, 12, 4)):
        whole = _StopAt(10_000)
        key = sync_snapshot.prepare_snapshots(ctx, progress=whole)
        assert key is not None and whole.steps > 3  # several steps: a stop is heard soon, not at the end
    next_day = replace(key, today=date(2026, 12, 5))
    with clock.frozen(next_day.today):
        with pytest.raises(Cancelled):
            sync_snapshot.prepare_snapshots(ctx, progress=_StopAt(2))
        assert sync_snapshot.prepared_snapshots(ctx.store, next_day) is None
        again = _StopAt(10_000)
        assert sync_snapshot.prepare_snapshots(ctx, progress=again) == next_day
        assert again.steps > 3  # counted afresh, not taken for one still running
        assert sync_snapshot.prepared_snapshots(ctx.store, next_day)


def test_the_automatic_push_writes_the_prepared_snapshots(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """write_bundle (the push's outbox bundle) reads the same prepared snapshots as the export to a folder."""
    result, _, keys, request = demo
    ctx = result.ctx
    day = date(2026, 12, 3)
    with clock.frozen(day):
        prepared = _prepared(ctx)

        def not_again(*args: object, **kwargs: object) -> None:
            raise AssertionError("the push computed the snapshots it had prepared")

        monkeypatch.setattr(sync_snapshot, "station_snapshots_in", not_again)
        written = sync_export.write_bundle(ctx)
    assert list(_snapshots(written.path, keys, request).values()) == prepared
