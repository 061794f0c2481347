"""Accounts and staff members (issue 18, item 1): the first-run wizard registers the first admin as a staff member
(or says why not to), and an admin links and unlinks an account and a staff member in Settings › Accounts, with
Today's "given by" following at once, without signing out."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.domain.errors import DomainError
from rehabdesk.services import accounts, staff
from rehabdesk.storage.keys import KeyPolicy
from rehabdesk.storage.paths import StationPaths
from rehabdesk.ui.dialogs.account_staff_dialog import AccountStaffDialog
from rehabdesk.ui.first_run import FirstRunWizard
from rehabdesk.ui.pages.settings_accounts import AccountsTab
from rehabdesk.ui.pages.today import TodayPage
from tests.conftest import STAFF_LOGIN
from tests.support import audit_rows
from tests.training_support import worker


def _wizard(qtbot, tmp_path: Path, ops) -> FirstRunWizard:
    wizard = FirstRunWizard(StationPaths(tmp_path / "station"), KeyPolicy.for_tests(), ops)
    qtbot.addWidget(wizard)
    wizard.show()
    form = wizard.station_page.form
    form.name_edit.setText("朝阳区阳光康复站")
    form.code_edit.setText("cy0301")
    form.county_edit.setText("110105")
    wizard.next()
    page = wizard.admin_page
    page.login_edit.setText("liuxia")
    page.name_edit.setText("刘霞")
    page.password_edit.setText("zhanzhang-2026")
    page.repeat_edit.setText("zhanzhang-2026")
    return wizard


def _finish(wizard: FirstRunWizard) -> None:
    """Past the recovery code, so closing the wizard does not ask for it."""
    wizard.recovery_page.confirm_check.setChecked(True)
    wizard.accept()
    wizard.result.ctx.close()


def test_the_wizard_registers_the_first_admin_as_a_staff_member(qtbot, zh, tmp_path, ops, prefs) -> None:
    wizard = _wizard(qtbot, tmp_path, ops)
    page = wizard.admin_page
    assert page.staff_check.isChecked() and page.staff_number_edit.isVisible()
    assert not page.no_staff_note.isVisible()
    page.staff_number_edit.setText("")  # a staff number is needed: the field is marked, nothing is created
    wizard.next()
    assert wizard.currentPage() is page and page.staff_number_edit.property("invalid") is True
    page.staff_number_edit.setText("s01")
    page.staff_number_edit.textEdited.emit("s01")
    assert page.staff_number_edit.property("invalid") is False  # the mark goes as the field is corrected
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    ctx = wizard.result.ctx
    [member] = staff.list_staff(ctx)
    assert (member.name, member.staff_number) == ("刘霞", "S01")
    assert staff.own_staff_id(ctx) == member.id

    today = TodayPage(ctx, ops, prefs)
    qtbot.addWidget(today)
    assert today.entry.staff_combo.currentData() == member.id  # "given by" is filled on the first day
    _finish(wizard)


def test_an_admin_who_serves_no_one_is_told_what_that_means(qtbot, zh, tmp_path, ops) -> None:
    wizard = _wizard(qtbot, tmp_path, ops)
    page = wizard.admin_page
    page.staff_check.setChecked(False)
    assert page.no_staff_note.isVisible() and not page.staff_number_edit.isVisible()
    assert "设置" in page.no_staff_note.text()  # where to link it later
    wizard.next()
    ctx = wizard.result.ctx
    assert staff.list_staff(ctx) == [] and staff.own_staff_id(ctx) is None
    _finish(wizard)


def test_an_admin_links_and_unlinks_an_account_and_today_follows(qtbot, zh, admin_ctx, ops, prefs) -> None:
    worker_id = worker(admin_ctx, name="李霞")
    today = TodayPage(admin_ctx, ops, prefs)
    qtbot.addWidget(today)
    today.show()
    qtbot.waitUntil(lambda: today.due_panel.overview is not None)  # counted once the page has painted
    assert today.entry.staff_combo.currentData() is None or today.entry.staff_combo.currentIndex() <= 0
    assert not today.due_panel.mine_check.isEnabled() and today.due_panel.mine_check.toolTip()

    tab = AccountsTab(admin_ctx, ops)
    qtbot.addWidget(tab)
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == admin_ctx.actor.login)
    assert tab.table.item(row, 2).text() == "（无）"
    tab.table.selectRow(row)
    tab.staff_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, AccountStaffDialog)
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(worker_id))
    dialog.submit()
    assert dialog.result() == AccountStaffDialog.DialogCode.Accepted

    assert tab.table.item(row, 2).text() == "李霞"
    assert today.entry.staff_combo.currentData() == worker_id  # without signing out
    # Linked to a worker who is responsible for no client, an admin still sees the whole station, and may switch.
    assert today.due_panel.mine_check.isEnabled() and not today.due_panel.mine_check.isChecked()
    assert "account_staff_link" in [action for _seq, _login, action, *_ in audit_rows(admin_ctx)]

    tab.table.selectRow(row)
    tab.staff_button.click()
    unlink = tab.dialog
    unlink.staff_combo.setCurrentIndex(unlink.staff_combo.findData(None))
    unlink.submit()
    assert tab.table.item(row, 2).text() == "（无）"
    assert staff.own_staff_id(admin_ctx) is None
    assert not today.due_panel.mine_check.isEnabled()


def test_linking_to_a_former_worker_or_without_the_right_is_refused(admin_ctx, staff_account) -> None:
    former = worker(admin_ctx, "S002", "王五")
    staff.record_leaving(admin_ctx, former, "2025-01-31")
    try:
        accounts.link_staff(admin_ctx, staff_account, former)
    except DomainError as error:
        assert error.code == "staff_has_left"
    else:
        raise AssertionError("linking to a former worker must be refused")
    [info] = [a for a in accounts.list_accounts(admin_ctx) if a.login == STAFF_LOGIN]
    assert info.staff_id is None
