"""What encryption costs the store: the project's store code over SQLCipher against the same code over plain SQLite.

Both sides go through ``rehabdesk.storage``: ``open_engine`` (SQLCipher, raw 32-byte key) or
``open_unencrypted_engine`` (the stdlib sqlite3 baseline), Alembic's ``upgrade_to_head``, the project's session
factory (with its change-log hook) and ``UnitOfWork``; the engine sets WAL and synchronous=FULL on both.

The rows are a benchmark-only table shaped like a visit record (``tests.bench.tables.BenchVisit``), built on the
project's ``SyncRow`` mixin: UUID key, UTC timestamps, optimistic-lock version and a change-log row for every insert,
as real records will have. The table lives on its own metadata, created next to the migrated schema.
"""

from __future__ import annotations

import math
import random
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.bench.harness import BenchContext, Figure, benchmark, stopwatch

WRITE_ROWS = 20_000
ROWS_PER_TRANSACTION = 100
READ_ROWS = 20_000
READ_LOOKUPS = 2_000
WRITE_TARGET = 1.5
READ_TARGET = 1.3
READ_MIN_RUNS = 15  # a read run takes ~0.4 s: more of them keep the median steady on a busy two-core machine
READ_DATA_VERSION = "2"  # bump when the cached read database would come out differently

_KINDS = ("个案访视", "小组活动", "职业康复", "生活技能训练", "家属支持", "电话随访")
_PHRASES = (
    "按时到站",
    "情绪平稳",
    "服药依从性良好",
    "主动与组员交流",
    "家属陪同参加",
    "睡眠较前改善",
    "完成手工作业",
    "练习乘坐公交",
    "讨论就业意向",
    "自述偶有幻听",
    "注意力较集中",
    "约定下次访视时间",
)


def _model() -> tuple[Any, Any]:
    """The benchmark table's metadata and class, imported on first use so that importing this module stays cheap."""
    from tests.bench.tables import BenchBase, BenchVisit

    return BenchBase, BenchVisit


def _records(count: int, seed: int) -> list[dict[str, Any]]:
    """Deterministic visit records: ~20 per patient, notes of about 25-150 CJK characters (75-450 bytes)."""
    rng = random.Random(seed)
    patients = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(max(1, count // 20))]
    staff = ("lixia", "wangfang", "zhaolei")
    start = date(2024, 1, 1)
    rows = []
    for _ in range(count):
        note = "，".join(rng.choice(_PHRASES) for _ in range(rng.randint(4, 20)))
        rows.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "patient_ref": rng.choice(patients),
                "visit_date": start + timedelta(days=rng.randrange(730)),
                "kind": rng.choice(_KINDS),
                "staff_login": rng.choice(staff),
                "minutes": rng.randrange(10, 120),
                "note": note + "。",
            }
        )
    return rows


def _insert(unit_of_work: Callable[[], Any], rows: list[dict[str, Any]]) -> None:
    """The app's write path: one unit of work (one transaction) per batch of ROWS_PER_TRANSACTION ORM rows."""
    _, visit = _model()
    for first in range(0, len(rows), ROWS_PER_TRANSACTION):
        with unit_of_work() as uow:
            uow.session.add_all([visit(**row) for row in rows[first : first + ROWS_PER_TRANSACTION]])
            uow.commit()


def _open(path: Path, key: bytes | None, *, create: bool = False) -> Any:
    from rehabdesk.storage.engine import open_engine, open_unencrypted_engine

    return open_unencrypted_engine(path, create=create) if key is None else open_engine(path, key, create=create)


def _open_sqlcipher_without_key(path: Path) -> Any:
    """Diagnostic third arm (``-v``): the SQLCipher library with no key, i.e. the same SQLite build unencrypted,
    to tell the cost of encryption from the difference between the two SQLite builds."""
    import sqlcipher3.dbapi2 as sqlcipher

    from rehabdesk.storage import engine as engine_module

    def connect() -> Any:
        connection = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
        engine_module._apply_pragmas(connection)
        return connection

    engine = engine_module._engine(connect, sqlcipher)
    with engine.connect():
        pass
    return engine


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) != b"SQLite format 3\0"


def _report_settings(ctx: BenchContext, engine: Any) -> None:
    """What decides SQLCipher's speed, read from the project's own connection."""
    import sqlite3 as stdlib_sqlite3

    with engine.connect() as connection:
        raw = connection.connection.driver_connection

        def pragma(name: str) -> str:
            rows = raw.execute(f"PRAGMA {name}").fetchall()
            return ",".join(str(r[0]) for r in rows) if rows else "-"

        settings = {
            name: pragma(name)
            for name in (
                "cipher_version",
                "cipher_provider_version",
                "cipher_page_size",
                "cipher_hmac_algorithm",
                "cipher_memory_security",
                "cipher_use_hmac",
                "cache_size",
                "page_size",
                "mmap_size",
            )
        }
        settings["sqlite (sqlcipher3)"] = raw.execute("SELECT sqlite_version()").fetchone()[0]
    baseline = stdlib_sqlite3.connect(":memory:")
    settings["baseline: sqlite (stdlib)"] = stdlib_sqlite3.sqlite_version
    settings["baseline: cache_size"] = baseline.execute("PRAGMA cache_size").fetchone()[0]
    baseline.close()
    ctx.log("settings: " + "; ".join(f"{k}={v}" for k, v in settings.items()))


def _template(folder: Path, key: bytes | None) -> Path:
    """An empty database at the current schema plus the benchmark table, copied for every write run."""
    bench_base, _ = _model()
    from rehabdesk.storage import migrate

    path = folder / ("template-encrypted.db" if key else "template-plain.db")
    engine = _open(path, key, create=True)
    migrate.upgrade_to_head(engine)
    bench_base.metadata.create_all(engine)
    engine.dispose()
    return path


@benchmark(
    "sqlcipher_write_overhead",
    "20 000 ORM rows in 200 units of work (WAL, synchronous=FULL), SQLCipher vs plain SQLite",
)
def sqlcipher_write_overhead(ctx: BenchContext) -> list[Figure]:
    from sqlalchemy import func, select

    from rehabdesk.storage.schema import ChangeLogEntry
    from rehabdesk.storage.unit_of_work import UnitOfWork, make_session_factory

    _, visit = _model()
    rows = _records(ctx.scaled(WRITE_ROWS, minimum=ROWS_PER_TRANSACTION), seed=20)
    key = bytes(range(32))
    ctx.log(f"{len(rows)} rows in {math.ceil(len(rows) / ROWS_PER_TRANSACTION)} transactions per run")
    with ctx.workdir() as folder:
        templates = {True: _template(folder, key), False: _template(folder, None)}
        assert _is_encrypted(templates[True]) and not _is_encrypted(templates[False])
        counter = iter(range(1_000_000))

        def run(encrypted: bool) -> float:
            path = folder / f"run-{next(counter)}.db"
            shutil.copyfile(templates[encrypted], path)
            engine = _open(path, key if encrypted else None)
            try:
                factory = make_session_factory(engine)
                with stopwatch() as watch:
                    _insert(lambda: UnitOfWork(factory, None), rows)
                with engine.connect() as connection:  # the run did what it claims (untimed)
                    written = connection.scalar(select(func.count()).select_from(visit))
                    logged = connection.scalar(select(func.count()).select_from(ChangeLogEntry))
                if written != len(rows) or logged != len(rows):
                    raise AssertionError(f"expected {len(rows)} rows and change-log rows, got {written}, {logged}")
            finally:
                engine.dispose()
                _remove_database(path)
            return watch.seconds

        settings_engine = _open(templates[True], key)
        _report_settings(ctx, settings_engine)
        settings_engine.dispose()
        paired = ctx.interleaved(lambda: run(True), lambda: run(False), what="sqlcipher vs stdlib sqlite3")
        if ctx.verbose:
            _diagnose_write(ctx, folder, templates, rows, run)
    return [Figure.compared(paired, WRITE_TARGET)]


def _diagnose_write(ctx: BenchContext, folder: Path, templates: dict[bool, Path], rows: list, run: Any) -> None:
    from rehabdesk.storage.unit_of_work import UnitOfWork, make_session_factory

    plain_template = templates[False]
    counter = iter(range(1_000_000))

    def run_without_key() -> float:
        path = folder / f"nokey-{next(counter)}.db"
        shutil.copyfile(plain_template, path)
        engine = _open_sqlcipher_without_key(path)
        try:
            factory = make_session_factory(engine)
            with stopwatch() as watch:
                _insert(lambda: UnitOfWork(factory, None), rows)
        finally:
            engine.dispose()
            _remove_database(path)
        return watch.seconds

    ctx.interleaved(lambda: run(True), run_without_key, what="diagnostic: sqlcipher vs sqlcipher3 without key")


def _build_read_data(folder: Path, count: int) -> None:
    """The demo station (project's demo generator, cheap test KDF) plus ``count`` visit records written through
    its store, then exported with sqlcipher_export twice, under a benchmark key and unencrypted, so both files
    hold the same rows in the same compact page layout."""
    import os

    import sqlcipher3.dbapi2 as sqlcipher

    from rehabdesk.demo.station import create_demo_station
    from rehabdesk.storage.keys import KeyPolicy
    from rehabdesk.storage.paths import StationPaths

    bench_base, _ = _model()
    result = create_demo_station(StationPaths(folder / "station"), policy=KeyPolicy.for_tests())
    store = result.ctx.store
    try:
        bench_base.metadata.create_all(store.engine)
        _insert(lambda: store.unit_of_work(None), _records(count, seed=21))
        station_key = store.master.database_key
    finally:
        store.close()

    bench_key = os.urandom(32)
    source = sqlcipher.connect(str(store.paths.database), isolation_level=None)
    try:
        source.execute(f"PRAGMA key = \"x'{station_key.hex()}'\"")
        for name, key_literal in (("encrypted.db", f"x'{bench_key.hex()}'"), ("plain.db", "")):
            source.execute(f'ATTACH DATABASE ? AS export KEY "{key_literal}"', (str(folder / name),))
            source.execute("SELECT sqlcipher_export('export')")
            source.execute("DETACH DATABASE export")
    finally:
        source.close()
    shutil.rmtree(folder / "station")
    (folder / "key.hex").write_text(bench_key.hex())
    # Open each once through the project's engine: it switches the file to WAL, as a station's database is.
    for engine in (_open(folder / "encrypted.db", bench_key), _open(folder / "plain.db", None)):
        engine.dispose()
    if not _is_encrypted(folder / "encrypted.db") or _is_encrypted(folder / "plain.db"):
        raise AssertionError("the exported files are not what they claim to be")


@benchmark(
    "sqlcipher_read_overhead",
    "2 000 indexed lookups and one aggregate on a fresh connection (cold page cache), SQLCipher vs plain SQLite",
)
def sqlcipher_read_overhead(ctx: BenchContext) -> list[Figure]:
    from sqlalchemy import func, select

    from rehabdesk.storage import migrate
    from rehabdesk.storage.unit_of_work import UnitOfWork, make_session_factory

    _, visit = _model()
    count = ctx.scaled(READ_ROWS, minimum=200)
    version = f"{READ_DATA_VERSION}-{migrate.head_revision()}"
    folder = ctx.cached("sqlcipher-read", version, lambda target: _build_read_data(target, count))
    key = bytes.fromhex((folder / "key.hex").read_text())
    encrypted_path, plain_path = folder / "encrypted.db", folder / "plain.db"

    with sqlite3.connect(f"file:{plain_path}?mode=ro", uri=True) as connection:
        all_rows = connection.execute("SELECT id, patient_ref, visit_date FROM bench_visit ORDER BY id").fetchall()
        page_count = connection.execute("PRAGMA page_count").fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    lookups = ctx.scaled(READ_LOOKUPS, minimum=20)
    chosen = random.Random(22).sample(all_rows, min(lookups, len(all_rows)))
    by_id = [row[0] for row in chosen[: len(chosen) // 2]]
    by_patient_date = [(row[1], date.fromisoformat(row[2])) for row in chosen[len(chosen) // 2 :]]
    ctx.log(
        f"{len(all_rows)} rows, {page_count} pages of {page_size} B ({page_count * page_size / 2**20:.1f} MiB); "
        f"{len(by_id)} primary-key + {len(by_patient_date)} (patient, date) index lookups + 1 aggregate"
    )
    expected_total = len(all_rows)

    def run_on(engine: Any) -> float:
        try:
            factory = make_session_factory(engine)
            found = 0
            with stopwatch() as watch, UnitOfWork(factory, None, read_only=True) as uow:
                session = uow.session
                for record_id in by_id:
                    found += session.get(visit, record_id) is not None
                for patient_ref, visit_date in by_patient_date:
                    query = select(visit).where(visit.patient_ref == patient_ref, visit.visit_date == visit_date)
                    found += len(session.scalars(query).all()) > 0
                totals = session.execute(
                    select(visit.kind, func.count(), func.sum(visit.minutes)).group_by(visit.kind)
                ).all()
        finally:
            engine.dispose()
        if found != len(chosen) or sum(row[1] for row in totals) != expected_total:
            raise AssertionError(f"lookups found {found}/{len(chosen)}, aggregate counted {totals}")
        return watch.seconds

    # A new engine every run: its one pooled connection has read the schema only, so every data page is a miss in
    # SQLite's page cache and is read (and, with SQLCipher, decrypted and authenticated). The operating system's
    # file cache is warm for both sides alike.
    settings_engine = _open(encrypted_path, key)
    _report_settings(ctx, settings_engine)
    settings_engine.dispose()
    paired = ctx.interleaved(
        lambda: run_on(_open(encrypted_path, key)),
        lambda: run_on(_open(plain_path, None)),
        what="sqlcipher vs stdlib sqlite3",
        min_runs=READ_MIN_RUNS,
    )
    if ctx.verbose:
        ctx.interleaved(
            lambda: run_on(_open(encrypted_path, key)),
            lambda: run_on(_open_sqlcipher_without_key(plain_path)),
            what="diagnostic: sqlcipher vs sqlcipher3 without key",
            min_runs=READ_MIN_RUNS,
        )
    return [Figure.compared(paired, READ_TARGET)]
