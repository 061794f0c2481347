"""The 维护 page (admin): a backup to a folder, read back as a real backup; the check with its result in Chinese,
a tampered audit head named; the key rotation only after a confirmation that says what it means, the new
fingerprint in the status bar; a county on PostgreSQL told that pg_dump backs up its database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from rehabdesk.county.services import keys, maintenance
from rehabdesk.county.services.county_info import county_info
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.county.ui.main_window import CountyWindow
from rehabdesk.county.ui.maintenance_page import MaintenancePage
from rehabdesk.storage import backup as backup_store
from tests.conftest import TEST_POLICY
from tests.county.support import COUNTY_PASSWORD, make_county
from tests.i18n.test_chinese_ui import _latin_leftovers


def _page(qtbot, county, ops) -> MaintenancePage:
    page = MaintenancePage(county, ops)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_a_backup_to_a_folder_is_written_verified_and_opens_with_the_admin_password(
    zh, qtbot, ops, county, tmp_path: Path
) -> None:
    page = _page(qtbot, county, ops)
    assert not page.server_note.isVisibleTo(page)  # the encrypted file: the backup holds the whole database
    page.backup_to(tmp_path / "stick")
    (written,) = list((tmp_path / "stick").iterdir())
    assert "备份已写入并通过校验" in page.backup_result.text() and str(written) in page.backup_result.text()
    assert page.progress is None and page.backup_button.isEnabled()
    contents = backup_store.read_backup(written)
    assert contents.manifest["database"] == "sqlcipher"
    backup_store.unlock_backup(contents, login="admin", secret=COUNTY_PASSWORD, policy=TEST_POLICY)


def test_the_check_says_all_passed_then_names_a_missing_audit_head_in_chinese(
    zh, qtbot, ops, county, tmp_path: Path
) -> None:
    page = _page(qtbot, county, ops)
    page.check_button.click()
    assert "全部检查通过" in page.check_result.text() and "审计日志" in page.check_result.text()
    county.store.paths.audit_anchor.unlink()
    page.check_button.click()
    text = page.check_result.text()
    assert "发现问题" in text and "audit-head.json" in text and "全部检查通过" not in text
    assert page.check_result.styleSheet() != ""


def test_rotation_asks_first_says_what_happens_and_shows_the_new_fingerprint(zh, qtbot, ops, county) -> None:
    window = CountyWindow(county, ops, county_info(county))
    qtbot.addWidget(window)
    page = window.maintenance_page
    assert page is not None and window.rail.item(window.rail.count() - 1).text() == "维护"
    old = keys.county_fingerprint(county)
    assert old in window.fingerprint_label.text()
    assert page.generations.rowCount() == 1 and page.generations.item(0, 2).text() == "当前使用"

    page.rotate_button.click()
    box = page.confirm_box
    assert box is not None and box.isVisible()
    for words in ("旧密钥停用但保留", "新的登记文件", "假名密钥不变", "立即备份"):
        assert words in box.text()
    assert _latin_leftovers([box.text(), *(b.text() for b in box.buttons())], set()) == set()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert keys.county_fingerprint(county) == old and len(keys.key_generations(county)) == 1

    page.rotate_button.click()
    with qtbot.waitSignal(page.keys_rotated) as rotated:
        page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    new = keys.county_fingerprint(county)
    assert new != old and rotated.args == [new]
    assert new in page.rotate_result.text() and new in window.fingerprint_label.text()
    assert page.generations.rowCount() == 2
    assert page.generations.item(0, 2).text() == "当前使用" and "停用" in page.generations.item(1, 2).text()


def test_a_staff_account_has_no_maintenance_page(zh, qtbot, ops, county, county_paths) -> None:
    from rehabdesk.county.services import accounts, sessions

    accounts.add_account(county, "liuxia", "刘霞", "staff", "first-pass-123")
    staff = sessions.unlock(county_paths, "liuxia", "first-pass-123", TEST_POLICY)
    window = CountyWindow(staff, ops, county_info(staff))
    qtbot.addWidget(window)
    assert window.maintenance_page is None
    assert "维护" not in [window.rail.item(i).text() for i in range(window.rail.count())]
    staff.close()


def test_a_county_on_postgresql_is_told_that_pg_dump_backs_up_its_database(
    zh, qtbot, ops, tmp_path: Path, postgres_cluster
) -> None:
    paths = CountyPaths(tmp_path / "county", database_url=postgres_cluster.new_database())
    ctx = make_county(paths)
    page = _page(qtbot, ctx, ops)
    assert page.server_note.isVisibleTo(page)
    assert "pg_dump" in page.server_note.text() and paths.database_url.rsplit("/", 1)[1] in page.server_note.text()
    server = maintenance.database_server(ctx)
    assert server is not None and server in page.server_note.text()
    assert _latin_leftovers([page.server_note.text()], {server}) == {"PostgreSQL", "pg", "dump"}
    page.backup_to(tmp_path / "stick")
    (written,) = list((tmp_path / "stick").iterdir())
    assert backup_store.read_backup(written).on_server  # the key file and a note: the records are on the server
    ctx.close()
