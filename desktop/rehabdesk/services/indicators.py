"""The station's indicators for a period (DOMAIN.md §7–8): the one computation that the Reports page, the exports,
the ``report`` command and the county bundle all use.

``station_indicators`` returns plain dataclasses. Coordinators and admins get the whole station; any other
account the clients it is the responsible worker of (and, for staff and safety figures, what it may see there).
Names are filled in only for accounts that may read case files (an admin sees case numbers). The rule and its
definitions are domain.indicators'; the settings say which parts of it are on."""

from __future__ import annotations

import threading
import weakref
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import groupby
from operator import itemgetter
from sys import intern

from rehabdesk.domain import clock
from rehabdesk.domain.agreements import AgreementStatus
from rehabdesk.domain.consent import GATING_KINDS, ConsentStatus, Signer
from rehabdesk.domain.eligibility import AgreementFact, ConsentFact
from rehabdesk.domain.errors import PermissionDenied
from rehabdesk.domain.indicators import (
    PSYCHIATRIC_MEDICAL,
    SOCIAL_WORK,
    ClientFacts,
    ClientLine,
    Headline,
    Indicators,
    Period,
    SafetyFigures,
    Span,
    StandardRule,
    Taking,
    TrainingFigures,
    check_standard,
    parse_targets,
    rate_percent,
    registered_in,
    registered_spans,
    standard_by_month,
    status_on,
    status_spans,
    target_for,
    trend_months,
)
from rehabdesk.domain.people import ClientStatus, LegalCapacity
from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.domain.referrals import ReferralKind
from rehabdesk.domain.roles import Permission, Role
from rehabdesk.domain.training import share_percent
from rehabdesk.services.alongside import Alongside
from rehabdesk.services.collector import collector_paused
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.safety import status_in
from rehabdesk.services.settings import StationSettings, settings_in
from rehabdesk.services.training import overview_in, own_staff_id
from rehabdesk.storage.repositories import change_log
from rehabdesk.storage.repositories import indicators as repository
from rehabdesk.storage.repositories.sync_export import streaming_cache
from rehabdesk.storage.store import Store
from rehabdesk.storage.unit_of_work import UnitOfWork

ADULT_AGE = 18
_SNAPSHOT_CLIENTS = 5000  # clients whose facts the county snapshots hold at a time
STATION_ROLES = frozenset({Role.COORDINATOR, Role.ADMIN})


# Queries in a unit of work, each run when its rows are asked for and read once, before the next.
Reads = Callable[[UnitOfWork], Iterator[Iterable[tuple]]]


def _handed_out(lists: list[list]) -> Iterator[Iterable[tuple]]:
    """Each list given up when handed out, so the caller's loop over it frees it."""
    while lists:
        yield lists.pop(0)


def _alongside(store: Store | None, uow: UnitOfWork, reads: Reads) -> Callable[[], Iterator[Iterable[tuple]]]:
    """The rows ``reads`` gives, read beside the caller's work on a second connection when there is a ``store``
    to take one from; else read in the caller's unit of work query by query as they are asked for (a large
    window's raw rows are then never all held at once)."""
    if store is None:
        return lambda: reads(uow)
    return Alongside(store, uow, lambda there: _handed_out([list(rows) for rows in reads(there)])).result


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


class _Facts:
    """Everything read once for the window, client by client."""

    def __init__(
        self,
        uow: UnitOfWork,
        first: date,
        last: date,
        worker: str | None,
        progress: Progress,
        among: repository.Among | None = None,
    ) -> None:
        """``among``: only these clients.

        Read on this one connection: read on a second one in a worker thread meanwhile (sqlite3_step releases
        the GIL), these row-by-row reads cost more CPU than they saved (at full scale 3.2-3.4 s of CPU for the
        quarter against 2.3-2.5 s, no sooner done): each row takes the GIL back, and the two connections' page
        caches share SQLite's soft heap limit."""
        session = uow.session
        self.first, self.last, self.worker, self.among = first, last, worker, among
        day = _Days().__getitem__
        # Plain tuples with ISO-text dates, sorted by client: each client's changes are one run, and a date is
        # parsed only where the rule compares it as a date.
        changes = repository.status_changes(session, first, last, worker, among)
        rows = _papers_and_work(uow, first, last, worker, among)  # each query run when its rows are asked for
        # Each client's spans, and the days of the window's registrations and enrolments for any period's movement
        # figures: the rows themselves (a year's on a large station: tens of megabytes) are not kept.
        self.spans: dict[str, list[Span]] = {}
        self.moves: dict[str, tuple[list[date], list[date]]] = {}  # each client's registration and enrolment days
        for client_id, runs in groupby(changes, itemgetter(0)):
            client_changes = []
            registered_on: list[date] = []
            enrolled_on: list[date] = []
            for _, status, on, episode_id, since in runs:
                changed_on = day(on)
                client_changes.append((status, changed_on, episode_id, day(since)))
                if status == _REGISTERED:
                    registered_on.append(changed_on)
                elif status == _ENROLLED:
                    enrolled_on.append(changed_on)
            self.spans[client_id] = status_spans(client_changes, last)
            if registered_on or enrolled_on:
                self.moves[client_id] = (registered_on, enrolled_on)
        del changes
        self.registered_on = sorted(d for registered, _ in self.moves.values() for d in registered)
        self.enrolled_on = sorted(d for _, enrolled in self.moves.values() for d in enrolled)
        # Only the clients registered at some time in the window need the rest.
        window = Period(first, last)
        ids = sorted(c for c, spans in self.spans.items() if registered_in(spans, window))
        progress.step(1, 6, "clients")
        self.who = {row[0]: row for row in repository.clients(session, ids)}
        wanted = set(ids)
        consents: dict[str, list[ConsentFact]] = defaultdict(list)
        for client_id, kind, status, signer, signed_on, withdrawn_on in next(rows):
            if client_id in wanted:
                consents[client_id].append(
                    ConsentFact(
                        _KINDS[kind],
                        _CONSENT_STATUS[status],
                        _SIGNER[signer],
                        day(signed_on),
                        None if withdrawn_on is None else day(withdrawn_on),
                    )
                )
        agreements: dict[str, list[AgreementFact]] = defaultdict(list)
        for client_id, number, status, signer, signed_on, start, end, ended in next(rows):
            if client_id not in wanted:
                continue
            agreements[client_id].append(
                AgreementFact(
                    number,
                    _AGREEMENT_STATUS[status],
                    _SIGNER[signer] if signer else None,
                    None if signed_on is None else day(signed_on),
                    day(start),
                    day(end),
                    None if ended is None else day(ended),
                )
            )
        progress.step(2, 6, "assessments")
        # The first intake settles the baseline on any day, and the last assessment before the window with those
        # inside it the stage review on any day of the window.
        intakes: dict[str, dict[str, list[date]]] = defaultdict(dict)
        reviews: dict[str, dict[str, list[date]]] = defaultdict(dict)
        for client_id, episode_id, intake, before, within in next(rows):
            if intake is not None:
                intakes[client_id][episode_id] = [day(intake)]
            dates = [day(before)] if before is not None else []
            if within:
                dates += map(day, within.split(","))
            reviews[client_id][episode_id] = dates
        plans: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for client_id, episode_id, approved, start, end in next(rows):
            plans[client_id][episode_id].append((day(approved), day(start), day(end)))
        progress.step(3, 6, "services")
        served: dict[str, dict[str, int]] = defaultdict(dict)
        self.attended_by_month: Counter[str] = Counter()  # client-times of every client in scope
        for client_id, month, count in next(rows):
            month = intern(month)  # one string a month, not one a row
            served[client_id][month] = count
            self.attended_by_month[month] += count
        self.served = served
        self.facts: dict[str, ClientFacts] = {}
        for client_id in ids:
            row = self.who.get(client_id)
            if row is None:
                continue
            needs_guardian = row.legal_capacity != LegalCapacity.FULL.value or _age(row.birth_date, last) < ADULT_AGE
            self.facts[client_id] = ClientFacts(
                self.spans[client_id],
                consents.get(client_id, []),
                agreements.get(client_id, []),
                needs_guardian,
                intakes.get(client_id, {}),
                reviews.get(client_id, {}),
                plans.get(client_id, {}),
                served.get(client_id, {}),
            )
        # Each client's line of a period (by period, rule and names) and months of a trend (by months and rule),
        # kept with the facts they were judged from: a patch drops those of the clients read again.
        self.lines: dict[tuple, dict[str, ClientLine | None]] = {}
        self.by_month: dict[tuple, dict[str, list[bool | None]]] = {}

    def patch(self, uow: UnitOfWork, changed: frozenset[str], progress: Progress) -> None:
        """Bring the facts up to date for the ``changed`` clients: theirs are read again in the caller's snapshot
        and replace what was held of them (a client no longer in scope or in the window is dropped)."""
        fresh = _Facts(uow, self.first, self.last, self.worker, progress, among=changed)
        for client_id in changed:
            for month, count in self.served.pop(client_id, {}).items():
                self.attended_by_month[month] -= count
            registered_on, enrolled_on = self.moves.pop(client_id, ((), ()))
            for day in registered_on:
                del self.registered_on[bisect_left(self.registered_on, day)]
            for day in enrolled_on:
                del self.enrolled_on[bisect_left(self.enrolled_on, day)]
            for held in (self.spans, self.who, self.facts):
                held.pop(client_id, None)
            for judged in (*self.lines.values(), *self.by_month.values()):
                judged.pop(client_id, None)
        for client_id, months in fresh.served.items():
            self.served[client_id] = months
            self.attended_by_month.update(months)
        for client_id, (registered_on, enrolled_on) in fresh.moves.items():
            self.moves[client_id] = (registered_on, enrolled_on)
            for day in registered_on:
                insort(self.registered_on, day)
            for day in enrolled_on:
                insort(self.enrolled_on, day)
        self.spans.update(fresh.spans)
        self.who.update(fresh.who)
        self.facts.update(fresh.facts)


def _papers_and_work(
    uow: UnitOfWork, first: date, last: date, worker: str | None, among: repository.Among | None
) -> Iterator[Iterable[tuple]]:
    """The facts' reads besides the status changes and the clients: consents of the kinds the rule reads (another
    kind's signing would only cut the days into more stretches), agreements, assessment dates, approved plans,
    attended records by month."""
    session = uow.session
    yield repository.consents(session, _KINDS, worker, among)
    yield repository.agreements(session, worker, among)
    yield repository.assessment_dates(session, first, last, worker, among)
    yield repository.approved_plans(session, first, last, worker, among)
    yield repository.attended_by_month(session, first, last, worker, among)


def _period_figures(counted: Period, worker: str | None, months_read: repository.MonthsRead | None = None) -> Reads:
    """The period's own figures' reads, set-wise over its records: applications, referrals, services by form and
    type, staff on the services, closings, drills. Most are aggregates, so on a second connection they run in
    SQLite, without the GIL, while the rule is applied client by client."""
    first, last = counted.start, counted.end

    def reads(uow: UnitOfWork) -> Iterator[list]:
        session = uow.session
        yield repository.applications(session, first, last, worker)
        yield repository.referrals(session, first, last, worker)
        yield repository.services(session, first, last, worker, months_read)
        yield repository.service_staff(session, first, last, worker, months_read)
        yield repository.closings(session, first, last, worker)
        yield repository.drills(session, first, last)

    return reads


@dataclass
class _Held:
    """The facts the last report of a station read, and the change log's head they are up to date with."""

    store: weakref.ref[Store]
    head: int
    facts: _Facts


# One reading, of the station open, between reports: the Reports page counts the period's figures, paints the
# tiles, then asks for the trend over the same twelve months, and is opened again after the day's work. Taken out
# while a report uses it, so two threads never share one; dropped when the session locks or ends.
_held: _Held | None = None
_held_lock = threading.Lock()
# Change-log entries (and clients they touch) past which reading every client's facts again costs less than
# finding and reading those written.
_PATCH_ENTRIES = 5000
_PATCH_CLIENTS = 1000


def _facts_held(
    uow: UnitOfWork, store: Store, worker: str | None, first: date, last: date, progress: Progress
) -> tuple[_Facts, int]:
    """Facts for ``worker``'s scope over a window holding ``first`` to ``last`` and counted to ``last``, in the
    caller's snapshot, with the change log's head they are up to date with: the held ones when they fit,
    brought up to date for the clients the change log says were written since, else read afresh. Give them back
    with :func:`_hold`."""
    global _held
    head = change_log.head(uow.session)
    with _held_lock:
        held, _held = _held, None
    if held is not None and held.store() is store:
        facts = held.facts
        if facts.worker == worker and facts.first <= first and facts.last == last:
            if held.head == head:
                return facts, head
            changed = repository.clients_changed(uow.session, held.head, head, _PATCH_ENTRIES)
            if changed is not None and len(changed) <= _PATCH_CLIENTS:
                facts.patch(uow, changed, progress)
                return facts, head
    return _Facts(uow, first, last, worker, progress), head


def _hold(store: Store, facts: _Facts, head: int) -> None:
    global _held
    with _held_lock:
        _held = _Held(weakref.ref(store), head, facts)


def forget_held_facts() -> None:
    """Drop the facts kept between reports: when the session locks or ends (they hold names), and for a write that
    bypasses the change log (a test's direct SQL; every write through a unit of work is in the change log)."""
    global _held
    with _held_lock:
        _held = None


class _Days(dict[str, date]):
    """ISO text → date, each day parsed once and the date shared: a year's facts on a large station hold some
    hundred thousand dates of a few hundred days."""

    def __missing__(self, text: str) -> date:
        day = self[text] = date.fromisoformat(text)
        return day


# Looked up rather than called: an enum's constructor cost a tenth of the quarter's time on a large station.
_KINDS = {kind.value: kind for kind in GATING_KINDS}
_CONSENT_STATUS = {status.value: status for status in ConsentStatus}
_AGREEMENT_STATUS = {status.value: status for status in AgreementStatus}
_SIGNER = {signer.value: signer for signer in Signer}
_ENROLLED = ClientStatus.ENROLLED.value
_REGISTERED = ClientStatus.REGISTERED.value


def scope_in(uow: UnitOfWork, ctx: StationContext) -> tuple[bool, str | None]:
    """(station-wide, worker): coordinators and admins see the station; anyone else who may read records their own
    clients ("" when their account belongs to no staff member: nobody)."""
    if ctx.actor.roles & STATION_ROLES:
        return True, None
    return False, own_staff_id(uow, ctx) or ""


def _standard(
    facts: _Facts, period: Period, rule: StandardRule, names: bool, served: dict[str, dict[str, int]] | None = None
) -> list[ClientLine]:
    """``served`` replaces the window's whole-month service counts for a period that cuts a month. Each client's
    line is kept with the facts (None: not registered in the period) and judged again only after a patch."""
    judged = _judged(facts.lines, (period.start, period.end, rule, names)) if served is None else {}
    lines = []
    for client_id, client_facts in facts.facts.items():
        if client_id in judged:
            line = judged[client_id]
        else:
            line = judged[client_id] = _line(facts, client_id, client_facts, period, rule, names, served)
        if line is not None:
            lines.append(line)
    lines.sort(key=lambda line: line.case_number)
    return lines


_JUDGED_KEPT = 8  # periods (or trends) whose clients' lines are kept with the facts, the latest


def _judged(kept: dict[tuple, dict], key: tuple) -> dict:
    if key not in kept:
        while len(kept) >= _JUDGED_KEPT:
            del kept[next(iter(kept))]
        kept[key] = {}
    return kept[key]


def _line(
    facts: _Facts,
    client_id: str,
    client_facts: ClientFacts,
    period: Period,
    rule: StandardRule,
    names: bool,
    served: dict[str, dict[str, int]] | None,
) -> ClientLine | None:
    registered = registered_spans(client_facts.spans, period)
    if not registered:
        return None
    row = facts.who[client_id]
    if served is not None:
        client_facts = replace(client_facts, services_by_month=served.get(client_id, {}))
    missing = tuple(check_standard(client_facts, period, rule, registered))
    return ClientLine(
        client_id, row.case_number, row.name if names else "", row.responsible_worker_id, registered[-1].status, missing
    )


def _trend(
    uow: UnitOfWork,
    facts: _Facts,
    months: list[Period],
    until: date,
    rule: StandardRule,
    worker: str | None,
    progress: Progress,
) -> tuple[Headline, ...]:
    """The headline figures of each of ``months`` (whole months, counted to ``until``, inside the facts' window),
    each client's months decided in one walk (domain.indicators.standard_by_month)."""
    counts = [[0, 0] for _ in months]
    total = len(facts.facts)
    judged = _judged(facts.by_month, (tuple(months), rule))  # judged again only after a patch
    for done, (client_id, client_facts) in enumerate(facts.facts.items()):
        if done % 500 == 0:
            progress.step(total + done, 2 * total, "trend")  # reading the facts was the first half
        by_month = judged.get(client_id)
        if by_month is None:
            by_month = judged[client_id] = standard_by_month(client_facts, months, rule)
        for count, standard in zip(counts, by_month, strict=True):
            if standard is not None:
                count[0] += 1
                count[1] += standard
    records = dict(repository.records_by_month(uow.session, months[0].start, until, worker))
    enrolled = Counter(f"{on.year}-{on.month:02d}" for on in facts.enrolled_on)
    return tuple(
        Headline(
            month,
            registered,
            standard,
            rate_percent(standard, registered),
            enrolled[month.label],
            records.get(month.label, 0),
            facts.attended_by_month[month.label],
        )
        for month, (registered, standard) in zip(months, counts, strict=True)
    )


def _within(days: list[date], period: Period) -> int:
    """How many of the sorted ``days`` fall in ``period``."""
    return bisect_right(days, period.end) - bisect_left(days, period.start)


def _taking(rows: list, professions: frozenset[str]) -> Taking:
    """``rows``: (staff id, profession, records)."""
    chosen = [r for r in rows if r[1] in professions]
    return Taking(len({r[0] for r in chosen}), sum(r[2] for r in chosen))


@service(None, mutating=False)
def station_indicators(
    ctx: StationContext,
    period: Period,
    *,
    trend: bool = True,
    today: date | None = None,
    progress: Progress = NULL_PROGRESS,
    then_trend: bool = False,
) -> Indicators:
    """Every figure of ``period`` (cut at today for a period not yet over), and with ``trend`` the headline figures
    month by month over the twelve months ending with it. ``then_trend``: the caller asks station_trend for the
    same period next, so the facts are read over the trend's months too. The facts are kept for the next report
    and brought up to date from the change log (_facts_held)."""
    today = today or clock.today()
    _may_see_figures(ctx, "indicators.station_indicators")
    with collector_paused(), ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        settings = settings_in(uow)
        station_wide, worker = scope_in(uow, ctx)
        store = ctx.store  # its own read-only unit of work: a second connection may read beside it
        counted = _counted(period, today)
        first = counted.start
        if trend or then_trend:
            first = min(first, trend_months(min(period.end, today))[0].start)
        facts, head = _facts_held(uow, store, worker, first, counted.end, progress)
        try:
            return _compute(uow, ctx, settings, station_wide, worker, period, trend, today, progress, facts, store)
        finally:
            _hold(store, facts, head)


@service(None, mutating=False)
def station_trend(
    ctx: StationContext, period: Period, *, today: date | None = None, progress: Progress = NULL_PROGRESS
) -> tuple[Headline, ...]:
    """The headline figures month by month over the twelve months ending with ``period`` (cut at today): the
    ``trend`` of station_indicators on its own, for a page that shows the period's figures before the charts."""
    today = today or clock.today()
    _may_see_figures(ctx, "indicators.station_trend")
    with collector_paused(), ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        _, worker = scope_in(uow, ctx)
        rule = settings_in(uow).standard_rule()
        counted_to = min(period.end, today)
        until = max(counted_to, period.start)
        months = trend_months(counted_to)
        facts, head = _facts_held(uow, ctx.store, worker, months[0].start, until, progress)
        try:
            return _trend(uow, facts, months, until, rule, worker, progress)
        finally:
            _hold(ctx.store, facts, head)


def _may_see_figures(ctx: StationContext, name: str) -> None:
    if not (ctx.actor.may(Permission.VIEW_RECORDS) or ctx.actor.roles & STATION_ROLES):
        raise PermissionDenied(Permission.VIEW_RECORDS.value, service=name)


def indicators_in(
    uow: UnitOfWork,
    ctx: StationContext,
    period: Period,
    *,
    today: date,
    trend: bool = False,
    progress: Progress = NULL_PROGRESS,
) -> Indicators:
    """The same figures inside the caller's unit of work (the county bundle's quarterly snapshot is written in
    the transaction that reads them); the caller has checked the permission."""
    settings = settings_in(uow)
    station_wide, worker = scope_in(uow, ctx)
    with collector_paused():
        return _compute(uow, ctx, settings, station_wide, worker, period, trend, today, progress)


def station_snapshots_in(
    uow: UnitOfWork, ctx: StationContext, periods: list[Period], *, today: date, progress: Progress = NULL_PROGRESS
) -> Iterator[Indicators]:
    """Station-wide figures of each period (cut at today), whoever asks, for the county bundle's indicator
    snapshots: the clients' facts are read once for the whole window, and each period's figures given as they
    are counted (a period's client lines let go before the next is counted). The caller has checked the
    permission. ``progress`` hears a step between the reads, so that a cancel stops the counting soon."""
    if not periods:
        return
    settings = settings_in(uow)
    rule = settings.standard_rule()
    names = ctx.actor.may(Permission.VIEW_RECORDS)
    last = max(min(p.end, today) for p in periods)
    first = min(p.start for p in periods)
    parts: list[list[_ClientPart]] = [[] for _ in periods]
    # A few thousand clients' facts at a time: all of a large station's over two years held some hundred
    # megabytes on top of the export's own memory. Each period's client figures are added up over the runs. The
    # pages are read about once a run, so the connection keeps a small cache meanwhile: with its usual 128 MiB
    # the reading alone peaked at 335 MB at full scale (a day's first incremental bundle keeps that cache).
    with streaming_cache(uow.session):
        with collector_paused():
            ranges = repository.client_ranges(uow.session, _SNAPSHOT_CLIENTS)
            for done, among in enumerate(ranges):
                progress.step(done, len(ranges) + len(periods), "clients")
                facts = _Facts(uow, first, max(first, last), None, progress, among=among)
                for found, period in zip(parts, periods, strict=True):
                    begun = min(period.end, today) >= period.start
                    found.append(_client_part(uow, facts, _counted(period, today), begun, rule, names, None))
                del facts
        months_read: repository.MonthsRead = {}  # the half-year's and year's months are the quarters'
        for done, (found, period) in enumerate(zip(parts, periods, strict=True), start=len(ranges)):
            progress.step(done, len(ranges) + len(periods), "figures")
            part = _ClientPart.joined(found)
            with collector_paused():
                figures = _compute(
                    uow,
                    ctx,
                    settings,
                    True,
                    None,
                    period,
                    False,
                    today,
                    NULL_PROGRESS,
                    part=part,
                    months_read=months_read,
                )
            yield figures


@dataclass(frozen=True)
class _ClientPart:
    """A period's figures counted client by client, from one reading of the facts (or added up over several)."""

    lines: list[ClientLine]  # by case number
    diagnoses: Counter[str]  # the registered clients' diagnoses
    waiting_since: list[date]  # when each client on the waiting list on the period's last day joined it
    registrations: int
    enrolments: int

    @staticmethod
    def joined(parts: list[_ClientPart]) -> _ClientPart:
        return _ClientPart(
            sorted((line for part in parts for line in part.lines), key=lambda line: line.case_number),
            sum((part.diagnoses for part in parts), Counter()),
            [day for part in parts for day in part.waiting_since],
            sum(part.registrations for part in parts),
            sum(part.enrolments for part in parts),
        )


def _counted(period: Period, today: date) -> Period:
    """The period cut at today (a period not yet begun: its first day)."""
    return Period(period.start, max(min(period.end, today), period.start), period.label)


def _client_part(
    uow: UnitOfWork,
    facts: _Facts,
    counted: Period,
    begun: bool,
    rule: StandardRule,
    names: bool,
    worker: str | None,
) -> _ClientPart:
    served = None
    if (counted.start.day != 1 and facts.first != counted.start) or (
        (counted.end + timedelta(days=1)).day != 1 and facts.last != counted.end
    ):
        # A month the period cuts counts only the services inside the period; the facts' window counted whole
        # months (a quarter cut at today, read for itself, is counted right already).
        served = defaultdict(dict)
        for client_id, month, count in repository.attended_by_month(
            uow.session, counted.start, counted.end, worker, facts.among
        ):
            served[client_id][month] = count
    lines = _standard(facts, counted, rule, names, served) if begun else []  # none registered before it begins
    waiting = [
        span.start
        for spans in facts.spans.values()
        if (span := status_on(spans, counted.end)) is not None and span.status == ClientStatus.WAITLISTED.value
    ]
    return _ClientPart(
        lines,
        Counter(facts.who[line.client_id].diagnosis for line in lines),
        waiting,
        _within(facts.registered_on, counted),
        _within(facts.enrolled_on, counted),
    )


def _compute(
    uow: UnitOfWork,
    ctx: StationContext,
    settings: StationSettings,
    station_wide: bool,
    worker: str | None,
    period: Period,
    trend: bool,
    today: date,
    progress: Progress,
    facts: _Facts | None = None,
    store: Store | None = None,
    part: _ClientPart | None = None,
    months_read: repository.MonthsRead | None = None,
) -> Indicators:
    """``facts``: read already for a window holding the period (several periods computed from one reading).
    ``store``: the store to take a second connection from, to read beside the rule's Python (None: the caller's
    unit of work may hold writes of its own, or its memory counts). ``part``: the client figures counted
    already (then no facts are read, and there is no trend). ``months_read``: the month-sized groupings read
    already in this unit of work, shared by several periods."""
    rule = settings.standard_rule()
    counted_to = min(period.end, today)
    counted = _counted(period, today)
    months = trend_months(counted_to) if trend else []
    first = min([counted.start, *(m.start for m in months)])
    progress.step(0, 6, "status")
    if part is None and (facts is None or not (facts.first <= first and counted.end <= facts.last)):
        facts = _Facts(uow, first, counted.end, worker, progress)
    names = ctx.actor.may(Permission.VIEW_RECORDS)
    period_reads = _alongside(store, uow, _period_figures(counted, worker, months_read))
    if part is None:
        assert facts is not None
        part = _client_part(uow, facts, counted, counted_to >= period.start, rule, names, worker)
    lines = part.lines
    standard = sum(1 for line in lines if not line.missing)
    progress.step(4, 6, "figures")
    applications, referrals, service_rows, staff_rows, closings, drill_rows = period_reads()
    referrals_in = Counter(kind for _, direction, kind, _ in referrals if direction == "in")
    referrals_out = Counter(kind for _, direction, kind, _ in referrals if direction == "out")
    wait_days = settings.waitlist_reconfirm_days
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_form: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    individual, group = [0, 0], [0, 0]
    hours = 0.0
    for form, types, is_group, records, attended, record_hours in service_rows:
        for code in filter(None, types.split(",")):
            by_type[code][0] += records
            by_type[code][1] += attended
        by_form[form][0] += records
        by_form[form][1] += attended
        target = group if is_group else individual
        target[0] += records
        target[1] += attended
        hours += record_hours or 0.0
    professions = sorted({r[1] for r in staff_rows})
    progress.step(5, 6, "staff")
    overview = overview_in(uow, ctx, counted.end.year, counted.end, settings.training_annual_hours)
    safety = status_in(uow, settings.drill_scenarios, counted.end)
    drills = Counter(scenario for scenario, _ in drill_rows)
    trend_lines = _trend(uow, facts, months, counted.end, rule, worker, NULL_PROGRESS) if facts and months else ()
    progress.step(6, 6, "done")
    return Indicators(
        period=period,
        counted_to=counted_to,
        station_wide=station_wide,
        rule=rule,
        target_percent=target_for(parse_targets(settings.standard_targets), period.end.year),
        registered=len(lines),
        standardised=standard,
        rate=rate_percent(standard, len(lines)),
        clients=tuple(lines),
        applications=len(applications),
        applications_by_channel=dict(Counter(channel for _, channel, _ in applications)),
        registrations=part.registrations,
        enrolments=part.enrolments,
        closings_by_outcome=dict(Counter(outcome or "" for _, outcome, _ in closings)),
        referrals_in=dict(referrals_in),
        referrals_out=dict(referrals_out),
        green_channel=referrals_out.get(ReferralKind.HOSPITAL_GREEN_CHANNEL.value, 0),
        waitlist=len(part.waiting_since),
        waiting_long=sum(1 for since in part.waiting_since if (counted.end - since).days > wait_days),
        wait_days=wait_days,
        service_records=individual[0] + group[0],
        client_times=individual[1] + group[1],
        services_by_type={k: (v[0], v[1]) for k, v in sorted(by_type.items())},
        services_by_form={k: (v[0], v[1]) for k, v in sorted(by_form.items())},
        individual=(individual[0], individual[1]),
        group=(group[0], group[1]),
        service_hours=round(hours + 1e-9, 1),
        psychiatric_medical=_taking(staff_rows, PSYCHIATRIC_MEDICAL),
        social_work=_taking(staff_rows, SOCIAL_WORK),
        staff_by_profession={p: _taking(staff_rows, frozenset({p})) for p in professions},
        registered_by_diagnosis=dict(sorted(part.diagnoses.items())),
        training=TrainingFigures(
            overview.year,
            len(overview.workers),
            len(overview.direct_service),
            overview.compliant_count,
            len(overview.assessors),
            overview.assessors_trained,
            overview.relevant_degree_count,
            share_percent(overview.relevant_degree_count, len(overview.workers)),
        ),
        safety=SafetyFigures(
            dict(sorted(drills.items())),
            tuple(s.scenario.value for s in safety.schedule if s.due < counted.end),
            len(safety.open_actions),
            len(safety.plans_past_review),
        ),
        trend=trend_lines,
        suppress_small_counts=settings.suppress_small_counts,
    )


@service(None, mutating=True)
def record_list_viewed(ctx: StationContext, period: Period, which: str, count: int) -> None:
    """The Reports page opened the list of clients behind a figure: an audited view, like opening a file (the
    list itself comes from the figures the page already has)."""
    _may_see_figures(ctx, "indicators.record_list_viewed")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.audit("view", entity_type="indicators", detail={"list": which, "period": period.label, "clients": count})
        uow.commit()
