"""The unit of work: disk-full errors become one clear DomainError; a commit is never reported as failed."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from rehabdesk.domain.errors import DomainError
from rehabdesk.services import settings
from rehabdesk.services.context import StationContext
from rehabdesk.storage import store as store_module
from rehabdesk.storage.unit_of_work import is_disk_full
from tests.support import audit_count


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EFBIG, errno.EDQUOT])
def test_full_disk_os_errors(code: int) -> None:
    assert is_disk_full(OSError(code, "no room"))


@pytest.mark.parametrize("message", ["database or disk is full", "disk I/O error"])
def test_full_disk_sqlite_errors(message: str) -> None:
    assert is_disk_full(OperationalError("COMMIT", {}, sqlite3.OperationalError(message)))


def test_other_errors_are_not_disk_full() -> None:
    assert not is_disk_full(OSError(errno.EACCES, "denied"))
    assert not is_disk_full(OperationalError("SELECT", {}, sqlite3.OperationalError("no such table: x")))
    assert not is_disk_full(ValueError("x"))


def test_a_disk_full_error_inside_a_unit_of_work_is_a_domain_error(admin_ctx: StationContext) -> None:
    before = audit_count(admin_ctx)
    with pytest.raises(DomainError) as caught, admin_ctx.store.unit_of_work(admin_ctx.actor) as uow:
        uow.audit("test")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert caught.value.code == "disk_full"
    assert isinstance(caught.value.__cause__, OSError)
    assert audit_count(admin_ctx) == before


def test_a_failed_audit_head_write_after_the_commit_does_not_undo_or_deny_it(
    admin_ctx: StationContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    anchor_before = admin_ctx.store.read_audit_anchor()

    def full(*_args, **_kwargs) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module, "write_audit_anchor_file", full)
    current = settings.read_settings(admin_ctx)
    settings.update_settings(admin_ctx, current.__class__(**{**current.__dict__, "idle_lock_minutes": 33}))
    monkeypatch.undo()
    assert settings.read_settings(admin_ctx).idle_lock_minutes == 33
    assert admin_ctx.store.read_audit_anchor() == anchor_before  # lagging behind, which check accepts
    from rehabdesk.services import checks

    assert checks.check_station(admin_ctx).faults == ()


def test_damage_that_shows_only_after_open_is_a_domain_error(admin_ctx: StationContext) -> None:
    """Pages are checked at open; pages damaged later are still named as damage, not an unexpected error."""
    from sqlalchemy import text

    paths = admin_ctx.store.paths
    admin_ctx.store.engine.dispose()  # the last connection checkpoints the WAL: every page is in station.db
    with admin_ctx.store.engine.connect() as connection:  # a connection that has read the schema, kept in the pool
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_schema").fetchall()
    data = bytearray(paths.database.read_bytes())
    page = 4096
    for start in range(len(data) // 2 // page * page, len(data), page):
        data[start + 100] ^= 0xFF
    paths.database.write_bytes(bytes(data))
    with pytest.raises(DomainError) as caught, admin_ctx.store.unit_of_work(admin_ctx.actor, read_only=True) as uow:
        tables = list(uow.session.execute(text("SELECT name FROM sqlite_schema WHERE type = 'table'")).scalars())
        for name in tables:
            uow.session.execute(text(f'SELECT * FROM "{name}"')).fetchall()
    assert caught.value.code == "database_damaged_found"
