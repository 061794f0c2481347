"""What the printouts without a template (training records and summary, drill records) share: a header naming
the print date instead of a template version, shaded label cells, and headings that never end a page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from rehabdesk import __version__
from rehabdesk.documents.fonts import text_width
from rehabdesk.documents.forms import StationOnForm
from rehabdesk.documents.labels import chinese_date
from rehabdesk.documents.page import RULE_COLOR, DocumentHeader, draw_text, table
from rehabdesk.documents.styles import paragraph, styles

LABEL_BACKGROUND = colors.HexColor("#F0F0F0")
# Room a heading needs below it: less and it moves to the next page. keepWithNext would push long tables whole.
HEADING_ROOM = 30 * mm


def printed_header(station: StationOnForm, title: str, number: str, printed_on: date) -> DocumentHeader:
    return DocumentHeader(
        station_name=station.name,
        title=title,
        document_number=number,
        version_label=f"{title} · {chinese_date(printed_on)}打印 · RehabDesk {__version__}",
    )


def section_heading(text: str) -> list[Flowable]:
    return [CondPageBreak(HEADING_ROOM), paragraph(text, styles().heading)]


@dataclass(frozen=True)
class Names:
    """People's names in a listing cell: joined with 、 on one line where they fit, otherwise one name a line, so
    a narrow column never breaks a name in two (钟岩/彬)."""

    names: tuple[str, ...]


def listing(
    headings: tuple[str, ...], rows: list[tuple[str | Names, ...]], widths: list, centred: tuple[int, ...] = ()
) -> Flowable:
    """A ruled table of records under shaded column headings, repeated on every page it runs onto. Columns
    in ``centred`` (short values: counts, dates) are centred."""
    cell = styles().cell.clone("listing", fontSize=9, leading=12.5)
    middle = cell.clone("listing_centred", alignment=TA_CENTER)
    body = [[_Cell(text, middle if column in centred else cell) for column, text in enumerate(row)] for row in rows]
    return table(
        [[paragraph(heading, middle) for heading in headings], *body],
        widths,
        [
            *(("ALIGN", (column, 1), (column, -1), "CENTER") for column in centred),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ],
        repeatRows=1,
        spaceBefore=2,
        spaceAfter=4,
    )


class _Cell(Flowable):
    """A table cell's text: one drawn line when it fits, a wrapping Paragraph only when it does not.

    A Paragraph parses markup and breaks lines on every wrap, and a table wraps each cell several times; in a
    listing thousands of rows long, where most cells are a date, a time or a name, that was most of the time."""

    def __init__(self, text: str | Names, style: ParagraphStyle) -> None:
        super().__init__()
        if isinstance(text, Names):
            text, self._wrapped_text = "、".join(text.names), "\n".join(text.names)
        else:
            self._wrapped_text = text
        self._text = text
        self._style = style
        self._line_width = text_width(text, style.fontSize) if "\n" not in text else float("inf")
        self._paragraph: Paragraph | None = None
        self._as_line = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._as_line = self._line_width <= available_width
        if self._as_line:
            return self._line_width, self._style.leading
        if self._paragraph is None:
            self._paragraph = paragraph(self._wrapped_text, self._style)
        return self._paragraph.wrap(available_width, available_height)

    def draw(self) -> None:
        if self._as_line:
            # Where a one-line Paragraph puts its baseline.
            draw_text(self.canv, 0, self._style.leading - self._style.fontSize, self._text, self._style.fontSize)
        else:
            self._paragraph.drawOn(self.canv, 0, 0)
