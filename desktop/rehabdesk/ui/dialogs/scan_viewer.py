"""Looking at a scan of signed paper (image or PDF). Viewing only: view_scan already audited the opening, and a
copy leaving the program would escape that record."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.services.scans import ScanContent
from rehabdesk.ui.dialogs.pdf_preview import PdfPages

_ZOOM_STEP = 1.25
_MIN_SCALE, _MAX_SCALE = 0.05, 8.0


def _decode(content: bytes) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    # A phone photo of the paper is stored sideways with an EXIF note saying which way is up.
    reader.setAutoTransform(True)
    return reader.read()


class ImagePane(QWidget):
    """An image in a scroll area: fitted to the window until the user zooms."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self._fit = True
        self._scale = 1.0
        self.image_label = QLabel()
        self.image_label.setObjectName("scanImageLabel")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.image_label)
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit to window"))
        self.actual_size_button = QPushButton(self.tr("Actual size"))
        tools = QHBoxLayout()
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.actual_size_button):
            button.setAutoDefault(False)
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.scroll, 1)
        self.zoom_out_button.clicked.connect(lambda: self.set_scale(self._scale / _ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self.set_scale(self._scale * _ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_to_window)
        self.actual_size_button.clicked.connect(lambda: self.set_scale(1.0))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in_button.click)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out_button.click)

    @property
    def scale(self) -> float:
        return self._scale

    def set_scale(self, scale: float) -> None:
        self._fit = False
        self._scale = min(_MAX_SCALE, max(_MIN_SCALE, scale))
        self._show()

    def fit_to_window(self) -> None:
        self._fit = True
        self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._show()

    def _show(self) -> None:
        if self.image.isNull():
            return
        if self._fit:
            room = self.scroll.maximumViewportSize()  # as if no scroll bars: fitted, there are none
            self._scale = min(room.width() / self.image.width(), room.height() / self.image.height())
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(self.image.width() * self._scale)), max(1, round(self.image.height() * self._scale)))
        scaled = self.image.scaled(
            size * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(ratio)
        self.image_label.setPixmap(pixmap)


class ScanViewerDialog(QDialog):
    def __init__(self, scan: ScanContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan of the signed paper"))
        self.pdf_pages: PdfPages | None = None
        self.image_pane: ImagePane | None = None
        layout = QVBoxLayout(self)
        if scan.media_type == "application/pdf":
            self.pdf_pages = PdfPages(scan.content, self)
            layout.addWidget(self.pdf_pages, 1)
        else:
            image = _decode(scan.content)
            if image.isNull():
                failed = QLabel(self.tr("This image could not be shown. The file may be damaged."))
                failed.setObjectName("scanErrorLabel")
                failed.setStyleSheet("color: #b3261e;")
                layout.addWidget(failed, 1)
            else:
                self.image_pane = ImagePane(image, self)
                layout.addWidget(self.image_pane, 1)
        short = f"{scan.sha256[:12]}…{scan.sha256[-6:]}"
        self.fingerprint_label = QLabel(self.tr("SHA-256 fingerprint: {hash}").format(hash=short))
        self.fingerprint_label.setObjectName("scanFingerprintLabel")
        self.fingerprint_label.setToolTip(scan.sha256)
        self.size_label = QLabel(self.tr("Size: {size}").format(size=self._size_text(len(scan.content))))
        self.size_label.setObjectName("scanSizeLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.fingerprint_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.size_label)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        available = self.screen().availableGeometry()
        self.resize(min(900, available.width()), int(available.height() * 0.9))

    def _size_text(self, byte_count: int) -> str:
        if byte_count < 1024 * 1024:
            return self.tr("{size} KB").format(size=max(1, round(byte_count / 1024)))
        return self.tr("{size} MB").format(size=f"{byte_count / 1024 / 1024:.1f}")
