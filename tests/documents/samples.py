"""Realistic input for the consent form, the service agreement and the fee schedule (tests and benchmark).

Only data: the benchmark imports this in a fresh process and times it, so nothing heavy is imported here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rehabdesk.documents.forms import (
    AgreementFormData,
    ClientOnForm,
    ConsentChoice,
    ConsentFormData,
    FeeItemOnForm,
    FeeScheduleData,
    GuardianOnForm,
    StationOnForm,
)
from rehabdesk.documents.templates import default_template
from rehabdesk.domain.agreements import FeeLine, FundingSource
from rehabdesk.domain.consent import ConsentKind, Signer
from rehabdesk.domain.people import Gender, Relation
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType

STATION = StationOnForm(
    name="海淀区学院路街道精神康复站",
    code="HD0107",
    address="北京市海淀区学院路甲5号院2号楼1层",
    contact_phone="010-62345678",
    head_name="王建国",
    operator_name="北京康宁社会工作服务中心",
)
CLIENT = ClientOnForm(
    name="张晓明",
    case_number="HD0107-2026-0042",
    gender=Gender.MALE,
    birth_date=date(1985, 3, 14),
    id_number="11010819850314301X",
    phone="13812345678",
    address="北京市海淀区学院路街道志新村小区8号楼3单元502",
)
GUARDIAN = GuardianOnForm(
    name="李秀兰",
    relation=Relation.PARENT,
    is_legal_guardian=True,
    id_number="110108195803143028",
    phone="13987654321",
)
ALL_KINDS = tuple(ConsentChoice(kind) for kind in ConsentKind)

CONSENT = ConsentFormData(
    station=STATION,
    template=default_template("consent"),
    number="HD0107-TY-2026-0007",
    client=CLIENT,
    guardian=GUARDIAN,
    choices=ALL_KINDS,
    printed_on=date(2026, 11, 23),
)
BLANK_CONSENT = replace(CONSENT, number="", client=None, guardian=None)
SIGNED_CONSENT = replace(
    CONSENT,
    choices=(
        ConsentChoice(ConsentKind.SERVICE, granted=True),
        ConsentChoice(ConsentKind.SENSITIVE_DATA, granted=True),
        ConsentChoice(ConsentKind.DATA_PROVISION, granted=True, withdrawn_on=date(2026, 12, 1)),
        ConsentChoice(ConsentKind.MEDIA, granted=False),
        ConsentChoice(ConsentKind.EMERGENCY, granted=True),
    ),
    signer=Signer.BOTH,
    signed_on=date(2026, 11, 25),
    witness_name="刘芳",
)

FEE_LINES = (
    FeeLine("日间康复训练", "次", 96, 0, FundingSource.GOVERNMENT),
    FeeLine("午餐", "餐", 96, 1500, FundingSource.SELF_PAID),
    FeeLine("手工材料费", "月", 12, 2050, FundingSource.SELF_PAID),
    FeeLine("职业康复技能培训", "期", 1, 80000, FundingSource.SUBSIDISED),
)
# 96 × 15.00 + 12 × 20.50 + 800.00 = 1,440.00 + 246.00 + 800.00
GRAND_TOTAL_YUAN = "2,486.00"
SELF_PAID_TOTAL_YUAN = "1,686.00"

AGREEMENT = AgreementFormData(
    station=STATION,
    template=default_template("agreement"),
    number="HD0107-XY-2026-0012",
    client=CLIENT,
    guardian=GUARDIAN,
    service_types=(ServiceType.MEDICATION_TRAINING, ServiceType.SOCIAL_SKILLS, ServiceType.VOCATIONAL),
    service_forms=(ServiceForm.DAY_TRAINING, ServiceForm.GROUP_WORK, ServiceForm.HOME_VISIT),
    place="本站活动室及康复对象家中",
    schedule="每周一、三、五上午9:00—11:30到站训练；每月家访一次",
    start=date(2026, 12, 1),
    end=date(2027, 11, 30),
    fee_lines=FEE_LINES,
    printed_on=date(2026, 11, 23),
)
BLANK_AGREEMENT = replace(
    AGREEMENT,
    number="",
    client=None,
    guardian=None,
    service_types=(),
    service_forms=(),
    place="",
    schedule="",
    start=None,
    end=None,
    fee_lines=(),
)

FEE_ITEMS = (
    FeeItemOnForm("日间康复训练", "次", 0, FundingSource.GOVERNMENT),
    FeeItemOnForm("个案管理与家访", "次", 0, FundingSource.GOVERNMENT),
    FeeItemOnForm("午餐", "餐", 1500, FundingSource.SELF_PAID),
    FeeItemOnForm("手工材料费", "月", 2050, FundingSource.SELF_PAID),
    FeeItemOnForm("职业康复技能培训", "期", 80000, FundingSource.SUBSIDISED),
    FeeItemOnForm("过渡性住宿", "月", 123450, FundingSource.SELF_PAID),
)
FEES = FeeScheduleData(
    station=STATION,
    template=default_template("fees"),
    items=FEE_ITEMS,
    printed_on=date(2026, 11, 23),
)
