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
