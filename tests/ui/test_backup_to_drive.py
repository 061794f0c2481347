"""Settings › Backup and keys: a backup to a USB stick or chosen folder (verified like `backup --to`), refusals that
write nothing, the restore drill that checks a backup without replacing anything, and the recovery sheet that goes
to the printer (saving it as a file only after a warning)."""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from rehabdesk.services import backups, clients, keys_admin
from rehabdesk.storage.backup import BACKUP_SUFFIX, read_backup
from rehabdesk.ui.dialogs.backup_dialogs import BackupDrillDialog, BackupToDriveDialog
from rehabdesk.ui.kit.drives import Drive, backup_drives, is_removable
from rehabdesk.ui.pages.settings_keys import BackupKeysTab
from tests.conftest import ADMIN_PASSWORD
from tests.people_support import TODAY, client_input
from tests.support import audit_rows, station_query


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def read_only_folder(tmp_path: Path):
    """A folder nobody may write to. Root ignores file modes, so as root the sysfs root stands in (even root cannot
    create a file there)."""
    if os.geteuid() == 0:
        yield Path("/sys")
        return
    folder = tmp_path / "write-protected"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def _tab(qtbot, ctx, ops) -> BackupKeysTab:
    tab = BackupKeysTab(ctx, ops)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_a_backup_to_a_chosen_folder_is_verified_and_audited(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    clients.register_client(admin_ctx, client_input(), today=TODAY)
    stick = tmp_path / "stick"
    stick.mkdir()
    tab = _tab(qtbot, admin_ctx, ops)  # held: qtbot keeps only a weak reference
    dialog = tab.back_up_to_drive()
    dialog.back_up_to(stick)
    written = list(stick.glob(f"*{BACKUP_SUFFIX}"))
    assert written == [dialog.result_path]
    assert read_backup(written[0]).manifest["station_code"] == "TS01"
    assert "已写入并通过重新打开校验" in dialog.message.text()
    assert sorted(p.name for p in stick.iterdir()) == [written[0].name]  # no temp folder left behind
    assert audit_rows(admin_ctx)[-1][2] == "backup"


def test_a_read_only_target_or_a_pulled_stick_is_said_in_chinese_and_leaves_nothing(
    qtbot, zh, admin_ctx, ops, tmp_path, read_only_folder
) -> None:
    before = sorted(read_only_folder.iterdir())
    dialog = BackupToDriveDialog(admin_ctx, ops)
    qtbot.addWidget(dialog)
    dialog.back_up_to(read_only_folder)
    assert "无法写入备份文件夹" in dialog.message.text() and "没有写入任何备份" in dialog.message.text()
    assert sorted(read_only_folder.iterdir()) == before
    assert dialog.result_path is None

    gone = tmp_path / "media" / "STICK"  # the mount folder went with the stick
    dialog.back_up_to(gone)
    assert "已不存在" in dialog.message.text()
    assert not gone.exists() and not gone.parent.exists()

    # A stick unmounted under the app leaves its empty mount folder: writing there would fill the computer's disk.
    left_behind = tmp_path / "left-behind"
    left_behind.mkdir()
    dialog.show_drives([Drive(left_behind, "KINGSTON", 8 * 1024**3, True)])
    assert "U 盘或存储卡" in dialog.drive_list.item(0).text()
    dialog.back_up_to_selected()
    assert "已不存在" in dialog.message.text()
    assert list(left_behind.iterdir()) == []
    assert [row[2] for row in audit_rows(admin_ctx)].count("backup") == 0


def test_removable_drives_are_recognised_and_listed_first() -> None:
    assert is_removable("/media/wang/KINGSTON", "/dev/sdb1")
    assert is_removable("/run/media/wang/SD", "/dev/mmcblk0p1")
    assert not is_removable("/", "/dev/vda1")
    assert not is_removable("/home", "tmpfs")
    drives = backup_drives()
    assert drives, "the disk holding the tests is writable"
    flags = [drive.removable for drive in drives]
    assert flags == sorted(flags, reverse=True)


def test_the_restore_drill_checks_a_backup_without_replacing_anything(
    qtbot, zh, new_station, ops, tmp_path, station_paths
) -> None:
    ctx, recovery_code = new_station
    clients.register_client(ctx, client_input(), today=TODAY)
    backup = backups.backup_now(ctx, tmp_path / "usb").path
    clients.register_client(ctx, client_input("李四", serial=44), today=TODAY)  # the station moves on
    backup_digest = _digest(backup)
    tab = _tab(qtbot, ctx, ops)
    dialog = tab.drill()
    dialog.file_edit.setText(str(backup))

    dialog.secret_edit.setText("not-my-password")
    dialog.submit()
    assert "无法打开这份备份" in dialog.message.text()
    assert dialog.secret_edit.text() == ""

    dialog.secret_edit.setText(ADMIN_PASSWORD)
    dialog.submit()
    shown = dialog.message.text()
    assert "可以还原" in shown and "1 名服务对象" in shown, shown
    dialog.code_choice.setChecked(True)
    dialog.secret_edit.setText(recovery_code.lower().replace("-", " "))
    dialog.submit()
    assert "可以还原" in dialog.message.text()

    assert _digest(backup) == backup_digest
    assert station_query(ctx, "SELECT count(*) FROM client") == [(2,)]  # nothing restored
    assert [row[2] for row in audit_rows(ctx)].count("backup_drill") == 2
    assert not any(p.name.startswith(".rehabdesk-verify-") for p in station_paths.root.iterdir())
    assert len(list(station_paths.root.glob("station.db.before-restore-*"))) == 0


def test_the_drill_refuses_a_damaged_or_altered_backup(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    backup = backups.backup_now(admin_ctx, tmp_path / "usb").path
    dialog = BackupDrillDialog(admin_ctx, ops)
    qtbot.addWidget(dialog)
    truncated = tmp_path / "truncated.rdbackup"
    truncated.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    dialog.file_edit.setText(str(truncated))
    dialog.secret_edit.setText(ADMIN_PASSWORD)
    dialog.submit()
    assert "已损坏或不完整" in dialog.message.text()

    altered = tmp_path / "altered.rdbackup"
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(altered, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "manifest.json":
                data = data.replace(b'"reason": "manual"', b'"reason": "forged"')
            target.writestr(item, data)
    dialog.file_edit.setText(str(altered))
    dialog.secret_edit.setText(ADMIN_PASSWORD)
    dialog.submit()
    assert "被改动过" in dialog.message.text()

    dialog.file_edit.setText(str(tmp_path / "nowhere.rdbackup"))
    dialog.secret_edit.setText(ADMIN_PASSWORD)
    dialog.submit()
    assert "找不到" in dialog.message.text()
    assert "backup_drill" not in [row[2] for row in audit_rows(admin_ctx)]


def _accept_print_dialog_to(path: Path, seen: list[str], tries: int = 100) -> None:
    """The system print dialog, as a user would finish it: print to a PDF file (the one printer offscreen). Found
    among the visible windows, not as "the active modal one": another test's leftover could be that."""
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog) and w.isVisible()]
    if not shown:
        if tries:
            QTimer.singleShot(20, lambda: _accept_print_dialog_to(path, seen, tries - 1))
        return
    dialog = shown[0]
    seen.append(type(dialog).__name__)
    file_edit = dialog.findChild(QLineEdit, "filename")
    file_edit.setText(str(path))
    dialog.accept()


def test_the_new_recovery_code_is_printed_through_the_print_dialog(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    tab = _tab(qtbot, admin_ctx, ops)
    code = keys_admin.regenerate_recovery_code(admin_ctx, ADMIN_PASSWORD)
    tab._show_code(code)
    assert code in tab.new_code_label.text() and tab.new_code_box.isVisible()
    printed = tmp_path / "printed.pdf"
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _accept_print_dialog_to(printed, seen))
    tab.sheet_buttons.print_sheet()
    assert seen == ["QPrintDialog"]
    assert "已送往打印机" in tab.sheet_buttons.status.text()
    # The printer gets the rendered pages as images: the sheet is there, one A4 page.
    assert len(pypdf.PdfReader(printed).pages) == 1
    assert not list(tmp_path.glob("recovery*.pdf"))
    assert audit_rows(admin_ctx)[-1][2] == "print"


def test_saving_the_recovery_sheet_warns_first(qtbot, zh, admin_ctx, ops, tmp_path, monkeypatch) -> None:
    tab = _tab(qtbot, admin_ctx, ops)
    tab._show_code(keys_admin.regenerate_recovery_code(admin_ctx, ADMIN_PASSWORD))
    chosen = tmp_path / "sheet.pdf"
    asked: list[str] = []
    monkeypatch.setattr(
        "rehabdesk.ui.widgets.recovery_sheet.QFileDialog.getSaveFileName",
        lambda *args: (asked.append("file") or str(chosen), ""),
    )
    warnings: list[str] = []

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        warnings.append(box.text())
        next(button for button in box.buttons() if button.text().startswith(button_text)).click()

    QTimer.singleShot(0, lambda: answer("取消"))
    tab.sheet_buttons.save_sheet()
    assert asked == [] and not chosen.exists()
    assert "不要" in warnings[0] and "这台电脑" in warnings[0]

    QTimer.singleShot(0, lambda: answer("仍然保存"))
    tab.sheet_buttons.save_sheet()
    assert asked == ["file"]
    text = "".join(page.extract_text() for page in pypdf.PdfReader(chosen).pages)
    assert tab.new_code in text
    assert "打印后删除" in tab.sheet_buttons.status.text()
