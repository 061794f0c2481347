"""The case file's record of what happened: status steps, risk history, assessments and plans (sections 四–七),
referrals and follow-ups, consents and agreements (九–十)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from rehabdesk.documents.case_file_data import CaseFileData, PlanLine, ReferralLine, StatusStep
from rehabdesk.documents.case_labels import (
    AGREEMENT_STATUS_LABELS,
    ASSESSMENT_KIND_LABELS,
    CLIENT_STATUS_LABELS,
    CLOSING_OUTCOME_LABELS,
    GOAL_TERM_LABELS,
    ILLNESS_STATUS_LABELS,
    PLAN_STATUS_LABELS,
    REFERRAL_DIRECTION_LABELS,
    REFERRAL_KIND_LABELS,
    risk_level_label,
)
from rehabdesk.documents.labels import (
    CONSENT_KIND_TITLES,
    SERVICE_FORM_LABELS,
    SERVICE_TYPE_LABELS,
    SIGNER_LABELS,
    chinese_date,
)
from rehabdesk.documents.report_parts import listing, section_heading
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.domain.referrals import ReferralDirection

DATE_WIDTH = 28.5 * mm


def history_sections(data: CaseFileData) -> list[Flowable]:
    body = styles().body
    risk_rows = [
        (chinese_date(r.recorded_on), risk_level_label(r.risk_level), ILLNESS_STATUS_LABELS[r.illness_status], r.source)
        for r in data.risk
    ]
    assessment_rows = [
        (
            chinese_date(a.assessed_on),
            ASSESSMENT_KIND_LABELS.get(a.kind, a.kind),
            a.instrument,
            "" if a.total is None else str(a.total),
            a.band,
            "" if a.risk_level is None else f"{a.risk_level} 级",
            a.assessor,
        )
        for a in data.assessments
    ]
    flowables: list[Flowable] = [
        *section_heading("四、服务周期与状态变更"),
        listing(
            ("日期", "周期", "状态变更", "原因", "依据"),
            [_step_row(step) for step in data.steps],
            [DATE_WIDTH, 11 * mm, 40 * mm, "*", 32 * mm],
            centred=(1,),
        ),
        *section_heading("五、危险性评估与病情记录"),
        listing(("日期", "危险性评估", "病情状况", "来源"), risk_rows, [DATE_WIDTH, 52 * mm, 20 * mm, "*"])
        if risk_rows
        else paragraph("没有危险性评估与病情记录；当前情况见“健康状况”。", body),
        *section_heading("六、评估记录（档案期间内）"),
        listing(
            ("日期", "类别", "量表", "总分", "结果", "危险性", "评估人"),
            assessment_rows,
            [DATE_WIDTH, 18 * mm, "*", 11 * mm, 32 * mm, 13 * mm, 16 * mm],
            centred=(3, 5),
        )
        if assessment_rows
        else paragraph("档案期间内没有评估记录。", body),
        *section_heading("七、康复计划（档案期间内有效的各版本）"),
    ]
    for plan in data.plans:
        flowables += _plan(plan)
    if not data.plans:
        flowables.append(paragraph("档案期间内没有康复计划。", body))
    return flowables


def _step_row(step: StatusStep) -> tuple[str, ...]:
    target = CLIENT_STATUS_LABELS[step.to_status]
    change = f"{CLIENT_STATUS_LABELS[step.from_status]} → {target}" if step.from_status else f"{target}（新周期）"
    if step.outcome is not None:
        change += f"（{CLOSING_OUTCOME_LABELS[step.outcome]}）"
    return chinese_date(step.changed_on), str(step.episode), change, step.reason, step.document


def _plan(plan: PlanLine) -> list[Flowable]:
    s = styles()
    facts = [
        f"第 {plan.version} 版（第 {plan.episode} 个服务周期）",
        PLAN_STATUS_LABELS.get(plan.status, plan.status),
        f"计划期：{chinese_date(plan.period_start)}至{chinese_date(plan.period_end)}",
    ]
    if plan.agreed_on:
        facts.append(f"本人/监护人同意：{chinese_date(plan.agreed_on)}")
    if plan.review_due:
        facts.append(f"阶段评估：{chinese_date(plan.review_due)}前")
    rows = [
        (
            GOAL_TERM_LABELS.get(goal.term, goal.term),
            f"{goal.goal}\n衡量：{goal.measure}" if goal.measure else goal.goal,
            "、".join(SERVICE_TYPE_LABELS[t] for t in goal.service_types),
            SERVICE_FORM_LABELS[goal.service_form],
            goal.frequency,
            goal.responsible,
            chinese_date(goal.target_date),
        )
        for goal in plan.goals
    ]
    return [
        paragraph("；".join(facts), s.body.clone("plan_facts", spaceBefore=4)),
        listing(
            ("期限", "目标", "服务类型", "形式", "频次", "负责人", "目标日期"),
            rows,
            [10 * mm, "*", 30 * mm, 19 * mm, 18 * mm, 15 * mm, DATE_WIDTH],
            centred=(0,),
        ),
    ]


def _receipt(referral: ReferralLine) -> str:
    if referral.receipt_date is not None:
        return chinese_date(referral.receipt_date)
    # Only a referral out waits for the other side to confirm; one in was received here.
    return "未确认" if referral.direction is ReferralDirection.OUT else ""


def link_sections(data: CaseFileData) -> list[Flowable]:
    body = styles().body
    referral_rows = [
        (
            chinese_date(r.referral_date),
            REFERRAL_DIRECTION_LABELS[r.direction],
            REFERRAL_KIND_LABELS[r.kind],
            r.organisation,
            r.reason,
            _receipt(r),
        )
        for r in data.referrals
    ]
    follow_up_rows = [
        (chinese_date(f.due_date), chinese_date(f.done_on) if f.done_on else "未完成", f.note) for f in data.follow_ups
    ]
    consent_rows = [
        (
            CONSENT_KIND_TITLES[c.kind],
            chinese_date(c.signed_on),
            SIGNER_LABELS[c.signer],
            f"已于{chinese_date(c.withdrawn_on)}撤回" if c.withdrawn_on else "有效",
        )
        for c in data.consents
    ]
    agreement_rows = [
        (a.number, f"{chinese_date(a.start)}至{chinese_date(a.end)}", AGREEMENT_STATUS_LABELS[a.status])
        for a in data.agreements
    ]
    return [
        *section_heading("九、转介与回访（档案期间内）"),
        listing(
            ("日期", "方向", "类别", "机构", "原因", "接收确认"),
            referral_rows,
            [DATE_WIDTH, 11 * mm, 24 * mm, 34 * mm, "*", DATE_WIDTH],
            centred=(1,),
        )
        if referral_rows
        else paragraph("档案期间内没有转介。", body),
        listing(("应回访日期", "完成日期", "回访情况"), follow_up_rows, [DATE_WIDTH, DATE_WIDTH, "*"])
        if follow_up_rows
        else paragraph("档案期间内没有回访安排。", body),
        *section_heading("十、知情同意与服务协议"),
        listing(("同意事项", "签署日期", "签署人", "状态"), consent_rows, ["*", DATE_WIDTH, 24 * mm, 38 * mm])
        if consent_rows
        else paragraph("没有签署的知情同意。", body),
        listing(("服务协议编号", "期限", "状态"), agreement_rows, [48 * mm, "*", 30 * mm])
        if agreement_rows
        else paragraph("没有服务协议。", body),
    ]
