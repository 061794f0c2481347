"""The station's training summary for one year (工作人员培训情况汇总): the staff indicators of DOMAIN.md §7, then
one row per worker employed in the year."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from rehabdesk.documents.form_parts import NOTICE_COLOR, title
from rehabdesk.documents.labels import chinese_date
from rehabdesk.documents.page import RULE_COLOR, build_pdf, table
from rehabdesk.documents.report_parts import LABEL_BACKGROUND, printed_header, section_heading
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.documents.training_forms import SummaryRow, TrainingSummary
from rehabdesk.documents.training_labels import PROFESSION_LABELS, RELEVANT_DEGREE_LABELS
from rehabdesk.domain.people import RelevantDegree
from rehabdesk.domain.training import RELEVANT_DEGREE_TARGET_PERCENT, format_hours, share_percent

HEADINGS = ("工号", "姓名", "岗位", "直接服务", "应完成", "已完成\n（计入）", "其他学时", "尚差", "状态")
PRORATED_MARK = "（折算）"
NOT_APPLICABLE = "—"
NO_STAFF = "本年度没有在岗工作人员。"


def render_training_summary(data: TrainingSummary) -> bytes:
    document_title = f"{data.year} 年度工作人员培训情况汇总"
    header = printed_header(data.station, document_title, f"{data.station.code}-PXHZ-{data.year}", data.printed_on)
    s = styles()
    story: list[Flowable] = [
        title(document_title),
        paragraph(f"统计截至{chinese_date(data.printed_on)}；本年度在岗工作人员共 {len(data.rows)} 名。", s.body),
        _indicators(data),
        *section_heading("人员明细"),
    ]
    if data.rows:
        story += [_staff_table(data), paragraph(_footnote(data.annual_hours), s.small)]
    else:
        story.append(paragraph(NO_STAFF, s.body))
    return build_pdf(header, story)


def indicator_lines(data: TrainingSummary) -> list[tuple[str, str]]:
    """The staff indicators as (label, value): printed as the summary's first table and written as the workbook's
    closing lines, so paper and spreadsheet say the same."""
    rows = data.rows
    direct = [row for row in rows if row.compliance.direct_service]
    met = [row for row in direct if row.compliance.compliant]
    assessors = [row for row in rows if row.compliance.assessor]
    trained = [row for row in assessors if row.compliance.assessor_trained]
    degree = [row for row in rows if row.relevant_degree is not RelevantDegree.NONE]
    degree_percent = share_percent(len(degree), len(rows))
    target = RELEVANT_DEGREE_TARGET_PERCENT
    degree_verdict = "已达到" if degree_percent >= target else "未达到"
    subjects = "、".join(label for kind, label in RELEVANT_DEGREE_LABELS.items() if kind is not RelevantDegree.NONE)
    lines = [
        (f"直接服务人员培训达标（≥ {data.annual_hours} 学时）", _share(len(met), len(direct))),
        ("需求评估人员已接受需求评估能力培训", _share(len(trained), len(assessors))),
        (
            f"具有相关专业学历（{subjects}）",
            f"{_share(len(degree), len(rows))}，目标 ≥ {target}%，{degree_verdict}",
        ),
        ("全体人员计入学时合计", f"{format_hours(sum(row.compliance.counted_minutes for row in rows))} 学时"),
    ]
    return lines


def _indicators(data: TrainingSummary) -> Flowable:
    cell = styles().cell
    return table(
        [[paragraph(label, cell), paragraph(value, cell)] for label, value in indicator_lines(data)],
        [80 * mm, "*"],
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("BOX", (0, 0), (-1, -1), 1, colors.black),
            ("BACKGROUND", (0, 0), (0, -1), LABEL_BACKGROUND),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
        spaceBefore=4,
        spaceAfter=4,
    )


def _share(part: int, whole: int) -> str:
    # With nobody to count, "0 %" would read as a failure.
    if not whole:
        return "本年度无此类人员"
    return f"{part} / {whole} 人（{share_percent(part, whole)}%）"


def _staff_table(data: TrainingSummary) -> Flowable:
    cell = styles().cell.clone("summary", fontSize=9, leading=12.5)
    centred = cell.clone("summary_centred", alignment=TA_CENTER)
    missing = centred.clone("summary_missing", textColor=NOTICE_COLOR)
    rows: list[list] = [[paragraph(heading, centred) for heading in HEADINGS]]
    for row in data.rows:
        rows.append(
            [
                paragraph(row.staff_number, cell),
                paragraph(row.name, cell),
                paragraph(PROFESSION_LABELS[row.profession], cell),
                *[paragraph(text, centred) for text in _figures(row)],
                _status(row, centred, missing),
            ]
        )
    return table(
        rows,
        [24 * mm, 18 * mm, "*", 16 * mm, 16 * mm, 18 * mm, 16 * mm, 12 * mm, 15 * mm],
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            # Nine columns on A4: narrow side padding keeps staff numbers on one line.
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ],
        # Each page continues under the column headings again.
        repeatRows=1,
        spaceBefore=2,
        spaceAfter=6,
    )


def _figures(row: SummaryRow) -> list[str]:
    """直接服务, 应完成, 已完成, 其他学时, 尚差."""
    result = row.compliance
    counted, other = format_hours(result.counted_minutes), format_hours(result.other_minutes)
    if not result.direct_service:
        return ["否", NOT_APPLICABLE, counted, other, NOT_APPLICABLE]
    required = format_hours(result.required_minutes)
    if result.prorated:
        required += f"\n{PRORATED_MARK}"
    return ["是", required, counted, other, format_hours(result.remaining_minutes)]


def _status(row: SummaryRow, style, missing_style) -> Flowable:
    result = row.compliance
    if not result.direct_service:
        return paragraph("不适用", style)
    if result.compliant:
        return paragraph("达标", style)
    return paragraph("未达标", missing_style)


def _footnote(annual_hours: int) -> str:
    return (
        f"注：1. 直接服务人员每年应完成 {annual_hours} 学时培训；年内入职或离职的，按 {annual_hours} 学时 × 在岗天数 ÷ "
        f"全年天数折算，并向上取整到 0.5 学时，标“{PRORATED_MARK}”。\n"
        f"2. 安全应急培训默认不计入 {annual_hours} 学时，列入“其他学时”。\n"
        "3. 不承担直接服务的人员不适用学时要求，状态为“不适用”。"
    )
