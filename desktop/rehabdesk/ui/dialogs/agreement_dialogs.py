"""Dialogs for service agreements: a draft's content (services, term, fee lines) and recording it signed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.agreements import MAX_QUANTITY, FundingSource
from rehabdesk.domain.money import format_yuan, line_total
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.services import agreements
from rehabdesk.services.agreements import AgreementInput, FeeChoice, SignedAgreement
from rehabdesk.services.client_paperwork import AgreementInfo, ClientPaperwork
from rehabdesk.services.context import StationContext
from rehabdesk.services.fee_schedule import FeeItemInfo
from rehabdesk.services.staff import StaffInfo
from rehabdesk.ui.dialogs.consent_dialogs import guardian_combo, signer_combo
from rehabdesk.ui.dialogs.form_dialog import FormDialog
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels

_TERM_DAYS = 365


def _check_grid(options: list[tuple[str, str]], chosen: tuple[str, ...], prefix: str) -> tuple[QWidget, dict]:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    checks: dict[str, QCheckBox] = {}
    for index, (value, text) in enumerate(options):
        check = QCheckBox(text)
        check.setObjectName(f"{prefix}_{value}")
        check.setChecked(value in chosen)
        grid.addWidget(check, index // 3, index % 3)
        checks[value] = check
    return box, checks


class AgreementDialog(FormDialog):
    """A new draft, a draft being edited, or a renewal's draft: same form."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        client_id: str,
        fee_items: list[FeeItemInfo],
        *,
        current: AgreementInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("New service agreement")
            if current is None
            else self.tr("Agreement {number}").format(number=current.number)
        )
        super().__init__(ops, title, parent)
        self._ctx = ctx
        self._client_id = client_id
        self._agreement_id = current.id if current else None
        self._items = [item for item in fee_items if not item.retired]
        types = current.service_types if current else ()
        forms = current.service_forms if current else (ServiceForm.DAY_TRAINING.value,)
        types_box, self.type_checks = _check_grid(labels.choices(ServiceType), types, "serviceType")
        forms_box, self.form_checks = _check_grid(labels.choices(ServiceForm), forms, "serviceForm")
        start = current.start_date if current else clock.today()
        end = current.end_date if current else start + timedelta(days=_TERM_DAYS - 1)
        self.place_edit = QLineEdit(current.place if current else "")
        self.place_edit.setObjectName("placeEdit")
        self.schedule_edit = QLineEdit(current.schedule if current else "")
        self.schedule_edit.setObjectName("scheduleEdit")
        self.schedule_edit.setPlaceholderText(self.tr("e.g. Monday to Friday 9:00–16:00"))
        self.start_edit = QLineEdit(start.isoformat())
        self.start_edit.setObjectName("startEdit")
        self.end_edit = QLineEdit(end.isoformat())
        self.end_edit.setObjectName("endEdit")
        self.fee_table = self._fee_table(current)
        self.total_label = QLabel()
        self.total_label.setObjectName("feeTotalLabel")
        self.form.addRow(self.tr("Services"), types_box)
        self.form.addRow(self.tr("Forms of service"), forms_box)
        self.form.addRow(self.tr("Place"), self.place_edit)
        self.form.addRow(self.tr("Schedule"), self.schedule_edit)
        self.form.addRow(self.tr("Term starts"), self.start_edit)
        self.form.addRow(self.tr("Term ends"), self.end_edit)
        self.form.addRow(self.tr("Fees (quantity 0 = not charged)"), self.fee_table)
        self.form.addRow("", self.total_label)
        self.finish_layout(
            {
                "service_types": types_box,
                "service_forms": forms_box,
                "place": self.place_edit,
                "schedule": self.schedule_edit,
                "start_date": self.start_edit,
                "end_date": self.end_edit,
            }
            | {f"fees.{row}.quantity": self.fee_table for row in range(len(self._items))}
            | {f"fees.{row}.fee_item_id": self.fee_table for row in range(len(self._items))}
        )
        self._update_total()
        self.resize(720, self.sizeHint().height())

    def _fee_table(self, current: AgreementInfo | None) -> QTableWidget:
        quantities = (
            dict(zip(current.fee_item_ids, (line.quantity for line in current.fee_lines), strict=True))
            if (current)
            else {}
        )
        table = QTableWidget(len(self._items), 5)
        table.setObjectName("feeTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Unit"), self.tr("Price (yuan)"), self.tr("Funding"), self.tr("Quantity")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.quantity_spins: list[QSpinBox] = []
        for row, item in enumerate(self._items):
            for column, text in enumerate(
                (item.name, item.unit, format_yuan(item.price_fen), labels.label_of(FundingSource, item.funding))
            ):
                table.setItem(row, column, QTableWidgetItem(text))
            spin = QSpinBox()
            spin.setRange(0, MAX_QUANTITY)
            spin.setValue(quantities.get(item.id, 0))
            spin.valueChanged.connect(self._update_total)
            table.setCellWidget(row, 4, spin)
            self.quantity_spins.append(spin)
        table.setMinimumHeight(min(60 + 30 * len(self._items), 240))
        return table

    def _update_total(self) -> None:
        total = sum(
            line_total(spin.value(), item.price_fen)
            for spin, item in zip(self.quantity_spins, self._items, strict=True)
        )
        self.total_label.setText(self.tr("Total at today's prices: {amount} yuan").format(amount=format_yuan(total)))

    def agreement_input(self) -> AgreementInput:
        return AgreementInput(
            service_types=tuple(value for value, check in self.type_checks.items() if check.isChecked()),
            service_forms=tuple(value for value, check in self.form_checks.items() if check.isChecked()),
            start_date=self.start_edit.text(),
            end_date=self.end_edit.text(),
            place=self.place_edit.text(),
            schedule=self.schedule_edit.text(),
            fees=tuple(
                FeeChoice(item.id, spin.value())
                for spin, item in zip(self.quantity_spins, self._items, strict=True)
                if spin.value() > 0
            ),
        )

    def work(self) -> Callable[[], Any]:
        data = self.agreement_input()
        if self._agreement_id is None:
            return lambda: agreements.create_agreement(self._ctx, self._client_id, data)
        agreement_id = self._agreement_id
        return lambda: agreements.update_agreement(self._ctx, agreement_id, data)


class RecordAgreementSignedDialog(FormDialog):
    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        documents: ClientPaperwork,
        agreement: AgreementInfo,
        staff: list[StaffInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Record agreement {number} as signed").format(number=agreement.number), parent)
        self._ctx = ctx
        self._agreement_id = agreement.id
        self.signer = signer_combo(documents)
        self.guardian = guardian_combo(documents)
        self.signed_on = QLineEdit(clock.today().isoformat())
        self.signed_on.setObjectName("signedOnEdit")
        self.signatory = QComboBox()
        self.signatory.setObjectName("signatoryCombo")
        self.signatory.addItem("—", None)
        for member in staff:
            self.signatory.addItem(f"{member.name}（{member.staff_number}）", member.id)
        note = QLabel(self.tr("Fee prices are fixed now, at signing: later changes to the fee schedule do not apply."))
        note.setWordWrap(True)
        self.form.addRow(self.tr("Signed by"), self.signer)
        self.form.addRow(self.tr("Guardian who signed"), self.guardian)
        self.form.addRow(self.tr("Date signed"), self.signed_on)
        self.form.addRow(self.tr("Signed for the station by"), self.signatory)
        self.form.addRow(note)
        self.finish_layout(
            {
                "signer": self.signer,
                "guardian": self.guardian,
                "signed_on": self.signed_on,
                "station_signatory": self.signatory,
            }
        )

    def work(self) -> Callable[[], Any]:
        signed = SignedAgreement(
            self.signer.currentData(), self.signed_on.text(), self.guardian.currentData(), self.signatory.currentData()
        )
        return lambda: agreements.record_agreement_signed(self._ctx, self._agreement_id, signed)
