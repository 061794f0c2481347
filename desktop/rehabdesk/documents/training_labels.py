"""The Chinese terms printed on the training and drill records, for domain codes (see labels.py for why they live
with the documents)."""

from __future__ import annotations

from rehabdesk.domain.people import Profession, RelevantDegree
from rehabdesk.domain.safety import ActionStatus, DrillScenario
from rehabdesk.domain.training import TrainingType

TRAINING_TYPE_LABELS: dict[TrainingType, str] = {
    TrainingType.INDUCTION: "岗前培训",
    TrainingType.BLOCK: "集中培训",
    TrainingType.SUPERVISION: "跟踪督导",
    TrainingType.VOCATIONAL: "职业技能培训",
    TrainingType.ASSESSOR: "需求评估能力培训",
    TrainingType.SAFETY: "安全应急培训",
}

DRILL_SCENARIO_LABELS: dict[DrillScenario, str] = {
    DrillScenario.FIRE: "火灾",
    DrillScenario.MISSING: "走失",
    DrillScenario.ARMED_VIOLENCE: "冲动伤人（持械）",
    DrillScenario.SELF_HARM: "自杀自伤",
    DrillScenario.CHOKING: "噎食",
    DrillScenario.FALL: "跌倒/坠床",
    DrillScenario.SUDDEN_ILLNESS: "突发疾病",
    DrillScenario.DRUG_REACTION: "药物不良反应",
    DrillScenario.FOOD_POISONING: "食物中毒",
    DrillScenario.POWER_CUT: "停电",
    DrillScenario.NATURAL_DISASTER: "自然灾害（地震）",
    DrillScenario.EPIDEMIC: "传染病",
}

ACTION_STATUS_LABELS: dict[ActionStatus, str] = {
    ActionStatus.OPEN: "未完成",
    ActionStatus.DONE: "已完成",
}

PROFESSION_LABELS: dict[Profession, str] = {
    Profession.PSYCHIATRIST: "精神科医师",
    Profession.PSYCHIATRIC_NURSE: "精神科护士",
    Profession.SOCIAL_WORKER: "社会工作者",
    Profession.PSYCHOTHERAPIST: "心理治疗师/咨询师",
    Profession.REHAB_THERAPIST: "康复治疗师",
    Profession.VOCATIONAL_INSTRUCTOR: "职业指导员",
    Profession.PEER_SUPPORTER: "同伴支持员",
    Profession.VOLUNTEER: "志愿者",
    Profession.ADMINISTRATIVE: "行政",
}

RELEVANT_DEGREE_LABELS: dict[RelevantDegree, str] = {
    RelevantDegree.NONE: "无",
    RelevantDegree.MENTAL_HEALTH: "精神卫生",
    RelevantDegree.SOCIAL_WORK: "社会工作",
    RelevantDegree.PSYCHOLOGY: "心理",
}
