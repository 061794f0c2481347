"""Every greyed button says why (issue 18, item 1): a walk through every page, tab and case file of the main window,
for an admin and for a worker whose roles allow less, and through the dialogs that grey buttons, finds no disabled
button or action without a tooltip explaining it. Also: 人员与培训 has an "add staff" button, greyed with the reason
for a worker who may not add staff."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QPushButton, QTabWidget, QToolButton, QWidget, QWizard

from rehabdesk.services import clients, sessions
from rehabdesk.ui.dialogs.change_password import ChangePasswordDialog
from rehabdesk.ui.dialogs.import_dialog import ImportDialog
from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from rehabdesk.ui.dialogs.staff_dialog import StaffDialog
from rehabdesk.ui.dialogs.training_import_dialog import TrainingImportDialog
from rehabdesk.ui.first_run import FirstRunWizard
from rehabdesk.ui.main_window import MainWindow
from rehabdesk.ui.pages.case_detail import CaseDetailView
from tests.conftest import STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY
from tests.people_support import TODAY, client_input

SEEN: set[str] = set()  # greyed buttons the walks met, so a walk that sees none fails


def _greyed_without_reason(root: QWidget) -> list[str]:
    """Buttons greyed on their own (not through a greyed parent) and actions that are disabled, with no tooltip
    beyond the action's own text."""
    silent = []
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button, (QPushButton, QToolButton)) or button.isEnabled() or not button.isVisibleTo(root):
            continue
        SEEN.add(f"{type(root).__name__}.{button.objectName() or button.text()}")
        if button.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled) and not button.toolTip().strip():
            silent.append(f"{type(button).__name__} {button.objectName() or button.text()!r}")
    for action in root.findChildren(QAction):
        if not action.isEnabled() and action.toolTip().strip() in ("", action.text().replace("&", "").strip()):
            silent.append(f"QAction {action.text()!r}")
    return silent


def _walk_tabs(root: QWidget) -> list[str]:
    """Every tab of every tab widget under ``root`` shown in turn (pages load when first shown)."""
    silent = _greyed_without_reason(root)
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            silent += _greyed_without_reason(root)
    return silent


def _walk_window(window: MainWindow) -> list[str]:
    silent = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        silent += _walk_tabs(window)
    return silent


def test_no_greyed_button_anywhere_is_silent(qtbot, zh, admin_ctx, staff_account, station_paths, ops, prefs):
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    silent: list[str] = []
    SEEN.clear()
    for ctx in (admin_ctx, sessions.unlock(station_paths, STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY)):
        window = MainWindow(ctx, ops, prefs, TEST_POLICY)
        qtbot.addWidget(window)
        window.show()
        silent += _walk_window(window)

        case = CaseDetailView(ctx, ops, client_id)
        qtbot.addWidget(case)
        case.show()
        silent += _walk_tabs(case)

    dialogs = [
        ImportDialog(admin_ctx, ops),
        TrainingImportDialog(admin_ctx, ops),
        ChangePasswordDialog(admin_ctx, ops, forced=True),
        PdfPreviewDialog(b"not a pdf", "test", "test.pdf"),
        StaffDialog(admin_ctx, ops),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        silent += _greyed_without_reason(dialog)

    assert len(SEEN) > 20, SEEN  # the walk met greyed buttons: it can fail
    assert silent == []


def test_the_wizard_finish_button_says_why_it_waits(qtbot, zh, tmp_path, ops):
    wizard = FirstRunWizard(tmp_path / "station", TEST_POLICY, ops)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.recovery_page
    wizard.setStartId(wizard.pageIds()[-1])
    wizard.restart()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled() and "勾选" in finish.toolTip()
    page.confirm_check.setChecked(True)
    assert finish.isEnabled() and finish.toolTip() == ""


def test_staff_and_training_has_an_add_staff_button(qtbot, zh, admin_ctx, staff_account, station_paths, ops, prefs):
    window = MainWindow(admin_ctx, ops, prefs, TEST_POLICY)
    qtbot.addWidget(window)
    window.show()
    page = window.staff_training_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    assert page.add_staff_button.isVisible() and page.add_staff_button.isEnabled()
    page.add_staff_button.click()
    dialog = page.dialog
    assert isinstance(dialog, StaffDialog)
    dialog.number_edit.setText("S009")
    dialog.name_edit.setText("周敏")
    dialog.submit()
    assert any(
        page.workers_table.item(row, 1).text() == "周敏" for row in range(page.workers_table.rowCount())
    )  # the page follows the new staff member at once

    staff_ctx = sessions.unlock(station_paths, STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY)
    staff_window = MainWindow(staff_ctx, ops, prefs, TEST_POLICY)
    qtbot.addWidget(staff_window)
    staff_window.show()
    button = staff_window.staff_training_page.add_staff_button
    assert not button.isEnabled() and "管理员" in button.toolTip()
