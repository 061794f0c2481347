"""The county's checks on the chain of a device's bundles, before anything is decrypted."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehabdesk.sync.bundle import bundle_hash, read_container
from rehabdesk.sync.county import CountyKeys, ScratchCounty
from rehabdesk.sync.enrolment import RegistrationRequest
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.minisign import SecretKey
from tests.sync.support import Keys, make_keys, write_bundle

RECORD = {"type": "drill", "op": "upsert", "id": "01a24e28-c66d-74c6-b87d-3228773eb26e", "version": 1}


def _county(tmp_path: Path, keys: Keys, *, register: bool = True) -> ScratchCounty:
    county = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "county.db")
    if register:
        request = RegistrationRequest("ST0001", "测试站", "230102", "D00000A1", keys.device.public, "2026-12-07")
        county.register(request.seal(keys.device))
    return county


def _refused(county: ScratchCounty, path: Path, code: str) -> None:
    before = county.records()
    with pytest.raises(SyncRejected) as refusal:
        county.receive(path)
    assert refusal.value.code == code
    assert county.records() == before  # nothing imported


def test_chain_and_sequence(tmp_path: Path) -> None:
    keys = make_keys()
    county = _county(tmp_path, keys)
    for name in ("1", "2", "3", "4", "5"):
        (tmp_path / name).mkdir()
    first, _ = write_bundle(tmp_path / "1", keys, [RECORD], sequence=1)
    other_first, _ = write_bundle(tmp_path / "2", keys, [{**RECORD, "version": 2}], sequence=1)
    gap, _ = write_bundle(tmp_path / "3", keys, [RECORD], sequence=3, previous="0" * 64)
    _refused(county, gap, "bundle_sequence_gap")
    county.receive(first)
    assert len(county.records("drill")) == 1
    _refused(county, first, "bundle_replayed")
    _refused(county, other_first, "bundle_sequence_conflict")
    broken, _ = write_bundle(tmp_path / "4", keys, [RECORD], sequence=2, previous="0" * 64)
    _refused(county, broken, "bundle_chain_broken")
    county.revoke("D00000A1")
    second, _ = write_bundle(tmp_path / "5", keys, [RECORD], sequence=2, previous=_hash_of(first))
    _refused(county, second, "bundle_device_revoked")


def _hash_of(bundle: Path) -> str:
    with open(bundle, "rb") as handle:
        return bundle_hash(read_container(handle).manifest_bytes)


def test_unknown_device_wrong_county_and_invalid_records(tmp_path: Path) -> None:
    keys = make_keys()
    path, _ = write_bundle(tmp_path, keys, [RECORD])
    _refused(_county(tmp_path, keys, register=False), path, "bundle_unknown_device")
    stranger = Keys(make_keys().county, SecretKey.generate(), keys.device)
    other = ScratchCounty(CountyKeys(stranger.county, stranger.county_signing), tmp_path / "other.db")
    request = RegistrationRequest("ST0001", "测试站", "230102", "D00000A1", keys.device.public, "2026-12-07")
    other.register(request.seal(keys.device))
    _refused(other, path, "bundle_wrong_county")
    (tmp_path / "bad").mkdir()
    bad, _ = write_bundle(tmp_path / "bad", keys, [RECORD, {**RECORD, "name": "张三"}])
    fresh = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "fresh.db")
    fresh.register(request.seal(keys.device))
    _refused(fresh, bad, "payload_record_invalid")  # and the valid record before it was not kept either
