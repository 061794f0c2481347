"""One worker's annual training record (工作人员年度培训记录): the year's courses, the hours required and done,
and whether the worker meets the requirement (DOMAIN.md §3)."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehabdesk.documents.form_parts import notice, title
from rehabdesk.documents.labels import chinese_date
from rehabdesk.documents.page import RULE_COLOR, boxed, build_pdf, signature_lines, table
from rehabdesk.documents.report_parts import LABEL_BACKGROUND, printed_header, section_heading
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.documents.training_forms import WorkerTrainingRecord
from rehabdesk.documents.training_labels import PROFESSION_LABELS, TRAINING_TYPE_LABELS
from rehabdesk.domain.training import days_in_year, format_hours

TITLE = "工作人员年度培训记录"
ASSESSOR_UNTRAINED = "该工作人员承担需求评估工作，但尚无需求评估能力培训记录。"
NO_COURSES = "本年度没有培训记录。"


def render_training_record(data: WorkerTrainingRecord) -> bytes:
    header = printed_header(
        data.station, TITLE, f"{data.station.code}-PX-{data.year}-{data.staff_number}", data.printed_on
    )
    story: list[Flowable] = [
        title(TITLE),
        _worker(data),
        *section_heading(f"{data.year} 年度培训情况"),
        _courses(data),
        *section_heading("学时完成情况"),
        *_compliance(data),
        # Both signers on the same page.
        KeepTogether([Spacer(0, 6 * mm), signature_lines(["本人签字", "站点负责人签字"])]),
    ]
    return build_pdf(header, story)


def _worker(data: WorkerTrainingRecord) -> Flowable:
    cell = styles().cell
    rows = [
        ["工号", data.staff_number, "姓名", data.name],
        ["专业/岗位", PROFESSION_LABELS[data.profession], "统计年度", f"{data.year}年"],
        [
            "入职日期",
            chinese_date(data.start_date),
            "离职日期",
            chinese_date(data.end_date) if data.end_date is not None else "在岗",
        ],
    ]
    return table(
        [[paragraph(text, cell) for text in row] for row in rows],
        [26 * mm, "*", 26 * mm, "*"],
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("BOX", (0, 0), (-1, -1), 1, colors.black),
            ("BACKGROUND", (0, 0), (0, -1), LABEL_BACKGROUND),
            ("BACKGROUND", (2, 0), (2, -1), LABEL_BACKGROUND),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
        spaceAfter=4,
    )


def _courses(data: WorkerTrainingRecord) -> Flowable:
    cell = styles().cell.clone("course", fontSize=9, leading=12.5)
    centred = cell.clone("course_centred", alignment=TA_CENTER)
    headings = ("起止日期", "培训名称", "类型", "主办单位", "学时", f"计入\n{data.annual_hours}学时", "证书编号")
    rows: list[list] = [[paragraph(heading, centred) for heading in headings]]
    rows += [
        [
            paragraph(_period(line.start_date, line.end_date), cell),
            paragraph(line.title, cell),
            paragraph(TRAINING_TYPE_LABELS[line.kind], cell),
            paragraph(line.provider, cell),
            paragraph(format_hours(line.minutes), centred),
            paragraph("是" if line.counts else "否", centred),
            paragraph(line.certificate_number, cell),
        ]
        for line in data.lines
    ]
    commands: list = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        # Seven columns on A4: narrow side padding leaves certificate numbers and dates on one line.
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if data.lines:
        counted = sum(line.minutes for line in data.lines if line.counts)
        rows.append(
            [
                paragraph("合计", centred),
                "",
                "",
                "",
                paragraph(format_hours(sum(line.minutes for line in data.lines)), centred),
                paragraph(f"其中计入 {format_hours(counted)} 学时", centred),
                "",
            ]
        )
        commands += [
            ("SPAN", (0, -1), (3, -1)),
            ("SPAN", (5, -1), (6, -1)),
            ("BACKGROUND", (0, -1), (-1, -1), LABEL_BACKGROUND),
        ]
    else:
        rows.append([paragraph(NO_COURSES, centred), "", "", "", "", "", ""])
        commands.append(("SPAN", (0, -1), (-1, -1)))
    return table(
        rows,
        [28 * mm, "*", 22 * mm, 24 * mm, 12 * mm, 13 * mm, 31 * mm],
        commands,
        # A long year continues on the next page under the column headings again.
        repeatRows=1,
        spaceBefore=2,
        spaceAfter=4,
    )


def _period(start: date, end: date) -> str:
    """One day, or first and last day on two lines; the year is not repeated within one year."""
    if start == end:
        return chinese_date(start)
    last = f"{end.month}月{end.day}日" if end.year == start.year else chinese_date(end)
    return f"{chinese_date(start)}\n至{last}"


def _compliance(data: WorkerTrainingRecord) -> list[Flowable]:
    result = data.compliance
    body = styles().body
    annual = data.annual_hours
    flowables: list[Flowable] = []
    if not result.direct_service:
        flowables.append(
            paragraph(f"该工作人员不承担直接服务，不适用每年 {annual} 学时的培训要求。", body),
        )
    elif result.prorated:
        days = result.days_employed
        flowables.append(
            paragraph(
                f"本年度在岗 {days} 天，应完成学时按 {annual} 学时 × {days} ÷ {days_in_year(data.year)} 天折算"
                f"并向上取整到 0.5 学时：{format_hours(result.required_minutes)} 学时。",
                body,
            )
        )
    else:
        flowables.append(paragraph(f"应完成学时：{format_hours(result.required_minutes)} 学时。", body))
    done = f"已完成学时（计入 {annual} 学时）：{format_hours(result.counted_minutes)} 学时"
    if result.other_minutes:
        done += f"；另有不计入的学时（如安全应急培训）：{format_hours(result.other_minutes)} 学时"
    flowables.append(paragraph(f"{done}。", body))
    if result.direct_service:
        flowables += [
            paragraph(f"尚差学时：{format_hours(result.remaining_minutes)} 学时。", body),
            boxed(_verdict(data)),
        ]
    if result.assessor_untrained:
        flowables += [Spacer(0, 3 * mm), notice(ASSESSOR_UNTRAINED)]
    return flowables


def _verdict(data: WorkerTrainingRecord) -> str:
    result = data.compliance
    as_of = f"截至{chinese_date(data.printed_on)}，" if data.printed_on.year == data.year else ""
    if result.compliant:
        return f"结论：{as_of}已达标。"
    verdict = f"结论：{as_of}未达标，尚差 {format_hours(result.remaining_minutes)} 学时。"
    if result.warn:
        verdict += "本年度已进入第四季度，请尽快安排培训。"
    return verdict
