"""Previewing a rendered document before it is printed or saved, and showing any PDF held in memory.

The PDF never touches the disk until the user saves it: QtPdf reads it from a QBuffer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.documents.output import write_pdf
from rehabdesk.services.printing import PrintedDocument
from rehabdesk.ui.dialogs.opening import open_dialog
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.text import why_not as why_not_text

_ZOOM_STEP = 1.25
_MIN_ZOOM, _MAX_ZOOM = 0.25, 5.0
# Printer drivers report up to 1200 dpi; a rendered A4 page at that resolution is over 500 MB. 300 dpi prints
# text as sharply as the eye can tell and stays near 35 MB a page.
_MAX_PRINT_DPI = 300


class PdfPages(QWidget):
    """A PDF held in memory, shown as a scrolling column of pages with zoom buttons and "Page x of y"."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # QPdfDocument reads from the device while it works, so the buffer lives as long as this widget.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("pdfView")
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.document)
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.fit_width_button = QPushButton(self.tr("Fit width"))
        self.page_label = QLabel()
        self.page_label.setObjectName("pdfPageLabel")
        self.error_label = QLabel(self.tr("This PDF could not be opened. The file may be damaged."))
        self.error_label.setObjectName("pdfErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        for button, key in (
            (self.zoom_out_button, QKeySequence.StandardKey.ZoomOut),
            (self.zoom_in_button, QKeySequence.StandardKey.ZoomIn),
        ):
            button.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
            button.setAutoDefault(False)
        self.fit_width_button.setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out)
        tools = QHBoxLayout()
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_width_button)
        tools.addStretch(1)
        tools.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.error_label)
        layout.addWidget(self.pdf_view, 1)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_width_button.clicked.connect(self.fit_width)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self.document.statusChanged.connect(self._status_changed)
        # A complete buffer loads before load() returns; statusChanged covers a device that is still filling.
        self.document.load(self._buffer)
        self._status_changed(self.document.status())

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def current_page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage()

    def zoom_in(self) -> None:
        self._zoom_to(self._effective_zoom() * _ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self._effective_zoom() / _ZOOM_STEP)

    def fit_width(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom_to(self, factor: float) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(min(_MAX_ZOOM, max(_MIN_ZOOM, factor)))

    def _effective_zoom(self) -> float:
        if self.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.pdf_view.zoomFactor()
        # In the fitting modes QPdfView keeps zoomFactor() at 1 and scales on its own: work out what it shows.
        widest = max(self.document.pagePointSize(page).width() for page in range(self.page_count()))
        margins = self.pdf_view.documentMargins()
        room = self.pdf_view.viewport().width() - margins.left() - margins.right()
        return room / max(1.0, widest * self.pdf_view.logicalDpiX() / 72)

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        failed = status == QPdfDocument.Status.Error
        self.error_label.setVisible(failed)
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_width_button):
            allow(widget, why_not((status == QPdfDocument.Status.Ready, self.not_ready(failed))))
        self._show_page_number()

    def not_ready(self, failed: bool) -> str:
        return self.tr("The document could not be shown.") if failed else why_not_text.still_loading()

    def _show_page_number(self) -> None:
        count = self.page_count()
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self.current_page() + 1, count=count) if count else ""
        )


class PdfPreviewDialog(QDialog):
    """A rendered document: look at it, print it, save it. ``title`` and ``suggested_file_name`` name the document
    type and number only, never a person: both show up outside the program (task bar, print queue, folders)."""

    def __init__(self, pdf: bytes, title: str, suggested_file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_bytes = pdf
        self._suggested_file_name = suggested_file_name
        self.setWindowTitle(title)
        self.pages = PdfPages(pdf, self)
        self.pdf_view = self.pages.pdf_view
        self.document = self.pages.document
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printPdfButton")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("savePdfButton")
        self.status_label = QLabel()
        self.status_label.setObjectName("pdfStatusLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setDefault(True)  # Enter closes rather than sending the document to the printer
        for button, key in (
            (self.print_button, QKeySequence.StandardKey.Print),
            (self.save_button, QKeySequence.StandardKey.Save),
        ):
            button.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
            button.setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.document.statusChanged.connect(self._enable_buttons)
        self._enable_buttons()
        self._size_to_screen()

    def _enable_buttons(self) -> None:
        failed = self.document.status() == QPdfDocument.Status.Error
        reason = why_not((self.page_count() > 0, self.pages.not_ready(failed)))
        allow(self.print_button, reason)
        allow(self.save_button, reason)

    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(900, available.width()), int(available.height() * 0.9))

    def page_count(self) -> int:
        return self.pages.page_count()

    def save_to(self, path: Path | str) -> None:
        write_pdf(path, self.pdf_bytes)

    def save_as(self) -> None:
        if not self.page_count():
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path(folder) / self._suggested_file_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        try:
            self.save_to(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("The PDF could not be saved to {path}: {reason}").format(
                    path=str(path), reason=error.strerror or str(error)
                ),
            )
            return
        self.status_label.setText(self.tr("Saved to {path}").format(path=str(path)))

    def print_document(self) -> None:
        if not self.page_count():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.print_to(printer):
            self.status_label.setText(self.tr("Sent to the printer."))
        else:
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))

    def print_to(self, printer: QPrinter) -> bool:
        """Draw the chosen pages on ``printer``, each fitted to the sheet (100 % on A4); False if the printer would
        not start."""
        # The documents carry their own margins: drawn on the whole sheet they print at 100 %, as the PDF reads.
        printer.setFullPage(True)
        pages = self._pages_to_print(printer)
        painter = QPainter()
        if not painter.begin(printer):
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheet = printer.pageRect(QPrinter.Unit.DevicePixel)
            dpi = min(printer.resolution(), _MAX_PRINT_DPI)
            for position, page in enumerate(pages):
                if position:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                scale = min(sheet.width() / points.width(), sheet.height() / points.height())
                target = QRectF(0, 0, points.width() * scale, points.height() * scale)
                target.moveCenter(QPointF(sheet.width() / 2, sheet.height() / 2))
                painter.drawImage(target, image)
        finally:
            painter.end()
            QGuiApplication.restoreOverrideCursor()
        return True

    def _pages_to_print(self, printer: QPrinter) -> list[int]:
        count = self.page_count()
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            return [self.pages.current_page()]
        if printer.printRange() == QPrinter.PrintRange.PageRange and not printer.pageRanges().isEmpty():
            ranges = printer.pageRanges()
            return [page for page in range(count) if ranges.contains(page + 1)]
        return list(range(count))


def show_printed(parent: QWidget, printed: PrintedDocument, title: str) -> QDialog:
    """The rendered document in the preview; its file name carries the document type and number, never a name."""
    stem = {"consent": "知情同意书", "agreement": "服务协议", "fees": "收费项目公示"}[printed.kind]
    file_name = f"{stem}-{printed.number}.pdf" if printed.number else f"{stem}.pdf"
    return open_dialog(PdfPreviewDialog(printed.pdf, title, file_name, parent=parent))
