"""PostgreSQL engine, for a county that outgrew one PC (several county PCs, hundreds of stations).

The server does not encrypt at rest: what must stay secret is sealed under the master key before it reaches the
server (rehabdesk.county.storage.county). Writers are serialised as SQLite's BEGIN IMMEDIATE serialises them, so
that the audit chain's next sequence number, read inside a transaction, stays valid until its commit."""

from __future__ import annotations

from typing import Any

import psycopg
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from rehabdesk.domain.errors import DomainError
from rehabdesk.storage.engine import READ_ONLY

# pg_advisory_xact_lock key of RehabDesk's writers ("RDW1"): held from a writer's first statement to its commit.
WRITER_LOCK_KEY = 0x52445731
_DRIVER = "postgresql+psycopg"


def server_url(text: str) -> URL:
    """The URL as given (postgresql+psycopg://USER@HOST:PORT/DB); anything else is refused by name."""
    try:
        url = make_url(text)
    except ArgumentError:
        raise DomainError("database_url_invalid") from None
    if url.drivername != _DRIVER or not url.database:
        raise DomainError("database_url_invalid")
    return url


def open_server_engine(text: str) -> Engine:
    engine = create_engine(
        server_url(text),
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=True,  # a server restarted overnight must not fail the morning's first action
        # Error messages must never carry row values into logs or dialogs.
        hide_parameters=True,
        connect_args={"connect_timeout": 10, "application_name": "rehabdesk-county"},
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        if not connection.get_execution_options().get(READ_ONLY, False):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")

    try:
        with engine.connect():
            pass
    except DBAPIError as error:
        engine.dispose()
        raise DomainError("database_server_unreachable", server=_where(engine.url)) from error
    return engine


def _where(url: URL) -> str:
    # Host, port and database only: never the password.
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def server_location(text: str) -> str:
    """The URL to give again, without its password."""
    return server_url(text).render_as_string(hide_password=True).replace(":***@", "@")


def is_server_error(error: BaseException) -> bool:
    return isinstance(getattr(error, "orig", error), psycopg.Error)
