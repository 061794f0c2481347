"""Receiving bundles from a folder (a USB stick) or one file: progress with cancel, what happened to each bundle in
words, where the acknowledgements for the stations were written; then the quarantine and the bundles held for a
gap."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressDialog, QVBoxLayout, QWidget

from rehabdesk.county.ui.drives import start_folder
from rehabdesk.county.ui.jobs import run_job
from rehabdesk.county.ui.messages import reason_text
from rehabdesk.county.ui.words import outcome_detail, outcome_state_text, record_type_text
from rehabdesk.ui.kit.colours import AMBER, GREEN, RED
from rehabdesk.ui.kit.fields import button
from rehabdesk.ui.kit.progress_bridge import ProgressBridge
from rehabdesk.ui.kit.tables import list_table, set_row
from rehabdesk.ui.operations import Operations

ACKS_FOLDER = "acks"  # beside the bundles, so the acknowledgements go back to the station on the same stick
_COLOURS = {"applied": GREEN, "already": GREEN, "held": AMBER, "quarantined": RED, "refused": RED}


def acks_folder(source: Path) -> Path:
    return (source if source.is_dir() else source.parent) / ACKS_FOLDER


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    return label


class ReceivePage(QWidget):
    received = Signal()  # bundles were imported: the registry's "last received" changed

    def __init__(self, ctx: Any, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivePage")
        self._ctx, self._ops = ctx, ops
        self.progress: QProgressDialog | None = None
        self._bridge: ProgressBridge | None = None
        self.acks_path: Path | None = None
        intro = QLabel(self.tr(
            "Insert the stations' USB stick and choose the folder with their bundles (.rdsync). Each bundle is "
            "checked before it is opened; the acknowledgements to take back to the stations are written beside "
            "them, in the folder {folder}.").format(folder=ACKS_FOLDER))  # fmt: skip
        intro.setWordWrap(True)
        self.folder_button = button(self.tr("Import a folder of bundles…"), "importFolderButton")
        self.file_button = button(self.tr("Import one bundle file…"), "importFileButton")
        self.folder_button.clicked.connect(self._choose_folder)
        self.file_button.clicked.connect(self._choose_file)
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.open_acks_button = button(self.tr("Open the acknowledgements folder"), "openAcksButton")
        self.open_acks_button.hide()
        self.open_acks_button.clicked.connect(self._open_acks)
        self.results = list_table("resultsTable", [
            self.tr("File"), self.tr("Station"), self.tr("Computer"), self.tr("Sequence"), self.tr("Result"),
            self.tr("Details"),
        ], stretch=(5,))  # fmt: skip
        self.quarantine = list_table("quarantineTable", [
            self.tr("When"), self.tr("Station"), self.tr("Computer"), self.tr("Sequence"), self.tr("What"),
            self.tr("Reason"),
        ], stretch=(5,))  # fmt: skip
        self.held_label = QLabel()
        self.held_label.setObjectName("heldLabel")
        self.held_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        acks = QHBoxLayout()
        acks.addWidget(self.result_label, 1)
        acks.addWidget(self.open_acks_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Receive bundles")))
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addLayout(acks)
        layout.addWidget(self.results, 2)
        layout.addWidget(_heading(self.tr("Quarantine and held bundles")))
        layout.addWidget(self.quarantine, 1)
        layout.addWidget(self.held_label)
        self._loaded = False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh_quarantine()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("The folder with the stations' bundles"), start_folder()
        )
        if folder:
            self.import_from(Path(folder))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("A station's bundle"), start_folder(), self.tr("Bundles (*.rdsync)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, source: Path) -> None:
        from rehabdesk.county.services.receiving import import_bundles

        acks = acks_folder(source)
        self._bridge = bridge = ProgressBridge()
        self.progress = QProgressDialog(self.tr("Receiving bundles…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setObjectName("importProgress")
        self.progress.setWindowTitle(self.tr("Receive bundles"))
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(bridge.cancel)
        bridge.advanced.connect(self._advanced)
        self.progress.show()
        self.folder_button.setEnabled(False)
        self.file_button.setEnabled(False)
        ctx = self._ctx
        run_job(self._ops, self, lambda: import_bundles(ctx, source, acks, progress=bridge),
                on_success=lambda report: self._imported(report, acks), on_failure=self._failed)  # fmt: skip

    def _advanced(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if done < total:
            self.progress.setLabelText(
                self.tr("Receiving bundle {done} of {total}…").format(done=done + 1, total=total)
            )

    def _finish_progress(self) -> None:
        self.folder_button.setEnabled(True)
        self.file_button.setEnabled(True)
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, error: Any) -> None:
        from rehabdesk.county.ui.messages import county_message

        self._finish_progress()
        self.result_label.setText(county_message(error))
        self.result_label.setStyleSheet("color: #b3261e;")

    def _imported(self, report: Any, acks: Path) -> None:
        self._finish_progress()
        outcomes = report.outcomes
        self.results.setRowCount(len(outcomes))
        for row, outcome in enumerate(outcomes):
            source = self.tr("released from the hold") if outcome.source == "held" else outcome.source
            items = set_row(self.results, row, [
                source, outcome.station_code or "", outcome.device_id or "",
                "" if outcome.sequence is None else str(outcome.sequence), outcome_state_text(outcome.state),
                outcome_detail(outcome),
            ])  # fmt: skip
            items[4].setForeground(_COLOURS.get(outcome.state, RED))
        written = sum(1 for outcome in outcomes if outcome.ack_path is not None)
        counts = self.tr("{count} bundles looked at, {alerts} refused or quarantined whole.").format(
            count=len(outcomes), alerts=len(report.alerts))  # fmt: skip
        parts = [counts]
        if report.cancelled:
            parts.append(self.tr("Cancelled; the bundles received so far are kept."))
        if written:
            text = self.tr("{count} acknowledgements written to {folder}: take them back to the stations.")
            parts.append(text.format(count=written, folder=acks))
        self.acks_path = acks if written else None
        self.open_acks_button.setVisible(bool(written))
        self.result_label.setText(" ".join(parts))
        self.result_label.setStyleSheet("color: #b3261e;" if report.alerts else "")
        self.refresh_quarantine()
        self.received.emit()

    def _open_acks(self) -> None:
        if self.acks_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.acks_path)))

    def refresh_quarantine(self) -> None:
        from rehabdesk.county.services.quarantine import list_held, list_quarantine

        ctx = self._ctx
        run_job(self._ops, self, lambda: (list_quarantine(ctx), list_held(ctx)), on_success=self._show_quarantine)

    def _show_quarantine(self, found: tuple[list[Any], list[tuple[str, str, int]]]) -> None:
        rows, held = found
        self.quarantine.setRowCount(len(rows))
        for row, item in enumerate(rows):
            sequence = "" if item.sequence is None else str(item.sequence)
            if item.kind == "record":
                what = self.tr("record {type}").format(type=record_type_text(item.record_type))
            else:
                what = self.tr("whole bundle")
            set_row(self.quarantine, row, [
                f"{item.at.astimezone():%Y-%m-%d %H:%M}", item.station_code, item.device_id, sequence,
                what, reason_text(item.reason),
            ])  # fmt: skip
        if held:
            lines = [self.tr("Held, waiting for the bundle before it: {station} computer {device}, bundle {sequence}")
                     .format(station=s, device=d, sequence=q) for s, d, q in held]  # fmt: skip
            self.held_label.setText("\n".join(lines))
        else:
            self.held_label.setText(self.tr("No bundle is held waiting for an earlier one."))
