"""Hash-chained audit log: every entry holds the hash of the one before it.

Editing, deleting or reordering entries breaks the chain; cutting off the newest entries is caught by comparing
against the head kept outside the database (audit-head file, slot file, backups)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from rehabdesk.domain.roles import Actor
from rehabdesk.storage.keys import AuditHead, canonical_json
from rehabdesk.storage.schema import AuditEntry

GENESIS_HASH = "0" * 64
EMPTY_HEAD = AuditHead(0, GENESIS_HASH)


def _entry_hash(prev_hash: str, fields: list[Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_json(fields)).hexdigest()


_HASHED = ("seq", "at", "actor_id", "actor_login", "action", "entity_type", "entity_id", "outcome", "detail")


def _hashed_fields(entry: AuditEntry) -> list[Any]:
    return [getattr(entry, name) for name in _HASHED]


_HEAD = select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
_INSERT = insert(AuditEntry.__table__)


def current_head(session: Session) -> AuditHead:
    last = session.connection().execute(_HEAD).first()
    return EMPTY_HEAD if last is None else AuditHead(last.seq, last.hash)


def append(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    entity_type: str | None = None,
    entity_id: str | None = None,
    outcome: str = "ok",
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
    login: str | None = None,
) -> AuditHead:
    """Add one entry inside the caller's transaction and return the new head. A plain insert: nothing reads the
    entry back as an object, and an ORM flush of it cost as much as the rest of a quick save."""
    head = current_head(session)
    entry = {
        "seq": head.seq + 1,
        "at": (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds"),
        "actor_id": actor.account_id if actor else None,
        "actor_login": actor.login if actor else login,
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "outcome": outcome,
        "detail": json.dumps(detail or {}, sort_keys=True, ensure_ascii=False),
        "prev_hash": head.hash,
    }
    entry["hash"] = _entry_hash(head.hash, [entry[name] for name in _HASHED])
    session.connection().execute(_INSERT, entry)
    return AuditHead(entry["seq"], entry["hash"])


@dataclass(frozen=True)
class ChainReport:
    head: AuditHead
    faults: tuple[str, ...]


def verify_chain(session: Session, anchors: list[AuditHead]) -> ChainReport:
    """Walk the whole chain; each fault is a short code with the sequence number where it was found."""
    faults: list[str] = []
    previous = EMPTY_HEAD
    wanted = {anchor.seq for anchor in anchors}
    hashes: dict[int, str] = {}
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000):
        if entry.seq != previous.seq + 1:
            faults.append(f"audit_gap:{previous.seq + 1}")
        if entry.prev_hash != previous.hash:
            faults.append(f"audit_link_broken:{entry.seq}")
        if _entry_hash(entry.prev_hash, _hashed_fields(entry)) != entry.hash:
            faults.append(f"audit_entry_altered:{entry.seq}")
        if entry.seq in wanted:
            hashes[entry.seq] = entry.hash
        previous = AuditHead(entry.seq, entry.hash)
    for anchor in anchors:
        if anchor.seq > previous.seq:
            faults.append(f"audit_truncated:{previous.seq}<{anchor.seq}")
        elif anchor.seq and hashes.get(anchor.seq) != anchor.hash:
            faults.append(f"audit_anchor_mismatch:{anchor.seq}")
    return ChainReport(previous, tuple(dict.fromkeys(faults)))


def anchor_faults(session: Session, anchors: list[AuditHead]) -> list[str]:
    """Quick comparison of heads kept outside the database with the chain, without walking it: an anchor beyond
    the newest entry means entries were cut off; a different hash at the anchor's place means they were rewritten."""
    head = current_head(session)
    faults = []
    for anchor in anchors:
        if anchor.seq > head.seq:
            faults.append(f"audit_truncated:{head.seq}<{anchor.seq}")
        elif anchor.seq:
            stored = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == anchor.seq))
            if stored != anchor.hash:
                faults.append(f"audit_anchor_mismatch:{anchor.seq}")
    return faults
