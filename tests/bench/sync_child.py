"""Child process of bench_sync: one timed piece of work on an enrolled station copy, reporting its own seconds and
peak memory (each run starts with a fresh interpreter, as a station's export does).

    python -m tests.bench.sync_child export STATION OUT DAY      the station's export_bundle, clock set to DAY
    python -m tests.bench.sync_child baseline STATION OUT        the same rows by raw SQL, through the same writer
    python -m tests.bench.sync_child snapshots STATION DAY       only the indicator snapshots the day's first bundle
                                                                  carries (part of an export's time)

Prints one line: ``<seconds> <peak RSS in MB>``."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from tests.bench.harness import peak_rss_mb

# The bench station's service rows and the columns the bundle carries of them (services/sync_export.py).
_SERVICES = """
SELECT r.id, r.version, r.service_date, r.service_types, r.form, r.start_time, r.end_time,
       (SELECT group_concat(a.client_id) FROM service_attendee a WHERE a.service_id = r.id AND a.deleted_at IS NULL),
       (SELECT group_concat(s.staff_id) FROM service_staff s WHERE s.service_id = r.id AND s.deleted_at IS NULL)
FROM service_record r WHERE r.deleted_at IS NULL
"""
_CONSENTING = """
SELECT c.client_id, p.id_number FROM consent c JOIN client p ON p.id = c.client_id
WHERE c.kind = 'data_provision' AND c.status = 'signed' AND c.deleted_at IS NULL AND p.deleted_at IS NULL
"""
_CLIENTS = "SELECT id, version, birth_date, gender, county_code, diagnosis, status, disability_level FROM client"


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


def snapshots(station: str, day: str) -> float:
    from rehabdesk.domain import clock
    from rehabdesk.services.sync_snapshot import snapshot_records
    from rehabdesk.storage.repositories import station as station_repository
    from rehabdesk.storage.repositories import sync_export as repository

    ctx = _open(station)
    with clock.frozen(date.fromisoformat(day)), ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        code = station_repository.the_station(uow.session).code
        through = repository.change_log_head(uow.session)
        start = time.perf_counter()
        list(snapshot_records(uow, ctx, code, through, today=clock.today(), acknowledged_on=None))
        seconds = time.perf_counter() - start
    ctx.close()
    return seconds


def baseline(station: str, out: str) -> float:
    """Read the clients and services that consent to provision with plain SQL, shape the same records and write
    them through the same bundle writer (age stream, manifest, signature) — what any export must at least do."""
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
    target = Path(out) / "baseline.rdsync"
    with open(target, "wb") as handle:
        bundle_id = str(uuid.uuid4())
        writer = BundleWriter(handle, BundleStart(bundle_id, "BENCH", "D0000001", 1), recipient, mtime=0)
        for row in connection.execute(_CLIENTS):
            if row[0] in pseudonyms:
                writer.write({"type": "client", "op": "upsert", "id": row[0], "version": row[1],
                              "pseudonym": pseudonyms[row[0]], "birth_year": int(row[2][:4]), "gender": row[3],
                              "county_code": row[4], "diagnosis": row[5], "status": row[6],
                              "disability_level": row[7]})  # fmt: skip
        for row in connection.execute(_SERVICES):
            attendees = sorted(pseudonyms[c] for c in (row[7] or "").split(",") if c in pseudonyms)
            if not attendees:
                continue
            workers = []
            for staff_id in (row[8] or "").split(","):
                if staff_id and staff_id not in staff:
                    staff[staff_id] = staff_pseudonym(key, "BENCH", staff_id)
                if staff_id:
                    workers.append(staff[staff_id])
            writer.write({"type": "service", "op": "upsert", "id": row[0], "version": row[1],
                          "service_date": row[2][:10], "service_types": [t for t in row[3].split(",") if t],
                          "form": row[4], "minutes": _minutes(row[5], row[6]),
                          "group_size": len((row[7] or "").split(",")), "staff": sorted(workers),
                          "attendees": attendees})  # fmt: skip

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
    took = {"export": export, "baseline": baseline, "snapshots": snapshots}[mode](*arguments)
    peak_mb = peak_rss_mb()
    print(f"{took:.6f} {peak_mb:.1f}", flush=True)
