"""What a station offers: service types and forms (DOMAIN.md §4). Stored as these codes."""

from __future__ import annotations

from enum import StrEnum


class ServiceType(StrEnum):
    MEDICATION_TRAINING = "medication_training"  # 服药训练
    RELAPSE_PREVENTION = "relapse_prevention"  # 预防复发训练
    PHYSICAL_HEALTH = "physical_health"  # 躯体管理训练
    LIFE_SKILLS = "life_skills"  # 生活技能训练
    SOCIAL_SKILLS = "social_skills"  # 社交技能训练
    VOCATIONAL = "vocational"  # 职业康复训练
    PSYCHOLOGICAL = "psychological"  # 心理康复/心理疏导
    PEER_SUPPORT = "peer_support"  # 同伴支持
    FAMILY_SUPPORT = "family_support"  # 家庭支持/家属培训
    HOME_REHABILITATION = "home_rehabilitation"  # 居家康复指导
    HEALTH_EDUCATION = "health_education"  # 健康教育
    RECREATION = "recreation"  # 文体娱乐
    COMMUNITY_INTEGRATION = "community_integration"  # 社区融入


class ServiceForm(StrEnum):
    CASE_MANAGEMENT = "case_management"  # 个案管理
    GROUP_WORK = "group_work"  # 小组工作
    DAY_TRAINING = "day_training"  # 日间训练/照料
    TRANSITIONAL_HOUSING = "transitional_housing"  # 过渡性住宿
    HOME_VISIT = "home_visit"  # 居家支持/家访
    PHONE_FOLLOW_UP = "phone_follow_up"  # 电话随访
    COMMUNITY_ACTIVITY = "community_activity"  # 社区活动
