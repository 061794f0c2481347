"""Staff register in settings, accounts linked to staff, and revealing masked client fields from the list."""

from __future__ import annotations

import json

from rehabdesk.services import accounts, clients, staff
from rehabdesk.ui.dialogs.account_dialog import AccountDialog
from rehabdesk.ui.dialogs.staff_dialog import StaffDialog
from rehabdesk.ui.pages.clients import ClientsPage
from rehabdesk.ui.pages.settings_staff import StaffTab
from tests.people_support import TODAY, client_input, resident_id, staff_input
from tests.support import query


def test_staff_dialog_registers_and_marks_bad_fields(qtbot, zh, admin_ctx, ops) -> None:
    tab = StaffTab(admin_ctx, ops)
    qtbot.addWidget(tab)
    dialog = StaffDialog(admin_ctx, ops, parent=tab)
    dialog.number_edit.setText("S010")
    dialog.name_edit.setText("孙丽")
    dialog.start_edit.setText("2024-13-01")
    dialog.submit()
    assert dialog.start_edit.property("invalid") is True
    assert dialog.name_edit.text() == "孙丽"
    dialog.start_edit.setText("2024-03-01")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    tab.refresh()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "孙丽"


def test_editing_a_staff_member_loads_and_saves(qtbot, zh, admin_ctx, ops) -> None:
    staff_id = staff.register_staff(admin_ctx, staff_input(), today=TODAY)
    dialog = StaffDialog(admin_ctx, ops, staff_id=staff_id, current=staff.get_staff(admin_ctx, staff_id))
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "李霞"
    dialog.phone_edit.setText("13711112222")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert staff.get_staff(admin_ctx, staff_id).phone == "13711112222"


def test_new_account_picks_its_staff_member(qtbot, zh, admin_ctx, ops) -> None:
    staff_id = staff.register_staff(admin_ctx, staff_input(), today=TODAY)
    dialog = AccountDialog(admin_ctx, ops)
    qtbot.addWidget(dialog)
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(staff_id))
    assert dialog.name_edit.text() == "李霞"
    dialog.login_edit.setText("lixia")
    dialog.password_edit.setText("first-pass-88")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    linked = query(admin_ctx.store.paths, admin_ctx.store.master, "SELECT staff_id FROM account WHERE login = 'lixia'")
    assert linked == [(staff_id,)]
    assert "lixia" in {account.login for account in accounts.list_accounts(admin_ctx)}


def test_revealing_masked_fields_is_explicit_and_audited(qtbot, zh, admin_ctx, ops, prefs) -> None:
    clients.register_client(admin_ctx, client_input(risk_level=2), today=TODAY)
    page = ClientsPage(admin_ctx, ops, prefs)
    qtbot.addWidget(page)
    page.show()
    assert resident_id() not in page.model.index(0, 4).data()
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.reveal_selected()
    shown = page.revealed_label.text()
    assert resident_id() in shown and "精神分裂症" in shown and "2 级" in shown
    rows = query(admin_ctx.store.paths, admin_ctx.store.master, "SELECT action, detail FROM audit_log ORDER BY seq")
    assert [json.loads(detail)["field"] for action, detail in rows if action == "reveal"] == [
        "id_number",
        "diagnosis",
        "risk_level",
    ]
    page.search_edit.setText("zsf")
    page.refresh()
    assert page.revealed_label.text() == ""


def test_a_staff_member_created_from_the_account_dialog_is_picked(qtbot, zh, admin_ctx, ops) -> None:
    dialog = AccountDialog(admin_ctx, ops)
    qtbot.addWidget(dialog)
    creator = StaffDialog(admin_ctx, ops, parent=dialog)
    creator.saved.connect(dialog.add_and_pick_staff)
    creator.number_edit.setText("S020")
    creator.name_edit.setText("周敏")
    creator.submit()
    assert dialog.staff_combo.currentText().startswith("周敏")
    assert dialog.name_edit.text() == "周敏"
