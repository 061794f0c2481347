"""The county's enrolment file and the station's registration request (docs/sync-bundle.md §8)."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Any

from rehabdesk.domain.station import RURAL, URBAN
from rehabdesk.sync import signed
from rehabdesk.sync.age import Recipient
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.manifest import check_device_id
from rehabdesk.sync.minisign import PublicKey, SecretKey, fingerprint_digits

ENROLMENT = "county_enrolment"
REQUEST = "registration_request"
_DIVISION = re.compile(r"^[1-9]\d{5}$")
_STATION = re.compile(r"^[A-Z0-9]{2,20}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
AREAS = (URBAN, RURAL)


def _text(body: dict[str, Any], name: str, kind: str, *, maximum: int = 200, optional: bool = False) -> str | None:
    value = body.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > maximum:
        raise SyncRejected(f"{kind}_malformed", field=name)
    return value


@dataclass(frozen=True)
class Enrolment:
    """What a station needs from its county: who it is, the key bundles are encrypted to, the key that signs the
    county's files (enrolment, acknowledgements), and the pseudonym key shared by the county's stations."""

    county_name: str
    county_division: str
    age_recipient: Recipient
    signing_key: PublicKey
    pseudonym_key: bytes
    issued_at: str
    server: str | None = None
    tls_sha256: str | None = None

    @property
    def fingerprint(self) -> str:
        """Forty digits in groups of five, read out over the phone before the key is trusted: they cover both of
        the county's public keys."""
        data = self.signing_key.base64.encode("ascii") + b"\n" + str(self.age_recipient).encode("ascii")
        return fingerprint_digits(data)

    def body(self) -> dict[str, Any]:
        return {
            "kind": "rehabdesk-county-enrolment",
            "format_version": 1,
            "county_name": self.county_name,
            "county_division": self.county_division,
            "age_recipient": str(self.age_recipient),
            "minisign_public_key": self.signing_key.base64,
            "pseudonym_key": base64.b64encode(self.pseudonym_key).decode("ascii"),
            "issued_at": self.issued_at,
            "server": self.server,
            "tls_sha256": self.tls_sha256,
        }

    def seal(self, county_key: SecretKey) -> bytes:
        """The enrolment file, signed by the county (the county tool's half; tests use it too)."""
        if county_key.public != self.signing_key:
            raise ValueError("an enrolment file is signed by the key it announces")
        return signed.seal(self.body(), county_key, f"rehabdesk county enrolment {self.county_division}")

    @classmethod
    def open(cls, data: bytes) -> Enrolment:
        """Parse an enrolment file and check it is signed by the key it carries (integrity; the trust itself comes
        from the fingerprint confirmed by phone)."""
        body, _, _ = signed.split(data, ENROLMENT)
        expected = {
            "kind", "format_version", "county_name", "county_division", "age_recipient", "minisign_public_key",
            "pseudonym_key", "issued_at", "server", "tls_sha256",
        }  # fmt: skip
        if set(body) != expected:
            raise SyncRejected("county_enrolment_malformed", field="fields")
        try:
            key = PublicKey.parse(_text(body, "minisign_public_key", ENROLMENT) or "")
            recipient = Recipient.parse(_text(body, "age_recipient", ENROLMENT) or "")
            pseudonym_key = base64.b64decode(_text(body, "pseudonym_key", ENROLMENT) or "", validate=True)
        except (SyncRejected, binascii.Error, ValueError):
            raise SyncRejected("county_enrolment_malformed", field="keys") from None
        if len(pseudonym_key) != 32:
            raise SyncRejected("county_enrolment_malformed", field="pseudonym_key")
        signed.verify(data, ENROLMENT, key)
        division = _text(body, "county_division", ENROLMENT) or ""
        if not _DIVISION.match(division):
            raise SyncRejected("county_enrolment_malformed", field="county_division")
        tls = _text(body, "tls_sha256", ENROLMENT, optional=True)
        if tls is not None and not _SHA256.match(tls):
            raise SyncRejected("county_enrolment_malformed", field="tls_sha256")
        return cls(
            county_name=_text(body, "county_name", ENROLMENT, maximum=100) or "",
            county_division=division,
            age_recipient=recipient,
            signing_key=key,
            pseudonym_key=pseudonym_key,
            issued_at=_text(body, "issued_at", ENROLMENT, maximum=40) or "",
            server=_text(body, "server", ENROLMENT, optional=True),
            tls_sha256=tls,
        )


@dataclass(frozen=True)
class RegistrationRequest:
    """What the county needs to accept this PC's bundles (no personal data: the station's own name, not a
    person's)."""

    station_code: str
    station_name: str
    county_division: str
    device_id: str
    device_key: PublicKey
    created_at: str
    area: str | None = None  # "urban" | "rural" (the 汇总表 counts stations by it); None: the station did not say

    @property
    def fingerprint(self) -> str:
        return self.device_key.fingerprint_digits()

    def seal(self, device_key: SecretKey) -> bytes:
        body = {
            "kind": "rehabdesk-registration-request",
            "format_version": 1,
            "station_code": self.station_code,
            "station_name": self.station_name,
            "county_division": self.county_division,
            "device_id": self.device_id,
            "device_public_key": self.device_key.base64,
            "fingerprint": self.fingerprint,
            "created_at": self.created_at,
            "area": self.area,
        }
        return signed.seal(body, device_key, f"rehabdesk registration {self.station_code} {self.device_id}")

    @classmethod
    def open(cls, data: bytes) -> RegistrationRequest:
        """Parse a request and check it is signed by the device key it announces (proof of possession)."""
        body, _, _ = signed.split(data, REQUEST)
        try:
            key = PublicKey.parse(_text(body, "device_public_key", REQUEST) or "")
        except SyncRejected:
            raise SyncRejected("registration_request_malformed", field="device_public_key") from None
        signed.verify(data, REQUEST, key)
        station = _text(body, "station_code", REQUEST) or ""
        division = _text(body, "county_division", REQUEST) or ""
        if not _STATION.match(station) or not _DIVISION.match(division):
            raise SyncRejected("registration_request_malformed", field="station")
        request = cls(
            station_code=station,
            station_name=_text(body, "station_name", REQUEST, maximum=100) or "",
            county_division=division,
            device_id=check_device_id(_text(body, "device_id", REQUEST) or ""),
            device_key=key,
            created_at=_text(body, "created_at", REQUEST, maximum=40) or "",
            area=body.get("area"),  # absent in requests written before it existed
        )
        if request.area not in (None, *AREAS):
            raise SyncRejected("registration_request_malformed", field="area")
        if body.get("fingerprint") != request.fingerprint:
            raise SyncRejected("registration_request_malformed", field="fingerprint")
        return request
