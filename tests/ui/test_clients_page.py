"""The client list: paged model, search as you type, filters, opening a file."""

from __future__ import annotations

from rehabdesk.services import clients
from rehabdesk.ui.dialogs.client_form import ClientForm
from rehabdesk.ui.pages.clients import ClientsPage
from rehabdesk.ui.table_models import client_model
from tests.people_support import TODAY, client_input


def _fill(ctx, count: int) -> None:
    rows = [
        client_input(f"测试{i:03d}", serial=i % 100, birth=TODAY.replace(year=1960 + i // 100)) for i in range(count)
    ]
    clients.import_clients(ctx, [client_input("张三丰", serial=99, birth=TODAY.replace(year=1950)), *rows], today=TODAY)


def _page(qtbot, ctx, ops, prefs) -> ClientsPage:
    page = ClientsPage(ctx, ops, prefs)
    qtbot.addWidget(page)
    page.show()
    return page


def test_rows_are_fetched_a_page_at_a_time(qtbot, zh, admin_ctx, ops, prefs) -> None:
    _fill(admin_ctx, 249)
    page = _page(qtbot, admin_ctx, ops, prefs)
    assert page.model.rowCount() == 250
    assert page.count_label.text() == "共 250 人"
    requests: list[int] = []

    def fetch(ids: list[str]) -> list[clients.ClientSummary]:
        requests.append(len(ids))
        return clients.client_summaries(admin_ctx, ids)

    model = client_model.ClientTableModel(fetch, lambda column, row: str(getattr(row, column)))
    model.set_ids(clients.client_ids(admin_ctx))
    assert model.index(0, 1).data() and model.index(99, 1).data()
    assert requests == [client_model.PAGE_SIZE]
    assert model.index(249, 1).data()
    assert requests == [client_model.PAGE_SIZE, 250 - 2 * client_model.PAGE_SIZE]


def test_model_passes_qt_model_tester(qtmodeltester, zh, admin_ctx, ops, qtbot, prefs) -> None:
    _fill(admin_ctx, 30)
    page = _page(qtbot, admin_ctx, ops, prefs)
    qtmodeltester.check(page.model, force_py=True)


def test_search_and_filters(qtbot, zh, admin_ctx, ops, prefs) -> None:
    _fill(admin_ctx, 20)
    page = _page(qtbot, admin_ctx, ops, prefs)
    qtbot.keyClicks(page.search_edit, "zsf")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, 1).data() == "张三丰"
    assert "*" in page.model.index(0, 4).data()  # ID masked in the list
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 21, timeout=2000)
    page.risk_combo.setCurrentIndex(page.risk_combo.findData("3"))
    assert page.model.rowCount() == 0


def test_activating_a_row_opens_the_file(qtbot, zh, admin_ctx, ops, prefs) -> None:
    _fill(admin_ctx, 3)
    page = _page(qtbot, admin_ctx, ops, prefs)
    page.open_client(page.model.client_id(0))
    forms = [w for w in page.findChildren(ClientForm)]
    assert forms and forms[0].isVisible()
    assert forms[0].name_edit.text()
