"""The indicator snapshots a bundle carries (docs/sync-bundle.md §7): the station's figures for each report period
the county may still need, as counts only, covering every client — those without the 向他人提供 consent too, who
send no person-level record.

Which periods: every quarter from the one before the last acknowledged bundle's quarter (the one before today's
quarter when nothing was acknowledged yet) up to today's, at most ``MAX_QUARTERS``, and the half-years and years
holding them. The county's 汇总表 for a half-year or a year cannot be summed from quarters (a client registered in
two quarters counts once in the half-year), so those periods are computed here from the same rule. Re-sending a
period replaces what the county holds for it (one id per station and period, the change-log head and the day as
version): late entries into a closed quarter still reach the county. The first bundle of each day carries them
(services/sync_export.py): figures to date need no fresher than daily, and the next day's first bundle carries a
quarter closed the evening before with its last entries.

Prepared snapshots: on a large station the snapshots are most of that first bundle's time (seconds), so the Sync
page prepares them on the worker thread while the user picks a folder (``prepare_snapshots``), in a read-only unit
of work of its own, and keeps them in memory for the store with the key they are valid for (``SnapshotKey``). The
export uses them only when the key it reads inside its own transaction is the same, and waits for a preparation of
that key still running rather than counting the same figures a second time; otherwise it computes them as before.
Only reads: nothing is audited (counts, which leave the station with the audited export) and nothing is written.

Counts are exact (no "<5"): the bundle is not a publication, it is encrypted to the county, which must add the
stations' figures up; suppression belongs to what the county publishes."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from rehabdesk.domain import clock
from rehabdesk.domain.indicators import Indicators, Period, Taking
from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.domain.roles import Permission, Role
from rehabdesk.services.context import StationContext
from rehabdesk.services.indicators import station_snapshots_in
from rehabdesk.services.registry import service
from rehabdesk.services.settings import StationSettings, settings_in
from rehabdesk.storage.repositories import change_log, sync_state
from rehabdesk.storage.repositories import station as station_repository
from rehabdesk.storage.repositories import sync_export as export_repository
from rehabdesk.storage.store import Store
from rehabdesk.storage.unit_of_work import UnitOfWork
from rehabdesk.sync.records import SNAPSHOT, UPSERT, snapshot_id

MAX_QUARTERS = 8  # two years: a station silent for longer sends only the last two


def _quarter_of(day: date) -> Period:
    return Period.quarter(day.year, (day.month - 1) // 3 + 1)


def _previous_quarter(quarter: Period) -> Period:
    return _quarter_of(quarter.start - timedelta(days=1))


def snapshot_periods(today: date, acknowledged_on: date | None) -> list[Period]:
    """The quarters from the earlier of (the quarter before today's, the last acknowledged bundle's quarter) up to
    today's, then the half-years and the years holding them, each once, in order."""
    current = _quarter_of(today)
    start = _previous_quarter(current)
    if acknowledged_on is not None and acknowledged_on < start.start:
        start = _quarter_of(acknowledged_on)
    quarters = [current]
    while quarters[0] != start and len(quarters) < MAX_QUARTERS:
        quarters.insert(0, _previous_quarter(quarters[0]))
    halves = {Period.half(q.start.year, 1 if q.start.month <= 6 else 2) for q in quarters}
    years = {Period.year(q.start.year) for q in quarters}
    return [*quarters, *sorted(halves), *sorted(years)]


def _taking(taking: Taking) -> dict[str, int]:
    return {"people": taking.people, "records": taking.records}


def snapshot_record(station_code: str, figures: Indicators, version: int, today: date) -> dict[str, Any]:
    """One ``indicator_snapshot`` record: the fields of sync/records.py STATION_FIELDS, counts and codes only."""
    period, rule, training, safety = figures.period, figures.rule, figures.training, figures.safety
    return {
        "type": SNAPSHOT,
        "op": UPSERT,
        "id": snapshot_id(station_code, period.label),
        "version": version,
        "period": period.label,
        "period_start": period.start.isoformat(),
        "period_end": period.end.isoformat(),
        "counted_to": figures.counted_to.isoformat(),
        "final": period.end < today,
        "rule": {
            "consent": rule.consent,
            "agreement": rule.agreement,
            "baseline": rule.baseline,
            "plan": rule.plan,
            "services_per_month": rule.services_per_month,
            "stage_review": rule.stage_review,
            "stage_review_months": rule.stage_review_months,
        },
        "target_percent": figures.target_percent,
        "registered": figures.registered,
        "standardised": figures.standardised,
        "rate": figures.rate,
        "registered_by_diagnosis": dict(figures.registered_by_diagnosis),
        "applications": figures.applications,
        "applications_by_channel": dict(sorted(figures.applications_by_channel.items())),
        "registrations": figures.registrations,
        "enrolments": figures.enrolments,
        "closings_by_outcome": dict(sorted(figures.closings_by_outcome.items())),
        "referrals_in": dict(sorted(figures.referrals_in.items())),
        "referrals_out": dict(sorted(figures.referrals_out.items())),
        "green_channel": figures.green_channel,
        "waitlist": figures.waitlist,
        "waiting_long": figures.waiting_long,
        "wait_days": figures.wait_days,
        "service_records": figures.service_records,
        "client_times": figures.client_times,
        "service_hours": figures.service_hours,
        "services_by_type": {code: list(pair) for code, pair in figures.services_by_type.items()},
        "services_by_form": {code: list(pair) for code, pair in figures.services_by_form.items()},
        "individual": list(figures.individual),
        "group": list(figures.group),
        "psychiatric_medical": _taking(figures.psychiatric_medical),
        "social_work": _taking(figures.social_work),
        "staff_by_profession": {code: _taking(t) for code, t in sorted(figures.staff_by_profession.items())},
        "training": {
            "year": training.year,
            "staff": training.staff,
            "direct_service": training.direct_service,
            "compliant": training.compliant,
            "assessors": training.assessors,
            "assessors_trained": training.assessors_trained,
            "relevant_degree": training.relevant_degree,
            "relevant_degree_percent": training.relevant_degree_percent,
        },
        "safety": {
            "drills_by_scenario": dict(safety.drills_by_scenario),
            "overdue_scenarios": list(safety.overdue_scenarios),
            "open_actions": safety.open_actions,
            "plans_past_review": safety.plans_past_review,
        },
    }


def snapshot_records(
    uow: UnitOfWork,
    ctx: StationContext,
    station_code: str,
    through: int,
    *,
    today: date,
    acknowledged_on: date | None,
    progress: Progress = NULL_PROGRESS,
) -> Iterator[dict[str, Any]]:
    """The snapshots of ``snapshot_periods``. ``through``: the change-log head the bundle covers; with the day it
    makes the version, so a later export's snapshot of a period (more records, or a later day) replaces it."""
    version = snapshot_version(through, today)
    periods = snapshot_periods(today, acknowledged_on)
    for figures in station_snapshots_in(uow, ctx, periods, today=today, progress=progress):
        yield snapshot_record(station_code, figures, version, today)


def snapshot_version(through: int, today: date) -> int:
    """Change-log head × 10⁶ + the day's proleptic ordinal (< 10⁶ until the year 2738): grows with either."""
    return through * 1_000_000 + today.toordinal()


@dataclass(frozen=True)
class SnapshotKey:
    """What a day's snapshot records depend on: the change-log head (every write of a record the figures read moves
    it), the day, the acknowledged-on date that chooses the periods, and what moves no change-log position: the
    settings (the 规范服务 rule, targets, training hours, drill scenarios … are not change-logged) and the acting
    account (the training figures count the staff its roles may see)."""

    through: int
    today: date
    acknowledged_on: date | None
    settings: StationSettings
    account_id: str | None
    roles: frozenset[Role]


def snapshot_key(uow: UnitOfWork, ctx: StationContext, through: int) -> SnapshotKey | None:
    """The key of the snapshots the next bundle carries, read in the caller's transaction; None when a bundle was
    made today already (later bundles of the day carry none)."""
    today = clock.today()
    earlier = sync_state.bundles(uow.session)
    if any(bundle.created_at.astimezone().date() == today for bundle in earlier):
        return None
    acknowledged = [b.created_at.astimezone().date() for b in earlier if b.status == "acknowledged"]
    return SnapshotKey(
        through, today, max(acknowledged, default=None), settings_in(uow), ctx.actor.account_id, ctx.actor.roles
    )


@dataclass
class _Preparation:
    store: weakref.ref[Store]
    key: SnapshotKey
    done: threading.Event = field(default_factory=threading.Event)
    records: list[dict[str, Any]] | None = None  # None until done, and after a failed preparation


# One preparation a store (the latest key asked for), dropped with the store.
_prepared: dict[int, _Preparation] = {}
_prepared_lock = threading.Lock()


def _dropper(store_id: int) -> Any:
    # Called by the garbage collector, maybe while this thread holds the lock: a dict's pop needs none.
    return lambda _: _prepared.pop(store_id, None)


@service(Permission.EXPORT_BUNDLES, mutating=False)
def prepare_snapshots(ctx: StationContext, *, progress: Progress = NULL_PROGRESS) -> SnapshotKey | None:
    """Compute the snapshot records the next bundle would carry and keep them for the export; returns their key,
    None when the next bundle carries none or there is no bundle to make (not enrolled, nothing to send). A
    preparation of the same key, done or running, is not repeated. ``progress`` may stop it (Cancelled): it is
    then a failed one, and the export counts the snapshots itself."""
    store = ctx.store
    with store.unit_of_work(ctx.actor, read_only=True) as uow:
        session = uow.session
        if sync_state.current_enrolment(session) is None or sync_state.current_device(session) is None:
            return None
        through = change_log.head(session)
        if through <= export_repository.acknowledged_through(session):
            return None
        key = snapshot_key(uow, ctx, through)
        if key is None:
            return None
        with _prepared_lock:
            current = _prepared.get(id(store))
            if (
                current is not None
                and current.store() is store
                and current.key == key
                and (not current.done.is_set() or current.records is not None)  # running, or done and not failed
            ):
                return key
            preparation = _Preparation(weakref.ref(store, _dropper(id(store))), key)
            _prepared[id(store)] = preparation
        try:
            station_code = station_repository.the_station(session).code
            preparation.records = list(
                snapshot_records(
                    uow,
                    ctx,
                    station_code,
                    through,
                    today=key.today,
                    acknowledged_on=key.acknowledged_on,
                    progress=progress,
                )
            )
        finally:
            preparation.done.set()
    return key


def prepared_snapshots(store: Store, key: SnapshotKey) -> list[dict[str, Any]] | None:
    """The records prepared for ``key`` (waiting for a preparation of it still running), None when there are none
    for it: none asked for, prepared for another key (a write since, another day …), or failed."""
    with _prepared_lock:
        preparation = _prepared.get(id(store))
    if preparation is None or preparation.store() is not store or preparation.key != key:
        return None
    preparation.done.wait()
    return preparation.records
