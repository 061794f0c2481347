"""Case histories and daily services for the demo station (DOMAIN.md §2–4): clients at every point of the path —
registered, assessing, waiting (some past the 90-day re-confirmation), enrolled, active for up to eight years with
stage reviews and revised plans, suspended after a relapse, closed with each outcome and followed up, withdrawn,
reopened — with consents and agreements covering the days they were served, risk records, referrals in and out,
and individual and group services (day training of 5–15) over the years. One client, the longest served, has
exactly HEAVY_CASE_SERVICES service records.

Each lifecycle is planned in memory and checked with the rules the services apply (check_transition at every step,
the instruments' scoring, may_serve for the days services are given, validate_service and check_service for every
record); then the rows the services would have written are inserted in bulk by
repositories.service_records.insert_new_rows, which writes the change-log rows a save writes, in units of work of a
few hundred clients or 20 000 services, each with one audit entry as an import has. Only the changes to rows already
on file (the imported episodes moved back to their real dates, the clients' status) go through the session and its
change-log hook. Through the services one call at a time the benchmark station (20 000 clients, a million
services) would take hours; this way it takes minutes."""

from __future__ import annotations

import hashlib
import json
import random
import struct
import zlib
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from rehabdesk.domain.agreements import AgreementStatus, document_number
from rehabdesk.domain.case_due import REVIEW_KINDS, stage_review_date
from rehabdesk.domain.consent import ConsentFormStatus, ConsentKind, ConsentStatus, Signer
from rehabdesk.domain.eligibility import AgreementFact, ConsentFact, consent_in_force, may_serve
from rehabdesk.domain.instruments import allowed_range, builtin_instruments, score
from rehabdesk.domain.lifecycle import (
    CLOSING_WITHOUT_ASSESSMENT,
    ClosingOutcome,
    TransitionFacts,
    check_service,
    check_transition,
    prompts_green_channel,
)
from rehabdesk.domain.people import ClientStatus, IllnessStatus
from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.domain.referrals import ReferralDirection, ReferralKind, follow_up_dates
from rehabdesk.domain.safety import add_months
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput, validate_service
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork import (
    AGREEMENT_PREFIX,
    CONSENT_PREFIX,
    agreement_facts,
    consent_facts,
    needs_legal_guardian,
)
from rehabdesk.services.plans import MAX_PLAN_MONTHS
from rehabdesk.services.service_records import record_values
from rehabdesk.services.settings import settings_in
from rehabdesk.services.templates import current_template
from rehabdesk.storage.repositories import cases as case_repository
from rehabdesk.storage.repositories import clients as client_repository
from rehabdesk.storage.repositories import consents as consent_repository
from rehabdesk.storage.repositories import service_records as service_repository
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.repositories import station as station_repository
from rehabdesk.storage.repositories.clients import ClientFilter
from rehabdesk.storage.schema import (
    Agreement,
    AgreementFeeLine,
    Assessment,
    Client,
    Consent,
    ConsentForm,
    DocumentScan,
    DocumentSequence,
    Episode,
    FollowUp,
    PlanGoal,
    Referral,
    RehabPlan,
    RiskRecord,
    ServiceAttendee,
    ServiceRecord,
    ServiceStaff,
    StatusChange,
)
from rehabdesk.storage.schema.base import new_id
from rehabdesk.storage.unit_of_work import UnitOfWork

HEAVY_CASE_SERVICES = 2000
DEFAULT_SERVICES_PER_CLIENT = 20  # the default 300-client demo builds in about ten seconds
SERVICES_PER_STEP = 10  # progress: a client's case history takes about as long to write as ten services
S = ClientStatus
_HISTORY_DAYS = 6 * 365  # applications reach back this far
_HEAVY_DAYS = 8 * 365 + 30  # the heavy case applied this long ago, before anyone else
_CLIENTS_PER_UNIT = 400
_SERVICES_PER_UNIT = 20_000
_LAGGING_SHARE = 0.2  # active clients whose stage review due in the last ten weeks is not done yet
_LAPSE_SHARE = 0.05  # active clients whose agreement ended without a renewal
_GROUP_SHARE = 0.35
_WAITLIST_DAYS = 90
# Scenario weights: the final status of the current episode.
_WEIGHTS = {
    "registered": 3,
    "assessing": 3,
    "not_eligible": 2,
    "waitlisted": 5,
    "withdrawn": 3,
    "applied": 1,
    "enrolled": 2,
    "active": 52,
    "suspended": 6,
    "closed": 7,
    "follow_up": 6,
    "archived": 10,
}
# Clients whose risk or illness status calls for the green channel are mostly suspended or closed to hospital.
_WEIGHTS_UNSTABLE = {"active": 35, "suspended": 40, "closed": 15, "waitlisted": 5, "assessing": 5}
_OUTCOME_WEIGHTS = {
    ClosingOutcome.COMMUNITY_LIVING: 30,
    ClosingOutcome.JOB_PLACEMENT: 12,
    ClosingOutcome.SHELTERED_WORK: 10,
    ClosingOutcome.OTHER_COMMUNITY_SERVICE: 10,
    ClosingOutcome.RELAPSE_TO_HOSPITAL: 10,
    ClosingOutcome.MOVED_AWAY: 8,
    ClosingOutcome.WITHDREW: 10,
    ClosingOutcome.LOST_CONTACT: 6,
    ClosingOutcome.DIED: 4,
}
# Every state and closing outcome appears on any station with enough clients; the heavy case comes first.
_REQUIRED: tuple[tuple[str, object], ...] = (
    *(("closed", outcome) for outcome in ClosingOutcome),
    ("suspended", None),
    ("follow_up", None),
    ("archived", None),
    ("enrolled", None),
    ("waitlisted", "long"),
    ("waitlisted", None),
    ("withdrawn", None),
    ("not_eligible", None),
    ("assessing", None),
    ("registered", None),
    ("applied", None),
)
_SERVED = ("enrolled", "active", "suspended", "closed", "follow_up", "archived")
# Scenarios that read only the client's own path: a client whose paperwork is signed was at least assessed.
_UNSIGNED_ONLY = ("registered", "not_eligible", "applied")
_LAST_RESORT = "last_resort"  # registered lately, whatever the paperwork on file: every client can take it

# --- words -------------------------------------------------------------------------------------------------------

_NOT_ELIGIBLE = (
    "需求评估显示社会功能基本正常，暂不需要社区康复服务",
    "目前病情不稳定，建议先到医疗机构住院治疗",
    "居住地不在本站服务范围，已告知居住地站点",
)
_WITHDRAWN = ("本人表示暂不需要服务", "家属决定暂不参加", "已到外地务工，无法参加")
_CHANGED_MIND = "签署文书后本人改变主意，不再等候"
_WAITLIST_LAPSED = "等候超过90天，多次电话联系未确认继续等候，按规定退出"
_RELAPSE = ("病情复发，经绿色通道转诊住院治疗", "病情波动明显，遵医嘱住院调整用药")
_AWAY = ("回老家探亲，暂停服务两个月", "外出务工，暂停服务")
_RESUME = ("出院后病情稳定，恢复服务", "返回本地，恢复服务")
_CLOSING_REASONS = {
    ClosingOutcome.DIED: "家属告知服务对象因病去世",
    ClosingOutcome.LOST_CONTACT: "连续三个月电话、上门均联系不上",
    ClosingOutcome.WITHDREW: "本人提出不再参加服务",
    ClosingOutcome.RELAPSE_TO_HOSPITAL: "病情复发，转医疗机构住院治疗",
    ClosingOutcome.MOVED_AWAY: "随家属迁居外区，已转介居住地站点",
}
_CLOSING_SUMMARY = "结案评估：康复目标基本达成"
_OUTCOME_REFERRALS = {
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
_FOLLOW_UP_NOTES = (
    "电话回访：本人情况稳定，按时服药",
    "上门回访：与家属交谈，生活规律，无复发迹象",
    "电话回访家属：近况良好",
)
_INFORMANTS = ("本人", "本人及家属", "家属", "本人及责任社工")
_GOALS = (
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
_FREQUENCIES = ("每周三次", "每周一次", "每两周一次", "每月两次")
_PLACES = ("站点活动室", "站点及服务对象家中", "社区康复中心二楼")
_SCHEDULES = ("每周一至周五 9:00–16:00", "每周二、四 9:00–11:30", "每两周家访一次")
_HOSPITALS = ("区精神卫生中心", "市安定医院", "区中医医院精神科")
_OTHER_STATIONS = ("东城区精神障碍社区康复服务站", "丰台区阳光家园康复站")
# Per form: service types, times, place, what was done, how it went, next step.
_FORM_DETAILS: dict[str, tuple] = {
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
_RESPONSES = ("积极参与，能完成训练任务", "参与度一般，需要提醒", "情绪平稳，配合良好", "能主动分享体会")
_NEXT_STEPS = ("下周继续参加", "下次家访了解服药情况", "按计划继续", "与家属保持联系")
_MEDICATION = ("按时服药", "按时服药", "漏服一次，已提醒", "")
_ABSENT_NOTES = ("请假", "身体不适请假", "家中有事")


class _Infeasible(Exception):
    """This client cannot take this path (dates, paperwork): another is tried."""


@dataclass(frozen=True)
class DemoCases:
    heavy_case_number: str | None  # the case with HEAVY_CASE_SERVICES services; None without services
    service_records: int


@dataclass(frozen=True)
class _Member:
    id: str
    start: date
    end: date | None
    direct: bool
    assessor: bool


class _Staffing:
    """Who could give a service or an assessment on a day: employed then (or, before anyone was, the first hired)."""

    def __init__(self, members: list[_Member], rng: random.Random) -> None:
        self.members = sorted(members, key=lambda m: m.start)
        self.rng = rng
        self._day: date | None = None
        self._employed: list[_Member] = []

    def employed(self, day: date) -> list[_Member]:
        if day != self._day:
            self._day = day
            working = [m for m in self.members if m.start <= day and (m.end is None or m.end >= day)]
            self._employed = [m for m in working if m.direct] or working or self.members[:1]
        return self._employed

    def giver(self, day: date, worker_id: str | None = None) -> str:
        employed = self.employed(day)
        if worker_id is not None and any(m.id == worker_id for m in employed):
            return worker_id
        return self.rng.choice(employed).id

    def assessor(self, day: date) -> str:
        employed = self.employed(day)
        return self.rng.choice([m for m in employed if m.assessor] or employed).id


@dataclass
class _Station:
    today: date
    account_id: str | None
    code: str
    consent_template: int
    agreement_template: int
    fees: list  # FeeItem rows
    staffing: _Staffing
    review_months: int
    follow_up_months: tuple[int, ...]


@dataclass
class _Served:
    """What the services need of a client served at some time: the days, and the plan goals by date."""

    client_id: str
    worker_id: str | None
    spans: list[tuple[date, date, bool]]  # (first, last, suspended)
    goal_dates: list[date]  # when each plan version was agreed
    goals: list[tuple[tuple[str, tuple[str, ...]], ...]]  # its goals: (goal id, service types)

    def goal_on(self, day: date, rng: random.Random) -> tuple[str, tuple[str, ...]] | None:
        index = bisect_right(self.goal_dates, day) - 1
        return rng.choice(self.goals[index]) if index >= 0 and self.goals[index] else None


@dataclass(frozen=True)
class _Paper:
    """A signed agreement: its row (a new row's values, or the paperwork's Agreement) and its fact for the rule."""

    row: dict | Agreement
    fact: AgreementFact


@dataclass(frozen=True)
class _OnFile:
    """What add_demo_paperwork left for a client; ``signed`` is its first signing when it holds a signed service
    consent and agreement (the client's path then leads up to it)."""

    consents: tuple[ConsentFact, ...]
    papers: tuple[_Paper, ...]
    signed: date | None

    @classmethod
    def read(cls, consents: list[Consent], agreements: list[Agreement]) -> _OnFile:
        facts = tuple(consent_facts(consents))
        papers = tuple(
            _Paper(row, fact)
            for row, fact in zip(agreements, agreement_facts(agreements), strict=True)
            if fact.signed_on is not None and fact.status is not AgreementStatus.DRAFT
        )
        signed = [c.signed_on for c in facts if c.kind is ConsentKind.SERVICE]
        first = min(signed + [p.fact.signed_on for p in papers if p.fact.signed_on]) if signed and papers else None
        return cls(facts, papers, first)


# --- one client's case -----------------------------------------------------------------------------------------


def _days(count: int) -> timedelta:
    return timedelta(days=count)


def _setter(row: object, changes: dict) -> Callable[[], None]:
    def change() -> None:
        for name, value in changes.items():
            setattr(row, name, value)

    return change


class _Case:
    """Plans one client's path and collects the rows it leaves (as column values, inserted in bulk) and the changes
    to rows already on file; nothing reaches the session before the writer takes them, so an attempt found
    infeasible halfway is simply dropped."""

    def __init__(self, station: _Station, client: Client, legal_guardian: str | None, rng: random.Random) -> None:
        self.st = station
        self.client = client
        self.legal_guardian = legal_guardian
        self.rng = rng
        self.today = station.today
        self.new: list[tuple[type, dict]] = []  # (table, values) in the order written
        self.later: list[Callable[[], None]] = []  # changes to rows already on file
        self.consents: list[ConsentFact] = []
        self.papers: list[_Paper] = []
        self.paper_signed: date | None = None
        self.scannable: list[tuple[str, str, date]] = []
        self.episode_id = ""
        self.application = self.today
        self.status = S.REGISTERED
        self.since = self.today
        self.segments: list[tuple[date, ClientStatus]] = []
        self.kinds: set[str] = set()
        self.active_plan: dict | None = None
        self.plan_version = 0
        self.goal_timeline: list[tuple[date, tuple[tuple[str, tuple[str, ...]], ...]]] = []
        self.follow_ups: list[dict] = []
        self.risk_now = (client.risk_level, client.illness_status)
        self.newest_risk: tuple[date, int, str] | None = None
        self.impairment = 0.4 + 0.4 * rng.random()
        self.outcome: ClosingOutcome | None = None
        self.closed_on: date | None = None
        self.confirmed_on: date | None = None
        self.first_episode: tuple[date, date] | None = None  # (applied, ended) once a second episode is open
        self.reopened: dict | None = None  # the second episode's row
        self.reviewed: dict[str, date] = {}  # episode id → its newest intake or stage assessment

    def add(self, table: type, **values) -> dict:
        values.setdefault("id", new_id())
        self.new.append((table, values))
        return values

    # --- dates ---

    def between(self, first: date, last: date) -> date:
        if first > last:
            raise _Infeasible
        return first + _days(self.rng.randint(0, (last - first).days))

    @property
    def earliest(self) -> date:
        """The first plausible application: a year after onset, at 16 or older."""
        client = self.client
        onset = client.onset_date + _days(365) if client.onset_date else client.birth_date
        return min(self.today, max(onset, add_months(client.birth_date, 16 * 12)))

    # --- the episode ---

    def apply(self, episode: Episode, steps: list[StatusChange], on: date) -> None:
        """The imported first episode, moved back to its real application date."""
        self.episode_id = episode.id
        self.application = self.since = on
        self.segments = [(on, S.REGISTERED)]

        def backdate() -> None:
            for step in steps:
                step.changed_on = on

        self.later.append(backdate)

    def documents(self, on: date) -> tuple:
        return may_serve(
            self.consents,
            [p.fact for p in self.papers],
            today=on,
            needs_legal_guardian=needs_legal_guardian(self.client, on),
            since=self.application,
        ).reasons

    def step(self, target: ClientStatus, on: date, reason: str = "", document: str = "", outcome=None) -> None:
        """One status change, checked as cases.move checks it."""
        facts = TransitionFacts(
            reason=reason,
            has_baseline_assessment="intake" in self.kinds,
            has_closing_assessment="closing" in self.kinds,
            has_active_plan=self.active_plan is not None,
            outcome=outcome,
            documents=self.documents(on),
            by_coordinator=True,
        )
        missing = check_transition(self.status, target, facts)
        if missing or on < self.since or on > self.today:
            raise RuntimeError(f"demo path refused: {self.status} → {target} on {on}: {missing}")
        self.add(
            StatusChange,
            episode_id=self.episode_id,
            client_id=self.client.id,
            from_status=self.status.value,
            to_status=target.value,
            changed_on=on,
            reason=reason,
            document=document,
            account_id=self.st.account_id,
        )
        self.status, self.since = target, on
        self.segments.append((on, target))
        if target is S.CLOSED:
            self.outcome, self.closed_on = outcome, on
            self.follow_ups = [
                self.add(FollowUp, client_id=self.client.id, episode_id=self.episode_id, due_date=due)
                for due in follow_up_dates(on, self.st.follow_up_months)
            ]

    def reopen(self, on: date) -> None:
        """A new episode after an ended one (cases.start_new_episode): applied, nothing else yet."""
        episode = self.add(
            Episode,
            client_id=self.client.id,
            number=2,
            application_date=on,
            channel=self.client.channel,
            status=S.APPLIED.value,
            status_since=on,
        )
        self.episode_id = episode["id"]
        self.reopened = episode
        self.application, self.status, self.since = on, S.APPLIED, on
        self.kinds = set()
        self.add(
            StatusChange,
            episode_id=self.episode_id,
            client_id=self.client.id,
            to_status=S.APPLIED.value,
            changed_on=on,
            account_id=self.st.account_id,
        )

    # --- assessments, risk, plans ---

    def level(self, values: tuple[int, ...], impairment: float) -> int:
        return values[sum(self.rng.random() < impairment * 0.7 for _ in range(len(values) - 1))]

    def answers(self, code: str) -> tuple[dict[str, int], int | None]:
        """Item answers (and the rater's score) as an assessor would give them, for the client's impairment."""
        instrument, impairment, rng = builtin_instruments()[code], self.impairment, self.rng
        if code == "gaf":
            return {}, max(1, min(100, round(88 - impairment * 55) + rng.randint(-5, 5)))
        if code == "psp":
            answers = {
                item.key: self.level(item.values, impairment * (0.5 if item.key == "d" else 1))
                for item in instrument.items
            }
            allowed = allowed_range(instrument, answers)
            return answers, rng.randint(allowed.minimum, allowed.maximum) if allowed else rng.randint(1, 100)
        answers = {}
        excluded = instrument.scoring.excluded_values
        for item in instrument.items:
            scored = tuple(v for v in item.values if v not in excluded)
            not_applicable = [v for v in item.values if v in excluded]
            if not_applicable and item.key in ("marriage", "parenting", "work") and rng.random() < 0.4:
                answers[item.key] = not_applicable[0]
            else:
                answers[item.key] = self.level(scored, impairment * (0.6 if code == "adl" else 1))
        return answers, None

    def assess(self, kind: str, on: date, code: str, *, risk: int | None = None) -> None:
        """assessments.record_assessment: scored by the instrument's definition."""
        instrument = builtin_instruments()[code]
        answers, rater = self.answers(code)
        result = score(instrument, answers, rater_score=rater)
        needs = self.rng.sample([t.value for t in ServiceType], 3) if kind in ("intake", "stage") else []
        self.add(
            Assessment,
            client_id=self.client.id,
            episode_id=self.episode_id,
            kind=kind,
            assessed_on=on,
            assessor_staff_id=self.st.staffing.assessor(on),
            informant=self.rng.choice(_INFORMANTS),
            instrument=instrument.code,
            instrument_version=instrument.version,
            answers_json=json.dumps(answers, sort_keys=True),
            total=result.total,
            band=result.band_code or "",
            rater_score=rater,
            risk_level=risk,
            needs=",".join(needs),
        )
        self.kinds.add(kind)
        if kind in REVIEW_KINDS:  # as record_assessment keeps the episode's last review date
            self.reviewed[self.episode_id] = max(on, self.reviewed.get(self.episode_id, on))
        self.impairment = max(0.1, self.impairment - 0.04 * self.rng.random())  # most improve a little

    def risk(self, on: date, level: int, illness: str, source: str) -> None:
        """cases.record_risk: the newest record gives the client's current values."""
        self.add(
            RiskRecord,
            client_id=self.client.id,
            recorded_on=on,
            risk_level=level,
            illness_status=illness,
            source=source,
        )
        if self.newest_risk is None or on >= self.newest_risk[0]:
            self.newest_risk = (on, level, illness)

    def intake(self, on: date) -> None:
        level, illness = self.risk_now
        self.assess("intake", on, "sdss", risk=level)
        if self.rng.random() < 0.4:
            self.assess("intake", on, self.rng.choice(("psp", "adl")))
        self.risk(on, level, illness, "初评（需求评估）")

    def relapse_values(self) -> tuple[int, str]:
        level, illness = self.risk_now
        return (level, illness) if prompts_green_channel(level, illness) else (self.rng.choice((3, 3, 4)), "unstable")

    def plan(self, created: date, agreed: date | None) -> None:
        """A new plan version (plans.create_plan): a draft, or approved on ``agreed`` (plans.approve_plan), the
        one before then superseded."""
        start = agreed or created
        end = add_months(start, MAX_PLAN_MONTHS) - _days(1)
        self.plan_version += 1
        plan = self.add(
            RehabPlan,
            client_id=self.client.id,
            episode_id=self.episode_id,
            plan_version=self.plan_version,
            period_start=start,
            period_end=end,
            status="draft" if agreed is None else "active",
            agreed_on=agreed,
            approved_on=agreed,
            approved_by=self.st.account_id if agreed else None,
            review_due=add_months(agreed, self.st.review_months) if agreed else None,
        )
        goals = []
        for position, (term, goal, measure, types, form) in enumerate(self.rng.sample(_GOALS, self.rng.randint(2, 3))):
            horizon = 170 if term == "short" else (end - start).days
            row = self.add(
                PlanGoal,
                plan_id=plan["id"],
                position=position,
                term=term,
                goal=goal,
                measure=measure,
                service_types=",".join(types),
                service_form=form,
                frequency=self.rng.choice(_FREQUENCIES),
                responsible_staff_id=self.client.responsible_worker_id,
                target_date=start + _days(self.rng.randint(min(60, horizon), horizon)),
            )
            goals.append((row["id"], types))
        if agreed is not None:
            if self.active_plan is not None:
                self.active_plan["status"] = "superseded"
            self.active_plan = plan
            self.goal_timeline.append((agreed, tuple(goals)))

    # --- consent and agreements ---

    def signer(self, on: date) -> tuple[Signer, str | None]:
        if needs_legal_guardian(self.client, on):
            if self.legal_guardian is None:
                raise _Infeasible
            return Signer.BOTH, self.legal_guardian
        return Signer.CLIENT, None

    def sign_consent(self, on: date, kinds: list[ConsentKind]) -> None:
        """consents.create_consent_form offering every kind, then record_consent_signed granting ``kinds``."""
        signer, guardian = self.signer(on)
        form = self.add(
            ConsentForm,
            client_id=self.client.id,
            template_version=self.st.consent_template,
            kinds=",".join(kind.value for kind in ConsentKind),
            status=ConsentFormStatus.SIGNED.value,
            signer=signer.value,
            guardian_id=guardian,
            signed_on=on,
            witness_staff_id=self.st.staffing.giver(on, self.client.responsible_worker_id),
        )
        self.scannable.append(("consent_form", form["id"], on))
        for kind in kinds:
            self.add(
                Consent,
                form_id=form["id"],
                client_id=self.client.id,
                kind=kind.value,
                status=ConsentStatus.SIGNED.value,
                signer=signer.value,
                signed_on=on,
            )
            self.consents.append(ConsentFact(kind, ConsentStatus.SIGNED, signer, on))

    def agreement(self, start: date, end: date, signed_on: date, renews: dict | None) -> dict:
        """agreements.create_agreement (or renew_agreement) and record_agreement_signed: fee lines at the
        schedule's prices."""
        signer, guardian = self.signer(signed_on)
        rng = self.rng
        row = self.add(
            Agreement,
            client_id=self.client.id,
            template_version=self.st.agreement_template,
            guardian_id=guardian,
            service_types=",".join(rng.sample([t.value for t in ServiceType], 3)),
            service_forms=",".join((ServiceForm.DAY_TRAINING.value, ServiceForm.CASE_MANAGEMENT.value)),
            place=rng.choice(_PLACES),
            schedule=rng.choice(_SCHEDULES),
            start_date=start,
            end_date=end,
            status=AgreementStatus.ACTIVE.value,
            signer=signer.value,
            signed_on=signed_on,
            renews_id=renews["id"] if renews is not None else None,
        )
        self.scannable.append(("agreement", row["id"], signed_on))
        fees = self.st.fees
        chosen = [(fees[0], 240)] if fees else []
        if len(fees) > 2 and rng.random() < 0.45:
            chosen += [(fees[1], rng.choice((60, 120, 240))), (fees[2], rng.choice((40, 80)))]
        for position, (item, quantity) in enumerate(chosen):
            self.add(
                AgreementFeeLine,
                agreement_id=row["id"],
                position=position,
                fee_item_id=item.id,
                name=item.name,
                unit=item.unit,
                quantity=quantity,
                unit_price_fen=item.price_fen,
                funding=item.funding,
            )
        self.papers.append(_Paper(row, AgreementFact("", AgreementStatus.ACTIVE, signer, signed_on, start, end)))
        return row

    def chain(self, start: date, until: date, *, exact: bool) -> dict:
        """Agreements one after another from ``start``, each renewal signed a few days before the one it renews
        ends. With ``exact`` the last ends on ``until`` (cut short to meet the agreement that follows, or left to
        lapse); otherwise renewals go on until ``until`` is covered, and one ending within the month may already
        be renewed."""
        rng, renews, signed = self.rng, None, start
        while True:
            end = add_months(start, 12 * rng.choice((1, 1, 1, 2, 3))) - _days(1)
            if exact:
                end = min(end, until)
            renews = self.agreement(start, end, signed, renews)
            if end >= until:
                break
            start, signed = end + _days(1), max(signed, end + _days(1) - _days(rng.randint(0, 20)))
        if not exact and until >= self.today and end < self.today + _days(30) and rng.random() < 0.5:
            signed = max(signed, self.today - _days(rng.randint(0, 10)))
            renews = self.agreement(end + _days(1), add_months(end, 12), signed, renews)
        return renews

    def paperwork(self, on_file: _OnFile) -> None:
        self.consents, self.papers = list(on_file.consents), list(on_file.papers)
        self.paper_signed = on_file.signed

    def windows(self, first: date, last: date) -> list[tuple[date, date]]:
        """The days from ``first`` to ``last`` on which the consent-and-agreement rule lets the client be served;
        the rule's answer can change only on the dates cut below."""
        adult = add_months(self.client.birth_date, 18 * 12)
        cuts = {first, adult, adult + _days(1)}
        for consent in self.consents:
            cuts.update(d for d in (consent.signed_on, consent.withdrawn_on) if d)
        for paper in self.papers:
            fact = paper.fact
            cuts.update(d for d in (fact.signed_on, fact.start, fact.end + _days(1), fact.terminated_on) if d)
        points = sorted(d for d in cuts if first <= d <= last)
        found: list[tuple[date, date]] = []
        for index, day in enumerate(points):
            until = points[index + 1] - _days(1) if index + 1 < len(points) else last
            if not self.documents(day):
                if found and found[-1][1] == day - _days(1):
                    found[-1] = (found[-1][0], until)
                else:
                    found.append((day, until))
        return found

    def terminate_at(self, on: date, reason: str) -> None:
        """agreements.terminate_agreement for the agreement in force when the case closes."""
        for index, paper in enumerate(self.papers):
            fact = paper.fact
            if fact.start <= on <= fact.end and fact.signed_on and fact.signed_on <= on and fact.terminated_on is None:
                ended = fact._replace(status=AgreementStatus.TERMINATED, terminated_on=on)
                self.papers[index] = replace(paper, fact=ended)
                changes = {
                    "status": AgreementStatus.TERMINATED.value,
                    "terminated_on": on,
                    "termination_reason": reason,
                }
                if isinstance(paper.row, dict):
                    paper.row.update(changes)
                else:
                    self.later.append(_setter(paper.row, changes))

    # --- referrals, follow-ups ---

    def may_provide(self, on: date) -> bool:
        needs = needs_legal_guardian(self.client, on)
        return consent_in_force(self.consents, ConsentKind.DATA_PROVISION, today=on, needs_legal_guardian=needs) is None

    def referral(
        self, direction: ReferralDirection, kind: ReferralKind, on: date, organisation: str, reason: str
    ) -> None:
        """referrals.record_referral; a referral out needs the consent to provide data, or is not made."""
        if direction is ReferralDirection.OUT and not self.may_provide(on):
            return
        self.add(
            Referral,
            client_id=self.client.id,
            episode_id=self.episode_id,
            direction=direction.value,
            referral_date=on,
            kind=kind.value,
            organisation=organisation,
            reason=reason,
            condition_summary="病情基本稳定，按时服药" if direction is ReferralDirection.IN else "",
            risk_level=self.risk_now[0] if direction is ReferralDirection.OUT else None,
            receipt_date=min(self.today, on + _days(self.rng.randint(0, 5))),
            feedback="已接收",
        )

    def follow_up_done(self, index: int, on: date) -> date:
        """referrals.record_follow_up: the first moves a closed case to follow-up."""
        row = self.follow_ups[index]
        row["done_on"] = done = min(self.today, max(on, self.closed_on or on))
        row["note"] = self.rng.choice(_FOLLOW_UP_NOTES)
        if self.status is S.CLOSED:
            self.step(S.FOLLOW_UP, done)
        return done

    # --- finishing ---

    def finish(self, writer: _Writer, episode: Episode) -> _Served | None:
        """Hand the rows to the writer, with what changed on the imported episode and the client."""
        client, status = self.client, self.status
        application, since = self.first_episode or (self.application, self.since)
        final = {
            "application_date": application,
            "status": status.value if self.first_episode is None else S.WITHDRAWN.value,
            "status_since": since,
            "closing_outcome": self.outcome.value if self.outcome else None,
            "closed_on": self.closed_on,
            "waitlist_confirmed_on": self.confirmed_on,
            "last_reviewed_on": self.reviewed.get(episode.id),
        }
        if self.reopened is not None:
            self.reopened["last_reviewed_on"] = self.reviewed.get(self.reopened["id"])

        def update() -> None:
            for name, value in final.items():
                setattr(episode, name, value)
            client.status = status.value
            if self.newest_risk is not None and self.newest_risk[1:] != (client.risk_level, client.illness_status):
                client.risk_level, client.illness_status = self.newest_risk[1:]

        self.later.append(update)
        writer.take(self)
        spans = self.service_spans() if self.first_episode is None else []
        if not spans:
            return None
        return _Served(
            client.id,
            client.responsible_worker_id,
            spans,
            [day for day, _goals in self.goal_timeline],
            [goals for _day, goals in self.goal_timeline],
        )

    def service_spans(self) -> list[tuple[date, date, bool]]:
        """Active or suspended days within the consent-and-agreement windows (a day's status: its last change)."""
        spans = []
        for index, (on, status) in enumerate(self.segments):
            if status not in (S.ACTIVE, S.SUSPENDED):
                continue
            last = self.segments[index + 1][0] - _days(1) if index + 1 < len(self.segments) else self.today
            spans += [(first, until, status is S.SUSPENDED) for first, until in self.windows(on, last)]
        return spans


# --- paths ---------------------------------------------------------------------------------------------------------


class _Paths:
    """The paths a client may take; each raises _Infeasible when the client's dates or paperwork do not allow it."""

    def __init__(self, case: _Case, episode: Episode, steps: list[StatusChange]) -> None:
        self.c = case
        self.rng = case.rng
        self.today = case.today
        self.episode = episode
        self.steps = steps

    def run(self, scenario: str, variant: object, heavy: bool) -> None:
        case = self.c
        if case.paper_signed is not None and scenario in _UNSIGNED_ONLY and variant != _LAST_RESORT:
            raise _Infeasible
        if scenario in _SERVED:
            self.served(scenario, variant if isinstance(variant, ClosingOutcome) else None, heavy)
        else:
            getattr(self, scenario)(variant)

    def start(self, first: date, last: date, *, before_paperwork: bool = True) -> date:
        """The application date, before any paperwork already signed."""
        case = self.c
        if case.paper_signed is not None and before_paperwork:
            last = min(last, case.paper_signed - _days(5))
        return case.between(max(first, case.earliest), last)

    def referral_in(self, on: date) -> None:
        channel = self.c.client.channel
        if channel == "medical_referral":
            self.c.referral(
                ReferralDirection.IN,
                ReferralKind.COMMUNITY_SERVICE,
                on,
                self.rng.choice(_HOSPITALS),
                "出院后转介社区康复",
            )
        elif channel == "transfer_in":
            self.c.referral(
                ReferralDirection.IN,
                ReferralKind.TRANSFER,
                on,
                self.rng.choice(_OTHER_STATIONS),
                "迁居本区，原站点转入",
            )

    def assessed(self, first: date, last: date) -> date:
        """Applied, registered, assessing and the intake assessment done: the intake date."""
        case, rng = self.c, self.rng
        applied = self.start(first, last)
        case.apply(self.episode, self.steps, applied)
        self.referral_in(applied)
        assessing = min(self.today, applied + _days(rng.randint(1, 5)))
        case.step(S.ASSESSING, assessing)
        intake = min(self.today, assessing + _days(rng.randint(2, 10)))
        case.intake(intake)
        return intake

    # --- before enrolment ---

    def registered(self, variant: object) -> None:
        applied = self.start(self.today - _days(20), self.today, before_paperwork=variant != _LAST_RESORT)
        self.c.apply(self.episode, self.steps, applied)

    def assessing(self, _variant: object) -> None:
        case, rng = self.c, self.rng
        applied = self.start(self.today - _days(45), self.today - _days(3))
        case.apply(self.episode, self.steps, applied)
        assessing = applied + _days(rng.randint(1, 3))
        case.step(S.ASSESSING, assessing)
        intake = assessing + _days(rng.randint(1, 10))
        if intake <= self.today and rng.random() < 0.5:
            case.intake(intake)

    def not_eligible(self, _variant: object) -> None:
        intake = self.assessed(self.today - _days(700), self.today - _days(20))
        on = min(self.today, intake + _days(self.rng.randint(0, 7)))
        self.c.step(S.NOT_ELIGIBLE, on, self.rng.choice(_NOT_ELIGIBLE), "需求评估")

    def waitlisted(self, variant: object) -> None:
        case, rng = self.c, self.rng
        long = variant == "long"
        intake = self.assessed(self.today - _days(220), self.today - _days(115 if long else 20))
        waiting = min(self.today, intake + _days(rng.randint(0, 7)))
        case.step(S.WAITLISTED, waiting, "评估符合条件，暂无服务名额", "需求评估")
        if not long and (self.today - waiting).days > _WAITLIST_DAYS and rng.random() < 0.5:
            case.confirmed_on = case.between(waiting + _days(_WAITLIST_DAYS - 10), self.today)

    def withdrawn(self, _variant: object) -> None:
        """Withdrawn while registered, or from the waiting list: unconfirmed after 90 days, or (paper signed) on
        second thoughts."""
        case, rng, signed = self.c, self.rng, self.c.paper_signed
        if signed is None and rng.random() < 0.5:
            applied = self.start(self.today - _days(700), self.today - _days(60))
            case.apply(self.episode, self.steps, applied)
            case.step(S.WITHDRAWN, applied + _days(rng.randint(3, 40)), rng.choice(_WITHDRAWN))
            return
        intake = self.assessed(self.today - _days(700), self.today - _days(130))
        waiting = intake + _days(rng.randint(0, 7))
        case.step(S.WAITLISTED, waiting, "评估符合条件，暂无服务名额", "需求评估")
        if signed is None:
            case.step(S.WITHDRAWN, min(self.today, waiting + _days(rng.randint(_WAITLIST_DAYS, 110))), _WAITLIST_LAPSED)
        else:
            case.step(S.WITHDRAWN, case.between(max(waiting, signed) + _days(1), self.today), _CHANGED_MIND)

    def applied(self, _variant: object) -> None:
        case, rng = self.c, self.rng
        applied = self.start(self.today - _days(900), self.today - _days(200))
        case.apply(self.episode, self.steps, applied)
        withdrawn = applied + _days(rng.randint(10, 60))
        case.step(S.WITHDRAWN, withdrawn, "本人暂不愿接受服务")
        case.first_episode = (applied, withdrawn)
        case.reopen(self.today - _days(rng.randint(2, 20)))

    # --- enrolled and after ---

    def served(self, scenario: str, outcome: ClosingOutcome | None, heavy: bool) -> None:
        case, rng, today = self.c, self.rng, self.today
        need = {"enrolled": 0, "active": 5, "suspended": 60, "closed": 90, "follow_up": 130, "archived": 220}[scenario]
        if heavy:
            first = last = today - _days(_HEAVY_DAYS + rng.randint(0, 60))
        elif scenario == "enrolled":
            first, last = today - _days(70), today - _days(25)
        else:
            first, last = today - _days(_HISTORY_DAYS), today - _days(need + 45)
        intake = self.assessed(first, last)
        sign = intake + _days(rng.randint(1, 14))
        closing = None
        if scenario in ("closed", "follow_up", "archived"):
            closing = self.closing_date(scenario, sign)
        until = closing or today
        self.documents(sign, until, lapse=scenario == "active" and not heavy and rng.random() < _LAPSE_SHARE)
        windows = case.windows(sign, until)
        if not windows:
            raise _Infeasible
        enrolled = windows[0][0]
        if scenario == "enrolled":
            if enrolled < today - _days(90) or enrolled >= today:
                raise _Infeasible
            case.step(S.ENROLLED, enrolled, document="知情同意书、服务协议")
            case.plan(min(today, enrolled + _days(rng.randint(1, 5))), None)
            return
        active = enrolled + _days(rng.randint(3, 15))
        if active > windows[0][1] or active > today - _days(need):
            raise _Infeasible
        case.step(S.ENROLLED, enrolled, document="知情同意书、服务协议")
        case.plan(active - _days(rng.randint(0, 3)), active)
        case.step(S.ACTIVE, active, document="康复计划第1版")
        end = closing or today + _days(1)
        if scenario == "suspended":
            end = case.between(max(active + _days(30), today - _days(150)), today - _days(3))
        if closing is not None and closing < active + _days(60):
            raise _Infeasible
        self.past_suspension(active, end, heavy)
        self.reviews(intake, end, heavy)
        if scenario == "suspended":
            self.suspend(end, final=True)
        elif closing is not None:
            self.close(scenario, closing, outcome or self.pick_outcome())

    def closing_date(self, scenario: str, sign: date) -> date:
        """When the case closes: after the papers on file were signed, and long enough ago for the follow-ups the
        scenario has done."""
        today = self.today
        first = max(sign + _days(80), (self.c.paper_signed or sign) + _days(10))
        if scenario == "closed":
            return self.c.between(max(first, today - _days(80)), today - _days(3))
        if scenario == "follow_up":
            return self.c.between(max(first, today - _days(200)), today - _days(45))
        return self.c.between(first, today - _days(125))

    def documents(self, sign: date, until: date, *, lapse: bool) -> None:
        """Consent and agreements from ``sign``: for a client with paperwork on file, only what came before it."""
        case, rng = self.c, self.rng
        if case.paper_signed is None:
            kinds = [ConsentKind.SERVICE, ConsentKind.SENSITIVE_DATA]
            kinds += [
                k
                for k, share in (
                    (ConsentKind.DATA_PROVISION, 0.92),
                    (ConsentKind.MEDIA, 0.6),
                    (ConsentKind.EMERGENCY, 0.85),
                )
                if rng.random() < share
            ]
            case.sign_consent(sign, kinds)
            if lapse and until - _days(60) > sign + _days(90):
                case.chain(sign, until - _days(rng.randint(5, 60)), exact=True)
            else:
                case.chain(sign, until, exact=False)
            return
        if sign + _days(30) >= case.paper_signed:
            return  # enrolled on the paperwork already on file
        # The form on file re-signs an older one; the kinds it withdrew must not live on in the older form.
        case.sign_consent(sign, [ConsentKind.SERVICE, ConsentKind.SENSITIVE_DATA])
        following = min(case.papers, key=lambda p: p.fact.start)
        if following.fact.start > sign:
            renewed = case.chain(sign, following.fact.start - _days(1), exact=True)
            case.later.append(_setter(following.row, {"renews_id": renewed["id"]}))

    def past_suspension(self, active: date, end: date, heavy: bool) -> None:
        """Some long-served clients were in hospital or away for a while and came back."""
        case, rng = self.c, self.rng
        if heavy or (end - active).days < 300 or rng.random() >= 0.15:
            return
        suspended = active + _days(rng.randint(60, (end - active).days - 150))
        back = suspended + _days(rng.randint(20, 90))
        if back > self.today or not any(first <= back <= last for first, last in case.windows(back, back)):
            return
        self.suspend(suspended, final=False)
        level, illness = case.risk_now
        if level >= 3 or illness == "unstable":
            level, illness = 1, IllnessStatus.BASICALLY_STABLE.value
        case.risk(back, level, illness, "出院小结")
        case.step(S.ACTIVE, back, rng.choice(_RESUME))

    def suspend(self, on: date, *, final: bool) -> None:
        case, rng = self.c, self.rng
        if not final or rng.random() < 0.7 or prompts_green_channel(*case.risk_now):
            level, illness = case.relapse_values()
            case.risk(on, level, illness, rng.choice(("家属报告", "社区随访发现", "医院通知")))
            case.referral(
                ReferralDirection.OUT,
                ReferralKind.HOSPITAL_GREEN_CHANNEL,
                on,
                rng.choice(_HOSPITALS),
                "病情复发，绿色通道转诊",
            )
            case.step(S.SUSPENDED, on, rng.choice(_RELAPSE), "风险评估")
        else:
            case.step(S.SUSPENDED, on, rng.choice(_AWAY))

    def reviews(self, intake: date, end: date, heavy: bool) -> None:
        """Stage reviews every few months (a station setting), each followed by a revised plan; a lagging worker
        has not done the one that fell due lately."""
        case, rng, today = self.c, self.rng, self.today
        lag = 0 if heavy or rng.random() >= _LAGGING_SHARE else 70
        last = intake
        while True:
            due = stage_review_date(last, case.st.review_months)
            on = due + _days(rng.randint(-12, 5))
            if on <= last or on >= end - _days(11) or due > today - _days(lag) or on > today:
                return
            case.assess("stage", on, "sdss", risk=case.risk_now[0])
            if rng.random() < 0.3:
                case.assess("stage", on, "psp")
            agreed = min(today, end - _days(1), on + _days(rng.randint(0, 7)))
            case.plan(on, agreed)
            last = on

    def pick_outcome(self) -> ClosingOutcome:
        outcomes = list(_OUTCOME_WEIGHTS)
        return self.rng.choices(outcomes, weights=[_OUTCOME_WEIGHTS[o] for o in outcomes])[0]

    def close(self, scenario: str, on: date, outcome: ClosingOutcome) -> None:
        case, rng = self.c, self.rng
        if (
            outcome in _OUTCOME_REFERRALS
            and outcome not in (ClosingOutcome.RELAPSE_TO_HOSPITAL,)
            and not case.may_provide(on)
        ):
            raise _Infeasible  # the referral out this outcome rests on needs the consent to provide data
        document = ""
        if outcome not in CLOSING_WITHOUT_ASSESSMENT:
            assessed = max(case.since, on - _days(rng.randint(0, 10)))
            case.assess("closing", assessed, "sdss", risk=case.risk_now[0])
            case.assess("closing", assessed, "gaf")
            document = "结案评估"
        if outcome is ClosingOutcome.RELAPSE_TO_HOSPITAL:
            level, illness = case.relapse_values()
            case.risk(max(case.since, on - _days(rng.randint(0, 3))), level, illness, "医院通知")
        if outcome in _OUTCOME_REFERRALS:
            kind, organisation, reason = _OUTCOME_REFERRALS[outcome]
            case.referral(ReferralDirection.OUT, kind, on, organisation, reason)
        case.step(S.CLOSED, on, _CLOSING_REASONS.get(outcome, _CLOSING_SUMMARY), document, outcome)
        case.terminate_at(on, _CLOSING_REASONS.get(outcome, "结案"))
        if scenario in ("follow_up", "archived"):
            dues = follow_up_dates(on, case.st.follow_up_months)
            done = case.follow_up_done(0, dues[0] + _days(rng.randint(0, 10)))
            if scenario == "archived":
                for index in range(1, len(dues)):
                    done = case.follow_up_done(index, dues[index] + _days(rng.randint(0, 10)))
                case.step(S.ARCHIVED, min(self.today, done + _days(rng.randint(0, 14))))


# --- writing case files ----------------------------------------------------------------------------------------


@cache
def _scan_page() -> bytes:
    """A small grey page with lines of "text" (PNG): the stand-in for the scanned signed paper of older documents,
    so that only recent paper shows as waiting to be scanned. Rendering the real forms would take minutes."""
    width, height = 124, 176
    rows = []
    for y in range(height):
        row = bytearray([246] * width)
        if 14 <= y < height - 24 and y % 9 in (0, 1):
            length = width - 24 - (y * 37) % 30
            row[12 : 12 + length] = bytes([96] * length)
        rows.append(b"\x00" + bytes(row))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


# Tables in an order where every foreign key points at a row inserted before it.
_TABLES = (
    Episode,
    ConsentForm,
    Agreement,
    Consent,
    AgreementFeeLine,
    DocumentScan,
    StatusChange,
    RiskRecord,
    Assessment,
    RehabPlan,
    PlanGoal,
    Referral,
    FollowUp,
)


class _Writer:
    """The rows of one unit of work's clients: inserted in bulk, documents numbered as paperwork.new_number
    numbers them, then the changes to rows already on file made through the session."""

    def __init__(self, uow: UnitOfWork, station: _Station) -> None:
        self.uow = uow
        self.st = station
        self.rows: dict[type, list[dict]] = {table: [] for table in _TABLES}
        self.later: list[Callable[[], None]] = []

    def take(self, case: _Case) -> None:
        for table, values in case.new:
            self.rows[table].append(values)
        page = _scan_page()
        digest = hashlib.sha256(page).hexdigest()
        self.rows[DocumentScan] += [
            {
                "owner_type": owner_type,
                "owner_id": owner_id,
                "media_type": "image/png",
                "byte_size": len(page),
                "sha256": digest,
                "content": page,
            }
            for owner_type, owner_id, signed in case.scannable
            if signed < self.st.today - _days(45)  # older paper has been scanned in
        ]
        self.later += case.later

    def number(self, prefix: str, rows: list[dict]) -> None:
        sequences: dict[int, DocumentSequence] = {}
        for row in rows:
            year = row["signed_on"].year
            if year not in sequences:
                sequence = self.uow.session.get(DocumentSequence, (prefix, year))
                if sequence is None:
                    sequence = DocumentSequence(prefix=prefix, year=year, last=0)
                    self.uow.session.add(sequence)
                sequences[year] = sequence
            sequences[year].last += 1
            row["number"] = document_number(self.st.code, prefix, year, sequences[year].last)

    def write(self) -> None:
        self.number(CONSENT_PREFIX, self.rows[ConsentForm])
        self.number(AGREEMENT_PREFIX, self.rows[Agreement])
        service_repository.insert_new_rows(self.uow.session, [(table, self.rows[table]) for table in _TABLES])
        for change in self.later:
            change()
        self.uow.session.flush()


class _Chooser:
    """Which path each client takes: the heavy case first, then every required state and outcome once, then by
    weight (those at risk mostly suspended or closed to hospital), falling back to simpler paths."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.unmet = list(_REQUIRED)
        self.heavy_found = False

    def candidates(self, client: Client, paper_signed: bool) -> list[tuple[str, object, bool]]:
        found: list[tuple[str, object, bool]] = []
        if not self.heavy_found:
            found.append(("active", None, True))
        # Clients without signed paperwork are few on a small station: they take the paths only they can first.
        unmet = sorted(self.unmet, key=lambda required: paper_signed or required[0] not in _UNSIGNED_ONLY)
        found += [(scenario, variant, False) for scenario, variant in unmet]
        at_risk = prompts_green_channel(client.risk_level, client.illness_status)
        weights = _WEIGHTS_UNSTABLE if at_risk else _WEIGHTS
        scenario = self.rng.choices(list(weights), weights=list(weights.values()))[0]
        variant = ClosingOutcome.RELAPSE_TO_HOSPITAL if at_risk and scenario == "closed" else None
        fallbacks = [("active", None, False), ("waitlisted", None, False), ("registered", _LAST_RESORT, False)]
        return [*found, (scenario, variant, False), *fallbacks]

    def taken(self, scenario: str, variant: object, heavy: bool) -> None:
        if heavy:
            self.heavy_found = True
        elif (scenario, variant) in self.unmet:
            self.unmet.remove((scenario, variant))


def _station(uow: UnitOfWork, ctx: StationContext, today: date, staffing: _Staffing) -> _Station:
    settings = settings_in(uow)
    return _Station(
        today=today,
        account_id=ctx.actor.account_id,
        code=station_repository.the_station(uow.session).code,
        consent_template=current_template(uow, "consent").version,
        agreement_template=current_template(uow, "agreement").version,
        fees=consent_repository.fee_items(uow.session),
        staffing=staffing,
        review_months=settings.stage_review_months,
        follow_up_months=settings.follow_up_months,
    )


def _legal_guardian(uow: UnitOfWork, client: Client, today: date) -> str | None:
    """Read only for clients who may ever have needed one on the station's books (a minor, or without capacity)."""
    adult_since = add_months(client.birth_date, 18 * 12)
    if client.legal_capacity == "full" and adult_since < today - _days(_HEAVY_DAYS + 90):
        return None
    guardians = client_repository.guardians_of(uow.session, client.id)
    return next((g.id for g in guardians if g.is_legal_guardian), None)


def _case_of(uow: UnitOfWork, station: _Station, client: Client, chooser: _Chooser) -> tuple[_Case, Episode, bool]:
    session = uow.session
    episode = case_repository.current_episode(session, client.id)
    if episode is None:
        raise RuntimeError("an imported client has its first episode")
    steps = case_repository.status_changes(session, client.id)
    on_file = _OnFile.read(
        consent_repository.consents_of(session, client.id), consent_repository.agreements_of(session, client.id)
    )
    guardian = _legal_guardian(uow, client, station.today)
    for scenario, variant, heavy in chooser.candidates(client, on_file.signed is not None):
        case = _Case(station, client, guardian, chooser.rng)
        case.paperwork(on_file)
        try:
            _Paths(case, episode, steps).run(scenario, variant, heavy)
        except _Infeasible:
            continue
        chooser.taken(scenario, variant, heavy)
        return case, episode, heavy
    raise RuntimeError("no demo path fits")  # registered, the last resort, always fits


def add_demo_cases(
    ctx: StationContext,
    seed: int,
    today: date,
    *,
    services_per_client: int = DEFAULT_SERVICES_PER_CLIENT,
    progress: Progress = NULL_PROGRESS,
) -> DemoCases:
    """Lifecycles for every client already on the station, then ``services_per_client`` service records per client
    in all (at least HEAVY_CASE_SERVICES). The first client whose history can reach back eight years (on a demo
    station one of the first few) is the heavy case, with exactly HEAVY_CASE_SERVICES records; its case number is
    returned. Needs the staff, and runs after add_demo_paperwork, whose papers become part of the story."""
    rng = random.Random(seed * 15485863)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        ids = client_repository.ids(uow.session, ClientFilter(), "case_number", False)
        members = [
            _Member(m.id, m.start_date, m.end_date, m.direct_service, m.assessor)
            for m in staff_repository.all_staff(uow.session)
        ]
    if not ids or not members:
        return DemoCases(None, 0)
    staffing = _Staffing(members, rng)
    chooser = _Chooser(rng)
    served: list[_Served] = []
    heavy: _Served | None = None
    heavy_number = None
    wanted = max(services_per_client * len(ids), HEAVY_CASE_SERVICES) if services_per_client > 0 else 0
    steps = len(ids) + wanted // SERVICES_PER_STEP
    for start in range(0, len(ids), _CLIENTS_PER_UNIT):
        chunk = ids[start : start + _CLIENTS_PER_UNIT]
        with ctx.store.unit_of_work(ctx.actor) as uow:
            station = _station(uow, ctx, today, staffing)
            writer = _Writer(uow, station)
            for client, _worker in client_repository.rows(uow.session, chunk):
                case, episode, is_heavy = _case_of(uow, station, client, chooser)
                entry = case.finish(writer, episode)
                if entry is not None:
                    served.append(entry)
                if is_heavy:
                    heavy, heavy_number = entry, client.case_number
            writer.write()
            uow.audit("import", entity_type="client", detail={"what": "demo_cases", "clients": len(chunk)})
            uow.commit()
        progress.step(start + len(chunk), steps, "cases")
    if wanted == 0:
        return DemoCases(None, 0)
    services = _Services(
        ctx, rng, today, staffing, lambda made: progress.step(len(ids) + made // SERVICES_PER_STEP, steps, "services")
    )
    return DemoCases(heavy_number, services.add(served, heavy, wanted))


# --- services ------------------------------------------------------------------------------------------------------


class _Pool:
    """Clients who may be served today, for drawing attendees: constant-time add, remove and draw."""

    def __init__(self) -> None:
        self.items: list[_Served] = []
        self.index: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.items)

    def add(self, item: _Served) -> None:
        self.index[id(item)] = len(self.items)
        self.items.append(item)

    def remove(self, item: _Served) -> None:
        position = self.index.pop(id(item))
        last = self.items.pop()
        if last is not item:
            self.items[position] = last
            self.index[id(last)] = position


class _Services:
    """Service records day by day over the station's history: each day's count follows how many clients may be
    served that day (weekdays ten times weekends), so every client is served about as often while on the books;
    the heavy case's records are drawn from its own weekdays first."""

    def __init__(
        self,
        ctx: StationContext,
        rng: random.Random,
        today: date,
        staffing: _Staffing,
        report: Callable[[int], None],
    ) -> None:
        self.ctx, self.rng, self.today, self.staffing, self.report = ctx, rng, today, staffing, report
        self.records: list[dict] = []
        self.attendees: list[dict] = []
        self.staff: list[dict] = []
        self.made = 0

    def add(self, served: list[_Served], heavy: _Served | None, wanted: int) -> int:
        heavy_slots = self.heavy_slots(heavy) if heavy is not None else {}
        others = [entry for entry in served if entry is not heavy]
        rest = wanted - sum(len(forms) for forms in heavy_slots.values())
        spans = [(span, entry) for entry in others for span in entry.spans]
        first_day = min([span[0] for span, _ in spans] + list(heavy_slots) + [self.today])
        days = (self.today - first_day).days + 1
        starts: list[list] = [[] for _ in range(days)]
        ends: list[list] = [[] for _ in range(days)]
        open_count = [0] * (days + 1)
        for (first, last, suspended), entry in spans:
            starts[(first - first_day).days].append((entry, suspended))
            ends[(last - first_day).days].append((entry, suspended))
            open_count[(first - first_day).days] += 1
            open_count[(last - first_day).days + 1] -= 1
        weights, running = [], 0
        for index in range(days):
            running += open_count[index]
            weekday = (first_day + _days(index)).weekday() < 5
            weights.append(running * (10 if weekday else 1))
        total_weight = sum(weights)
        pools = {False: _Pool(), True: _Pool()}
        cumulative = general = 0
        for index in range(days):
            day = first_day + _days(index)
            for entry, suspended in starts[index]:
                pools[suspended].add(entry)
            for form in heavy_slots.get(day, ()):
                self.heavy_record(day, form, heavy, pools[False])
            cumulative += weights[index]
            due = rest * cumulative // total_weight - general if rest > 0 and total_weight else 0
            for _ in range(due):
                self.general_record(day, pools)
            general += due
            for entry, suspended in ends[index]:
                pools[suspended].remove(entry)
        self.write()
        return self.made

    def heavy_slots(self, heavy: _Served) -> dict[date, list[str]]:
        """HEAVY_CASE_SERVICES records on the heavy case's weekdays: day training, a talk every week or so, a home
        visit about monthly."""
        slots: list[tuple[date, str]] = []
        weekdays = [
            first + _days(offset)
            for first, last, suspended in heavy.spans
            if not suspended
            for offset in range((last - first).days + 1)
            if (first + _days(offset)).weekday() < 5
        ]
        for index, day in enumerate(weekdays):
            slots.append((day, "day_training"))
            if index % 7 == 3:
                slots.append((day, "case_management"))
            if index % 21 == 10:
                slots.append((day, "home_visit"))
        if len(slots) < HEAVY_CASE_SERVICES:
            raise RuntimeError("the heavy case was served on too few days")
        chosen: dict[date, list[str]] = {}
        for position in sorted(self.rng.sample(range(len(slots)), HEAVY_CASE_SERVICES)):
            day, form = slots[position]
            chosen.setdefault(day, []).append(form)
        return chosen

    def heavy_record(self, day: date, form: str, heavy: _Served, active: _Pool) -> None:
        if form == "day_training" and len(active) >= 4:
            others = self.rng.sample(active.items, self.rng.randint(4, min(14, len(active))))
            self.record(day, form, [(heavy, False), *((entry, False) for entry in others)], group=True)
        else:
            self.record(day, form, [(heavy, False)], group=False)

    def general_record(self, day: date, pools: dict[bool, _Pool]) -> None:
        rng, active, suspended = self.rng, pools[False], pools[True]
        weekday = day.weekday() < 5
        if len(active) >= 5 and rng.random() < (_GROUP_SHARE if weekday else 0.3):
            form = (
                rng.choices(("day_training", "group_work", "community_activity"), (6, 3, 1))[0]
                if weekday
                else "community_activity"
            )
            people = rng.sample(active.items, rng.randint(5, min(15, len(active))))
            self.record(day, form, [(entry, False) for entry in people], group=True)
            return
        position = rng.randrange(len(active) + len(suspended))
        if position < len(active):
            form = rng.choices(("case_management", "home_visit", "phone_follow_up"), (5, 3, 2))[0]
            self.record(day, form, [(active.items[position], False)], group=False)
        else:
            form = rng.choice(("home_visit", "phone_follow_up"))
            self.record(day, form, [(suspended.items[position - len(active)], True)], group=False)

    def record(self, day: date, form: str, people: list[tuple[_Served, bool]], *, group: bool) -> None:
        """One record, shaped and checked as service_records.record_service checks it."""
        rng = self.rng
        kinds, times, place, contents = _FORM_DETAILS[form]
        goal = None if group else people[0][0].goal_on(day, rng)
        types = goal[1] if goal is not None else tuple(rng.sample(kinds, rng.randint(1, 2)))
        start, end = rng.choice(times)
        givers = {self.staffing.giver(day, None if group else people[0][0].worker_id)}
        if group and rng.random() < 0.5:
            givers.add(self.staffing.giver(day))
        attendees = []
        for position, (entry, _suspended) in enumerate(people):
            absent = group and position > 0 and rng.random() < 0.06
            attendees.append(AttendeeInput(entry.client_id, not absent, rng.choice(_ABSENT_NOTES) if absent else ""))
        valid = validate_service(
            ServiceInput(
                service_date=day,
                start_time=start,
                end_time=end,
                form=form,
                service_types=types,
                staff_ids=tuple(sorted(givers)),
                attendees=tuple(attendees),
                group=group,
                location=place,
                content=rng.choice(contents),
                client_response=rng.choice(_RESPONSES),
                risks_seen="",
                medication_check="" if group else rng.choice(_MEDICATION),
                next_step=rng.choice(_NEXT_STEPS),
                plan_goal_id=goal[0] if goal is not None else None,
            ),
            today=self.today,
        )
        for attendee, (_entry, suspended) in zip(valid.attendees, people, strict=True):
            verdict = check_service(S.SUSPENDED if suspended else S.ACTIVE, valid.form.value, ())
            if attendee.attended and not verdict.allowed:
                raise RuntimeError(f"demo service refused: {verdict.reasons}")
        record_id = new_id()
        self.records.append({"id": record_id, **record_values(valid), "recorded_by": self.ctx.actor.account_id})
        self.attendees += [
            {"service_id": record_id, "client_id": a.client_id, "attended": a.attended, "note": a.note}
            for a in valid.attendees
        ]
        self.staff += [{"service_id": record_id, "staff_id": staff_id} for staff_id in valid.staff_ids]
        if len(self.records) >= _SERVICES_PER_UNIT:
            self.write()

    def write(self) -> None:
        if not self.records:
            return
        with self.ctx.store.unit_of_work(self.ctx.actor) as uow:
            service_repository.insert_new_rows(
                uow.session,
                [(ServiceRecord, self.records), (ServiceAttendee, self.attendees), (ServiceStaff, self.staff)],
            )
            uow.audit(
                "import", entity_type="service_record", detail={"what": "demo_services", "rows": len(self.records)}
            )
            uow.commit()
        self.made += len(self.records)
        self.records, self.attendees, self.staff = [], [], []
        self.report(self.made)
