"""The client list (康复对象): search as you type, filters, sortable columns, a page of rows at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.people import ClientStatus, Diagnosis, Gender
from rehabdesk.services import clients, committed, list_exports, staff
from rehabdesk.services.clients import ClientFilter, ClientSummary
from rehabdesk.services.context import StationContext
from rehabdesk.services.settings import read_station
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.dialogs.client_form import ClientForm
from rehabdesk.ui.dialogs.import_dialog import ImportDialog
from rehabdesk.ui.kit.fields import combo_box
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages.case_window import open_case_window
from rehabdesk.ui.preferences import Preferences
from rehabdesk.ui.table_models.client_model import COLUMNS, ClientTableModel
from rehabdesk.ui.text import export_text, labels, people_text

SEARCH_DELAY_MS = 0  # coalesces keys typed faster than the event loop turns; a search takes a few ms
SEARCH_LIMIT = 100


class ClientsPage(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._prefs = prefs
        self._sort = ("case_number", False)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("clientSearchEdit")
        self.search_edit.setPlaceholderText(
            self.tr("Search: name, pinyin initials, last 4 digits of ID number or phone, case number")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo = self._combo(labels.choices(ClientStatus), "clientStatusFilter")
        self.diagnosis_combo = self._combo(labels.choices(Diagnosis), "clientDiagnosisFilter")
        self.risk_combo = self._combo(
            [(str(level), people_text.risk_level_text(level)) for level in range(6)], "clientRiskFilter"
        )
        self.worker_combo = self._combo([], "clientWorkerFilter")
        self.register_button = QPushButton(self.tr("Register a client… (Ctrl+N)"))
        self.register_button.setObjectName("registerClientButton")
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("importClientsButton")
        self.import_button.setToolTip(self.tr("Import clients and their first guardian from an Excel or CSV file"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("exportClientsButton")
        self.export_button.setToolTip(self.tr("The list as shown: this search or these filters, ID numbers masked"))
        if list_exports.may_export_unmasked(ctx):
            menu = QMenu(self.export_button)
            menu.addAction(self.tr("As shown (ID numbers masked)…"), lambda: self.export_list(unmasked=False))
            menu.addAction(
                self.tr("With full ID numbers (recorded in the audit log)…"), lambda: self.export_list(unmasked=True)
            )
            self.export_button.setMenu(menu)
        else:
            self.export_button.clicked.connect(lambda: self.export_list(unmasked=False))
        self.count_label = QLabel()
        self.count_label.setObjectName("clientCountLabel")
        self.reveal_button = QPushButton(self.tr("Show ID number, diagnosis and risk"))
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(self.tr("Shown for the selected client only; each showing is recorded."))
        self.revealed_label = QLabel()
        self.revealed_label.setObjectName("revealedLabel")
        self.case_button = QPushButton(self.tr("Case file…"))
        self.case_button.setObjectName("caseFileButton")
        self.case_button.setToolTip(self.tr("Status, assessments, plan, risk and documents of the selected client"))
        self.case_window: QDialog | None = None
        self.model = ClientTableModel(lambda ids: clients.client_summaries(ctx, ids), self._cell_text)
        self.view = QTableView()
        self.view.setObjectName("clientTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._sort_by)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.register_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("Status"), self.status_combo),
            (self.tr("Diagnosis"), self.diagnosis_combo),
            (self.tr("Risk"), self.risk_combo),
            (self.tr("Worker"), self.worker_combo),
        ):
            filters.addWidget(QLabel(text))
            filters.addWidget(combo)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.revealed_label)
        footer.addWidget(self.reveal_button)
        footer.addWidget(self.case_button)
        layout.addLayout(footer)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._open_first_or_refresh)
        for combo in (self.status_combo, self.diagnosis_combo, self.risk_combo, self.worker_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.view.activated.connect(lambda index: self.open_client(self.model.client_id(index.row())))
        self.register_button.clicked.connect(self.register_client)
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.case_button.clicked.connect(self.open_case_file)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.revealed_label.clear())
        self.model.modelReset.connect(self.revealed_label.clear)
        self.import_button.clicked.connect(self.import_clients)
        QShortcut(QKeySequence("Ctrl+N"), self, self.register_client)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search_edit.setFocus)
        ops.run(self, lambda: staff.list_staff(ctx), on_success=self._fill_workers)
        follow_changes(self, ops, committed.CLIENTS | committed.CASE_FILES | committed.STAFF, self.refresh)
        self.refresh()

    def _combo(self, items: list[tuple[str, str]], name: str) -> QComboBox:
        combo = combo_box(name, [(None, self.tr("All")), *items])
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    def _fill_workers(self, members: list) -> None:
        for member in members:
            if member.direct_service:
                self.worker_combo.addItem(member.name, member.id)

    def _cell_text(self, column: str, summary: ClientSummary) -> str:
        if column == "gender":
            return labels.label_of(Gender, summary.gender)
        if column == "status":
            return labels.label_of(ClientStatus, summary.status)
        if column == "birth_date":
            return self.tr("{age} years").format(age=summary.age)
        return str(getattr(summary, column))

    def current_filter(self) -> ClientFilter:
        risk = self.risk_combo.currentData()
        return ClientFilter(
            statuses=frozenset({self.status_combo.currentData()} - {None}),
            diagnoses=frozenset({self.diagnosis_combo.currentData()} - {None}),
            risk_levels=frozenset() if risk is None else frozenset({int(risk)}),
            responsible_worker_id=self.worker_combo.currentData(),
        )

    def refresh(self) -> None:
        query = self.search_edit.text().strip()
        if query:
            found = clients.search_clients(self._ctx, query, limit=SEARCH_LIMIT)
            self.model.set_ids([row.id for row in found])
            self.count_label.setText(self.tr("{count} found").format(count=len(found)))
        else:
            sort, descending = self._sort
            ids = clients.client_ids(self._ctx, self.current_filter(), sort=sort, descending=descending)
            self.model.set_ids(ids)
            self.count_label.setText(self.tr("{count} clients").format(count=len(ids)))

    def _sort_by(self, section: int) -> None:
        column = COLUMNS[section]
        sort = {"masked_id": "case_number"}.get(column, column)
        descending = self._sort == (sort, False)
        self._sort = (sort, descending)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(section, order)
        self.refresh()

    def _open_first_or_refresh(self) -> None:
        self._search_timer.stop()
        self.refresh()
        if self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)

    def reveal_selected(self) -> None:
        """The masked fields of the selected client, in the clear until the selection moves; audited per field."""
        row = self.view.currentIndex().row()
        if row < 0:
            return
        client_id = self.model.client_id(row)

        def reveal() -> tuple[str, str, str]:
            return tuple(
                clients.reveal(self._ctx, client_id, name) for name in ("id_number", "diagnosis", "risk_level")
            )

        self._ops.run(self, reveal, on_success=self._show_revealed)

    def _show_revealed(self, values: tuple[str, str, str]) -> None:
        id_number, diagnosis, risk = values
        self.revealed_label.setText(
            self.tr("ID number {id_number} · {diagnosis} · {risk}").format(
                id_number=id_number,
                diagnosis=labels.label_of(Diagnosis, diagnosis),
                risk=people_text.risk_level_text(int(risk)),
            )
        )

    def open_client(self, client_id: str) -> None:
        """Opening a file is an audited view; the form shows it in full."""
        self._ops.run(self, lambda: clients.open_client(self._ctx, client_id), on_success=self._show_form)

    def _show_form(self, detail) -> None:
        form = ClientForm(self._ctx, self._ops, detail, parent=self)
        form.open_existing.connect(self.open_client)
        form.open()

    def open_case_file(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.case_window = open_case_window(self, self._ctx, self._ops, self._prefs, self.model.client_id(row))

    def register_client(self) -> None:
        form = ClientForm(self._ctx, self._ops, parent=self)
        form.open_existing.connect(self.open_client)
        form.open()

    def shown_description(self) -> str:
        """What the list shows, in words, for the export's heading."""
        query = self.search_edit.text().strip()
        if query:
            return self.tr("search “{query}”").format(query=query)
        parts = [
            f"{label}: {combo.currentText()}"
            for label, combo in (
                (self.tr("Status"), self.status_combo),
                (self.tr("Diagnosis"), self.diagnosis_combo),
                (self.tr("Risk"), self.risk_combo),
                (self.tr("Worker"), self.worker_combo),
            )
            if combo.currentData() is not None
        ]
        return "; ".join(parts) if parts else self.tr("all clients")

    def export_list(self, *, unmasked: bool) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("clients-{day}.xlsx").format(day=clock.today().isoformat())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the client list"), str(Path(folder) / name), self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else f"{path}.xlsx"), unmasked=unmasked)

    def export_to(self, path: Path, *, unmasked: bool) -> None:
        ids = [self.model.client_id(row) for row in range(self.model.rowCount())]
        shown = self.shown_description()

        def export(station) -> None:
            wording = export_text.client_list_wording(station.name, shown, unmasked=unmasked, today=clock.today())
            self._ops.run(
                self,
                lambda: list_exports.export_client_list(self._ctx, ids, path, wording, unmasked=unmasked),
                on_success=lambda count: self.count_label.setText(
                    self.tr("{count} clients exported to {path}").format(count=count, path=path)
                ),
            )

        self._ops.run(self, lambda: read_station(self._ctx), on_success=export)

    def import_clients(self) -> ImportDialog:
        dialog = ImportDialog(self._ctx, self._ops, parent=self)
        dialog.open()
        return dialog
