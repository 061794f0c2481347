"""The sign-in screen's choice of database: this PC's encrypted file by default; a PostgreSQL server that the
folder remembers (never its password), with the database password typed on the screen and kept in memory only;
a malformed address, an unreachable server or the wrong choice refused in Chinese, the focus on what to fix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.county.ui.main_window import CountyWindow
from rehabdesk.county.ui.shell import CountyShell, SignInWindow
from rehabdesk.county.ui.sign_in import FILE, SERVER, SignInWidget
from tests.conftest import TEST_POLICY
from tests.county.support import COUNTY_ADMIN, COUNTY_PASSWORD, make_county
from tests.postgres_cluster import free_port

DB_PASSWORD = "db-secret-Fz81"


def _screen(qtbot, ops, paths: CountyPaths) -> SignInWidget:
    screen = SignInWidget(paths, TEST_POLICY, ops)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _submit(screen: SignInWidget, password: str = COUNTY_PASSWORD) -> None:
    screen.login_edit.setText(COUNTY_ADMIN)
    screen.password_edit.setText(password)
    screen.submit()


def _every_file_text(folder: Path) -> str:
    return "".join(path.read_bytes().decode("latin-1") for path in folder.rglob("*") if path.is_file())


def test_the_file_is_the_default_and_the_server_fields_stay_hidden(zh, qtbot, ops, county_paths) -> None:
    screen = _screen(qtbot, ops, county_paths)
    screen.activateWindow()
    qtbot.waitUntil(screen.login_edit.hasFocus, timeout=2000)  # the account first, though the choice is above it
    assert screen.database_combo.currentData() == FILE and screen.database_combo.currentText() == "本机的加密数据文件"
    assert not screen.server_edit.isVisible() and not screen.database_password_edit.isVisible()
    screen.database_combo.setCurrentIndex(screen.database_combo.findData(SERVER))
    assert screen.server_edit.isVisible() and screen.database_password_edit.isVisible()
    assert screen.database_password_edit.echoMode() == screen.database_password_edit.EchoMode.Password


def test_a_county_on_postgresql_is_remembered_without_its_password_and_opens(
    zh, qtbot, ops, tmp_path: Path, postgres_cluster
) -> None:
    url = postgres_cluster.new_database()
    make_county(CountyPaths(tmp_path / "county", database_url=url)).close()
    settings_file = tmp_path / "county-ui.ini"
    shell = CountyShell(
        CountyPaths(tmp_path / "county"), ops, TEST_POLICY,
        settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
    )  # fmt: skip
    shell.start()
    qtbot.addWidget(shell.window)
    screen = shell.window.sign_in
    assert screen.database_combo.currentData() == SERVER  # the folder remembers where its records are
    assert screen.server_edit.text() == url and screen.server_edit.isVisible()
    screen.database_password_edit.setText(DB_PASSWORD)  # the test cluster trusts; a real server checks it
    _sign_in_window = shell.window
    _submit(screen)
    window = shell.window
    assert isinstance(window, CountyWindow) and window is not _sign_in_window
    qtbot.addWidget(window)
    assert window._ctx.store.paths.database_url.endswith(url.split("//", 1)[1].split("@", 1)[1])
    assert DB_PASSWORD in window._ctx.store.paths.database_url  # in memory, for the connections of this session
    window.maintenance_page.backup_to(tmp_path / "stick")
    window.sign_out()
    shell.settings.sync()
    for folder in (tmp_path / "county", tmp_path / "stick"):
        assert DB_PASSWORD not in _every_file_text(folder)
    assert DB_PASSWORD not in settings_file.read_text(encoding="utf-8")
    assert isinstance(shell.window, SignInWindow) and shell.window.sign_in.server_edit.text() == url
    assert shell.window.sign_in.database_password_edit.text() == ""
    qtbot.addWidget(shell.window)


def test_choosing_the_file_for_a_county_on_a_server_says_where_its_records_are(
    zh, qtbot, ops, tmp_path: Path, postgres_cluster
) -> None:
    url = postgres_cluster.new_database()
    make_county(CountyPaths(tmp_path / "county", database_url=url)).close()
    screen = _screen(qtbot, ops, CountyPaths(tmp_path / "county"))
    screen.database_combo.setCurrentIndex(screen.database_combo.findData(FILE))
    _submit(screen)
    assert screen.message_label.isVisible()
    assert "服务器" in screen.message_label.text() and url.rsplit("@", 1)[1] in screen.message_label.text()


def test_a_malformed_address_and_an_unreachable_server_are_refused_in_chinese(
    zh, qtbot, ops, county_paths, tmp_path: Path
) -> None:
    screen = _screen(qtbot, ops, county_paths)
    screen.database_combo.setCurrentIndex(screen.database_combo.findData(SERVER))
    for address in ("mysql://admin@localhost/county", "postgresql+psycopg://\u202eadmin@", "   "):
        screen.server_edit.setText(address)
        _submit(screen)
        assert screen.message_label.isVisible(), address
        text = screen.message_label.text()
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text) and "Traceback" not in text
    screen.server_edit.setText(f"postgresql+psycopg://county@127.0.0.1:{free_port()}/county")
    screen.database_password_edit.setText(DB_PASSWORD)
    _submit(screen)
    text = screen.message_label.text()
    assert "127.0.0.1" in text and DB_PASSWORD not in text
    qtbot.waitUntil(screen.server_edit.hasFocus, timeout=2000)  # the address to fix, not the account's password
    assert screen.password_edit.text() == ""
    screen.database_combo.setCurrentIndex(screen.database_combo.findData(FILE))
    assert not screen.message_label.isVisible()  # a refusal of the server, stale once the file is chosen


def test_creating_a_county_takes_the_database_chosen_on_the_screen(
    zh, qtbot, ops, tmp_path: Path, postgres_cluster
) -> None:
    url = postgres_cluster.new_database()
    shell = CountyShell(
        CountyPaths(tmp_path / "new"), ops, TEST_POLICY,
        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
    )  # fmt: skip
    shell.start()
    qtbot.addWidget(shell.window)
    screen = shell.window.sign_in
    assert screen.create_button.isVisible()
    screen.database_combo.setCurrentIndex(screen.database_combo.findData(SERVER))
    screen.server_edit.setText(url)
    screen.create_button.click()
    assert shell.create_dialog is not None
    assert shell.create_dialog._paths.database_url == url
    shell.create_dialog.close()
