"""Adding or editing a staff member (工作人员)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.people import EmploymentType, Gender, Profession, RelevantDegree
from rehabdesk.domain.staff import StaffInput
from rehabdesk.services import staff
from rehabdesk.services.context import StationContext
from rehabdesk.ui.kit.discard import may_discard
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.kit.fields import combo_box
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels


class StaffDialog(QDialog):
    """Without ``staff_id`` it registers a new staff member; with it (and ``current``) it edits one."""

    saved = Signal(str)  # the staff member's id

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        *,
        staff_id: str | None = None,
        current: StaffInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._staff_id = staff_id
        self.setWindowTitle(self.tr("New staff member") if staff_id is None else self.tr("Staff member"))
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("staffNumberEdit")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("staffNameEdit")
        self.gender_combo = combo_box("staffGenderCombo", labels.choices(Gender))
        self.phone_edit = QLineEdit()
        self.profession_combo = combo_box("staffProfessionCombo", labels.choices(Profession))
        self.qualification_edit = QLineEdit()
        self.certificate_edit = QLineEdit()
        self.degree_combo = combo_box("staffDegreeCombo", labels.choices(RelevantDegree))
        self.employment_combo = combo_box("staffEmploymentCombo", labels.choices(EmploymentType))
        self.direct_check = QCheckBox(self.tr("Works directly with clients (counts for the 20-hour training rule)"))
        self.direct_check.setChecked(True)
        self.assessor_check = QCheckBox(self.tr("Does needs assessments (assessor)"))
        self.start_edit = QLineEdit(clock.today().isoformat())
        self.start_edit.setObjectName("staffStartEdit")
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(self.tr("empty while employed"))
        self.message = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Staff number"), self.number_edit)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Gender"), self.gender_combo)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Profession"), self.profession_combo)
        form.addRow(self.tr("Qualification"), self.qualification_edit)
        form.addRow(self.tr("Certificate number"), self.certificate_edit)
        form.addRow(self.tr("Relevant degree"), self.degree_combo)
        form.addRow(self.tr("Employment"), self.employment_combo)
        form.addRow("", self.direct_check)
        form.addRow("", self.assessor_check)
        form.addRow(self.tr("Start date"), self.start_edit)
        form.addRow(self.tr("End date"), self.end_edit)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.errors = FieldErrors(
            self.message,
            {
                "staff_number": self.number_edit,
                "name": self.name_edit,
                "phone": self.phone_edit,
                "start_date": self.start_edit,
                "end_date": self.end_edit,
            },
        )
        if current is not None:
            self._show(current)

    def _show(self, current: StaffInput) -> None:
        self.number_edit.setText(current.staff_number)
        self.name_edit.setText(current.name)
        self.phone_edit.setText(current.phone)
        self.qualification_edit.setText(current.qualification)
        self.certificate_edit.setText(current.certificate_number)
        for combo, value in (
            (self.gender_combo, current.gender),
            (self.profession_combo, current.profession),
            (self.degree_combo, current.relevant_degree),
            (self.employment_combo, current.employment_type),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.direct_check.setChecked(current.direct_service)
        self.assessor_check.setChecked(current.assessor)
        self.start_edit.setText(str(current.start_date))
        self.end_edit.setText(str(current.end_date or ""))

    def staff_input(self) -> StaffInput:
        return StaffInput(
            staff_number=self.number_edit.text(),
            name=self.name_edit.text(),
            gender=self.gender_combo.currentData(),
            profession=self.profession_combo.currentData(),
            employment_type=self.employment_combo.currentData(),
            start_date=self.start_edit.text(),
            phone=self.phone_edit.text(),
            qualification=self.qualification_edit.text(),
            certificate_number=self.certificate_edit.text(),
            relevant_degree=self.degree_combo.currentData(),
            direct_service=self.direct_check.isChecked(),
            assessor=self.assessor_check.isChecked(),
            end_date=self.end_edit.text(),
        )

    def submit(self) -> None:
        data = self.staff_input()
        if self._staff_id is None:
            work = lambda: staff.register_staff(self._ctx, data)  # noqa: E731
        else:
            staff_id = self._staff_id
            work = lambda: staff.update_staff(self._ctx, staff_id, data)  # noqa: E731
        self._ops.run(self, work, on_success=self._saved, on_failure=self._failed)

    def _saved(self, result: str | None) -> None:
        self.saved.emit(result or self._staff_id or "")
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self.errors.show(error)

    def reject(self) -> None:
        """Esc, Cancel and the close button: typed work goes only when the user says so."""
        if may_discard(self):
            super().reject()
