"""Creating the county in an empty folder from the window: its name, division code and first admin account; then
the recovery code (shown once, to write down) and the key fingerprint stations compare by phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.county.ui.messages import county_message
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.station import LOGIN_MAX_LENGTH
from rehabdesk.storage.keys import KeyPolicy
from rehabdesk.ui.kit.fields import line_edit
from rehabdesk.ui.operations import Operations


def _password(name: str) -> QLineEdit:
    edit = line_edit(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class CreateCountyDialog(QDialog):
    def __init__(self, paths: CountyPaths, policy: KeyPolicy, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createCountyDialog")
        self.setWindowTitle(self.tr("Create the county"))
        self._paths, self._policy, self._ops = paths, policy, ops
        self.county_name = ""
        self.name_edit = line_edit("countyName", placeholder=self.tr("e.g. 朝阳区民政局"))
        self.name_edit.setMaxLength(100)
        self.division_edit = line_edit("countyDivision", placeholder=self.tr("6 digits, e.g. 110105"))
        self.division_edit.setMaxLength(6)
        self.login_edit = line_edit("adminLogin", "admin")
        self.login_edit.setMaxLength(LOGIN_MAX_LENGTH)
        self.password_edit = _password("adminPassword")
        self.repeat_edit = _password("adminRepeat")
        intro = QLabel(self.tr("There is no county in {folder} yet. Create it here: its keys are made and kept in "
                               "its encrypted database.").format(folder=paths.root))  # fmt: skip
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("County (the office's name)"), self.name_edit)
        form.addRow(self.tr("Division code"), self.division_edit)
        form.addRow(self.tr("Admin account"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Repeat the password"), self.repeat_edit)
        self.message_label = QLabel()
        self.message_label.setObjectName("createMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b3261e;")
        self.message_label.hide()
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form_widget = QWidget()
        inner = QVBoxLayout(self.form_widget)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.message_label)
        inner.addWidget(self.buttons)
        self.result_label = QLabel()
        self.result_label.setObjectName("createdLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_buttons = QDialogButtonBox()
        written = self.done_buttons.addButton(self.tr("I have written it down"), QDialogButtonBox.ButtonRole.AcceptRole)
        written.setObjectName("writtenDownButton")
        self.done_buttons.accepted.connect(self.accept)
        self.done_widget = QWidget()
        done = QVBoxLayout(self.done_widget)
        done.setContentsMargins(0, 0, 0, 0)
        done.addWidget(self.result_label)
        done.addWidget(self.done_buttons)
        self.done_widget.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.done_widget)
        self.resize(560, self.sizeHint().height())

    def submit(self) -> None:
        from rehabdesk.county.services.setup import create_county

        if self.password_edit.text() != self.repeat_edit.text():
            self._show(self.tr("The two passwords are not the same."))
            return
        paths, policy = self._paths, self._policy
        name, division = self.name_edit.text(), self.division_edit.text()
        login, password = self.login_edit.text(), self.password_edit.text()

        def work() -> Any:
            created = create_county(paths, name=name, division=division, admin_login=login,
                                    admin_password=password, policy=policy)  # fmt: skip
            created.ctx.close()
            return created

        self.create_button.setEnabled(False)
        self._ops.run(self, work, on_success=self._created, on_failure=self._refused)

    def _refused(self, error: DomainError) -> None:
        self.create_button.setEnabled(True)
        self._show(county_message(error))

    def _show(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _created(self, created: Any) -> None:
        self.county_name = self.name_edit.text().strip()
        self.password_edit.clear()
        self.repeat_edit.clear()
        self.result_label.setText(self.tr(
            "The county is created.\n\nRecovery code (shown only this once; write it down and lock it away):\n"
            "{code}\n\nThe county's key fingerprint, to read out to stations by phone:\n{fingerprint}").format(
            code=created.recovery_code, fingerprint=created.fingerprint))  # fmt: skip
        self.form_widget.hide()
        self.done_widget.show()
