"""Realistic input for the training record, the training summary and the drill record.

Compliance is computed by the domain from the same courses the record lists, as the services do."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rehabdesk.documents.training_forms import (
    ActionLine,
    DrillRecord,
    SummaryRow,
    TrainingLine,
    TrainingSummary,
    WorkerTrainingRecord,
)
from rehabdesk.domain.people import Profession, RelevantDegree
from rehabdesk.domain.safety import ActionStatus, DrillScenario
from rehabdesk.domain.training import Compliance, CourseFact, TrainingType, compliance
from tests.documents.samples import STATION

YEAR = 2026
PRINTED_ON = date(2026, 11, 23)

# Counted: 8 + 2.5 + 2 = 12.5 h; the safety course (3 h) is kept but does not count.
LINES = (
    TrainingLine(
        date(2026, 3, 10),
        date(2026, 3, 11),
        "区级精神卫生社会工作集中培训（第一期）",
        TrainingType.BLOCK,
        "海淀区民政局",
        480,
        True,
        "HDMZ-2026-0315",
    ),
    TrainingLine(
        date(2026, 5, 20),
        date(2026, 5, 20),
        "个案管理跟踪督导",
        TrainingType.SUPERVISION,
        "北京康宁社会工作服务中心",
        150,
        True,
        "",
    ),
    TrainingLine(
        date(2026, 6, 12),
        date(2026, 6, 12),
        "消防安全与疏散演练培训",
        TrainingType.SAFETY,
        "学院路街道办事处",
        180,
        False,
        "",
    ),
    TrainingLine(
        date(2026, 9, 8),
        date(2026, 9, 8),
        "职业康复技能训练方法",
        TrainingType.VOCATIONAL,
        "北京市精神卫生保健所",
        120,
        True,
        "JWS-ZY-0908-17",
    ),
)
ASSESSOR_COURSE = TrainingLine(
    date(2026, 10, 15),
    date(2026, 10, 16),
    "精神障碍社区康复需求评估能力培训",
    TrainingType.ASSESSOR,
    "北京市民政局",
    450,
    True,
    "BJMZ-PG-2026-0088",
)

# Assessor training of an earlier year: the worker is trained, but its hours count toward 2024.
ASSESSOR_COURSE_2024 = replace(ASSESSOR_COURSE, start_date=date(2024, 5, 9), end_date=date(2024, 5, 10))


def worker_compliance(
    lines: tuple[TrainingLine, ...],
    *,
    year: int = YEAR,
    start: date = date(2019, 4, 1),
    end: date | None = None,
    direct_service: bool = True,
    assessor: bool = False,
) -> Compliance:
    return compliance(
        year,
        start=start,
        end=end,
        direct_service=direct_service,
        assessor=assessor,
        courses=[CourseFact(line.end_date, line.minutes, line.counts, line.kind) for line in lines],
        today=PRINTED_ON,
    )


# 12.5 of 20 hours, and an assessor without assessor training.
RECORD = WorkerTrainingRecord(
    station=STATION,
    year=YEAR,
    staff_number="HD0107-S03",
    name="刘芳",
    profession=Profession.SOCIAL_WORKER,
    start_date=date(2019, 4, 1),
    end_date=None,
    lines=LINES,
    compliance=worker_compliance(LINES, assessor=True),
    annual_hours=20,
    printed_on=PRINTED_ON,
)
# 12.5 + 7.5 = 20 hours exactly, assessor trained.
COMPLIANT_RECORD = replace(
    RECORD,
    lines=(*LINES, ASSESSOR_COURSE),
    compliance=worker_compliance((*LINES, ASSESSOR_COURSE), assessor=True),
)
# From 1 July: 184 of 365 days; 20 h × 184 ÷ 365 = 10.08 h, rounded up to 10.5 h. Done: 8 + 2 = 10 h, 0.5 short.
LATE_LINES = (
    replace(LINES[0], start_date=date(2026, 7, 6), end_date=date(2026, 7, 7)),
    LINES[3],
)
PRORATED_RECORD = replace(
    RECORD,
    staff_number="HD0107-S11",
    name="赵雨桐",
    start_date=date(2026, 7, 1),
    lines=LATE_LINES,
    compliance=worker_compliance(LATE_LINES, start=date(2026, 7, 1)),
)

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = ("晓明", "秀英", "建华", "丽娟", "志强", "雅婷", "国平", "海燕", "子涵", "文博")
PROFESSIONS = tuple(Profession)


def _summary_row(index: int) -> SummaryRow:
    """Worker ``index`` (0-199): every 7th not in direct service, every 5th joined mid-year, every 3rd short."""
    direct = index % 7 != 0
    minutes = 600 if index % 3 == 0 else 1320
    lines = (replace(LINES[0], minutes=minutes), LINES[2])
    start = date(2026, 7, 1) if index % 5 == 0 else date(2020, 1, 1)
    return SummaryRow(
        staff_number=f"S{index + 1:04d}",
        name=_SURNAMES[index % 20] + _GIVEN[index // 20 % 10],
        profession=PROFESSIONS[index % len(PROFESSIONS)],
        relevant_degree=RelevantDegree.SOCIAL_WORK if index % 4 == 0 else RelevantDegree.NONE,
        compliance=worker_compliance(lines, start=start, direct_service=direct, assessor=index % 10 == 1),
    )


# Four workers whose indicators are easy to check by hand:
# 周 (full year, 22 h, direct, assessor untrained, social-work degree) → 达标;
# 吴 (joined 1 July, 8 h against 10.5 h, direct, psychology degree) → 未达标 (折算);
# 孙 (full year, 12.5 h, direct, assessor trained in 2024) → 未达标, 7.5 short;
# 马 (administrative, not direct service) → 不适用.
SMALL_ROWS = (
    SummaryRow(
        "HD0107-S01",
        "周文静",
        Profession.SOCIAL_WORKER,
        RelevantDegree.SOCIAL_WORK,
        worker_compliance((replace(LINES[0], minutes=1320), LINES[2]), assessor=True),
    ),
    SummaryRow(
        "HD0107-S02",
        "吴国强",
        Profession.PSYCHOTHERAPIST,
        RelevantDegree.PSYCHOLOGY,
        worker_compliance(LATE_LINES[:1], start=date(2026, 7, 1)),
    ),
    SummaryRow(
        "HD0107-S03",
        "孙丽华",
        Profession.PSYCHIATRIC_NURSE,
        RelevantDegree.NONE,
        worker_compliance((*LINES, ASSESSOR_COURSE_2024), assessor=True),
    ),
    SummaryRow(
        "HD0107-S04",
        "马建军",
        Profession.ADMINISTRATIVE,
        RelevantDegree.NONE,
        worker_compliance(LINES[:1], direct_service=False),
    ),
)
SUMMARY = TrainingSummary(station=STATION, year=YEAR, rows=SMALL_ROWS, annual_hours=20, printed_on=PRINTED_ON)
BIG_SUMMARY = replace(SUMMARY, rows=tuple(_summary_row(index) for index in range(200)))

ACTIONS = (
    ActionLine(
        "二楼东侧安全出口堆放杂物，立即清理并每周检查一次",
        "王建国",
        date(2026, 11, 10),
        ActionStatus.DONE,
        date(2026, 11, 6),
        "已清理，纳入每周安全检查表",
    ),
    ActionLine(
        "部分服务对象不熟悉集合点，在日间活动中增加一次疏散路线讲解",
        "刘芳",
        date(2026, 12, 15),
        ActionStatus.OPEN,
        None,
        "",
    ),
)
DRILL = DrillRecord(
    station=STATION,
    number="HD0107-YL-2026-0003",
    drill_date=date(2026, 11, 5),
    scenario=DrillScenario.FIRE,
    plan_title="学院路街道精神康复站火灾事故应急预案",
    plan_version="2026.1",
    staff_present=("王建国", "刘芳", "陈志远", "李雅婷"),
    clients_involved=12,
    duration_minutes=90,
    evaluation=(
        "演练按预案进行，报警、初期灭火、疏散引导和清点人数各环节衔接顺畅。\n"
        "全部 12 名服务对象在 4 分 30 秒内疏散到集合点，无人员受伤。"
    ),
    problems="二楼东侧安全出口有杂物堆放，影响通行。\n个别服务对象对集合点位置不熟悉。",
    actions=ACTIONS,
    printed_on=PRINTED_ON,
)
