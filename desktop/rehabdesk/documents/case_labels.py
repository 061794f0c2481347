"""The Chinese terms printed on the case file for domain codes (see labels.py for why they live with the
documents). Terms follow DOMAIN.md §2–4 and the ones the screens use."""

from __future__ import annotations

from rehabdesk.domain.agreements import AgreementStatus
from rehabdesk.domain.ids import IdType
from rehabdesk.domain.lifecycle import ClosingOutcome
from rehabdesk.domain.people import (
    Channel,
    ClientStatus,
    Diagnosis,
    IllnessStatus,
    LegalCapacity,
    MedicationAdherence,
)
from rehabdesk.domain.referrals import ReferralDirection, ReferralKind

CLIENT_STATUS_LABELS: dict[ClientStatus, str] = {
    ClientStatus.APPLIED: "申请",
    ClientStatus.REGISTERED: "初核登记",
    ClientStatus.ASSESSING: "需求评估",
    ClientStatus.NOT_ELIGIBLE: "不符合条件",
    ClientStatus.WAITLISTED: "等候",
    ClientStatus.ENROLLED: "签约入组",
    ClientStatus.ACTIVE: "在册服务",
    ClientStatus.SUSPENDED: "暂停",
    ClientStatus.CLOSED: "结案",
    ClientStatus.FOLLOW_UP: "回访",
    ClientStatus.ARCHIVED: "归档",
    ClientStatus.WITHDRAWN: "已退出",
}

CLOSING_OUTCOME_LABELS: dict[ClosingOutcome, str] = {
    ClosingOutcome.JOB_PLACEMENT: "推荐就业",
    ClosingOutcome.SHELTERED_WORK: "公益性/庇护性就业",
    ClosingOutcome.OTHER_COMMUNITY_SERVICE: "转其他社区康复服务",
    ClosingOutcome.COMMUNITY_LIVING: "返回社区居住",
    ClosingOutcome.RELAPSE_TO_HOSPITAL: "复发转医疗",
    ClosingOutcome.MOVED_AWAY: "迁居转出",
    ClosingOutcome.WITHDREW: "主动退出",
    ClosingOutcome.LOST_CONTACT: "失联",
    ClosingOutcome.DIED: "死亡",
}

ID_TYPE_LABELS: dict[IdType, str] = {
    IdType.RESIDENT: "居民身份证",
    IdType.PASSPORT: "护照",
    IdType.HK_MACAU_PERMIT: "港澳居民来往内地通行证",
    IdType.TAIWAN_PERMIT: "台湾居民来往大陆通行证",
    IdType.FOREIGN_PERMANENT_RESIDENT: "外国人永久居留身份证",
}

DIAGNOSIS_LABELS: dict[Diagnosis, str] = {
    Diagnosis.SCHIZOPHRENIA: "精神分裂症",
    Diagnosis.SCHIZOAFFECTIVE: "分裂情感性障碍",
    Diagnosis.PERSISTENT_DELUSIONAL: "偏执性精神病（持久妄想性障碍）",
    Diagnosis.BIPOLAR: "双相（情感）障碍",
    Diagnosis.EPILEPSY_PSYCHOSIS: "癫痫所致精神障碍",
    Diagnosis.INTELLECTUAL_DISABILITY_PSYCHOSIS: "精神发育迟滞伴发精神障碍",
    Diagnosis.DEPRESSION: "抑郁症",
    Diagnosis.AUTISM_SPECTRUM: "孤独症谱系障碍",
    Diagnosis.OTHER: "其他",
}

ILLNESS_STATUS_LABELS: dict[IllnessStatus, str] = {
    IllnessStatus.STABLE: "稳定",
    IllnessStatus.BASICALLY_STABLE: "基本稳定",
    IllnessStatus.UNSTABLE: "不稳定",
}

MEDICATION_LABELS: dict[MedicationAdherence, str] = {
    MedicationAdherence.REGULAR: "规律",
    MedicationAdherence.INTERMITTENT: "间断",
    MedicationAdherence.NONE: "不服药",
}

LEGAL_CAPACITY_LABELS: dict[LegalCapacity, str] = {
    LegalCapacity.FULL: "完全民事行为能力",
    LegalCapacity.LIMITED: "限制民事行为能力",
    LegalCapacity.NONE: "无民事行为能力",
}

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.SELF_OR_GUARDIAN: "本人/监护人申请",
    Channel.MEDICAL_REFERRAL: "医疗机构转介",
    Channel.COMMUNITY: "村居委会、社会组织、个人发现",
    Channel.TRANSFER_IN: "其他站点转入",
}

# 危险性评估 levels 0–5, shortened for a table cell (DOMAIN.md §4).
RISK_LEVEL_LABELS: tuple[str, ...] = (
    "0 级（无下列行为）",
    "1 级（口头威胁、喊叫）",
    "2 级（在家打砸，能被劝止）",
    "3 级（明显打砸，不能劝止）",
    "4 级（持续暴力或自伤自杀）",
    "5 级（持械伤人、纵火、爆炸）",
)

DISABILITY_LEVEL_LABELS: dict[int, str] = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}

ASSESSMENT_KIND_LABELS: dict[str, str] = {
    "intake": "初评",
    "stage": "阶段评估",
    "closing": "结案评估",
    "referral": "转介评估",
}

PLAN_STATUS_LABELS: dict[str, str] = {
    "draft": "草稿",
    "active": "执行中",
    "superseded": "已被替代",
    "closed": "已结束",
}

GOAL_TERM_LABELS: dict[str, str] = {"long": "长期", "short": "短期"}

REFERRAL_DIRECTION_LABELS: dict[ReferralDirection, str] = {
    ReferralDirection.IN: "转入",
    ReferralDirection.OUT: "转出",
}

REFERRAL_KIND_LABELS: dict[ReferralKind, str] = {
    ReferralKind.HOSPITAL_GREEN_CHANNEL: "医院绿色通道",
    ReferralKind.EMPLOYMENT: "就业",
    ReferralKind.SHELTERED_WORK: "庇护性就业",
    ReferralKind.COMMUNITY_SERVICE: "其他社区服务",
    ReferralKind.TRANSFER: "转至其他站点",
}

AGREEMENT_STATUS_LABELS: dict[AgreementStatus, str] = {
    AgreementStatus.DRAFT: "草稿（未签署）",
    AgreementStatus.ACTIVE: "有效",
    AgreementStatus.EXPIRED: "已到期",
    AgreementStatus.TERMINATED: "已终止",
}


def risk_level_label(level: int) -> str:
    return RISK_LEVEL_LABELS[level] if 0 <= level < len(RISK_LEVEL_LABELS) else f"{level} 级"
