"""Creating an account (with a first password) or changing an account's roles."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts
from rehabdesk.services.context import StationContext
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.roles_text import role_name
from rehabdesk.ui.widgets.field_errors import FieldErrors


class AccountDialog(QDialog):
    """Without ``account`` it creates one; with it, it edits that account's roles."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        account: accounts.AccountInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._account = account
        self.setWindowTitle(self.tr("New account") if account is None else self.tr("Roles"))
        self.login_edit = QLineEdit(account.login if account else "")
        self.login_edit.setObjectName("accountLoginEdit")
        self.login_edit.setReadOnly(account is not None)
        self.name_edit = QLineEdit(account.display_name if account else "")
        self.name_edit.setObjectName("accountNameEdit")
        self.name_edit.setReadOnly(account is not None)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("accountPasswordEdit")
        self.role_checks = {role: QCheckBox(role_name(role)) for role in (Role.STAFF, Role.COORDINATOR, Role.ADMIN)}
        for role, check in self.role_checks.items():
            check.setObjectName(f"role_{role.value}")
            check.setChecked(role in account.roles if account else role == Role.STAFF)
        roles_row = QHBoxLayout()
        for check in self.role_checks.values():
            roles_row.addWidget(check)
        self.message = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Account name"), self.login_edit)
        form.addRow(self.tr("Full name"), self.name_edit)
        if account is None:
            form.addRow(self.tr("First password"), self.password_edit)
            hint = QLabel(self.tr("Tell the person this password in private; they must change it at first sign-in."))
            hint.setWordWrap(True)
            form.addRow(hint)
        form.addRow(self.tr("Roles"), roles_row)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.errors = FieldErrors(
            self.message,
            {"login": self.login_edit, "display_name": self.name_edit, "password": self.password_edit},
        )

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, check in self.role_checks.items() if check.isChecked())

    def submit(self) -> None:
        roles = self.roles()
        if self._account is None:
            login, name, password = self.login_edit.text(), self.name_edit.text(), self.password_edit.text()
            work = lambda: accounts.create_account(self._ctx, login, name, roles, password)  # noqa: E731
        else:
            account_id = self._account.id
            work = lambda: accounts.set_roles(self._ctx, account_id, roles)  # noqa: E731
        self._ops.run(self, work, on_success=lambda _: self.accept(), on_failure=self._failed)

    def _failed(self, error: DomainError) -> None:
        self.errors.show(error)
