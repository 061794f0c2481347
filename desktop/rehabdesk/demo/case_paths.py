"""The paths a demo client may take (demo.cases): registered, assessing, waiting, withdrawn, served and closed
with each outcome, reopened."""

from __future__ import annotations

from datetime import date

from rehabdesk.demo.case_story import Case, Infeasible, S, days, setter
from rehabdesk.demo.case_words import (
    AWAY,
    CHANGED_MIND,
    CLOSING_REASONS,
    CLOSING_SUMMARY,
    HOSPITALS,
    NOT_ELIGIBLE,
    OTHER_STATIONS,
    OUTCOME_REFERRALS,
    RELAPSE,
    RESUME,
    WAITLIST_LAPSED,
    WITHDRAWN,
)
from rehabdesk.domain.case_due import stage_review_date
from rehabdesk.domain.consent import ConsentKind
from rehabdesk.domain.lifecycle import CLOSING_WITHOUT_ASSESSMENT, ClosingOutcome, prompts_green_channel
from rehabdesk.domain.people import IllnessStatus
from rehabdesk.domain.referrals import ReferralDirection, ReferralKind, follow_up_dates
from rehabdesk.storage.schema import Episode, StatusChange

_HISTORY_DAYS = 6 * 365  # applications reach back this far
HEAVY_DAYS = 8 * 365 + 30  # the heavy case applied this long ago, before anyone else
_LAGGING_SHARE = 0.2  # active clients whose stage review due in the last ten weeks is not done yet
_LAPSE_SHARE = 0.05  # active clients whose agreement ended without a renewal
_WAITLIST_DAYS = 90
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
_SERVED = ("enrolled", "active", "suspended", "closed", "follow_up", "archived")
# Scenarios that read only the client's own path: a client whose paperwork is signed was at least assessed.
UNSIGNED_ONLY = ("registered", "not_eligible", "applied")
LAST_RESORT = "last_resort"  # registered lately, whatever the paperwork on file: every client can take it


class Paths:
    """The paths a client may take; each raises Infeasible when the client's dates or paperwork do not allow it."""

    def __init__(self, case: Case, episode: Episode, steps: list[StatusChange]) -> None:
        self.c = case
        self.rng = case.rng
        self.today = case.today
        self.episode = episode
        self.steps = steps

    def run(self, scenario: str, variant: object, heavy: bool) -> None:
        case = self.c
        if case.paper_signed is not None and scenario in UNSIGNED_ONLY and variant != LAST_RESORT:
            raise Infeasible
        if scenario in _SERVED:
            self.served(scenario, variant if isinstance(variant, ClosingOutcome) else None, heavy)
        else:
            getattr(self, scenario)(variant)

    def start(self, first: date, last: date, *, before_paperwork: bool = True) -> date:
        """The application date, before any paperwork already signed."""
        case = self.c
        if case.paper_signed is not None and before_paperwork:
            last = min(last, case.paper_signed - days(5))
        return case.between(max(first, case.earliest), last)

    def referral_in(self, on: date) -> None:
        channel = self.c.client.channel
        if channel == "medical_referral":
            self.c.referral(
                ReferralDirection.IN,
                ReferralKind.COMMUNITY_SERVICE,
                on,
                self.rng.choice(HOSPITALS),
                "出院后转介社区康复",
            )
        elif channel == "transfer_in":
            self.c.referral(
                ReferralDirection.IN,
                ReferralKind.TRANSFER,
                on,
                self.rng.choice(OTHER_STATIONS),
                "迁居本区，原站点转入",
            )

    def assessed(self, first: date, last: date) -> date:
        """Applied, registered, assessing and the intake assessment done: the intake date."""
        case, rng = self.c, self.rng
        applied = self.start(first, last)
        case.apply(self.episode, self.steps, applied)
        self.referral_in(applied)
        assessing = min(self.today, applied + days(rng.randint(1, 5)))
        case.step(S.ASSESSING, assessing)
        intake = min(self.today, assessing + days(rng.randint(2, 10)))
        case.intake(intake)
        return intake

    # --- before enrolment ---

    def registered(self, variant: object) -> None:
        applied = self.start(self.today - days(20), self.today, before_paperwork=variant != LAST_RESORT)
        self.c.apply(self.episode, self.steps, applied)

    def assessing(self, _variant: object) -> None:
        case, rng = self.c, self.rng
        applied = self.start(self.today - days(45), self.today - days(3))
        case.apply(self.episode, self.steps, applied)
        assessing = applied + days(rng.randint(1, 3))
        case.step(S.ASSESSING, assessing)
        intake = assessing + days(rng.randint(1, 10))
        if intake <= self.today and rng.random() < 0.5:
            case.intake(intake)

    def not_eligible(self, _variant: object) -> None:
        intake = self.assessed(self.today - days(700), self.today - days(20))
        on = min(self.today, intake + days(self.rng.randint(0, 7)))
        self.c.step(S.NOT_ELIGIBLE, on, self.rng.choice(NOT_ELIGIBLE), "需求评估")

    def waitlisted(self, variant: object) -> None:
        case, rng = self.c, self.rng
        long = variant == "long"
        intake = self.assessed(self.today - days(220), self.today - days(115 if long else 20))
        waiting = min(self.today, intake + days(rng.randint(0, 7)))
        case.step(S.WAITLISTED, waiting, "评估符合条件，暂无服务名额", "需求评估")
        if not long and (self.today - waiting).days > _WAITLIST_DAYS and rng.random() < 0.5:
            case.confirmed_on = case.between(waiting + days(_WAITLIST_DAYS - 10), self.today)

    def withdrawn(self, _variant: object) -> None:
        """Withdrawn while registered, or from the waiting list: unconfirmed after 90 days, or (paper signed) on
        second thoughts."""
        case, rng, signed = self.c, self.rng, self.c.paper_signed
        if signed is None and rng.random() < 0.5:
            applied = self.start(self.today - days(700), self.today - days(60))
            case.apply(self.episode, self.steps, applied)
            case.step(S.WITHDRAWN, applied + days(rng.randint(3, 40)), rng.choice(WITHDRAWN))
            return
        intake = self.assessed(self.today - days(700), self.today - days(130))
        waiting = intake + days(rng.randint(0, 7))
        case.step(S.WAITLISTED, waiting, "评估符合条件，暂无服务名额", "需求评估")
        if signed is None:
            case.step(S.WITHDRAWN, min(self.today, waiting + days(rng.randint(_WAITLIST_DAYS, 110))), WAITLIST_LAPSED)
        else:
            case.step(S.WITHDRAWN, case.between(max(waiting, signed) + days(1), self.today), CHANGED_MIND)

    def applied(self, _variant: object) -> None:
        case, rng = self.c, self.rng
        applied = self.start(self.today - days(900), self.today - days(200))
        case.apply(self.episode, self.steps, applied)
        withdrawn = applied + days(rng.randint(10, 60))
        case.step(S.WITHDRAWN, withdrawn, "本人暂不愿接受服务")
        case.first_episode = (applied, withdrawn)
        case.reopen(self.today - days(rng.randint(2, 20)))

    # --- enrolled and after ---

    def served(self, scenario: str, outcome: ClosingOutcome | None, heavy: bool) -> None:
        case, rng, today = self.c, self.rng, self.today
        need = {"enrolled": 0, "active": 5, "suspended": 60, "closed": 90, "follow_up": 130, "archived": 220}[scenario]
        if heavy:
            first = last = today - days(HEAVY_DAYS + rng.randint(0, 60))
        elif scenario == "enrolled":
            first, last = today - days(70), today - days(25)
        else:
            first, last = today - days(_HISTORY_DAYS), today - days(need + 45)
        intake = self.assessed(first, last)
        sign = intake + days(rng.randint(1, 14))
        closing = None
        if scenario in ("closed", "follow_up", "archived"):
            closing = self.closing_date(scenario, sign)
        until = closing or today
        self.documents(sign, until, lapse=scenario == "active" and not heavy and rng.random() < _LAPSE_SHARE)
        windows = case.windows(sign, until)
        if not windows:
            raise Infeasible
        enrolled = windows[0][0]
        if scenario == "enrolled":
            if enrolled < today - days(90) or enrolled >= today:
                raise Infeasible
            case.step(S.ENROLLED, enrolled, document="知情同意书、服务协议")
            case.plan(min(today, enrolled + days(rng.randint(1, 5))), None)
            return
        active = enrolled + days(rng.randint(3, 15))
        if active > windows[0][1] or active > today - days(need):
            raise Infeasible
        case.step(S.ENROLLED, enrolled, document="知情同意书、服务协议")
        case.plan(active - days(rng.randint(0, 3)), active)
        case.step(S.ACTIVE, active, document="康复计划第1版")
        end = closing or today + days(1)
        if scenario == "suspended":
            end = case.between(max(active + days(30), today - days(150)), today - days(3))
        if closing is not None and closing < active + days(60):
            raise Infeasible
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
        first = max(sign + days(80), (self.c.paper_signed or sign) + days(10))
        if scenario == "closed":
            return self.c.between(max(first, today - days(80)), today - days(3))
        if scenario == "follow_up":
            return self.c.between(max(first, today - days(200)), today - days(45))
        return self.c.between(first, today - days(125))

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
            if lapse and until - days(60) > sign + days(90):
                case.chain(sign, until - days(rng.randint(5, 60)), exact=True)
            else:
                case.chain(sign, until, exact=False)
            return
        if sign + days(30) >= case.paper_signed:
            return  # enrolled on the paperwork already on file
        # The form on file re-signs an older one; the kinds it withdrew must not live on in the older form.
        case.sign_consent(sign, [ConsentKind.SERVICE, ConsentKind.SENSITIVE_DATA])
        following = min(case.papers, key=lambda p: p.fact.start)
        if following.fact.start > sign:
            renewed = case.chain(sign, following.fact.start - days(1), exact=True)
            case.later.append(setter(following.row, {"renews_id": renewed["id"]}))

    def past_suspension(self, active: date, end: date, heavy: bool) -> None:
        """Some long-served clients were in hospital or away for a while and came back."""
        case, rng = self.c, self.rng
        if heavy or (end - active).days < 300 or rng.random() >= 0.15:
            return
        suspended = active + days(rng.randint(60, (end - active).days - 150))
        back = suspended + days(rng.randint(20, 90))
        if back > self.today or not any(first <= back <= last for first, last in case.windows(back, back)):
            return
        self.suspend(suspended, final=False)
        level, illness = case.risk_now
        if level >= 3 or illness == "unstable":
            level, illness = 1, IllnessStatus.BASICALLY_STABLE.value
        case.risk(back, level, illness, "出院小结")
        case.step(S.ACTIVE, back, rng.choice(RESUME))

    def suspend(self, on: date, *, final: bool) -> None:
        case, rng = self.c, self.rng
        if not final or rng.random() < 0.7 or prompts_green_channel(*case.risk_now):
            level, illness = case.relapse_values()
            case.risk(on, level, illness, rng.choice(("家属报告", "社区随访发现", "医院通知")))
            case.referral(
                ReferralDirection.OUT,
                ReferralKind.HOSPITAL_GREEN_CHANNEL,
                on,
                rng.choice(HOSPITALS),
                "病情复发，绿色通道转诊",
            )
            case.step(S.SUSPENDED, on, rng.choice(RELAPSE), "风险评估")
        else:
            case.step(S.SUSPENDED, on, rng.choice(AWAY))

    def reviews(self, intake: date, end: date, heavy: bool) -> None:
        """Stage reviews every few months (a station setting), each followed by a revised plan; a lagging worker
        has not done the one that fell due lately."""
        case, rng, today = self.c, self.rng, self.today
        lag = 0 if heavy or rng.random() >= _LAGGING_SHARE else 70
        last = intake
        while True:
            due = stage_review_date(last, case.st.review_months)
            on = due + days(rng.randint(-12, 5))
            if on <= last or on >= end - days(11) or due > today - days(lag) or on > today:
                return
            case.assess("stage", on, "sdss", risk=case.risk_now[0])
            if rng.random() < 0.3:
                case.assess("stage", on, "psp")
            agreed = min(today, end - days(1), on + days(rng.randint(0, 7)))
            case.plan(on, agreed)
            last = on

    def pick_outcome(self) -> ClosingOutcome:
        outcomes = list(_OUTCOME_WEIGHTS)
        return self.rng.choices(outcomes, weights=[_OUTCOME_WEIGHTS[o] for o in outcomes])[0]

    def close(self, scenario: str, on: date, outcome: ClosingOutcome) -> None:
        case, rng = self.c, self.rng
        if (
            outcome in OUTCOME_REFERRALS
            and outcome not in (ClosingOutcome.RELAPSE_TO_HOSPITAL,)
            and not case.may_provide(on)
        ):
            raise Infeasible  # the referral out this outcome rests on needs the consent to provide data
        document = ""
        if outcome not in CLOSING_WITHOUT_ASSESSMENT:
            assessed = max(case.since, on - days(rng.randint(0, 10)))
            case.assess("closing", assessed, "sdss", risk=case.risk_now[0])
            case.assess("closing", assessed, "gaf")
            document = "结案评估"
        if outcome is ClosingOutcome.RELAPSE_TO_HOSPITAL:
            level, illness = case.relapse_values()
            case.risk(max(case.since, on - days(rng.randint(0, 3))), level, illness, "医院通知")
        if outcome in OUTCOME_REFERRALS:
            kind, organisation, reason = OUTCOME_REFERRALS[outcome]
            case.referral(ReferralDirection.OUT, kind, on, organisation, reason)
        case.step(S.CLOSED, on, CLOSING_REASONS.get(outcome, CLOSING_SUMMARY), document, outcome)
        case.terminate_at(on, CLOSING_REASONS.get(outcome, "结案"))
        if scenario in ("follow_up", "archived"):
            dues = follow_up_dates(on, case.st.follow_up_months)
            done = case.follow_up_done(0, dues[0] + days(rng.randint(0, 10)))
            if scenario == "archived":
                for index in range(1, len(dues)):
                    done = case.follow_up_done(index, dues[index] + days(rng.randint(0, 10)))
                case.step(S.ARCHIVED, min(self.today, done + days(rng.randint(0, 14))))
