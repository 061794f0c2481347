"""What is due, grouped by kind: each kind a heading with its count and overdue count, its first rows and
"show all (N)"; Enter on a heading (or on "show all") lists every item of that kind, Esc goes back. Enter on an
item opens its client's case file. The scope (only my clients, or the whole station) is shown and switchable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.services.context import StationContext
from rehabdesk.services.today import DueOverview, DueScope, TodayItem, due_of_kind, due_overview
from rehabdesk.ui.kit import colours
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.table_models.due_model import DueTableModel, who_text
from rehabdesk.ui.text import today_text
from rehabdesk.ui.widgets.record_view import record_view

_KIND = Qt.ItemDataRole.UserRole  # on a heading and on "show all": the kind
_ITEM = Qt.ItemDataRole.UserRole + 1  # on an item row: its TodayItem


class DuePanel(QWidget):
    open_client = Signal(str)
    counted = Signal(int, int)  # every kind's items, of which overdue

    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.day = clock.today()
        self._scope: DueScope | None = None  # None: the default for who is signed in
        self.overview: DueOverview | None = None
        self.shown_kind: str | None = None
        self.all_items: list[TodayItem] = []

        self.mine_check = QCheckBox(self.tr("Only my clients"))
        self.mine_check.setObjectName("onlyMineCheck")
        self.scope_label = QLabel()
        self.scope_label.setObjectName("dueScopeLabel")
        self.tree = QTreeWidget()
        self.tree.setObjectName("dueTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Client or subject"), self.tr("Case number"), self.tr("Date")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setToolTip(self.tr("Enter on a heading lists all of that kind; Enter on an item opens the case file"))
        self.all_heading = QLabel()
        self.all_heading.setObjectName("dueAllHeading")
        self.all_heading.setStyleSheet("font-weight: 600;")
        self.back_button = QPushButton(self.tr("Back (Esc)"))
        self.back_button.setObjectName("dueBackButton")
        self.all_model = DueTableModel()
        self.all_table = record_view(
            "dueTable",
            self.all_model,
            widths={0: "等候满期，须确认是否仍需服务", 2: "DEMO01-2026-00000", 3: "2026-12-31"},
            stretch=(1,),
        )
        self.all_table.setToolTip(self.tr("Enter opens the case file; Esc goes back to every kind"))
        self.stack = QStackedWidget()
        self._build_layout()

        self.mine_check.toggled.connect(self._scope_chosen)
        self.tree.itemActivated.connect(self._activated)
        self.all_table.activated.connect(lambda index: self._open(self.all_items[index.row()]))
        self.back_button.clicked.connect(self.show_overview)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.stack.widget(1),
            self.show_overview,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.mine_check)
        top.addWidget(self.scope_label, 1)
        all_page = QWidget()
        all_layout = QVBoxLayout(all_page)
        all_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.all_heading, 1)
        row.addWidget(self.back_button)
        all_layout.addLayout(row)
        all_layout.addWidget(self.all_table)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(all_page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    # --- the overview ---------------------------------------------------------------------------------------------

    def load(self, day: date) -> None:
        self.day = day
        scope = self._scope
        self._ops.run(self, lambda: due_overview(self._ctx, today=day, scope=scope), on_success=self._show)

    def reset_scope(self) -> None:
        """Back to the default scope (the account's link to a worker changed)."""
        self._scope = None

    def _scope_chosen(self, mine: bool) -> None:
        self._scope = DueScope.MINE if mine else DueScope.STATION
        self.load(self.day)

    def _show(self, overview: DueOverview) -> None:
        self.overview = overview
        self.mine_check.blockSignals(True)
        self.mine_check.setChecked(overview.scope is DueScope.MINE)
        self.mine_check.blockSignals(False)
        allow(
            self.mine_check,
            why_not(
                (
                    overview.own_staff_id is not None,
                    self.tr("Your account is not linked to a staff member. An admin links it in Settings › Accounts."),
                )
            ),
        )
        self.scope_label.setText(
            self.tr("Showing the clients you are responsible for")
            if overview.scope is DueScope.MINE
            else self.tr("Showing every client of the station")
        )
        self._fill_tree(overview)
        self.counted.emit(sum(g.count for g in overview.groups), sum(g.overdue for g in overview.groups))
        if self.shown_kind is not None:
            self.show_all(self.shown_kind)  # the list on screen follows the change too

    def _fill_tree(self, overview: DueOverview) -> None:
        had_focus = self.tree.hasFocus()
        current = self.tree.currentItem()
        # Only a heading's place is kept: the rows under it may be others after the change.
        kept_kind = current.data(0, _KIND) if current is not None and current.parent() is None else None
        self.tree.clear()
        bold = self.tree.font()
        bold.setBold(True)
        for group in overview.groups:
            heading = QTreeWidgetItem(self.tree)
            heading.setData(0, _KIND, group.kind)
            heading.setFont(0, bold)
            heading.setText(0, self._heading_text(group.kind, group.count, group.overdue))
            heading.setFirstColumnSpanned(True)
            for item in group.first:
                row = QTreeWidgetItem(heading, [who_text(item), item.case_number, _date_text(item)])
                row.setData(0, _ITEM, item)
                if item.overdue:
                    for column in range(3):
                        row.setForeground(column, colours.RED)
            if group.count > len(group.first):
                more = QTreeWidgetItem(heading, [self.tr("Show all ({count})").format(count=group.count)])
                more.setData(0, _KIND, group.kind)
                more.setFirstColumnSpanned(True)
            heading.setExpanded(True)
            if group.kind == kept_kind:
                self.tree.setCurrentItem(heading)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        if had_focus:
            self.tree.setFocus()

    def _heading_text(self, kind: str, count: int, overdue: int) -> str:
        name = today_text.kind_text(kind)
        if overdue:
            return self.tr("{kind}: {count}, overdue {overdue}").format(kind=name, count=count, overdue=overdue)
        return self.tr("{kind}: {count}").format(kind=name, count=count)

    def heading(self, kind: str) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, _KIND) == kind:
                return item
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        listed = item.data(0, _ITEM)
        if listed is not None:
            self._open(listed)
        elif item.data(0, _KIND):
            self.show_all(item.data(0, _KIND))

    def _open(self, item: TodayItem) -> None:
        if item.client_id:
            self.open_client.emit(item.client_id)

    # --- all of one kind ------------------------------------------------------------------------------------------

    def show_all(self, kind: str) -> None:
        self.shown_kind = kind
        scope = self.overview.scope if self.overview is not None else DueScope.STATION
        day = self.day
        self._ops.run(
            self,
            lambda: due_of_kind(self._ctx, kind, today=day, scope=scope),
            on_success=lambda items: self._show_all(kind, items),
        )

    def _show_all(self, kind: str, items: list[TodayItem]) -> None:
        if self.shown_kind != kind:
            return  # the person went back, or on to another kind, meanwhile
        self.all_items = items
        self.all_model.set_rows(items)
        self.all_heading.setText(self._heading_text(kind, len(items), sum(item.overdue for item in items)))
        self.stack.setCurrentIndex(1)
        self.all_table.setFocus()
        if items and not self.all_table.currentIndex().isValid():
            self.all_table.setCurrentIndex(self.all_model.index(0, 0))

    def show_overview(self) -> None:
        kind, self.shown_kind = self.shown_kind, None
        self.stack.setCurrentIndex(0)
        heading = self.heading(kind) if kind else None
        if heading is not None:
            self.tree.setCurrentItem(heading)
        self.tree.setFocus()


def _date_text(item: TodayItem) -> str:
    return item.due_on.isoformat() if item.due_on else ""
