"""An opened station: its files, master key, engine and the unit-of-work factory."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Actor
from rehabdesk.durable import atomic_write_bytes
from rehabdesk.storage import audit
from rehabdesk.storage.keys import AuditHead, KeyPolicy, MasterKey, SlotFile, canonical_json
from rehabdesk.storage.paths import StationPaths
from rehabdesk.storage.schema import StoreMeta
from rehabdesk.storage.unit_of_work import UnitOfWork, make_session_factory

META_STATION_ID = "station_id"
META_SLOT_GENERATION = "slot_generation"
META_AUTH_EVENTS_IMPORTED = "auth_events_imported"
META_AUTH_EVENTS_DIGEST = "auth_events_digest"


def read_meta(session: Session, key: str) -> str | None:
    return session.scalar(select(StoreMeta.value).where(StoreMeta.key == key))


def write_meta(session: Session, key: str, value: str) -> None:
    row = session.get(StoreMeta, key)
    if row is None:
        session.add(StoreMeta(key=key, value=value))
    else:
        row.value = value


# The anchor file holds two slots of one disk sector each, written in turn: a write torn or lost in a crash spoils
# only the slot being written, and the other still holds a true (older) head. So the write after every commit
# needs no fsync: the anchor may fall behind the chain, never run ahead of it (the commit is durable first).
ANCHOR_SLOT_BYTES = 512


def write_audit_anchor_file(path: Path, head: AuditHead, masters: list[MasterKey], *, durable: bool = True) -> None:
    """Record ``head`` signed for ``masters``. ``durable``: both slots, synced before returning (a new station, a
    restore, a key rotation); otherwise the slot of the head's parity, in place."""
    payload = canonical_json({"seq": head.seq, "hash": head.hash})
    body = {"seq": head.seq, "hash": head.hash, "macs": [m.mac("audit-anchor", payload) for m in masters]}
    slot = json.dumps(body).encode("ascii").ljust(ANCHOR_SLOT_BYTES, b" ")
    if len(slot) > ANCHOR_SLOT_BYTES:
        raise ValueError("an audit anchor outgrew its slot")
    if durable or not path.exists():
        atomic_write_bytes(path, slot + slot)
        return
    with path.open("r+b") as handle:
        handle.seek(ANCHOR_SLOT_BYTES * (head.seq % 2))
        handle.write(slot)


def read_audit_anchor_file(path: Path, master: MasterKey) -> AuditHead:
    """The newest head among the slots that verify; an older file of one slot reads the same way. None verifying
    means the file was altered (a crash spoils one slot at most)."""
    data = path.read_bytes()
    heads = []
    for start in range(0, len(data), ANCHOR_SLOT_BYTES):
        try:
            body = json.loads(data[start : start + ANCHOR_SLOT_BYTES].strip(b" \x00"))
            head = AuditHead(int(body["seq"]), str(body["hash"]))
            payload = canonical_json({"seq": head.seq, "hash": head.hash})
            if any(master.verify_mac("audit-anchor", payload, mac) for mac in body["macs"]):
                heads.append(head)
        except (ValueError, KeyError, TypeError):
            continue
    if not heads:
        raise DomainError("audit_anchor_tampered")
    return max(heads, key=lambda head: head.seq)


def audit_anchor_faults(store: Store, session: Session) -> list[str]:
    """Faults of the heads kept outside the database, checked when a station is opened.

    A missing audit-head file is a fault once the database holds entries: deleting it must not let the next
    commit write a fresh head over a cut chain. New stations (no entries yet) and restores write it themselves."""
    try:
        anchor = store.read_audit_anchor()
    except DomainError as error:
        return [error.code]
    if anchor is None and audit.current_head(session).seq > 0:
        return ["audit_anchor_missing"]
    anchors = [store.slot_file.audit_head] + ([anchor] if anchor is not None else [])
    return audit.anchor_faults(session, anchors)


@dataclass
class Store:
    paths: StationPaths
    master: MasterKey
    engine: Engine
    slot_file: SlotFile
    policy: KeyPolicy
    # Set when the heads kept outside the database (audit-head file, slot file) did not match the chain at open:
    # they are then left as they are, so that later entries cannot paper over a cut or rewritten chain.
    audit_anchors_frozen: bool = False
    closed: bool = False
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = make_session_factory(self.engine)

    def unit_of_work(self, actor: Actor | None, *, read_only: bool = False) -> UnitOfWork:
        if self.closed:
            raise DomainError("session_closed")
        return UnitOfWork(self._factory, actor, read_only=read_only, on_audited=self._anchor_after_commit)

    def current_slot_file(self, session: Session) -> SlotFile:
        """The slot file as the database last committed it. Another session on this station (a second login in
        this process) may have changed it since this store read it; building on the older copy would silently
        undo that change (bring back a removed slot, revert a new password). Call inside the transaction that
        will write: writers are serialised, so the generation read here cannot move before the commit."""
        expected = int(read_meta(session, META_SLOT_GENERATION) or "0")
        if self.slot_file.generation >= expected:
            return self.slot_file
        for path in (self.paths.slot_file, self.paths.slot_file_copy):
            try:
                candidate = SlotFile.parse(path.read_bytes())
            except (FileNotFoundError, DomainError):
                continue
            if (
                candidate.station_id == self.slot_file.station_id
                and candidate.generation >= expected
                and candidate.verify(self.master)
            ):
                self.slot_file = candidate
                return candidate
        raise DomainError("slot_file_stale", file_generation=self.slot_file.generation, database_generation=expected)

    def update_slot_file(self, session: Session, change: Callable[[SlotFile], SlotFile]) -> SlotFile:
        """Apply ``change`` to the current slot file, write it, and record its generation in the same transaction
        (slot file first: a crash before the commit leaves a slot file newer, never older, than the database)."""
        session.flush()  # constraint errors surface before the slot file changes
        written = self.write_slot_file(change(self.current_slot_file(session)), session)
        write_meta(session, META_SLOT_GENERATION, str(written.generation))
        return written

    def write_slot_file(self, new: SlotFile, session: Session | None = None) -> SlotFile:
        """Write the copy first, then the main file, so that one of the two is always whole and current.

        With ``session``, the slot file also records the audit head as it stands before that transaction's
        own entries, which cannot run ahead of the database even if the transaction then fails."""
        if self.audit_anchors_frozen:
            new = replace(new, audit_head=self.slot_file.audit_head)
        elif session is not None:
            new = replace(new, audit_head=audit.current_head(session))
        data = new.serialise(self.master)
        atomic_write_bytes(self.paths.slot_file_copy, data)
        atomic_write_bytes(self.paths.slot_file, data)
        self.slot_file = SlotFile.parse(data)
        return self.slot_file

    def write_audit_anchor(self, head: AuditHead, *, also_for: MasterKey | None = None) -> None:
        """Record the audit head outside the database, synced. During a key rotation the head is signed for the
        old and the new master key, so that whichever database a crash leaves in place still verifies."""
        if self.audit_anchors_frozen:
            return
        write_audit_anchor_file(self.paths.audit_anchor, head, [self.master] + ([also_for] if also_for else []))

    def audit_anchors(self) -> tuple[list[AuditHead], list[str]]:
        """The heads kept outside the database (slot file, audit-head file) that `check` holds the chain against,
        and the faults found reading them."""
        anchors, faults = [self.slot_file.audit_head], []
        try:
            anchor = self.read_audit_anchor()
        except DomainError as error:
            faults.append(error.code)
            anchor = None
        if anchor is None:
            faults.append("audit_anchor_missing")
        else:
            anchors.append(anchor)
        return anchors, faults

    def _anchor_after_commit(self, head: AuditHead) -> None:
        if not self.audit_anchors_frozen:
            write_audit_anchor_file(self.paths.audit_anchor, head, [self.master], durable=False)

    def read_audit_anchor(self) -> AuditHead | None:
        """The head written after the last audited commit; a file none of whose slots verifies is a fault."""
        if not self.paths.audit_anchor.exists():
            return None
        return read_audit_anchor_file(self.paths.audit_anchor, self.master)

    def replace_master_key(self, master: MasterKey, engine: Engine, slot_file: SlotFile) -> None:
        self.master = master
        self.engine = engine
        self.slot_file = slot_file
        self._factory = make_session_factory(engine)

    def close(self) -> None:
        """After a lock or sign-out nothing may reach the database through this store, even though the engine
        could reconnect: unlocking again opens a new store from the password."""
        self.closed = True
        self.engine.dispose()
