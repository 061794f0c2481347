"""SQLCipher engine: raw 32-byte key, WAL with synchronous=FULL, foreign keys, checked on every connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from rehabdesk.domain.errors import DomainError

# Values PRAGMA returns when the setting holds: synchronous FULL = 2, temp_store MEMORY = 2.
_REQUIRED_PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "temp_store": 2}
READ_ONLY = "rehabdesk_read_only"


SOFT_HEAP_LIMIT_BYTES = 256 * 1024 * 1024


def _uri(path: Path, create: bool) -> str:
    # mode=rw never creates a file: a failed open must not leave a fresh empty database behind.
    return f"file:{quote(str(path))}?mode={'rwc' if create else 'rw'}"


BUSY_TIMEOUT_MS = 10_000  # how long a statement waits for another connection's lock before it gives up


def _apply_pragmas(connection: Any) -> None:
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Up to 128 MiB of decrypted pages per connection, grown only as pages are read: every page read past the cache
    # is decrypted again, and the Today page of a 20 000-client station reads ~100 MB of them (8 MB made it 3x
    # slower). The pages are as private as the rest of the process's memory (no core dumps, no ptrace).
    connection.execute("PRAGMA cache_size = -131072")
    # The pool may hold up to eight connections: SQLite's process-wide soft heap limit keeps all their caches
    # together near 256 MiB (pages are recycled past it), so a station PC with 4 GB keeps its headroom.
    connection.execute(f"PRAGMA soft_heap_limit = {SOFT_HEAP_LIMIT_BYTES}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    # Sorts and temporary tables stay in memory: SQLite's temp files would otherwise hold plaintext pages.
    connection.execute("PRAGMA temp_store = MEMORY")
    for name, expected in _REQUIRED_PRAGMAS.items():
        actual = connection.execute(f"PRAGMA {name}").fetchone()[0]
        if str(actual).lower() != str(expected):
            connection.close()
            raise DomainError("database_pragma_failed", pragma=name, actual=str(actual))


# A wrong key reads the first page as "not a database"; a lock another program holds past the wait is no wrong key.
_BUSY = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED"})


def connect_encrypted(path: Path, key: bytes, *, create: bool = False) -> sqlcipher.Connection:
    if len(key) != 32:
        raise ValueError("SQLCipher raw keys are 32 bytes")
    if not create and not path.exists():
        raise DomainError("database_missing")
    try:
        connection = sqlcipher.connect(_uri(path, create), uri=True, check_same_thread=False, isolation_level=None)
    except sqlcipher.OperationalError:
        raise DomainError("database_cannot_open") from None
    # SQLCipher logs its own errors (a page failing its HMAC, dozens of lines) to stderr by default: the user gets
    # one translated message instead, and the error report names the exception. A process-wide setting.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    # Stated, not inherited from the wheel's build: zeroing every freed buffer costs 1.6-1.8x on reads and writes
    # (tests/bench), and the process already forbids core dumps and ptrace.
    connection.execute("PRAGMA cipher_memory_security = OFF")
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # the key check below waits like any read
    try:
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlcipher.DatabaseError as error:
        connection.close()
        raise DomainError("database_busy" if error.sqlite_errorname in _BUSY else "database_key_mismatch") from None
    _apply_pragmas(connection)
    return connection


# What SQLite and SQLCipher say when pages on disk are not what was written: an HMAC failure reads as "file is not
# a database" on the first page and as "database disk image is malformed" (SQLITE_CORRUPT) or a failed decrypt later.
_DAMAGE_MESSAGES = ("file is not a database", "database disk image is malformed", "malformed database schema")


def is_damage(error: BaseException) -> bool:
    orig = getattr(error, "orig", error)
    if isinstance(orig, sqlcipher.DatabaseError | sqlite3.DatabaseError):
        return any(message in str(orig).lower() for message in _DAMAGE_MESSAGES)
    return False


def damaged_pages(connection: Any) -> list[str]:
    """Every page of the file checked against its HMAC, without decrypting or parsing it: the cheapest check that
    finds a flipped byte anywhere (on the 42 MB demo station ~230 ms, against ~370 ms for quick_check)."""
    return [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]


def connect_unencrypted(path: Path, *, create: bool = False) -> sqlite3.Connection:
    """Plain SQLite with the same pragmas: only the benchmarks' baseline uses this."""
    connection = sqlite3.connect(_uri(path, create), uri=True, check_same_thread=False, isolation_level=None)
    _apply_pragmas(connection)
    return connection


def _engine(creator: Callable[[], Any], module: Any) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=module,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        # The connection used last is used next, so the one worker thread keeps one warm page cache.
        pool_use_lifo=True,
        # Error messages must never carry row values (names, ID numbers) into logs or dialogs.
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # Writers take the write lock up front, so sequence numbers read inside the transaction stay valid.
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def open_engine(path: Path, key: bytes, *, create: bool = False) -> Engine:
    engine = _engine(lambda: connect_encrypted(path, key, create=create), sqlcipher)
    # Open one connection now so a wrong key or missing file fails here, not at the first query.
    with engine.connect():
        pass
    return engine


def open_unencrypted_engine(path: Path, *, create: bool = False) -> Engine:
    return _engine(lambda: connect_unencrypted(path, create=create), sqlite3)
