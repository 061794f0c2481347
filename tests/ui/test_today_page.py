"""The Today page on a real station, from the keyboard: clients picked by pinyin initials and Enter, a group
session saved with Ctrl+S and shown at once, a refused save keeping everything typed, a change keeping history,
the day-programme roster saved in one go, and the due list opening a case file."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rehabdesk.domain import clock
from rehabdesk.domain.service_kinds import ServiceType
from rehabdesk.services import cases, clients, service_records
from rehabdesk.services.cases import TransitionRequest
from rehabdesk.services.context import StationContext
from rehabdesk.services.today import FIRST_ROWS
from rehabdesk.ui.dialogs.reason_dialog import ReasonDialog
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages.case_detail import CaseDetailView
from rehabdesk.ui.pages.today import TodayPage
from rehabdesk.ui.preferences import Preferences
from rehabdesk.ui.widgets import due_panel as due_panel_module
from rehabdesk.ui.widgets.quick_service import QuickServiceForm
from tests.case_support import active_client
from tests.people_support import TODAY, client_input
from tests.support import raw_sql
from tests.training_support import worker


def _page(ctx: StationContext, ops: Operations, prefs: Preferences, qtbot) -> TodayPage:
    page = TodayPage(ctx, ops, prefs, today=TODAY)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):  # shortcuts such as Ctrl+S reach only the active window
        page.show()
        page.activateWindow()
    qtbot.waitUntil(lambda: page.due_panel.overview is not None)  # counted once the page has painted
    return page


def _pick(entry: QuickServiceForm, qtbot, query: str) -> None:
    """Type a query (setText: QTest cannot type Chinese) and press Enter, as a worker would."""
    entry.search_edit.setFocus()
    entry.search_edit.setText(query)
    entry.search_edit.textEdited.emit(query)
    qtbot.keyClick(entry.search_edit, Qt.Key.Key_Return)


def _tick_type(entry: QuickServiceForm, qtbot, value: str) -> None:
    entry.types_list.setFocus()
    for row in range(entry.types_list.count()):
        if entry.types_list.item(row).data(Qt.ItemDataRole.UserRole) == value:
            entry.types_list.setCurrentRow(row)
    qtbot.keyClick(entry.types_list, Qt.Key.Key_Space)


def test_a_group_session_from_the_keyboard_shows_at_once_and_the_form_clears(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs
) -> None:
    worker_id = worker(admin_ctx)
    raw_sql(admin_ctx.store.paths, admin_ctx.store.master, ("UPDATE account SET staff_id = ?", (worker_id,)))
    first = active_client(admin_ctx, worker_id, "张三丰", serial=12)
    second = active_client(admin_ctx, worker_id, "李四光", serial=13)
    page = _page(admin_ctx, ops, prefs, qtbot)
    entry = page.entry
    assert entry.staff_combo.currentData() == worker_id  # given by the signed-in worker
    assert entry.date_edit.text() == TODAY.isoformat()

    _pick(entry, qtbot, "zsf")
    _pick(entry, qtbot, "lsg")
    assert entry.attendee_ids() == [first, second]
    entry.attendees_list.setFocus()
    entry.attendees_list.setCurrentRow(1)
    qtbot.keyClick(entry.attendees_list, Qt.Key.Key_Space)  # the second did not come
    entry.form_combo.setCurrentIndex(entry.form_combo.findData("group_work"))
    _tick_type(entry, qtbot, ServiceType.SOCIAL_SKILLS.value)
    entry.content_edit.setPlainText("社交技能小组第三次活动")
    qtbot.keyClick(entry.start_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert not entry.message.isVisible(), entry.message.text()
    assert entry.attendee_ids() == [] and entry.content_edit.toPlainText() == ""
    assert entry.form_combo.currentData() == "group_work"  # kept for the next entry
    assert "张三丰" in entry.status.text()
    assert page.services_model.rowCount() == 1
    people = page.services_model.index(0, 2).data()
    assert "李四光" in people and "缺席" in people
    [saved] = service_records.services_on(admin_ctx, TODAY)
    assert saved.group
    assert sorted((c, came) for c, _, came in saved.attendees) == sorted([(first, True), (second, False)])


def test_a_refused_save_says_why_and_keeps_everything(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs
) -> None:
    worker_id = worker(admin_ctx)
    client_id = active_client(admin_ctx, worker_id)
    cases.change_status(admin_ctx, client_id, TransitionRequest("suspended", TODAY, reason="住院"), today=TODAY)
    page = _page(admin_ctx, ops, prefs, qtbot)
    entry = page.entry
    entry.staff_combo.setCurrentIndex(entry.staff_combo.findData(worker_id))
    _pick(entry, qtbot, "zsf")
    _tick_type(entry, qtbot, ServiceType.LIFE_SKILLS.value)
    entry.content_edit.setPlainText("日间训练")
    entry.form_combo.setCurrentIndex(entry.form_combo.findData("day_training"))
    qtbot.keyClick(entry.end_edit, Qt.Key.Key_Return)
    assert entry.message.isVisible() and "张三丰" in entry.message.text()
    assert "暂停" in entry.message.text()
    assert entry.attendee_ids() == [client_id] and entry.content_edit.toPlainText() == "日间训练"
    entry.form_combo.setCurrentIndex(entry.form_combo.findData("home_visit"))  # allowed while suspended
    qtbot.keyClick(entry.end_edit, Qt.Key.Key_Return)
    assert not entry.message.isVisible(), entry.message.text()
    assert page.services_model.rowCount() == 1


def test_a_saved_service_is_changed_with_history_and_deleted_with_a_reason(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs
) -> None:
    worker_id = worker(admin_ctx)
    active_client(admin_ctx, worker_id)
    page = _page(admin_ctx, ops, prefs, qtbot)
    entry = page.entry
    entry.staff_combo.setCurrentIndex(entry.staff_combo.findData(worker_id))
    _pick(entry, qtbot, "zsf")
    _tick_type(entry, qtbot, ServiceType.LIFE_SKILLS.value)
    qtbot.keyClick(entry.location_edit, Qt.Key.Key_Return)
    [saved] = page.services
    page.services_table.setCurrentIndex(page.services_model.index(0, 0))
    page.edit_button.click()
    assert entry.cancel_button.isVisible() and entry.attendees_list.count() == 1
    entry.end_edit.setText("11:00")
    qtbot.keyClick(entry.end_edit, Qt.Key.Key_Return)
    assert page.services_model.index(0, 0).data() == "09:00–11:00"
    assert len(service_records.service_history(admin_ctx, saved.id)) == 1
    page.services_table.setCurrentIndex(page.services_model.index(0, 0))
    page.delete_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.reason_edit.setText("重复录入")
    dialog.submit()
    assert page.services_model.rowCount() == 0


def test_the_day_roster_is_ticked_and_saved_in_one_go(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs
) -> None:
    worker_id = worker(admin_ctx)
    active_client(admin_ctx, worker_id, "张三丰", serial=12)
    active_client(admin_ctx, worker_id, "李四光", serial=13)
    page = _page(admin_ctx, ops, prefs, qtbot)
    roster = page.attendance
    page.tabs.setCurrentWidget(roster)
    roster.staff_combo.setCurrentIndex(roster.staff_combo.findData(worker_id))
    assert roster.roster_list.count() == 2
    roster.roster_list.setFocus()
    roster.roster_list.setCurrentRow(0)
    qtbot.keyClick(roster.roster_list, Qt.Key.Key_Space)
    assert "1" in roster.summary.text()
    roster.content_edit.setText("手工编织")
    qtbot.keyClick(roster.content_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not roster.message.isVisible(), roster.message.text()
    assert roster.roster is not None and roster.roster.service_id is not None
    assert page.services_model.rowCount() == 1


def _names(page: TodayPage) -> set[str]:
    return {item.client_name for group in page.due_panel.overview.groups for item in group.first if item.client_id}


def test_due_items_filter_to_my_clients_and_open_the_case_file(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs
) -> None:
    mine = worker(admin_ctx)
    other = worker(admin_ctx, "S002", "王芳")
    raw_sql(admin_ctx.store.paths, admin_ctx.store.master, ("UPDATE account SET staff_id = ?", (mine,)))
    first = active_client(admin_ctx, mine, "张三丰", serial=12)
    second = active_client(admin_ctx, mine, "李四光", serial=13)
    raw_sql(
        admin_ctx.store.paths,
        admin_ctx.store.master,
        ("UPDATE client SET responsible_worker_id = ? WHERE id = ?", (mine, first)),
        ("UPDATE client SET responsible_worker_id = ? WHERE id = ?", (other, second)),
        ("UPDATE rehab_plan SET review_due = ?", ((TODAY - timedelta(days=3)).isoformat(),)),
    )
    page = _page(admin_ctx, ops, prefs, qtbot)
    panel = page.due_panel
    assert panel.mine_check.isChecked()  # an admin who serves clients sees theirs first
    assert "负责" in panel.scope_label.text()
    assert _names(page) == {"张三丰"}
    groups = {group.kind: group for group in panel.overview.groups}
    assert (groups["plan_review"].count, groups["plan_review"].overdue) == (1, 1)
    count, overdue = sum(g.count for g in groups.values()), sum(g.overdue for g in groups.values())
    assert page.tabs.tabText(2) == f"待办（{count}，逾期 {overdue}）"
    page.tabs.setCurrentIndex(2)
    panel.mine_check.setFocus()
    qtbot.keyClick(panel.mine_check, Qt.Key.Key_Space)
    assert not panel.mine_check.isChecked() and "全站" in panel.scope_label.text()
    assert _names(page) == {"张三丰", "李四光"}
    heading = panel.heading("plan_review")
    assert heading.text(0) == "康复计划到期复核：2，逾期 2"
    panel.tree.setFocus()
    panel.tree.setCurrentItem(heading.child(0))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    window = page.case_window
    assert window is not None and window.findChild(CaseDetailView) is not None
    window.close()
    QApplication.processEvents()


def test_a_kind_is_listed_in_full_with_enter_and_esc_goes_back(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs
) -> None:
    """More clients unserved this month than a screenful: the heading says how many; Enter lists them all, Esc
    returns to the heading it came from, all from the keyboard."""
    worker_id = worker(admin_ctx)
    for serial in range(20, 20 + FIRST_ROWS + 3):
        client_id = clients.register_client(admin_ctx, client_input(f"客户{serial}", serial=serial), today=TODAY)
        raw_sql(
            admin_ctx.store.paths,
            admin_ctx.store.master,
            (
                "UPDATE client SET status = 'active', responsible_worker_id = ? WHERE id = ?",
                (worker_id, client_id.client_id),
            ),
        )
    page = _page(admin_ctx, ops, prefs, qtbot)
    panel = page.due_panel
    page.tabs.setCurrentIndex(2)
    heading = panel.heading("no_service_this_month")
    assert heading.text(0) == f"本月尚无服务记录：{FIRST_ROWS + 3}"
    assert heading.childCount() == FIRST_ROWS + 1
    assert heading.child(FIRST_ROWS).text(0) == f"显示全部（{FIRST_ROWS + 3}）"
    shown = [heading.child(row).text(1) for row in range(FIRST_ROWS)]
    assert shown == sorted(shown)  # undated: by case number

    panel.tree.setFocus()
    panel.tree.setCurrentItem(heading)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert panel.stack.currentIndex() == 1 and panel.all_table.hasFocus()
    assert panel.all_model.rowCount() == FIRST_ROWS + 3
    listed = [panel.all_model.index(row, 2).data() for row in range(panel.all_model.rowCount())]
    assert listed[:FIRST_ROWS] == shown and listed == sorted(listed)
    qtbot.keyClick(panel.all_table, Qt.Key.Key_Escape)
    assert panel.stack.currentIndex() == 0 and panel.tree.hasFocus()
    assert panel.tree.currentItem() is panel.heading("no_service_this_month")

    panel.tree.setCurrentItem(heading.child(FIRST_ROWS))  # "show all" does the same
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert panel.stack.currentIndex() == 1 and panel.all_model.rowCount() == FIRST_ROWS + 3
    qtbot.keyClick(panel.all_table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.all_table, Qt.Key.Key_Return)
    window = page.case_window
    assert window is not None and window.findChild(CaseDetailView) is not None
    window.close()
    QApplication.processEvents()


def test_the_page_moves_to_the_new_day_at_midnight(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs
) -> None:
    """A PC left on overnight: the heading, the services of the day, the due list and the entry's date follow."""
    evening = datetime.combine(TODAY, time(23, 59, 30)).astimezone(UTC)
    clock.set_clock(lambda: evening)
    try:
        page = TodayPage(admin_ctx, ops, prefs)
        # Read as soon as the timer is armed: the due lists below may take seconds on a loaded machine.
        assert page.midnight_timer.isActive() and 30_000 <= page.midnight_timer.remainingTime() <= 32_000
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.due_panel.overview is not None)
        assert page.day == TODAY and TODAY.isoformat() in page.heading.text()
        assert page.entry.date_edit.text() == TODAY.isoformat()
        loaded: list[object] = []
        real_overview = due_panel_module.due_overview
        due_panel_module.due_overview = lambda ctx, today, scope: (
            loaded.append(today) or real_overview(ctx, today=today, scope=scope)
        )
        try:
            after_midnight = datetime.combine(TODAY + timedelta(days=1), time(0, 0, 1)).astimezone(UTC)
            clock.set_clock(lambda: after_midnight)
            page.midnight_timer.timeout.emit()
        finally:
            due_panel_module.due_overview = real_overview
        tomorrow = TODAY + timedelta(days=1)
        assert page.day == tomorrow and tomorrow.isoformat() in page.heading.text()
        assert loaded == [tomorrow]  # the due list was read again, for the new day
        assert page.entry.date_edit.text() == tomorrow.isoformat()
        assert page.midnight_timer.isActive() and page.midnight_timer.remainingTime() > 23 * 3600 * 1000
    finally:
        clock.set_clock(None)


def test_the_due_lists_are_counted_after_the_first_paint(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs
) -> None:
    """Signing in shows the day's services first: the due lists, a tab behind them, are not read before the page
    has painted, and then without another step."""
    worker_id = worker(admin_ctx)
    active_client(admin_ctx, worker_id)
    page = TodayPage(admin_ctx, ops, prefs, today=TODAY)
    qtbot.addWidget(page)
    assert page.due_panel.overview is None and page.tabs.tabText(2) == ""
    assert page.services_model.rowCount() == 0 and page.tabs.tabText(0) == "今日服务（0）"  # read at once
    page.show()
    qtbot.waitUntil(lambda: page.due_panel.overview is not None)
    kinds = {group.kind for group in page.due_panel.overview.groups}
    assert "no_service_this_month" in kinds and page.tabs.tabText(2).startswith("待办（")


def test_a_busy_day_lists_a_page_of_services_and_the_rest_as_it_scrolls(
    admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs, monkeypatch
) -> None:
    """The tab counts every service of the day; the list holds the first page and fetches the next as the view
    scrolls to its end, in start-time order, so a thousand a day do not slow the page down."""
    from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
    from rehabdesk.ui.pages import today as today_module
    from rehabdesk.ui.table_models import services_model

    monkeypatch.setattr(today_module, "PAGE_SIZE", 2)
    monkeypatch.setattr(services_model, "PAGE_SIZE", 2)
    worker_id = worker(admin_ctx)
    client_id = active_client(admin_ctx, worker_id)
    starts = ["15:00", "09:00", "13:00", "10:00", "11:00"]
    for start in starts:
        end = f"{int(start[:2]) + 1:02d}:00"
        data = ServiceInput(
            TODAY, start, end, "case_management", ("life_skills",), (worker_id,), (AttendeeInput(client_id),)
        )
        service_records.record_service(admin_ctx, data, today=TODAY)
    first_pages: list[int] = []
    real_set_page = services_model.ServicesTableModel.set_page
    monkeypatch.setattr(
        services_model.ServicesTableModel,
        "set_page",
        lambda model, total, first, fetch: first_pages.append(len(first)) or real_set_page(model, total, first, fetch),
    )
    page = _page(admin_ctx, ops, prefs, qtbot)
    assert page.tabs.tabText(0) == "今日服务（5）"
    assert first_pages == [2]  # the day's list was read a page at a time
    page.services_table.scrollToBottom()
    qtbot.waitUntil(lambda: page.services_model.rowCount() == 5)
    assert [service.start_time for service in page.services] == sorted(starts)
    assert page.services == service_records.services_on(admin_ctx, TODAY)
    page.services_table.setCurrentIndex(page.services_model.index(4, 0))  # a row of a later page
    page.edit_button.click()
    assert page.entry.start_edit.text() == "15:00"
