"""Adding or editing an item of the published fee schedule (收费项目)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from rehabdesk.domain.agreements import FundingSource
from rehabdesk.domain.money import format_yuan
from rehabdesk.services import fee_schedule
from rehabdesk.services.context import StationContext
from rehabdesk.services.fee_schedule import FeeItemInfo, FeeItemInput
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.kit.fields import combo_box
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels


class FeeItemDialog(FormDialog):
    """Without ``item`` it adds a fee item; with it, it edits that one. ``result_value`` is the new item's id."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        *,
        item: FeeItemInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("New fee item") if item is None else self.tr("Fee item"))
        self._ctx = ctx
        self._item_id = item.id if item is not None else None
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("feeNameEdit")
        self.name_edit.setMaxLength(100)
        self.unit_edit = QLineEdit()
        self.unit_edit.setObjectName("feeUnitEdit")
        self.unit_edit.setMaxLength(20)
        self.unit_edit.setPlaceholderText(self.tr("e.g. meal, month, session"))
        self.price_edit = QLineEdit()
        self.price_edit.setObjectName("feePriceEdit")
        self.price_edit.setPlaceholderText("0.00")
        price_row = QHBoxLayout()
        price_row.addWidget(self.price_edit, 1)
        price_row.addWidget(QLabel(self.tr("yuan")))
        self.funding_combo = combo_box("feeFundingCombo", labels.choices(FundingSource))
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Unit"), self.unit_edit)
        self.form.addRow(self.tr("Price"), price_row)
        self.form.addRow(self.tr("Funding"), self.funding_combo)
        self.finish_layout(
            {
                "name": self.name_edit,
                "unit": self.unit_edit,
                "price": self.price_edit,
                "funding": self.funding_combo,
            }
        )
        self.setMinimumWidth(420)
        if item is not None:
            self.name_edit.setText(item.name)
            self.unit_edit.setText(item.unit)
            self.price_edit.setText(format_yuan(item.price_fen))
            self.funding_combo.setCurrentIndex(max(0, self.funding_combo.findData(item.funding)))

    def fee_input(self) -> FeeItemInput:
        return FeeItemInput(
            name=self.name_edit.text(),
            unit=self.unit_edit.text(),
            price=self.price_edit.text(),
            funding=self.funding_combo.currentData(),
        )

    def work(self) -> Callable[[], str | None]:
        data = self.fee_input()
        item_id = self._item_id
        if item_id is None:
            return lambda: fee_schedule.add_fee_item(self._ctx, data)
        return lambda: fee_schedule.update_fee_item(self._ctx, item_id, data)
