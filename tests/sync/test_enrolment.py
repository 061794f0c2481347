"""Enrolment with a county, the device key in the keyring (or the database), the registration request."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.station import station_area
from rehabdesk.services import sync
from rehabdesk.services.context import StationContext
from rehabdesk.sync import signed
from rehabdesk.sync.enrolment import Enrolment, RegistrationRequest
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.keystore import SERVICE_NAME, KeyringStore, backend_refusal
from rehabdesk.sync.minisign import SecretKey
from tests.memory_keyring import MemoryKeyring
from tests.support import audit_rows as all_audit_rows
from tests.sync.support import enrolment_file, make_keys
from tests.sync.test_formats import tool


def audit_rows(ctx: StationContext, action: str) -> list[dict]:
    return [{"detail": row[4], "outcome": row[3]} for row in all_audit_rows(ctx) if row[2] == action]


def test_an_enrolment_file_is_checked_and_shows_digit_groups(tmp_path: Path) -> None:
    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    enrolment = Enrolment.open(path.read_bytes())
    assert enrolment.county_division == "110105"
    assert enrolment.age_recipient == keys.county.recipient
    groups = enrolment.fingerprint.split(" ")
    assert len(groups) == 8 and all(len(group) == 5 and group.isdigit() for group in groups)
    data = path.read_bytes()
    with pytest.raises(SyncRejected, match="county_enrolment_signature_invalid"):
        Enrolment.open(data.replace(b"110105", b"110106", 1))
    with pytest.raises(SyncRejected, match="county_enrolment_malformed"):
        Enrolment.open(b"not an enrolment file")


def test_the_stock_minisign_checks_an_enrolment_file(tmp_path: Path) -> None:
    keys = make_keys()
    lines = enrolment_file(tmp_path, keys).read_bytes().split(b"\n")
    (tmp_path / "m").write_bytes(lines[0] + b"\n")
    (tmp_path / "m.minisig").write_bytes(b"\n".join(lines[1:]))
    result = subprocess.run(
        [tool("minisign"), "-V", "-P", keys.county_signing.public.base64, "-m", str(tmp_path / "m")],
        capture_output=True,
    )
    assert result.returncode == 0, result.stderr


def test_enrolment_needs_the_confirmed_fingerprint_and_the_right_county(
    admin_ctx: StationContext, tmp_path: Path
) -> None:
    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    preview = sync.preview_enrolment(admin_ctx, path)
    assert preview.county_name == "测试区民政局" and preview.replaces is None
    with pytest.raises(DomainError, match="sync_fingerprint_mismatch"):
        sync.enrol(admin_ctx, path, "12345 67890")
    other = enrolment_file(tmp_path, keys, division="230102", name="other.rdenrol")
    with pytest.raises(DomainError, match="sync_county_mismatch"):
        sync.preview_enrolment(admin_ctx, other)
    assert not sync.sync_status(admin_ctx).enrolled


def test_enrolment_keeps_the_device_key_in_the_keyring(
    admin_ctx: StationContext, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    result = sync.enrol(admin_ctx, path, sync.preview_enrolment(admin_ctx, path).fingerprint)
    assert result.key_location == "keyring" and result.keyring_note is None
    assert [account for _, account in memory_keyring.secrets] == [f"TS01/{result.device_id}"]
    status = sync.sync_status(admin_ctx)
    assert status.enrolled and status.device_id == result.device_id and status.key_location == "keyring"
    entry = audit_rows(admin_ctx, "sync_enrol")[-1]
    assert result.device_id in entry["detail"]
    # The registration request: signed by the device key it announces.
    target = sync.write_registration_request(admin_ctx, tmp_path / "request.rdreq")
    request = RegistrationRequest.open(target.read_bytes())
    assert (request.station_code, request.device_id, request.county_division) == ("TS01", result.device_id, "110105")
    assert request.fingerprint == result.device_fingerprint
    with pytest.raises(SyncRejected, match="registration_request_signature_invalid"):
        RegistrationRequest.open(target.read_bytes().replace(b"TS01", b"TS02", 1))
    # Enrolling again needs the explicit re-enrolment, with a new county key.
    with pytest.raises(DomainError, match="sync_already_enrolled"):
        sync.enrol(admin_ctx, path, result.fingerprint)
    with pytest.raises(DomainError, match="sync_same_county_key"):
        sync.enrol(admin_ctx, path, result.fingerprint, reenrol=True)
    newer = enrolment_file(tmp_path, make_keys(), name="newer.rdenrol")
    preview = sync.preview_enrolment(admin_ctx, newer)
    assert preview.replaces == result.fingerprint
    again = sync.enrol(admin_ctx, newer, preview.fingerprint, reenrol=True)
    assert again.device_id == result.device_id  # the same PC keeps its device key
    assert audit_rows(admin_ctx, "sync_reenrol")


class _Plaintext(MemoryKeyring):
    pass


_Plaintext.__module__ = "keyrings.alt.file"


class _Slow(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        time.sleep(1.0)


@pytest.mark.parametrize(
    ("backend", "note"),
    [(fail.Keyring(), "keyring_none"), (_Plaintext(), "keyring_insecure")],
)
def test_without_a_secure_keyring_the_key_stays_in_the_database(
    admin_ctx: StationContext, tmp_path: Path, backend: object, note: str
) -> None:
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    result = sync.enrol(admin_ctx, path, Enrolment.open(path.read_bytes()).fingerprint)
    assert (result.key_location, result.keyring_note) == ("database", note)
    assert note in audit_rows(admin_ctx, "sync_enrol")[-1]["detail"]
    # and it still signs
    target = sync.write_registration_request(admin_ctx, tmp_path / "request.rdreq")
    assert RegistrationRequest.open(target.read_bytes()).device_id == result.device_id


def test_keyring_backends_refused_and_bounded() -> None:
    assert backend_refusal(MemoryKeyring()) is None
    assert backend_refusal(fail.Keyring()) == "keyring_none"
    assert backend_refusal(_Plaintext()) == "keyring_insecure"
    with pytest.raises(SyncRejected, match="keyring_insecure"):
        KeyringStore(_Plaintext())
    store = KeyringStore(_Slow(), timeout=0.2)
    started = time.monotonic()
    with pytest.raises(SyncRejected, match="keyring_timeout"):
        store.save("TS01/ABCD", make_keys().device)
    assert time.monotonic() - started < 0.9
    assert SERVICE_NAME


@pytest.mark.parametrize(
    ("station_type", "area"),
    [("城市 / 综合", "urban"), ("Rural / day care", "rural"), (" 农村日间照料", "rural"), ("综合", None), ("", None)],
)
def test_the_station_type_says_urban_or_rural(station_type: str, area: str | None) -> None:
    assert station_area(station_type) == area


def test_a_registration_request_carries_urban_or_rural_and_refuses_anything_else() -> None:
    device = SecretKey.generate()
    request = RegistrationRequest("ST0001", "测试站", "230102", "D00000A1", device.public, "2026-12-07", "rural")
    assert RegistrationRequest.open(request.seal(device)).area == "rural"
    assert RegistrationRequest.open(replace(request, area=None).seal(device)).area is None
    with pytest.raises(SyncRejected, match="registration_request_malformed"):
        RegistrationRequest.open(replace(request, area="=HYPERLINK(1)").seal(device))
    # A request written before the field existed still opens (no area: the county sets it).
    body = {
        "kind": "rehabdesk-registration-request", "format_version": 1, "station_code": "ST0001",
        "station_name": "测试站", "county_division": "230102", "device_id": "D00000A1",
        "device_public_key": device.public.base64, "fingerprint": request.fingerprint, "created_at": "2026-12-07",
    }  # fmt: skip
    assert RegistrationRequest.open(signed.seal(body, device, "old")).area is None


@pytest.fixture
def failing_commit() -> Iterator[None]:
    """The next commit fails as a full disk makes it fail: raised by the driver from inside Session.commit."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from rehabdesk.storage.engine import sqlcipher

    def refuse(session: Session) -> None:
        event.remove(Session, "before_commit", refuse)
        raise sqlcipher.OperationalError("database or disk is full")

    event.listen(Session, "before_commit", refuse)
    yield
    if event.contains(Session, "before_commit", refuse):
        event.remove(Session, "before_commit", refuse)


def test_a_failed_enrolment_commit_leaves_no_key_in_the_keyring_and_nothing_enrolled(
    admin_ctx: StationContext, tmp_path: Path, memory_keyring: MemoryKeyring, failing_commit: None
) -> None:
    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    fingerprint = Enrolment.open(path.read_bytes()).fingerprint
    audited = len(all_audit_rows(admin_ctx))
    with pytest.raises(DomainError, match="disk_full"):
        sync.enrol(admin_ctx, path, fingerprint)
    assert memory_keyring.secrets == {}
    status = sync.sync_status(admin_ctx)
    assert not status.enrolled and status.device_id is None
    assert len(all_audit_rows(admin_ctx)) == audited
    # Nothing half-done stands in the way: the next try enrols, and its key is the one in the keyring.
    result = sync.enrol(admin_ctx, path, fingerprint)
    assert [account for _, account in memory_keyring.secrets] == [f"TS01/{result.device_id}"]
    target = sync.write_registration_request(admin_ctx, tmp_path / "request.rdreq")
    assert RegistrationRequest.open(target.read_bytes()).device_id == result.device_id
