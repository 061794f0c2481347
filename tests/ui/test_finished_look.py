"""A finished look: icons in the rail and on the window, the station named on the sign-in screen, field names never
cut short, and one palette for overdue, due and done on every page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rehabdesk.services import sessions
from rehabdesk.services.today import TodayItem
from rehabdesk.ui.dialogs.import_dialog import ImportDialog
from rehabdesk.ui.kit import colours
from rehabdesk.ui.kit.colours import State
from rehabdesk.ui.main_window import MainWindow
from rehabdesk.ui.pages.safety import SafetyPage
from rehabdesk.ui.pages.staff_training import _BANNER_STYLE, _CARD_BAD_STYLE
from rehabdesk.ui.shell import Shell
from rehabdesk.ui.table_models.due_model import DueTableModel
from rehabdesk.ui.widgets.client_paperwork_panel import _ALLOWED_STYLE, _REFUSED_STYLE
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, STATION, TEST_POLICY
from tests.people_support import TODAY


def test_every_area_in_the_rail_has_an_icon_and_the_window_has_the_apps(qtbot, zh, admin_ctx, ops, prefs) -> None:
    window = MainWindow(admin_ctx, ops, prefs, TEST_POLICY)
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()
    assert window.nav.count() >= 8
    for row in range(window.nav.count()):
        icon = window.nav.item(row).icon()
        assert not icon.isNull() and not icon.pixmap(22, 22).isNull(), window.nav.item(row).text()


def test_the_sign_in_screen_names_the_station_it_opens(qtbot, zh, admin_ctx, station_paths, ops, prefs) -> None:
    shell = Shell(station_paths, ops, prefs, TEST_POLICY)
    shell.start()
    first = shell.window.unlock
    qtbot.addWidget(shell.window)
    # Before anyone has signed in on this computer only the code is known (the name is in the encrypted database).
    assert first.station_label.text() == "站点：TS01"

    ctx = sessions.unlock(station_paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    shell.show_main(ctx)
    qtbot.addWidget(shell.window)
    shell.window.sign_out()
    assert shell.window.unlock.station_label.text() == f"站点：{STATION.name} · TS01"
    assert shell.window.unlock.station_label.isVisibleTo(shell.window)

    # The lock screen over the main window names it too.
    again = sessions.unlock(station_paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    shell.show_main(again)
    qtbot.addWidget(shell.window)
    shell.window.lock("manual")
    assert shell.window.unlock_widget.station_label.text() == f"站点：{STATION.name} · TS01"
    shell.window.unlock_widget.sign_out_requested.emit()


def test_field_names_in_the_import_dialog_are_not_cut_short(qtbot, zh, admin_ctx, ops) -> None:
    dialog = ImportDialog(admin_ctx, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.mapping_table
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        text = table.item(row, 0).text()
        assert metrics.horizontalAdvance(text) <= table.columnWidth(0), text


def test_one_palette_for_overdue_due_and_done(qtbot, zh, admin_ctx, ops) -> None:
    model = DueTableModel()
    overdue = TodayItem("stage_review", TODAY, True, "c1", "TS01-2026-00001", "张三丰")
    model.set_rows([overdue])
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == colours.RED

    page = SafetyPage(admin_ctx, ops)
    qtbot.addWidget(page)
    page.refresh()
    table = page.schedule_table
    shown = {
        table.item(row, 4).text(): table.item(row, 4).background().color().name()
        for row in range(table.rowCount())
        if table.item(row, 4) is not None
    }
    assert shown, "the drill schedule lists the key scenarios"
    allowed = {colours.RED_BACKGROUND.name(), colours.AMBER_BACKGROUND.name(), "#000000"}  # black: no background
    assert set(shown.values()) <= allowed, shown

    text, background = colours.colours_of(State.OVERDUE)
    assert text.name() in _CARD_BAD_STYLE and background.name() in _CARD_BAD_STYLE
    assert text.name() in _REFUSED_STYLE
    assert colours.GREEN.name() in _ALLOWED_STYLE and colours.GREEN_BACKGROUND.name() in _ALLOWED_STYLE
    assert colours.AMBER.name() in _BANNER_STYLE


def test_a_large_dialog_fits_a_small_screen(qtbot, zh, admin_ctx, ops) -> None:
    """The client form is made for 1080 × 720; on a smaller screen (the offscreen test screen is 800 wide, a
    1366 × 768 laptop at 125 % is 1093 × 614) it shrinks so that Save stays on the screen, and its fields scroll."""
    from PySide6.QtGui import QGuiApplication

    from rehabdesk.ui.dialogs.client_form import ClientForm

    form = ClientForm(admin_ctx, ops)
    qtbot.addWidget(form)
    form.show()
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert form.frameGeometry().width() <= available.width()
    assert form.frameGeometry().height() <= available.height()
    save = form.save_button
    assert available.contains(save.mapToGlobal(save.rect().bottomRight()))
