"""The station's indicators as tables with Chinese headings (``report_tables``: what the PDF prints and the Excel
export writes, one table a sheet) and as a PDF with charts drawn by reportlab (``render_indicators_report``).

Plain data in, tables or PDF bytes out. Counts in the lists by profession and by diagnosis are printed "<5" below 5
when the station's suppression setting is on: these tables may leave the station. The not-standardised list names
case numbers only; names stay in the app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from rehabdesk.documents.case_labels import (
    CHANNEL_LABELS,
    CLIENT_STATUS_LABELS,
    CLOSING_OUTCOME_LABELS,
    DIAGNOSIS_LABELS,
    REFERRAL_KIND_LABELS,
)
from rehabdesk.documents.fonts import LATIN_FONT, register_fonts
from rehabdesk.documents.form_parts import title
from rehabdesk.documents.forms import StationOnForm
from rehabdesk.documents.labels import SERVICE_FORM_LABELS, SERVICE_TYPE_LABELS, chinese_date
from rehabdesk.documents.page import build_pdf
from rehabdesk.documents.report_parts import listing, printed_header, section_heading
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.documents.training_labels import DRILL_SCENARIO_LABELS, PROFESSION_LABELS
from rehabdesk.domain.indicators import Indicators, Missing, StandardRule, suppressed

REPORT_TITLE = "康复服务统计报表"
HEADLINE_TITLE = "主要指标"

CONSENT_REASONS = {
    "consent_missing": "无有效知情同意",
    "consent_withdrawn": "知情同意已撤回",
    "consent_needs_guardian": "知情同意缺监护人签署",
    "agreement_missing": "无已签署的服务协议",
    "agreement_expired": "服务协议已到期",
    "agreement_terminated": "服务协议已终止",
    "agreement_not_started": "服务协议未生效",
    "agreement_needs_guardian": "服务协议缺监护人签署",
}
PART_LABELS = {
    "consent": "知情同意",
    "agreement": "服务协议",
    "baseline": "基线评估",
    "plan": "康复计划",
    "services": "每月服务",
    "stage_review": "阶段评估",
}


@dataclass(frozen=True)
class ReportTable:
    title: str
    header: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def _label(labels: dict, code: str) -> str:
    for key, text in labels.items():
        if key == code:
            return text
    return code or "未填"


def period_text(ind: Indicators) -> str:
    p = ind.period
    text = f"{p.label}（{chinese_date(p.start)}至{chinese_date(p.end)}）"
    if ind.counted_to < p.end:
        text += f"，统计至{chinese_date(ind.counted_to)}"
    return text


def rule_lines(rule: StandardRule, months_min_days: int = 15) -> list[str]:
    """The 规范服务 rule in force, part by part, as printed with every report."""
    lines = ["接受规范服务：统计期内在册（已入组、在册服务或暂停）的康复对象同时满足以下各项："]
    if rule.consent:
        lines.append("· 在册期间每一天均有有效的服务知情同意及敏感个人信息单独同意（未撤回）；")
    if rule.agreement:
        lines.append("· 在册期间每一天均有已签署且在有效期内的服务协议；")
    if rule.baseline:
        lines.append("· 本次服务有基线（初始）需求评估；")
    if rule.plan:
        lines.append("· 期末（或离册前最后一天）有已批准、在计划期内的个案康复计划；")
    if rule.services_per_month > 0:
        lines.append(
            f"· 统计期内每个在册服务满 {months_min_days} 天的月份至少有 {rule.services_per_month} 次服务记录"
            "（暂停期间不计）；"
        )
    if rule.stage_review:
        lines.append(f"· 阶段评估未逾期（每 {rule.stage_review_months} 个月一次）。")
    if len(lines) == 1:
        lines.append("· （各项均已关闭：在册即计为接受规范服务。）")
    lines.append("规范服务率 = 接受规范服务人数 ÷ 登记参加社区康复人数。")
    return lines


def missing_text(missing: Missing) -> str:
    label = PART_LABELS.get(missing.part, missing.part)
    if missing.part in ("consent", "agreement"):
        reason = CONSENT_REASONS.get(missing.detail, missing.detail)
        return f"{label}：{reason}" + (f"（{missing.on.isoformat()}）" if missing.on else "")
    if missing.part == "services":
        return f"{label}：{missing.detail.replace(',', '、')} 无服务记录或不足"
    if missing.part == "stage_review":
        return f"{label}：" + (f"{missing.on.isoformat()} 起逾期" if missing.on else "未评估")
    if missing.part == "plan":
        return f"{label}：期末无有效计划"
    return f"{label}：缺"


def _count(ind: Indicators, count: int) -> int | str:
    return suppressed(count, on=ind.suppress_small_counts)


def report_tables(ind: Indicators) -> list[ReportTable]:
    t = ind.training
    headline = [
        ("登记参加社区康复人数", ind.registered, "人"),
        ("登记康复对象接受规范服务人数", ind.standardised, "人"),
        ("规范服务率", ind.rate, "%"),
        ("年度目标", ind.target_percent if ind.target_percent is not None else "未设", "%"),
        ("新增申请", ind.applications, "人"),
        ("新增登记", ind.registrations, "人"),
        ("新增入组", ind.enrolments, "人"),
        ("结案", sum(ind.closings_by_outcome.values()), "人"),
        ("期末等候人数", ind.waitlist, "人"),
        (f"其中等候超过 {ind.wait_days} 天", ind.waiting_long, "人"),
        ("转介转入", sum(ind.referrals_in.values()), "次"),
        ("转介转出", sum(ind.referrals_out.values()), "次"),
        ("其中绿色通道转介", ind.green_channel, "次"),
        ("服务记录", ind.service_records, "条"),
        ("服务人次", ind.client_times, "人次"),
        ("个案服务记录", ind.individual[0], "条"),
        ("小组服务记录", ind.group[0], "条"),
        ("小组服务人次", ind.group[1], "人次"),
        ("服务时长", ind.service_hours, "小时"),
        ("参与精神科医务人员人数", ind.psychiatric_medical.people, "人"),
        ("参与精神科医务人员次数", ind.psychiatric_medical.records, "次"),
        ("参与社会工作人数", ind.social_work.people, "人"),
        ("参与社会工作次数", ind.social_work.records, "次"),
    ]
    tables = [
        ReportTable(HEADLINE_TITLE, ("指标", "数值", "单位"), headline),
        ReportTable(
            "推进情况汇总表（本站）",
            (
                "登记参加社区康复人数",
                "登记康复对象接受规范服务人数",
                "参与精神科医务人员人数及次数",
                "参与社会工作人数及次数",
            ),
            [
                (
                    ind.registered,
                    ind.standardised,
                    f"{ind.psychiatric_medical.people}人/{ind.psychiatric_medical.records}次",
                    f"{ind.social_work.people}人/{ind.social_work.records}次",
                )
            ],
        ),
        ReportTable(
            "未达规范服务名单",
            ("个案编号", "状态", "未达项目"),
            [
                (
                    line.case_number,
                    _label(CLIENT_STATUS_LABELS, line.status),
                    "；".join(missing_text(m) for m in line.missing),
                )
                for line in ind.not_standardised
            ],
        ),
        ReportTable(
            "新增申请（按渠道）",
            ("渠道", "人数"),
            [(_label(CHANNEL_LABELS, k), v) for k, v in sorted(ind.applications_by_channel.items())],
        ),
        ReportTable(
            "结案（按去向）",
            ("结案去向", "人数"),
            [(_label(CLOSING_OUTCOME_LABELS, k), v) for k, v in sorted(ind.closings_by_outcome.items())],
        ),
        ReportTable(
            "转介（按类型）",
            ("方向", "类型", "次数"),
            [("转入", _label(REFERRAL_KIND_LABELS, k), v) for k, v in sorted(ind.referrals_in.items())]
            + [("转出", _label(REFERRAL_KIND_LABELS, k), v) for k, v in sorted(ind.referrals_out.items())],
        ),
        ReportTable(
            "服务（按类型）",
            ("服务类型", "记录数", "人次"),
            [(_label(SERVICE_TYPE_LABELS, k), r, n) for k, (r, n) in ind.services_by_type.items()],
        ),
        ReportTable(
            "服务（按形式）",
            ("服务形式", "记录数", "人次"),
            [(_label(SERVICE_FORM_LABELS, k), r, n) for k, (r, n) in ind.services_by_form.items()]
            + [("（个案合计）", *ind.individual), ("（小组合计）", *ind.group)],
        ),
        ReportTable(
            "参与人员（按岗位）",
            ("岗位", "人数", "服务记录次数"),
            [
                (_label(PROFESSION_LABELS, k), _count(ind, v.people), _count(ind, v.records))
                for k, v in ind.staff_by_profession.items()
            ],
        ),
        ReportTable(
            "登记对象（按诊断）",
            ("诊断", "人数"),
            [(_label(DIAGNOSIS_LABELS, k), _count(ind, v)) for k, v in ind.registered_by_diagnosis.items()],
        ),
        ReportTable(
            "人员培训",
            ("指标", "人数", "总人数"),
            [
                (f"{t.year} 年直接服务人员培训达标", t.compliant, t.direct_service),
                ("需求评估人员已接受评估能力培训", t.assessors_trained, t.assessors),
                (f"具有相关专业学历（{t.relevant_degree_percent}%）", t.relevant_degree, t.staff),
            ],
        ),
        ReportTable(
            "安全与应急演练",
            ("演练场景", "本期演练次数", "期末是否逾期"),
            [
                (_label(DRILL_SCENARIO_LABELS, k), n, "逾期" if k in ind.safety.overdue_scenarios else "")
                for k, n in ind.safety.drills_by_scenario.items()
            ]
            + [
                (_label(DRILL_SCENARIO_LABELS, k), 0, "逾期")
                for k in ind.safety.overdue_scenarios
                if k not in ind.safety.drills_by_scenario
            ]
            + [
                ("（未关闭整改措施）", ind.safety.open_actions, ""),
                ("（逾期未复核应急预案）", ind.safety.plans_past_review, ""),
            ],
        ),
        ReportTable(
            "月度趋势",
            ("月份", "登记人数", "规范服务人数", "规范服务率%", "新增入组", "服务记录", "服务人次"),
            [
                (h.period.label, h.registered, h.standardised, h.rate, h.enrolments, h.service_records, h.client_times)
                for h in ind.trend
            ],
        ),
    ]
    return tables


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def render_indicators_report(station: StationOnForm, ind: Indicators, printed_on: date) -> bytes:
    register_fonts()
    header = printed_header(station, REPORT_TITLE, f"{station.code}-TJBB-{ind.period.label}", printed_on)
    s = styles()
    story: list[Flowable] = [
        title(REPORT_TITLE),
        paragraph(f"统计期：{period_text(ind)}。" + ("" if ind.station_wide else "范围：本人负责的康复对象。"), s.body),
        *[paragraph(line, s.small) for line in rule_lines(ind.rule)],
    ]
    for table in report_tables(ind):
        story += section_heading(table.title)
        if table.title == "月度趋势" and table.rows:
            story.append(_trend_chart(ind))
        if not table.rows:
            story.append(paragraph("（无）", s.body))
            continue
        widths = ["*"] * len(table.header)
        story.append(
            listing(
                table.header,
                [tuple(_cell(v) for v in row) for row in table.rows],
                widths,
                tuple(range(1, len(table.header))),
            )
        )
    if ind.suppress_small_counts:
        story.append(paragraph("注：按岗位、按诊断的人数小于 5 时记为“<5”，以免识别到个人。", s.small))
    return build_pdf(header, story)


def _trend_chart(ind: Indicators) -> Drawing:
    """The rate as bars and the registered and standardised counts as lines, month by month."""
    font = register_fonts()
    latin = LATIN_FONT  # the CJK font has no Latin digits: axes and figures are drawn in the Latin face
    width, height = 170 * mm, 70 * mm
    drawing = Drawing(width, height, initialFontName=font)  # else the renderer starts in (unembedded) Helvetica
    labels = [h.period.label[2:] for h in ind.trend]
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 12 * mm, 12 * mm, 70 * mm, 48 * mm
    bars.data = [[h.rate for h in ind.trend]]
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, 100, 20
    bars.categoryAxis.categoryNames = labels
    bars.categoryAxis.labels.fontName = latin
    bars.categoryAxis.labels.fontSize = 6
    bars.categoryAxis.labels.angle = 45
    bars.categoryAxis.labels.dy = -9
    bars.valueAxis.labels.fontName = latin
    bars.valueAxis.labels.fontSize = 7
    bars.bars[0].fillColor = colors.HexColor("#4A7FB5")
    drawing.add(bars)
    if ind.target_percent is not None:
        y = bars.y + bars.height * ind.target_percent / 100
        drawing.add(Line(bars.x, y, bars.x + bars.width, y, strokeColor=colors.red, strokeDashArray=[3, 2]))
        drawing.add(String(bars.x + bars.width + 2, y - 2, "目标", fontName=font, fontSize=7))
        drawing.add(String(bars.x + bars.width + 16, y - 2, f"{ind.target_percent}%", fontName=latin, fontSize=7))
    drawing.add(String(bars.x, bars.y + bars.height + 4, "规范服务率（百分比）", fontName=font, fontSize=8))
    lines = HorizontalLineChart()
    lines.x, lines.y, lines.width, lines.height = 100 * mm, 12 * mm, 65 * mm, 48 * mm
    lines.data = [[h.registered for h in ind.trend], [h.standardised for h in ind.trend]]
    top = max([1, *lines.data[0]])
    lines.valueAxis.valueMin, lines.valueAxis.valueMax = 0, top + max(1, top // 10)
    lines.categoryAxis.categoryNames = labels
    lines.categoryAxis.labels.fontName = latin
    lines.categoryAxis.labels.fontSize = 6
    lines.categoryAxis.labels.angle = 45
    lines.categoryAxis.labels.dy = -9
    lines.valueAxis.labels.fontName = latin
    lines.valueAxis.labels.fontSize = 7
    lines.lines[0].strokeColor = colors.HexColor("#4A7FB5")
    lines.lines[1].strokeColor = colors.HexColor("#2E8B57")
    drawing.add(lines)
    drawing.add(
        String(lines.x, lines.y + lines.height + 4, "登记人数（蓝）与规范服务人数（绿）", fontName=font, fontSize=8)
    )
    return drawing
