"""Realistic input for the case file printout, and a year of day-programme services for timing it."""

from __future__ import annotations

from datetime import date, time, timedelta

from rehabdesk.documents.case_file_data import (
    AgreementLine,
    AssessmentLine,
    CaseFileCopy,
    CaseFileData,
    ClientRecord,
    ConsentLine,
    ContactLine,
    GoalLine,
    PlanLine,
    ReferralLine,
    RiskLine,
    ServiceLine,
    StatusStep,
)
from rehabdesk.domain.agreements import AgreementStatus
from rehabdesk.domain.consent import ConsentKind, Signer
from rehabdesk.domain.ids import IdType
from rehabdesk.domain.people import (
    Channel,
    ClientStatus,
    Diagnosis,
    Gender,
    IllnessStatus,
    LegalCapacity,
    MedicationAdherence,
    Relation,
)
from rehabdesk.domain.referrals import ReferralDirection, ReferralKind
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from tests.documents.samples import STATION

PRINTED_ON = date(2026, 11, 23)
ID_NUMBER = "11010819850314301X"
GUARDIAN_ID = "110108195803143025"

CLIENT = ClientRecord(
    case_number="HD0107-2026-0042",
    name="张晓明",
    gender=Gender.MALE,
    birth_date=date(1985, 3, 14),
    id_type=IdType.RESIDENT,
    id_number=ID_NUMBER,
    ethnicity="汉族",
    phone="13812345678",
    household_registration="北京市海淀区学院路街道",
    current_address="北京市海淀区学院路甲5号院3号楼2单元501室",
    living_situation="与父母同住",
    channel=Channel.MEDICAL_REFERRAL,
    responsible_worker="刘芳",
    diagnosis=Diagnosis.SCHIZOPHRENIA,
    diagnosing_hospital="北京大学第六医院",
    onset_date=date(2008, 6, 1),
    in_health_management=True,
    illness_status=IllnessStatus.BASICALLY_STABLE,
    risk_level=1,
    medication_adherence=MedicationAdherence.REGULAR,
    disability_level=2,
    low_income=True,
    extreme_poverty=False,
    legal_capacity=LegalCapacity.FULL,
)

STEPS = (
    StatusStep(1, date(2026, 1, 5), None, ClientStatus.APPLIED, "", ""),
    StatusStep(1, date(2026, 1, 5), ClientStatus.APPLIED, ClientStatus.REGISTERED, "", ""),
    StatusStep(1, date(2026, 1, 8), ClientStatus.REGISTERED, ClientStatus.ASSESSING, "医院转介，材料齐全", ""),
    StatusStep(1, date(2026, 1, 15), ClientStatus.ASSESSING, ClientStatus.ENROLLED, "", "初评 SDSS"),
    StatusStep(1, date(2026, 1, 20), ClientStatus.ENROLLED, ClientStatus.ACTIVE, "", "康复计划第1版"),
    StatusStep(1, date(2026, 6, 2), ClientStatus.ACTIVE, ClientStatus.SUSPENDED, "病情波动住院", "医院通知"),
    StatusStep(1, date(2026, 7, 1), ClientStatus.SUSPENDED, ClientStatus.ACTIVE, "出院，病情稳定", "出院小结"),
)


DAY_PROGRAMME = ((time(9), time(10, 30)), (time(14), time(15, 30)))
# Eight sessions a weekday: 2 000 services in a year, the size the printout must handle.
FULL_DAYS = tuple((time(hour), time(hour, 45)) for hour in (8, 9, 10, 11, 13, 14, 15, 16))


def services(
    count: int, sessions: tuple[tuple[time, time], ...] = DAY_PROGRAMME, start: date = date(2025, 12, 1)
) -> tuple[ServiceLine, ...]:
    """Day-programme sessions on weekdays, most of them in a group, some missed, with the odd home visit."""
    lines: list[ServiceLine] = []
    day = start
    while len(lines) < count:
        if day.weekday() < 5:
            for begin, end in sessions:
                visit = len(lines) % 17 == 5
                lines.append(
                    ServiceLine(
                        service_date=day,
                        start_time=begin,
                        end_time=end,
                        form=ServiceForm.HOME_VISIT if visit else ServiceForm.DAY_TRAINING,
                        service_types=(ServiceType.HOME_REHABILITATION,)
                        if visit
                        else (ServiceType.LIFE_SKILLS, ServiceType.SOCIAL_SKILLS),
                        group=not visit,
                        staff=("刘芳",) if visit else ("刘芳", "陈志远"),
                        attended=len(lines) % 11 != 3,
                        note="情绪平稳，主动参与" if len(lines) % 7 == 0 else "",
                    )
                )
        day += timedelta(days=1)
    return tuple(lines[:count])


CASE_FILE = CaseFileData(
    station=STATION,
    copy=CaseFileCopy.STATION,
    period_from=date(2025, 11, 24),
    period_to=PRINTED_ON,
    printed_on=PRINTED_ON,
    client=CLIENT,
    contacts=(
        ContactLine("张建国", Relation.PARENT, True, GUARDIAN_ID, "13900001111", "同住"),
        ContactLine("学院路社区居委会", Relation.VILLAGE_COMMITTEE, False, "", "010-62340000", ""),
    ),
    status=ClientStatus.ACTIVE,
    episode=1,
    status_since=date(2026, 7, 1),
    steps=STEPS,
    risk=(
        RiskLine(date(2026, 1, 15), 1, IllnessStatus.STABLE, "初评"),
        RiskLine(date(2026, 6, 1), 3, IllnessStatus.UNSTABLE, "家访发现"),
        RiskLine(date(2026, 7, 1), 1, IllnessStatus.BASICALLY_STABLE, "出院小结"),
    ),
    assessments=(
        AssessmentLine(date(2026, 1, 15), "intake", "社会功能缺陷筛选量表（SDSS）", 6, "存在社会功能缺陷", 1, "陈志远"),
        AssessmentLine(date(2026, 7, 10), "stage", "个人和社会功能量表（PSP）", 62, "中度", None, "陈志远"),
    ),
    plans=(
        PlanLine(
            version=1,
            episode=1,
            status="active",
            period_start=date(2026, 1, 20),
            period_end=date(2026, 12, 31),
            agreed_on=date(2026, 1, 20),
            review_due=date(2026, 7, 20),
            goals=(
                GoalLine(
                    "short",
                    "每周参加三次日间训练",
                    "出勤率不低于 80%",
                    (ServiceType.LIFE_SKILLS, ServiceType.SOCIAL_SKILLS),
                    ServiceForm.DAY_TRAINING,
                    "每周三次",
                    date(2026, 6, 30),
                    "刘芳",
                ),
                GoalLine(
                    "long",
                    "规律服药，一年内不复发住院",
                    "",
                    (ServiceType.MEDICATION_TRAINING, ServiceType.RELAPSE_PREVENTION),
                    ServiceForm.CASE_MANAGEMENT,
                    "每月一次",
                    date(2026, 12, 31),
                    "陈志远",
                ),
            ),
        ),
    ),
    services=services(40),
    referrals=(
        ReferralLine(
            date(2026, 6, 2),
            ReferralDirection.OUT,
            ReferralKind.HOSPITAL_GREEN_CHANNEL,
            "北京大学第六医院",
            "病情波动，危险性评估 3 级",
            date(2026, 6, 2),
        ),
    ),
    follow_ups=(),
    consents=(
        ConsentLine(ConsentKind.SERVICE, Signer.CLIENT, date(2026, 1, 12), None),
        ConsentLine(ConsentKind.SENSITIVE_DATA, Signer.CLIENT, date(2026, 1, 12), None),
        ConsentLine(ConsentKind.MEDIA, Signer.CLIENT, date(2026, 1, 12), date(2026, 5, 3)),
    ),
    agreements=(AgreementLine("HD0107-XY-2026-0042", date(2026, 1, 12), date(2027, 1, 11), AgreementStatus.ACTIVE),),
)
