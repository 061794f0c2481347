"""The public fee notice (收费项目公示): every item the station charges for, with its price, as posted."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from rehabdesk.documents.form_parts import document_header, station_values, title
from rehabdesk.documents.forms import FeeScheduleData
from rehabdesk.documents.labels import FUNDING_LABELS
from rehabdesk.documents.page import RULE_COLOR, build_pdf, table
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.documents.templates import parse_template, template_story
from rehabdesk.domain.money import format_yuan

TITLE = "收费项目公示"
HEADINGS = ("序号", "项目名称", "单位", "价格（元）", "资金来源")
NO_ITEMS = "本站目前没有收费项目，所有服务均不向服务对象收取费用。"


def render_fee_schedule(data: FeeScheduleData) -> bytes:
    # The notice has no running number: the station code and the date tell one posted version from another.
    day = data.printed_on
    number = f"{data.station.code}-SF-{day.year}{day.month:02d}{day.day:02d}"
    story: list[Flowable] = [title(TITLE)]
    story += template_story(
        parse_template(data.template.body),
        station_values(data.station, data.printed_on),
        {"fee_table": lambda: [_fee_table(data)]},
    )
    return build_pdf(document_header(data.station, TITLE, number, data.template), story)


def _fee_table(data: FeeScheduleData) -> Flowable:
    if not data.items:
        return paragraph(NO_ITEMS, styles().body)
    cell = styles().cell
    centred = cell.clone("centred", alignment=TA_CENTER)
    number = cell.clone("number", alignment=TA_RIGHT)
    rows = [[paragraph(heading, centred) for heading in HEADINGS]]
    rows += [
        [
            paragraph(str(index), centred),
            paragraph(item.name, cell),
            paragraph(item.unit, centred),
            paragraph(format_yuan(item.price_fen), number),
            paragraph(FUNDING_LABELS[item.funding], centred),
        ]
        for index, item in enumerate(data.items, start=1)
    ]
    return table(
        rows,
        [13 * mm, "*", 18 * mm, 30 * mm, 34 * mm],
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F0F0F0")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
        # A long price list continues on the next page under the column headings again.
        repeatRows=1,
        spaceBefore=4,
        spaceAfter=8,
    )
