"""Case histories and daily services for the demo station (DOMAIN.md §2–4): clients at every point of the path —
registered, assessing, waiting (some past the 90-day re-confirmation), enrolled, active for up to eight years with
stage reviews and revised plans, suspended after a relapse, closed with each outcome and followed up, withdrawn,
reopened — with consents and agreements covering the days they were served, risk records, referrals in and out,
and individual and group services (day training of 5–15) over the years. One client, the longest served, has
exactly HEAVY_CASE_SERVICES service records.

Each lifecycle is planned in memory and checked with the rules the services apply (check_transition at every step,
the instruments' scoring, may_serve for the days services are given, validate_service and check_service for every
record); then the rows the services would have written are inserted in bulk by
storage.bulk.insert_new_rows, which notes the change-log rows a save writes, in units of work of a
few hundred clients or 20 000 services, each with one audit entry as an import has. Only the changes to rows already
on file (the imported episodes moved back to their real dates, the clients' status) go through the session and its
change-log hook. Through the services one call at a time the benchmark station (20 000 clients, a million
services) would take hours; this way it takes minutes."""

from __future__ import annotations

import hashlib
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from rehabdesk.demo.case_paths import HEAVY_DAYS, LAST_RESORT, UNSIGNED_ONLY, Paths
from rehabdesk.demo.case_services import HEAVY_CASE_SERVICES, Services
from rehabdesk.demo.case_story import Case, Infeasible, Member, OnFile, Served, Staffing, Station, days
from rehabdesk.domain.agreements import document_number
from rehabdesk.domain.lifecycle import ClosingOutcome, prompts_green_channel
from rehabdesk.domain.people import ADULT_AGE
from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.domain.safety import add_months
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork import AGREEMENT_PREFIX, CONSENT_PREFIX
from rehabdesk.services.settings import settings_in
from rehabdesk.services.templates import current_template
from rehabdesk.storage.bulk import insert_new_rows
from rehabdesk.storage.repositories import cases as case_repository
from rehabdesk.storage.repositories import clients as client_repository
from rehabdesk.storage.repositories import paperwork as consent_repository
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
    StatusChange,
)
from rehabdesk.storage.unit_of_work import UnitOfWork

DEFAULT_SERVICES_PER_CLIENT = 20  # the default 300-client demo builds in about ten seconds
SERVICES_PER_STEP = 10  # progress: a client's case history takes about as long to write as ten services
_CLIENTS_PER_UNIT = 400
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


@dataclass(frozen=True)
class DemoCases:
    heavy_case_number: str | None  # the case with HEAVY_CASE_SERVICES services; None without services
    service_records: int


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

    def __init__(self, uow: UnitOfWork, station: Station) -> None:
        self.uow = uow
        self.st = station
        self.rows: dict[type, list[dict]] = {table: [] for table in _TABLES}
        self.later: list[Callable[[], None]] = []

    def take(self, case: Case) -> None:
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
            if signed < self.st.today - days(45)  # older paper has been scanned in
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
        insert_new_rows(self.uow.session, [(table, self.rows[table]) for table in _TABLES])
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
        unmet = sorted(self.unmet, key=lambda required: paper_signed or required[0] not in UNSIGNED_ONLY)
        found += [(scenario, variant, False) for scenario, variant in unmet]
        at_risk = prompts_green_channel(client.risk_level, client.illness_status)
        weights = _WEIGHTS_UNSTABLE if at_risk else _WEIGHTS
        scenario = self.rng.choices(list(weights), weights=list(weights.values()))[0]
        variant = ClosingOutcome.RELAPSE_TO_HOSPITAL if at_risk and scenario == "closed" else None
        fallbacks = [("active", None, False), ("waitlisted", None, False), ("registered", LAST_RESORT, False)]
        return [*found, (scenario, variant, False), *fallbacks]

    def taken(self, scenario: str, variant: object, heavy: bool) -> None:
        if heavy:
            self.heavy_found = True
        elif (scenario, variant) in self.unmet:
            self.unmet.remove((scenario, variant))


def _station(uow: UnitOfWork, ctx: StationContext, today: date, staffing: Staffing) -> Station:
    settings = settings_in(uow)
    return Station(
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
    adult_since = add_months(client.birth_date, ADULT_AGE * 12)
    if client.legal_capacity == "full" and adult_since < today - days(HEAVY_DAYS + 90):
        return None
    guardians = client_repository.guardians_of(uow.session, client.id)
    return next((g.id for g in guardians if g.is_legal_guardian), None)


def _case_of(uow: UnitOfWork, station: Station, client: Client, chooser: _Chooser) -> tuple[Case, Episode, bool]:
    session = uow.session
    episode = case_repository.current_episode(session, client.id)
    if episode is None:
        raise RuntimeError("an imported client has its first episode")
    steps = case_repository.status_changes(session, client.id)
    on_file = OnFile.read(
        consent_repository.consents_of(session, client.id), consent_repository.agreements_of(session, client.id)
    )
    guardian = _legal_guardian(uow, client, station.today)
    for scenario, variant, heavy in chooser.candidates(client, on_file.signed is not None):
        case = Case(station, client, guardian, chooser.rng)
        case.paperwork(on_file)
        try:
            Paths(case, episode, steps).run(scenario, variant, heavy)
        except Infeasible:
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
            Member(m.id, m.start_date, m.end_date, m.direct_service, m.assessor)
            for m in staff_repository.all_staff(uow.session)
        ]
    if not ids or not members:
        return DemoCases(None, 0)
    staffing = Staffing(members, rng)
    chooser = _Chooser(rng)
    served: list[Served] = []
    heavy: Served | None = None
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
                entry = case.finish(episode)
                writer.take(case)
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
    services = Services(
        ctx, rng, today, staffing, lambda made: progress.step(len(ids) + made // SERVICES_PER_STEP, steps, "services")
    )
    return DemoCases(heavy_number, services.add(served, heavy, wanted))
