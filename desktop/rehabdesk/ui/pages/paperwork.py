"""The Paperwork page (文书, titled "Documents"): find a client, see and act on their consent forms and agreements;
what is due across the station; blank forms for home visits."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.roles import Permission
from rehabdesk.services import clients, committed, paperwork_due, printing
from rehabdesk.services.clients import ClientSummary
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork_due import DueItem
from rehabdesk.services.printing import PrintedDocument
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.dialogs.pdf_preview import show_printed
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import paperwork_text
from rehabdesk.ui.text import why_not as why_not_text
from rehabdesk.ui.widgets.client_paperwork_panel import ClientPaperworkPanel

SEARCH_LIMIT = 50


class PaperworkPage(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._found: list[ClientSummary] = []
        self._due: list[DueItem] = []
        self.dialog: QDialog | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("documentsSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Name, pinyin initials, ID or case number"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("documentsResults")
        self.panel = ClientPaperworkPanel(ctx, ops)
        self.blank_consent = QPushButton(self.tr("Blank consent form…"))
        self.blank_consent.setObjectName("blankConsentButton")
        self.blank_agreement = QPushButton(self.tr("Blank agreement…"))
        self.blank_agreement.setObjectName("blankAgreementButton")
        may_print = ctx.actor.may(Permission.PRINT_DOCUMENTS)
        allow(self.blank_consent, why_not((may_print, why_not_text.no_permission())))
        allow(self.blank_agreement, why_not((may_print, why_not_text.no_permission())))

        finder = QWidget()
        left = QVBoxLayout(finder)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.search_edit)
        left.addWidget(self.results, 1)
        left.addWidget(self.blank_consent)
        left.addWidget(self.blank_agreement)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(finder)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])

        self.due_table = QTableWidget(0, 5)
        self.due_table.setObjectName("documentsDueTable")
        self.due_table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Case number"), self.tr("Client"), self.tr("Document"), self.tr("Date")]
        )
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.due_table.verticalHeader().hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("documentsTabs")
        self.tabs.addTab(splitter, self.tr("Client documents"))
        self.tabs.addTab(self.due_table, self.tr("Due"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.results.currentItemChanged.connect(self._open_selected)
        self.due_table.doubleClicked.connect(lambda index: self._open_due(index.row()))
        self.blank_consent.clicked.connect(lambda: self._print_blank(printing.print_blank_consent_form))
        self.blank_agreement.clicked.connect(lambda: self._print_blank(printing.print_blank_agreement))
        QShortcut(QKeySequence("Ctrl+F"), self, self.search_edit.setFocus)
        due_kinds = (
            committed.PAPERWORK | committed.SCANS | committed.CLIENTS | committed.CASE_FILES | committed.SETTINGS
        )
        follow_changes(self, ops, due_kinds, self.refresh_due)
        self.refresh_due()

    def search(self) -> None:
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        if not query:
            self._show_found([])
            return
        self._ops.run(
            self, lambda: clients.search_clients(self._ctx, query, limit=SEARCH_LIMIT), on_success=self._show_found
        )

    def _show_found(self, found: list[ClientSummary]) -> None:
        self._found = found
        self.results.blockSignals(True)
        self.results.clear()
        for summary in found:
            QListWidgetItem(f"{summary.name}　{summary.case_number}\n{summary.masked_id}", self.results)
        self.results.blockSignals(False)
        if len(found) == 1:
            self.results.setCurrentRow(0)

    def _open_selected(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self._found):
            self.open_client(self._found[row].id)

    def open_client(self, client_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.panel.set_client(client_id)

    def refresh_due(self) -> None:
        self._ops.run(self, lambda: paperwork_due.paperwork_due(self._ctx), on_success=self._show_due)

    def _show_due(self, items: list[DueItem]) -> None:
        self._due = items
        self.due_table.setRowCount(len(items))
        for row, item in enumerate(items):
            values = [
                paperwork_text.due_kind_text(item.kind),
                item.case_number,
                item.client_name,
                item.number,
                item.due_on.isoformat() if item.due_on else "",
            ]
            for column, value in enumerate(values):
                self.due_table.setItem(row, column, QTableWidgetItem(value))
        self.tabs.setTabText(1, self.tr("Due ({count})").format(count=len(items)))

    def _open_due(self, row: int) -> None:
        if 0 <= row < len(self._due):
            self.open_client(self._due[row].client_id)

    def _print_blank(self, render) -> None:
        def show(printed: PrintedDocument) -> None:
            title = self.tr("Blank consent form") if printed.kind == "consent" else self.tr("Blank service agreement")
            self.dialog = show_printed(self, printed, title)

        self._ops.run(self, lambda: render(self._ctx), on_success=show)
