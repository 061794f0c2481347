"""The client list's columns: each importable field, the template's headers and example row, the header texts
staff commonly use for each column, and the Chinese terms accepted for each enumeration.

The terms are plain data (DOMAIN.md §3-4), independent of the UI's translations; the stored codes themselves are
accepted too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rehabdesk.domain.ids import IdType
from rehabdesk.domain.people import (
    Channel,
    Diagnosis,
    Gender,
    IllnessStatus,
    LegalCapacity,
    MedicationAdherence,
    Relation,
)


@dataclass(frozen=True)
class ImportField:
    key: str
    required: bool
    kind: str  # "text", "date", "choice", "flag", "risk"
    target: str  # the field name ClientInput validation uses, so problems name the same field as the form's
    choices: type[StrEnum] | None = None


def _f(key: str, kind: str = "text", *, required: bool = False, choices: type[StrEnum] | None = None) -> ImportField:
    target = f"guardians.0.{_GUARDIAN_TARGETS[key]}" if key.startswith("guardian_") else key
    return ImportField(key, required, kind, target, choices)


_GUARDIAN_TARGETS = {
    "guardian_name": "name",
    "guardian_relation": "relation",
    "guardian_is_legal": "is_legal_guardian",
    "guardian_phone": "phone",
    "guardian_id_number": "id_number",
    "guardian_address": "address",
}

IMPORT_FIELDS: tuple[ImportField, ...] = (
    _f("name", required=True),
    _f("id_type", "choice", choices=IdType),
    _f("id_number", required=True),
    _f("gender", "choice", choices=Gender),
    _f("birth_date", "date"),
    _f("ethnicity"),
    _f("phone"),
    _f("household_registration"),
    _f("county_code"),
    _f("current_address"),
    _f("living_situation"),
    _f("diagnosis", "choice", required=True, choices=Diagnosis),
    _f("diagnosing_hospital"),
    _f("onset_date", "date"),
    _f("illness_status", "choice", choices=IllnessStatus),
    _f("risk_level", "risk"),
    _f("medication_adherence", "choice", choices=MedicationAdherence),
    _f("legal_capacity", "choice", choices=LegalCapacity),
    _f("channel", "choice", choices=Channel),
    _f("low_income", "flag"),
    _f("extreme_poverty", "flag"),
    _f("case_number"),
    _f("guardian_name", required=True),
    _f("guardian_relation", "choice", required=True, choices=Relation),
    _f("guardian_is_legal", "flag"),
    _f("guardian_phone"),
    _f("guardian_id_number"),
    _f("guardian_address"),
)
FIELDS_BY_KEY = {f.key: f for f in IMPORT_FIELDS}

# The template's headers; a trailing * marks a column that must be filled.
TEMPLATE_HEADERS: dict[str, str] = {
    "name": "姓名*",
    "id_type": "证件类型",
    "id_number": "身份证号码*",
    "gender": "性别",
    "birth_date": "出生日期",
    "ethnicity": "民族",
    "phone": "联系电话",
    "household_registration": "户籍地址",
    "county_code": "县区行政区划代码",
    "current_address": "现住址",
    "living_situation": "居住情况",
    "diagnosis": "疾病诊断*",
    "diagnosing_hospital": "确诊医院",
    "onset_date": "发病日期",
    "illness_status": "病情状况",
    "risk_level": "危险性评估等级",
    "medication_adherence": "服药情况",
    "legal_capacity": "民事行为能力",
    "channel": "来源渠道",
    "low_income": "是否低保",
    "extreme_poverty": "是否特困",
    "case_number": "档案编号",
    "guardian_name": "监护人姓名*",
    "guardian_relation": "与康复对象关系*",
    "guardian_is_legal": "是否法定监护人",
    "guardian_phone": "监护人电话",
    "guardian_id_number": "监护人身份证号码",
    "guardian_address": "监护人地址",
}

TEMPLATE_EXAMPLE: dict[str, str] = {
    "name": "示例：张三",
    "id_type": "居民身份证",
    "id_number": "110105198005060012",
    "gender": "男",
    "birth_date": "1980-05-06",
    "ethnicity": "汉族",
    "phone": "13812345678",
    "household_registration": "北京市朝阳区",
    "county_code": "110105",
    "current_address": "北京市朝阳区某街道某社区 1 号",
    "living_situation": "与父母同住",
    "diagnosis": "精神分裂症",
    "diagnosing_hospital": "北京安定医院",
    "onset_date": "2005-03-01",
    "illness_status": "稳定",
    "risk_level": "0",
    "medication_adherence": "规律",
    "legal_capacity": "完全民事行为能力",
    "channel": "本人/监护人申请",
    "low_income": "否",
    "extreme_poverty": "否",
    "case_number": "",
    "guardian_name": "张大山",
    "guardian_relation": "父母",
    "guardian_is_legal": "否",
    "guardian_phone": "13912345678",
    "guardian_id_number": "",
    "guardian_address": "同上",
}

# Header texts staff use, normalised (see _normalise_header). The template's own headers are added below.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "康复对象姓名", "患者姓名", "服务对象姓名", "名字"),
    "id_type": ("证件类型", "证件种类"),
    "id_number": ("身份证号", "身份证号码", "证件号码", "证件号", "公民身份号码", "身份证"),
    "gender": ("性别",),
    "birth_date": ("出生日期", "出生年月日", "生日", "出生年月"),
    "ethnicity": ("民族",),
    "phone": ("联系电话", "电话", "手机", "手机号", "手机号码", "本人电话", "本人联系电话"),
    "household_registration": ("户籍地", "户籍地址", "户籍", "户口所在地"),
    "county_code": ("县区代码", "行政区划代码", "区县代码", "县区行政区划代码"),
    "current_address": ("现住址", "居住地址", "现居住地址", "家庭住址", "住址", "现住地址"),
    "living_situation": ("居住情况", "居住状况"),
    "diagnosis": ("诊断", "疾病诊断", "目前诊断", "诊断名称", "疾病名称"),
    "diagnosing_hospital": ("确诊医院", "诊断医院", "确诊机构"),
    "onset_date": ("发病日期", "初次发病时间", "发病时间", "首次发病时间"),
    "illness_status": ("病情状况", "病情", "目前病情"),
    "risk_level": ("危险性评估", "危险等级", "危险性评估等级", "危险性等级", "危险性"),
    "medication_adherence": ("服药情况", "服药依从性", "服药"),
    "legal_capacity": ("民事行为能力",),
    "channel": ("来源渠道", "来源", "转介渠道", "申请渠道"),
    "low_income": ("是否低保", "低保"),
    "extreme_poverty": ("是否特困", "特困"),
    "case_number": ("档案编号", "档案号", "编号", "病历号"),
    "guardian_name": ("监护人姓名", "监护人", "联系人", "联系人姓名"),
    "guardian_relation": ("与康复对象关系", "关系", "与患者关系", "与本人关系", "监护人关系"),
    "guardian_is_legal": ("是否法定监护人", "法定监护人"),
    "guardian_phone": ("监护人电话", "监护人联系电话", "联系人电话", "监护人手机"),
    "guardian_id_number": ("监护人身份证号", "监护人身份证号码", "监护人证件号码"),
    "guardian_address": ("监护人地址", "监护人住址", "联系人地址"),
}

CHOICE_TERMS: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    Gender: {"male": ("男", "男性", "m"), "female": ("女", "女性", "f")},
    IdType: {
        "resident": ("居民身份证", "身份证", "二代身份证"),
        "passport": ("护照",),
        "hk_macau_permit": ("港澳居民来往内地通行证", "港澳通行证", "回乡证"),
        "taiwan_permit": ("台湾居民来往大陆通行证", "台胞证"),
        "foreign_permanent_resident": ("外国人永久居留证",),
    },
    Diagnosis: {
        "schizophrenia": ("精神分裂症",),
        "schizoaffective": ("分裂情感性障碍", "分裂情感障碍"),
        "persistent_delusional": ("偏执性精神病(持久妄想性障碍)", "偏执性精神病", "持久妄想性障碍"),
        "bipolar": ("双相(情感)障碍", "双相情感障碍", "双相障碍"),
        "epilepsy_psychosis": ("癫痫所致精神障碍",),
        "intellectual_disability_psychosis": ("精神发育迟滞伴发精神障碍",),
        "depression": ("抑郁症",),
        "autism_spectrum": ("孤独症谱系", "孤独症谱系障碍", "孤独症", "自闭症"),
        "other": ("其他",),
    },
    IllnessStatus: {"stable": ("稳定",), "basically_stable": ("基本稳定",), "unstable": ("不稳定",)},
    MedicationAdherence: {
        "regular": ("规律", "规律服药"),
        "intermittent": ("间断", "间断服药"),
        "none": ("不服药", "未服药"),
    },
    LegalCapacity: {
        "full": ("完全民事行为能力", "完全"),
        "limited": ("限制民事行为能力", "限制"),
        "none": ("无民事行为能力", "无"),
    },
    Relation: {
        "spouse": ("配偶", "丈夫", "妻子", "夫妻"),
        "parent": ("父母", "父亲", "母亲", "父", "母"),
        "adult_child": ("成年子女", "子女", "儿子", "女儿"),
        "other_relative": ("其他近亲属", "近亲属", "兄弟姐妹", "祖父母", "外祖父母", "孙子女", "外孙子女"),
        "village_committee": ("村居委会", "村委会", "居委会", "村(居)委会"),
        "civil_affairs": ("民政部门", "民政"),
        "other": ("其他",),
    },
    Channel: {
        "self_or_guardian": ("本人/监护人申请", "本人或监护人申请", "本人申请", "监护人申请", "自主申请"),
        "medical_referral": ("医疗机构转介", "医院转介", "医疗转介"),
        "community": ("村居委会、社会组织、个人发现", "社区发现", "村居委会发现", "社会组织发现", "个人发现"),
        "transfer_in": ("其他站点转入", "站点转入", "转入"),
    },
}
