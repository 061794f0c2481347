"""Group sessions on the Today page (issue 18, item 2): the minimum key sequence for two clients, typed for real;
each client marked the moment they are added; every client who may not be served named at once on save, with the
session saved for the others on request; the form following the number of clients unless the worker chose one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from rehabdesk.domain.service_kinds import ServiceType
from rehabdesk.services import cases, clients, service_records
from rehabdesk.services.cases import TransitionRequest
from rehabdesk.services.context import StationContext
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages.today import TodayPage
from rehabdesk.ui.preferences import Preferences
from rehabdesk.ui.widgets.quick_service import QuickServiceForm
from tests.case_support import active_client
from tests.people_support import TODAY, client_input
from tests.support import raw_sql
from tests.training_support import worker

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _page(ctx: StationContext, ops: Operations, prefs: Preferences, qtbot) -> TodayPage:
    page = TodayPage(ctx, ops, prefs, today=TODAY)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _linked_worker(ctx: StationContext) -> str:
    worker_id = worker(ctx)
    raw_sql(ctx.store.paths, ctx.store.master, ("UPDATE account SET staff_id = ?", (worker_id,)))
    return worker_id


def _add(entry: QuickServiceForm, qtbot, query: str) -> None:
    """Chinese names cannot be typed through QTest: the query goes in as the user's edit, then Enter adds."""
    entry.search_edit.setFocus()
    entry.search_edit.setText(query)
    entry.search_edit.textEdited.emit(query)
    qtbot.keyClick(entry.search_edit, Qt.Key.Key_Return)


def test_two_clients_a_type_and_the_save_take_twelve_keys_and_no_mouse(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs
) -> None:
    worker_id = _linked_worker(admin_ctx)
    first = active_client(admin_ctx, worker_id, "张三丰", serial=12)
    second = active_client(admin_ctx, worker_id, "李四光", serial=13)
    page = _page(admin_ctx, ops, prefs, qtbot)
    entry = page.entry
    page.services_table.setFocus()  # the cursor is somewhere else on the page
    keys = 0

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keys
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        keys += 1

    def type_text(text: str) -> None:
        nonlocal keys
        QTest.keyClicks(QApplication.focusWidget(), text)
        keys += len(text)

    press(Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is entry.search_edit
    type_text("zsf")
    press(Qt.Key.Key_Return)
    type_text("lsg")
    press(Qt.Key.Key_Return)
    assert entry.attendee_ids() == [first, second]
    assert entry.form_combo.currentData() == "group_work"  # by itself, from the second client
    press(Qt.Key.Key_T, ALT)
    assert QApplication.focusWidget() is entry.types_list
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_S, CTRL)

    assert not entry.message.isVisible(), entry.message.text()
    [saved] = service_records.services_on(admin_ctx, TODAY)
    assert saved.group and saved.form == "group_work"
    assert saved.service_types == (ServiceType.MEDICATION_TRAINING.value,)
    assert sorted(client for client, _, came in saved.attendees if came) == sorted([first, second])
    assert keys == 12  # was 26 keys and a mouse click


def test_each_client_is_marked_when_added_and_the_others_are_saved_on_request(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs
) -> None:
    worker_id = _linked_worker(admin_ctx)
    first = active_client(admin_ctx, worker_id, "张三丰", serial=12)
    suspended = active_client(admin_ctx, worker_id, "李四光", serial=13)
    cases.change_status(admin_ctx, suspended, TransitionRequest("suspended", TODAY, reason="住院"), today=TODAY)
    applicant = clients.register_client(admin_ctx, client_input("王小明", serial=14), today=TODAY).client_id
    fourth = active_client(admin_ctx, worker_id, "赵六一", serial=15)
    page = _page(admin_ctx, ops, prefs, qtbot)
    entry = page.entry

    _add(entry, qtbot, "zsf")
    assert entry.form_combo.currentData() == "case_management"
    assert entry.refused == {}
    assert "✗" not in entry.attendees_list.item(0).text()
    _add(entry, qtbot, "lsg")
    assert entry.form_combo.currentData() == "group_work"
    suspended_item = entry.attendees_list.item(1)
    assert "✗" in suspended_item.text() and "暂停" in suspended_item.text()  # the mark and the reason, at once
    assert suspended_item.toolTip()
    _add(entry, qtbot, "wxm")
    applicant_item = entry.attendees_list.item(2)
    assert "✗" in applicant_item.text() and "知情同意" in applicant_item.text()
    _add(entry, qtbot, "zly")
    assert set(entry.refused) == {suspended, applicant}
    entry.types_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(entry.start_edit, Qt.Key.Key_S, CTRL)

    assert "李四光" in entry.message.text() and "王小明" in entry.message.text()  # both named in one save
    question = entry.question
    assert isinstance(question, QMessageBox) and question.objectName() == "saveOthersQuestion"
    assert "2" in question.informativeText()
    assert service_records.services_on(admin_ctx, TODAY) == []  # nothing saved before the answer
    question.findChild(object, "saveOthersButton").click()

    [saved] = service_records.services_on(admin_ctx, TODAY)
    assert saved.form == "group_work" and saved.group
    assert sorted(client for client, _, _ in saved.attendees) == sorted([first, fourth])
    assert entry.attendee_ids() == [] and not entry.message.isVisible()


def test_keep_editing_keeps_everyone_and_a_chosen_form_stays_chosen(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs
) -> None:
    worker_id = _linked_worker(admin_ctx)
    active_client(admin_ctx, worker_id, "张三丰", serial=12)
    active_client(admin_ctx, worker_id, "李四光", serial=13)
    applicant = clients.register_client(admin_ctx, client_input("王小明", serial=14), today=TODAY).client_id
    page = _page(admin_ctx, ops, prefs, qtbot)
    entry = page.entry

    _add(entry, qtbot, "zsf")
    _add(entry, qtbot, "wxm")
    entry.types_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(entry.start_edit, Qt.Key.Key_S, CTRL)
    entry.question.findChild(object, "keepEditingButton").click()
    assert len(entry.attendee_ids()) == 2 and applicant in entry.attendee_ids()
    assert service_records.services_on(admin_ctx, TODAY) == []

    entry.attendees_list.setFocus()
    entry.attendees_list.setCurrentRow(1)
    qtbot.keyClick(entry.attendees_list, Qt.Key.Key_Delete)
    assert entry.form_combo.currentData() == "case_management"  # back by itself with one client left
    assert entry.refused == {}

    entry.form_combo.setFocus()
    while entry.form_combo.currentData() != "community_activity":
        qtbot.keyClick(entry.form_combo, Qt.Key.Key_Down)  # the worker's own choice
    _add(entry, qtbot, "lsg")
    assert entry.form_combo.currentData() == "community_activity"  # not overridden
