"""Settings › Fees with real services: adding, editing, retiring and printing fee items."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from rehabdesk.domain.agreements import FundingSource
from rehabdesk.domain.roles import Role
from rehabdesk.services import fee_schedule
from rehabdesk.ui.dialogs.fee_item_dialog import FeeItemDialog
from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from rehabdesk.ui.pages.settings_fees import FeesTab
from rehabdesk.ui.text import labels
from tests.conftest import STAFF_PASSWORD
from tests.paperwork_support import add_fee_item
from tests.support import login_as


def _tab(qtbot, ctx, ops) -> FeesTab:
    tab = FeesTab(ctx, ops)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _state(text: str) -> str:
    return QCoreApplication.translate("FeesTab", text)


def _row(tab: FeesTab, row: int) -> list[str]:
    return [tab.table.item(row, column).text() for column in range(tab.table.columnCount())]


def _new_item_dialog(tab: FeesTab) -> FeeItemDialog:
    tab.new_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, FeeItemDialog) and dialog.isVisible()
    return dialog


def _save(dialog: FeeItemDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_new_fee_item_is_listed_with_its_price_in_yuan(qtbot, admin_ctx, ops) -> None:
    tab = _tab(qtbot, admin_ctx, ops)
    assert tab.table.rowCount() == 0
    dialog = _new_item_dialog(tab)
    assert dialog.price_edit.placeholderText() == "0.00"
    qtbot.keyClicks(dialog.name_edit, "Lunch")
    qtbot.keyClicks(dialog.unit_edit, "meal")
    qtbot.keyClicks(dialog.price_edit, "12.5")
    dialog.funding_combo.setCurrentIndex(dialog.funding_combo.findData("self_paid"))
    _save(dialog)
    assert not dialog.isVisible()
    assert _row(tab, 0) == ["Lunch", "meal", "12.50", labels.label_of(FundingSource, "self_paid"), _state("Published")]
    assert tab.selected_item() is not None and tab.selected_item().name == "Lunch"
    [stored] = fee_schedule.list_fee_items(admin_ctx)
    assert (stored.price_fen, stored.funding) == (1250, "self_paid")


def test_a_bad_price_keeps_the_dialog_open_and_the_text_typed(qtbot, admin_ctx, ops) -> None:
    tab = _tab(qtbot, admin_ctx, ops)
    dialog = _new_item_dialog(tab)
    qtbot.keyClicks(dialog.name_edit, "Lunch")
    qtbot.keyClicks(dialog.unit_edit, "meal")
    qtbot.keyClicks(dialog.price_edit, "-1")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.price_edit.property("invalid") is True
    assert dialog.price_edit.text() == "-1" and dialog.name_edit.text() == "Lunch"
    assert dialog.message.isVisible() and dialog.message.text()
    assert fee_schedule.list_fee_items(admin_ctx) == []

    dialog.price_edit.setText("¥8")
    _save(dialog)
    assert not dialog.isVisible()
    assert tab.table.item(0, 2).text() == "8.00"


def test_editing_keeps_the_item_selected_and_shows_the_new_price(qtbot, admin_ctx, ops) -> None:
    add_fee_item(admin_ctx, "午餐", "12.50")
    add_fee_item(admin_ctx, "手工材料", "1234.5")
    tab = _tab(qtbot, admin_ctx, ops)
    assert tab.table.item(1, 2).text() == "1,234.50"
    tab.select(tab.items[0].id)
    tab.edit_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, FeeItemDialog)
    assert dialog.price_edit.text() == "12.50" and dialog.name_edit.text() == "午餐"
    dialog.price_edit.setText("13")
    _save(dialog)
    assert tab.table.item(0, 2).text() == "13.00"
    assert tab.selected_item().name == "午餐"


def test_retire_and_publish_again_toggle_by_selection(qtbot, admin_ctx, ops) -> None:
    add_fee_item(admin_ctx, "午餐", "12.50")
    tab = _tab(qtbot, admin_ctx, ops)
    assert not tab.retire_button.isEnabled() and not tab.edit_button.isEnabled()
    tab.select(tab.items[0].id)
    assert tab.retire_button.text() == _state("Retire")
    tab.retire_button.click()
    assert tab.table.item(0, 4).text() == _state("Retired")
    assert tab.retire_button.text() == _state("Publish again")
    assert fee_schedule.list_fee_items(admin_ctx) == []  # off the published schedule
    tab.retire_button.click()
    assert tab.table.item(0, 4).text() == _state("Published")
    assert [item.name for item in fee_schedule.list_fee_items(admin_ctx)] == ["午餐"]


def test_printing_the_schedule_opens_the_preview(qtbot, admin_ctx, ops) -> None:
    add_fee_item(admin_ctx, "午餐", "12.50")
    tab = _tab(qtbot, admin_ctx, ops)
    assert tab.print_button is not None
    tab.print_button.click()
    preview = tab.dialog
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.page_count() >= 1
    assert "午餐" not in preview.windowTitle()
    preview.close()


def test_staff_see_the_schedule_but_cannot_change_or_print_it(qtbot, admin_ctx, ops) -> None:
    add_fee_item(admin_ctx, "午餐", "12.50")
    worker = login_as(admin_ctx, "xiaowang", {Role.STAFF}, STAFF_PASSWORD)
    try:
        tab = _tab(qtbot, worker, ops)
        assert tab.table.rowCount() == 1
        tab.select(tab.items[0].id)
        assert not tab.new_button.isEnabled()
        assert not tab.edit_button.isEnabled() and not tab.retire_button.isEnabled()
        assert tab.print_button is None
    finally:
        worker.close()
