"""Helpers shared by the core tests (storage, services, CLI): raw database access and contexts with roles."""

from __future__ import annotations

import json
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, sessions
from rehabdesk.services.context import StationContext
from rehabdesk.storage.engine import connect_encrypted
from rehabdesk.storage.keys import KeyPolicy, MasterKey, SlotFile
from rehabdesk.storage.paths import StationPaths

TEST_POLICY = KeyPolicy.for_tests()


def raw_connection(paths: StationPaths, master: MasterKey) -> Any:
    """A plain sqlcipher3 connection (autocommit) keyed with the station's database key."""
    return connect_encrypted(paths.database, master.database_key)


def raw_sql(paths: StationPaths, master: MasterKey, *statements: tuple[str, tuple] | str) -> None:
    """Writes past the unit of work: nothing is change-logged, so the indicators' kept facts are dropped."""
    from rehabdesk.services.indicators import forget_held_facts

    connection = raw_connection(paths, master)
    try:
        for statement in statements:
            sql, params = (statement, ()) if isinstance(statement, str) else statement
            connection.execute(sql, params)
    finally:
        connection.close()
        forget_held_facts()


def query(paths: StationPaths, master: MasterKey, sql: str, params: tuple = ()) -> list[tuple]:
    connection = raw_connection(paths, master)
    try:
        return [tuple(row) for row in connection.execute(sql, params).fetchall()]
    finally:
        connection.close()


def station_query(ctx: StationContext, sql: str, *params: Any) -> list[tuple]:
    """Rows as SQLite stores them (dates as ISO text), read past the services on a raw connection."""
    return query(ctx.store.paths, ctx.store.master, sql, params)


def audit_rows(ctx: StationContext) -> list[tuple]:
    """(seq, actor_login, action, outcome, detail) of every audit entry, oldest first."""
    return query(
        ctx.store.paths,
        ctx.store.master,
        "SELECT seq, actor_login, action, outcome, detail FROM audit_log ORDER BY seq",
    )


def audit_count(ctx: StationContext) -> int:
    return query(ctx.store.paths, ctx.store.master, "SELECT count(*) FROM audit_log")[0][0]


def read_slot_file(paths: StationPaths, *, copy: bool = False) -> SlotFile:
    return SlotFile.parse((paths.slot_file_copy if copy else paths.slot_file).read_bytes())


def slot_json(paths: StationPaths) -> dict:
    return json.loads(paths.slot_file.read_text("utf-8"))


def login_as(
    admin_ctx: StationContext, login: str, roles: set[Role], password: str, *, policy: KeyPolicy = TEST_POLICY
) -> StationContext:
    """A new account with ``roles``, logged in (new accounts must change their password; services don't care)."""
    accounts.create_account(admin_ctx, login, login.capitalize(), frozenset(roles), password)
    return sessions.unlock(admin_ctx.store.paths, login, password, policy)


def files_under(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file())


def calls_by_thread(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> Counter[str]:
    """Counts the calls of ``owner.name`` (patched for the test) by the thread that made them: "main", or "second"
    for any other (a read on a second connection)."""
    threads: Counter[str] = Counter()
    real = getattr(owner, name)

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads["main" if threading.current_thread() is threading.main_thread() else "second"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return threads
