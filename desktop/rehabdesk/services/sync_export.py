"""Export a bundle for the county (issue 14, docs/sync-bundle.md): the changes since the last acknowledged
change-log position, person-level records only for clients holding an unwithdrawn 向他人提供 consent and under a
pseudonym, never free text, names, ID numbers, phone numbers or addresses.

Durability: the bundle is written into the station folder's ``outbox/`` (temp name, fsync, rename), recorded in
the database with its sequence and hash in the same transaction as its audit entry, and only then copied to the
target folder (temp, fsync, rename, read back and verified from the target: USB sticks lie about fsync). A crash
before the commit leaves an outbox file no one has seen, which the next export replaces: a sequence number that
left the station is never reused, and none is skipped. Every bundle not yet acknowledged is copied again with the
next export, so a lost stick loses nothing."""

from __future__ import annotations

import base64
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

import rehabdesk
from rehabdesk.domain import clock
from rehabdesk.domain.consent import ConsentKind
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.domain.roles import Permission
from rehabdesk.durable import fsync_directory
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.sync import device_signing_key
from rehabdesk.services.sync_snapshot import prepared_snapshots, snapshot_key, snapshot_records
from rehabdesk.storage import migrate
from rehabdesk.storage.repositories import change_log, sync_state
from rehabdesk.storage.repositories import station as station_repository
from rehabdesk.storage.repositories import sync_export as repository
from rehabdesk.storage.schema import (
    Assessment,
    Client,
    Consent,
    Drill,
    DrillParticipant,
    EmergencyPlan,
    Episode,
    FollowUp,
    Referral,
    RehabPlan,
    ServiceAttendee,
    ServiceRecord,
    ServiceStaff,
    Staff,
    StatusChange,
    SyncBundle,
    TrainingAttendance,
    TrainingCourse,
)
from rehabdesk.storage.unit_of_work import is_disk_full
from rehabdesk.sync import age
from rehabdesk.sync.bundle import BundleStart, BundleWriter, bundle_hash, verify_bundle
from rehabdesk.sync.manifest import Manifest, bundle_file_name
from rehabdesk.sync.minisign import PublicKey
from rehabdesk.sync.records import DELETE, ERASE, UPSERT, client_pseudonym, staff_pseudonym

OUTBOX = "outbox"
PERSON_MODELS: dict[str, Any] = {
    "episode": Episode,
    "status_change": StatusChange,
    "assessment": Assessment,
    "rehab_plan": RehabPlan,
    "referral": Referral,
    "follow_up": FollowUp,
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    record_counts: dict[str, int]
    also_copied: tuple[Path, ...]  # earlier bundles the county has not acknowledged yet, copied again


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _minutes(start: str, end: str) -> int:
    """Minutes between two stored times (``HH:MM:SS…``)."""
    return max(0, int(end[:2]) * 60 + int(end[3:5]) - int(start[:2]) * 60 - int(start[3:5]))


def _codes(text: str) -> list[str]:
    return [part for part in text.split(",") if part]


def _project(table: str, row: Any, pseudonym: str) -> dict[str, Any]:
    """The fields a person-level row may send (sync/records.py PERSON_FIELDS), nothing else; dates are the stored
    ISO text."""
    common = {"type": table, "op": UPSERT, "id": row.id, "version": row.version, "pseudonym": pseudonym}
    if table == "client":
        return {
            **common,
            "birth_year": int(row.birth_date[:4]),
            "gender": row.gender,
            "county_code": row.county_code,
            "diagnosis": row.diagnosis,
            "status": row.status,
            "disability_level": row.disability_level,
        }
    if table == "episode":
        return {
            **common,
            "number": row.number,
            "application_date": row.application_date,
            "channel": row.channel,
            "status": row.status,
            "status_since": row.status_since,
            "closing_outcome": row.closing_outcome,
            "closed_on": row.closed_on,
        }
    if table == "status_change":
        return {
            **common,
            "episode_id": row.episode_id,
            "from_status": row.from_status,
            "to_status": row.to_status,
            "changed_on": row.changed_on,
        }
    if table == "assessment":
        return {
            **common,
            "episode_id": row.episode_id,
            "kind": row.kind,
            "assessed_on": row.assessed_on,
            "instrument": row.instrument,
            "instrument_version": row.instrument_version,
            "total": row.total,
            "band": row.band,
        }
    if table == "rehab_plan":
        return {
            **common,
            "episode_id": row.episode_id,
            "plan_version": row.plan_version,
            "period_start": row.period_start,
            "period_end": row.period_end,
            "status": row.status,
            "agreed_on": row.agreed_on,
            "approved_on": row.approved_on,
            "review_due": row.review_due,
        }
    if table == "referral":
        return {
            **common,
            "direction": row.direction,
            "kind": row.kind,
            "referral_date": row.referral_date,
            "receipt_date": row.receipt_date,
        }
    if table == "follow_up":
        return {**common, "due_date": row.due_date, "done_on": row.done_on}
    raise LookupError(table)


class _Pseudonyms:
    """The pseudonyms of the clients whose records may be sent (HMAC of the ID number under the county's key), None
    for a client without the 向他人提供 consent. Looked up batch by batch for the clients the rows name: an
    incremental bundle names a few hundred of a station's 20 000 clients, and reading and hashing the ID numbers
    of every consenting client was most of its time."""

    def __init__(self, session: Any, key: bytes) -> None:
        self._session = session
        self._key = key
        self._known: dict[str, str | None] = {}

    def prepare(self, client_ids: Iterable[str]) -> None:
        """Look up the clients not seen yet, in one query per batch."""
        known = self._known
        missing = {client_id for client_id in client_ids if client_id not in known}
        if not missing:
            return
        numbers = repository.consenting_identity_numbers(self._session, missing, ConsentKind.DATA_PROVISION.value)
        for client_id in missing:
            number = numbers.get(client_id)
            known[client_id] = client_pseudonym(self._key, number) if number is not None else None

    def prepared(self, rows: Iterator[Any], clients_of: Callable[[Any], Iterable[str]]) -> Iterator[Any]:
        """``rows`` again, each batch after its clients (``clients_of(row)``) are looked up."""
        while batch := list(islice(rows, repository.BATCH)):
            self.prepare(client_id for row in batch for client_id in clients_of(row))
            yield from batch

    def get(self, client_id: str) -> str | None:
        """Only for a client prepared before."""
        return self._known[client_id]


class _Records:
    """The records of one bundle, generated lazily so that memory stays bounded.

    While the county has acknowledged nothing (``after`` = 0) the bundle carries every row the change log names,
    which in its read transaction is every row: each table is then read once, whole, instead of a list of every
    changed id (a million services) gathered first. Later bundles gather the few ids changed since."""

    def __init__(
        self, session: Any, station_code: str, key: bytes, after: int, through: int, *, first: bool, full: bool
    ) -> None:
        """``full``: read every table whole (only while ``after`` = 0; tests compare it with gathering the ids)."""
        self.session = session
        self.after, self.through = after, through
        self.full = full
        self.station_code = station_code
        self.key = key
        self.changed = {} if self.full else repository.changed_since(session, after, through)
        self.sendable = _Pseudonyms(session, key)
        consent_changed = repository.consent_clients(session, self._ids(Consent, []), ConsentKind.DATA_PROVISION.value)
        self.sendable.prepare(consent_changed)
        holding = {client_id for client_id in consent_changed if self.sendable.get(client_id) is not None}
        # A newly given consent sends the whole history; a withdrawn one erases the pseudonym at the county.
        self.newly = holding if after else set()
        # Before the first bundle the county holds nothing to erase: no pseudonym of a client without the consent
        # leaves then.
        erased = set() if first else consent_changed - holding
        numbers = repository.identity_numbers(session, erased)
        self.erasures = {client_id: client_pseudonym(key, number) for client_id, number in numbers.items()}
        self.staff_names: dict[str, str] = {}
        self.snapshots: list[dict[str, Any]] = []

    def total(self) -> int:
        """How many records at most (for the progress bar)."""
        if self.full:
            models = (Client, *PERSON_MODELS.values(), ServiceRecord, Staff, Drill, EmergencyPlan)
            return sum(repository.row_count(self.session, model) for model in models) + len(self.snapshots)
        return sum(len(ids) for ids in self.changed.values()) + len(self.newly) + len(self.erasures)

    def _staff(self, staff_id: str) -> str:
        name = self.staff_names.get(staff_id)
        if name is None:
            name = self.staff_names[staff_id] = staff_pseudonym(self.key, self.station_code, staff_id)
        return name

    def _ids(self, model: Any, extra: list[str]) -> list[str]:
        """Ids of the rows of ``model`` changed in the bundle's range, then ``extra`` ones."""
        if self.full:
            ids = repository.logged_ids(self.session, model, self.through)
        else:
            ids = list(self.changed.get(model.__tablename__, []))
        seen = set(ids)
        return ids + [row_id for row_id in extra if row_id not in seen]

    def _which(self, model: Any, extra: list[str]) -> repository.EveryRow | list[str]:
        # A full bundle has no extra rows: nothing was acknowledged, so no consent is new to the county.
        assert not (self.full and extra)
        return repository.EVERY_ROW if self.full else self._ids(model, extra)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        session = self.session
        sendable = self.sendable
        clients = repository.bundle_rows(session, Client, self._which(Client, sorted(self.newly)))
        for row in sendable.prepared(clients, lambda row: (row.id,)):
            pseudonym = sendable.get(row.id)
            if pseudonym is not None:
                yield self._upsert_or_delete("client", row, pseudonym)
        for table, model in PERSON_MODELS.items():
            extra = repository.rows_of_clients(session, model, self.newly) if self.newly else []
            rows = repository.bundle_rows(session, model, self._which(model, extra))
            for row in sendable.prepared(rows, lambda row: (row.client_id,)):
                pseudonym = sendable.get(row.client_id)
                if pseudonym is not None:
                    yield self._upsert_or_delete(table, row, pseudonym)
        if self.full:
            services: repository.EveryRow | list[str] = repository.EVERY_ROW
        else:
            services = self._ids(
                ServiceRecord,
                sorted(
                    repository.changed_parents(session, ServiceAttendee, "service_id", self.after, self.through)
                    | repository.changed_parents(session, ServiceStaff, "service_id", self.after, self.through)
                    | set(repository.services_of_clients(session, self.newly) if self.newly else [])
                ),
            )
        staff_name = self._staff
        rows = (
            (row, row.attendees.split(",") if row.attendees else [])
            for row in repository.service_rows(session, services)
        )
        for row, attended in sendable.prepared(rows, lambda item: item[1]):
            consenting = sorted([p for p in map(sendable.get, attended) if p is not None])
            if not consenting:
                continue  # no attendee may be sent: the service stays at the station
            if row.deleted:
                yield {"type": "service", "op": DELETE, "id": row.id}
                continue
            yield {
                "type": "service",
                "op": UPSERT,
                "id": row.id,
                "version": row.version,
                "service_date": row.service_date,
                "service_types": _codes(row.service_types),
                "form": row.form,
                "minutes": _minutes(row.start_time, row.end_time),
                "group_size": len(attended),
                "staff": sorted(map(staff_name, row.staff.split(","))) if row.staff else [],
                "attendees": consenting,
            }
        for _, pseudonym in sorted(self.erasures.items()):
            yield {"type": ERASE, "pseudonym": pseudonym}
        yield from self._station_level()
        yield from self.snapshots

    @staticmethod
    def _upsert_or_delete(table: str, row: Any, pseudonym: str) -> dict[str, Any]:
        if row.deleted:
            return {"type": table, "op": DELETE, "id": row.id}
        return _project(table, row, pseudonym)

    def _station_level(self) -> Iterator[dict[str, Any]]:
        session = self.session
        staff_ids = self._ids(
            Staff,
            sorted(
                repository.staff_of_courses(session, self._ids(TrainingCourse, []))
                | repository.changed_parents(session, TrainingAttendance, "staff_id", self.after, self.through)
            ),
        )
        minutes = repository.training_minutes(session, staff_ids)
        for row in repository.rows(session, Staff, staff_ids):
            if row.deleted_at is not None:
                yield {"type": "staff", "op": DELETE, "id": row.id}
                continue
            yield {
                "type": "staff",
                "op": UPSERT,
                "id": row.id,
                "version": row.version,
                "pseudonym": self._staff(row.id),
                "profession": row.profession,
                "employment_type": row.employment_type,
                "direct_service": row.direct_service,
                "start_date": _day(row.start_date),
                "end_date": _day(row.end_date),
                "training_minutes": dict(sorted(minutes.get(row.id, {}).items())),
            }
        drill_ids = self._ids(
            Drill,
            sorted(repository.changed_parents(session, DrillParticipant, "drill_id", self.after, self.through)),
        )
        participants = repository.drill_participants(session, drill_ids)
        for row in repository.rows(session, Drill, drill_ids):
            if row.deleted_at is not None:
                yield {"type": "drill", "op": DELETE, "id": row.id}
                continue
            yield {
                "type": "drill",
                "op": UPSERT,
                "id": row.id,
                "version": row.version,
                "drill_date": _day(row.drill_date),
                "scenario": row.scenario,
                "participants": participants.get(row.id, 0),
                "clients_involved": row.clients_involved,
                "duration_minutes": row.duration_minutes,
            }
        for row in repository.rows(session, EmergencyPlan, self._ids(EmergencyPlan, [])):
            if row.deleted_at is not None:
                yield {"type": "emergency_plan", "op": DELETE, "id": row.id}
                continue
            yield {
                "type": "emergency_plan",
                "op": UPSERT,
                "id": row.id,
                "version": row.version,
                "scenarios": _codes(row.scenarios),
                "effective_date": _day(row.effective_date),
                "review_due": _day(row.review_due),
            }


def outbox_dir(ctx: StationContext) -> Path:
    return ctx.store.paths.root / OUTBOX


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def copy_verified(source: Path, target: Path, device_key: PublicKey) -> None:
    """Copy durably and verify the copy where it landed (signature, payload hash, age header)."""
    temp = target.with_name(f".{target.name}.partial")
    try:
        with open(source, "rb") as reader, open(temp, "wb") as writer:
            while chunk := reader.read(1024 * 1024):
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temp, target)
        fsync_directory(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    with open(target, "rb") as handle:
        verify_bundle(handle, lambda device: device_key)


@dataclass(frozen=True)
class OutboxBundle:
    """A bundle written into the outbox, and the earlier ones the county has not acknowledged (oldest first)."""

    path: Path
    sequence: int
    record_counts: dict[str, int]
    pending: tuple[Path, ...]
    device_key: PublicKey


@service(Permission.EXPORT_BUNDLES, mutating=True)
def export_bundle(ctx: StationContext, folder: Path, *, progress: Progress = NULL_PROGRESS) -> ExportResult:
    """Write the next bundle into ``folder`` (e.g. a USB stick), with every earlier one not yet acknowledged."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DomainError("folder_missing")
    written = _write_to_outbox(ctx, progress, allow_empty=True)
    copied = []
    try:
        for earlier in written.pending:
            copy_verified(earlier, folder / earlier.name, written.device_key)
            copied.append(folder / earlier.name)
        copy_verified(written.path, folder / written.path.name, written.device_key)
    except OSError as error:
        # The bundle is made and kept on this PC; the next export copies it again with whatever is new.
        code = "sync_target_full" if is_disk_full(error) else "sync_target_unwritable"
        raise DomainError(code, folder=str(folder)) from error
    return ExportResult(folder / written.path.name, written.sequence, written.record_counts, tuple(copied))


@service(Permission.EXPORT_BUNDLES, mutating=True)
def write_bundle(ctx: StationContext, *, progress: Progress = NULL_PROGRESS) -> OutboxBundle:
    """Write the next bundle into the outbox only (the network push sends it from there). Unlike an export asked
    for by hand, a bundle without a record is not written: every sign-in changes the account row, and the app
    pushes by itself every few hours."""
    return _write_to_outbox(ctx, progress, allow_empty=False)


def _write_to_outbox(ctx: StationContext, progress: Progress, *, allow_empty: bool) -> OutboxBundle:
    outbox = outbox_dir(ctx)
    outbox.mkdir(exist_ok=True)
    with ctx.store.unit_of_work(ctx.actor) as uow, ExitStack() as stack:
        session = uow.session
        station = station_repository.the_station(session)
        enrolment = sync_state.current_enrolment(session)
        device = sync_state.current_device(session)
        if enrolment is None or device is None:
            raise DomainError("sync_not_enrolled")
        signing_key = device_signing_key(device, station.code)
        after = repository.acknowledged_through(session)
        through = change_log.head(session)
        if through <= after:
            raise DomainError("sync_nothing_to_send")
        if after == 0:
            stack.enter_context(repository.streaming_cache(session))
        last = sync_state.last_bundle(session, device.id)
        sequence = last.sequence + 1 if last is not None else 1
        name = bundle_file_name(station.code, device.id, sequence)
        bundle_id = str(uuid.uuid4())
        created = clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")
        records = _Records(
            session,
            station.code,
            base64.b64decode(enrolment.pseudonym_key),
            after,
            through,
            first=last is None,
            full=after == 0,
        )
        key = snapshot_key(uow, ctx, through)
        if key is not None:
            # The first bundle of the day carries the snapshots, computed inside this transaction so that the
            # figures match the records they travel with, or prepared for the same key (change-log head, day …)
            # before it; later ones that day do not pay for them again.
            prepared = prepared_snapshots(ctx.store, key)
            records.snapshots = (
                prepared
                if prepared is not None
                else list(
                    snapshot_records(
                        uow, ctx, station.code, through, today=key.today, acknowledged_on=key.acknowledged_on
                    )
                )
            )
        total = max(1, records.total())
        progress.step(0, total)
        final = outbox / name
        temp = outbox / f".{name}.partial"
        final.unlink(missing_ok=True)  # a crash's leftover: never recorded, never copied anywhere
        try:
            with open(temp, "wb") as out:
                writer = BundleWriter(
                    out,
                    BundleStart(bundle_id, station.code, device.id, sequence),
                    age.Recipient.parse(enrolment.age_recipient),
                    mtime=int(clock.now().timestamp()),
                )
                for done, record in enumerate(records, start=1):
                    writer.write(record)
                    if done % 1000 == 0:
                        progress.step(min(done, total), total)

                def manifest(counts: dict[str, int], size: int, digest: str) -> Manifest:
                    return Manifest(
                        bundle_id=bundle_id,
                        station_code=station.code,
                        county_division=enrolment.county_division,
                        device_id=device.id,
                        device_key_id=signing_key.public.key_id_text,
                        county_key_id=age.Recipient.parse(enrolment.age_recipient).key_id,
                        sequence=sequence,
                        previous_bundle_sha256=last.bundle_hash if last is not None else None,
                        created_at=created,
                        app_version=rehabdesk.__version__,
                        schema_version=migrate.head_revision(),
                        change_log_after=after,
                        change_log_through=through,
                        record_counts=counts,
                        payload_size=size,
                        payload_sha256=digest,
                    )

                written = writer.finish(signing_key, manifest)
                out.flush()
                os.fsync(out.fileno())
            if not written.record_counts and not allow_empty:
                # Only changes that never leave the station (sign-ins, settings …): no sequence used up.
                raise DomainError("sync_nothing_to_send")
            # The last moment a cancel is heard: past it the bundle is renamed, recorded and copied, and a cancel
            # then would leave a used sequence behind.
            progress.step(total, total)
            os.replace(temp, final)
            fsync_directory(outbox)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        session.add(
            SyncBundle(
                id=bundle_id,
                created_at=clock.now(),
                device_id=device.id,
                sequence=sequence,
                bundle_hash=bundle_hash(written.to_json()),
                previous_hash=written.previous_bundle_sha256,
                file_name=name,
                change_log_after=after,
                change_log_through=through,
                record_counts=json.dumps(written.record_counts, sort_keys=True),
                status="sent",
            )
        )
        pending = sorted(
            (bundle.sequence, bundle.file_name)
            for bundle in sync_state.bundles(session)
            if bundle.status == "sent" and bundle.device_id == device.id and bundle.file_name != name
        )
        uow.audit(
            "sync_export",
            entity_type="sync_bundle",
            entity_id=bundle_id,
            detail={"file": name, "sequence": sequence, "records": written.record_counts},
        )
        uow.commit()
        public = signing_key.public
    kept = tuple(outbox / earlier for _, earlier in pending if (outbox / earlier).exists())
    return OutboxBundle(final, sequence, written.record_counts, kept, public)
