"""Enumerations for clients, guardians and staff (DOMAIN.md §3-4). Stored as these English codes; the UI shows
the Chinese terms staff use."""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import TypeVar

from rehabdesk.domain.errors import ValidationError

E = TypeVar("E", bound=StrEnum)


def parse_choice(kind: type[E], value: str, field: str) -> E:
    """A value from a list (a form's combo box, an import column) as its enumeration member."""
    try:
        return kind(value)
    except ValueError:
        raise ValidationError("choice_invalid", field) from None


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class Diagnosis(StrEnum):
    SCHIZOPHRENIA = "schizophrenia"  # 精神分裂症
    SCHIZOAFFECTIVE = "schizoaffective"  # 分裂情感性障碍
    PERSISTENT_DELUSIONAL = "persistent_delusional"  # 偏执性精神病（持久妄想性障碍）
    BIPOLAR = "bipolar"  # 双相（情感）障碍
    EPILEPSY_PSYCHOSIS = "epilepsy_psychosis"  # 癫痫所致精神障碍
    INTELLECTUAL_DISABILITY_PSYCHOSIS = "intellectual_disability_psychosis"  # 精神发育迟滞伴发精神障碍
    DEPRESSION = "depression"  # 抑郁症
    AUTISM_SPECTRUM = "autism_spectrum"  # 孤独症谱系
    OTHER = "other"  # 其他


SEVERE_DISORDERS = frozenset(list(Diagnosis)[:6])


class IllnessStatus(StrEnum):
    STABLE = "stable"  # 稳定
    BASICALLY_STABLE = "basically_stable"  # 基本稳定
    UNSTABLE = "unstable"  # 不稳定


class MedicationAdherence(StrEnum):
    REGULAR = "regular"  # 规律
    INTERMITTENT = "intermittent"  # 间断
    NONE = "none"  # 不服药


class LegalCapacity(StrEnum):
    FULL = "full"  # 完全民事行为能力
    LIMITED = "limited"  # 限制民事行为能力
    NONE = "none"  # 无民事行为能力


class Relation(StrEnum):
    SPOUSE = "spouse"  # 配偶
    PARENT = "parent"  # 父母
    ADULT_CHILD = "adult_child"  # 成年子女
    OTHER_RELATIVE = "other_relative"  # 其他近亲属
    VILLAGE_COMMITTEE = "village_committee"  # 村居委会
    CIVIL_AFFAIRS = "civil_affairs"  # 民政部门
    OTHER = "other"  # 其他


# What a coordinator writes for the actual relation (父亲, 女儿 …) is stored as typed, in place of the category
# code; the category it belongs to is derived. 近亲属 as 民法典 第1045条 lists them; anything else is 其他.
_KIN_CATEGORIES: dict[Relation, tuple[str, ...]] = {
    Relation.SPOUSE: ("配偶", "丈夫", "妻子", "爱人", "老伴"),
    Relation.PARENT: ("父母", "父亲", "母亲", "爸爸", "妈妈", "继父", "继母", "养父", "养母"),
    Relation.ADULT_CHILD: ("子女", "儿子", "女儿", "继子", "继女", "养子", "养女", "儿媳", "女婿"),
    Relation.OTHER_RELATIVE: (
        "兄弟姐妹", "兄弟", "姐妹", "哥哥", "弟弟", "姐姐", "妹妹",
        "祖父母", "祖父", "祖母", "爷爷", "奶奶", "外祖父母", "外祖父", "外祖母", "外公", "外婆",
        "孙子女", "孙子", "孙女", "外孙子女", "外孙", "外孙女",
    ),
    Relation.VILLAGE_COMMITTEE: ("村委会", "居委会", "村（居）委会"),
    Relation.CIVIL_AFFAIRS: ("民政部门", "民政局"),
}  # fmt: skip
_CATEGORY_OF_WORD = {word: category for category, words in _KIN_CATEGORIES.items() for word in words}
RELATION_WORD_MAX = 10


def relation_category(stored: str) -> Relation:
    """The category of a stored relation: a category code itself, or the category a written relation falls in."""
    try:
        return Relation(stored)
    except ValueError:
        return _CATEGORY_OF_WORD.get(stored, Relation.OTHER)


def relation_word(stored: str) -> str:
    """The relation as written (父亲, 女儿); "" where only a category was chosen."""
    return "" if stored in Relation._value2member_map_ else stored


def is_relative(category: Relation) -> bool:
    """Family (家属), as opposed to a committee, an office or another contact person."""
    return category in (Relation.SPOUSE, Relation.PARENT, Relation.ADULT_CHILD, Relation.OTHER_RELATIVE)


def parse_relation(value: str, field: str) -> str:
    """A category code from a list, or the actual relation as a coordinator writes it (父亲, 女儿, 舅舅). A word
    in Latin letters is a mistyped code, not a relation."""
    text = unicodedata.normalize("NFC", (value or "").strip())
    if not text:
        raise ValidationError("required", field)
    if text in Relation._value2member_map_:
        return text
    if text.isascii():
        raise ValidationError("choice_invalid", field)
    if len(text) > RELATION_WORD_MAX:
        raise ValidationError("too_long", field, maximum=RELATION_WORD_MAX)
    return text


class Channel(StrEnum):
    SELF_OR_GUARDIAN = "self_or_guardian"  # 本人/监护人申请
    MEDICAL_REFERRAL = "medical_referral"  # 医疗机构转介
    COMMUNITY = "community"  # 村居委会、社会组织、个人发现
    TRANSFER_IN = "transfer_in"  # 其他站点转入


class ClientStatus(StrEnum):
    APPLIED = "applied"
    REGISTERED = "registered"
    ASSESSING = "assessing"
    NOT_ELIGIBLE = "not_eligible"
    WAITLISTED = "waitlisted"
    ENROLLED = "enrolled"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"
    FOLLOW_UP = "follow_up"
    ARCHIVED = "archived"
    WITHDRAWN = "withdrawn"


class Profession(StrEnum):
    PSYCHIATRIST = "psychiatrist"  # 精神科医师
    PSYCHIATRIC_NURSE = "psychiatric_nurse"  # 精神科护士
    SOCIAL_WORKER = "social_worker"  # 社会工作者
    PSYCHOTHERAPIST = "psychotherapist"  # 心理治疗师/咨询师
    REHAB_THERAPIST = "rehab_therapist"  # 康复治疗师
    VOCATIONAL_INSTRUCTOR = "vocational_instructor"  # 职业指导员
    PEER_SUPPORTER = "peer_supporter"  # 同伴支持员
    VOLUNTEER = "volunteer"  # 志愿者
    ADMINISTRATIVE = "administrative"  # 行政


class RelevantDegree(StrEnum):
    NONE = "none"
    MENTAL_HEALTH = "mental_health"  # 精神卫生
    SOCIAL_WORK = "social_work"  # 社会工作
    PSYCHOLOGY = "psychology"  # 心理


class EmploymentType(StrEnum):
    FULL_TIME = "full_time"  # 专职
    PART_TIME = "part_time"  # 兼职
    PURCHASED = "purchased"  # 购买服务
    VOLUNTEER = "volunteer"  # 志愿者


MAX_RISK_LEVEL = 5
ADULT_AGE = 18
