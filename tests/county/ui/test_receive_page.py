"""The receive page: a folder of real bundles from two demo stations imported with progress, results in Chinese
words, acknowledgements written beside the bundles; cancelling keeps what was received; an invalid record is
shown in the quarantine list with its reason in words, and a bundle held for a gap is named."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from rehabdesk.county.services import registry
from rehabdesk.county.services.keys import load_keys
from rehabdesk.county.ui.receive_page import ACKS_FOLDER, ReceivePage
from rehabdesk.services import sync_export
from rehabdesk.sync.enrolment import RegistrationRequest
from rehabdesk.sync.minisign import SecretKey
from tests.county.support import enrolled_station
from tests.sync.support import Keys, write_bundle


def _page(qtbot, county, ops) -> ReceivePage:
    page = ReceivePage(county, ops)
    qtbot.addWidget(page)
    page.show()
    return page


def _column(page: ReceivePage, column: int) -> list[str]:
    return [page.results.item(row, column).text() for row in range(page.results.rowCount())]


def _approved_station(county, tmp_path: Path, seed: int, code: str):
    station = enrolled_station(county, tmp_path / code, seed=seed, code=code)
    registration = registry.register(county, station.request)
    registry.approve(county, registration.device_id, registration.fingerprint)
    return station


def _recording(page: ReceivePage) -> list[tuple[int, int, int]]:
    """(done, total, the bar's value) each time the worker reports progress."""
    steps: list[tuple[int, int, int]] = []
    original = page._advanced

    def advanced(done: int, total: int) -> None:
        original(done, total)
        steps.append((done, total, page.progress.value()))

    page._advanced = advanced
    return steps


def test_a_folder_of_real_bundles_is_received_with_progress_and_acknowledged(zh, qtbot, ops, county, tmp_path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    stations = [_approved_station(county, tmp_path, seed, code) for seed, code in ((3, "ST0001"), (4, "ST0002"))]
    for station in stations:
        sync_export.export_bundle(station.ctx, usb)
        station.ctx.close()
    page = _page(qtbot, county, ops)
    steps = _recording(page)
    page.import_from(usb)
    assert [(done, total) for done, total, _ in steps] == [(0, 2), (1, 2), (2, 2)]
    assert page.progress is None  # closed once done
    assert sorted(_column(page, 1)) == ["ST0001", "ST0002"]
    assert _column(page, 4) == ["已接收", "已接收"]
    assert all("新增或更新" in text for text in _column(page, 5))
    acks = sorted((usb / ACKS_FOLDER).glob("*.rdack"))
    assert len(acks) == 2
    assert str(usb / ACKS_FOLDER) in page.result_label.text() and page.open_acks_button.isVisibleTo(page)
    assert [line.last_received is not None for line in registry.list_stations(county)] == [True, True]
    page.import_from(usb)
    assert _column(page, 4) == ["此前已收到", "此前已收到"]


def test_cancelling_keeps_the_bundles_received_so_far(zh, qtbot, ops, county, tmp_path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    for seed, code in ((3, "ST0001"), (4, "ST0002")):
        station = _approved_station(county, tmp_path, seed, code)
        sync_export.export_bundle(station.ctx, usb)
        station.ctx.close()
    page = _page(qtbot, county, ops)
    steps = _recording(page)
    page.received.connect(lambda: None)
    original = page._advanced

    def cancel_after_first(done: int, total: int) -> None:
        original(done, total)
        if done == 0:  # the user presses Cancel while the first bundle is being received
            page.progress.findChild(QPushButton).click()

    page._advanced = cancel_after_first
    page.import_from(usb)
    assert steps == [(0, 2, 0)]
    assert page.results.rowCount() == 1
    assert "已取消" in page.result_label.text()


def _crafted_device(county, tmp_path: Path) -> Keys:
    device = SecretKey.generate()
    request = RegistrationRequest("ST0009", "测试站", "110105", "D00000A1", device.public, "2026-12-07T00:00:00Z")
    path = tmp_path / "crafted.rdreq"
    path.write_bytes(request.seal(device))
    registry.register(county, path, fingerprint=request.fingerprint)
    with county.store.unit_of_work(county.actor, read_only=True) as uow:
        keys = load_keys(uow.session, county.store.master)
    return Keys(keys.identity, keys.signing, device)


def _client(**extra) -> dict:
    return {"type": "client", "op": "upsert", "id": str(uuid.uuid4()), "version": 1, "pseudonym": "ab" * 32,
            "birth_year": 1980, "gender": "female", **extra}  # fmt: skip


def test_quarantined_records_and_held_bundles_are_shown_in_words(zh, qtbot, ops, county, tmp_path) -> None:
    keys = _crafted_device(county, tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    write_bundle(usb, keys, [_client(), _client(name="张三")], station_code="ST0009")
    write_bundle(usb, keys, [_client()], sequence=3, previous="00" * 32, station_code="ST0009")  # 2 never came
    page = _page(qtbot, county, ops)
    page.import_from(usb)
    assert _column(page, 4) == ["已接收", "暂存，等待缺失的数据包"]
    assert page.quarantine.rowCount() == 1
    reason = page.quarantine.item(0, 5).text()
    assert reason == "记录含有格式不允许的字段"
    assert page.quarantine.item(0, 4).text() == "记录（康复对象）"
    assert "张三" not in reason
    assert "ST0009" in page.held_label.text() and "第 3 个数据包" in page.held_label.text()
    assert page.result_label.text().startswith("共处理 2 个数据包，其中 0 个被拒收或整体隔离。")


def test_a_folder_without_bundles_says_so_in_chinese(zh, qtbot, ops, county, tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("x")
    page = _page(qtbot, county, ops)
    page.import_from(empty)
    assert "没有" in page.result_label.text() and str(empty) in page.result_label.text()
    assert page.folder_button.isEnabled() and page.progress is None
