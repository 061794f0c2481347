"""The settings area: tabs shown according to what the account may do."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages.settings_accounts import AccountsTab
from rehabdesk.ui.pages.settings_fees import FeesTab
from rehabdesk.ui.pages.settings_keys import BackupKeysTab
from rehabdesk.ui.pages.settings_preferences import PreferencesTab
from rehabdesk.ui.pages.settings_retention import RetentionTab
from rehabdesk.ui.pages.settings_staff import StaffTab
from rehabdesk.ui.pages.settings_station import StationTab
from rehabdesk.ui.pages.settings_templates import TemplatesTab
from rehabdesk.ui.preferences import Preferences


class SettingsPage(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.station_tab = StationTab(ctx, ops)
        self.preferences_tab = PreferencesTab(ctx, ops, prefs)
        self.tabs.addTab(self.station_tab, self.tr("Station"))
        self.tabs.addTab(self.preferences_tab, self.tr("Preferences"))
        self.accounts_tab: AccountsTab | None = None
        if ctx.actor.may(Permission.MANAGE_ACCOUNTS):
            self.accounts_tab = AccountsTab(ctx, ops)
            self.tabs.addTab(self.accounts_tab, self.tr("Accounts"))
            self.staff_tab = StaffTab(ctx, ops)
            self.tabs.addTab(self.staff_tab, self.tr("Staff"))
        if ctx.actor.may(Permission.MANAGE_SETTINGS):
            self.fees_tab = FeesTab(ctx, ops)
            self.tabs.addTab(self.fees_tab, self.tr("Fee schedule"))
            self.templates_tab = TemplatesTab(ctx, ops)
            self.tabs.addTab(self.templates_tab, self.tr("Document templates"))
            self.retention_tab = RetentionTab(ctx, ops)
            self.tabs.addTab(self.retention_tab, self.tr("Retention"))
        if ctx.actor.may(Permission.BACKUP_RESTORE):
            self.tabs.addTab(BackupKeysTab(ctx, ops), self.tr("Backup and keys"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
