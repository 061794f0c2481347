"""The unlock screen: account and password. Also used to resume after an idle lock, with the account fixed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.station import LOGIN_MAX_LENGTH
from rehabdesk.storage.paths import StationPaths
from rehabdesk.ui.kit.centred import centre_box
from rehabdesk.ui.kit.colours import State, text_style
from rehabdesk.ui.kit.greyed import allow
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import why_not as why_not_text
from rehabdesk.ui.text.messages import message_for

if TYPE_CHECKING:
    from rehabdesk.storage.key_policy import KeyPolicy

DEMO_HINT_LOGIN = "admin"
DEMO_HINT_PASSWORD = "rehab-demo"


def station_code(paths: StationPaths) -> str:
    """The code of the station in ``paths``, from its slot file (readable before sign-in); "" when unreadable."""
    from rehabdesk.storage.keys import SlotFile

    try:
        return SlotFile.parse(paths.slot_file.read_bytes()).station_code
    except (OSError, DomainError):
        return ""


def station_label(code: str, name: str) -> str:
    return " · ".join(part for part in (name, code) if part)


class UnlockWidget(QWidget):
    """Emits ``unlocked`` with the new StationContext; wrong input stays typed (except the password)."""

    unlocked = Signal(object)
    sign_out_requested = Signal()

    def __init__(
        self,
        paths: StationPaths,
        policy: KeyPolicy,
        ops: Operations,
        *,
        demo: bool = False,
        resume_login: str | None = None,
        station: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._policy = policy
        self._ops = ops
        self._resume_login = resume_login
        self.setObjectName("unlockScreen")

        title = QLabel(self.tr("RehabDesk · Community Rehabilitation Workbench"))
        title.setObjectName("unlockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 14pt;")
        # Which station this opens: a PC may hold the real station and the demo, or a colleague's copy.
        self.station_label = QLabel(self.tr("Station: {station}").format(station=station) if station else "")
        self.station_label.setObjectName("unlockStation")
        self.station_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.station_label.setWordWrap(True)
        self.station_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.station_label.setVisible(bool(station))
        subtitle = QLabel(
            self.tr("The screen is locked. Enter your password to continue where you left off.")
            if resume_login
            else self.tr("Sign in with your own account. The station's records are encrypted.")
        )
        subtitle.setWordWrap(True)
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginEdit")
        self.login_edit.setMaxLength(LOGIN_MAX_LENGTH)
        if resume_login:
            self.login_edit.setText(resume_login)
            self.login_edit.setReadOnly(True)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton(self.tr("Unlock") if resume_login else self.tr("Sign in"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.message_label = QLabel()
        self.message_label.setObjectName("unlockMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(text_style(State.OVERDUE))
        self.message_label.hide()
        self.notice_label = QLabel()
        self.notice_label.setObjectName("unlockNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(text_style(State.DONE))
        self.notice_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Account"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)

        buttons = QHBoxLayout()
        if resume_login:
            sign_out = QPushButton(self.tr("Sign out"))
            sign_out.setObjectName("signOutButton")
            sign_out.clicked.connect(self.sign_out_requested)
            buttons.addWidget(sign_out)
        else:
            recovery = QPushButton(self.tr("Use recovery code…"))
            recovery.setObjectName("recoveryButton")
            recovery.setFlat(True)
            recovery.clicked.connect(self._ask_recovery_code)
            buttons.addWidget(recovery)
            restore = QPushButton(self.tr("Restore from backup…"))
            restore.setObjectName("restoreButton")
            restore.setFlat(True)
            restore.clicked.connect(self._restore)
            buttons.addWidget(restore)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        box = QWidget()
        box.setMinimumWidth(420)
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.station_label)
        inner.addWidget(subtitle)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.message_label)
        inner.addWidget(self.notice_label)
        inner.addLayout(buttons)
        if demo and not resume_login:
            hint = QLabel(
                self.tr("Demo station: account {login}, password {password}").format(
                    login=DEMO_HINT_LOGIN, password=DEMO_HINT_PASSWORD
                )
            )
            hint.setObjectName("demoHint")
            hint.setStyleSheet("color: #1d5d9b;")
            inner.addWidget(hint)

        centre_box(self, box)

        self.unlock_button.clicked.connect(self.submit)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.submit)
        (self.password_edit if resume_login else self.login_edit).setFocus()

    def focus_first_field(self) -> None:
        (self.password_edit if self._resume_login or self.login_edit.text() else self.login_edit).setFocus()

    def submit(self) -> None:
        # Imported here: the unlock screen must paint before SQLAlchemy and the rest of the core load.
        from rehabdesk.services import sessions

        # Only this screen's own sign-in in flight is waited for: work the previous session left running (a page
        # still loading when someone signed out) is queued before it, and must not swallow the Enter.
        if not self.unlock_button.isEnabled():
            return
        login = self.login_edit.text()
        password = self.password_edit.text()
        allow(self.unlock_button, why_not_text.working())
        self._ops.run(
            self,
            lambda: sessions.unlock(self._paths, login, password, self._policy, resuming=bool(self._resume_login)),
            on_success=self._succeeded,
            on_failure=self._failed,
        )

    def _succeeded(self, ctx: object) -> None:
        allow(self.unlock_button)
        self.password_edit.clear()
        self.message_label.hide()
        self.unlocked.emit(ctx)

    def _failed(self, error: DomainError) -> None:
        allow(self.unlock_button)
        self.password_edit.clear()
        self.message_label.setText(message_for(error))
        self.message_label.show()
        if error.code == "unknown_account":
            self.login_edit.setFocus()
            self.login_edit.selectAll()
        else:
            self.password_edit.setFocus()

    def _restore(self) -> None:
        from rehabdesk.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._paths, self._policy, self._ops, self)
        if dialog.exec():
            self.message_label.hide()
            self.notice_label.setText(dialog.outcome)
            self.notice_label.show()
            self.login_edit.clear()
            self.login_edit.setFocus()

    def _ask_recovery_code(self) -> None:
        code, accepted = QInputDialog.getText(
            self,
            self.tr("Recovery code"),
            self.tr("Type the recovery code from the printed recovery sheet (7 groups of 4):"),
        )
        if not accepted or not code.strip():
            return
        from rehabdesk.services import sessions

        self._ops.run(
            self,
            lambda: sessions.unlock_with_recovery_code(self._paths, code, self._policy),
            on_success=self._succeeded,
            on_failure=self._failed,
        )
