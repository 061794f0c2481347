"""Settings › Accounts (admins): create, roles, the staff member an account belongs to, reset password, unlock,
disable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.services import accounts, committed
from rehabdesk.services.context import StationContext
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.dialogs.account_dialog import AccountDialog
from rehabdesk.ui.dialogs.account_staff_dialog import AccountStaffDialog
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text.roles_text import roles_text


class AccountsTab(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._accounts: list[accounts.AccountInfo] = []
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Account"),
                self.tr("Full name"),
                self.tr("Staff member"),
                self.tr("Roles"),
                self.tr("State"),
                self.tr("Last sign-in"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("New account…"))
        self.add_button.setObjectName("newAccountButton")
        self.roles_button = QPushButton(self.tr("Roles…"))
        self.staff_button = QPushButton(self.tr("Staff member…"))
        self.staff_button.setObjectName("accountStaffButton")
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.disable_button = QPushButton(self.tr("Disable"))
        for button in (
            self.add_button,
            self.roles_button,
            self.staff_button,
            self.reset_button,
            self.unlock_button,
            self.disable_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self._add)
        self.roles_button.clicked.connect(self._roles)
        self.staff_button.clicked.connect(self.link_staff)
        self.reset_button.clicked.connect(self._reset)
        self.unlock_button.clicked.connect(self._unlock)
        self.disable_button.clicked.connect(self._disable)
        follow_changes(self, ops, committed.ACCOUNTS | committed.STAFF, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self._ops.run(self, lambda: accounts.list_accounts(self._ctx), on_success=self._show)

    def _state(self, account: accounts.AccountInfo) -> str:
        if account.disabled:
            return self.tr("Disabled")
        if account.locked_out:
            return self.tr("Locked after failed sign-ins")
        if account.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")

    def _show(self, rows: list[accounts.AccountInfo]) -> None:
        self._accounts = rows
        self.table.setRowCount(len(rows))
        for index, account in enumerate(rows):
            last = account.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M") if account.last_login_at else "—"
            linked = account.staff_name or self.tr("(none)")
            values = [
                account.login,
                account.display_name,
                linked,
                roles_text(account.roles),
                self._state(account),
                last,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                self.table.setItem(index, column, item)

    def selected(self) -> accounts.AccountInfo | None:
        row = self.table.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def _add(self) -> None:
        AccountDialog(self._ctx, self._ops, parent=self).exec()

    def _roles(self) -> None:
        account = self.selected()
        if account:
            AccountDialog(self._ctx, self._ops, account, parent=self).exec()

    def link_staff(self) -> None:
        account = self.selected()
        if account:
            self.dialog = AccountStaffDialog(self._ctx, self._ops, account, parent=self)
            self.dialog.open()

    def _reset(self) -> None:
        account = self.selected()
        if account is None:
            return
        password, accepted = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("Temporary password for {login} (they must change it at next sign-in):").format(
                login=account.login
            ),
            QLineEdit.EchoMode.Normal,
        )
        if accepted:
            self._ops.run(
                self,
                lambda: accounts.reset_password(self._ctx, account.id, password),
            )

    def _unlock(self) -> None:
        account = self.selected()
        if account:
            self._ops.run(self, lambda: accounts.unlock_account(self._ctx, account.id))

    def _disable(self) -> None:
        account = self.selected()
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Disable account"),
            self.tr("Disable {login}? Their key is removed at once; they can no longer sign in.").format(
                login=account.login
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._ops.run(self, lambda: accounts.disable_account(self._ctx, account.id))
