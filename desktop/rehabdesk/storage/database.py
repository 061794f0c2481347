"""Which database a folder's store runs on: the encrypted SQLCipher file in the folder (every station, and a
county by default), or a PostgreSQL server named by ``paths.database_url`` (a county only)."""

from __future__ import annotations

from sqlalchemy import Engine, inspect

from rehabdesk.domain.errors import DomainError
from rehabdesk.durable import atomic_write_bytes
from rehabdesk.storage.engine import open_engine
from rehabdesk.storage.keys import MasterKey
from rehabdesk.storage.paths import StationPaths
from rehabdesk.storage.server_engine import open_server_engine, server_location

_SCHEMA_MARK = "alembic_version"


def is_server(engine: Engine) -> bool:
    return engine.dialect.name != "sqlite"


def open_database(paths: StationPaths, master: MasterKey, *, create: bool = False) -> Engine:
    """On a server, ``create`` wants a database its operator made and left empty, and opening wants one that
    holds the schema: a wrong URL must not start a second, empty county."""
    if paths.database_url is None:
        if not create and not paths.database.exists():
            if paths.database_server_note.exists():
                server = paths.database_server_note.read_text(encoding="utf-8").strip()
                raise DomainError("database_on_server", server=server)
            raise DomainError("database_missing")
        return open_engine(paths.database, master.database_key, create=create)
    engine = open_server_engine(paths.database_url)
    holds_schema = _SCHEMA_MARK in inspect(engine).get_table_names()
    if holds_schema == create:
        engine.dispose()
        raise DomainError("database_not_empty" if create else "database_server_empty")
    note_server(paths)
    return engine


def note_server(paths: StationPaths) -> None:
    """So that a command given without --database says where the records are, instead of "database missing"."""
    assert paths.database_url is not None
    atomic_write_bytes(paths.database_server_note, (server_location(paths.database_url) + "\n").encode("utf-8"))
