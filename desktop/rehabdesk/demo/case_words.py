"""Words the demo case histories are written in (demo.cases): reasons and notes, plan goals, places, and what
each form of service does."""

from __future__ import annotations

from rehabdesk.domain.lifecycle import ClosingOutcome
from rehabdesk.domain.referrals import ReferralKind

NOT_ELIGIBLE = (
    "需求评估显示社会功能基本正常，暂不需要社区康复服务",
    "目前病情不稳定，建议先到医疗机构住院治疗",
    "居住地不在本站服务范围，已告知居住地站点",
)
WITHDRAWN = ("本人表示暂不需要服务", "家属决定暂不参加", "已到外地务工，无法参加")
CHANGED_MIND = "签署文书后本人改变主意，不再等候"
WAITLIST_LAPSED = "等候超过90天，多次电话联系未确认继续等候，按规定退出"
RELAPSE = ("病情复发，经绿色通道转诊住院治疗", "病情波动明显，遵医嘱住院调整用药")
AWAY = ("回老家探亲，暂停服务两个月", "外出务工，暂停服务")
RESUME = ("出院后病情稳定，恢复服务", "返回本地，恢复服务")
CLOSING_REASONS = {
    ClosingOutcome.DIED: "家属告知服务对象因病去世",
    ClosingOutcome.LOST_CONTACT: "连续三个月电话、上门均联系不上",
    ClosingOutcome.WITHDREW: "本人提出不再参加服务",
    ClosingOutcome.RELAPSE_TO_HOSPITAL: "病情复发，转医疗机构住院治疗",
    ClosingOutcome.MOVED_AWAY: "随家属迁居外区，已转介居住地站点",
}
CLOSING_SUMMARY = "结案评估：康复目标基本达成"
OUTCOME_REFERRALS = {
    ClosingOutcome.JOB_PLACEMENT: (ReferralKind.EMPLOYMENT, "区残疾人就业服务中心", "推荐就业"),
    ClosingOutcome.SHELTERED_WORK: (ReferralKind.SHELTERED_WORK, "阳光工疗站", "转介庇护性就业"),
    ClosingOutcome.OTHER_COMMUNITY_SERVICE: (ReferralKind.COMMUNITY_SERVICE, "街道温馨家园", "转介其他社区康复服务"),
    ClosingOutcome.RELAPSE_TO_HOSPITAL: (
        ReferralKind.HOSPITAL_GREEN_CHANNEL,
        "区精神卫生中心",
        "病情复发，绿色通道转诊",
    ),
    ClosingOutcome.MOVED_AWAY: (ReferralKind.TRANSFER, "海淀区精神障碍社区康复服务站", "迁居，转至居住地站点"),
}
FOLLOW_UP_NOTES = (
    "电话回访：本人情况稳定，按时服药",
    "上门回访：与家属交谈，生活规律，无复发迹象",
    "电话回访家属：近况良好",
)
INFORMANTS = ("本人", "本人及家属", "家属", "本人及责任社工")
GOALS = (
    ("long", "提高生活自理能力，能独立完成日常家务", "每周独立完成家务不少于3次", ("life_skills",), "day_training"),
    (
        "short",
        "规律服药，学会识别复发先兆",
        "连续三个月无漏服",
        ("medication_training", "relapse_prevention"),
        "case_management",
    ),
    (
        "long",
        "恢复人际交往，参加社区活动",
        "每月参加社区活动2次以上",
        ("social_skills", "community_integration"),
        "group_work",
    ),
    ("short", "参加职业康复训练，为就业做准备", "完成一期职业技能训练", ("vocational",), "day_training"),
    ("short", "改善情绪，建立应对压力的方法", "情绪自评分下降", ("psychological",), "case_management"),
    ("long", "家属掌握照护技能，减少家庭冲突", "家属参加家属课堂4次", ("family_support",), "home_visit"),
    ("short", "控制体重，养成运动习惯", "每周运动3次，体重下降2公斤", ("physical_health",), "group_work"),
)
FREQUENCIES = ("每周三次", "每周一次", "每两周一次", "每月两次")
PLACES = ("站点活动室", "站点及服务对象家中", "社区康复中心二楼")
SCHEDULES = ("每周一至周五 9:00–16:00", "每周二、四 9:00–11:30", "每两周家访一次")
HOSPITALS = ("区精神卫生中心", "市安定医院", "区中医医院精神科")
OTHER_STATIONS = ("东城区精神障碍社区康复服务站", "丰台区阳光家园康复站")
# Per form: service types, times, place, what was done, how it went, next step.
FORM_DETAILS: dict[str, tuple] = {
    "day_training": (
        ("life_skills", "social_skills", "vocational", "recreation", "health_education", "physical_health"),
        (("09:00", "11:30"), ("14:00", "16:00")),
        "站点活动室",
        (
            "日间训练：整理内务、洗衣叠衣",
            "日间训练：手工制作与园艺",
            "日间训练：超市购物模拟",
            "日间训练：健康讲座与体操",
        ),
    ),
    "group_work": (
        ("social_skills", "relapse_prevention", "peer_support", "psychological"),
        (("14:30", "16:00"),),
        "站点小组活动室",
        ("小组工作：社交技能训练", "小组工作：预防复发——识别先兆", "小组工作：同伴分享会", "小组工作：情绪管理"),
    ),
    "community_activity": (
        ("community_integration", "recreation"),
        (("09:30", "11:30"),),
        "社区文化广场",
        ("社区活动：参观社区图书馆", "社区活动：志愿清扫", "社区活动：节日联欢"),
    ),
    "case_management": (
        ("psychological", "medication_training", "relapse_prevention", "life_skills"),
        (("10:00", "10:45"), ("15:00", "15:40")),
        "个案室",
        ("个案面谈：回顾近况与康复目标", "个案面谈：服药依从性与副作用", "个案面谈：就业意愿与准备"),
    ),
    "home_visit": (
        ("home_rehabilitation", "family_support", "medication_training"),
        (("15:00", "16:00"),),
        "服务对象家中",
        ("家访：居家康复指导，查看服药情况", "家访：与家属沟通照护方法"),
    ),
    "phone_follow_up": (
        ("relapse_prevention", "medication_training"),
        (("10:00", "10:15"), ("16:00", "16:15")),
        "",
        ("电话随访：了解近况，提醒按时服药", "电话随访：情绪与睡眠情况"),
    ),
}
RESPONSES = ("积极参与，能完成训练任务", "参与度一般，需要提醒", "情绪平稳，配合良好", "能主动分享体会")
NEXT_STEPS = ("下周继续参加", "下次家访了解服药情况", "按计划继续", "与家属保持联系")
MEDICATION = ("按时服药", "按时服药", "漏服一次，已提醒", "")
ABSENT_NOTES = ("请假", "身体不适请假", "家中有事")
