"""Restoring from the sign-in screen: a credential of the backup's time, refusals that change nothing."""

from __future__ import annotations

from dataclasses import replace

from rehabdesk.services import accounts, backups, settings
from rehabdesk.ui.dialogs.restore_dialog import RestoreDialog
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, STATION, TEST_POLICY


def _backup_then_change(admin_ctx, tmp_path):
    backup = backups.backup_now(admin_ctx, tmp_path / "usb").path
    settings.update_station(admin_ctx, replace(STATION, address="改过的地址"))
    accounts.change_own_password(admin_ctx, ADMIN_PASSWORD, "a-newer-password-5")
    admin_ctx.close()
    return backup


def _dialog(qtbot, station_paths, ops) -> RestoreDialog:
    dialog = RestoreDialog(station_paths, TEST_POLICY, ops)
    qtbot.addWidget(dialog)
    return dialog


def test_restore_with_the_password_of_the_backups_time(qtbot, zh, admin_ctx, station_paths, ops, tmp_path):
    backup = _backup_then_change(admin_ctx, tmp_path)
    dialog = _dialog(qtbot, station_paths, ops)
    dialog.file_edit.setText(str(backup))
    dialog.login_edit.setText(ADMIN_LOGIN)
    dialog.secret_edit.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert "已还原并校验" in dialog.outcome
    from rehabdesk.services.sessions import unlock

    ctx = unlock(station_paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    assert settings.read_station(ctx).address == STATION.address
    ctx.close()


def test_wrong_password_and_damaged_file_are_refused_and_change_nothing(
    qtbot, zh, admin_ctx, station_paths, ops, tmp_path
):
    backup = _backup_then_change(admin_ctx, tmp_path)
    database_before = station_paths.database.read_bytes()
    dialog = _dialog(qtbot, station_paths, ops)
    dialog.file_edit.setText(str(backup))
    dialog.login_edit.setText(ADMIN_LOGIN)
    dialog.secret_edit.setText("not-the-password")
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.submit()
    assert "密码错误" in dialog.message.text()
    assert dialog.secret_edit.text() == ""

    damaged = tmp_path / "damaged.rdbackup"
    damaged.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    dialog.file_edit.setText(str(damaged))
    dialog.secret_edit.setText(ADMIN_PASSWORD)
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.submit()
    assert "已损坏或不完整" in dialog.message.text()
    assert station_paths.database.read_bytes() == database_before
