"""The A4 page every printed document shares, and flowables several documents need.

Each page carries a running header and a "第 x 页 / 共 y 页" footer.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from rehabdesk.documents.fonts import CJK_FONT, register_fonts, text_runs, text_width
from rehabdesk.documents.styles import paragraph, styles

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 25 * mm
FURNITURE_SIZE = 9
RULE_COLOR = colors.HexColor("#888888")
MUTED_COLOR = colors.HexColor("#666666")


@dataclass(frozen=True)
class DocumentHeader:
    station_name: str
    title: str
    document_number: str
    version_label: str


def build_pdf(header: DocumentHeader, story: list) -> bytes:
    """Lay ``story`` out on A4 pages with header and footer; ``story`` is kept."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        # Otherwise every page references an unembedded Helvetica nothing draws with.
        initialFontName=CJK_FONT,
        # File managers and search indexes show metadata: document type, never a person.
        title=header.title,
        author="RehabDesk",
        creator="RehabDesk",
        subject="",
        # Same input, same bytes: reprints and tests can compare files.
        invariant=1,
    )
    document.build(list(story), canvasmaker=partial(_NumberedCanvas, header=header))
    return buffer.getvalue()


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, so each footer can give the page count."""

    def __init__(self, *args, header: DocumentHeader, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._header = header
        self._pending_pages: list[dict] = []

    def showPage(self) -> None:
        self._pending_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pending_pages)
        for number, state in enumerate(self._pending_pages, start=1):
            self.__dict__.update(state)
            _draw_page_furniture(self, self._header, number, total)
            super().showPage()
        super().save()


def _draw_page_furniture(canvas: Canvas, header: DocumentHeader, page: int, total: int) -> None:
    left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
    header_y = PAGE_HEIGHT - 16 * mm
    canvas.saveState()

    number = f"编号：{header.document_number}"
    draw_text(
        canvas,
        right - text_width(number, FURNITURE_SIZE),
        header_y,
        number,
        FURNITURE_SIZE,
    )
    heading_room = right - left - text_width(number, FURNITURE_SIZE) - 8 * mm
    heading = _truncate(f"{header.station_name}　{header.title}", heading_room, FURNITURE_SIZE)
    draw_text(canvas, left, header_y, heading, FURNITURE_SIZE)
    canvas.setStrokeColor(RULE_COLOR)
    canvas.setLineWidth(0.5)
    canvas.line(left, header_y - 2.5 * mm, right, header_y - 2.5 * mm)

    footer_y = 14 * mm
    canvas.line(left, footer_y + 5 * mm, right, footer_y + 5 * mm)
    page_text = f"第 {page} 页 / 共 {total} 页"
    draw_text(
        canvas,
        (PAGE_WIDTH - text_width(page_text, FURNITURE_SIZE)) / 2,
        footer_y,
        page_text,
        FURNITURE_SIZE,
    )
    canvas.setFillColor(MUTED_COLOR)
    version_size = 7
    draw_text(
        canvas,
        (PAGE_WIDTH - text_width(header.version_label, version_size)) / 2,
        footer_y - 4.5 * mm,
        header.version_label,
        version_size,
    )
    canvas.restoreState()


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """One line of ``text`` with its baseline at ``y``, each run in the font that has its glyphs."""
    # One text object for all runs, so extractors read the line as one piece of text.
    text_object = canvas.beginText(x, y)
    for font, run in text_runs(text):
        text_object.setFont(font, size)
        text_object.textOut(run)
    canvas.drawText(text_object)


def _truncate(text: str, width: float, size: float) -> str:
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def table(rows: list[list], col_widths: list, commands: list, **kwargs) -> Table:
    """A reportlab Table whose cells default to the bundled font.

    Table sets each cell's font before drawing it, even for paragraph cells, so the
    stock default would pull an unembedded Helvetica into every document.
    """
    return Table(
        rows,
        colWidths=col_widths,
        style=TableStyle([("FONTNAME", (0, 0), (-1, -1), CJK_FONT), *commands]),
        **kwargs,
    )


def signature_lines(rows: list[str]) -> Flowable:
    """One "label：________  日期：________" line per row, tall enough to sign by hand.

    Labels are given without the trailing "：".
    """
    style = styles().body
    label_width = max(text_width(f"{row}：", style.fontSize) for row in rows) + 8
    date_label = "日期："
    date_gap = 16
    date_label_width = text_width(date_label, style.fontSize) + date_gap + 8
    return table(
        [[paragraph(f"{row}：", style), "", paragraph(date_label, style), ""] for row in rows],
        [label_width, 62 * mm, date_label_width, 40 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (2, 0), (2, -1), date_gap),
            ("LINEBELOW", (1, 0), (1, -1), 0.75, colors.black),
            ("LINEBELOW", (3, 0), (3, -1), 0.75, colors.black),
        ],
        rowHeights=[11 * mm] * len(rows),
        hAlign="LEFT",
    )


def boxed(text: str) -> Flowable:
    """Body text in a ruled box, for a notice the reader must not miss."""
    return table(
        [[paragraph(text, styles().body)]],
        ["100%"],
        [
            ("BOX", (0, 0), (-1, -1), 1, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ],
    )
