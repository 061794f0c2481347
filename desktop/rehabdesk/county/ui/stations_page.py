"""The station registry: every station with its computers, the last bundle received and whether it is overdue for
this quarter; registering a station's request (fingerprint read out by phone, then approval) and revoking a
computer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.county.domain import periods
from rehabdesk.county.services.registry import Registration
from rehabdesk.county.ui.jobs import run_job
from rehabdesk.county.ui.messages import county_message
from rehabdesk.county.ui.words import area_text, device_status_text
from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.text import clean_line
from rehabdesk.ui.kit.colours import RED
from rehabdesk.ui.kit.fields import button, line_edit
from rehabdesk.ui.kit.tables import list_table, set_row
from rehabdesk.ui.operations import Operations

OVERDUE_COLUMN = 7


class ApproveDialog(QDialog):
    """Shows the fingerprint the request carries (when the request file was just read) and takes the digits the
    station reads out by phone; approves only when they match."""

    def __init__(self, ctx: Any, ops: Operations, registration: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(self.tr("Approve a station computer"))
        self._ctx, self._ops, self.device_id = ctx, ops, registration.device_id
        self.approved: Any = None
        intro = QLabel(self.tr("Station: {name} ({code}), division {division}\nComputer: {device}").format(
            name=registration.station_name, code=registration.station_code, division=registration.division,
            device=registration.device_id))  # fmt: skip
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if registration.fingerprint:
            layout.addWidget(QLabel(self.tr("Fingerprint of this request (the station reads its own out by phone):")))
            digits = QLabel(registration.fingerprint)
            digits.setObjectName("fingerprintDigits")
            digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = digits.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setFamily("monospace")
            digits.setFont(font)
            layout.addWidget(digits)
        self.digits_edit = line_edit("typedDigits", placeholder=self.tr("the digits as the station reads them out"))
        self.digits_edit.setMinimumWidth(420)
        form = QFormLayout()
        form.addRow(self.tr("Digits read out"), self.digits_edit)
        layout.addLayout(form)
        self.message_label = QLabel()
        self.message_label.setObjectName("approveMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b3261e;")
        self.message_label.hide()
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox()
        self.approve_button = buttons.addButton(self.tr("Approve"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve_button.setObjectName("approveButton")
        later = buttons.addButton(self.tr("Keep pending"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("laterButton")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        from rehabdesk.county.services.registry import approve

        ctx, device, typed = self._ctx, self.device_id, self.digits_edit.text()
        run_job(self._ops, self, lambda: approve(ctx, device, typed), on_success=self._approved,
                on_failure=self._refused)  # fmt: skip

    def _approved(self, registration: Any) -> None:
        self.approved = registration
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.message_label.setText(county_message(error))
        self.message_label.show()


class RevokeDialog(QDialog):
    """Confirms a revocation: it cannot be undone, and the reason is recorded in the audit log."""

    def __init__(self, device_id: str, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("Revoke a station computer"))
        text = QLabel(self.tr(
            "Revoke computer {device} of {station}? Bundles from it are refused from now on, and it cannot be "
            "registered again: the station enrols a new computer instead. Revoke only a computer that is lost, "
            "stolen or replaced.").format(device=device_id, station=station))  # fmt: skip
        text.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("revokeReason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. the computer was stolen on 3 December"))
        self.reason_edit.setMaxLength(200)
        self.message_label = QLabel()
        self.message_label.setStyleSheet("color: #b3261e;")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_edit)
        buttons = QDialogButtonBox()
        revoke = buttons.addButton(self.tr("Revoke"), QDialogButtonBox.ButtonRole.AcceptRole)
        revoke.setObjectName("confirmRevoke")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _check(self) -> None:
        try:
            clean_line(self.reason_edit.text(), "reason", 200, required=True)
        except DomainError as error:
            text = county_message(error) if error.code != "required" else self.tr("Write why it is revoked.")
            self.message_label.setText(text)
            self.message_label.show()
            return
        self.accept()


class StationsPage(QWidget):
    changed = Signal()  # the registry changed (a station approved or revoked): other pages' choices follow

    def __init__(self, ctx: Any, ops: Operations, *, admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationsPage")
        self._ctx, self._ops, self._admin = ctx, ops, admin
        self.lines: list[Any] = []
        self.approve_dialog: ApproveDialog | None = None
        self.revoke_dialog: RevokeDialog | None = None
        title = QLabel(self.tr("Stations"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadlineLabel")
        self.table = list_table("stationsTable", [
            self.tr("Station"), self.tr("Code"), self.tr("Division"), self.tr("Urban/rural"), self.tr("Computers"),
            self.tr("Last bundle received"), self.tr("Days since"), self.tr("This quarter"),
        ], stretch=(0,))  # fmt: skip
        self.register_button = button(self.tr("Register a station's request…"), "registerButton")
        self.approve_button = button(self.tr("Approve a pending computer…"), "approveButton")
        self.revoke_button = button(self.tr("Revoke a computer…"), "revokeButton")
        self.enrolment_button = button(self.tr("Write the enrolment file for stations…"), "enrolmentButton")
        self.enrolment_label = QLabel()
        self.enrolment_label.setObjectName("enrolmentLabel")
        self.enrolment_label.setWordWrap(True)
        self.enrolment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enrolment_button.clicked.connect(self._choose_enrolment)
        for widget in (self.approve_button, self.revoke_button, self.enrolment_button):
            widget.setEnabled(admin)
        if not admin:
            self.approve_button.setToolTip(self.tr("Only the county's admin approves or revokes computers."))
            self.revoke_button.setToolTip(self.approve_button.toolTip())
            self.enrolment_button.setToolTip(self.approve_button.toolTip())
        self.register_button.clicked.connect(self._choose_request)
        self.approve_button.clicked.connect(self._approve_selected)
        self.revoke_button.clicked.connect(self._revoke_selected)
        buttons = QHBoxLayout()
        for widget in (self.register_button, self.approve_button, self.revoke_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.enrolment_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.deadline_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.enrolment_label)

    def refresh(self) -> None:
        from rehabdesk.county.services.registry import list_stations

        ctx = self._ctx
        run_job(self._ops, self, lambda: list_stations(ctx), on_success=self._show)

    def _show(self, lines: list[Any]) -> None:
        self.lines = lines
        today = clock.today()
        deadline = periods.deadline(today)
        quarter_start = periods.quarter_of(today).start
        self.deadline_label.setText(self.tr(
            "Bundles covering last quarter are due by {deadline}. A station is overdue when nothing has arrived "
            "since {start} and the deadline has passed.").format(
            deadline=deadline.isoformat(), start=quarter_start.isoformat()))  # fmt: skip
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            computers = "，".join(f"{d.id}（{device_status_text(d.status)}）" for d in line.devices)
            last = line.last_received.isoformat() if line.last_received else self.tr("never")
            since = "" if line.days_since is None else str(line.days_since)
            state = self.tr("overdue") if line.overdue else self.tr("in time")
            items = set_row(self.table, row, [
                line.name, line.code, line.division, area_text(line.area), computers, last, since, state,
            ])  # fmt: skip
            if line.overdue:
                why = self.tr(
                    "Nothing received since {start}, and the deadline {deadline} for last quarter's bundles has "
                    "passed. Remind the station to send its bundle.").format(
                    start=quarter_start.isoformat(), deadline=deadline.isoformat())  # fmt: skip
                for item in items:
                    item.setForeground(RED)
                    item.setToolTip(why)

    def _selected(self) -> Any:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _choose_request(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("A station's registration request"), "", self.tr("Registration requests (*.rdreq)")
        )
        if path:
            self.register_file(Path(path))

    def register_file(self, path: Path) -> None:
        """Store the request pending, then ask for the digits read out by phone."""
        from rehabdesk.county.services.registry import register

        ctx = self._ctx
        run_job(self._ops, self, lambda: register(ctx, path), on_success=self._registered)

    def _registered(self, registration: Any) -> None:
        self.refresh()
        self.changed.emit()
        if registration.status != "pending":
            return
        if not self._admin:
            self._tell(self.tr("Registered and kept pending: the county's admin approves it once the station has "
                               "read out its digits by phone."))  # fmt: skip
            return
        self._open_approval(registration)

    def _open_approval(self, registration: Any) -> None:
        self.approve_dialog = ApproveDialog(self._ctx, self._ops, registration, self)
        self.approve_dialog.accepted.connect(self._after_decision)
        self.approve_dialog.open()

    def _after_decision(self) -> None:
        self.refresh()
        self.changed.emit()

    def _pick_device(self, statuses: set[str]) -> str | None:
        """The selected station's computer in one of ``statuses``; asked for when it has several."""
        line = self._selected()
        if line is None:
            return None
        devices = [d.id for d in line.devices if d.status in statuses]
        if len(devices) <= 1:
            return devices[0] if devices else None
        device, accepted = QInputDialog.getItem(
            self, self.tr("Which computer?"), self.tr("Computer"), devices, 0, False
        )
        return device if accepted else None

    def _approve_selected(self) -> None:
        line = self._selected()
        device = self._pick_device({"pending"})
        if line is None or device is None:
            self._tell(self.tr("Select a station with a computer awaiting approval."))
            return
        self._open_approval(Registration(line.code, line.name, line.division, device, "", "pending"))

    def _revoke_selected(self) -> None:
        line = self._selected()
        device = self._pick_device({"approved", "pending"})
        if line is None or device is None:
            self._tell(self.tr("Select a station with a computer that is not revoked."))
            return
        dialog = self.revoke_dialog = RevokeDialog(device, line.name, self)
        dialog.accepted.connect(lambda: self._revoke(device, dialog.reason_edit.text()))
        dialog.open()

    def _revoke(self, device: str, reason: str) -> None:
        from rehabdesk.county.services.registry import revoke

        ctx = self._ctx
        run_job(
            self._ops, self, lambda: revoke(ctx, device, reason=reason), on_success=lambda _: self._after_decision()
        )

    def _choose_enrolment(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("The enrolment file for stations"), str(Path.home() / "county.rdenrol"),
            self.tr("Enrolment files (*.rdenrol)"),
        )  # fmt: skip
        if path:
            self.write_enrolment(Path(path))

    def write_enrolment(self, path: Path) -> None:
        """The signed enrolment file stations import; it carries the pseudonym key, so it is handed over like a
        key, and its fingerprint is what the station compares by phone."""
        from rehabdesk.county.services.keys import write_enrolment

        ctx = self._ctx
        run_job(self._ops, self, lambda: write_enrolment(ctx, path), on_success=lambda e: self._enrolled(path, e))

    def _enrolled(self, path: Path, enrolment: Any) -> None:
        self.enrolment_label.setText(self.tr(
            "Enrolment file written: {path}. Hand it to stations only, like a key. The station compares these "
            "digits by phone: {digits}").format(path=path, digits=enrolment.fingerprint))  # fmt: skip

    def _tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Stations"), text)
