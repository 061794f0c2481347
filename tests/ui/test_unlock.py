"""The unlock screen: wrong password, unknown account, lockout, success, second instance."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

from rehabdesk.domain.station import LOGIN_MAX_LENGTH
from rehabdesk.storage import auth_events
from rehabdesk.storage.instance_lock import InstanceLock
from rehabdesk.ui.unlock import UnlockWidget
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY


def _unlock_widget(qtbot, paths, ops, **kwargs) -> UnlockWidget:
    widget = UnlockWidget(paths, TEST_POLICY, ops, **kwargs)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_wrong_password_shows_chinese_message_and_keeps_the_account(qtbot, zh, new_station, station_paths, ops):
    new_station[0].close()
    widget = _unlock_widget(qtbot, station_paths, ops)
    widget.login_edit.setText(ADMIN_LOGIN)
    widget.password_edit.setText("not-the-password")
    with qtbot.assertNotEmitted(widget.unlocked):
        widget.submit()
    assert widget.message_label.isVisible()
    assert "密码错误" in widget.message_label.text()
    assert widget.login_edit.text() == ADMIN_LOGIN
    assert widget.password_edit.text() == ""


def test_unknown_account_is_named_as_such(qtbot, zh, new_station, station_paths, ops):
    new_station[0].close()
    widget = _unlock_widget(qtbot, station_paths, ops)
    widget.login_edit.setText("nobody")
    widget.password_edit.setText(ADMIN_PASSWORD)
    widget.submit()
    assert "没有这个账户" in widget.message_label.text()


def test_the_account_field_takes_no_longer_name_than_an_account_can_have(qtbot, zh, new_station, station_paths, ops):
    new_station[0].close()
    widget = _unlock_widget(qtbot, station_paths, ops)
    assert widget.login_edit.maxLength() == LOGIN_MAX_LENGTH
    widget.login_edit.setText("x" * 200_000)
    assert len(widget.login_edit.text()) == LOGIN_MAX_LENGTH


def test_a_damaged_database_is_explained_in_chinese(qtbot, zh, new_station, station_paths, ops):
    new_station[0].close()
    data = bytearray(station_paths.database.read_bytes())
    data[len(data) // 2] ^= 0xFF
    station_paths.database.write_bytes(bytes(data))
    widget = _unlock_widget(qtbot, station_paths, ops)
    widget.login_edit.setText(ADMIN_LOGIN)
    widget.password_edit.setText(ADMIN_PASSWORD)
    with qtbot.assertNotEmitted(widget.unlocked):
        widget.submit()
    assert (
        "已损坏" in widget.message_label.text() and str(station_paths.default_backup_dir) in widget.message_label.text()
    )


def test_correct_password_unlocks(qtbot, zh, new_station, station_paths, ops):
    new_station[0].close()
    widget = _unlock_widget(qtbot, station_paths, ops, demo=True)
    assert widget.findChild(type(widget.message_label), "demoHint").isVisible()
    widget.login_edit.setText(ADMIN_LOGIN)
    widget.password_edit.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(widget.unlocked) as unlocked:
        widget.submit()
    ctx = unlocked.args[0]
    assert ctx.actor.login == ADMIN_LOGIN
    ctx.close()


def test_sign_in_waits_behind_work_left_running_instead_of_ignoring_enter(qtbot, zh, new_station, station_paths):
    """Signing out while a page still loads leaves that load on the worker thread: the next sign-in queues after
    it rather than being dropped, and a second Enter during the sign-in does not start another."""
    from rehabdesk.ui.operations import Operations

    new_station[0].close()
    threaded = Operations()
    release = threading.Event()
    try:
        threaded.run(None, lambda: release.wait(10))  # the previous session's page, still loading
        widget = _unlock_widget(qtbot, station_paths, threaded)
        widget.login_edit.setText(ADMIN_LOGIN)
        widget.password_edit.setText(ADMIN_PASSWORD)
        with qtbot.waitSignal(widget.unlocked, timeout=10_000) as unlocked:
            widget.submit()
            assert not widget.unlock_button.isEnabled()
            widget.submit()  # pressed again while signing in: ignored
            release.set()
        unlocked.args[0].close()
        qtbot.waitUntil(lambda: not threaded.busy)
        assert widget.unlock_button.isEnabled()
    finally:
        release.set()
        threaded.shutdown()


def test_demo_hint_only_in_demo_mode(qtbot, zh, new_station, station_paths, ops):
    new_station[0].close()
    widget = _unlock_widget(qtbot, station_paths, ops)
    assert widget.findChild(type(widget.message_label), "demoHint") is None


def test_locked_out_account_is_refused_even_with_the_right_password(qtbot, zh, new_station, station_paths, ops):
    new_station[0].close()
    long_ago = datetime.now(UTC) - timedelta(hours=2)
    for _ in range(10):
        auth_events.record(station_paths.auth_events, ADMIN_LOGIN, auth_events.FAILED, at=long_ago)
    widget = _unlock_widget(qtbot, station_paths, ops)
    widget.login_edit.setText(ADMIN_LOGIN)
    widget.password_edit.setText(ADMIN_PASSWORD)
    with qtbot.assertNotEmitted(widget.unlocked):
        widget.submit()
    assert "已被锁定" in widget.message_label.text()


def test_growing_delay_after_repeated_failures(qtbot, zh, new_station, station_paths, ops):
    new_station[0].close()
    for _ in range(5):
        auth_events.record(station_paths.auth_events, ADMIN_LOGIN, auth_events.FAILED)
    widget = _unlock_widget(qtbot, station_paths, ops)
    widget.login_edit.setText(ADMIN_LOGIN)
    widget.password_edit.setText(ADMIN_PASSWORD)
    widget.submit()
    assert "秒后重试" in widget.message_label.text()


def test_second_instance_is_refused_with_a_message(new_station, station_paths):
    new_station[0].close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with InstanceLock(station_paths.lock_file, holder="RehabDesk"):
        process = subprocess.Popen(
            [sys.executable, "-m", "rehabdesk", "--data-dir", str(station_paths.root)],
            stderr=subprocess.PIPE,
            env=env,
        )
        # After printing, the process waits on its message box as a person would see it: read one line, then end it.
        first_line: list[bytes] = []
        reader = threading.Thread(target=lambda: first_line.append(process.stderr.readline()))
        reader.start()
        reader.join(timeout=30)
        process.kill()
        process.wait()
        reader.join()
    assert "已在本机的精康工作台中打开" in first_line[0].decode("utf-8")
