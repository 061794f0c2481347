"""The case file's services in the period (section 八): counts and hours by form and by type, then every service
month by month. Each service appears as this client took part in it: attendance and the note on it, never the
other attendees of a group session.

A month is a table of its own: a year of day-programme attendance runs to thousands of rows, and reportlab
re-measures the rest of a table at every page break, so one long table would cost time quadratic in its length."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from rehabdesk.documents.case_file_data import CaseFileData, ServiceLine
from rehabdesk.documents.labels import SERVICE_FORM_LABELS, SERVICE_TYPE_LABELS
from rehabdesk.documents.page import MARGIN_X, PAGE_WIDTH, table
from rehabdesk.documents.report_parts import Names, listing, section_heading
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType

HEADING = "八、服务情况（档案期间内）"
TYPES_COUNTED_EACH = "一次服务可包含多种服务类型，按类型统计时分别计入，各类型次数之和可能多于服务次数。"
LIST_HEADINGS = ("日期", "时间", "形式", "服务类型", "工作人员", "出勤及备注")
LIST_WIDTHS = [17.5 * mm, 23.5 * mm, 23.5 * mm, "*", 23 * mm, 34 * mm]
MONTH_ROOM = 20 * mm  # the month's line, the column headings and a row or two


def service_section(data: CaseFileData) -> list[Flowable]:
    s = styles()
    if not data.services:
        return [*section_heading(HEADING), paragraph("档案期间内没有服务记录。", s.body)]
    attended = [line for line in data.services if line.attended]
    absent = len(data.services) - len(attended)
    groups = sum(1 for line in attended if line.group)
    summary = (
        f"档案期间内参加服务 {len(attended)} 次，合计 {duration(sum(line.minutes for line in attended))}"
        f"（个别服务 {len(attended) - groups} 次，小组或集体服务 {groups} 次）"
    )
    if absent:
        summary += f"；另有 {absent} 次登记参加但未到"
    # The heading, the summary and the tallies on one page.
    overview: list[Flowable] = [paragraph(HEADING, s.heading), paragraph(summary + "。", s.body), _tallies(attended)]
    if attended:
        overview.append(paragraph(TYPES_COUNTED_EACH, s.small))
    flowables: list[Flowable] = [KeepTogether(overview), *section_heading("服务明细")]
    for (year, month), lines in groupby(data.services, key=lambda line: line.service_date.timetuple()[:2]):
        month_lines = list(lines)
        came = [line for line in month_lines if line.attended]
        flowables += [
            # The month's line never alone at the foot of a page.
            CondPageBreak(MONTH_ROOM),
            paragraph(
                f"{year}年{month}月：参加 {len(came)} 次，{duration(sum(line.minutes for line in came))}",
                s.body.clone("month", spaceBefore=4, spaceAfter=0),
            ),
            listing(LIST_HEADINGS, [_row(line) for line in month_lines], LIST_WIDTHS, centred=(0, 1)),
        ]
    return flowables


def duration(minutes: int) -> str:
    """Exact hours and minutes ("3小时20分钟", "40分钟", "2小时"): every figure is a sum of whole minutes, so the
    months add up to the period's total and the forms to the services attended, as a reader checking them with
    a calculator expects. Decimal hours cannot do both: 40 minutes is 0.666… hours however it is rounded."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}分钟"
    return f"{hours}小时{rest}分钟" if rest else f"{hours}小时"


def _tallies(attended: list[ServiceLine]) -> Flowable:
    """By form and by type side by side: counts and hours of the services attended."""
    by_form: Counter[ServiceForm] = Counter()
    form_minutes: Counter[ServiceForm] = Counter()
    by_type: Counter[ServiceType] = Counter()
    type_minutes: Counter[ServiceType] = Counter()
    for line in attended:
        by_form[line.form] += 1
        form_minutes[line.form] += line.minutes
        for kind in line.service_types:
            by_type[kind] += 1
            type_minutes[kind] += line.minutes
    # Declaration order, the order of DOMAIN.md §4 and of every form listing them.
    forms = [(SERVICE_FORM_LABELS[f], str(by_form[f]), duration(form_minutes[f])) for f in ServiceForm if by_form[f]]
    types = [(SERVICE_TYPE_LABELS[t], str(by_type[t]), duration(type_minutes[t])) for t in ServiceType if by_type[t]]
    gap = 6 * mm
    half = (PAGE_WIDTH - 2 * MARGIN_X - gap) / 2
    widths = ["*", 12 * mm, 27 * mm]
    return table(
        [
            [
                listing(("服务形式", "次数", "时长"), forms, widths, centred=(1, 2)),
                listing(("服务类型", "次数", "时长"), types, widths, centred=(1, 2)),
            ]
        ],
        [half + gap, half],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), gap),
        ],
    )


def _row(line: ServiceLine) -> tuple[str | Names, ...]:
    attendance = "出勤" if line.attended else "未到"
    return (
        f"{line.service_date.month}月{line.service_date.day}日",
        f"{line.start_time:%H:%M}–{line.end_time:%H:%M}",
        SERVICE_FORM_LABELS[line.form],
        "、".join(SERVICE_TYPE_LABELS[kind] for kind in line.service_types),
        Names(line.staff),
        f"{attendance}；{line.note}" if line.note else attendance,
    )
