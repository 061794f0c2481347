"""The PDF preview (print, save, zoom) and the scan viewer, on documents rendered by the real services."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from rehabdesk.services import printing
from rehabdesk.services.scans import ScanContent
from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from rehabdesk.ui.dialogs.scan_viewer import ScanViewerDialog
from tests.paperwork_support import add_fee_item


def _pages(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def _preview(qtbot, pdf: bytes) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, "Fee schedule", "fees.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_preview_shows_saves_and_prints_the_fee_schedule(qtbot, admin_ctx, tmp_path: Path) -> None:
    add_fee_item(admin_ctx, "午餐", "12.50")
    printed = printing.print_fee_schedule(admin_ctx)
    dialog = _preview(qtbot, printed.pdf)
    count = dialog.page_count()
    assert count == _pages(printed.pdf) >= 1
    assert dialog.pages.page_label.text() == QCoreApplication.translate("PdfPages", "Page {page} of {count}").format(
        page=1, count=count
    )
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()

    dialog.save_to(tmp_path / "fees.pdf")
    saved = pypdf.PdfReader(tmp_path / "fees.pdf")
    assert len(saved.pages) == count
    assert "午餐" in saved.pages[0].extract_text()

    assert dialog.print_to(_pdf_printer(tmp_path / "printed.pdf"))
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == count


def test_printing_honours_the_page_range(qtbot, admin_ctx, tmp_path: Path) -> None:
    printed = printing.print_blank_consent_form(admin_ctx)
    dialog = _preview(qtbot, printed.pdf)
    assert dialog.page_count() >= 2
    printer = _pdf_printer(tmp_path / "page2.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer)
    assert len(pypdf.PdfReader(tmp_path / "page2.pdf").pages) == 1


def test_ctrl_s_saves_the_chosen_file_and_failure_is_reported(qtbot, admin_ctx, tmp_path: Path, monkeypatch) -> None:
    dialog = _preview(qtbot, printing.print_fee_schedule(admin_ctx).pdf)
    chosen = tmp_path / "公示"
    monkeypatch.setattr("rehabdesk.ui.dialogs.pdf_preview.QFileDialog.getSaveFileName", lambda *args: (str(chosen), ""))
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    QTest.keySequence(dialog, QKeySequence(QKeySequence.StandardKey.Save))
    assert (tmp_path / "公示.pdf").read_bytes() == dialog.pdf_bytes  # the extension added
    assert str(tmp_path / "公示.pdf") in dialog.status_label.text()

    chosen = tmp_path / "missing-folder" / "fees.pdf"
    warnings: list[str] = []
    monkeypatch.setattr(
        "rehabdesk.ui.dialogs.pdf_preview.QMessageBox.warning", lambda parent, title, text: warnings.append(text)
    )
    dialog.save_as()
    assert warnings and str(chosen) in warnings[0]
    assert not chosen.exists()


def test_zoom_leaves_and_returns_to_fit_width(qtbot, admin_ctx) -> None:
    dialog = _preview(qtbot, printing.print_fee_schedule(admin_ctx).pdf)
    pages = dialog.pages
    assert dialog.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.pdf_view.pageMode() == QPdfView.PageMode.MultiPage
    fitted = pages._effective_zoom()
    pages.zoom_in()
    assert dialog.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.pdf_view.zoomFactor() == pytest.approx(fitted * 1.25)
    pages.zoom_out()
    pages.zoom_out()
    assert dialog.pdf_view.zoomFactor() < fitted
    pages.fit_width()
    assert dialog.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_a_damaged_pdf_says_so_and_offers_nothing_to_print(qtbot) -> None:
    dialog = _preview(qtbot, b"%PDF-1.4\n% not really a document\n%%EOF\n")
    assert dialog.page_count() == 0
    assert dialog.pages.error_label.isVisible()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def _encoded(width: int, height: int, image_format: str) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, image_format)
    return bytes(buffer.data())


def _scan(media_type: str, content: bytes) -> ScanContent:
    return ScanContent(media_type, content, hashlib.sha256(content).hexdigest())


def test_scan_viewer_shows_an_image_fitted_then_zoomed(qtbot) -> None:
    scan = _scan("image/png", _encoded(400, 300, "PNG"))
    dialog = ScanViewerDialog(scan)
    qtbot.addWidget(dialog)
    dialog.resize(700, 600)
    dialog.show()
    pane = dialog.image_pane
    assert pane is not None and dialog.pdf_pages is None
    fitted = pane.image_label.pixmap()
    room = pane.scroll.viewport().size()
    assert not fitted.isNull()
    assert fitted.deviceIndependentSize().width() <= room.width() + 1
    assert fitted.deviceIndependentSize().height() <= room.height() + 1
    pane.set_scale(2.0)
    assert pane.image_label.pixmap().deviceIndependentSize().width() == pytest.approx(800, abs=1)
    pane.actual_size_button.click()
    assert pane.scale == 1.0
    assert dialog.fingerprint_label.toolTip() == scan.sha256
    assert scan.sha256[:12] in dialog.fingerprint_label.text()
    assert scan.sha256 not in dialog.fingerprint_label.text()


def test_scan_viewer_shows_a_pdf_and_a_damaged_image(qtbot, admin_ctx) -> None:
    pdf = printing.print_fee_schedule(admin_ctx).pdf
    dialog = ScanViewerDialog(_scan("application/pdf", pdf))
    qtbot.addWidget(dialog)
    assert dialog.pdf_pages is not None and dialog.pdf_pages.page_count() == _pages(pdf)

    broken = ScanViewerDialog(_scan("image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64))
    qtbot.addWidget(broken)
    assert broken.image_pane is None
    assert broken.findChild(QLabel, "scanErrorLabel") is not None


def test_a_sideways_phone_photo_is_turned_upright(qtbot) -> None:
    # JPEG with EXIF orientation 6 (rotate 90° clockwise): a 40×20 image stored, shown 20×40.
    data = _encoded(40, 20, "JPEG")
    # Big-endian TIFF header, one IFD entry: tag 0x0112 (orientation), SHORT, count 1, value 6.
    exif = (
        b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08"
        b"\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00\x00\x00\x00\x00"
    )
    app1 = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    rotated = data[:2] + app1 + data[2:]
    dialog = ScanViewerDialog(_scan("image/jpeg", rotated))
    qtbot.addWidget(dialog)
    assert dialog.image_pane is not None
    assert (dialog.image_pane.image.width(), dialog.image_pane.image.height()) == (20, 40)
    assert QImage.fromData(rotated).size().toTuple() == (40, 20)  # as stored, before turning
