"""A county's tables on a database server, for an `init` that must leave nothing behind when it fails: the
server's database either holds the whole county or, as its operator made it, none of it."""

from __future__ import annotations

from sqlalchemy import inspect, text

from rehabdesk.county.storage.schema import CountyBase
from rehabdesk.storage.server_engine import open_server_engine

_SCHEMA_MARK = "alembic_version"


def holds_schema(url: str) -> bool:
    engine = open_server_engine(url)
    try:
        return _SCHEMA_MARK in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def drop_county_tables(url: str) -> None:
    """Only for the tables this process's own failed `init` made (the caller saw none before): one transaction,
    so a drop that fails midway leaves them all."""
    engine = open_server_engine(url)
    try:
        with engine.begin() as connection:
            CountyBase.metadata.drop_all(connection)
            connection.execute(text(f"DROP TABLE IF EXISTS {_SCHEMA_MARK}"))
    finally:
        engine.dispose()
