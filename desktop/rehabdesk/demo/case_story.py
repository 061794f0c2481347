"""One demo client's case (demo.cases): its path planned in memory and checked with the rules the services apply,
the rows it leaves, and what the services then need of the client."""

from __future__ import annotations

import json
import random
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from rehabdesk.demo.case_words import FOLLOW_UP_NOTES, FREQUENCIES, GOALS, INFORMANTS, PLACES, SCHEDULES
from rehabdesk.domain.agreements import AgreementStatus
from rehabdesk.domain.case_due import REVIEW_KINDS
from rehabdesk.domain.consent import ConsentFormStatus, ConsentKind, ConsentStatus, Signer
from rehabdesk.domain.eligibility import AgreementFact, ConsentFact, consent_in_force, may_serve
from rehabdesk.domain.instruments import allowed_range, builtin_instruments, score
from rehabdesk.domain.lifecycle import ClosingOutcome, TransitionFacts, check_transition, prompts_green_channel
from rehabdesk.domain.people import ADULT_AGE, ClientStatus
from rehabdesk.domain.referrals import ReferralDirection, ReferralKind, follow_up_dates
from rehabdesk.domain.safety import add_months
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.services.paperwork import agreement_facts, consent_facts, needs_legal_guardian
from rehabdesk.services.plans import MAX_PLAN_MONTHS
from rehabdesk.storage.schema import (
    Agreement,
    AgreementFeeLine,
    Assessment,
    Client,
    Consent,
    ConsentForm,
    Episode,
    FollowUp,
    PlanGoal,
    Referral,
    RehabPlan,
    RiskRecord,
    StatusChange,
)
from rehabdesk.storage.schema.base import new_id

S = ClientStatus


class Infeasible(Exception):
    """This client cannot take this path (dates, paperwork): another is tried."""


@dataclass(frozen=True)
class Member:
    id: str
    start: date
    end: date | None
    direct: bool
    assessor: bool


class Staffing:
    """Who could give a service or an assessment on a day: employed then (or, before anyone was, the first hired)."""

    def __init__(self, members: list[Member], rng: random.Random) -> None:
        self.members = sorted(members, key=lambda m: m.start)
        self.rng = rng
        self._day: date | None = None
        self._employed: list[Member] = []

    def employed(self, day: date) -> list[Member]:
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
class Station:
    today: date
    account_id: str | None
    code: str
    consent_template: int
    agreement_template: int
    fees: list  # FeeItem rows
    staffing: Staffing
    review_months: int
    follow_up_months: tuple[int, ...]


@dataclass
class Served:
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
class OnFile:
    """What add_demo_paperwork left for a client; ``signed`` is its first signing when it holds a signed service
    consent and agreement (the client's path then leads up to it)."""

    consents: tuple[ConsentFact, ...]
    papers: tuple[_Paper, ...]
    signed: date | None

    @classmethod
    def read(cls, consents: list[Consent], agreements: list[Agreement]) -> OnFile:
        facts = tuple(consent_facts(consents))
        papers = tuple(
            _Paper(row, fact)
            for row, fact in zip(agreements, agreement_facts(agreements), strict=True)
            if fact.signed_on is not None and fact.status is not AgreementStatus.DRAFT
        )
        signed = [c.signed_on for c in facts if c.kind is ConsentKind.SERVICE]
        first = min(signed + [p.fact.signed_on for p in papers if p.fact.signed_on]) if signed and papers else None
        return cls(facts, papers, first)


def days(count: int) -> timedelta:
    return timedelta(days=count)


def setter(row: object, changes: dict) -> Callable[[], None]:
    def change() -> None:
        for name, value in changes.items():
            setattr(row, name, value)

    return change


class Case:
    """Plans one client's path and collects the rows it leaves (as column values, inserted in bulk) and the changes
    to rows already on file; nothing reaches the session before the writer takes them, so an attempt found
    infeasible halfway is simply dropped."""

    def __init__(self, station: Station, client: Client, legal_guardian: str | None, rng: random.Random) -> None:
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
            raise Infeasible
        return first + days(self.rng.randint(0, (last - first).days))

    @property
    def earliest(self) -> date:
        """The first plausible application: a year after onset, at 16 or older."""
        client = self.client
        onset = client.onset_date + days(365) if client.onset_date else client.birth_date
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
            informant=self.rng.choice(INFORMANTS),
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
        end = add_months(start, MAX_PLAN_MONTHS) - days(1)
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
        for position, (term, goal, measure, types, form) in enumerate(self.rng.sample(GOALS, self.rng.randint(2, 3))):
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
                frequency=self.rng.choice(FREQUENCIES),
                responsible_staff_id=self.client.responsible_worker_id,
                target_date=start + days(self.rng.randint(min(60, horizon), horizon)),
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
                raise Infeasible
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
            place=rng.choice(PLACES),
            schedule=rng.choice(SCHEDULES),
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
            end = add_months(start, 12 * rng.choice((1, 1, 1, 2, 3))) - days(1)
            if exact:
                end = min(end, until)
            renews = self.agreement(start, end, signed, renews)
            if end >= until:
                break
            start, signed = end + days(1), max(signed, end + days(1) - days(rng.randint(0, 20)))
        if not exact and until >= self.today and end < self.today + days(30) and rng.random() < 0.5:
            signed = max(signed, self.today - days(rng.randint(0, 10)))
            renews = self.agreement(end + days(1), add_months(end, 12), signed, renews)
        return renews

    def paperwork(self, on_file: OnFile) -> None:
        self.consents, self.papers = list(on_file.consents), list(on_file.papers)
        self.paper_signed = on_file.signed

    def windows(self, first: date, last: date) -> list[tuple[date, date]]:
        """The days from ``first`` to ``last`` on which the consent-and-agreement rule lets the client be served;
        the rule's answer can change only on the dates cut below."""
        adult = add_months(self.client.birth_date, ADULT_AGE * 12)
        cuts = {first, adult, adult + days(1)}
        for consent in self.consents:
            cuts.update(d for d in (consent.signed_on, consent.withdrawn_on) if d)
        for paper in self.papers:
            fact = paper.fact
            cuts.update(d for d in (fact.signed_on, fact.start, fact.end + days(1), fact.terminated_on) if d)
        points = sorted(d for d in cuts if first <= d <= last)
        found: list[tuple[date, date]] = []
        for index, day in enumerate(points):
            until = points[index + 1] - days(1) if index + 1 < len(points) else last
            if not self.documents(day):
                if found and found[-1][1] == day - days(1):
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
                    self.later.append(setter(paper.row, changes))

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
            receipt_date=min(self.today, on + days(self.rng.randint(0, 5))),
            feedback="已接收",
        )

    def follow_up_done(self, index: int, on: date) -> date:
        """referrals.record_follow_up: the first moves a closed case to follow-up."""
        row = self.follow_ups[index]
        row["done_on"] = done = min(self.today, max(on, self.closed_on or on))
        row["note"] = self.rng.choice(FOLLOW_UP_NOTES)
        if self.status is S.CLOSED:
            self.step(S.FOLLOW_UP, done)
        return done

    # --- finishing ---

    def finish(self, episode: Episode) -> Served | None:
        """Add what changed on the imported episode and the client to the rows for the writer; what the services
        need of the client, if it is served."""
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
        spans = self.service_spans() if self.first_episode is None else []
        if not spans:
            return None
        return Served(
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
            last = self.segments[index + 1][0] - days(1) if index + 1 < len(self.segments) else self.today
            spans += [(first, until, status is S.SUSPENDED) for first, until in self.windows(on, last)]
        return spans
