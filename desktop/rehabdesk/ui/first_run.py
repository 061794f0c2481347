"""First-run wizard: station details, the first admin (a staff member too, unless they give no services), then the
recovery code with a "written down" step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.people import EmploymentType, Gender, Profession
from rehabdesk.domain.staff import StaffInput
from rehabdesk.services.context import StationContext
from rehabdesk.services.station_setup import FirstAdmin, NewStationResult, StationDetails, create_station
from rehabdesk.storage.key_policy import KeyPolicy
from rehabdesk.storage.paths import StationPaths
from rehabdesk.ui.kit.discard import may_discard
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.kit.fields import combo_box, line_edit
from rehabdesk.ui.operations import Operations, show_domain_error
from rehabdesk.ui.text import labels
from rehabdesk.ui.widgets.recovery_sheet import RecoverySheetButtons
from rehabdesk.ui.widgets.station_form import StationForm


class StationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your station"))
        self.setSubTitle(
            self.tr("These details head every printed document. Only the station code cannot change later.")
        )
        self.form = StationForm()
        self.restore_button = QPushButton(self.tr("Restore a station from a backup instead…"))
        self.restore_button.setObjectName("wizardRestoreButton")
        self.restore_button.setFlat(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.restore_button)
        self.errors = self.form.errors

    def details(self) -> StationDetails:
        return self.form.details()

    def validatePage(self) -> bool:
        try:
            self.details().validated()
        except ValidationError as error:
            self.errors.show(error)
            return False
        self.errors.clear()
        return True


class AdminPage(QWizardPage):
    """Creating the station happens when this page is left; after that there is no way back."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("First admin account"))
        self.setSubTitle(
            self.tr("This account manages accounts, settings and backups. Everyone else gets an account of their own.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create station"))
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("adminLoginEdit")
        self.login_edit.setPlaceholderText(self.tr("e.g. liuxia"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("adminNameEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("adminPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("adminRepeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # Services, "my clients" and training hours belong to staff members, not accounts: an admin who also
        # serves clients is registered as one now, or Today's "given by" stays empty for them.
        self.staff_check = QCheckBox(self.tr("I also serve clients: register me as a staff member"))
        self.staff_check.setObjectName("adminIsStaffCheck")
        self.staff_check.setChecked(True)
        self.staff_number_edit = line_edit("adminStaffNumberEdit", "001")
        self.gender_combo = combo_box("adminGenderCombo", labels.choices(Gender))
        self.profession_combo = combo_box("adminProfessionCombo", labels.choices(Profession))
        self.employment_combo = combo_box("adminEmploymentCombo", labels.choices(EmploymentType))
        self.no_staff_note = QLabel(
            self.tr(
                "Without a staff record no service can be recorded as given by this account. An admin can link it "
                "to a staff member later in Settings › Accounts."
            )
        )
        self.no_staff_note.setObjectName("adminNoStaffNote")
        self.no_staff_note.setWordWrap(True)
        self.message = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Account name"), self.login_edit)
        form.addRow(self.tr("Full name"), self.name_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Repeat password"), self.repeat_edit)
        form.addRow(QLabel(self.tr("At least 8 characters, not the account name, not a common password.")))
        form.addRow(self.staff_check)
        self._staff_rows = [
            (self.tr("Staff number"), self.staff_number_edit),
            (self.tr("Gender"), self.gender_combo),
            (self.tr("Profession"), self.profession_combo),
            (self.tr("Employment"), self.employment_combo),
        ]
        for label, widget in self._staff_rows:
            form.addRow(label, widget)
        form.addRow(self.no_staff_note)
        form.addRow(self.message)
        self._form = form
        self.staff_check.toggled.connect(self._staff_toggled)
        self._staff_toggled(True)
        self.errors = FieldErrors(
            self.message,
            {
                "login": self.login_edit,
                "display_name": self.name_edit,
                "password": self.password_edit,
                "passwords_differ": self.repeat_edit,
                "staff_number": self.staff_number_edit,
                "name": self.name_edit,
            },
        )

    def _staff_toggled(self, on: bool) -> None:
        for _label, widget in self._staff_rows:
            self._form.setRowVisible(widget, on)
        self.no_staff_note.setVisible(not on)

    def first_admin(self) -> FirstAdmin:
        login, name = self.login_edit.text(), self.name_edit.text()
        member = None
        if self.staff_check.isChecked():
            member = StaffInput(
                staff_number=self.staff_number_edit.text(),
                name=name.strip() or login,
                gender=self.gender_combo.currentData(),
                profession=self.profession_combo.currentData(),
                employment_type=self.employment_combo.currentData(),
                start_date=clock.today(),
            )
        return FirstAdmin(login, name, self.password_edit.text(), member)

    def validatePage(self) -> bool:
        if self._wizard.result is not None:
            return True
        if self.password_edit.text() != self.repeat_edit.text():
            self.errors.show(ValidationError("passwords_differ", "passwords_differ"))
            return False
        self.errors.clear()
        self._wizard.create(self.first_admin(), self._failed)
        return False

    def _failed(self, error: DomainError) -> None:
        if isinstance(error, ValidationError) and error.field.startswith("station"):
            self._wizard.back()
            self._wizard.station_page.errors.show(error)
        else:
            self.errors.show(error)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(
            self.tr(
                "If every password is lost, this code is the only way into the station's records. It is shown only now."
            )
        )
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCodeLabel")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_font = QFont("DejaVu Sans Mono")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSize(16)
        code_font.setBold(True)
        self.code_label.setFont(code_font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sheet_buttons = RecoverySheetButtons(wizard.ops, self._sheet_source)
        self.confirm_check = QCheckBox(
            self.tr(
                "I have written down the code or printed the sheet, and will keep it locked away from this computer."
            )
        )
        self.confirm_check.setObjectName("recoveryConfirmCheck")
        self.confirm_check.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code_label)
        layout.addWidget(self.sheet_buttons)
        layout.addStretch(1)
        layout.addWidget(self.confirm_check)

    def initializePage(self) -> None:
        if self._wizard.result is not None:
            self.code_label.setText(self._wizard.result.recovery_code)

    def isComplete(self) -> bool:
        finish = self.wizard().button(QWizard.WizardButton.FinishButton) if self.wizard() else None
        if finish is not None:  # greyed until ticked: its tooltip says so
            finish.setToolTip(
                ""
                if self.confirm_check.isChecked()
                else self.tr("Tick the box above once the code is written down or printed.")
            )
        return self.confirm_check.isChecked()

    def _sheet_source(self) -> tuple[StationContext, str]:
        result = self._wizard.result
        assert result is not None
        return result.ctx, result.recovery_code


class FirstRunWizard(QWizard):
    station_created = Signal(object)
    station_restored = Signal()

    def __init__(self, paths: StationPaths, policy: KeyPolicy, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._policy = policy
        self.ops = ops
        self.result: NewStationResult | None = None
        self.setWindowTitle(self.tr("Set up RehabDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.station_page = StationPage()
        self.admin_page = AdminPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.station_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        self.station_page.restore_button.clicked.connect(self._restore)
        self.setMinimumSize(640, 520)

    def create(self, admin: FirstAdmin, on_failure) -> None:
        details = self.station_page.details()
        self.ops.run(
            self,
            lambda: create_station(self._paths, details, admin, self._policy),
            on_success=self._created,
            on_failure=on_failure,
        )

    def _created(self, result: NewStationResult) -> None:
        self.result = result
        self.next()

    def _restore(self) -> None:
        from rehabdesk.ui.dialogs.restore_dialog import RestoreDialog

        if RestoreDialog(self._paths, self._policy, self.ops, self).exec():
            super().reject()
            self.station_restored.emit()

    def accept(self) -> None:
        super().accept()
        if self.result is not None:
            self.station_created.emit(self.result.ctx)

    def reject(self) -> None:
        if self.result is not None:
            show_domain_error(self, DomainError("recovery_code_unconfirmed"))
            return
        if may_discard(self):
            super().reject()
