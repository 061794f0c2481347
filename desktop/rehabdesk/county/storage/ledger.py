"""The bundle ledger (bundles applied, with their acknowledgements), bundles held for a gap, and quarantine."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from rehabdesk.county.storage.schema import HeldBundle, Quarantine, ReceivedBundle


@dataclass(frozen=True)
class LedgerEntry:
    sequence: int
    bundle_hash: str
    ack: bytes


@dataclass(frozen=True)
class QuarantineRow:
    id: str
    at: datetime
    kind: str
    reason: str
    station_code: str
    device_id: str
    sequence: int | None
    record_type: str | None
    record_id: str | None
    detail: dict[str, Any]


def received(session: Session, device_id: str, sequence: int) -> LedgerEntry | None:
    row = session.get(ReceivedBundle, (device_id, sequence))
    return None if row is None else LedgerEntry(row.sequence, row.bundle_hash, row.ack)


def last_received(session: Session, device_id: str) -> LedgerEntry | None:
    row = session.scalars(
        select(ReceivedBundle).where(ReceivedBundle.device_id == device_id).order_by(ReceivedBundle.sequence.desc())
    ).first()
    return None if row is None else LedgerEntry(row.sequence, row.bundle_hash, row.ack)


def add_received(session: Session, **values: Any) -> None:
    session.add(ReceivedBundle(**values))


def held_hash(session: Session, device_id: str, sequence: int) -> str | None:
    return session.scalar(
        select(HeldBundle.bundle_hash).where(HeldBundle.device_id == device_id, HeldBundle.sequence == sequence)
    )


def hold(
    session: Session, *, device_id: str, sequence: int, bundle_hash: str, station_code: str, content: bytes
) -> None:
    session.add(
        HeldBundle(
            device_id=device_id, sequence=sequence, bundle_hash=bundle_hash, station_code=station_code, content=content
        )
    )


def held_content(session: Session, device_id: str, sequence: int) -> bytes | None:
    return session.scalar(
        select(HeldBundle.content).where(HeldBundle.device_id == device_id, HeldBundle.sequence == sequence)
    )


def release(session: Session, device_id: str, sequence: int) -> None:
    session.execute(delete(HeldBundle).where(HeldBundle.device_id == device_id, HeldBundle.sequence == sequence))


def held_list(session: Session) -> list[tuple[str, str, int]]:
    """(station code, device id, sequence) of every bundle waiting for an earlier one."""
    query = select(HeldBundle.station_code, HeldBundle.device_id, HeldBundle.sequence)
    return [tuple(row) for row in session.execute(query.order_by(HeldBundle.device_id, HeldBundle.sequence))]


def quarantine(session: Session, **values: Any) -> None:
    detail = values.pop("detail", None) or {}
    session.add(Quarantine(detail=json.dumps(detail, sort_keys=True, ensure_ascii=False), **values))


def quarantined(session: Session) -> list[QuarantineRow]:
    rows = session.scalars(select(Quarantine).order_by(Quarantine.at, Quarantine.id))
    return [
        QuarantineRow(
            row.id,
            row.at,
            row.kind,
            row.reason,
            row.station_code,
            row.device_id,
            row.sequence,
            row.record_type,
            row.record_id,
            json.loads(row.detail),
        )
        for row in rows
    ]


def forget_pseudonym(session: Session, pseudonym: str) -> int:
    """An erase reaches the quarantine too: nothing is kept for a withdrawn consent."""
    return session.execute(delete(Quarantine).where(Quarantine.pseudonym == pseudonym)).rowcount
