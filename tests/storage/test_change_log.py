"""Change log (outbox): every change of a sync row appends a row in the same transaction, with increasing seq."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts
from rehabdesk.services.context import StationContext
from rehabdesk.storage.schema import Account, ChangeLogEntry
from tests.support import audit_count, query


def _log(ctx: StationContext) -> list[tuple]:
    return query(
        ctx.store.paths,
        ctx.store.master,
        "SELECT seq, entity_type, entity_id, operation, row_version FROM change_log ORDER BY seq",
    )


def test_insert_update_and_soft_delete_each_append_a_row(admin_ctx: StationContext) -> None:
    before = _log(admin_ctx)
    assert {(row[1], row[3]) for row in before} == {("station", "insert"), ("account", "insert")}

    account_id = accounts.create_account(admin_ctx, "lixia", "李霞", frozenset({Role.STAFF}), "first-pass-1")
    accounts.set_roles(admin_ctx, account_id, frozenset({Role.COORDINATOR}))
    with admin_ctx.store.unit_of_work(admin_ctx.actor) as uow:
        row = uow.session.get(Account, account_id)
        row.deleted_at = datetime.now(UTC)
        uow.audit("delete", entity_type="account", entity_id=account_id)
        uow.commit()

    new = _log(admin_ctx)[len(before) :]
    assert [(r[1], r[2], r[3], r[4]) for r in new] == [
        ("account", account_id, "insert", 1),
        ("account", account_id, "update", 2),
        ("account", account_id, "delete", 3),
    ]
    seqs = [r[0] for r in _log(admin_ctx)]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs) and seqs[0] == 1
    assert seqs == list(range(1, len(seqs) + 1))


def test_several_rows_in_one_transaction_get_consecutive_numbers(admin_ctx: StationContext) -> None:
    start = len(_log(admin_ctx))
    with admin_ctx.store.unit_of_work(admin_ctx.actor) as uow:
        for n in range(3):
            uow.session.add(Account(login=f"bulk{n}", display_name="x", roles="staff"))
            uow.session.flush()
        uow.session.add(Account(login="bulk3", display_name="x", roles="staff"))
        uow.audit("create", entity_type="account")
        uow.commit()
    seqs = [r[0] for r in _log(admin_ctx)]
    assert seqs[start:] == list(range(start + 1, start + 5))


def test_the_change_log_row_commits_with_the_change_and_not_before(admin_ctx: StationContext) -> None:
    start = len(_log(admin_ctx))
    with admin_ctx.store.unit_of_work(admin_ctx.actor) as uow:
        uow.session.add(Account(login="pending", display_name="x", roles="staff"))
        uow.session.flush()
        inside = uow.session.scalar(select(ChangeLogEntry.operation).order_by(ChangeLogEntry.seq.desc()).limit(1))
        assert inside == "insert"
        assert len(_log(admin_ctx)) == start  # another connection sees nothing yet
        uow.audit("create", entity_type="account")
        uow.commit()
    assert len(_log(admin_ctx)) == start + 1


@pytest.mark.parametrize("how", ["no_commit", "exception"])
def test_a_rolled_back_unit_of_work_leaves_no_row_no_change_and_no_audit(admin_ctx: StationContext, how: str) -> None:
    log_before, audit_before = _log(admin_ctx), audit_count(admin_ctx)

    class Boom(Exception):
        pass

    try:
        with admin_ctx.store.unit_of_work(admin_ctx.actor) as uow:
            uow.session.add(Account(login="ghost", display_name="x", roles="staff"))
            uow.session.flush()
            uow.audit("account_create", entity_type="account")
            if how == "exception":
                raise Boom
    except Boom:
        pass
    assert _log(admin_ctx) == log_before
    assert audit_count(admin_ctx) == audit_before
    assert query(admin_ctx.store.paths, admin_ctx.store.master, "SELECT count(*) FROM account WHERE login='ghost'") == [
        (0,)
    ]
    # The audit-head file was not moved either.
    assert admin_ctx.store.read_audit_anchor().seq == audit_before


def test_a_failed_service_call_leaves_nothing(admin_ctx: StationContext, staff_account: str) -> None:
    from rehabdesk.domain.errors import ValidationError

    log_before, audit_before = _log(admin_ctx), audit_count(admin_ctx)
    with pytest.raises(ValidationError, match="login_taken"):
        accounts.create_account(admin_ctx, "wangfang", "又一个王芳", frozenset({Role.STAFF}), "other-pass-1")
    assert _log(admin_ctx) == log_before
    assert audit_count(admin_ctx) == audit_before


def test_settings_are_not_sync_rows_but_still_audited(admin_ctx: StationContext) -> None:
    from rehabdesk.services import settings

    log_before = _log(admin_ctx)
    current = settings.read_settings(admin_ctx)
    settings.update_settings(admin_ctx, current.__class__(**{**current.__dict__, "backups_to_keep": 5}))
    assert _log(admin_ctx) == log_before
    assert settings.read_settings(admin_ctx).backups_to_keep == 5
