"""The 上报 page: enrolment with its fingerprint, export to a folder, the county's acknowledgement."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from rehabdesk.domain.roles import Role
from rehabdesk.services import clients, sync, sync_export, sync_snapshot
from rehabdesk.storage.repositories import change_log
from rehabdesk.sync.ack import Acknowledgement
from rehabdesk.sync.county import CountyKeys, ScratchCounty
from rehabdesk.sync.enrolment import Enrolment
from rehabdesk.ui.dialogs.export_target_dialog import ExportTargetDialog
from rehabdesk.ui.kit import colours
from rehabdesk.ui.kit.drives import Drive
from rehabdesk.ui.kit.progress_bridge import ProgressBridge
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages import sync as sync_page_module
from rehabdesk.ui.pages.sync import SyncPage
from tests.paperwork_support import sign_consent_form
from tests.people_support import TODAY, client_input
from tests.support import login_as, station_query
from tests.sync.support import enrolment_file, make_keys


def test_enrol_export_and_acknowledge_from_the_page(qtbot, zh, admin_ctx, ops, prefs, tmp_path: Path) -> None:
    page = SyncPage(admin_ctx, ops, prefs)
    qtbot.addWidget(page)
    assert "尚未" in page.enrolment_label.text()
    assert page.enrol_button.isVisibleTo(page)

    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    fingerprint = Enrolment.open(path.read_bytes()).fingerprint
    page.enrol(str(path), "0000")
    assert "尚未" in page.enrolment_label.text()  # a wrong fingerprint trusts nothing
    page.enrol(str(path), fingerprint)
    assert fingerprint in page.enrolment_label.text()
    assert "系统密钥环" in page.key_note.text()

    coordinator = login_as(admin_ctx, "coord", {Role.COORDINATOR}, "coord-pass-12")
    work = SyncPage(coordinator, ops, prefs)
    qtbot.addWidget(work)
    assert work.export_button.isVisibleTo(work) and not work.enrol_button.isVisibleTo(work)
    county = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "county.db")
    county.register(sync.write_registration_request(admin_ctx, tmp_path / "request.rdreq").read_bytes())
    usb = tmp_path / "usb"
    usb.mkdir()
    work.export_to(str(usb))
    (bundle,) = usb.glob("*.rdsync")
    assert bundle.name in work.message.text()
    assert work.history.rowCount() == 1 and work.history.item(0, 4).text() == "已发送，尚未收到回执"
    assert [work.history.item(0, c).text() for c in (5, 6)] == ["", ""]
    county.receive(bundle)  # its acknowledgement is lost on the way back

    client_id = clients.register_client(coordinator, client_input("赵敏", serial=31), today=TODAY).client_id
    sign_consent_form(coordinator, client_id)
    work.refresh()  # as when the page is shown again: these changes were made past its operations
    assert "个案档案 1" in work.waiting.text() and "最早的变更" in work.waiting.text()
    work.export_to(str(usb))
    second = usb / bundle.name.replace("-000001.", "-000002.")
    ack = county.receive(second)
    (tmp_path / "ack.rdack").write_bytes(ack)
    work.import_ack(str(tmp_path / "ack.rdack"))
    counts = Acknowledgement.open(ack, keys.county_signing.public).counts()
    assert counts["committed"] > 0
    newest, earlier = ([work.history.item(row, c).text() for c in range(4, 7)] for row in (0, 1))
    assert newest == ["已确认", str(counts["committed"] + counts["already"]), str(counts["rejected"])]
    assert earlier == ["已确认", "—", "—"]  # acknowledged by the later bundle's acknowledgement
    assert work.waiting.text() == "没有待上报的内容：县（区）已确认全部变更。"
    county.close()
    coordinator.close()


def _enrolled(ctx, tmp_path: Path) -> None:
    path = enrolment_file(tmp_path, make_keys())
    sync.enrol(ctx, path, Enrolment.open(path.read_bytes()).fingerprint)


class _ClickingCancel(ProgressBridge):
    """Clicks the Cancel button of the page's progress window when the export reports its ``at``-th step, and notes
    at each step whether the window still offered Cancel."""

    page: SyncPage
    at = 1

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[int, int]] = []
        self.advanced.connect(self._on_step)

    def _on_step(self, done: int, total: int) -> None:
        self.seen.append((done, total))
        if len(self.seen) == self.at:
            self.page.export_progress.findChild(QPushButton).click()


def test_a_cancelled_export_leaves_nothing_and_the_next_one_uses_the_same_number(
    qtbot, zh, admin_ctx, ops, prefs, tmp_path: Path, monkeypatch
) -> None:
    _enrolled(admin_ctx, tmp_path)
    page = SyncPage(admin_ctx, ops, prefs)
    qtbot.addWidget(page)
    usb = tmp_path / "usb"
    usb.mkdir()
    _ClickingCancel.page = page
    monkeypatch.setattr(sync_page_module, "ProgressBridge", _ClickingCancel)
    page.export_to(str(usb))
    assert "已取消" in page.message.text()
    assert list(usb.iterdir()) == []
    assert [p.name for p in sync_export.outbox_dir(admin_ctx).iterdir()] == []  # no temp file either
    assert page.history.rowCount() == 0 and page.export_progress is None

    _ClickingCancel.at = 0  # never clicks: the export goes through
    page.export_to(str(usb))
    (bundle,) = usb.iterdir()
    assert bundle.name.endswith("-000001.rdsync") and bundle.name in page.message.text()
    assert page.history.rowCount() == 1 and page.export_progress is None


def test_cancel_is_withdrawn_once_the_bundle_is_complete(
    qtbot, zh, admin_ctx, ops, prefs, tmp_path: Path, monkeypatch
) -> None:
    """Past the last step the bundle is recorded and copied: the window no longer offers a Cancel that could not
    keep its promise, and says what it is doing."""
    _enrolled(admin_ctx, tmp_path)
    page = SyncPage(admin_ctx, ops, prefs)
    qtbot.addWidget(page)
    offered: list[tuple[bool, str]] = []

    class Watching(ProgressBridge):
        def step(self, done: int, total: int, note: str = "") -> None:
            super().step(done, total, note)  # the page has shown it by now: one thread in these tests
            window = page.export_progress
            offered.append((window.findChild(QPushButton) is not None, window.labelText()))

    monkeypatch.setattr(sync_page_module, "ProgressBridge", Watching)
    usb = tmp_path / "usb"
    usb.mkdir()
    page.export_to(str(usb))
    assert len(offered) >= 2 and all(cancel for cancel, _ in offered[:-1])
    assert offered[-1] == (False, "正在将上报包复制到 U 盘并校验副本…")
    assert page.history.rowCount() == 1


def test_the_export_target_dialog_offers_usb_sticks_first_then_any_folder(qtbot, zh, tmp_path: Path) -> None:
    stick, pulled, disk = tmp_path / "KINGSTON", tmp_path / "PULLED", tmp_path / "home"
    for folder in (stick, pulled, disk):
        folder.mkdir()
    dialog = ExportTargetDialog()
    qtbot.addWidget(dialog)
    flags = [
        dialog.drive_list.item(row).data(Qt.ItemDataRole.UserRole).removable for row in range(dialog.drive_list.count())
    ]
    assert flags == sorted(flags, reverse=True)  # this machine's own drives, sticks first
    assert ("没有找到 U 盘" in dialog.message.text()) == (True not in flags)

    dialog.drive_list.show_drives(
        [Drive(pulled, "PULLED", 2 * 1024**3, True), Drive(disk, "home", 50 * 1024**3, False)]
    )
    assert "U 盘或存储卡" in dialog.drive_list.item(0).text() and "2.0 GB" in dialog.drive_list.item(0).text()
    assert "本机磁盘" in dialog.drive_list.item(1).text()
    dialog.take_selected()  # the stick's folder is there but nothing is mounted on it any more
    assert dialog.chosen is None and "已不在" in dialog.message.text()
    dialog.drive_list.setCurrentRow(1)
    dialog.take_selected()
    assert dialog.chosen == disk and dialog.result() == QDialog.DialogCode.Accepted


def test_records_the_county_rejected_are_listed_in_words_and_open_the_case(
    qtbot, zh, admin_ctx, ops, prefs, tmp_path: Path
) -> None:
    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    sync.enrol(admin_ctx, path, Enrolment.open(path.read_bytes()).fingerprint)
    county = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "county.db")
    county.register(sync.write_registration_request(admin_ctx, tmp_path / "request.rdreq").read_bytes())
    coordinator = login_as(admin_ctx, "coord", {Role.COORDINATOR}, "coord-pass-12")
    client_id = clients.register_client(coordinator, client_input("赵敏", serial=31), today=TODAY).client_id
    sign_consent_form(coordinator, client_id)
    page = SyncPage(coordinator, ops, prefs)
    qtbot.addWidget(page)
    usb = tmp_path / "usb"
    usb.mkdir()
    page.export_to(str(usb))
    (bundle,) = usb.glob("*.rdsync")

    def reject(record: dict) -> str | None:
        # a reason the station knows, a code it does not, and a hostile one (bidi override, markup)
        reasons = {"client": "field", "episode": "new_rule_2027", "indicator_snapshot": "<b>\u202efield"}
        return reasons.get(record["type"])

    (tmp_path / "ack.rdack").write_bytes(county.receive(bundle, reject=reject))
    page.import_ack(str(tmp_path / "ack.rdack"))
    rejected = int(page.history.item(0, 6).text())
    assert rejected == page.rejected.rowCount() >= 3
    assert page.history.item(0, 6).foreground().color() == colours.RED
    rows = {
        page.rejected.item(row, 1).text(): [page.rejected.item(row, c).text() for c in range(4)]
        for row in range(page.rejected.rowCount())
    }
    assert set(rows) >= {"个案档案", "服务周期", "指标快照"}
    case_number = station_query(coordinator, "SELECT case_number FROM client WHERE id = ?", client_id)[0][0]
    assert rows["个案档案"][:3] == [f"赵敏（{case_number}）", "个案档案", "有字段缺失或格式不符合县（区）的要求。"]
    assert rows["个案档案"][3] == client_id
    assert rows["服务周期"][0] == f"赵敏（{case_number}）" and "new_rule_2027" in rows["服务周期"][2]
    assert rows["指标快照"][0] == "（站点记录）" and rows["指标快照"][2] == "县（区）退回（原因代码 ?）。"

    sql = "SELECT count(*) FROM audit_log WHERE action = 'view' AND entity_id = ?"
    before = station_query(coordinator, sql, client_id)[0][0]
    snapshot_row = next(r for r in range(page.rejected.rowCount()) if page.rejected.item(r, 1).text() == "指标快照")
    page.rejected.itemActivated.emit(page.rejected.item(snapshot_row, 0))
    assert page.case_window is None  # a station record opens no case
    episode_row = next(r for r in range(page.rejected.rowCount()) if page.rejected.item(r, 1).text() == "服务周期")
    page.rejected.itemActivated.emit(page.rejected.item(episode_row, 0))
    assert page.case_window is not None and page.case_window.isVisible()
    assert station_query(coordinator, sql, client_id)[0][0] > before  # the opening is an audited view
    page.case_window.close()
    county.close()
    coordinator.close()


@contextmanager
def _threaded_page(ctx, prefs, tmp_path: Path) -> Iterator[tuple[SyncPage, Operations]]:
    """An enrolled station's Sync page with the app's threaded Operations, as in the app; shut down afterwards."""
    _enrolled(ctx, tmp_path)
    threaded = Operations()
    try:
        yield SyncPage(ctx, threaded, prefs), threaded
    finally:
        threaded.shutdown()


def test_an_export_on_the_database_thread_reports_progress_and_closes_its_window(
    qtbot, zh, admin_ctx, prefs, tmp_path: Path
) -> None:
    """As in the app: the export runs on the worker thread, its steps cross to the window as queued signals."""
    with _threaded_page(admin_ctx, prefs, tmp_path) as (page, threaded):
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: not threaded.busy, timeout=20_000)
        usb = tmp_path / "usb"
        usb.mkdir()
        page.export_to(str(usb))
        assert page.export_progress is not None
        qtbot.waitUntil(lambda: page.export_progress is None and not threaded.busy, timeout=60_000)
        (bundle,) = usb.iterdir()
        assert bundle.name in page.message.text()
        qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=20_000)


def _next_key(ctx) -> sync_snapshot.SnapshotKey | None:
    """The key of the snapshots the next bundle would carry, as the export reads it."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return sync_snapshot.snapshot_key(uow, ctx, change_log.head(uow.session))


def test_showing_the_page_prepares_the_days_snapshots_on_the_worker_thread(
    qtbot, zh, admin_ctx, prefs, tmp_path: Path
) -> None:
    with _threaded_page(admin_ctx, prefs, tmp_path) as (page, threaded):
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: not threaded.busy, timeout=20_000)
        key = _next_key(admin_ctx)
        assert key is not None
        assert sync_snapshot.prepared_snapshots(admin_ctx.store, key) is None  # made, not shown: nothing yet
        page.show()
        qtbot.waitUntil(lambda: not threaded.busy, timeout=60_000)
        prepared = sync_snapshot.prepared_snapshots(admin_ctx.store, key)
        assert prepared is not None and {record["period"] for record in prepared} >= {"2026Q4", "2026"}
        assert _next_key(admin_ctx) == key  # only read: the change-log head did not move


def _held_reading(monkeypatch):
    """The snapshots' reading held at its start until released; returns (reading, release, finished) events."""
    real = sync_snapshot.station_snapshots_in
    reading, release, finished = threading.Event(), threading.Event(), threading.Event()

    def held(*args, **kwargs):
        reading.set()
        assert release.wait(30)
        yield from real(*args, **kwargs)
        finished.set()

    monkeypatch.setattr(sync_snapshot, "station_snapshots_in", held)
    return reading, release, finished


def test_leaving_the_page_stops_the_preparation_and_coming_back_restarts_it(
    qtbot, zh, admin_ctx, prefs, tmp_path: Path, monkeypatch
) -> None:
    """What the user does next must not queue behind seconds of counting on the worker thread: hidden, the page
    stops it at its next step (a stopped one counts as failed: the export would count for itself)."""
    reading, release, finished = _held_reading(monkeypatch)
    with _threaded_page(admin_ctx, prefs, tmp_path) as (page, threaded):
        key = _next_key(admin_ctx)
        try:
            qtbot.addWidget(page)
            page.show()
            assert reading.wait(30)
            page.hide()
            release.set()
            qtbot.waitUntil(lambda: not threaded.busy, timeout=60_000)
            assert not finished.is_set()
            assert key is not None and sync_snapshot.prepared_snapshots(admin_ctx.store, key) is None
            page.show()
            qtbot.waitUntil(lambda: not threaded.busy, timeout=60_000)
            assert finished.is_set()
            assert sync_snapshot.prepared_snapshots(admin_ctx.store, key)
        finally:
            release.set()


def test_a_preparation_stops_quietly_when_its_page_and_the_session_go(
    qtbot, zh, admin_ctx, prefs, tmp_path: Path, monkeypatch
) -> None:
    """Signed out while the snapshots are counted: the page goes, the store closes, the reading (held until then)
    stops without a word; an error would reach the excepthook, which fails the test."""
    reading, release, finished = _held_reading(monkeypatch)
    with _threaded_page(admin_ctx, prefs, tmp_path) as (page, threaded):
        try:
            page.show()
            assert reading.wait(30)
            page.close()
            page.deleteLater()
            admin_ctx.close()
            release.set()
            qtbot.waitUntil(lambda: not threaded.busy, timeout=60_000)
            assert not finished.is_set()
        finally:
            release.set()
