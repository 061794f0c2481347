"""The audit viewer (admins): filter by account, date range, action and record type; export to CSV."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.services import audit_log, committed
from rehabdesk.services.audit_log import AuditChoices, AuditFilter
from rehabdesk.services.context import StationContext
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.operations import Operations, show_domain_error
from rehabdesk.ui.table_models.audit_model import AuditTableModel
from rehabdesk.ui.text.roles_text import action_name, entity_name


def _local_midnight(day: QDate) -> datetime:
    return datetime.combine(day.toPython(), time.min).astimezone().astimezone(UTC)


class AuditPage(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.account_combo = QComboBox()
        self.account_combo.setObjectName("auditAccountCombo")
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("auditActionCombo")
        self.entity_combo = QComboBox()
        self.entity_combo.setObjectName("auditEntityCombo")
        today = QDate(clock.today())
        self.since_edit = QDateEdit(today.addDays(-30))
        self.since_edit.setObjectName("auditSinceEdit")
        self.until_edit = QDateEdit(today)
        self.until_edit.setObjectName("auditUntilEdit")
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        apply_button = QPushButton(self.tr("Show"))
        apply_button.setObjectName("auditApplyButton")
        export_button = QPushButton(self.tr("Export CSV…"))
        export_button.setObjectName("auditExportButton")
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCountLabel")
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Account"), self.account_combo),
            (self.tr("Action"), self.action_combo),
            (self.tr("Record"), self.entity_combo),
            (self.tr("From"), self.since_edit),
            (self.tr("To"), self.until_edit),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(apply_button)
        filters.addStretch(1)
        filters.addWidget(export_button)
        self.model = AuditTableModel(self._fetch)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(self.count_label)
        apply_button.clicked.connect(self.refresh)
        export_button.clicked.connect(self._export)
        ops.run(self, lambda: audit_log.audit_choices(ctx), on_success=self._fill_choices)
        follow_changes(self, ops, committed.AUDIT, self.refresh)

    def _fill_choices(self, choices: AuditChoices) -> None:
        for combo, values, naming in (
            (self.account_combo, choices.logins, str),
            (self.action_combo, choices.actions, action_name),
            (self.entity_combo, choices.entity_types, entity_name),
        ):
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(naming(value), value)
        self.refresh()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            actor_login=self.account_combo.currentData(),
            action=self.action_combo.currentData(),
            entity_type=self.entity_combo.currentData(),
            since=_local_midnight(self.since_edit.date()),
            until=_local_midnight(self.until_edit.date()) + timedelta(days=1),
        )

    def _fetch(self, offset: int, limit: int) -> audit_log.AuditPage:
        try:
            return audit_log.query_audit(self._ctx, self.current_filter(), offset, limit)
        except DomainError as error:
            if error.code != "session_closed":
                show_domain_error(self, error)
            return audit_log.AuditPage(0, [])

    def refresh(self) -> None:
        self.model.reload()
        self.count_label.setText(self.tr("{count} entries").format(count=self.model.total))

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export audit log"), str(Path.home() / "audit-log.csv"), self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        audit_filter = self.current_filter()
        self._ops.run(
            self,
            lambda: audit_log.export_audit_csv(self._ctx, audit_filter, path),
            on_success=lambda count: self.count_label.setText(
                self.tr("{count} entries exported to {path}").format(count=count, path=path)
            ),
        )
