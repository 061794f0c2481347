"""The import dialog driven with generated files: mapping guessed, problems listed, import only when all rows pass."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from rehabdesk.services import client_import, client_import_columns, clients
from rehabdesk.ui.dialogs.import_dialog import ImportDialog
from rehabdesk.ui.pages.clients import ClientsPage
from tests.people_support import client_input, resident_id

HEADERS = ["序号", "姓名", "身份证号码", "联系电话", "疾病诊断", "危险性评估", "联系人", "关系"]


def _row(number: int, name: str, serial: int, diagnosis: str = "精神分裂症", phone: str = "13812345678") -> list:
    return [number, name, resident_id(date(1980, 5, 6), serial), phone, diagnosis, "0", "张大山", "父母"]


def _xlsx(path: Path, rows: list[list]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _dialog(qtbot, ctx, ops) -> ImportDialog:
    dialog = ImportDialog(ctx, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_mapping_is_guessed_and_problems_are_listed_by_row_and_column(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    clients.register_client(admin_ctx, client_input("老客户", serial=21))
    path = _xlsx(
        tmp_path / "list.xlsx",
        [
            _row(1, "李明", 11),
            _row(2, "王红", 13, diagnosis="感冒"),
            _row(3, "赵强", 15, phone="12345"),
            _row(4, "老客户", 21),
        ],
    )
    dialog = _dialog(qtbot, admin_ctx, ops)
    dialog.load(path)
    assert dialog.mapping_combos["name"].currentText() == "姓名"
    assert dialog.mapping_combos["id_number"].currentText() == "身份证号码"
    assert dialog.mapping_combos["guardian_name"].currentText() == "联系人"
    assert dialog.mapping_combos["guardian_relation"].currentText() == "关系"
    assert dialog.mapping_combos["gender"].currentData() == -1
    table = dialog.problems_table
    shown = [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]
    assert [(row, column) for row, column, _ in shown] == [("3", "疾病诊断"), ("4", "联系电话"), ("5", "身份证号码")]
    assert all(message and "_" not in message for _, _, message in shown)  # translated text, not codes
    assert not dialog.import_button.isEnabled()
    assert "3" in dialog.status_label.text()
    assert dialog.preview_table.rowCount() == 3  # the rows that converted; the diagnosis row did not
    assert "*" in dialog.preview_table.item(0, 2).text()  # ID masked in the preview
    assert len(clients.client_ids(admin_ctx)) == 1  # nothing written by checking


def test_unmapping_a_required_column_blocks_the_import(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    dialog = _dialog(qtbot, admin_ctx, ops)
    dialog.load(_xlsx(tmp_path / "ok.xlsx", [_row(1, "李明", 11)]))
    assert dialog.import_button.isEnabled()
    dialog.mapping_combos["diagnosis"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert "诊断" in dialog.status_label.text()


def test_a_good_file_imports_and_broadcasts_new_clients(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    path = _xlsx(tmp_path / "good.xlsx", [_row(1, "李明", 11), _row(2, "王红", 13), _row(3, "赵强", 15)])
    dialog = _dialog(qtbot, admin_ctx, ops)
    dialog.load(path)
    assert dialog.problems == []
    assert dialog.import_button.isEnabled()
    assert "3" in dialog.import_button.text()
    assert len(clients.client_ids(admin_ctx)) == 0
    with qtbot.waitSignal(ops.changed, timeout=5000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "client" in signal.args[0]
    assert len(clients.client_ids(admin_ctx)) == 3
    assert [c.name for c in clients.search_clients(admin_ctx, "王红")] == ["王红"]
    assert "3" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()


def test_an_unreadable_file_says_so(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = _dialog(qtbot, admin_ctx, ops)
    dialog.load(junk)
    assert not dialog.import_button.isEnabled()
    assert dialog.status_label.text()
    assert "import_file" not in dialog.status_label.text()


def test_template_download_writes_the_template(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    dialog = _dialog(qtbot, admin_ctx, ops)
    assert dialog.save_template(tmp_path / "template.xlsx")
    table = client_import.read_table(tmp_path / "template.xlsx")
    assert table.headers == list(client_import_columns.TEMPLATE_HEADERS.values())


def test_the_clients_page_opens_the_dialog_and_refreshes_after_import(
    qtbot, zh, admin_ctx, ops, tmp_path, prefs
) -> None:
    page = ClientsPage(admin_ctx, ops, prefs)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0
    dialog = page.import_clients()
    dialog.load(_xlsx(tmp_path / "good.xlsx", [_row(1, "李明", 11), _row(2, "王红", 13)]))
    dialog.start_import()
    assert page.model.rowCount() == 2
    dialog.close()


def test_a_hostile_workbook_is_refused_in_chinese(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    from tests.services.test_spreadsheet_bounds import far_cell

    dialog = _dialog(qtbot, admin_ctx, ops)
    dialog.load(far_cell(tmp_path / "far.xlsx", dimension=True))
    assert not dialog.import_button.isEnabled()
    assert "第 100000 行" in dialog.status_label.text()
