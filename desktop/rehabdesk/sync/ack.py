"""The county's acknowledgement of a bundle (docs/sync-bundle.md §8): a signed document listing each record's state.

States: ``committed`` (new to the county, or a newer version), ``already`` (the county held this version or a newer
one, e.g. a bundle sent again after a lost acknowledgement), ``rejected`` with the county's ``reason`` code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rehabdesk.sync import signed
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.minisign import PublicKey, SecretKey

KIND = "county_ack"
STATES = ("committed", "already", "rejected")
# An entry per record: a station's first, full bundle of 1 000 000 services is acknowledged in about 100 MB.
MAX_ACK_SIZE = 256 * 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class RecordState:
    type: str
    id: str  # the row id, or the pseudonym of an erase record
    state: str
    version: int | None = None
    reason: str | None = None

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"type": self.type, "id": self.id, "state": self.state}
        if self.version is not None:
            body["version"] = self.version
        if self.reason is not None:
            body["reason"] = self.reason
        return body


@dataclass(frozen=True)
class Acknowledgement:
    bundle_id: str
    station_code: str
    device_id: str
    sequence: int
    bundle_sha256: str
    received_at: str
    records: tuple[RecordState, ...]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATES, 0)
        for record in self.records:
            counts[record.state] += 1
        return counts

    def seal(self, county_key: SecretKey) -> bytes:
        body = {
            "kind": "rehabdesk-county-ack",
            "format_version": 1,
            "bundle_id": self.bundle_id,
            "station_code": self.station_code,
            "device_id": self.device_id,
            "sequence": self.sequence,
            "bundle_sha256": self.bundle_sha256,
            "received_at": self.received_at,
            "records": [record.body() for record in self.records],
        }
        return signed.seal(body, county_key, f"rehabdesk ack {self.station_code} {self.device_id} {self.sequence}")

    @classmethod
    def open(cls, data: bytes, county_key: PublicKey) -> Acknowledgement:
        """Verify the county's signature first, then the fields."""
        body = signed.verify(data, KIND, county_key, max_size=MAX_ACK_SIZE)
        try:
            records = tuple(
                RecordState(
                    type=str(item["type"]),
                    id=str(item["id"]),
                    state=item["state"],
                    version=item.get("version"),
                    reason=item.get("reason"),
                )
                for item in body["records"]
            )
            ack = cls(
                bundle_id=str(body["bundle_id"]),
                station_code=str(body["station_code"]),
                device_id=str(body["device_id"]),
                sequence=body["sequence"],
                bundle_sha256=str(body["bundle_sha256"]),
                received_at=str(body["received_at"]),
                records=records,
            )
        except (KeyError, TypeError):
            raise SyncRejected("county_ack_malformed") from None
        if type(ack.sequence) is not int or not _SHA256.match(ack.bundle_sha256):
            raise SyncRejected("county_ack_malformed")
        if any(record.state not in STATES for record in records):
            raise SyncRejected("county_ack_malformed")
        return ack
