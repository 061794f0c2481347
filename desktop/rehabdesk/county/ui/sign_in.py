"""The county's sign-in screen: which county it opens and on which database (this PC's encrypted file, or a
PostgreSQL server the folder remembers, with a database password typed here and kept in memory only), account and
password; a wrong password stays a message under the form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from rehabdesk.county.services.database import county_paths, remembered_server, shown_server
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.county.ui.messages import county_message
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.station import LOGIN_MAX_LENGTH
from rehabdesk.storage.keys import KeyPolicy
from rehabdesk.ui.kit.centred import centre_box
from rehabdesk.ui.kit.fields import combo_box, line_edit
from rehabdesk.ui.operations import Operations

FILE, SERVER = "file", "server"


class SignInWidget(QWidget):
    """Emits ``signed_in`` with the new CountyContext."""

    signed_in = Signal(object)
    create_requested = Signal()

    def __init__(
        self,
        paths: CountyPaths,
        policy: KeyPolicy,
        ops: Operations,
        *,
        county_name: str | None = None,
        demo_hint: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("countySignIn")
        self._paths, self._policy, self._ops = paths, policy, ops

        title = QLabel(self.tr("RehabDesk County · Sign in"))
        title.setObjectName("signInTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        county = county_name or self.tr("the county in {folder}").format(folder=paths.root)
        self.county_label = QLabel(self.tr("Opens: {county}").format(county=county))
        self.county_label.setObjectName("countyLabel")
        self.county_label.setWordWrap(True)
        self.county_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.county_label.setToolTip(str(paths.root))

        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginEdit")
        self.login_edit.setMaxLength(LOGIN_MAX_LENGTH)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.message_label = QLabel()
        self.message_label.setObjectName("signInMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b3261e;")
        self.message_label.hide()

        server = shown_server(paths) or remembered_server(paths.root)
        self.database_combo = combo_box("databaseCombo", [
            (FILE, self.tr("This PC's encrypted file")), (SERVER, self.tr("A PostgreSQL server")),
        ], current=SERVER if server else FILE)  # fmt: skip
        self.server_edit = line_edit(
            "serverEdit", server or "", self.tr("postgresql+psycopg://user@address:5432/database")
        )
        # Wide enough to show the whole example address: a clerk copies its shape.
        self.server_edit.setMinimumWidth(self.server_edit.fontMetrics().horizontalAdvance(
            self.server_edit.placeholderText()) + 24)  # fmt: skip
        self.server_edit.setToolTip(self.tr(
            "The address the database's operator gave, without the password. It is remembered in the county folder "
            "(never the password)."))  # fmt: skip
        self.database_password_edit = line_edit("databasePasswordEdit", "", self.tr("blank: from the pgpass file"))
        self.database_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.database_password_edit.setToolTip(self.tr(
            "The database account's password, kept in memory until you sign out. Left blank, the password comes "
            "from PostgreSQL's own pgpass file on this computer, if there is one."))  # fmt: skip

        self.form = form = QFormLayout()
        form.addRow(self.tr("Database"), self.database_combo)
        form.addRow(self.tr("Server"), self.server_edit)
        form.addRow(self.tr("Database password"), self.database_password_edit)
        form.addRow(self.tr("Account"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        self._database_refused = self._focused = False
        self.database_combo.currentIndexChanged.connect(self._database_changed)
        self._database_changed()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)

        box = QWidget()
        box.setMaximumWidth(480)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.county_label)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.message_label)
        inner.addLayout(buttons)
        if demo_hint is not None:
            hint = QLabel(self.tr("Demo county: account {login}, password {password}").format(
                login=demo_hint[0], password=demo_hint[1]))  # fmt: skip
            hint.setObjectName("demoHint")
            hint.setStyleSheet("color: #1d5d9b;")
            inner.addWidget(hint)
        centre_box(self, box)

        self.sign_in_button.clicked.connect(self.submit)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.submit)
        self.create_button = QPushButton(self.tr("Create the county here…"))
        self.create_button.setObjectName("createCountyButton")
        self.create_button.clicked.connect(self.create_requested)
        buttons.insertWidget(0, self.create_button)
        self.create_button.setVisible(not paths.is_station())
        if not paths.is_station():
            self._show(self.tr("There is no county in this folder yet. Create it with the button below."))
            self.sign_in_button.setEnabled(False)
        self.login_edit.setFocus()

    def submit(self) -> None:
        from rehabdesk.county.services import sessions

        if not self.sign_in_button.isEnabled():
            return
        login, password = self.login_edit.text(), self.password_edit.text()
        root, server, database_password = self._paths.root, self.chosen_server(), self.database_password_edit.text()
        self.sign_in_button.setEnabled(False)
        self._ops.run(
            self,
            lambda: sessions.unlock(county_paths(root, server, database_password), login, password, self._policy),
            on_success=self._succeeded,
            on_failure=self._failed,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused:  # the database choice comes first in the form, but a clerk types the account first
            self._focused = True
            on_server = self.database_combo.currentData() == SERVER
            (self.server_edit if on_server and not self.server_edit.text() else self.login_edit).setFocus()

    def chosen_server(self) -> str | None:
        return self.server_edit.text().strip() if self.database_combo.currentData() == SERVER else None

    def chosen_paths(self) -> CountyPaths:
        """The folder on the database chosen (for creating a county there); a malformed address is refused."""
        return county_paths(self._paths.root, self.chosen_server(), self.database_password_edit.text())

    def _database_changed(self) -> None:
        if self._database_refused:  # said of the database just left: stale now
            self._database_refused = False
            self.message_label.hide()
        on_server = self.database_combo.currentData() == SERVER
        self.form.setRowVisible(self.server_edit, on_server)
        self.form.setRowVisible(self.database_password_edit, on_server)
        if on_server and not self.server_edit.text():
            self.server_edit.setFocus()

    def _succeeded(self, ctx: object) -> None:
        self.sign_in_button.setEnabled(True)
        self.password_edit.clear()
        self.database_password_edit.clear()
        self.message_label.hide()
        self.signed_in.emit(ctx)

    def _failed(self, error: DomainError) -> None:
        self.sign_in_button.setEnabled(True)
        self.password_edit.clear()
        self._show(county_message(error))
        self._database_refused = error.code.startswith("database_")
        if self._database_refused:  # the address, the server or its password: not the account's
            (self.server_edit if self.server_edit.isVisible() else self.database_combo).setFocus()
        else:
            (self.login_edit if error.code == "unknown_account" else self.password_edit).setFocus()

    def _show(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
