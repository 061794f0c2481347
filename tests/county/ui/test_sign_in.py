"""Signing in to the county: the screen names the county, refuses a wrong password in Chinese, and opens the main
window with the county's name in its title; --demo makes the demo county first, with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from rehabdesk.county.demo import DEMO_COUNTY_NAME, DEMO_LOGIN, DEMO_PASSWORD
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.county.ui.main_window import CountyWindow
from rehabdesk.county.ui.shell import CountyShell, SignInWindow
from rehabdesk.county.ui.sign_in import SignInWidget
from tests.conftest import TEST_POLICY
from tests.county.support import COUNTY_ADMIN, COUNTY_PASSWORD


def _shell(paths: CountyPaths, ops, tmp_path: Path, **options) -> CountyShell:
    settings = QSettings(str(tmp_path / "county-ui.ini"), QSettings.Format.IniFormat)
    return CountyShell(paths, ops, TEST_POLICY, settings=settings, **options)


def _sign_in(shell: CountyShell, login: str, password: str) -> None:
    assert isinstance(shell.window, SignInWindow)
    shell.window.sign_in.login_edit.setText(login)
    shell.window.sign_in.password_edit.setText(password)
    shell.window.sign_in.submit()


def test_a_wrong_password_is_refused_in_chinese_and_the_right_one_opens_the_county(
    zh, qtbot, ops, county_paths, tmp_path
) -> None:
    shell = _shell(county_paths, ops, tmp_path)
    shell.start()
    screen = shell.window.sign_in
    qtbot.addWidget(shell.window)
    assert str(county_paths.root) in screen.county_label.text()  # the first time: named by its folder
    assert "登录" in shell.window.windowTitle()
    _sign_in(shell, COUNTY_ADMIN, "wrong-password-1")
    assert isinstance(shell.window, SignInWindow)
    assert screen.message_label.isVisibleTo(screen) and "密码" in screen.message_label.text()
    assert screen.password_edit.text() == ""
    _sign_in(shell, COUNTY_ADMIN, COUNTY_PASSWORD)
    window = shell.window
    qtbot.addWidget(window)
    assert isinstance(window, CountyWindow)
    assert "测试区民政局" in window.windowTitle()
    assert not window.windowIcon().isNull()
    assert [window.rail.item(i).text() for i in range(window.rail.count())] == [
        "站点",
        "接收数据包",
        "汇总表",
        "站点概况",
        "维护",  # an admin's
    ]
    assert len(window.fingerprint_label.text().split()) >= 8
    window.sign_out()
    assert isinstance(shell.window, SignInWindow)
    # Remembered on this computer: the next sign-in names the county itself.
    assert "测试区民政局" in shell.window.sign_in.county_label.text()
    qtbot.addWidget(shell.window)


def test_a_folder_without_a_county_says_so_and_offers_no_sign_in(zh, qtbot, ops, tmp_path) -> None:
    screen = SignInWidget(CountyPaths(tmp_path / "empty"), TEST_POLICY, ops)
    qtbot.addWidget(screen)
    assert not screen.sign_in_button.isEnabled()
    assert "创建" in screen.message_label.text() and screen.create_button.isVisibleTo(screen)


def test_demo_creates_the_demo_county_with_progress_and_shows_the_demo_login(zh, qtbot, ops, tmp_path) -> None:
    paths = CountyPaths(tmp_path / "demo-county")
    shell = _shell(paths, ops, tmp_path, demo=True, demo_clients=3)
    labels: list[str] = []
    original = shell._demo_advanced

    def advanced(done: int, total: int) -> None:
        original(done, total)
        labels.append(shell._progress.labelText())

    shell._demo_advanced = advanced
    shell.start()
    qtbot.addWidget(shell.window)
    assert paths.is_station()
    assert labels[0] == "正在创建演示县：第 1 个站点，共 3 个" and len(labels) == 4
    screen = shell.window.sign_in
    assert DEMO_COUNTY_NAME in screen.county_label.text()
    hint = shell.window.findChild(type(screen.county_label), "demoHint")
    assert DEMO_LOGIN in hint.text() and DEMO_PASSWORD in hint.text()
    _sign_in(shell, DEMO_LOGIN, DEMO_PASSWORD)
    qtbot.addWidget(shell.window)
    assert isinstance(shell.window, CountyWindow)
    assert len(shell.window.stations_page.lines) == 3


def test_a_first_password_is_changed_before_work_and_staff_cannot_decide_registrations(
    zh, qtbot, ops, county_paths, county, tmp_path
) -> None:
    from rehabdesk.county.services.accounts import add_account
    from rehabdesk.county.ui.password_dialog import PasswordDialog

    add_account(county, "liuxia", "刘霞", "staff", "first-pass-2026")
    shell = _shell(county_paths, ops, tmp_path)
    shell.start()
    qtbot.addWidget(shell.window)
    _sign_in(shell, "liuxia", "first-pass-2026")
    window = shell.window
    qtbot.addWidget(window)
    dialog = window.findChild(PasswordDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.old_edit.setText("first-pass-2026")
    dialog.new_edit.setText("her-own-pass-77")
    dialog.repeat_edit.setText("her-own-pass-78")
    dialog.submit()
    assert dialog.isVisible() and dialog.message_label.text() == "两次输入的新密码不一致。"
    dialog.repeat_edit.setText("her-own-pass-77")
    dialog.submit()
    assert not dialog.isVisible()
    assert not window.stations_page.approve_button.isEnabled() and not window.stations_page.revoke_button.isEnabled()
    assert "管理员" in window.stations_page.approve_button.toolTip()
    window.sign_out()
    qtbot.addWidget(shell.window)
    _sign_in(shell, "liuxia", "her-own-pass-77")
    qtbot.addWidget(shell.window)
    assert isinstance(shell.window, CountyWindow) and shell.window.findChild(PasswordDialog) is None


def test_an_empty_folder_offers_to_create_the_county_then_signs_in_to_it(zh, qtbot, ops, tmp_path) -> None:
    paths = CountyPaths(tmp_path / "new-county")
    shell = _shell(paths, ops, tmp_path)
    shell.start()
    qtbot.addWidget(shell.window)
    screen = shell.window.sign_in
    assert screen.create_button.isVisibleTo(screen)
    screen.create_button.click()
    dialog = shell.create_dialog
    assert dialog.isVisible()
    dialog.name_edit.setText("海淀区民政局")
    dialog.division_edit.setText("1101")
    dialog.password_edit.setText("county-pass-2026")
    dialog.repeat_edit.setText("county-pass-2027")
    dialog.submit()
    assert dialog.message_label.text() == "两次输入的密码不一致。"
    dialog.repeat_edit.setText("county-pass-2026")
    dialog.submit()
    assert "6 位" in dialog.message_label.text() and not paths.is_station()
    dialog.division_edit.setText("110108")
    dialog.submit()
    assert paths.is_station() and dialog.done_widget.isVisibleTo(dialog)
    text = dialog.result_label.text()
    assert "恢复码" in text and len(text.split("\n")) >= 6
    dialog.findChild(type(dialog.create_button), "writtenDownButton").click()
    qtbot.addWidget(shell.window)
    assert "海淀区民政局" in shell.window.sign_in.county_label.text()
    assert not shell.window.sign_in.create_button.isVisibleTo(shell.window.sign_in)
    _sign_in(shell, "admin", "county-pass-2026")
    qtbot.addWidget(shell.window)
    assert isinstance(shell.window, CountyWindow) and "海淀区民政局" in shell.window.windowTitle()
