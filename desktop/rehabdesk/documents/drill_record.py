"""The record of one emergency drill (应急演练记录): facts, evaluation, problems found and corrective actions
(DOMAIN.md §3)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehabdesk.documents.form_parts import title
from rehabdesk.documents.labels import chinese_date
from rehabdesk.documents.page import RULE_COLOR, build_pdf, signature_lines, table
from rehabdesk.documents.report_parts import LABEL_BACKGROUND, printed_header, section_heading
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.documents.training_forms import ActionLine, DrillRecord
from rehabdesk.documents.training_labels import ACTION_STATUS_LABELS, DRILL_SCENARIO_LABELS

TITLE = "应急演练记录"
ACTION_HEADINGS = ("序号", "整改措施", "负责人", "完成期限", "状态", "完成日期/说明")
NOT_RECORDED = "（未填写）"
NO_PROBLEMS = "未发现问题。"
NO_ACTIONS = "无整改措施。"


def render_drill_record(data: DrillRecord) -> bytes:
    header = printed_header(data.station, TITLE, data.number, data.printed_on)
    s = styles()
    story: list[Flowable] = [
        title(TITLE),
        _facts(data),
        *section_heading("演练评估"),
        *_text_block(data.evaluation, NOT_RECORDED),
        *section_heading("发现的问题"),
        *_text_block(data.problems, NO_PROBLEMS),
        *section_heading("整改措施"),
        _actions(data.actions) if data.actions else paragraph(NO_ACTIONS, s.body),
        # Both signers on the same page.
        KeepTogether([Spacer(0, 6 * mm), signature_lines(["记录人", "站点负责人"])]),
    ]
    return build_pdf(header, story)


def duration_text(minutes: int) -> str:
    """90 → '1 小时 30 分钟', 45 → '45 分钟', 120 → '2 小时'."""
    hours, rest = divmod(minutes, 60)
    parts = ([f"{hours} 小时"] if hours else []) + ([f"{rest} 分钟"] if rest or not hours else [])
    return " ".join(parts)


def _facts(data: DrillRecord) -> Flowable:
    cell = styles().cell
    plan = data.plan_title.strip() or "无"
    if data.plan_title.strip() and data.plan_version.strip():
        plan += f"（版本：{data.plan_version.strip()}）"
    staff = "、".join(data.staff_present)
    staff = f"{staff}（共 {len(data.staff_present)} 人）" if staff else NOT_RECORDED
    rows = [
        ["演练日期", chinese_date(data.drill_date), "时长", duration_text(data.duration_minutes)],
        ["演练科目/场景", DRILL_SCENARIO_LABELS[data.scenario], "涉及服务对象人数", f"{data.clients_involved} 人"],
        ["依据预案", plan, "", ""],
        ["参加人员", staff, "", ""],
    ]
    return table(
        [[paragraph(text, cell) if text else "" for text in row] for row in rows],
        [30 * mm, "*", 34 * mm, 36 * mm],
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("BOX", (0, 0), (-1, -1), 1, colors.black),
            ("BACKGROUND", (0, 0), (0, -1), LABEL_BACKGROUND),
            ("BACKGROUND", (2, 0), (2, 1), LABEL_BACKGROUND),
            ("SPAN", (1, 2), (3, 2)),
            ("SPAN", (1, 3), (3, 3)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
        spaceAfter=4,
    )


def _text_block(text: str, when_empty: str) -> list[Flowable]:
    """One paragraph per line of the typed text: paragraphs, unlike a table cell, continue on the next page."""
    body = styles().body
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [paragraph(line, body) for line in lines] or [paragraph(when_empty, body)]


def _actions(actions: tuple[ActionLine, ...]) -> Flowable:
    cell = styles().cell.clone("action", fontSize=9, leading=12.5)
    centred = cell.clone("action_centred", alignment=TA_CENTER)
    rows: list[list] = [[paragraph(heading, centred) for heading in ACTION_HEADINGS]]
    rows += [
        [
            paragraph(str(index), centred),
            paragraph(action.description, cell),
            paragraph(action.owner, cell),
            paragraph(chinese_date(action.due_date), cell),
            paragraph(ACTION_STATUS_LABELS[action.status], centred),
            paragraph(_closing(action), cell),
        ]
        for index, action in enumerate(actions, start=1)
    ]
    return table(
        rows,
        [12 * mm, "*", 16 * mm, 29 * mm, 14 * mm, 40 * mm],
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            # Narrow side padding keeps each date on one line.
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ],
        # A long list continues on the next page under the column headings again.
        repeatRows=1,
        spaceBefore=2,
        spaceAfter=4,
    )


def _closing(action: ActionLine) -> str:
    note = action.closing_note.strip()
    if action.closed_on is None:
        return note
    return f"{chinese_date(action.closed_on)}\n{note}" if note else chinese_date(action.closed_on)
