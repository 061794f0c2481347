"""Excel exports from the Clients page (the list as shown, masked; full ID numbers for coordinators and admins, audited)
and from the Today page (service records of a period), read back with openpyxl: formula text stays text."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Role
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
from rehabdesk.services import clients, list_exports, service_records, staff
from rehabdesk.ui.pages.clients import ClientsPage
from rehabdesk.ui.pages.today import TodayPage
from tests.case_support import active_client
from tests.conftest import STAFF_LOGIN, STAFF_PASSWORD
from tests.people_support import TODAY, client_input, resident_id, staff_input
from tests.support import audit_rows, login_as, station_query

# One of each kind of formula a spreadsheet would run: DDE, plus, minus, at-sign, and one behind spaces.
FORMULAS = ("=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1)", "  =1+1")


def _cells(path: Path) -> list[object]:
    book = openpyxl.load_workbook(path)
    values = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (cell.coordinate, cell.value)
                values.append(cell.value)
    return values


def _assert_no_formula(values: list[object]) -> None:
    for value in values:
        if isinstance(value, str):
            assert not value.lstrip().startswith(("=", "+", "-", "@")), value


def _rows(path: Path) -> list[tuple]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [tuple(cell.value for cell in row) for row in sheet.iter_rows()]


def _hostile_names(ctx, client_ids: list[str], worker_id: str) -> None:
    """Names nobody could type through the forms (they refuse them), put straight into the database: the writer must
    hold even for data from an import, a sync or an old version."""
    from tests.support import raw_sql

    statements = [("UPDATE client SET name = ? WHERE id = ?", (FORMULAS[i], cid)) for i, cid in enumerate(client_ids)]
    statements.append(("UPDATE staff SET name = ? WHERE id = ?", (FORMULAS[3], worker_id)))
    raw_sql(ctx.store.paths, ctx.store.master, *statements)


def _page(qtbot, ctx, ops, prefs) -> ClientsPage:
    page = ClientsPage(ctx, ops, prefs)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_client_list_exports_as_shown_masked_and_formulas_stay_text(
    qtbot, zh, admin_ctx, ops, prefs, tmp_path
) -> None:
    worker_id = staff.register_staff(admin_ctx, staff_input(), today=TODAY)
    first = clients.register_client(admin_ctx, client_input(responsible_worker_id=worker_id), today=TODAY)
    second = clients.register_client(admin_ctx, client_input("李四", serial=44), today=TODAY)
    _hostile_names(admin_ctx, [first.client_id, second.client_id], worker_id)
    page = _page(qtbot, admin_ctx, ops, prefs)
    assert page.model.rowCount() == 2

    target = tmp_path / "clients.xlsx"
    page.export_to(target, unmasked=False)
    values = _cells(target)
    _assert_no_formula(values)
    assert FORMULAS[0] in {v.lstrip("'") for v in values if isinstance(v, str)}
    assert "'" + FORMULAS[0] in values  # shown as typed, run never
    assert not any(resident_id() in str(v) for v in values)
    assert not any(resident_id(serial=44) in str(v) for v in values)
    rows = _rows(target)
    header_at = next(i for i, row in enumerate(rows) if row[0] == "档案编号")
    assert rows[header_at][:7] == ("档案编号", "姓名", "性别", "年龄", "身份证号码", "状态", "责任社工")
    data = rows[header_at + 1 :]
    assert len(data) == 2
    assert all("*" in row[4] for row in data) and data[0][2] in ("男", "女") and isinstance(data[0][3], int)
    assert "全部服务对象" in rows[1][0] and "已隐去" in rows[2][0]
    exports = [json.loads(detail) for _s, _l, action, _o, detail in audit_rows(admin_ctx) if action == "export"]
    assert exports == [{"what": "client_list", "rows": 2}]

    # A search shows one client: the export holds that one, and says which search it was.
    page.search_edit.setText("李四")
    page.refresh()
    assert page.model.rowCount() == 1
    page.export_to(tmp_path / "found.xlsx", unmasked=False)
    found = _rows(tmp_path / "found.xlsx")
    assert "李四" in found[1][0] and len(found) == 4 + 1


def test_full_id_numbers_only_for_coordinators_and_admins_and_audited(
    qtbot, zh, admin_ctx, ops, prefs, tmp_path
) -> None:
    clients.register_client(admin_ctx, client_input(), today=TODAY)
    page = _page(qtbot, admin_ctx, ops, prefs)
    menu = page.export_button.menu()
    assert menu is not None and len(menu.actions()) == 2 and "完整身份证号码" in menu.actions()[1].text()
    page.export_to(tmp_path / "full.xlsx", unmasked=True)
    values = _cells(tmp_path / "full.xlsx")
    assert resident_id() in values
    assert any("锁好保管" in str(v) for v in values)
    last = audit_rows(admin_ctx)[-1]
    assert last[2] == "export" and json.loads(last[4]) == {"what": "client_list_unmasked", "rows": 1}

    worker = login_as(admin_ctx, STAFF_LOGIN, {Role.STAFF}, STAFF_PASSWORD)
    try:
        assert Role.COORDINATOR not in worker.actor.roles
        staff_page = ClientsPage(worker, ops, prefs)  # never shown: nothing paints after the session closes
        qtbot.addWidget(staff_page)
        assert staff_page.export_button.menu() is None
        before = len(audit_rows(admin_ctx))
        with pytest.raises(DomainError) as refused:
            list_exports.export_client_list(
                worker, [staff_page.model.client_id(0)], tmp_path / "leak.xlsx", _wording(), unmasked=True
            )
        assert refused.value.code == "export_unmasked_refused"
        assert not (tmp_path / "leak.xlsx").exists()
        assert len(audit_rows(admin_ctx)) == before
    finally:
        worker.close()


def _wording() -> list_exports.Wording:
    return list_exports.Wording("t", [], ["a"] * 7)


def test_service_records_of_a_period_export_from_the_today_page(qtbot, zh, admin_ctx, ops, prefs, tmp_path) -> None:
    worker_id = staff.register_staff(admin_ctx, staff_input(), today=TODAY)
    came = active_client(admin_ctx, worker_id)
    away = active_client(admin_ctx, worker_id, "李四", serial=44)

    def record(day, content: str, *people: AttendeeInput, form: str = "case_management") -> str:
        group = form == "group_work"
        data = ServiceInput(
            day, "9:00", "10:00", form, ("life_skills",), (worker_id,), people, group=group, content=content
        )
        return service_records.record_service(admin_ctx, data, today=day)

    record(TODAY, FORMULAS[1], AttendeeInput(came), AttendeeInput(away, attended=False), form="group_work")
    record(TODAY + timedelta(days=1), FORMULAS[2], AttendeeInput(came))
    deleted = record(TODAY, "删掉的", AttendeeInput(came))
    service_records.delete_service(admin_ctx, deleted, "记错了")
    record(TODAY + timedelta(days=2), "期外", AttendeeInput(came))
    _hostile_names(admin_ctx, [], worker_id)

    page = TodayPage(admin_ctx, ops, prefs, today=TODAY + timedelta(days=1))
    qtbot.addWidget(page)
    dialog = page.export_services()
    dialog.first_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    last = TODAY + timedelta(days=1)
    dialog.last_edit.setDate(QDate(last.year, last.month, last.day))
    target = tmp_path / "services.xlsx"
    dialog.export_to(target)
    assert "2 条服务记录" in dialog.message.text()
    values = _cells(target)
    _assert_no_formula(values)
    rows = _rows(target)
    header_at = next(i for i, row in enumerate(rows) if row[0] == "日期")
    data = rows[header_at + 1 :]
    assert [row[8] for row in data] == ["'" + FORMULAS[1], "'" + FORMULAS[2]]
    group = data[0]
    assert group[2] == "小组工作" and group[4] == "张三丰" and group[5] == "李四" and group[6] == 1
    assert group[7] == "'" + FORMULAS[3]
    assert group[0].date() == TODAY
    exported = json.loads(audit_rows(admin_ctx)[-1][4])
    assert exported == {"what": "service_records", "from": TODAY.isoformat(), "to": last.isoformat(), "rows": 2}

    dialog.last_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day - 1))
    dialog.export_to(tmp_path / "reversed.xlsx")
    assert "结束日期早于开始日期" in dialog.message.text()
    assert not (tmp_path / "reversed.xlsx").exists()

    dialog.last_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    dialog.export_to(tmp_path / "no-such-folder" / "x" / "services.xlsx")
    assert "无法写入" in dialog.message.text()
    assert station_query(admin_ctx, "SELECT count(*) FROM audit_log WHERE action = 'export'") == [(1,)]
