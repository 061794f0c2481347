"""The hash-chained audit log: editing, deleting, reordering or truncating entries is detected."""

from __future__ import annotations

import hashlib
import json

import pytest

from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, checks, sessions, settings
from rehabdesk.services.context import StationContext
from rehabdesk.storage import audit
from rehabdesk.storage.integrity import check_database
from rehabdesk.storage.keys import canonical_json
from rehabdesk.storage.store import ANCHOR_SLOT_BYTES
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY
from tests.support import audit_count, query, raw_sql

COLUMNS = "at, actor_id, actor_login, action, entity_type, entity_id, outcome, detail, prev_hash, hash"


@pytest.fixture
def ctx(admin_ctx: StationContext) -> StationContext:
    """A station with a handful of audited actions."""
    for n in range(3):
        accounts.create_account(admin_ctx, f"user{n}", f"User {n}", frozenset({Role.STAFF}), f"user-pass-{n}x")
    current = settings.read_settings(admin_ctx)
    for minutes in (11, 12, 13):
        settings.update_settings(admin_ctx, current.__class__(**{**current.__dict__, "idle_lock_minutes": minutes}))
    assert audit_count(admin_ctx) >= 7
    return admin_ctx


def _faults(ctx: StationContext) -> tuple[str, ...]:
    anchors = [ctx.store.slot_file.audit_head, ctx.store.read_audit_anchor()]
    return check_database(ctx.store.engine, anchors).faults


def _sql(ctx: StationContext, *statements) -> None:
    raw_sql(ctx.store.paths, ctx.store.master, *statements)


def test_an_intact_chain_passes(ctx: StationContext) -> None:
    assert _faults(ctx) == ()
    assert checks.check_station(ctx).ok
    assert checks.check_station(ctx).faults == ()


def test_an_edited_entry_is_detected(ctx: StationContext) -> None:
    _sql(ctx, "UPDATE audit_log SET actor_login = 'someone-else' WHERE seq = 3")
    assert "audit_entry_altered:3" in _faults(ctx)
    report = checks.check_station(ctx)
    assert not report.ok and "audit_entry_altered:3" in report.faults


def test_an_edited_entry_with_its_hash_recomputed_breaks_the_next_link(ctx: StationContext) -> None:
    (row,) = query(ctx.store.paths, ctx.store.master, f"SELECT seq, {COLUMNS} FROM audit_log WHERE seq = 3")
    fields = [row[0], row[1], row[2], "someone-else", *row[4:9]]
    new_hash = hashlib.sha256(row[9].encode("ascii") + canonical_json(fields)).hexdigest()
    _sql(ctx, ("UPDATE audit_log SET actor_login = 'someone-else', hash = ? WHERE seq = 3", (new_hash,)))
    faults = _faults(ctx)
    assert "audit_link_broken:4" in faults
    assert not any(f.startswith("audit_entry_altered") for f in faults)


def test_a_whole_rewritten_chain_is_caught_by_the_anchors(ctx: StationContext) -> None:
    """Someone who edits an entry and re-hashes every later one keeps the chain consistent, but not its head."""
    rows = query(ctx.store.paths, ctx.store.master, f"SELECT seq, {COLUMNS} FROM audit_log ORDER BY seq")
    previous = audit.GENESIS_HASH
    updates = []
    for row in rows:
        seq, *values = row
        values[2] = "someone-else" if seq == 2 else values[2]
        fields = [seq, *values[:8]]
        new_hash = hashlib.sha256(previous.encode("ascii") + canonical_json(fields)).hexdigest()
        updates.append(
            (
                "UPDATE audit_log SET actor_login = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (values[2], previous, new_hash, seq),
            )
        )
        previous = new_hash
    _sql(ctx, *updates)
    assert check_database(ctx.store.engine, []).faults == ()  # the chain alone is consistent …
    faults = _faults(ctx)
    assert any(f.startswith("audit_anchor_mismatch") for f in faults)  # … but not with the head kept outside


def test_a_deleted_entry_is_detected(ctx: StationContext) -> None:
    _sql(ctx, "DELETE FROM audit_log WHERE seq = 4")
    faults = _faults(ctx)
    assert "audit_gap:4" in faults
    assert "audit_link_broken:5" in faults
    assert {"audit_gap:4", "audit_link_broken:5"} <= set(checks.check_station(ctx).faults)


def test_reordered_entries_are_detected(ctx: StationContext) -> None:
    rows = {
        row[0]: row[1:]
        for row in query(ctx.store.paths, ctx.store.master, f"SELECT seq, {COLUMNS} FROM audit_log WHERE seq IN (3, 4)")
    }
    assignments = ", ".join(f"{column.strip()} = ?" for column in COLUMNS.split(","))
    _sql(
        ctx,
        (f"UPDATE audit_log SET {assignments} WHERE seq = 3", tuple(rows[4])),
        (f"UPDATE audit_log SET {assignments} WHERE seq = 4", tuple(rows[3])),
    )
    faults = _faults(ctx)
    assert {"audit_entry_altered:3", "audit_entry_altered:4"} <= set(faults)
    assert "audit_link_broken:3" in faults
    assert not checks.check_station(ctx).ok


def test_truncating_the_newest_entries_is_detected(ctx: StationContext) -> None:
    head = ctx.store.read_audit_anchor()
    assert head is not None and head.seq == audit_count(ctx)
    _sql(ctx, ("DELETE FROM audit_log WHERE seq > ?", (head.seq - 2,)))
    faults = _faults(ctx)
    assert f"audit_truncated:{head.seq - 2}<{head.seq}" in faults
    assert not checks.check_station(ctx).ok


def test_truncation_stays_detected_after_later_logins(ctx: StationContext) -> None:
    """Logging in again appends entries to the cut chain; that must not overwrite the evidence of the cut."""
    paths = ctx.store.paths
    head = ctx.store.read_audit_anchor()
    ctx.close()
    _sql(ctx, ("DELETE FROM audit_log WHERE seq > ?", (head.seq - 2,)))
    for _ in range(3):
        again = sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
        try:
            report = checks.check_station(again)
        finally:
            sessions.log_out(again)
        assert not report.ok, "a login after the cut hid it"
        assert any(f.startswith(("audit_truncated", "audit_anchor_mismatch")) for f in report.faults)


def test_truncation_below_the_slot_file_head_is_detected_without_the_anchor_file(ctx: StationContext) -> None:
    slot_head = ctx.store.slot_file.audit_head
    assert slot_head.seq > 1
    _sql(ctx, ("DELETE FROM audit_log WHERE seq >= ?", (slot_head.seq,)))
    faults = check_database(ctx.store.engine, [slot_head]).faults
    assert f"audit_truncated:{slot_head.seq - 1}<{slot_head.seq}" in faults


def _head(ctx: StationContext) -> audit.AuditHead:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return audit.current_head(uow.session)


def _slots(ctx: StationContext) -> list[dict]:
    data = ctx.store.paths.audit_anchor.read_bytes()
    return [json.loads(data[at : at + ANCHOR_SLOT_BYTES]) for at in range(0, len(data), ANCHOR_SLOT_BYTES)]


def test_the_anchor_follows_each_commit_in_alternate_slots(ctx: StationContext) -> None:
    head = _head(ctx)
    assert ctx.store.read_audit_anchor() == head
    assert sorted(slot["seq"] for slot in _slots(ctx)) == [head.seq - 1, head.seq]


def test_a_torn_slot_leaves_the_other_head(ctx: StationContext) -> None:
    """A crash in the middle of the write after a commit spoils that slot only: the anchor falls one behind."""
    head = _head(ctx)
    anchor = ctx.store.paths.audit_anchor
    data = bytearray(anchor.read_bytes())
    torn = ANCHOR_SLOT_BYTES * (head.seq % 2)
    data[torn : torn + ANCHOR_SLOT_BYTES] = b"\x00" * 100 + b'{"seq": ' + b" " * (ANCHOR_SLOT_BYTES - 108)
    anchor.write_bytes(bytes(data))
    assert ctx.store.read_audit_anchor().seq == head.seq - 1
    assert not [f for f in checks.check_station(ctx).faults if f.startswith("audit")]


def test_an_anchor_of_one_slot_from_before_still_reads(ctx: StationContext) -> None:
    head = _head(ctx)
    [newest] = [slot for slot in _slots(ctx) if slot["seq"] == head.seq]
    ctx.store.paths.audit_anchor.write_text(json.dumps(newest), "ascii")
    assert ctx.store.read_audit_anchor() == head
    accounts.create_account(ctx, "later", "Later", frozenset({Role.STAFF}), "later-pass-1x")  # written in place
    assert ctx.store.read_audit_anchor() == _head(ctx)


def test_a_tampered_anchor_file_is_detected(ctx: StationContext) -> None:
    anchor = ctx.store.paths.audit_anchor
    slots = _slots(ctx)
    for slot in slots:
        slot["seq"] -= 1
    anchor.write_bytes(b"".join(json.dumps(slot).encode("ascii").ljust(ANCHOR_SLOT_BYTES) for slot in slots))
    from rehabdesk.domain.errors import DomainError

    with pytest.raises(DomainError, match="audit_anchor_tampered"):
        ctx.store.read_audit_anchor()
    assert "audit_anchor_tampered" in checks.check_station(ctx).faults


def test_a_missing_anchor_file_is_a_fault(ctx: StationContext) -> None:
    ctx.store.paths.audit_anchor.unlink()
    assert "audit_anchor_missing" in checks.check_station(ctx).faults


def test_a_deleted_anchor_file_is_not_recreated_by_signing_in(ctx: StationContext) -> None:
    """Signing in must not paper over the deletion: the heads freeze, as for an edited head, and `check` says so."""
    paths = ctx.store.paths
    sessions.log_out(ctx)
    paths.audit_anchor.unlink()
    again = sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    try:
        assert again.store.audit_anchors_frozen
        accounts.create_account(again, "after", "After", frozenset({Role.STAFF}), "after-pass-1x")
        assert not paths.audit_anchor.exists()
        assert "audit_anchor_missing" in checks.check_station(again).faults
    finally:
        again.close()


def test_audit_entries_carry_actor_action_and_entity_but_no_personal_data(ctx: StationContext) -> None:
    rows = query(
        ctx.store.paths,
        ctx.store.master,
        "SELECT actor_login, action, entity_type, detail FROM audit_log WHERE action = 'account_create'",
    )
    assert rows and all(r[0] == ADMIN_LOGIN and r[2] == "account" for r in rows)
    assert not any("User" in r[3] for r in rows)  # display names stay out of the entry text
