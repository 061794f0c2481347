"""The county's half of a bundle's journey, in its simplest form: registered devices, verification (signature,
known and unrevoked device, sequence and chain, payload hash) before decryption, streaming import into a scratch
SQLite store in one transaction, and the signed acknowledgement. The tests' "county"; the county application
(next issue) builds on the same steps."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rehabdesk.sync import age
from rehabdesk.sync.ack import Acknowledgement, RecordState
from rehabdesk.sync.bundle import VerifiedBundle, read_records, verify_bundle
from rehabdesk.sync.enrolment import RegistrationRequest
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.minisign import PublicKey, SecretKey
from rehabdesk.sync.records import ERASE, check_record

_SCHEMA = """
CREATE TABLE IF NOT EXISTS device (id TEXT PRIMARY KEY, station_code TEXT NOT NULL, public_key TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS bundle (device_id TEXT NOT NULL, sequence INTEGER NOT NULL, bundle_id TEXT NOT NULL,
    bundle_hash TEXT NOT NULL, PRIMARY KEY (device_id, sequence));
CREATE TABLE IF NOT EXISTS record (type TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL,
    pseudonym TEXT, station_code TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (type, id));
"""


@dataclass(frozen=True)
class CountyKeys:
    identity: age.Identity
    signing: SecretKey


class ScratchCounty:
    def __init__(self, keys: CountyKeys, database: Path) -> None:
        self.keys = keys
        # The HTTPS endpoint calls in from its worker thread, one request at a time.
        self.db = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    def register(self, request_file: bytes) -> RegistrationRequest:
        request = RegistrationRequest.open(request_file)
        self.db.execute(
            "INSERT INTO device (id, station_code, public_key) VALUES (?, ?, ?)",
            (request.device_id, request.station_code, request.device_key.base64),
        )
        return request

    def revoke(self, device_id: str) -> None:
        self.db.execute("UPDATE device SET revoked = 1 WHERE id = ?", (device_id,))

    def device_key(self, device_id: str) -> PublicKey | None:
        row = self.db.execute("SELECT public_key, revoked FROM device WHERE id = ?", (device_id,)).fetchone()
        if row is None:
            return None
        if row[1]:
            raise SyncRejected("bundle_device_revoked")
        return PublicKey.parse(row[0])

    def verify(self, handle: Any) -> VerifiedBundle:
        verified = verify_bundle(handle, self.device_key)
        manifest = verified.manifest
        station = self.db.execute("SELECT station_code FROM device WHERE id = ?", (manifest.device_id,)).fetchone()
        if station[0] != manifest.station_code:
            raise SyncRejected("bundle_wrong_station")
        if manifest.county_key_id != self.keys.identity.recipient.key_id:
            raise SyncRejected("bundle_wrong_county")
        same = self.db.execute(
            "SELECT bundle_hash FROM bundle WHERE device_id = ? AND sequence = ?",
            (manifest.device_id, manifest.sequence),
        ).fetchone()
        if same is not None:
            raise SyncRejected("bundle_replayed" if same[0] == verified.hash else "bundle_sequence_conflict")
        last = self.db.execute(
            "SELECT sequence, bundle_hash FROM bundle WHERE device_id = ? ORDER BY sequence DESC LIMIT 1",
            (manifest.device_id,),
        ).fetchone()
        expected_sequence, expected_previous = (last[0] + 1, last[1]) if last else (1, None)
        if manifest.sequence != expected_sequence:
            raise SyncRejected("bundle_sequence_gap", expected=expected_sequence, got=manifest.sequence)
        if manifest.previous_bundle_sha256 != expected_previous:
            raise SyncRejected("bundle_chain_broken")
        return verified

    def receive(self, path: Path, *, reject: Callable[[dict[str, Any]], str | None] = lambda record: None) -> bytes:
        """Verify, decrypt, import (all or nothing) and return the signed acknowledgement file's bytes."""
        with open(path, "rb") as handle:
            verified = self.verify(handle)
            manifest = verified.manifest
            states: list[RecordState] = []
            self.db.execute("BEGIN")
            try:
                for record in read_records(handle, verified, self.keys.identity):
                    check_record(record, manifest.station_code)
                    states.append(self._apply(record, manifest.station_code, reject))
                self.db.execute(
                    "INSERT INTO bundle (device_id, sequence, bundle_id, bundle_hash) VALUES (?, ?, ?, ?)",
                    (manifest.device_id, manifest.sequence, manifest.bundle_id, verified.hash),
                )
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        ack = Acknowledgement(
            bundle_id=manifest.bundle_id,
            station_code=manifest.station_code,
            device_id=manifest.device_id,
            sequence=manifest.sequence,
            bundle_sha256=verified.hash,
            received_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            records=tuple(states),
        )
        return ack.seal(self.keys.signing)

    def _apply(
        self, record: dict[str, Any], station_code: str, reject: Callable[[dict[str, Any]], str | None]
    ) -> RecordState:
        kind = record["type"]
        if kind == ERASE:
            pseudonym = record["pseudonym"]
            self.db.execute("DELETE FROM record WHERE pseudonym = ?", (pseudonym,))
            return RecordState(ERASE, pseudonym, "committed")
        reason = reject(record)
        version = record.get("version")
        if reason is not None:
            return RecordState(kind, record["id"], "rejected", version, reason)
        held = self.db.execute("SELECT version FROM record WHERE type = ? AND id = ?", (kind, record["id"])).fetchone()
        if record["op"] == "delete":
            if held is None:
                return RecordState(kind, record["id"], "already")
            self.db.execute("DELETE FROM record WHERE type = ? AND id = ?", (kind, record["id"]))
            return RecordState(kind, record["id"], "committed")
        if held is not None and held[0] >= version:
            return RecordState(kind, record["id"], "already", version)
        self.db.execute(
            "INSERT OR REPLACE INTO record (type, id, version, pseudonym, station_code, body)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (kind, record["id"], version, record.get("pseudonym"), station_code, json.dumps(record, sort_keys=True)),
        )
        return RecordState(kind, record["id"], "committed", version)

    def records(self, kind: str | None = None) -> list[dict[str, Any]]:
        rows = (
            self.db.execute("SELECT body FROM record WHERE type = ?", (kind,))
            if kind
            else self.db.execute("SELECT body FROM record")
        )
        return [json.loads(row[0]) for row in rows]
