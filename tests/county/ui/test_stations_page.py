"""The stations page: the registry with an overdue station highlighted and told why, registering a station's real
request (fingerprint shown, wrong digits refused in Chinese, right digits approve), revoking with a reason."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from rehabdesk.county.services import registry
from rehabdesk.county.ui.stations_page import OVERDUE_COLUMN, StationsPage
from rehabdesk.domain import clock
from rehabdesk.ui.kit.colours import RED
from tests.county.support import enrolled_station


@pytest.fixture
def station(county, tmp_path):
    made = enrolled_station(county, tmp_path / "s1", seed=5, code="ST0001")
    yield made
    made.ctx.close()


def _page(qtbot, county, ops) -> StationsPage:
    page = StationsPage(county, ops, admin=True)
    qtbot.addWidget(page)
    return page


def _cells(page: StationsPage, row: int) -> list[str]:
    return [page.table.item(row, column).text() for column in range(page.table.columnCount())]


def test_registering_a_request_shows_the_fingerprint_and_approves_only_the_right_digits(
    zh, qtbot, ops, county, station
) -> None:
    page = _page(qtbot, county, ops)
    page.register_file(station.request)
    dialog = page.approve_dialog
    assert dialog is not None and dialog.isVisible()
    request = registry.read_request(station.request)
    shown = dialog.findChild(type(dialog.message_label), "fingerprintDigits").text()
    assert shown == request.fingerprint
    assert "待批准" in _cells(page, 0)[4]  # kept pending until the digits are confirmed
    wrong = ("1" if request.fingerprint[0] != "1" else "2") + request.fingerprint[1:]
    dialog.digits_edit.setText(wrong)
    dialog.submit()
    assert dialog.isVisible()
    assert "不一致" in dialog.message_label.text() or "不符" in dialog.message_label.text()
    assert registry.list_stations(county)[0].devices[0].status == "pending"
    dialog.digits_edit.setText(request.fingerprint)
    dialog.submit()
    assert not dialog.isVisible()
    assert registry.list_stations(county)[0].devices[0].status == "approved"
    assert "已批准" in _cells(page, 0)[4]
    assert _cells(page, 0)[:4] == ["测试康复站 ST0001", "ST0001", "110105", _cells(page, 0)[3]]


def test_a_station_with_nothing_this_quarter_is_overdue_in_red_and_says_why(zh, qtbot, ops, county, station) -> None:
    registration = registry.register(county, station.request)
    registry.approve(county, registration.device_id, registration.fingerprint)
    page = _page(qtbot, county, ops)
    with clock.frozen(date(2026, 10, 19)):  # the quarter's deadline not yet passed
        page.refresh()
    assert _cells(page, 0)[OVERDUE_COLUMN] == "按时"
    assert page.table.item(0, 0).foreground().color() != RED
    with clock.frozen(date(2026, 10, 21)):
        page.refresh()
    cells = _cells(page, 0)
    assert cells[OVERDUE_COLUMN] == "逾期" and cells[5] == "从未收到"
    item = page.table.item(0, OVERDUE_COLUMN)
    assert item.foreground().color() == RED
    assert "2026-10-01" in item.toolTip() and "2026-10-20" in item.toolTip()
    assert "2026-10-20" in page.deadline_label.text()


def test_revoking_asks_for_a_reason_and_records_it(zh, qtbot, ops, county, station) -> None:
    registration = registry.register(county, station.request)
    registry.approve(county, registration.device_id, registration.fingerprint)
    page = _page(qtbot, county, ops)
    page.refresh()
    page.table.selectRow(0)
    page._revoke_selected()
    dialog = page.revoke_dialog
    assert registration.device_id in dialog.findChildren(type(dialog.message_label))[0].text()
    dialog.reason_edit.setText("   ")
    dialog._check()
    assert dialog.isVisible() and dialog.message_label.text() == "请填写吊销原因。"
    dialog.reason_edit.setText("电脑被盗\u202e")  # a bidi override is refused, in words
    dialog._check()
    assert dialog.isVisible() and dialog.message_label.text() and "\u202e" not in dialog.message_label.text()
    dialog.reason_edit.setText("电脑被盗")
    dialog._check()
    assert not dialog.isVisible()
    assert registry.list_stations(county)[0].devices[0].status == "revoked"
    assert "已吊销" in _cells(page, 0)[4]
    with county.store.unit_of_work(county.actor, read_only=True) as uow:
        details = (
            uow.session.connection()
            .exec_driver_sql("SELECT detail FROM audit_log WHERE action = 'device_revoked'")
            .scalars()
            .all()
        )
    assert [json.loads(d)["reason"] for d in details] == ["电脑被盗"]


def test_a_damaged_request_file_is_refused_in_chinese(zh, qtbot, ops, county, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("rehabdesk.county.ui.jobs.QMessageBox.warning", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.rdreq"
    bad.write_bytes(b"=cmd|' /C calc'!A0\n" + b"\x00" * 100)
    page = _page(qtbot, county, ops)
    page.register_file(bad)
    assert len(shown) == 1 and "Traceback" not in shown[0]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in shown[0])
    assert page.approve_dialog is None
    assert registry.list_stations(county) == []


def test_the_enrolment_file_is_written_and_a_station_can_enrol_with_it(zh, qtbot, ops, county, tmp_path) -> None:
    from rehabdesk.sync.enrolment import Enrolment

    page = _page(qtbot, county, ops)
    target = tmp_path / "county.rdenrol"
    page.write_enrolment(target)
    enrolment = Enrolment.open(target.read_bytes())
    assert enrolment.county_name == "测试区民政局"
    assert enrolment.fingerprint in page.enrolment_label.text() and str(target) in page.enrolment_label.text()


def test_staff_register_a_request_and_leave_the_approval_to_the_admin(
    zh, qtbot, ops, county, station, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        "rehabdesk.county.ui.stations_page.QMessageBox.information", lambda parent, title, text: told.append(text)
    )
    page = StationsPage(county, ops, admin=False)
    qtbot.addWidget(page)
    page.register_file(station.request)
    assert page.approve_dialog is None
    assert len(told) == 1 and "管理员" in told[0]
    assert registry.list_stations(county)[0].devices[0].status == "pending"
    assert not page.approve_button.isEnabled() and not page.enrolment_button.isEnabled()
