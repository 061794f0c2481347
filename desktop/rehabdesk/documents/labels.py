"""The Chinese terms printed for domain codes. Printed wording lives with the documents, not in Qt translations:
a paper form reads the same whatever language the screen is in."""

from __future__ import annotations

from datetime import date

from rehabdesk.domain.agreements import FundingSource
from rehabdesk.domain.consent import ConsentKind, Signer
from rehabdesk.domain.people import Gender, Relation, is_relative
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType

CONSENT_KIND_TITLES: dict[ConsentKind, str] = {
    ConsentKind.SERVICE: "接受康复服务知情同意",
    ConsentKind.SENSITIVE_DATA: "收集和使用健康信息（敏感个人信息）单独同意",
    ConsentKind.DATA_PROVISION: "向其他单位提供个人信息单独同意",
    ConsentKind.MEDIA: "拍照、录音和录像单独同意",
    ConsentKind.EMERGENCY: "紧急情况授权",
}

SIGNER_LABELS: dict[Signer, str] = {
    Signer.CLIENT: "本人",
    Signer.GUARDIAN: "监护人",
    Signer.BOTH: "本人及监护人",
}

GENDER_LABELS: dict[Gender, str] = {
    Gender.MALE: "男",
    Gender.FEMALE: "女",
}

RELATION_LABELS: dict[Relation, str] = {
    Relation.SPOUSE: "配偶",
    Relation.PARENT: "父母",
    Relation.ADULT_CHILD: "成年子女",
    Relation.OTHER_RELATIVE: "其他近亲属",
    Relation.VILLAGE_COMMITTEE: "村（居）委会",
    Relation.CIVIL_AFFAIRS: "民政部门",
    Relation.OTHER: "其他",
}

# Who the second signer is: 监护人 only for the legal guardian; a relative who is not is 家属, anyone else 联系人.
# A blank form leaves the choice to the person filling it in.
GUARDIAN_ROLE, RELATIVE_ROLE, CONTACT_ROLE, BLANK_ROLE = "监护人", "家属", "联系人", "监护人/家属"


def relation_text(relation: Relation, word: str = "") -> str:
    """The relation as written (父亲, 女儿) where the coordinator wrote one, else its category (配偶, 父母 …)."""
    return word or RELATION_LABELS[relation]


def role_of(is_legal_guardian: bool, relation: Relation) -> str:
    if is_legal_guardian:
        return GUARDIAN_ROLE
    return RELATIVE_ROLE if is_relative(relation) else CONTACT_ROLE


FUNDING_LABELS: dict[FundingSource, str] = {
    FundingSource.GOVERNMENT: "政府购买/免费",
    FundingSource.SELF_PAID: "自费",
    FundingSource.SUBSIDISED: "补贴",
}

SERVICE_TYPE_LABELS: dict[ServiceType, str] = {
    ServiceType.MEDICATION_TRAINING: "服药训练",
    ServiceType.RELAPSE_PREVENTION: "预防复发训练",
    ServiceType.PHYSICAL_HEALTH: "躯体管理训练",
    ServiceType.LIFE_SKILLS: "生活技能训练",
    ServiceType.SOCIAL_SKILLS: "社交技能训练",
    ServiceType.VOCATIONAL: "职业康复训练",
    ServiceType.PSYCHOLOGICAL: "心理康复/心理疏导",
    ServiceType.PEER_SUPPORT: "同伴支持",
    ServiceType.FAMILY_SUPPORT: "家庭支持/家属培训",
    ServiceType.HOME_REHABILITATION: "居家康复指导",
    ServiceType.HEALTH_EDUCATION: "健康教育",
    ServiceType.RECREATION: "文体娱乐",
    ServiceType.COMMUNITY_INTEGRATION: "社区融入",
}

SERVICE_FORM_LABELS: dict[ServiceForm, str] = {
    ServiceForm.CASE_MANAGEMENT: "个案管理",
    ServiceForm.GROUP_WORK: "小组工作",
    ServiceForm.DAY_TRAINING: "日间训练/照料",
    ServiceForm.TRANSITIONAL_HOUSING: "过渡性住宿",
    ServiceForm.HOME_VISIT: "居家支持/家访",
    ServiceForm.PHONE_FOLLOW_UP: "电话随访",
    ServiceForm.COMMUNITY_ACTIVITY: "社区活动",
}


def chinese_date(day: date) -> str:
    """2026-11-03 → '2026年11月3日', as dates are written on Chinese forms.

    Built by hand: strftime with non-ASCII text in the format fails on some Windows set-ups."""
    return f"{day.year}年{day.month}月{day.day}日"
