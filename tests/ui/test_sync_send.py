"""Sending to the county server from the app: the sync page's "send now" against a real HTTPS county, the greyed
button where the enrolment names no server, the background sender's backoff and its quiet failures, and the
reminder of the county's quarterly deadline where bundles go on a USB stick."""

from __future__ import annotations

import socket
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from rehabdesk.domain import clock
from rehabdesk.domain.roles import Role
from rehabdesk.services import staff, sync
from rehabdesk.services.settings import StationSettings
from rehabdesk.sync.enrolment import Enrolment
from rehabdesk.ui.county_sender import RETRY_MINUTES, START_DELAY_MS, CountySender
from rehabdesk.ui.pages.sync import SyncPage
from rehabdesk.ui.pages.today import TodayPage
from tests.people_support import TODAY, staff_input
from tests.support import login_as
from tests.sync.server_support import new_county, running_server
from tests.sync.support import enrolment_file


def _enrol(ctx, tmp_path: Path, keys, **server) -> str:
    path = enrolment_file(tmp_path, keys, **server)
    sync.enrol(ctx, path, Enrolment.open(path.read_bytes()).fingerprint)
    return sync.write_registration_request(ctx, tmp_path / "request.rdreq").read_bytes()


def test_send_now_from_the_sync_page(qtbot, zh, admin_ctx, ops, prefs, tmp_path: Path) -> None:
    staff.register_staff(admin_ctx, staff_input("S100", "赵磊"), today=TODAY)
    county, keys, certificate = new_county(tmp_path)
    with running_server(county, tmp_path / "county", certificate) as url:
        request = _enrol(admin_ctx, tmp_path, keys, server=url, tls_sha256=certificate.sha256)
        device = county.register(request).device_id
        page = SyncPage(admin_ctx, ops, prefs)
        qtbot.addWidget(page)
        assert page.send_button.isEnabled() and url in page.send_button.toolTip()
        assert page.send_state.text() == "" and not page.reminder.isVisible()

        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        assert "县（区）最近一次确认" in page.send_state.text()
        assert page.history.rowCount() == 1 and page.history.item(0, 4).text() == "已确认"
        assert county.records("staff")

        # Asked for by hand, a refusal shows at once, in Chinese, and nothing is marked.
        county.revoke(device)
        staff.register_staff(admin_ctx, staff_input("S101", "钱敏"), today=TODAY)
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        assert "吊销" in page.send_state.text() and page.send_button.isEnabled()
        assert page.history.rowCount() == 2 and page.history.item(0, 4).text() == "已发送，尚未收到回执"
    county.close()


def test_without_a_server_the_button_is_greyed_and_the_deadline_reminds(
    qtbot, zh, admin_ctx, ops, prefs, tmp_path: Path
) -> None:
    county, keys, _ = new_county(tmp_path)
    coordinator = login_as(admin_ctx, "coord", {Role.COORDINATOR}, "coord-pass-12")
    clock.set_clock(lambda: datetime(2026, 10, 5, 1, 0, tzinfo=UTC))
    try:
        today = TodayPage(coordinator, ops, prefs, today=date(2026, 10, 5))
        qtbot.addWidget(today)
        assert not today.county_reminder.isVisibleTo(today)  # not enrolled: no county to owe anything to
        _enrol(admin_ctx, tmp_path, keys, server=None, tls_sha256=None)
        page = SyncPage(coordinator, ops, prefs)
        qtbot.addWidget(page)
        assert not page.send_button.isEnabled() and "U 盘" in page.send_button.toolTip()
        assert page.reminder.isVisibleTo(page)
        assert "2026Q3" in page.reminder.text() and "2026-10-15" in page.reminder.text()
        today.refresh()
        assert today.county_reminder.isVisibleTo(today) and "2026Q3" in today.county_reminder.text()
    finally:
        clock.set_clock(None)
    coordinator.close()
    county.close()


def test_the_background_sender_backs_off_and_speaks_up_only_past_the_threshold(
    qtbot, zh, admin_ctx, ops, tmp_path: Path
) -> None:
    staff.register_staff(admin_ctx, staff_input("S100", "赵磊"), today=TODAY)
    county, keys, certificate = new_county(tmp_path)
    with socket.socket() as closed:  # a port nobody listens on: the county server is down
        closed.bind(("127.0.0.1", 0))
        down = f"https://127.0.0.1:{closed.getsockname()[1]}"
    _enrol(admin_ctx, tmp_path, keys, server=down, tls_sha256=certificate.sha256)
    sender = CountySender(admin_ctx, ops)
    sender.start_periodic(StationSettings(push_interval_hours=4, push_alert_hours=24))
    assert sender.state.server == down and sender._timer.interval() == START_DELAY_MS

    intervals = []
    for _ in range(4):
        sender._tick()
        intervals.append(round(sender._timer.interval() / 60_000))
    assert intervals == [*RETRY_MINUTES, RETRY_MINUTES[-1]]
    state = sender.state
    assert state.error is not None and state.error.code == "county_server_unreachable"
    assert not state.overdue and state.shown_error is None and not state.sending  # no news yet
    assert state.waiting_since is not None

    later = datetime.now(UTC) + timedelta(hours=25)
    clock.set_clock(lambda: later)
    try:
        assert sender.state.overdue and sender.state.shown_error is not None
    finally:
        clock.set_clock(None)

    # The county's server is back at its address: the next attempt delivers, and the rhythm is regular again.
    county.register((tmp_path / "request.rdreq").read_bytes())
    with running_server(county, tmp_path / "county", certificate, port=int(down.rsplit(":", 1)[1])):
        sender._tick()
    state = sender.state
    assert state.error is None and state.last_success is not None and state.waiting_since is None
    assert sender._timer.interval() == 4 * 3600 * 1000 and county.records("staff")
    sender.stop()
    assert not sender._timer.isActive()
    county.close()


def test_the_sending_settings_on_the_settings_page(qtbot, zh, admin_ctx, ops, prefs) -> None:
    from rehabdesk.services.settings import read_settings
    from rehabdesk.ui.pages.settings_preferences import PreferencesTab

    tab = PreferencesTab(admin_ctx, ops, prefs)
    qtbot.addWidget(tab)
    assert (tab.push_interval_spin.value(), tab.push_alert_spin.value(), tab.deadline_day_spin.value()) == (4, 24, 15)
    assert (tab.push_interval_spin.maximum(), tab.deadline_day_spin.maximum()) == (48, 28)  # a day every month has
    tab.push_interval_spin.setValue(2)
    tab.push_alert_spin.setValue(48)
    tab.deadline_day_spin.setValue(20)
    tab.save()
    saved = read_settings(admin_ctx)
    assert (saved.push_interval_hours, saved.push_alert_hours, saved.county_deadline_day) == (2, 48, 20)
