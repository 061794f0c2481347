"""One change broadcast: a job that committed tells every view which kinds of data it wrote, and views refresh
only when a kind they show is among them — at once when on screen, when next shown when behind another tab."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from rehabdesk.domain.people import ClientStatus
from rehabdesk.services import committed, staff
from rehabdesk.services.case_due import CaseDueKind
from rehabdesk.services.context import StationContext
from rehabdesk.ui.dialogs.case_dialogs import TransitionDialog
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages.case_window import open_case_window
from rehabdesk.ui.pages.clients import COLUMNS, ClientsPage
from rehabdesk.ui.pages.safety import SafetyPage
from rehabdesk.ui.pages.today import TodayPage
from rehabdesk.ui.text.labels import label_of
from tests.case_support import active_client
from tests.people_support import TODAY, staff_input
from tests.training_support import worker


def _tabs(qtbot, *pages) -> QTabWidget:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for page in pages:
        tabs.addTab(page, type(page).__name__)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs


def _unserved(page: TodayPage, client_id: str) -> bool:
    groups = page.due_panel.overview.groups
    return any(
        item.kind == CaseDueKind.NO_SERVICE_THIS_MONTH and item.client_id == client_id
        for group in groups
        for item in group.first
    )


def _status_cell(page: ClientsPage, client_id: str) -> str:
    row = next(row for row in range(page.model.rowCount()) if page.model.client_id(row) == client_id)
    return page.model.index(row, COLUMNS.index("status")).data()


def test_a_status_change_in_a_case_window_reaches_today_and_the_client_list(
    admin_ctx: StationContext, ops: Operations, prefs, zh, qtbot
) -> None:
    worker_id = worker(admin_ctx)
    client_id = active_client(admin_ctx, worker_id)
    today = TodayPage(admin_ctx, ops, prefs, today=TODAY)
    client_list = ClientsPage(admin_ctx, ops, prefs)
    tabs = _tabs(qtbot, today, client_list)
    qtbot.waitUntil(lambda: today.due_panel.overview is not None)  # counted once the page has painted
    assert not today.due_panel.mine_check.isChecked()  # an admin linked to no worker sees the whole station
    assert _unserved(today, client_id)
    assert _status_cell(client_list, client_id) == label_of(ClientStatus, "active")

    window = open_case_window(today, admin_ctx, ops, prefs, client_id)
    qtbot.addWidget(window)
    view = window.layout().itemAt(0).widget()
    view.change_status_button.click()
    dialog = view.dialog
    assert isinstance(dialog, TransitionDialog)
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("suspended"))
    dialog.reason_edit.setText("住院治疗")
    dialog.submit()

    suspended = label_of(ClientStatus, "suspended")
    assert view.status_label.text() == suspended
    assert not _unserved(today, client_id), "Today's due list still lists a suspended client as unserved"
    tabs.setCurrentWidget(client_list)
    assert _status_cell(client_list, client_id) == suspended


class _CountingSafetyPage(SafetyPage):
    def __init__(self, *args) -> None:
        self.loads = 0
        super().__init__(*args)

    def refresh(self) -> None:
        self.loads += 1
        super().refresh()


def test_a_page_reloads_only_for_the_kinds_it_shows_and_only_when_looked_at(
    admin_ctx: StationContext, ops: Operations, prefs, zh, qtbot
) -> None:
    safety = counter = _CountingSafetyPage(admin_ctx, ops)
    today = TodayPage(admin_ctx, ops, prefs, today=TODAY)
    tabs = _tabs(qtbot, today, safety)
    assert counter.loads == 0  # built behind the Today tab: nothing loaded yet
    tabs.setCurrentWidget(safety)
    assert counter.loads == 1
    tabs.setCurrentWidget(today)

    ops.run(None, lambda: staff.register_staff(admin_ctx, staff_input("S900", "钱进"), today=TODAY))
    assert counter.loads == 1, "a page behind another tab reloaded at once"
    ops.run(None, lambda: staff.list_staff(admin_ctx))  # a read changes nothing the page shows
    tabs.setCurrentWidget(safety)
    assert counter.loads == 2  # staff are shown on the safety page (drill participants): loaded once, when shown
    tabs.setCurrentWidget(today)
    tabs.setCurrentWidget(safety)
    assert counter.loads == 2  # shown again with nothing changed: no reload

    received: list[frozenset[str]] = []
    ops.changed.connect(lambda kinds, _initiator: received.append(kinds))
    worker_id = worker(admin_ctx)
    ops.run(None, lambda: active_client(admin_ctx, worker_id, "赵六", serial=21))
    assert received and not (received[-1] & (committed.SAFETY | committed.TRAINING | committed.STAFF))
    assert counter.loads == 2, "a client's case file changed and the safety page reloaded"


def test_staff_registered_elsewhere_are_offered_at_once_and_a_choice_made_is_kept(
    admin_ctx: StationContext, ops: Operations, prefs, zh, qtbot
) -> None:
    first = worker(admin_ctx)
    today = TodayPage(admin_ctx, ops, prefs, today=TODAY)
    tabs = _tabs(qtbot, today)
    combo = today.entry.staff_combo
    combo.setCurrentIndex(combo.findData(first))

    ops.run(None, lambda: staff.register_staff(admin_ctx, staff_input("S777", "新同事"), today=TODAY))

    offered = [combo.itemText(index) for index in range(combo.count())]
    assert any("新同事" in text for text in offered), offered
    assert combo.currentData() == first
    assert tabs.currentWidget() is today
