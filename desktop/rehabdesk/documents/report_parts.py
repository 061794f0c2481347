"""What the printouts without a template (training records and summary, drill records) share: a header naming
the print date instead of a template version, shaded label cells, and headings that never end a page."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from rehabdesk import __version__
from rehabdesk.documents.forms import StationOnForm
from rehabdesk.documents.labels import chinese_date
from rehabdesk.documents.page import DocumentHeader
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
