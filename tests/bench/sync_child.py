"""Child process of bench_sync: one timed piece of work on an enrolled station copy, reporting its own seconds and
peak memory (each run starts with a fresh interpreter, as a station's export does).

    python -m tests.bench.sync_child export STATION OUT DAY      the station's export_bundle, clock set to DAY
    python -m tests.bench.sync_child baseline STATION OUT        the same rows by raw SQL, through the same writer
                                                                  (OUT/baseline.rdsync)
    python -m tests.bench.sync_child snapshots STATION DAY       only the indicator snapshots the day's first bundle
                                                                  carries (part of an export's time)
    python -m tests.bench.sync_child prepared STATION OUT DAY    the snapshots prepared (as the Sync page does when
                                                                  shown), then the export timed alone

Prints one line: ``<seconds> <peak RSS in MB>``, for ``prepared`` followed by the preparation's seconds."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from tests.bench.harness import peak_rss_mb

# The rows a full bundle carries and their columns (services/sync_export.py, repositories/sync_export.py), read
# here with plain SQL: tombstones included, a service's attendees as the attended ones.
_SERVICES = """
SELECT r.id, r.version, r.deleted_at IS NOT NULL, r.service_date, r.service_types, r.form, r.start_time, r.end_time,
       (SELECT group_concat(a.client_id) FROM service_attendee a
        WHERE a.service_id = r.id AND a.attended IS 1 AND a.deleted_at IS NULL),
       (SELECT group_concat(s.staff_id) FROM service_staff s WHERE s.service_id = r.id AND s.deleted_at IS NULL)
FROM service_record r
"""
_CONSENTING = """
SELECT c.client_id, p.id_number FROM consent c JOIN client p ON p.id = c.client_id
WHERE c.kind = 'data_provision' AND c.status = 'signed' AND c.deleted_at IS NULL
"""
_CLIENTS = """
SELECT id, version, deleted_at IS NOT NULL, birth_date, gender, county_code, diagnosis, status, disability_level
FROM client
"""
# Person-level tables: the record's fields are the columns of the same names.
_PERSON_COLUMNS = {
    "episode": ("number", "application_date", "channel", "status", "status_since", "closing_outcome", "closed_on"),
    "status_change": ("episode_id", "from_status", "to_status", "changed_on"),
    "assessment": ("episode_id", "kind", "assessed_on", "instrument", "instrument_version", "total", "band"),
    "rehab_plan": ("episode_id", "plan_version", "period_start", "period_end", "status", "agreed_on", "approved_on",
                   "review_due"),
    "referral": ("direction", "kind", "referral_date", "receipt_date"),
    "follow_up": ("due_date", "done_on"),
}  # fmt: skip
_STAFF = """
SELECT id, version, deleted_at IS NOT NULL, profession, employment_type, direct_service, start_date, end_date FROM staff
"""
_TRAINING = """
SELECT a.staff_id, strftime('%Y', c.end_date), sum(c.minutes) FROM training_attendance a
JOIN training_course c ON c.id = a.course_id
WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL AND c.counts GROUP BY a.staff_id, strftime('%Y', c.end_date)
"""
_DRILLS = """
SELECT d.id, d.version, d.deleted_at IS NOT NULL, d.drill_date, d.scenario, d.clients_involved, d.duration_minutes,
       (SELECT count(*) FROM drill_participant p WHERE p.drill_id = d.id AND p.deleted_at IS NULL)
FROM drill d
"""
_PLANS = "SELECT id, version, deleted_at IS NOT NULL, scenarios, effective_date, review_due FROM emergency_plan"


def _open(station: str):
    import keyring
    from keyring.backends import fail

    from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD
    from rehabdesk.services.sessions import unlock
    from rehabdesk.storage.key_policy import PRODUCTION_POLICY
    from rehabdesk.storage.paths import StationPaths

    keyring.set_keyring(fail.Keyring())  # the device key is in the station database (bench_sync enrolled it so)
    return unlock(StationPaths(Path(station)), DEMO_LOGIN, DEMO_PASSWORD, PRODUCTION_POLICY)


def _minutes(start: str, end: str) -> int:
    return max(0, int(end[:2]) * 60 + int(end[3:5]) - int(start[:2]) * 60 - int(start[3:5]))


def export(station: str, out: str, day: str) -> float:
    from rehabdesk.domain import clock
    from rehabdesk.services import sync_export

    ctx = _open(station)
    with clock.frozen(date.fromisoformat(day)):
        start = time.perf_counter()
        sync_export.export_bundle(ctx, Path(out))
        seconds = time.perf_counter() - start
    ctx.close()
    return seconds


def prepared(station: str, out: str, day: str) -> tuple[float, float]:
    from rehabdesk.domain import clock
    from rehabdesk.services import sync_export, sync_snapshot

    ctx = _open(station)
    with clock.frozen(date.fromisoformat(day)):
        start = time.perf_counter()
        if sync_snapshot.prepare_snapshots(ctx) is None:
            raise RuntimeError("nothing prepared: the day had its bundle already")
        preparation = time.perf_counter() - start
        start = time.perf_counter()
        sync_export.export_bundle(ctx, Path(out))
        seconds = time.perf_counter() - start
    ctx.close()
    return seconds, preparation


def snapshots(station: str, day: str) -> float:
    from rehabdesk.domain import clock
    from rehabdesk.services.sync_snapshot import snapshot_records
    from rehabdesk.storage.repositories import change_log
    from rehabdesk.storage.repositories import station as station_repository

    ctx = _open(station)
    with clock.frozen(date.fromisoformat(day)), ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        code = station_repository.the_station(uow.session).code
        through = change_log.head(uow.session)
        start = time.perf_counter()
        list(snapshot_records(uow, ctx, code, through, today=clock.today(), acknowledged_on=None))
        seconds = time.perf_counter() - start
    ctx.close()
    return seconds


def baseline(station: str, out: str) -> float:
    """Read the rows a full bundle carries with plain SQL — the consenting clients and their person-level rows and
    services, the staff, drills and emergency plans — shape the same records and write them through the same bundle
    writer (age stream, manifest, signature): what any export must at least do. The indicator snapshots, computed
    figures rather than rows read, are the export's alone."""
    import base64
    import os
    import uuid

    from rehabdesk.storage.repositories import sync_state
    from rehabdesk.sync import age
    from rehabdesk.sync.bundle import BundleStart, BundleWriter
    from rehabdesk.sync.manifest import Manifest
    from rehabdesk.sync.minisign import SecretKey
    from rehabdesk.sync.records import client_pseudonym, staff_pseudonym
    from tests.support import raw_connection

    ctx = _open(station)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        enrolment = sync_state.current_enrolment(uow.session)
        assert enrolment is not None
        key = base64.b64decode(enrolment.pseudonym_key)
        recipient = age.Recipient.parse(enrolment.age_recipient)
    connection = raw_connection(ctx.store.paths, ctx.store.master)
    signing = SecretKey.generate()
    start = time.perf_counter()
    pseudonyms = {client: client_pseudonym(key, number) for client, number in connection.execute(_CONSENTING)}
    staff: dict[str, str] = {}

    def staff_name(staff_id: str) -> str:
        if staff_id not in staff:
            staff[staff_id] = staff_pseudonym(key, "BENCH", staff_id)
        return staff[staff_id]

    target = Path(out) / "baseline.rdsync"
    with open(target, "wb") as handle:
        bundle_id = str(uuid.uuid4())
        writer = BundleWriter(handle, BundleStart(bundle_id, "BENCH", "D0000001", 1), recipient, mtime=0)
        write = writer.write
        for row in connection.execute(_CLIENTS):
            if row[0] in pseudonyms:
                write({"type": "client", "op": "delete", "id": row[0]} if row[2] else
                      {"type": "client", "op": "upsert", "id": row[0], "version": row[1],
                       "pseudonym": pseudonyms[row[0]], "birth_year": int(row[3][:4]), "gender": row[4],
                       "county_code": row[5], "diagnosis": row[6], "status": row[7],
                       "disability_level": row[8]})  # fmt: skip
        for table, columns in _PERSON_COLUMNS.items():
            query = f"SELECT id, version, deleted_at IS NOT NULL, client_id, {', '.join(columns)} FROM {table}"
            for row in connection.execute(query):
                if row[3] in pseudonyms:
                    write({"type": table, "op": "delete", "id": row[0]} if row[2] else
                          {"type": table, "op": "upsert", "id": row[0], "version": row[1],
                           "pseudonym": pseudonyms[row[3]], **dict(zip(columns, row[4:], strict=True))})  # fmt: skip
        for row in connection.execute(_SERVICES):
            attended = row[8].split(",") if row[8] else []
            attendees = sorted(pseudonyms[c] for c in attended if c in pseudonyms)
            if not attendees:
                continue
            if row[2]:
                write({"type": "service", "op": "delete", "id": row[0]})
                continue
            write({"type": "service", "op": "upsert", "id": row[0], "version": row[1], "service_date": row[3],
                   "service_types": [t for t in row[4].split(",") if t], "form": row[5],
                   "minutes": _minutes(row[6], row[7]), "group_size": len(attended),
                   "staff": sorted(map(staff_name, row[9].split(","))) if row[9] else [],
                   "attendees": attendees})  # fmt: skip
        minutes: dict[str, dict[str, int]] = {}
        for staff_id, year, total in connection.execute(_TRAINING):
            minutes.setdefault(staff_id, {})[year] = int(total or 0)
        for row in connection.execute(_STAFF):
            write({"type": "staff", "op": "delete", "id": row[0]} if row[2] else
                  {"type": "staff", "op": "upsert", "id": row[0], "version": row[1], "pseudonym": staff_name(row[0]),
                   "profession": row[3], "employment_type": row[4], "direct_service": bool(row[5]),
                   "start_date": row[6], "end_date": row[7],
                   "training_minutes": dict(sorted(minutes.get(row[0], {}).items()))})  # fmt: skip
        for row in connection.execute(_DRILLS):
            write({"type": "drill", "op": "delete", "id": row[0]} if row[2] else
                  {"type": "drill", "op": "upsert", "id": row[0], "version": row[1], "drill_date": row[3],
                   "scenario": row[4], "participants": row[7], "clients_involved": row[5],
                   "duration_minutes": row[6]})  # fmt: skip
        for row in connection.execute(_PLANS):
            write({"type": "emergency_plan", "op": "delete", "id": row[0]} if row[2] else
                  {"type": "emergency_plan", "op": "upsert", "id": row[0], "version": row[1],
                   "scenarios": [s for s in row[3].split(",") if s], "effective_date": row[4],
                   "review_due": row[5]})  # fmt: skip

        def manifest(counts: dict[str, int], size: int, digest: str) -> Manifest:
            return Manifest(
                bundle_id=bundle_id, station_code="BENCH", county_division="110105", device_id="D0000001",
                device_key_id=signing.public.key_id_text, county_key_id=recipient.key_id, sequence=1,
                previous_bundle_sha256=None, created_at="2026-01-01T00:00:00Z", app_version="0", schema_version="0",
                change_log_after=0, change_log_through=1, record_counts=counts, payload_size=size,
                payload_sha256=digest,
            )  # fmt: skip

        writer.finish(signing, manifest)
        handle.flush()
        os.fsync(handle.fileno())
    seconds = time.perf_counter() - start
    connection.close()
    ctx.close()
    return seconds


if __name__ == "__main__":
    mode, *arguments = sys.argv[1:]
    took = {"export": export, "baseline": baseline, "snapshots": snapshots, "prepared": prepared}[mode](*arguments)
    seconds, *more = took if isinstance(took, tuple) else (took,)
    peak_mb = peak_rss_mb()
    print(f"{seconds:.6f} {peak_mb:.1f}", *(f"{value:.6f}" for value in more), flush=True)
