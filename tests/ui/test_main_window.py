"""Main window: idle lock and resume with typed input intact, language switch, audit viewer, preferences file."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit

from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, sessions, settings
from rehabdesk.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, HEAD_NAME, STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY

CANARY = "金丝雀测试文字7Q"


def _main_window(qtbot, ctx, ops, prefs) -> MainWindow:
    window = MainWindow(ctx, ops, prefs, TEST_POLICY)
    qtbot.addWidget(window)
    window.show()
    return window


def _nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_areas_follow_roles(qtbot, zh, admin_ctx, staff_account, station_paths, ops, prefs):
    admin_window = _main_window(qtbot, admin_ctx, ops, prefs)
    assert _nav_texts(admin_window) == [
        "今日",
        "康复对象",
        "文书",
        "人员与培训",
        "安全",
        "统计报表",
        "上报",
        "设置",
        "审计日志",
        "关于",
    ]
    staff_ctx = sessions.unlock(station_paths, STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY)
    staff_window = _main_window(qtbot, staff_ctx, ops, prefs)
    assert "审计日志" not in _nav_texts(staff_window)
    assert staff_window.settings_page.accounts_tab is None


def test_the_settings_spin_boxes_take_their_ranges_from_the_declared_settings(qtbot, zh, admin_ctx, ops, prefs):
    tab = _main_window(qtbot, admin_ctx, ops, prefs).settings_page.preferences_tab
    spins = {
        "idle_lock_minutes": tab.idle_spin,
        "backups_to_keep": tab.keep_spin,
        "lockout_threshold": tab.lockout_spin,
        "agreement_warning_days": tab.agreement_days_spin,
        "training_annual_hours": tab.training_hours_spin,
        "waitlist_reconfirm_days": tab.waitlist_days_spin,
        "stage_review_months": tab.stage_review_spin,
        "retention_years": tab.retention_spin,
    }
    for name, spin in spins.items():
        spec = settings.SETTING_SPECS[name]
        assert (spin.minimum(), spin.maximum()) == (spec.minimum, spec.maximum), name


def test_idle_lock_covers_the_window_and_resume_keeps_typed_input(qtbot, zh, admin_ctx, ops, prefs):
    window = _main_window(qtbot, admin_ctx, ops, prefs)
    station_tab = window.settings_page.station_tab
    station_tab.address_edit.setText(CANARY)  # typed, not saved
    window.idle_lock.set_minutes(0.001)
    window.idle_lock.start()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.screens.currentWidget() is window.unlock_widget
    assert not window.workspace.isVisible()
    assert admin_ctx.store.engine.pool.checkedout() == 0

    window.unlock_widget.password_edit.setText("wrong-password-1")
    window.unlock_widget.submit()
    assert window.locked
    assert "密码错误" in window.unlock_widget.message_label.text()

    window.unlock_widget.password_edit.setText(ADMIN_PASSWORD)
    window.unlock_widget.submit()
    assert not window.locked
    assert window.workspace.isVisible()
    assert station_tab.address_edit.text() == CANARY
    station_tab.save()
    assert settings.read_station(admin_ctx).address == CANARY


def test_open_dialog_is_hidden_while_locked_and_back_afterwards(qtbot, zh, admin_ctx, ops, prefs):
    window = _main_window(qtbot, admin_ctx, ops, prefs)
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    field.setText("half-typed note")
    dialog.show()
    window.lock("manual")
    assert not dialog.isVisible()
    window.unlock_widget.password_edit.setText(ADMIN_PASSWORD)
    window.unlock_widget.submit()
    assert dialog.isVisible()
    assert field.text() == "half-typed note"


def test_language_switch_to_english_and_back(qtbot, zh, admin_ctx, ops, prefs):
    window = _main_window(qtbot, admin_ctx, ops, prefs)
    combo = window.settings_page.preferences_tab.language_combo
    combo.setCurrentIndex(combo.findData("en"))
    assert _nav_texts(window) == [
        "Today",
        "Clients",
        "Documents",
        "Staff & training",
        "Safety",
        "Reports",
        "Sync",
        "Settings",
        "Audit log",
        "About",
    ]
    assert window.pages.currentWidget() is window.settings_page
    combo = window.settings_page.preferences_tab.language_combo
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("zh_CN"))
    assert _nav_texts(window)[7] == "设置"
    signed_in = [label.text() for label in window.statusBar().findChildren(QLabel) if "admin" in label.text()]
    assert signed_in == ["当前账户：admin"], "each language switch added another sign-in label"


def test_audit_viewer_filters_and_exports(qtbot, zh, admin_ctx, staff_account, station_paths, ops, prefs, tmp_path):
    staff_ctx = sessions.unlock(station_paths, STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY)
    sessions.log_out(staff_ctx)
    accounts.create_account(admin_ctx, "zhaolei", "赵磊", frozenset({Role.COORDINATOR}), "zhaolei-pass-3")
    window = _main_window(qtbot, admin_ctx, ops, prefs)
    page = window.audit_page
    page.refresh()
    everything = page.model.rowCount()
    assert everything >= 5

    page.account_combo.setCurrentIndex(page.account_combo.findData(STAFF_LOGIN))
    page.refresh()
    staff_rows = page.model.rowCount()
    assert 0 < staff_rows < everything
    assert {page.model.index(r, 1).data() for r in range(staff_rows)} == {STAFF_LOGIN}

    page.account_combo.setCurrentIndex(0)
    page.action_combo.setCurrentIndex(page.action_combo.findData("account_create"))
    page.refresh()
    assert page.model.rowCount() == 2
    assert {page.model.index(r, 2).data() for r in range(2)} == {"新建账户"}

    page.since_edit.setDate(page.since_edit.date().addDays(-400))
    page.until_edit.setDate(page.until_edit.date().addDays(-300))
    page.refresh()
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "共 0 条"

    page.since_edit.setDate(page.until_edit.date().addDays(300))
    page.until_edit.setDate(page.until_edit.date().addDays(300))
    target = tmp_path / "audit.csv"
    page.export_to(target)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["seq", "time_utc", "account", "action"]
    assert [row[3] for row in rows[1:]] == ["account_create", "account_create"]


def test_preferences_file_holds_nothing_about_people(qtbot, zh, admin_ctx, ops, prefs, prefs_file: Path):
    window = _main_window(qtbot, admin_ctx, ops, prefs)
    window.settings_page.station_tab.address_edit.setText(CANARY)
    window.settings_page.station_tab.save()
    combo = window.settings_page.preferences_tab.language_combo
    combo.setCurrentIndex(combo.findData("en"))
    window.close()
    QApplication.processEvents()
    content = prefs_file.read_bytes()
    assert b"ui/language" in content or b"language" in content
    for secret in (HEAD_NAME, CANARY):
        for encoding in ("utf-8", "utf-16-le", "gbk"):
            assert secret.encode(encoding) not in content


def test_operating_system_lock_and_suspend_lock_the_session(qtbot, zh, admin_ctx, ops, prefs):
    window = _main_window(qtbot, admin_ctx, ops, prefs)
    window.session_watch.screensaver_active(False)
    assert not window.locked
    window.session_watch.prepare_for_sleep(True)
    assert window.locked
    window.unlock_widget.password_edit.setText(ADMIN_PASSWORD)
    window.unlock_widget.submit()
    assert not window.locked
    window.session_watch.windows_message(0x02B1, 0x7)  # WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK
    assert window.locked


def test_signed_in_the_cursor_waits_in_the_quick_entry(qtbot, zh, admin_ctx, ops, prefs):
    window = _main_window(qtbot, admin_ctx, ops, prefs)
    assert window.pages.currentWidget() is window.today_page
    qtbot.waitUntil(lambda: window.focusWidget() is window.today_page.entry.search_edit)
