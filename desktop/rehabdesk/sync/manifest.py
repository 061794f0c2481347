"""The bundle manifest: plaintext JSON, signed by the device, holding no personal data (docs/sync-bundle.md §3)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from rehabdesk.sync.errors import SyncRejected

FORMAT = "rehabdesk-sync-bundle"
FORMAT_VERSION = 1

_STATION = re.compile(r"^[A-Z0-9]{2,20}$")
_DIVISION = re.compile(r"^[1-9]\d{5}$")
_DEVICE = re.compile(r"^[A-Z0-9]{4,32}$")
_HEX16 = re.compile(r"^[0-9A-Fa-f]{16}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_TYPE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_VERSION = re.compile(r"^[0-9A-Za-z._+-]{1,40}$")


def check_device_id(device_id: str) -> str:
    if not isinstance(device_id, str) or not _DEVICE.match(device_id):
        raise SyncRejected("sync_device_id_invalid")
    return device_id


def bundle_file_name(station_code: str, device_id: str, sequence: int) -> str:
    """``{station code}-{device}-{sequence}.rdsync``; the sequence zero-padded to 6 digits so names sort."""
    return f"{station_code}-{device_id}-{sequence:06d}.rdsync"


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    station_code: str
    county_division: str
    device_id: str
    device_key_id: str
    county_key_id: str
    sequence: int
    previous_bundle_sha256: str | None
    created_at: str
    app_version: str
    schema_version: str
    change_log_after: int
    change_log_through: int
    record_counts: dict[str, int]
    payload_size: int
    payload_sha256: str
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def file_name(self) -> str:
        return bundle_file_name(self.station_code, self.device_id, self.sequence)

    def to_json(self) -> bytes:
        """Canonical bytes: sorted keys, no spaces, ASCII only, one trailing newline."""
        body = asdict(self)
        del body["extra"]
        body["change_log"] = {"after": body.pop("change_log_after"), "through": body.pop("change_log_through")}
        body["payload"] = {"size": body.pop("payload_size"), "sha256": body.pop("payload_sha256")}
        return (json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True) + "\n").encode("ascii")

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        """Parse and check every field; unknown fields are refused (a format change bumps format_version)."""
        try:
            body = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise SyncRejected("manifest_invalid", field="json") from None
        if not isinstance(body, dict):
            raise SyncRejected("manifest_invalid", field="json")
        if body.get("format") != FORMAT:
            raise SyncRejected("manifest_invalid", field="format")
        if body.get("format_version") != FORMAT_VERSION:
            raise SyncRejected("manifest_unsupported_version", version=str(body.get("format_version")))
        expected = {
            "format", "format_version", "bundle_id", "station_code", "county_division", "device_id",
            "device_key_id", "county_key_id", "sequence", "previous_bundle_sha256", "created_at", "app_version",
            "schema_version", "change_log", "record_counts", "payload",
        }  # fmt: skip
        if set(body) != expected:
            raise SyncRejected("manifest_invalid", field=",".join(sorted(set(body) ^ expected)))

        def text(name: str, pattern: re.Pattern[str]) -> str:
            value = body[name]
            if not isinstance(value, str) or not pattern.match(value):
                raise SyncRejected("manifest_invalid", field=name)
            return value

        def count(value: Any, name: str, minimum: int = 0) -> int:
            if type(value) is not int or value < minimum:
                raise SyncRejected("manifest_invalid", field=name)
            return value

        previous = body["previous_bundle_sha256"]
        sequence = count(body["sequence"], "sequence", 1)
        if (previous is None) != (sequence == 1) or (previous is not None and not _SHA256.match(str(previous))):
            raise SyncRejected("manifest_invalid", field="previous_bundle_sha256")
        change_log, payload, counts = body["change_log"], body["payload"], body["record_counts"]
        if not isinstance(change_log, dict) or set(change_log) != {"after", "through"}:
            raise SyncRejected("manifest_invalid", field="change_log")
        after = count(change_log["after"], "change_log")
        through = count(change_log["through"], "change_log")
        if through < after:
            raise SyncRejected("manifest_invalid", field="change_log")
        if not isinstance(payload, dict) or set(payload) != {"size", "sha256"}:
            raise SyncRejected("manifest_invalid", field="payload")
        if not isinstance(payload["sha256"], str) or not _SHA256.match(payload["sha256"]):
            raise SyncRejected("manifest_invalid", field="payload")
        if not isinstance(counts, dict) or not all(isinstance(key, str) and _TYPE.match(key) for key in counts):
            raise SyncRejected("manifest_invalid", field="record_counts")
        return cls(
            bundle_id=text("bundle_id", _UUID),
            station_code=text("station_code", _STATION),
            county_division=text("county_division", _DIVISION),
            device_id=text("device_id", _DEVICE),
            device_key_id=text("device_key_id", _HEX16).upper(),
            county_key_id=text("county_key_id", _HEX16).lower(),
            sequence=sequence,
            previous_bundle_sha256=previous,
            created_at=text("created_at", _TIME),
            app_version=text("app_version", _VERSION),
            schema_version=text("schema_version", _VERSION),
            change_log_after=after,
            change_log_through=through,
            record_counts={key: count(value, "record_counts") for key, value in counts.items()},
            payload_size=count(payload["size"], "payload"),
            payload_sha256=payload["sha256"],
        )
