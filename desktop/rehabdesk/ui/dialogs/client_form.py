"""Registering a client or editing a client's file: one form built for speed (issue 3).

- Tab order follows the page: identity, address (left column), health, support (right column), then the contacts.
- Enter moves to the next field and never submits; Ctrl+S saves; Esc cancels, asking first if anything changed.
- A valid resident ID number fills in gender and birth date as it is typed (they are derived, so not editable);
  an unknown county in it is only a warning, as the domain says.
- A failed save keeps every typed value and marks the field the error names, contact rows included
  ("guardians.2.phone" → the phone of the third contact sent).
- The confirmations the tests must drive are inline buttons, not modal boxes: "open the existing file" for a
  duplicate ID number, "save anyway" for the same name and birth date, "discard changes" on cancel.

The window title never carries the client's name or ID number (DOMAIN.md §6). Sensitive fields are shown in the
clear here: the user opened this file on purpose, and opening it was an audited view.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock, divisions, ids
from rehabdesk.domain.clients import ClientInput, GuardianInput
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.people import (
    MAX_RISK_LEVEL,
    Channel,
    Diagnosis,
    Gender,
    IllnessStatus,
    LegalCapacity,
    MedicationAdherence,
    Relation,
)
from rehabdesk.services import clients, staff
from rehabdesk.services.clients import ClientDetail, Registered
from rehabdesk.services.context import StationContext
from rehabdesk.services.staff import StaffInfo
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.kit.fields import combo_box, line_edit, select
from rehabdesk.ui.kit.greyed import allow
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.preferences import fit_size
from rehabdesk.ui.text import labels, people_text
from rehabdesk.ui.text import why_not as why_not_text
from rehabdesk.ui.text.messages import message_for

_WARNING_STYLE = "color: #8a5300;"
_INFO_STYLE = "color: #5f6368;"
_INVALID_STYLE = "border: 2px solid #b3261e; border-radius: 3px;"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_GUARDIAN_FIELDS = ("name", "relation", "is_legal_guardian", "phone", "id_number", "address")


def _date_text(value: str | date) -> str:
    return value.isoformat() if isinstance(value, date) else (value or "")


class GuardianRow:
    """One guardian or contact person: the widgets of one row of the contacts grid."""

    def __init__(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("guardianNameEdit")
        self.relation_combo = combo_box(
            "guardianRelationCombo",
            [("", QCoreApplication.translate("ClientForm", "Choose…")), *labels.choices(Relation)],
        )
        # A category from the list, or the actual relation typed in (父亲, 女儿), which is what gets printed.
        self.relation_combo.setEditable(True)
        self.relation_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.relation_combo.setToolTip(
            QCoreApplication.translate("ClientForm", "Choose a category or type the relation (father, daughter …)")
        )
        self.legal_check = QCheckBox(QCoreApplication.translate("ClientForm", "Legal guardian"))
        self.legal_check.setObjectName("guardianLegalCheck")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("guardianPhoneEdit")
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("guardianIdEdit")
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("guardianAddressEdit")
        self.remove_button = QPushButton(QCoreApplication.translate("ClientForm", "Remove"))
        self.remove_button.setObjectName("removeGuardianButton")
        self.remove_button.setAutoDefault(False)

    def fields(self) -> dict[str, QWidget]:
        """Widgets by the GuardianInput field they hold (the names a ValidationError uses)."""
        return {
            "name": self.name_edit,
            "relation": self.relation_combo,
            "is_legal_guardian": self.legal_check,
            "phone": self.phone_edit,
            "id_number": self.id_edit,
            "address": self.address_edit,
        }

    def widgets(self) -> list[QWidget]:
        return [*self.fields().values(), self.remove_button]

    def input(self) -> GuardianInput:
        return GuardianInput(
            name=self.name_edit.text(),
            relation=self._relation(),
            is_legal_guardian=self.legal_check.isChecked(),
            id_number=self.id_edit.text(),
            phone=self.phone_edit.text(),
            address=self.address_edit.text(),
        )

    def _relation(self) -> str:
        """The chosen category's code, or the relation as typed."""
        text = self.relation_combo.currentText().strip()
        index = self.relation_combo.findText(text)
        return (self.relation_combo.itemData(index) or "") if index >= 0 else text

    def is_empty(self) -> bool:
        typed = self.input()
        texts = (typed.name, typed.relation, typed.id_number, typed.phone, typed.address)
        return not typed.is_legal_guardian and not any(text.strip() for text in texts)

    def load(self, guardian: GuardianInput) -> None:
        self.name_edit.setText(guardian.name)
        if self.relation_combo.findData(guardian.relation) >= 0 or not guardian.relation:
            select(self.relation_combo, guardian.relation)
        else:
            self.relation_combo.setEditText(guardian.relation)
        self.legal_check.setChecked(guardian.is_legal_guardian)
        self.id_edit.setText(guardian.id_number)
        self.phone_edit.setText(guardian.phone)
        self.address_edit.setText(guardian.address)

    def clear(self) -> None:
        self.load(GuardianInput(name="", relation=""))


class ClientForm(QDialog):
    """Without ``detail`` it registers a new client; with a ``ClientDetail`` from ``services.clients.open_client``
    it edits that file (saving with its version, so a change saved meanwhile by someone else is refused).

    Signals: ``saved(client_id)`` after a successful save (the dialog then accepts);
    ``open_existing(client_id)`` when the user chooses to open the file that already has this ID number
    (the dialog then closes without saving)."""

    saved = Signal(str)
    open_existing = Signal(str)

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        detail: ClientDetail | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._detail = detail
        self._today = today
        self._saving = False
        self._may_close = False
        self._existing_id: str | None = None
        self._sent_rows: list[GuardianRow] = []
        self._workers_loaded = False
        self._wanted_worker: str | None = detail.data.responsible_worker_id if detail else None
        self.guardian_rows: list[GuardianRow] = []
        self.setObjectName("clientForm")
        self.setWindowTitle(self.tr("Register a client") if detail is None else self.tr("Edit client file"))

        self._build_identity()
        self._build_address()
        self._build_health()
        self._build_support()
        self._build_guardians()
        self._build_bottom()
        self._arrange()

        data = detail.data if detail else ClientInput(name="", diagnosis="", id_number="")
        for widget in self._client_fields():
            widget.installEventFilter(self)
        self._load(data)
        if not data.guardians:
            self._add_row(focus=False)
        self._update_tab_order()
        self._initial = self.client_input()

        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.resize(1080, 720)
        fit_size(self)
        self._shown_once = False
        ops.run(
            self,
            lambda: staff.list_staff(ctx, include_former=True),
            on_success=self._fill_workers,
            on_failure=lambda _error: None,  # the form still works; the worker stays "not assigned"
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # focus given before the window exists is lost to its first focusable child
            self._shown_once = True
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building -----------------------------------------------------------------------------------------------

    def _build_identity(self) -> None:
        self.name_edit = line_edit("nameEdit")
        self.id_type_combo = combo_box("idTypeCombo", labels.choices(ids.IdType))
        self.id_number_edit = line_edit("idNumberEdit", placeholder=self.tr("18 characters, as on the card"))
        self.id_hint = QLabel()
        self.id_hint.setObjectName("idHint")
        self.id_hint.setWordWrap(True)
        self.id_hint.hide()
        self.gender_combo = combo_box("genderCombo", [("", self.tr("Choose…")), *labels.choices(Gender)])
        self.birth_date_edit = line_edit("birthDateEdit", placeholder=self.tr("for example 1980-05-06"))
        self.case_number_edit = line_edit("caseNumberEdit", placeholder=self.tr("assigned when saved"))
        self.ethnicity_edit = line_edit("ethnicityEdit")
        completer = QCompleter(list(people_text.ETHNIC_GROUPS), self.ethnicity_edit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ethnicity_edit.setCompleter(completer)
        self.phone_edit = line_edit("phoneEdit", placeholder=self.tr("mobile, or landline with area code"))

        self.id_type_combo.currentIndexChanged.connect(self._id_type_changed)
        self.id_number_edit.textEdited.connect(self._id_edited)

        birth_row = QHBoxLayout()
        birth_row.addWidget(self.gender_combo)
        birth_row.addWidget(QLabel(self.tr("Birth date")))
        birth_row.addWidget(self.birth_date_edit, 1)
        self.identity_box = QGroupBox(self.tr("Identity"))
        form = QFormLayout(self.identity_box)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("ID type"), self.id_type_combo)
        form.addRow(self.tr("ID number"), self.id_number_edit)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("Gender"), birth_row)
        form.addRow(self.tr("Ethnicity"), self.ethnicity_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Case number"), self.case_number_edit)

    def _build_address(self) -> None:
        self.household_edit = line_edit("householdEdit", placeholder=self.tr("as in the household register"))
        self.county_edit = line_edit("countyCodeEdit", placeholder=self.tr("6 digits"))
        self.county_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.county_edit))
        self.county_edit.setMaximumWidth(140)
        self.county_name = QLabel()
        self.county_name.setObjectName("countyName")
        self.county_edit.textChanged.connect(self._county_changed)
        self.current_address_edit = line_edit(
            "currentAddressEdit", placeholder=self.tr("street or village, building, room")
        )
        self.living_edit = line_edit("livingSituationEdit", placeholder=self.tr("for example, lives with parents"))
        county_row = QHBoxLayout()
        county_row.addWidget(self.county_edit)
        county_row.addWidget(self.county_name, 1)
        self.address_box = QGroupBox(self.tr("Address"))
        form = QFormLayout(self.address_box)
        form.addRow(self.tr("Household registration"), self.household_edit)
        form.addRow(self.tr("County division code"), county_row)
        form.addRow(self.tr("Current address"), self.current_address_edit)
        form.addRow(self.tr("Living situation"), self.living_edit)

    def _build_health(self) -> None:
        self.diagnosis_combo = combo_box("diagnosisCombo", [("", self.tr("Choose…")), *labels.choices(Diagnosis)])
        self.hospital_edit = line_edit("diagnosingHospitalEdit")
        self.onset_edit = line_edit("onsetDateEdit", placeholder=self.tr("for example 2015-06-01"))
        self.health_management_check = QCheckBox(self.tr("In the health system's severe mental disorder management"))
        self.health_management_check.setObjectName("healthManagementCheck")
        self.illness_combo = combo_box("illnessStatusCombo", labels.choices(IllnessStatus))
        self.risk_combo = combo_box(
            "riskLevelCombo", [(level, people_text.risk_level_text(level)) for level in range(MAX_RISK_LEVEL + 1)]
        )
        for level in range(MAX_RISK_LEVEL + 1):
            self.risk_combo.setItemData(level, people_text.risk_level_description(level), Qt.ItemDataRole.ToolTipRole)
        self.medication_combo = combo_box("medicationCombo", labels.choices(MedicationAdherence))
        self.disability_combo = combo_box(
            "disabilityCombo", [(level, people_text.disability_level_text(level)) for level in (None, 1, 2, 3, 4)]
        )
        self.health_box = QGroupBox(self.tr("Health"))
        form = QFormLayout(self.health_box)
        form.addRow(self.tr("Diagnosis"), self.diagnosis_combo)
        form.addRow(self.tr("Diagnosing hospital"), self.hospital_edit)
        form.addRow(self.tr("Onset date"), self.onset_edit)
        form.addRow("", self.health_management_check)
        form.addRow(self.tr("Illness status"), self.illness_combo)
        form.addRow(self.tr("Risk level"), self.risk_combo)
        form.addRow(self.tr("Medication"), self.medication_combo)
        form.addRow(self.tr("Disability certificate"), self.disability_combo)

    def _build_support(self) -> None:
        self.low_income_check = QCheckBox(self.tr("Low-income allowance"))
        self.low_income_check.setObjectName("lowIncomeCheck")
        self.poverty_check = QCheckBox(self.tr("Extreme poverty support"))
        self.poverty_check.setObjectName("extremePovertyCheck")
        self.capacity_combo = combo_box("legalCapacityCombo", labels.choices(LegalCapacity))
        self.worker_combo = combo_box("workerCombo", [("", self.tr("Not assigned"))])
        self.channel_combo = combo_box("channelCombo", labels.choices(Channel))
        checks = QHBoxLayout()
        checks.addWidget(self.low_income_check)
        checks.addWidget(self.poverty_check)
        checks.addStretch(1)
        self.support_box = QGroupBox(self.tr("Support"))
        form = QFormLayout(self.support_box)
        form.addRow(self.tr("Assistance"), checks)
        form.addRow(self.tr("Legal capacity"), self.capacity_combo)
        form.addRow(self.tr("Responsible worker"), self.worker_combo)
        form.addRow(self.tr("Referral channel"), self.channel_combo)

    def _build_guardians(self) -> None:
        self.guardians_box = QGroupBox(self.tr("Guardians and contacts"))
        self.guardians_box.setObjectName("guardiansBox")
        self.guardians_hint = QLabel(
            self.tr("At least one contact. A minor, or a client without full legal capacity, needs a legal guardian.")
        )
        self.guardians_hint.setObjectName("guardiansHint")
        self.guardians_hint.setWordWrap(True)
        self._guardian_grid = QGridLayout()
        headers = (self.tr("Name"), self.tr("Relation"), "", self.tr("Phone"), self.tr("ID number"), self.tr("Address"))
        for column, text in enumerate(headers):
            self._guardian_grid.addWidget(QLabel(text), 0, column)
        for column, (stretch, minimum) in enumerate(((2, 90), (2, 0), (0, 0), (2, 130), (3, 180), (5, 160), (0, 0))):
            self._guardian_grid.setColumnStretch(column, stretch)
            self._guardian_grid.setColumnMinimumWidth(column, minimum)
        self.add_guardian_button = QPushButton(self.tr("&Add a contact"))
        self.add_guardian_button.setObjectName("addGuardianButton")
        self.add_guardian_button.setAutoDefault(False)
        self.add_guardian_button.clicked.connect(lambda: self._add_row(focus=True))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_guardian_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self.guardians_box)
        layout.addWidget(self.guardians_hint)
        layout.addLayout(self._guardian_grid)
        layout.addLayout(add_row)

    def _build_bottom(self) -> None:
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.open_existing_button = QPushButton(self.tr("&Open the existing file"))
        self.open_existing_button.setObjectName("openExistingButton")
        self.open_existing_button.clicked.connect(self._open_existing)
        self.save_anyway_button = QPushButton(self.tr("Save &anyway"))
        self.save_anyway_button.setObjectName("saveAnywayButton")
        self.save_anyway_button.clicked.connect(lambda: self.save(confirm_similar=True))
        self.discard_button = QPushButton(self.tr("&Discard changes"))
        self.discard_button.setObjectName("discardButton")
        self.discard_button.clicked.connect(self._discard)
        self.keep_editing_button = QPushButton(self.tr("&Keep editing"))
        self.keep_editing_button.setObjectName("keepEditingButton")
        self.keep_editing_button.clicked.connect(self._keep_editing)
        self._action_buttons = (
            self.open_existing_button,
            self.save_anyway_button,
            self.discard_button,
            self.keep_editing_button,
        )
        for button in self._action_buttons:
            button.setAutoDefault(False)
            button.hide()
        self.keys_hint = QLabel(self.tr("Enter: next field · Ctrl+S: save · Esc: cancel"))
        self.keys_hint.setStyleSheet(_INFO_STYLE)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.errors = FieldErrors(self.message, {})

    def _arrange(self) -> None:
        content = QWidget()
        content.setObjectName("clientFormContent")
        grid = QGridLayout(content)
        grid.addWidget(self.identity_box, 0, 0)
        grid.addWidget(self.address_box, 1, 0)
        grid.addWidget(self.health_box, 0, 1)
        grid.addWidget(self.support_box, 1, 1)
        grid.addWidget(self.guardians_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(content)
        notice = QHBoxLayout()
        notice.addWidget(self.message, 1)
        for button in self._action_buttons:
            notice.addWidget(button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keys_hint, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(notice)
        layout.addLayout(buttons)

    # -- contacts -----------------------------------------------------------------------------------------------

    def _add_row(self, *, focus: bool) -> GuardianRow:
        row = GuardianRow()
        row.remove_button.clicked.connect(lambda: self._remove_row(row))
        for widget in row.fields().values():
            widget.installEventFilter(self)
        self.guardian_rows.append(row)
        self._place_rows()
        self._update_tab_order()
        if focus:
            row.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(row.name_edit)
        return row

    def _remove_row(self, row: GuardianRow) -> None:
        if len(self.guardian_rows) == 1:
            row.clear()  # the last row is emptied, not removed: the form always offers one
            row.name_edit.setFocus()
            return
        index = self.guardian_rows.index(row)
        self.guardian_rows.remove(row)
        for widget in row.widgets():
            self._guardian_grid.removeWidget(widget)
            widget.deleteLater()
        self._place_rows()
        self._update_tab_order()
        following = self.guardian_rows[min(index, len(self.guardian_rows) - 1)]
        following.name_edit.setFocus()

    def _place_rows(self) -> None:
        for number, row in enumerate(self.guardian_rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self._guardian_grid.removeWidget(widget)
                self._guardian_grid.addWidget(widget, number, column)
                widget.show()  # a layout would show it only on the next event-loop pass: too late for setFocus

    # -- loading and collecting -----------------------------------------------------------------------------------

    def _load(self, data: ClientInput) -> None:
        self.name_edit.setText(data.name)
        select(self.id_type_combo, data.id_type)
        self.id_number_edit.setText(data.id_number)
        select(self.gender_combo, data.gender)
        self.birth_date_edit.setText(_date_text(data.birth_date))
        self.case_number_edit.setText(data.case_number)
        if self._detail is not None:  # a file's case number never changes
            self.case_number_edit.setEnabled(False)
        self.ethnicity_edit.setText(data.ethnicity)
        self.phone_edit.setText(data.phone)
        self.household_edit.setText(data.household_registration)
        self.county_edit.setText(data.county_code)
        self.current_address_edit.setText(data.current_address)
        self.living_edit.setText(data.living_situation)
        select(self.diagnosis_combo, data.diagnosis)
        self.hospital_edit.setText(data.diagnosing_hospital)
        self.onset_edit.setText(_date_text(data.onset_date))
        self.health_management_check.setChecked(data.in_health_management)
        select(self.illness_combo, data.illness_status)
        select(self.risk_combo, data.risk_level)
        select(self.medication_combo, data.medication_adherence)
        select(self.disability_combo, data.disability_level)
        self.low_income_check.setChecked(data.low_income)
        self.poverty_check.setChecked(data.extreme_poverty)
        select(self.capacity_combo, data.legal_capacity)
        select(self.channel_combo, data.channel)
        for guardian in data.guardians:
            self._add_row(focus=False).load(guardian)
        self._id_type_changed()

    def _fill_workers(self, people: list[StaffInfo]) -> None:
        chosen = self.worker_combo.currentData() if self._workers_loaded else self._wanted_worker
        for person in people:
            if person.active or person.id == chosen:
                text = self.tr("{name} ({number})").format(name=person.name, number=person.staff_number)
                if not person.active:
                    text = self.tr("{worker} (left)").format(worker=text)
                self.worker_combo.addItem(text, person.id)
        self._workers_loaded = True
        select(self.worker_combo, chosen or "")

    def _id_type(self) -> ids.IdType:
        return ids.IdType(self.id_type_combo.currentData())

    def _worker_id(self) -> str | None:
        if not self._workers_loaded:
            return self._wanted_worker
        return self.worker_combo.currentData() or None

    def client_input(self) -> ClientInput:
        """What the form holds, as the domain expects it. Empty contact rows are left out."""
        resident = self._id_type() is ids.IdType.RESIDENT
        self._sent_rows = [row for row in self.guardian_rows if not row.is_empty()]
        disability = self.disability_combo.currentData()
        return ClientInput(
            name=self.name_edit.text(),
            diagnosis=self.diagnosis_combo.currentData() or "",
            id_number=self.id_number_edit.text(),
            id_type=self._id_type().value,
            # Derived from a resident ID number, so not sent: the service takes them from the number itself.
            gender="" if resident else (self.gender_combo.currentData() or ""),
            birth_date="" if resident else self.birth_date_edit.text().strip(),
            case_number=self.case_number_edit.text(),
            ethnicity=self.ethnicity_edit.text(),
            phone=self.phone_edit.text(),
            household_registration=self.household_edit.text(),
            county_code=self.county_edit.text(),
            current_address=self.current_address_edit.text(),
            living_situation=self.living_edit.text(),
            diagnosing_hospital=self.hospital_edit.text(),
            onset_date=self.onset_edit.text().strip(),
            in_health_management=self.health_management_check.isChecked(),
            illness_status=self.illness_combo.currentData(),
            risk_level=int(self.risk_combo.currentData()),
            medication_adherence=self.medication_combo.currentData(),
            disability_level=None if disability is None else int(disability),
            low_income=self.low_income_check.isChecked(),
            extreme_poverty=self.poverty_check.isChecked(),
            legal_capacity=self.capacity_combo.currentData(),
            responsible_worker_id=self._worker_id(),
            channel=self.channel_combo.currentData(),
            guardians=tuple(row.input() for row in self._sent_rows),
        )

    def is_dirty(self) -> bool:
        """Whether anything differs from what the form opened with."""
        current = self.client_input()
        initial = self._initial
        if not self._workers_loaded:
            current = replace(current, responsible_worker_id=initial.responsible_worker_id)
        return current != initial

    # -- live help while typing -----------------------------------------------------------------------------------

    def _id_type_changed(self) -> None:
        resident = self._id_type() is ids.IdType.RESIDENT
        derived_tip = self.tr("Taken from the ID number") if resident else ""
        for widget in (self.gender_combo, self.birth_date_edit):
            widget.setEnabled(not resident)
            widget.setToolTip(derived_tip)
        self.id_number_edit.setPlaceholderText(
            self.tr("18 characters, as on the card") if resident else self.tr("as printed on the document")
        )
        self._id_edited()

    def _id_edited(self, _text: str = "") -> None:
        if self._id_type() is not ids.IdType.RESIDENT:
            self._set_hint("", "")
            return
        typed = "".join(self.id_number_edit.text().split())
        try:
            parsed = ids.parse_resident_id(typed, today=self._today or clock.today())
        except ValidationError as error:
            self.gender_combo.setCurrentIndex(0)
            self.birth_date_edit.clear()
            # While the number is still being typed, say nothing; once it is complete, say what is wrong.
            shown = len(typed) >= 18 or error.code in ("id_characters",)
            self._set_hint(message_for(error) if shown and typed else "", _WARNING_STYLE)
            return
        select(self.gender_combo, parsed.gender)
        self.birth_date_edit.setText(parsed.birth_date.isoformat())
        if not parsed.county_known:
            self._set_hint(
                self.tr(
                    "The first six digits are not a county in the division code list (it may have been abolished). "
                    "Check the number against the card; you can still save."
                ),
                _WARNING_STYLE,
            )
        elif parsed.county_code and divisions.county_label(parsed.county_code):
            place = divisions.county_label(parsed.county_code)
            self._set_hint(self.tr("ID area: {place}").format(place=place), _INFO_STYLE)
        else:
            self._set_hint("", "")

    def _set_hint(self, text: str, style: str) -> None:
        self.id_hint.setText(text)
        self.id_hint.setStyleSheet(style)
        self.id_hint.setVisible(bool(text))

    def _county_changed(self, text: str) -> None:
        if len(text) < 6:
            self.county_name.clear()
            return
        place = divisions.county_label(text)
        self.county_name.setText(place or self.tr("not a known county code"))
        self.county_name.setStyleSheet(_INFO_STYLE if place else _WARNING_STYLE)

    # -- keyboard -------------------------------------------------------------------------------------------------

    def _client_fields(self) -> list[QWidget]:
        """The client's own fields in tab order: identity, address (left column), health, support (right)."""
        return [
            self.name_edit,
            self.id_type_combo,
            self.id_number_edit,
            self.gender_combo,
            self.birth_date_edit,
            self.ethnicity_edit,
            self.phone_edit,
            self.case_number_edit,
            self.household_edit,
            self.county_edit,
            self.current_address_edit,
            self.living_edit,
            self.diagnosis_combo,
            self.hospital_edit,
            self.onset_edit,
            self.health_management_check,
            self.illness_combo,
            self.risk_combo,
            self.medication_combo,
            self.disability_combo,
            self.low_income_check,
            self.poverty_check,
            self.capacity_combo,
            self.worker_combo,
            self.channel_combo,
        ]

    def _input_widgets(self) -> list[QWidget]:
        """Every field in tab order: the client's, then each contact row's."""
        fields = self._client_fields()
        for row in self.guardian_rows:
            fields += row.fields().values()
        return fields

    def _update_tab_order(self) -> None:
        chain = self._client_fields()
        for row in self.guardian_rows:
            chain += row.widgets()
        chain += [self.add_guardian_button, *self._action_buttons, self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QWidget)
            and not isinstance(watched, QPushButton)
        ):
            self._focus_after(watched)
            return True
        return super().eventFilter(watched, event)

    def _focus_after(self, widget: QWidget) -> None:
        """Enter moves on: to the next field that takes keyboard focus, and after the last one to Save."""
        fields = self._input_widgets()
        position = fields.index(widget) if widget in fields else -1
        for candidate in fields[position + 1 :]:
            if (
                candidate.isEnabled()
                and candidate.isVisibleTo(self)
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                candidate.setFocus(Qt.FocusReason.TabFocusReason)
                self._scroll.ensureWidgetVisible(candidate)
                return
        self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    # -- saving -----------------------------------------------------------------------------------------------

    def save(self, *, confirm_similar: bool = False) -> None:
        """Ctrl+S and the Save button. ``confirm_similar``: the user confirmed this is not the same person as
        a client with the same name and birth date."""
        if self._saving:
            return
        data = self.client_input()
        self._hide_actions()
        self.errors = FieldErrors(self.message, self._field_widgets())
        self.errors.clear()  # marks from the last attempt; this one makes its own
        ctx, today = self._ctx, self._today
        if self._detail is None:

            def work() -> object:
                return clients.register_client(ctx, data, confirm_similar=confirm_similar, today=today)

        else:
            client_id, version = self._detail.id, self._detail.version

            def work() -> object:
                return clients.update_client(
                    ctx, client_id, data, expected_version=version, confirm_similar=confirm_similar, today=today
                )

        self._saving = True
        allow(self.save_button, why_not_text.working())
        self._ops.run(self, work, on_success=self._saved, on_failure=self._failed)

    def _saved(self, result: object) -> None:
        self._saving = False
        allow(self.save_button)
        client_id = result.client_id if isinstance(result, Registered) else self._detail.id if self._detail else ""
        self._may_close = True
        self.saved.emit(client_id)
        self.accept()

    def _field_widgets(self) -> dict[str, QWidget]:
        fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "id_type": self.id_type_combo,
            "id_number": self.id_number_edit,
            "gender": self.gender_combo,
            "birth_date": self.birth_date_edit,
            "case_number": self.case_number_edit,
            "ethnicity": self.ethnicity_edit,
            "phone": self.phone_edit,
            "household_registration": self.household_edit,
            "county_code": self.county_edit,
            "current_address": self.current_address_edit,
            "living_situation": self.living_edit,
            "diagnosis": self.diagnosis_combo,
            "diagnosing_hospital": self.hospital_edit,
            "onset_date": self.onset_edit,
            "in_health_management": self.health_management_check,
            "illness_status": self.illness_combo,
            "risk_level": self.risk_combo,
            "medication_adherence": self.medication_combo,
            "disability_level": self.disability_combo,
            "low_income": self.low_income_check,
            "extreme_poverty": self.poverty_check,
            "legal_capacity": self.capacity_combo,
            "responsible_worker_id": self.worker_combo,
            "channel": self.channel_combo,
            "guardians": self.guardians_hint,
        }
        for number, row in enumerate(self.guardian_rows):
            # Errors count only the rows that were sent; empty rows get private keys so clearing reaches them.
            sent = self._sent_rows.index(row) if row in self._sent_rows else None
            prefix = f"guardians.{sent}." if sent is not None else f"_unsent.{number}."
            for name, widget in row.fields().items():
                fields[prefix + name] = widget
        return fields

    def _failed(self, error: DomainError) -> None:
        self._saving = False
        allow(self.save_button)
        self.errors = FieldErrors(self.message, self._field_widgets())
        self.errors.show(error)
        if isinstance(error, ValidationError):
            self._after_field_error(error)
        elif error.code == "client_duplicate_id":
            self._existing_id = error.params.get("client_id")
            self._mark(self.id_number_edit)
            self.id_number_edit.setFocus()
            self.open_existing_button.setVisible(self._existing_id is not None)
        elif error.code == "client_possibly_duplicate":
            self.save_anyway_button.show()

    def _after_field_error(self, error: ValidationError) -> None:
        if error.field == "guardians":
            if error.code == "legal_guardian_required":
                for row in self._sent_rows or self.guardian_rows:
                    self._mark(row.legal_check)
            first = (self._sent_rows or self.guardian_rows or [None])[0]
            target: QWidget = (
                self.add_guardian_button
                if first is None
                else first.legal_check
                if error.code == "legal_guardian_required"
                else first.name_edit
            )
            target.setFocus()
            self._scroll.ensureWidgetVisible(self.guardians_box)
            return
        widget = self._field_widgets().get(error.field)
        if widget is not None:
            self._scroll.ensureWidgetVisible(widget)

    @staticmethod
    def _mark(widget: QWidget) -> None:
        widget.setStyleSheet(_INVALID_STYLE)
        widget.setProperty("invalid", True)

    def _hide_actions(self) -> None:
        for button in self._action_buttons:
            button.hide()

    def _open_existing(self) -> None:
        if self._existing_id is None:
            return
        self._may_close = True
        self.open_existing.emit(self._existing_id)
        self.done(QDialog.DialogCode.Rejected)

    # -- cancelling ---------------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: leave at once if nothing changed, otherwise ask inline."""
        if self._may_close or not self.is_dirty():
            super().reject()
            return
        if self.discard_button.isVisible():  # a second Esc answers "keep editing"
            self._keep_editing()
            return
        self.errors = FieldErrors(self.message, self._field_widgets())
        self._hide_actions()
        self.message.setText(self.tr("Close without saving? What you typed in this form will be lost."))
        self.message.show()
        self.discard_button.show()
        self.keep_editing_button.show()
        self.keep_editing_button.setFocus()

    def _discard(self) -> None:
        self._may_close = True
        super().reject()

    def _keep_editing(self) -> None:
        self.message.hide()
        self.discard_button.hide()
        self.keep_editing_button.hide()
        self.name_edit.setFocus()
