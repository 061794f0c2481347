"""The 上报 (Sync) page: enrolment with the county and its fingerprint, bundles written to a USB stick, the county's
acknowledgements, and the records it rejected (issue 14; docs/sync-bundle.md)."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain.county_deadline import QuarterDue
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.progress import Cancelled
from rehabdesk.domain.roles import Permission
from rehabdesk.services import committed, sync, sync_ack, sync_export, sync_snapshot
from rehabdesk.services.context import StationContext
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.county_sender import CountySender, SenderState
from rehabdesk.ui.dialogs.export_target_dialog import ExportTargetDialog
from rehabdesk.ui.kit import colours
from rehabdesk.ui.kit.fields import button
from rehabdesk.ui.kit.greyed import allow
from rehabdesk.ui.kit.progress_bridge import ProgressBridge
from rehabdesk.ui.kit.tables import list_table, set_row
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages.case_window import open_case_window
from rehabdesk.ui.preferences import Preferences
from rehabdesk.ui.text.county_text import quarter_reminder_text, record_type_text, rejection_text
from rehabdesk.ui.text.messages import message_for


class SyncPage(QWidget):
    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        sender: CountySender | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._prefs = prefs
        # The main window's sender also sends by itself; a page on its own (tests) sends only when asked.
        self._sender = sender if sender is not None else CountySender(ctx, ops, self)
        may_enrol = ctx.actor.may(Permission.MANAGE_SYNC)
        may_export = ctx.actor.may(Permission.EXPORT_BUNDLES)

        self.enrolment_label = QLabel()
        self.enrolment_label.setObjectName("syncEnrolmentLabel")
        self.enrolment_label.setWordWrap(True)
        self.key_note = QLabel()
        self.key_note.setObjectName("syncKeyNote")
        self.key_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)

        self.enrol_button = button(self.tr("Import enrolment file…"), "syncEnrolButton")
        self.enrol_button.clicked.connect(self.choose_enrolment)
        self.enrol_button.setVisible(may_enrol)
        self.request_button = button(self.tr("Write registration request…"), "syncRequestButton")
        self.request_button.clicked.connect(self.choose_request_target)
        self.request_button.setVisible(may_enrol)
        self.export_button = button(self.tr("Export to USB…"), "syncExportButton")
        self.export_button.clicked.connect(self.choose_export_folder)
        self.export_button.setVisible(may_export)
        self.ack_button = button(self.tr("Import acknowledgement…"), "syncAckButton")
        self.ack_button.clicked.connect(self.choose_ack)
        self.ack_button.setVisible(may_export)
        self.send_button = button(self.tr("Send now"), "syncSendButton")
        self.send_button.clicked.connect(self.send_now)
        self.send_button.setVisible(may_export)
        self.send_state = QLabel()
        self.send_state.setObjectName("syncSendState")
        self.send_state.setWordWrap(True)
        self.send_state.setStyleSheet("color: #666;")
        self.reminder = QLabel()
        self.reminder.setObjectName("syncQuarterReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("color: #8a5300;")
        self.reminder.setVisible(False)

        enrolment_box = QGroupBox(self.tr("County"))
        enrolment_layout = QVBoxLayout(enrolment_box)
        enrolment_layout.addWidget(self.enrolment_label)
        enrolment_layout.addWidget(self.key_note)
        enrolment_buttons = QHBoxLayout()
        enrolment_buttons.addWidget(self.enrol_button)
        enrolment_buttons.addWidget(self.request_button)
        enrolment_buttons.addStretch(1)
        enrolment_layout.addLayout(enrolment_buttons)

        self.history = list_table(
            "syncHistoryTable",
            [
                self.tr("Number"),
                self.tr("File"),
                self.tr("Written"),
                self.tr("Records"),
                self.tr("State"),
                self.tr("Accepted"),
                self.tr("Rejected"),
            ],
            (1,),
        )
        self.waiting = QLabel()
        self.waiting.setObjectName("syncWaiting")
        self.waiting.setWordWrap(True)
        self.rejected = list_table(
            "syncRejectedTable",
            [self.tr("Client"), self.tr("Record"), self.tr("County's reason"), self.tr("Id")],
            (2,),
        )
        self.rejected.setToolTip(self.tr("Double-click a client's record to open the case file and correct it."))
        self.rejected.itemActivated.connect(lambda item: self.open_rejected(item.row()))
        self.rejected_rows: list[sync_ack.RejectedRecord] = []
        self.case_window: QDialog | None = None
        history_box = QGroupBox(self.tr("Bundles"))
        history_layout = QVBoxLayout(history_box)
        bundle_buttons = QHBoxLayout()
        bundle_buttons.addWidget(self.send_button)
        bundle_buttons.addWidget(self.export_button)
        bundle_buttons.addWidget(self.ack_button)
        bundle_buttons.addStretch(1)
        history_layout.addLayout(bundle_buttons)
        history_layout.addWidget(self.send_state)
        history_layout.addWidget(self.reminder)
        history_layout.addWidget(self.waiting)
        history_layout.addWidget(self.history)
        rejected_box = QGroupBox(self.tr("Rejected by the county"))
        QVBoxLayout(rejected_box).addWidget(self.rejected)
        rejected_box.setVisible(may_export)

        layout = QVBoxLayout(self)
        layout.addWidget(enrolment_box)
        layout.addWidget(self.message)
        layout.addWidget(history_box, 2)
        layout.addWidget(rejected_box, 1)
        self._may_export = may_export
        self.export_progress: QProgressDialog | None = None
        self._bridge: ProgressBridge | None = None
        self._preparing: ProgressBridge | None = None  # the snapshots' preparation while the page is shown
        self._sender.changed.connect(self._show_sender)
        follow_changes(self, ops, committed.SYNC, self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._may_export and self._preparing is None:
            # The day's first bundle carries the indicator snapshots, seconds of counting on a large station: counted
            # now on the worker thread, while the user picks a folder, they are ready for the export (or for the
            # automatic push), which waits for them if still running. Unasked for, so silent: no busy cursor, no
            # message (it prepares nothing when there is no bundle to make).
            self._preparing = preparing = ProgressBridge()

            def prepare() -> None:
                with suppress(Cancelled):
                    sync_snapshot.prepare_snapshots(self._ctx, progress=preparing)

            self._ops.run(self, prepare, on_failure=lambda error: None, quiet=True)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page (another page, the lock, a minimised window) stops the counting at its next step, so
        # that what the user does next does not queue behind it on the worker thread; showing it again restarts.
        super().hideEvent(event)
        if self._preparing is not None:
            self._preparing.cancel()
            self._preparing = None

    def refresh(self) -> None:
        self._ops.run(self, lambda: sync.sync_status(self._ctx), on_success=self._show_status)
        self._ops.run(self, lambda: sync.bundle_history(self._ctx), on_success=self._show_history)
        self._ops.run(self, lambda: sync.waiting_changes(self._ctx), on_success=self._show_waiting)
        if self._may_export:
            self._ops.run(self, lambda: sync_ack.rejected_records(self._ctx), on_success=self._show_rejected)
            self._ops.run(self, lambda: sync.quarter_reminder(self._ctx), on_success=self._show_reminder)
        self._sender.refresh()

    def _show_sender(self, state: SenderState | None = None) -> None:
        state = state or self._sender.state
        if state.server is None:
            self.send_button.setEnabled(False)
            self.send_button.setToolTip(
                self.tr("The county's enrolment file names no server: bundles go to the county on a USB stick.")
            )
        else:
            self.send_button.setEnabled(not state.sending)
            self.send_button.setToolTip(
                self.tr("Send what the county has not acknowledged to {server}").format(server=state.server)
            )
        lines = []
        if state.sending:
            lines.append(self.tr("Sending to the county server…"))
        if state.last_success is not None:
            when = state.last_success.astimezone().strftime("%Y-%m-%d %H:%M")
            lines.append(self.tr("Last acknowledged by the county: {time}").format(time=when))
        error = state.shown_error
        if error is not None and not state.sending:
            lines.append(message_for(error))
        self.send_state.setText("\n".join(lines))

    def _show_reminder(self, due: QuarterDue | None) -> None:
        self.reminder.setVisible(due is not None)
        if due is not None:
            self.reminder.setText(quarter_reminder_text(due))

    def _show_status(self, status: sync.SyncStatus) -> None:
        if not status.enrolled:
            self.enrolment_label.setText(
                self.tr("Not enrolled with a county yet. An admin imports the county's enrolment file.")
            )
            self.key_note.clear()
            allow(self.request_button, self.tr("Not enrolled with a county yet."))
            return
        allow(self.request_button)
        self.enrolment_label.setText(
            self.tr(
                "{county} ({division})\nCounty key fingerprint: {fingerprint}\nThis computer: device {device}"
            ).format(
                county=status.county_name,
                division=status.county_division,
                fingerprint=status.fingerprint,
                device=status.device_id,
            )
        )
        if status.key_location == sync.KEY_IN_DATABASE:
            self.key_note.setText(
                self.tr(
                    "No secure system keyring is available on this computer: the device key is kept inside the "
                    "encrypted station database."
                )
            )
        else:
            self.key_note.setText(self.tr("The device key is kept in the system keyring."))

    def _show_history(self, bundles: list[sync.BundleInfo]) -> None:
        states = {"sent": self.tr("Sent, not yet acknowledged"), "acknowledged": self.tr("Acknowledged")}
        self.history.setRowCount(len(bundles))
        for row, bundle in enumerate(bundles):
            # A bundle acknowledged by a later bundle's acknowledgement has no counts of its own.
            unknown = "" if bundle.status == "sent" else "—"
            items = set_row(
                self.history,
                row,
                [
                    str(bundle.sequence),
                    bundle.file_name,
                    bundle.created_at,
                    str(bundle.records),
                    states.get(bundle.status, bundle.status),
                    str(bundle.committed) if bundle.committed is not None else unknown,
                    str(bundle.rejected) if bundle.rejected is not None else unknown,
                ],
            )
            if bundle.rejected:
                items[6].setForeground(colours.RED)
                items[6].setToolTip(self.tr("The rejected records are listed below, with the county's reason."))
            elif bundle.status == "acknowledged" and bundle.committed is None:
                items[5].setToolTip(self.tr("Acknowledged together with a later bundle."))

    def _show_waiting(self, waiting: sync.Waiting) -> None:
        if not waiting.counts:
            self.waiting.setText(self.tr("Nothing waiting: the county has acknowledged every change."))
            return
        parts = [
            self.tr("{kind} {count}").format(kind=record_type_text(kind), count=count)
            for kind, count in sorted(waiting.counts.items(), key=lambda item: -item[1])
        ]
        oldest = waiting.oldest.astimezone().strftime("%Y-%m-%d %H:%M") if waiting.oldest else ""
        self.waiting.setText(
            self.tr(
                "Changed since the county's last acknowledgement: {counts}. Oldest change: {oldest}. Records of "
                "clients without the consent to provide data to others stay at the station."
            ).format(counts=self.tr(", ").join(parts), oldest=oldest)
        )

    def _show_rejected(self, records: list[sync_ack.RejectedRecord]) -> None:
        self.rejected_rows = records
        self.rejected.setRowCount(len(records))
        for row, record in enumerate(records):
            if record.client_name is not None:
                client = self.tr("{name} ({case_number})").format(
                    name=record.client_name, case_number=record.case_number
                )
            else:
                client = self.tr("(station record)") if record.client_id is None else ""
            set_row(
                self.rejected,
                row,
                [client, record_type_text(record.record_type), rejection_text(record.reason), record.record_id],
            )

    def open_rejected(self, row: int) -> None:
        """The case file of the client a rejected record belongs to (opening it is audited, as from any list)."""
        if not (0 <= row < len(self.rejected_rows)) or not self._ctx.actor.may(Permission.VIEW_RECORDS):
            return
        client_id = self.rejected_rows[row].client_id
        if client_id is not None:
            self.case_window = open_case_window(self, self._ctx, self._ops, self._prefs, client_id)

    # ------------------------------------------------------------------------------------------------ actions

    def choose_enrolment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("County enrolment file"))
        if path:
            self._ops.run(
                self, lambda: sync.preview_enrolment(self._ctx, Path(path)), on_success=lambda p: self.confirm(path, p)
            )

    def confirm(self, path: str, preview: sync.EnrolmentPreview) -> None:
        prompt = self.tr(
            "{county} ({division})\nRead these digits to the county by phone and have them confirmed:\n"
            "{fingerprint}\nThen type them here to trust this county key:"
        ).format(county=preview.county_name, division=preview.county_division, fingerprint=preview.fingerprint)
        typed, accepted = QInputDialog.getText(self, self.tr("Confirm the county key"), prompt)
        if accepted:
            self.enrol(path, typed, reenrol=preview.replaces is not None)

    def enrol(self, path: str, typed: str, *, reenrol: bool = False) -> None:
        self._ops.run(
            self,
            lambda: sync.enrol(self._ctx, Path(path), typed, reenrol=reenrol),
            on_success=lambda result: self.message.setText(self.tr("Enrolled with the county.")),
            on_failure=self._failed,
        )

    def choose_request_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Registration request"), "registration.rdreq")
        if path:
            self._ops.run(
                self,
                lambda: sync.write_registration_request(self._ctx, Path(path)),
                on_success=lambda target: self.message.setText(self.tr("Written: {path}").format(path=target)),
            )

    def choose_export_folder(self) -> None:
        dialog = ExportTargetDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.export_to(str(dialog.chosen))

    def export_to(self, folder: str) -> None:
        """Write the bundle with a progress window; Cancel is offered until the bundle is complete and recorded
        (a cancel up to then leaves nothing), then the window says it is copying to the stick."""
        bridge = ProgressBridge()
        progress = QProgressDialog(self.tr("Writing the bundle for the county…"), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("syncExportProgress")
        progress.setWindowTitle(self.tr("Export to a USB stick"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoReset(False)
        progress.setMinimumDuration(400)
        progress.canceled.connect(bridge.cancel)
        bridge.advanced.connect(self._export_advanced)
        self.export_progress = progress
        self._bridge = bridge

        def work() -> sync_export.ExportResult | None:
            try:
                return sync_export.export_bundle(self._ctx, Path(folder), progress=bridge)
            except Cancelled:
                return None

        self._ops.run(self, work, on_success=self._exported, on_failure=self._export_failed)

    def _export_advanced(self, done: int, total: int) -> None:
        progress = self.export_progress
        if progress is None:
            return
        if done < total:
            progress.setMaximum(total)
            progress.setValue(done)
            return
        progress.setMaximum(0)  # copying and reading back has no count: a busy bar
        progress.setLabelText(self.tr("Copying the bundle to the stick and checking the copy…"))
        progress.setCancelButton(None)

    def _close_export_progress(self) -> None:
        if self.export_progress is not None:
            self.export_progress.canceled.disconnect()
            self.export_progress.close()
            self.export_progress.deleteLater()
            self.export_progress = None
        self._bridge = None

    def _exported(self, result: sync_export.ExportResult | None) -> None:
        self._close_export_progress()
        if result is None:
            self.message.setText(self.tr("Export cancelled: nothing was written and no bundle number was used."))
            return
        self.message.setText(self.tr("Bundle written and verified: {path}").format(path=result.path))

    def _export_failed(self, error: DomainError) -> None:
        self._close_export_progress()
        self._failed(error)

    def choose_ack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Acknowledgement from the county"))
        if path:
            self.import_ack(path)

    def import_ack(self, path: str) -> None:
        self._ops.run(
            self,
            lambda: sync_ack.import_ack(self._ctx, Path(path)),
            on_success=lambda result: self.message.setText(
                self.tr(
                    "Acknowledgement imported: {committed} committed, {already} already held, {rejected} rejected."
                ).format(committed=result.committed, already=result.already, rejected=result.rejected)
            ),
            on_failure=self._failed,
        )

    def send_now(self) -> None:
        self._sender.send_now()

    def _failed(self, error: DomainError) -> None:
        """Refusals (a wrong fingerprint, a forged acknowledgement …) stay on the page next to what they concern."""
        self.message.setText(message_for(error))
