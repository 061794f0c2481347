"""The 推进情况汇总表 as a PDF on A4 landscape, in the fonts of the station's documents: the title, the table with
the three column groups over their columns, the totals row, the notes (stations that did not report …), the
signature and stamp line and the date; with ``rates``, a page of 规范服务率 charts by quarter against the targets,
the county's and each station's."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer

from rehabdesk.county.domain.summary_table import (
    COLUMNS,
    GROUPS,
    TITLE,
    RateSeries,
    StationEntry,
    SummaryTable,
    notes_under,
    period_title,
    row_cells,
    signature_line,
)
from rehabdesk.documents.fonts import CJK_FONT, LATIN_FONT, register_fonts, text_runs, text_width
from rehabdesk.documents.output import write_pdf
from rehabdesk.documents.page import RULE_COLOR, draw_text
from rehabdesk.documents.page import table as ruled_table
from rehabdesk.documents.report_parts import LABEL_BACKGROUND
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.domain.indicators import DEFAULT_TARGETS, parse_targets, target_for

PAGE = landscape(A4)
MARGIN = 11 * mm
# 序号, 县（市、区）, the seven survey columns, the eight progress columns, the two support columns: 275 mm.
WIDTHS = [8 * mm, 22 * mm, *[12 * mm] * 7, 14 * mm, 14 * mm, 11 * mm, 11 * mm, 16 * mm, 16 * mm, 17 * mm, 17 * mm]
WIDTHS += [22 * mm, 22 * mm]
CHART_COLUMNS = 4


def _styles():
    base = styles()
    return (
        base.title.clone("county_title", fontSize=16, leading=22, spaceAfter=4),
        base.small.clone("county_line", fontSize=9, leading=13, textColor=colors.black),
        base.cell.clone("county_head", fontSize=7, leading=9, alignment=TA_CENTER),
        base.cell.clone("county_cell", fontSize=7.5, leading=10, alignment=TA_CENTER),
        base.small,
        base.body,
    )


def _value(value: object) -> str:
    return "" if value is None else str(value)


def summary_story(table: SummaryTable, printed_on: date) -> list:
    title, line, head, cell, small, body = _styles()
    groups = {first: (name, last) for name, first, last in GROUPS}
    grouped = {column for _, first, last in GROUPS for column in range(first, last + 1)}
    top = []
    for column, text in enumerate(COLUMNS):
        if column in groups:
            top.append(paragraph(groups[column][0], head))
        elif column in grouped:
            top.append("")
        else:
            top.append(paragraph(text, head))
    second = [paragraph(text, head) if column in grouped else "" for column, text in enumerate(COLUMNS)]
    rows = [[paragraph(_value(v), cell) for v in row_cells(r)] for r in (*table.rows, table.total)]
    spans = [("SPAN", (first, 0), (last, 0)) for _, first, last in GROUPS]
    spans += [("SPAN", (column, 0), (column, 1)) for column in range(len(COLUMNS)) if column not in grouped]
    grid = ruled_table(
        [top, second, *rows],
        WIDTHS,
        [
            *spans,
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("BACKGROUND", (0, 0), (-1, 1), LABEL_BACKGROUND),
            ("BACKGROUND", (0, -1), (-1, -1), LABEL_BACKGROUND),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ],
        repeatRows=2,
    )
    unit = f"填报单位：{table.county_name}" if table.county_name else "填报单位："
    story = [
        paragraph(f"{TITLE}（{period_title(table.period)}）", title),
        paragraph(f"{unit}　　统计期间：{table.period.start.isoformat()}至{table.period.end.isoformat()}", line),
        Spacer(1, 2 * mm),
        grid,
        Spacer(1, 3 * mm),
    ]
    story += [paragraph(text, small) for text in notes_under(table)]
    story += [Spacer(1, 8 * mm), paragraph(signature_line(printed_on), body)]
    return story


def _chart(title: str, labels: tuple[str, ...], values: tuple[float | None, ...], targets: list[int | None]) -> Drawing:
    """Bars of the rate by quarter, the target of each quarter as a dashed red mark over its bar."""
    font = register_fonts()
    width, height = 64 * mm, 42 * mm
    drawing = Drawing(width, height, initialFontName=font)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 9 * mm, 7 * mm, 50 * mm, 27 * mm
    bars.data = [[v if v is not None else 0 for v in values]]
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, 100, 20
    bars.categoryAxis.categoryNames = [label[4:] for label in labels]
    for axis in (bars.categoryAxis, bars.valueAxis):
        axis.labels.fontName = LATIN_FONT
        axis.labels.fontSize = 6
    bars.bars[0].fillColor = colors.HexColor("#4A7FB5")
    drawing.add(bars)
    step = bars.width / len(labels)
    for index, target in enumerate(targets):
        if target is None:
            continue
        y = bars.y + bars.height * target / 100
        x = bars.x + step * index
        drawing.add(Line(x + 1, y, x + step - 1, y, strokeColor=colors.red, strokeDashArray=[2, 1.5], strokeWidth=1))
        drawing.add(String(x + step / 2, y + 1.5, f"{target}%", fontName=LATIN_FONT, fontSize=5, textAnchor="middle"))
    for index, value in enumerate(values):
        if value is None:
            _label(drawing, bars.x + step * index + step / 2 - 4, bars.y + 2, "未报", 6)
    _label(drawing, 2, height - 7, title, 7.5)
    return drawing


def _label(drawing: Drawing, x: float, y: float, text: str, size: float) -> None:
    """Text in runs of the CJK and the Latin font (the CJK font has no Latin letters or digits)."""
    for font, run in text_runs(text):
        drawing.add(String(x, y, run, fontName=font, fontSize=size))
        x += text_width(run, size)


def rate_story(series: RateSeries, stations: list[StationEntry]) -> list:
    """The charts page: the county's rate, then each station's (4 across), the targets as red marks."""
    year = int(series.labels[0][:4])
    fallback = target_for(parse_targets(DEFAULT_TARGETS), year)
    targets = [t if t is not None else fallback for t in series.targets]
    charts = [_chart("全县（区）合计", series.labels, series.county, targets)]
    names = {s.code: s.name for s in stations}
    for code in sorted(series.stations, key=lambda c: (names.get(c, ""), c)):
        label = f"{names.get(code, code)}（{code}）"
        charts.append(_chart(label[:24], series.labels, series.stations[code], targets))
    rows = [charts[i : i + CHART_COLUMNS] for i in range(0, len(charts), CHART_COLUMNS)]
    rows[-1] += [""] * (CHART_COLUMNS - len(rows[-1]))
    return [
        paragraph(f"{year}年各季度规范服务率（红色虚线为目标值）", styles().heading),
        ruled_table(rows, [68 * mm] * CHART_COLUMNS, [("VALIGN", (0, 0), (-1, -1), "TOP")]),
        paragraph("“未报”：该站点未报送该季度数据。", styles().small),
    ]


def _page_number(canvas, document) -> None:
    canvas.saveState()
    text = f"第 {document.page} 页"
    draw_text(canvas, PAGE[0] / 2 - 8 * mm, 6 * mm, text, 8)
    canvas.restoreState()


def render_summary_pdf(
    table: SummaryTable,
    *,
    printed_on: date,
    rates: RateSeries | None = None,
    stations: list[StationEntry] | None = None,
) -> bytes:
    """The PDF bytes (write them with documents/output.write_pdf)."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        initialFontName=CJK_FONT,
        title=f"{TITLE}（{period_title(table.period)}）",
        author="RehabDesk County",
        creator="RehabDesk County",
        subject="",
        invariant=1,
    )
    story = summary_story(table, printed_on)
    if rates is not None:
        story += [PageBreak(), *rate_story(rates, list(stations or []))]
    document.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return buffer.getvalue()


def write_summary_pdf(
    path: Path,
    table: SummaryTable,
    *,
    printed_on: date,
    rates: RateSeries | None = None,
    stations: list[StationEntry] | None = None,
) -> None:
    """Render and write durably (a half-written file never replaces a good one)."""
    write_pdf(path, render_summary_pdf(table, printed_on=printed_on, rates=rates, stations=stations))
