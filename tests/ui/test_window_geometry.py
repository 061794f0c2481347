"""The main window and the case window open where they were last closed, unless no screen shows that place now."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from rehabdesk.services import clients, sessions
from rehabdesk.ui import preferences
from rehabdesk.ui.main_window import MainWindow
from rehabdesk.ui.pages.case_window import open_case_window
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY
from tests.people_support import TODAY, client_input

FAR_AWAY = QRect(9000, 9000, 700, 500)  # on the monitor that was unplugged


def _main_window(qtbot, ctx, ops, prefs) -> MainWindow:
    window = MainWindow(ctx, ops, prefs, TEST_POLICY)
    qtbot.addWidget(window)
    window.show()
    return window


def _sign_in_again(station_paths):
    """Closing the main window signs out; the next one opens with a new sign-in, as after a restart."""
    return sessions.unlock(station_paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)


def _case_window(ctx, ops, prefs, parent, client_id: str) -> QDialog:
    return open_case_window(parent, ctx, ops, prefs, client_id)  # deleted on close; its parent window is cleaned up


def _somewhere_else(window) -> QRect:
    """A place other than where the window opened. The offscreen test screen (800 px) is narrower than both windows'
    minimum width, so Qt pulls a restored window left to fit: the width stays the minimum and x is not compared."""
    minimum = window.minimumSize()
    return QRect(0, window.geometry().y() + 37, minimum.width(), minimum.height() + 23)


def _same_place(window, placed: QRect) -> bool:
    return window.geometry().y() == placed.y() and window.size() == placed.size()


def test_the_main_window_opens_where_it_was_closed(qtbot, zh, admin_ctx, station_paths, ops, prefs) -> None:
    assert prefs.get(preferences.WINDOW_GEOMETRY).isEmpty()
    first = _main_window(qtbot, admin_ctx, ops, prefs)
    first.setGeometry(_somewhere_else(first))
    placed = first.geometry()
    first.close()
    assert not prefs.get(preferences.WINDOW_GEOMETRY).isEmpty()

    again = _main_window(qtbot, _sign_in_again(station_paths), ops, prefs)
    assert _same_place(again, placed)


def test_the_case_window_opens_where_it_was_closed(qtbot, zh, admin_ctx, ops, prefs) -> None:
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    host = _main_window(qtbot, admin_ctx, ops, prefs)
    first = _case_window(admin_ctx, ops, prefs, host, client_id)
    first.setGeometry(_somewhere_else(first))
    placed = first.geometry()
    first.close()

    again = _case_window(admin_ctx, ops, prefs, host, client_id)
    assert _same_place(again, placed)


def test_a_place_no_screen_shows_is_not_restored(qtbot, zh, admin_ctx, station_paths, ops, prefs) -> None:
    first = _main_window(qtbot, admin_ctx, ops, prefs)
    default_size = first.size()
    first.setGeometry(FAR_AWAY)
    first.close()

    again = _main_window(qtbot, _sign_in_again(station_paths), ops, prefs)
    assert again.size() == default_size
    off_centre = again.frameGeometry().center() - QGuiApplication.primaryScreen().availableGeometry().center()
    assert off_centre.manhattanLength() <= 4  # the frame's margins, added when the window is shown
