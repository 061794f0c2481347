"""What the Today page lists as due, kind by kind: case work (reviews, waitlist, follow-ups, clients not served
this month), papers (agreements ending, consents unsigned, scans missing), training hours short in the fourth
quarter, and drills, corrective actions and emergency plans falling due.

A large station has thousands of due items and no one reads them all, so the page gets each kind's count, its
overdue count and its first rows (overdue first, then by date), counted and cut in SQL; all items of one kind come
on request. "Only my clients" narrows the client kinds inside the queries. Station kinds (training, safety) are a
few lines each and concern everyone; they come from the services that own them. An account sees only what its role
may see (client kinds need the right to view records; a worker's own training line)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from rehabdesk.domain import clock
from rehabdesk.domain.case_due import DUE_SOON_DAYS
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Permission, Role
from rehabdesk.domain.safety import DueState
from rehabdesk.services import safety, training
from rehabdesk.services.alongside import Alongside
from rehabdesk.services.case_due import CaseDueKind, case_due_queries
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork_due import paperwork_due_queries
from rehabdesk.services.registry import service
from rehabdesk.services.settings import StationSettings, settings_in
from rehabdesk.storage.repositories import due_lists
from rehabdesk.storage.repositories.due_lists import DueCut, DueQuery
from rehabdesk.storage.unit_of_work import UnitOfWork

FIRST_ROWS = 5  # per kind: a screenful with every kind's heading on it
# The client kinds counted on a second connection meanwhile: about half of the kinds' SQL at full scale.
_READ_ALONGSIDE = (
    CaseDueKind.STAGE_REVIEW,
    CaseDueKind.NO_SERVICE_THIS_MONTH,
    CaseDueKind.WAITLIST_RECONFIRMATION,
    "agreement_expired",
    "agreement_expiring",
)
STATION_KINDS = ("training_short", "drill_due", "action_due", "emergency_plan_review")


class TodayItem(NamedTuple):  # a tuple: a large station lists thousands, built in a few ms
    kind: str  # a CaseDueKind, a paperwork_due kind, or one of STATION_KINDS
    due_on: date | None
    overdue: bool
    client_id: str | None = None
    case_number: str = ""
    client_name: str = ""
    worker_id: str | None = None  # the client's responsible worker, or the worker the item is about
    subject: str = ""  # what a station item is about: a worker, a drill scenario, an action, a plan
    item_id: str | None = None


class DueScope(StrEnum):
    MINE = "mine"  # the clients the signed-in worker is responsible for
    STATION = "station"  # every client of the station


class DueGroup(NamedTuple):
    kind: str
    count: int
    overdue: int
    first: list[TodayItem]  # the first FIRST_ROWS (or fewer), overdue first, then by date


@dataclass(frozen=True)
class DueOverview:
    scope: DueScope  # what the client kinds were counted over
    own_staff_id: str | None  # None: the account serves no one, "only my clients" is not offered
    groups: list[DueGroup]  # the kinds with something due, in a fixed order


@service(None, mutating=False)
def due_overview(
    ctx: StationContext, *, today: date | None = None, scope: DueScope | None = None, first: int = FIRST_ROWS
) -> DueOverview:
    """Each kind's count, overdue count and first rows. Without ``scope``: a worker's own clients; the whole
    station for an account linked to no worker, and for an admin or coordinator who is responsible for no client
    (they oversee the station)."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:  # one read for every kind: one snapshot
        own = training.own_staff_id(uow, ctx)
        if scope is None:
            scope = _default_scope(uow, ctx, own)
        worker = own if scope is DueScope.MINE else None
        if scope is DueScope.MINE and own is None:
            raise DomainError("account_without_staff")
        settings = settings_in(uow)
        statements = _first_rows_statements(settings, today, first, worker) if _views_clients(ctx) else {}

        def cut(uow: UnitOfWork, kinds: Iterable[str]) -> dict[str, DueCut]:
            return {kind: due_lists.cut_by(uow.session, statements[kind]) for kind in kinds if kind in statements}

        beside = Alongside(ctx.store, uow, lambda there: cut(there, _READ_ALONGSIDE))
        cuts = cut(uow, [kind for kind in statements if kind not in _READ_ALONGSIDE])
        station_items = _station_items(uow, settings, ctx, today)
        cuts |= beside.result()
        groups = []
        for kind in statements:
            found = cuts[kind]
            if found.count:
                items = [_item(kind, row, today) for row in found.rows]
                groups.append(DueGroup(kind, found.count, found.overdue, items))
        for kind, items in station_items.items():
            if items:
                groups.append(DueGroup(kind, len(items), sum(item.overdue for item in items), items[:first]))
    return DueOverview(scope, own, groups)


@service(None, mutating=False)
def due_of_kind(
    ctx: StationContext, kind: str, *, today: date | None = None, scope: DueScope = DueScope.STATION
) -> list[TodayItem]:
    """Every item of one kind, in the overview's order."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        settings = settings_in(uow)
        if kind in STATION_KINDS:
            return _station_items(uow, settings, ctx, today)[kind]
        if not _views_clients(ctx):
            return []
        query = _client_queries(settings, today)[kind]  # a kind the overview gave, or a caller's bug
        worker = None
        if scope is DueScope.MINE:
            worker = training.own_staff_id(uow, ctx)
            if worker is None:
                raise DomainError("account_without_staff")
        return [_item(kind, row, today) for row in due_lists.all_rows(uow.session, query, worker_id=worker)]


def _default_scope(uow: UnitOfWork, ctx: StationContext, own: str | None) -> DueScope:
    if own is None:
        return DueScope.STATION
    if ctx.actor.roles & {Role.ADMIN, Role.COORDINATOR} and not due_lists.serves_clients(uow.session, own):
        return DueScope.STATION
    return DueScope.MINE


def _views_clients(ctx: StationContext) -> bool:
    return ctx.actor.may(Permission.VIEW_RECORDS)


def _client_queries(settings: StationSettings, today: date) -> dict[str, DueQuery]:
    return {**case_due_queries(settings, today), **paperwork_due_queries(settings, today)}


@lru_cache(maxsize=16)
def _first_rows_statements(
    settings: StationSettings, today: date, first: int, worker: str | None
) -> dict[str, DueQuery]:
    """Each client kind's statement, built once per day, settings, cut and worker, and kept: building them took a
    tenth of the overview's time at full scale."""
    return {
        kind: due_lists.first_rows_statement(query, today, first, worker_id=worker)
        for kind, query in _client_queries(settings, today).items()
    }


def _item(kind: str, row, today: date) -> TodayItem:
    return TodayItem(
        str(kind),
        row.due_on,
        row.due_on is not None and row.due_on < today,
        row.client_id,
        row.case_number,
        row.client_name,
        row.worker_id,
        subject=row.subject,
        item_id=row.item_id,
    )


def _station_items(
    uow: UnitOfWork, settings: StationSettings, ctx: StationContext, today: date
) -> dict[str, list[TodayItem]]:
    """Training and safety, each kind in the overview's order (a handful of lines each), read as the training and
    safety pages read them (both open to every account)."""
    overview = training.overview_in(uow, ctx, today.year, today, settings.training_annual_hours)
    status = safety.status_in(uow, settings.drill_scenarios, today)
    found = {"training_short": _training_short(overview, today), **_safety_due(status, today)}
    for items in found.values():
        items.sort(key=lambda item: (item.due_on is None, item.due_on or date.max))
    return found


def _training_short(overview: training.TrainingOverview, today: date) -> list[TodayItem]:
    """From 1 October: direct-service workers short of the year's hours (one's own line for a worker)."""
    year_end = date(today.year, 12, 31)
    return [
        TodayItem("training_short", year_end, False, worker_id=w.staff_id, subject=w.name)
        for w in overview.workers
        if w.compliance.warn
    ]


def _safety_due(status: safety.SafetyStatus, today: date) -> dict[str, list[TodayItem]]:
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    return {
        "drill_due": [
            TodayItem("drill_due", s.due, s.state is DueState.OVERDUE, subject=s.scenario.value)
            for s in status.schedule
            if s.state is not DueState.OK
        ],
        "action_due": [
            TodayItem("action_due", a.due_date, a.due_date < today, subject=a.description, item_id=a.id)
            for a in status.open_actions
            if a.due_date <= horizon
        ],
        "emergency_plan_review": [
            TodayItem("emergency_plan_review", p.review_due, True, subject=p.title, item_id=p.id)
            for p in status.plans_past_review
        ],
    }
