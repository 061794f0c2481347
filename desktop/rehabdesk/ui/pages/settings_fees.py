"""Settings › Fees: the station's published fee schedule (明码标价), kept by admins and printed for the notice
board."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.agreements import FundingSource
from rehabdesk.domain.money import format_yuan
from rehabdesk.domain.roles import Permission
from rehabdesk.services import committed, fee_schedule, printing
from rehabdesk.services.context import StationContext
from rehabdesk.services.fee_schedule import FeeItemInfo
from rehabdesk.services.printing import PrintedDocument
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.dialogs.fee_item_dialog import FeeItemDialog
from rehabdesk.ui.dialogs.opening import open_dialog
from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels
from rehabdesk.ui.text import why_not as why_not_text

_PRICE_COLUMN = 2


class FeesTab(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.items: list[FeeItemInfo] = []
        self.dialog: QDialog | None = None  # the last dialog opened, for tests to fill in
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("feeItemsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Unit"), self.tr("Price (yuan)"), self.tr("Funding"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.new_button = QPushButton(self.tr("New fee item…"))
        self.new_button.setObjectName("newFeeItemButton")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editFeeItemButton")
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setObjectName("retireFeeItemButton")
        self.print_button: QPushButton | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        if ctx.actor.may(Permission.PRINT_DOCUMENTS):
            self.print_button = QPushButton(self.tr("Print fee schedule…"))
            self.print_button.setObjectName("printFeeScheduleButton")
            self.print_button.clicked.connect(self.print_schedule)
            buttons.addWidget(self.print_button)
        self.note = QLabel(
            self.tr(
                "Retired items no longer appear on the printed schedule or in new agreements. A price change "
                "applies to new agreements only: signed agreements keep the prices they were signed with."
            )
        )
        self.note.setObjectName("feeNoteLabel")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._may_edit = ctx.actor.may(Permission.MANAGE_SETTINGS)
        allow(self.new_button, why_not((self._may_edit, why_not_text.no_permission())))
        self.new_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.table.doubleClicked.connect(lambda _: self.edit_item())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        follow_changes(self, ops, committed.PAPERWORK, self.refresh)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Reload the table, keeping the selection or moving it to the item ``select``."""
        current = self.selected_item()
        keep = select or (current.id if current else None)
        self._ops.run(
            self,
            lambda: fee_schedule.list_fee_items(self._ctx, include_retired=True),
            on_success=lambda items: self._show(items, keep),
        )

    def _show(self, items: list[FeeItemInfo], select: str | None) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for row, item in enumerate(items):
            values = [
                item.name,
                item.unit,
                format_yuan(item.price_fen),
                labels.label_of(FundingSource, item.funding),
                self.tr("Retired") if item.retired else self.tr("Published"),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == _PRICE_COLUMN:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if item.retired:
                    cell.setForeground(muted)
                self.table.setItem(row, column, cell)
        if select is not None:
            self.select(select)
        self._selection_changed()

    def selected_item(self) -> FeeItemInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.items):
            return None
        return self.items[rows[0].row()]

    def select(self, item_id: str) -> None:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        item = self.selected_item()
        reason = why_not(
            (self._may_edit, why_not_text.no_permission()),
            (item is not None, self.tr("Select a fee item in the list first.")),
        )
        allow(self.edit_button, reason)
        allow(self.retire_button, reason)
        self.retire_button.setText(self.tr("Publish again") if item is not None and item.retired else self.tr("Retire"))

    def add_item(self) -> None:
        dialog = FeeItemDialog(self._ctx, self._ops, parent=self)
        dialog.saved.connect(lambda item_id: self.refresh(select=item_id))
        self._open(dialog)

    def edit_item(self) -> None:
        item = self.selected_item()
        if item is not None and self._may_edit:
            self._open(FeeItemDialog(self._ctx, self._ops, item=item, parent=self))

    def toggle_retired(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        self._ops.run(
            self,
            lambda: fee_schedule.set_fee_item_retired(self._ctx, item.id, not item.retired),
        )

    def print_schedule(self) -> None:
        self._ops.run(self, lambda: printing.print_fee_schedule(self._ctx), on_success=self._preview)

    def _preview(self, printed: PrintedDocument) -> None:
        title = self.tr("Fee schedule")
        self._open(PdfPreviewDialog(printed.pdf, title, f"{title}-{clock.today().isoformat()}.pdf", parent=self))

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None] | None = None) -> None:
        self.dialog = open_dialog(dialog, on_accepted)
