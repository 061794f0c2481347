"""The station's indicators (DOMAIN.md §7): report periods, the clients' status history as day spans, and the
登记康复对象接受规范服务 rule, client by client, with the parts a client misses.

Definitions (also in the README):

- **Registered for community rehabilitation (登记参加社区康复)**: a client whose status was ``enrolled``,
  ``active`` or ``suspended`` on at least one day of the period. Applicants (``applied``, ``registered``,
  ``assessing``) and the waiting list are not yet taking part; from the day a case is closed (``closed``,
  ``follow_up``, ``archived``) or withdrawn it no longer is. A client counts once even with two episodes in the
  period.
- **Standardised services (接受规范服务)**, default rule, each part a setting:
  consent — the service consent and the separate health-data consent hold on every registered day of the period
  (a withdrawal in the period breaks it from that day; a minor or a client without full capacity needs the
  guardian's signature); agreement — a signed agreement is in force on every registered day (one that expires in
  the period without a renewal breaks it); baseline — an intake assessment of the episode on or before the last
  registered day; plan — an approved plan of the episode whose period covers the last registered day; services —
  at least N attended, undeleted service records in every *service month*: a month of the period in which the
  client was ``active`` (not suspended) on at least ``MIN_ACTIVE_DAYS`` days inside the period; stage review —
  on the last registered day the stage review (every ``stage_review_months`` after the last intake or stage
  assessment) is not overdue.
- Rate = standardised / registered, in whole per cent rounded half up (``rate_percent``).

Pure Python: the service gathers the facts, this module decides."""

from __future__ import annotations

import bisect
import functools
import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from rehabdesk.domain.case_due import stage_review_date
from rehabdesk.domain.consent import GATING_KINDS
from rehabdesk.domain.eligibility import (
    AgreementFact,
    ConsentFact,
    Reason,
    agreement_in_force,
    consent_in_force,
)
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.people import ClientStatus, Profession
from rehabdesk.domain.safety import add_months

REGISTERED_STATUSES = frozenset({ClientStatus.ENROLLED.value, ClientStatus.ACTIVE.value, ClientStatus.SUSPENDED.value})
_ACTIVE = ClientStatus.ACTIVE.value  # read once: an enum member's .value is a descriptor call in the hot loops
MIN_ACTIVE_DAYS = 15  # a month is a service month when the client was active on this many of its days in the period
DEFAULT_TARGETS = "2023=30,2024=45,2025=60"
# 参与精神科医务人员: psychiatrists and psychiatric nurses; 参与社会工作: social workers (社会工作者).
PSYCHIATRIC_MEDICAL = frozenset({Profession.PSYCHIATRIST.value, Profession.PSYCHIATRIC_NURSE.value})
SOCIAL_WORK = frozenset({Profession.SOCIAL_WORKER.value})
SMALL_COUNT = 5  # counts below this are printed "<5" in lists meant to leave the station
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, order=True)
class Period:
    """A closed range of days with the label it was asked by ("2026Q3", "2026H1", "2026", "2026-07", or
    "2026-07-01–2026-08-15")."""

    start: date
    end: date
    label: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError("period_reversed", "period")

    @staticmethod
    def month(year: int, month: int) -> Period:
        return Period(date(year, month, 1), date(year, month, monthrange(year, month)[1]), f"{year}-{month:02d}")

    @staticmethod
    def quarter(year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        return Period(date(year, first, 1), Period.month(year, first + 2).end, f"{year}Q{quarter}")

    @staticmethod
    def half(year: int, half: int) -> Period:
        first = 6 * (half - 1) + 1
        return Period(date(year, first, 1), Period.month(year, first + 5).end, f"{year}H{half}")

    @staticmethod
    def year(year: int) -> Period:
        return Period(date(year, 1, 1), date(year, 12, 31), str(year))

    @staticmethod
    def between(start: date, end: date) -> Period:
        return Period(start, end, f"{start.isoformat()}–{end.isoformat()}")

    @staticmethod
    def parse(text: str) -> Period:
        value = text.strip().upper()
        try:
            if match := re.fullmatch(r"(\d{4})Q([1-4])", value):
                return Period.quarter(int(match[1]), int(match[2]))
            if match := re.fullmatch(r"(\d{4})H([12])", value):
                return Period.half(int(match[1]), int(match[2]))
            if match := re.fullmatch(r"(\d{4})", value):
                return Period.year(int(match[1]))
            if match := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
                return Period.month(int(match[1]), int(match[2]))
            if match := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*(?:–|--|/|\.\.)\s*(\d{4}-\d{2}-\d{2})", value):
                return Period.between(date.fromisoformat(match[1]), date.fromisoformat(match[2]))
        except ValueError:
            pass
        raise ValidationError("period_invalid", "period", text=text)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def months(self) -> list[Period]:
        """The calendar months the period touches, each cut to the period."""
        return list(_months(self))

    def overlap_days(self, start: date, end: date) -> int:
        return max(0, (min(end, self.end) - max(start, self.start)).days + 1)


@functools.cache
def _months(period: Period) -> tuple[Period, ...]:
    found = []
    first = period.start.replace(day=1)
    while first <= period.end:
        whole = Period.month(first.year, first.month)
        found.append(Period(max(whole.start, period.start), min(whole.end, period.end), whole.label))
        first = whole.end + timedelta(days=1)
    return tuple(found)


def trend_months(end: date, count: int = 12) -> list[Period]:
    """The ``count`` whole months ending with the one holding ``end``, oldest first."""
    last = Period.month(end.year, end.month)
    return [Period.month(d.year, d.month) for d in (add_months(last.start, -i) for i in range(count - 1, -1, -1))]


def rate_percent(part: int, whole: int) -> float:
    """A share in per cent with one decimal (half up); 0 for an empty whole."""
    if whole <= 0:
        return 0.0
    return int(part * 1000 / whole + 0.5) / 10


def parse_targets(text: str) -> dict[int, int]:
    """ "2023=30,2024=45,2025=60" → {2023: 30, …}; years 2000–2100, per cent 0–100."""
    targets: dict[int, int] = {}
    for part in text.replace("，", ",").replace("：", "=").replace(":", "=").split(","):
        if not part.strip():
            continue
        year, _, percent = part.partition("=")
        if not (year.strip().isdigit() and percent.strip().isdigit()):
            raise ValidationError("targets_invalid", "standard_targets")
        y, p = int(year), int(percent)
        if not (2000 <= y <= 2100 and 0 <= p <= 100) or y in targets:
            raise ValidationError("targets_invalid", "standard_targets")
        targets[y] = p
    return targets


def target_for(targets: dict[int, int], year: int) -> int | None:
    """The year's target; after the last year listed, the last target still holds."""
    if year in targets:
        return targets[year]
    earlier = [y for y in targets if y < year]
    return targets[max(earlier)] if earlier else None


@dataclass(frozen=True)
class StandardRule:
    """The parts of the 规范服务 rule; a part switched off is not checked. ``services_per_month`` 0 is off."""

    consent: bool = True
    agreement: bool = True
    baseline: bool = True
    plan: bool = True
    services_per_month: int = 1
    stage_review: bool = True
    stage_review_months: int = 6

    def parts(self) -> list[str]:
        """The parts in force, as codes ("services" included only when N > 0)."""
        on = [("consent", self.consent), ("agreement", self.agreement), ("baseline", self.baseline)]
        on += [("plan", self.plan), ("services", self.services_per_month > 0), ("stage_review", self.stage_review)]
        return [name for name, used in on if used]


class Span(NamedTuple):
    status: str
    start: date
    end: date  # inclusive
    episode_id: str
    since: date  # the episode's application date: papers count from it


def status_spans(changes: list[tuple[str, date, str, date]], horizon: date) -> list[Span]:
    """Day spans of one client's statuses from its status changes ``(to_status, changed_on, episode id,
    application date)`` in the order they happened; the last status runs to ``horizon``. Two changes on one day:
    the later one wins that day."""
    spans: list[Span] = []
    for index, (status, on, episode_id, since) in enumerate(changes):
        following = changes[index + 1][1] if index + 1 < len(changes) else horizon + timedelta(days=1)
        end = following - timedelta(days=1)
        if end >= on:
            spans.append(Span(status, on, end, episode_id, since))
    return spans


def status_on(spans: list[Span], day: date) -> Span | None:
    for span in spans:
        if span.start <= day <= span.end:
            return span
    return None


class Missing(NamedTuple):
    """A part of the rule a client misses, with what the message needs (a reason code, months, a date)."""

    part: str  # consent | agreement | baseline | plan | services | stage_review
    detail: str = ""  # e.g. the eligibility reason code, or "2026-08,2026-09"
    on: date | None = None


class _once:
    """functools.cached_property without its lock: Python 3.11's takes one lock for the property across all
    instances on each first read, and a large station's figures make that first read for every client. The
    value goes into the instance's __dict__, which later reads find first."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        self._compute = compute
        self._name = compute.__name__

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self._name] = self._compute(instance)
        return value


@dataclass(frozen=True)
class ClientFacts:
    """What the rule needs of one client, gathered by the service."""

    spans: list[Span]
    consents: list[ConsentFact]
    agreements: list[AgreementFact]
    needs_guardian: bool
    intake_dates: dict[str, list[date]]  # episode id → intake assessment dates
    review_dates: dict[str, list[date]]  # episode id → intake and stage assessment dates
    plans: dict[str, list[tuple[date, date, date]]]  # episode id → (approved on, period start, period end)
    services_by_month: dict[str, int]  # "2026-07" → attended records (of the months asked)

    @_once
    def paper_events(self) -> tuple[date, ...]:
        """The days on which the papers' standing may change: signings, withdrawals, terminations, agreement
        starts and the days after agreement ends. Computed once per client, however many periods are checked."""
        events = {c.signed_on for c in self.consents}
        events.update(c.withdrawn_on for c in self.consents if c.withdrawn_on)
        for a in self.agreements:
            events.add(a.start)
            events.add(a.end + _ONE_DAY)
            if a.terminated_on:
                events.add(a.terminated_on)
            if a.signed_on:
                events.add(a.signed_on)
        return tuple(sorted(events))

    @_once
    def first_intake(self) -> dict[str, date]:
        """Episode id → its earliest intake date: the baseline holds on a day when this is on or before it."""
        return {episode: min(days) for episode, days in self.intake_dates.items() if days}

    @_once
    def sorted_reviews(self) -> dict[str, list[date]]:
        """Episode id → its intake and stage assessment dates in order, for the last one on or before a day."""
        return {episode: sorted(days) for episode, days in self.review_dates.items()}

    # The papers' standing is the same on every day between two paper events (each condition compares the day
    # with a signing, withdrawal, start, end + 1 or termination), so it is worked out once per stretch and
    # episode: the twelve months of the trend ask the same question many times.
    @_once
    def _standing(self) -> dict[tuple[str, int, date], Reason | None]:
        return {}

    def consent_reason(self, day: date, since: date) -> Reason | None:
        """The first gating kind's reason (a plain loop: a generator here cost a tenth of the rule's time)."""
        standing = self._standing
        key = ("consent", bisect.bisect_right(self.paper_events, day), since)
        if key in standing:
            return standing[key]
        reason = None
        for kind in GATING_KINDS:
            reason = consent_in_force(
                self.consents, kind, today=day, needs_legal_guardian=self.needs_guardian, since=since
            )
            if reason is not None:
                break
        standing[key] = reason
        return reason

    def agreement_reason(self, day: date, since: date) -> Reason | None:
        standing = self._standing
        key = ("agreement", bisect.bisect_right(self.paper_events, day), since)
        if key not in standing:
            standing[key] = agreement_in_force(
                self.agreements, today=day, needs_legal_guardian=self.needs_guardian, since=since
            )
        return standing[key]


def registered_spans(spans: list[Span], period: Period) -> list[Span]:
    """The client's registered spans cut to the period."""
    first, last = period.start, period.end
    # Made directly: a NamedTuple's _replace costs three times as much, and this runs for every client and period.
    return [
        Span(s.status, max(s.start, first), min(s.end, last), s.episode_id, s.since)
        for s in spans
        if s.status in REGISTERED_STATUSES and s.start <= last and s.end >= first
    ]


def registered_in(spans: list[Span], period: Period) -> bool:
    """Whether the client was registered on some day of the period (registered_spans without making them)."""
    first, last = period.start, period.end
    return any(s.status in REGISTERED_STATUSES and s.start <= last and s.end >= first for s in spans)


def service_months(spans: list[Span], period: Period) -> list[str]:
    """The months of the period in which the client was active on at least MIN_ACTIVE_DAYS days."""
    active = [(s.start, s.end) for s in spans if s.status == _ACTIVE]
    months: list[str] = []
    if not active:
        return months
    for month in _months(period):
        first, last = month.start, month.end
        days = 0
        for start, end in active:  # a loop, not sum() over a generator: once a client and month
            if start <= last and end >= first:
                days += (min(end, last) - max(start, first)).days + 1
        if days >= min(MIN_ACTIVE_DAYS, (last - first).days + 1):
            months.append(month.label)
    return months


def _paper_days(registered: list[Span], facts: ClientFacts) -> list[tuple[date, Span]]:
    """The days on which the papers' standing can change inside the registered spans: each span's first day and
    every withdrawal, termination, agreement end + 1 and signing that falls inside one. Checking these is checking
    every day."""
    days = []
    for span in registered:
        days.append((span.start, span))
        days += [(day, span) for day in facts.paper_events if span.start < day <= span.end]
    return days


def check_standard(
    facts: ClientFacts, period: Period, rule: StandardRule, registered: list[Span] | None = None
) -> list[Missing]:
    """The parts of ``rule`` a registered client misses in ``period`` (empty: standardised). A client not
    registered in the period misses everything and should not be asked. ``registered``: the client's
    registered_spans in the period, when the caller has them already."""
    if registered is None:
        registered = registered_spans(facts.spans, period)
    if not registered:
        return [Missing("registered")]
    missing: list[Missing] = []
    paper_days = _paper_days(registered, facts) if rule.consent or rule.agreement else []
    if rule.consent:
        for check_day, span in paper_days:
            reason = facts.consent_reason(check_day, span.since)
            if reason is not None:
                missing.append(Missing("consent", reason.code, check_day))
                break
    if rule.agreement:
        for check_day, span in paper_days:
            reason = facts.agreement_reason(check_day, span.since)
            if reason is not None:
                missing.append(Missing("agreement", reason.code, check_day))
                break
    months = service_months(facts.spans, period) if rule.services_per_month > 0 else []
    last = registered[-1]
    return missing + _case_work_missing(facts, rule, last.end, last.episode_id, months)


# The same few hundred review dates come back for every client and month of a trend.
_review_due = functools.lru_cache(maxsize=8192)(stage_review_date)


def _case_work_missing(
    facts: ClientFacts, rule: StandardRule, day: date, episode: str, months: list[str]
) -> list[Missing]:
    """The baseline, plan, services and stage-review parts, judged on the last registered ``day`` (of the
    ``episode`` of that day) and over the service ``months``. Asked once a month of every client for a trend, so
    each part looks its facts up rather than filtering lists."""
    missing: list[Missing] = []
    if rule.baseline:
        intake = facts.first_intake.get(episode)
        if intake is None or intake > day:
            missing.append(Missing("baseline"))
    if rule.plan:
        for approved, start, end in facts.plans.get(episode, ()):
            if approved <= day and start <= day <= end:
                break
        else:
            missing.append(Missing("plan", "", day))
    if rule.services_per_month > 0 and months:
        served = facts.services_by_month
        short = [m for m in months if served.get(m, 0) < rule.services_per_month]
        if short:
            missing.append(Missing("services", ",".join(short)))
    if rule.stage_review:
        reviews = facts.sorted_reviews.get(episode, ())
        before = bisect.bisect_right(reviews, day)
        due = _review_due(reviews[before - 1], rule.stage_review_months) if before else None
        if due is not None and due < day:
            missing.append(Missing("stage_review", "", due))
        elif due is None and not rule.baseline:
            missing.append(Missing("stage_review"))
    return missing


def standard_by_month(facts: ClientFacts, months: list[Period], rule: StandardRule) -> list[bool | None]:
    """For each of ``months`` (whole calendar months, oldest first): None when the client was not registered in
    it, else whether it counts as standardised that month — what ``check_standard`` says of each month alone,
    worked out in one walk of the client's spans and paper events.

    The papers' standing changes only on a paper event or where a registered span starts (DOMAIN.md §7: each
    condition compares the day with a signing, withdrawal, start, end + 1 or termination, and the span's episode
    sets the earliest signing that counts), so the registered days are cut once into stretches of one standing;
    a month fails the papers when a failing stretch touches it. The other parts look at one day per month."""
    registered = [s for s in facts.spans if s.status in REGISTERED_STATUSES]
    if not registered or not months:
        return [None] * len(months)
    window_start, window_end = months[0].start, months[-1].end
    failing: list[tuple[date, date]] = []  # registered days on which a paper part fails
    if rule.consent or rule.agreement:
        events = facts.paper_events
        for span in registered:
            if span.end < window_start or span.start > window_end:
                continue
            inside = events[bisect.bisect_right(events, span.start) : bisect.bisect_right(events, span.end)]
            starts = [span.start, *inside]
            for index, start in enumerate(starts):
                if (rule.consent and facts.consent_reason(start, span.since) is not None) or (
                    rule.agreement and facts.agreement_reason(start, span.since) is not None
                ):
                    end = starts[index + 1] - _ONE_DAY if index + 1 < len(starts) else span.end
                    failing.append((start, end))
    active = [(s.start, s.end) for s in facts.spans if s.status == _ACTIVE]
    decided: list[bool | None] = []
    for month in months:
        first, last_day = month.start, month.end
        last = None
        for span in registered:  # the last registered span touching the month
            if span.start <= last_day and span.end >= first:
                last = span
        if last is None:
            decided.append(None)
            continue
        if failing and any(start <= last_day and end >= first for start, end in failing):
            decided.append(False)
            continue
        service_month = []
        if rule.services_per_month > 0:
            active_days = sum(
                (min(end, last_day) - max(start, first)).days + 1
                for start, end in active
                if start <= last_day and end >= first
            )
            if active_days >= min(MIN_ACTIVE_DAYS, (last_day - first).days + 1):
                service_month = [month.label]
        day = min(last.end, last_day)
        decided.append(not _case_work_missing(facts, rule, day, last.episode_id, service_month))
    return decided


@dataclass(frozen=True)
class ClientLine:
    """One registered client in the period: the drill-down row; ``missing`` empty means standardised."""

    client_id: str
    case_number: str
    name: str  # empty for an account that may not read case files
    worker_id: str | None
    status: str  # on the last registered day of the period
    missing: tuple[Missing, ...]


@dataclass(frozen=True)
class Headline:
    period: Period
    registered: int
    standardised: int
    rate: float
    enrolments: int
    service_records: int
    client_times: int


@dataclass(frozen=True)
class Taking:
    """Distinct staff on service records and the number of records they were on (a record with two such staff
    counts twice: 人次)."""

    people: int
    records: int


class ClientEvent(NamedTuple):
    """One row behind a movement or waiting-list figure: who, what happened and when."""

    client_id: str
    case_number: str
    name: str  # empty for an account that may not read case files
    event: str  # one of MOVEMENT_EVENTS, or "waiting"
    on: date
    detail: str  # the channel, closing outcome or referral kind code; for "waiting" the days waited


MOVEMENT_EVENTS = ("applied", "registered", "enrolled", "closed", "referred_in", "referred_out")


class StaffTaking(NamedTuple):
    """One staff member behind the participation figures: their records in the period (人次)."""

    staff_id: str
    name: str
    profession: str
    records: int


@dataclass(frozen=True)
class TrainingFigures:
    year: int
    staff: int
    direct_service: int
    compliant: int
    assessors: int
    assessors_trained: int
    relevant_degree: int
    relevant_degree_percent: int


@dataclass(frozen=True)
class SafetyFigures:
    drills_by_scenario: dict[str, int]  # in the period
    overdue_scenarios: tuple[str, ...]  # key scenarios overdue on the period's last day
    open_actions: int
    plans_past_review: int


@dataclass(frozen=True)
class Indicators:
    period: Period
    counted_to: date  # the period's last day, or today for a period not yet over
    station_wide: bool
    rule: StandardRule
    target_percent: int | None
    registered: int
    standardised: int
    rate: float
    clients: tuple[ClientLine, ...]  # every registered client, by case number
    applications: int
    applications_by_channel: dict[str, int]
    registrations: int
    enrolments: int
    closings_by_outcome: dict[str, int]
    referrals_in: dict[str, int]
    referrals_out: dict[str, int]
    green_channel: int
    waitlist: int
    waiting_long: int
    wait_days: int
    service_records: int
    client_times: int
    services_by_type: dict[str, tuple[int, int]]  # type → (records, client-times)
    services_by_form: dict[str, tuple[int, int]]
    individual: tuple[int, int]
    group: tuple[int, int]
    service_hours: float
    psychiatric_medical: Taking
    social_work: Taking
    staff_by_profession: dict[str, Taking]
    registered_by_diagnosis: dict[str, int]
    training: TrainingFigures
    safety: SafetyFigures
    trend: tuple[Headline, ...] = ()
    suppress_small_counts: bool = True
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def not_standardised(self) -> list[ClientLine]:
        return [line for line in self.clients if line.missing]


def suppressed(count: int, *, on: bool) -> int | str:
    """A count as published: "<5" for 1–4 when suppression is on (0 stays 0: nothing to identify)."""
    return f"<{SMALL_COUNT}" if on and 0 < count < SMALL_COUNT else count
