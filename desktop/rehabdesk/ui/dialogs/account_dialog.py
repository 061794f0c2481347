"""Creating an account (with a first password) or changing an account's roles."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, staff
from rehabdesk.services.context import StationContext
from rehabdesk.ui.dialogs.staff_dialog import StaffDialog
from rehabdesk.ui.kit.discard import may_discard
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text.roles_text import role_name


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
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("accountStaffCombo")
        self.staff_combo.addItem(self.tr("(not linked to a staff member)"), None)
        self.staff_combo.currentIndexChanged.connect(self._staff_picked)
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
            new_staff = QPushButton(self.tr("New staff member…"))
            new_staff.setObjectName("accountNewStaffButton")
            new_staff.clicked.connect(self._new_staff)
            staff_row = QHBoxLayout()
            staff_row.addWidget(self.staff_combo, 1)
            staff_row.addWidget(new_staff)
            form.addRow(self.tr("Staff member"), staff_row)
            form.addRow(self.tr("First password"), self.password_edit)
            ops.run(self, lambda: staff.list_staff(ctx), on_success=self._fill_staff)
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

    def _fill_staff(self, members: list[staff.StaffInfo]) -> None:
        for member in members:
            self.staff_combo.addItem(f"{member.name}（{member.staff_number}）", member.id)

    def _new_staff(self) -> None:
        dialog = StaffDialog(self._ctx, self._ops, parent=self)
        dialog.saved.connect(self.add_and_pick_staff)
        dialog.open()

    def add_and_pick_staff(self, staff_id: str) -> None:
        """A staff member created from this dialog: list it and pick it."""
        self._ops.run(
            self, lambda: staff.list_staff(self._ctx), on_success=lambda members: self._pick(members, staff_id)
        )

    def _pick(self, members: list[staff.StaffInfo], staff_id: str) -> None:
        while self.staff_combo.count() > 1:
            self.staff_combo.removeItem(1)
        self._fill_staff(members)
        self.staff_combo.setCurrentIndex(self.staff_combo.findData(staff_id))

    def _staff_picked(self) -> None:
        """Picking the staff member fills in their name: an account belongs to a person in the staff register."""
        text = self.staff_combo.currentText()
        if self.staff_combo.currentData() is not None and not self.name_edit.text().strip():
            self.name_edit.setText(text.rsplit("（", 1)[0])

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, check in self.role_checks.items() if check.isChecked())

    def submit(self) -> None:
        roles = self.roles()
        if self._account is None:
            login, name, password = self.login_edit.text(), self.name_edit.text(), self.password_edit.text()
            staff_id = self.staff_combo.currentData()
            work = lambda: accounts.create_account(self._ctx, login, name, roles, password, staff_id=staff_id)  # noqa: E731
        else:
            account_id = self._account.id
            work = lambda: accounts.set_roles(self._ctx, account_id, roles)  # noqa: E731
        self._ops.run(self, work, on_success=lambda _: self.accept(), on_failure=self._failed)

    def _failed(self, error: DomainError) -> None:
        self.errors.show(error)

    def reject(self) -> None:
        """Esc, Cancel and the close button: typed work goes only when the user says so."""
        if may_discard(self):
            super().reject()
