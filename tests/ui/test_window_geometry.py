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
    """A place other than where the window opened, wholly on the offscreen test screen (800 × 800); the windows'
    minimum width has shrunk to fit it."""
    minimum = window.minimumSize()
    return QRect(9, window.geometry().y() - 11, minimum.width() - 20, minimum.height() + 23).intersected(
        QRect(9, 45, minimum.width(), 740)
    )


def _same_place(window, placed: QRect) -> bool:
    """Same size; same place but for the offscreen platform's frame margins (a pixel or two)."""
    return window.size() == placed.size() and (window.pos() - placed.topLeft()).manhattanLength() <= 4


def _wholly_on_screen(window) -> bool:
    """The window with its frame fits the available screen, with room above it for a window manager's title bar."""
    available = QGuiApplication.primaryScreen().availableGeometry()
    frame = window.frameGeometry()
    return available.contains(frame) and frame.top() - available.top() >= 30


def test_the_main_window_opens_where_it_was_closed(qtbot, zh, admin_ctx, station_paths, ops, prefs) -> None:
    assert prefs.get(preferences.WINDOW_GEOMETRY).isEmpty()
    first = _main_window(qtbot, admin_ctx, ops, prefs)
    first.setGeometry(_somewhere_else(first))
    placed = first.geometry()
    first.close()
    assert not prefs.get(preferences.WINDOW_GEOMETRY).isEmpty()

    again = _main_window(qtbot, _sign_in_again(station_paths), ops, prefs)
    assert _same_place(again, placed), (again.geometry(), placed)


def test_the_case_window_opens_where_it_was_closed(qtbot, zh, admin_ctx, ops, prefs) -> None:
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    host = _main_window(qtbot, admin_ctx, ops, prefs)
    first = _case_window(admin_ctx, ops, prefs, host, client_id)
    first.setGeometry(_somewhere_else(first))
    placed = first.geometry()
    first.close()

    again = _case_window(admin_ctx, ops, prefs, host, client_id)
    assert _same_place(again, placed), (again.geometry(), placed)


def test_a_place_no_screen_shows_is_not_restored(qtbot, zh, admin_ctx, station_paths, ops, prefs) -> None:
    first = _main_window(qtbot, admin_ctx, ops, prefs)
    default_size = first.size()
    first.setGeometry(FAR_AWAY)
    first.close()

    again = _main_window(qtbot, _sign_in_again(station_paths), ops, prefs)
    assert again.size() == default_size
    assert _wholly_on_screen(again)
    room = QGuiApplication.primaryScreen().availableGeometry().marginsRemoved(preferences._FRAME_ALLOWANCE)
    assert (again.geometry().center() - room.center()).manhattanLength() <= 4  # the offscreen frame's margins


def test_the_window_opens_wholly_on_a_small_screen(qtbot, zh, admin_ctx, station_paths, ops, prefs) -> None:
    """The default size (1100 × 720) and a window saved half off the edge both fit the 800 × 800 test screen, title
    bar included: nothing to drag back from under the task bar."""
    first = _main_window(qtbot, admin_ctx, ops, prefs)
    assert _wholly_on_screen(first)
    first.setGeometry(QRect(500, 600, 1200, 900))  # mostly off the bottom right, larger than the screen
    first.close()

    again = _main_window(qtbot, _sign_in_again(station_paths), ops, prefs)
    assert _wholly_on_screen(again)
    assert again.width() >= 700 and again.height() >= 700  # as large as the screen allows, not shrunk to nothing
