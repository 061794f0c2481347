"""The county's side (issue 15):

- ``county_import_many``: a quarter, 200 stations' incremental bundles imported, on the encrypted SQLite file and
  on PostgreSQL (a throw-away cluster with fsync on, as SQLite runs synchronous=FULL);
- ``county_import_full``: the full first bundle of the 20 000-client / 1 000 000-service case-file station imported
  into a fresh county, against the station's export of that bundle (bench_sync's child process);
- ``county_summary_table``: the 推进情况汇总表 of a quarter for a city of 200 stations written to XLSX."""

from __future__ import annotations

import shutil
import statistics
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.bench.harness import BenchContext, Figure, benchmark, stopwatch

STATIONS = 200  # at --scale 1
CLIENTS_PER_STATION = 40  # a quarter's changes of a mid-sized station: its clients' rows and a follow-up each
TARGET_SECONDS_PER_BUNDLE = 0.25  # 200 bundles in under a minute
IMPORT_FULL_TARGET_RATIO = 3.0
SUMMARY_TARGET_SECONDS = 2.0
SUMMARY_STATIONS = 200  # at --scale 1, in ten divisions
SUMMARY_DIVISIONS = ("230102", "230103", "230104", "230108", "230109", "230110", "230111", "230112", "230113",
                     "230183")  # fmt: skip
SUMMARY_CLIENTS = 100  # per station: each with a client record, an episode's status changes and a follow-up
SUMMARY_SERVICES = 2_500  # per station: half a year of a day programme's and case work's service records
SUMMARY_SHARED = 3  # people registered at each of two neighbouring stations, to be counted once
SUMMARY_QUARTERS = ("2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3")
_ADMIN, _PASSWORD = "admin", "bench-pass-2026"


def _records(station: int) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for client in range(CLIENTS_PER_STATION):
        pseudonym = f"{station:032x}{client:032x}"
        records.append({"type": "client", "op": "upsert", "id": str(uuid.uuid4()), "version": 3,
                        "pseudonym": pseudonym, "birth_year": 1970 + client % 40, "gender": "female"})  # fmt: skip
        records.append({"type": "follow_up", "op": "upsert", "id": str(uuid.uuid4()), "version": 1,
                        "pseudonym": pseudonym, "due_date": "2026-09-30", "done_on": "2026-09-28"})  # fmt: skip
    return records


def _quarter(folder: Path, paths: Any, stations: int) -> tuple[Any, Path]:
    """A county with ``stations`` approved station PCs and one bundle from each in ``folder/usb``."""
    from rehabdesk.county.services import registry
    from rehabdesk.county.services.keys import load_keys
    from rehabdesk.county.services.setup import create_county
    from rehabdesk.storage.key_policy import KeyPolicy
    from rehabdesk.sync.enrolment import RegistrationRequest
    from rehabdesk.sync.minisign import SecretKey
    from tests.sync.support import Keys, write_bundle

    county = create_county(paths, name="基准市民政局", division="230100", admin_login=_ADMIN,
                           admin_password=_PASSWORD, policy=KeyPolicy.for_tests()).ctx  # fmt: skip
    with county.store.unit_of_work(county.actor, read_only=True) as uow:
        keys = load_keys(uow.session, county.store.master)
    usb = folder / "usb"
    usb.mkdir()
    for station in range(stations):
        code, device_id = f"ST{station:04d}", f"D{station:07X}"
        device = SecretKey.generate()
        request = RegistrationRequest(
            code, f"基准站 {code}", "230102", device_id, device.public, "2026-12-07T00:00:00Z"
        )
        request_file = folder / f"{device_id}.rdreq"
        request_file.write_bytes(request.seal(device))
        registry.register(county, request_file, fingerprint=request.fingerprint)
        write_bundle(usb, Keys(keys.identity, keys.signing, device), _records(station), device_id=device_id,
                     station_code=code)  # fmt: skip
    return county, usb


def _per_bundle(ctx: BenchContext, label: str, make_paths: Any) -> Figure:
    stations = ctx.scaled(STATIONS, minimum=5)
    from rehabdesk.county.services.receiving import import_bundles

    samples = []
    for run in range(ctx.runs):
        with ctx.workdir() as folder:
            county, usb = _quarter(folder, make_paths(folder / "county"), stations)
            try:
                with stopwatch() as watch:
                    report = import_bundles(county, usb, folder / "acks")
            finally:
                county.close()
        applied = [outcome for outcome in report.outcomes if outcome.state == "applied"]
        if len(applied) != stations:
            raise RuntimeError(f"{label}: {len(applied)} of {stations} bundles applied")
        samples.append(watch.seconds / stations)
        ctx.debug(f"{label} run {run + 1}: {watch.seconds:.2f}s for {stations} bundles")
    median = statistics.median(samples)
    ctx.log(f"{label}: {median * 1000:.1f} ms per bundle (median of {len(samples)} runs)")
    return Figure.duration(median, TARGET_SECONDS_PER_BUNDLE, label)


@benchmark(
    "county_import_many", "200 stations' quarterly incremental bundles imported, per bundle, SQLite and PostgreSQL"
)
def county_import_many(ctx: BenchContext) -> list[Figure]:
    from rehabdesk.county.storage.paths import CountyPaths
    from tests.postgres_cluster import start_cluster

    figures = [_per_bundle(ctx, "sqlite", CountyPaths)]
    cluster = start_cluster(durable=True)
    try:
        figures.append(
            _per_bundle(ctx, "postgresql", lambda folder: CountyPaths(folder, database_url=cluster.new_database()))
        )
    finally:
        cluster.stop()
    return figures


def _record_counts(bundle: Path) -> dict[str, int]:
    import json

    from rehabdesk.sync.bundle import read_container

    with open(bundle, "rb") as handle:
        return json.loads(read_container(handle).manifest_bytes)["record_counts"]


def _enrolled_county(ctx: BenchContext, work: Path, cluster: Any) -> tuple[Path, Path, Path, str]:
    """A copy of the case-file station enrolled with a new county on SQLite, its device approved there, and the
    same county on PostgreSQL (the SQLite county's keys, sealed there under its own master key, so the one bundle
    opens in both); returns (station folder, SQLite county folder, PostgreSQL county folder, its database's
    name). Each import meets a fresh copy of one of them."""
    import keyring
    from keyring.backends import fail
    from sqlalchemy import delete

    from rehabdesk.county.services import registry
    from rehabdesk.county.services.keys import write_enrolment
    from rehabdesk.county.services.setup import create_county
    from rehabdesk.county.storage import county as county_storage
    from rehabdesk.county.storage.paths import CountyPaths
    from rehabdesk.county.storage.schema import CountyKey
    from rehabdesk.services import sync
    from rehabdesk.storage.key_policy import KeyPolicy
    from tests.bench.bench_cases import copy_station, open_station

    def new_county(paths: CountyPaths) -> Any:
        return create_county(paths, name="基准区民政局", division="110105", admin_login=_ADMIN,
                             admin_password=_PASSWORD, policy=KeyPolicy.for_tests()).ctx  # fmt: skip

    station = copy_station(ctx, work)
    county = new_county(CountyPaths(work / "county"))
    try:
        enrolment = work / "county.rdenrol"
        write_enrolment(county, enrolment)
        keyring.set_keyring(fail.Keyring())  # the device key stays in the station database, as bench_sync has it
        session = open_station(station)  # a cached station of an older schema is migrated here
        sync.enrol(session, enrolment, sync.preview_enrolment(session, enrolment).fingerprint)
        request = sync.write_registration_request(session, work / "request.rdreq")
        session.close()
        registry.register(county, request, fingerprint=registry.read_request(request).fingerprint)
        with county.store.unit_of_work(county.actor, read_only=True) as uow:
            keys = county_storage.active_keys(uow.session, county.store.master)
    finally:
        county.close()
    url = cluster.new_database()
    server = new_county(CountyPaths(work / "county-pg", database_url=url))
    try:
        with server.store.unit_of_work(server.actor) as uow:
            uow.session.execute(delete(CountyKey))
            for key in keys.values():
                county_storage.add_key(uow.session, server.store.master, key.kind, key.secret, key.public)
            uow.commit()
        registry.register(server, request, fingerprint=registry.read_request(request).fingerprint)
    finally:
        server.close()
    return station, work / "county", work / "county-pg", url.rsplit("/", 1)[1]


@benchmark("county_import_full", "the full bundle of the 1 000 000-service station imported, vs its export")
def county_import_full(ctx: BenchContext) -> list[Figure]:
    import gc

    import psycopg

    from rehabdesk.county.services.receiving import import_bundles
    from rehabdesk.county.services.sessions import unlock
    from rehabdesk.county.storage.paths import CountyPaths
    from rehabdesk.storage.key_policy import KeyPolicy
    from tests.bench.bench_cases import station_facts
    from tests.bench.bench_sync import _child
    from tests.bench.harness import MIN_RUNS, Paired
    from tests.postgres_cluster import start_cluster

    facts = station_facts(ctx)
    cluster = start_cluster(durable=True)
    try:
        with ctx.workdir() as work:
            station, pristine, pristine_pg, template = _enrolled_county(ctx, work, cluster)
            first = work / "first"
            first.mkdir()
            _child("export", str(station), str(first), facts.today.isoformat())
            (bundle,) = first.glob("*.rdsync")
            counts = _record_counts(bundle)
            total = sum(counts.values())
            ctx.log(f"bundle: {total} records, {bundle.stat().st_size / 1e6:.1f} MB, {counts}")
            runs = iter(range(1000))
            later: list[dict[str, int]] = []

            def imported(paths: CountyPaths) -> float:
                county = unlock(paths, _ADMIN, _PASSWORD, KeyPolicy.for_tests())
                try:
                    with stopwatch() as watch:
                        report = import_bundles(county, bundle, work / "acks")
                finally:
                    county.close()
                (outcome,) = report.outcomes
                if (outcome.state, outcome.committed) != ("applied", total):
                    raise RuntimeError(f"import: {outcome.state}, {outcome.committed} of {total} records committed")
                return watch.seconds

            def sqlite() -> float:
                folder = work / f"county-{next(runs)}"
                shutil.copytree(pristine, folder, ignore=shutil.ignore_patterns("*.lock"))
                seconds = imported(CountyPaths(folder))
                shutil.rmtree(folder)
                return seconds

            def postgresql() -> float:
                run = next(runs)
                folder, name = work / f"county-{run}", f"run_{run}"
                shutil.copytree(pristine_pg, folder, ignore=shutil.ignore_patterns("*.lock"))
                with psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres", dbname="postgres",
                                     autocommit=True) as connection:  # fmt: skip
                    connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
                seconds = imported(CountyPaths(folder, database_url=cluster.url(name)))
                shutil.rmtree(folder)
                return seconds

            def export() -> float:
                # As bundle_export_full: the station's export again on a later day (so it carries the day's
                # snapshots as the first one did), every earlier bundle taken out of the outbox first.
                out = work / "export"
                out.mkdir()
                day = facts.today + timedelta(days=len(later) + 1)
                for sent in (station / "outbox").glob("*.rdsync"):
                    sent.unlink()
                seconds, _ = _child("export", str(station), str(out), day.isoformat())
                (exported,) = out.glob("*.rdsync")
                later.append(_record_counts(exported))
                shutil.rmtree(out)
                return seconds

            # Interleaved as ctx.interleaved, with a third arm: one export serves as the baseline of both imports.
            times: dict[Any, list[float]] = {sqlite: [], export: [], postgresql: []}
            for run in range(ctx.warmup + max(ctx.runs, MIN_RUNS)):
                for arm, samples in times.items():
                    gc.collect()
                    seconds = arm()
                    ctx.debug(f"run {run + 1} {arm.__name__}: {seconds:.1f}s")
                    if run >= ctx.warmup:
                        samples.append(seconds)
    finally:
        cluster.stop()
    extra = {kind: n - counts.get(kind, 0) for kind, n in later[-1].items() if n != counts.get(kind, 0)}
    ctx.log(f"the export's later bundles differ from the first by {extra or 'nothing'} (records per type)")
    figures = []
    for arm, label in ((sqlite, "sqlite"), (postgresql, "postgresql")):
        paired = Paired(tuple(times[arm]), tuple(times[export]))
        ctx.log(f"{label} import vs export: {paired.describe()}")
        figures.append(Figure.compared(paired, IMPORT_FULL_TARGET_RATIO, label=label))
    return figures


def _summary_snapshot(code: str, period: str, registered: int, counted_to: str) -> dict[str, Any]:
    from rehabdesk.sync.records import SNAPSHOT_FIELDS, snapshot_id

    standardised = registered * 2 // 3
    return {name: 0 for name in SNAPSHOT_FIELDS} | {
        "type": "indicator_snapshot", "op": "upsert", "id": snapshot_id(code, period), "version": 5_000_000_000,
        "period": period, "counted_to": counted_to, "registered": registered, "standardised": standardised,
        "rate": round(100 * standardised / registered, 1), "target_percent": 60,
        "psychiatric_medical": {"people": 2, "records": 24}, "social_work": {"people": 3, "records": 40},
    }  # fmt: skip


def _summary_records(station: int, code: str) -> tuple[list[dict[str, Any]], int]:
    """A station's merged records and its 2026Q3 ``registered`` figure. Every 25th station sent no 2026Q3 snapshot
    (the table names it); the others share SUMMARY_SHARED people with the station before them."""
    import random

    from rehabdesk.domain.indicators import Period
    from rehabdesk.sync.records import check_record

    chooser = random.Random(station)
    records: list[dict[str, Any]] = []
    pseudonyms = [f"{station:032x}{client:032x}" for client in range(SUMMARY_CLIENTS)]
    shared = [f"{station - 1:032x}{client:032x}" for client in range(SUMMARY_SHARED)]
    for pseudonym in pseudonyms + (shared if station % 25 and (station - 1) % 25 and station else []):
        episode = str(uuid.uuid4())
        records.append({"type": "client", "op": "upsert", "id": str(uuid.uuid4()), "version": 2, "pseudonym": pseudonym,
                        "birth_year": 1960 + chooser.randrange(40), "gender": "male", "status": "active"})  # fmt: skip
        for to_status, on in (("enrolled", "2025-03-02"), ("active", f"2025-{chooser.randrange(4, 13):02d}-10")):
            records.append({"type": "status_change", "op": "upsert", "id": str(uuid.uuid4()), "version": 1,
                            "pseudonym": pseudonym, "episode_id": episode, "from_status": "",
                            "to_status": to_status, "changed_on": on})  # fmt: skip
        records.append({"type": "follow_up", "op": "upsert", "id": str(uuid.uuid4()), "version": 1,
                        "pseudonym": pseudonym, "due_date": "2026-09-30", "done_on": "2026-09-28"})  # fmt: skip
    staff = [f"{station:064x}"]
    for number in range(SUMMARY_SERVICES):
        day = f"2026-{4 + number * 6 // SUMMARY_SERVICES:02d}-{number % 28 + 1:02d}"
        records.append({"type": "service", "op": "upsert", "id": str(uuid.uuid4()), "version": 1,
                        "service_date": day, "service_types": ["day_programme"], "form": "group", "minutes": 120,
                        "group_size": 6, "staff": staff, "attendees": chooser.sample(pseudonyms, 6)})  # fmt: skip
    registered = SUMMARY_CLIENTS + (0 if station % 25 == 0 else station % 7)
    for period in SUMMARY_QUARTERS:
        if period == "2026Q3" and station % 25 == 0:
            continue
        end = Period.parse(period).end.isoformat()
        records.append(_summary_snapshot(code, period, registered - (period != "2026Q3"), end))
    for record in records[:: max(1, len(records) // 50)] + records[-1:]:
        check_record(record, code)  # the shapes a bundle may carry
    return records, registered


def _summary_county(ctx: BenchContext) -> Path:
    """A city's county folder (SQLCipher): SUMMARY_STATIONS approved stations registered between 2025 and the
    quarter, their merged records, and each division's typed figures for 2026Q3. Cached."""

    def build(folder: Path) -> None:
        import json
        from datetime import date

        from rehabdesk.county.services import figures, registry
        from rehabdesk.county.services.setup import create_county
        from rehabdesk.county.storage import records
        from rehabdesk.county.storage.paths import CountyPaths
        from rehabdesk.domain import clock
        from rehabdesk.storage.key_policy import KeyPolicy
        from rehabdesk.sync.enrolment import RegistrationRequest
        from rehabdesk.sync.minisign import SecretKey

        stations = ctx.scaled(SUMMARY_STATIONS, minimum=10)
        paths = CountyPaths(folder / "county")
        county = create_county(paths, name="基准市民政局", division="230100", admin_login=_ADMIN,
                               admin_password=_PASSWORD, policy=KeyPolicy.for_tests()).ctx  # fmt: skip
        expected = 0
        try:
            for station in range(stations):
                code, device_id = f"ST{station:04d}", f"D{station:07X}"
                device = SecretKey.generate()
                division = SUMMARY_DIVISIONS[station % len(SUMMARY_DIVISIONS)]
                request = RegistrationRequest(code, f"基准站 {code}", division, device_id, device.public,
                                              "2025-01-01T00:00:00Z", "urban" if station % 3 else "rural")  # fmt: skip
                request_file = folder / "request.rdreq"
                request_file.write_bytes(request.seal(device))
                # Registered over 2025 and 2026 in order; the last tenth during the quarter (new stations).
                joined = date(2025, 1, 2) + (date(2026, 9, 1) - date(2025, 1, 2)) * station / stations
                with clock.frozen(joined):
                    registry.register(county, request_file, fingerprint=request.fingerprint)
                rows, registered = _summary_records(station, code)
                with county.store.unit_of_work(county.actor) as uow:
                    records.write(uow.session, {(r["type"], r["id"]): r for r in rows}, (), code)
                    uow.commit()
                expected += 0 if station % 25 == 0 else registered
                if station and station % 25 and (station - 1) % 25:
                    expected -= SUMMARY_SHARED  # in the total, whatever the two stations' divisions
            for division in SUMMARY_DIVISIONS:
                figures.set_figures(county, division, "2026Q3", {"patients_total": "800", "work_plan": "已制定",
                                                                 "funding_amount": "125000.50"})  # fmt: skip
        finally:
            county.close()
        (folder / "expected.json").write_text(json.dumps({"registered": expected, "stations": stations}))

    return ctx.cached("county-summary", "1", build)


@benchmark("county_summary_table", "the 推进情况汇总表 of a quarter for 200 stations written to XLSX")
def county_summary_table(ctx: BenchContext) -> list[Figure]:
    import json

    import openpyxl

    from rehabdesk.county.services.sessions import unlock
    from rehabdesk.county.services.summary import write_summary
    from rehabdesk.county.storage.paths import CountyPaths
    from rehabdesk.storage.key_policy import KeyPolicy

    cached = _summary_county(ctx)
    expected = json.loads((cached / "expected.json").read_text())
    samples = []
    with ctx.workdir() as work:
        shutil.copytree(cached / "county", work / "county", ignore=shutil.ignore_patterns("*.lock"))
        county = unlock(CountyPaths(work / "county"), _ADMIN, _PASSWORD, KeyPolicy.for_tests())
        try:
            for run in range(ctx.warmup + max(ctx.runs, 9)):
                out = work / f"summary-{run}.xlsx"
                with stopwatch() as watch:
                    write_summary(county, "2026Q3", out)
                if run >= ctx.warmup:
                    samples.append(watch.seconds)
        finally:
            county.close()
        sheet = openpyxl.load_workbook(out, read_only=True).worksheets[0]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    header = next(row for row in rows if "登记参加社区康复人数" in row)
    total = next(row for row in rows if "合计" in row)
    registered = total[header.index("登记参加社区康复人数")]
    if registered != expected["registered"]:
        raise RuntimeError(f"the total 登记参加社区康复人数 is {registered}, by construction {expected['registered']}")
    median = statistics.median(samples)
    ctx.log(f"{expected['stations']} stations; total registered {registered} as built; median {median:.3f}s of "
            f"{len(samples)}: " + " ".join(f"{s:.3f}" for s in samples))  # fmt: skip
    return [Figure.duration(median, SUMMARY_TARGET_SECONDS)]
