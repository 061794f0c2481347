"""The .rdsync container: round trip, what the stock tar/minisign/age make of it, and every kind of tampering
refused with its named reason, before decryption wherever the manifest can tell."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from rehabdesk.sync import age
from rehabdesk.sync.bundle import BLOCK, read_records, verify_bundle
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.manifest import Manifest
from tests.sync.support import Keys, make_keys, write_bundle
from tests.sync.test_formats import tool

RECORDS = [
    *({"type": "service", "id": f"s{index}", "minutes": index % 90, "form": "个体" * 20} for index in range(3000)),
    {"type": "staff", "pseudonym": "ab" * 32},
]


@pytest.fixture
def keys() -> Keys:
    return make_keys()


@pytest.fixture
def bundle(tmp_path: Path, keys: Keys) -> tuple[Path, Manifest]:
    return write_bundle(tmp_path, keys, RECORDS)


def open_bundle(path: Path, keys: Keys, identity: age.Identity | None = None) -> list[dict]:
    with open(path, "rb") as handle:
        verified = verify_bundle(handle, lambda device: keys.device.public if device == "D00000A1" else None)
        return list(read_records(handle, verified, identity or keys.county))


def test_round_trip(bundle: tuple[Path, Manifest], keys: Keys) -> None:
    path, manifest = bundle
    assert path.name == "ST0001-D00000A1-000001.rdsync" == manifest.file_name
    assert open_bundle(path, keys) == RECORDS
    assert manifest.record_counts == {"service": 3000, "staff": 1}
    assert manifest.payload_size > 3 * age.CHUNK_SIZE  # several chunks
    assert Manifest.from_json(manifest.to_json()) == manifest


def test_empty_bundle_round_trips(tmp_path: Path, keys: Keys) -> None:
    path, manifest = write_bundle(tmp_path, keys, [])
    assert open_bundle(path, keys) == []
    assert manifest.record_counts == {}


def test_the_stock_tools_open_a_bundle(bundle: tuple[Path, Manifest], keys: Keys, tmp_path: Path) -> None:
    """What a county's IT staff would do by hand: tar x, minisign -V, sha256sum, age -d."""
    path, manifest = bundle
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(["tar", "-xf", str(path), "-C", str(out)], check=True)
    assert sorted(item.name for item in out.iterdir()) == ["manifest.json", "manifest.json.minisig", "payload.age"]
    (tmp_path / "device.pub").write_text(keys.device.public.file_text())
    verified = subprocess.run(
        [tool("minisign"), "-V", "-p", str(tmp_path / "device.pub"), "-m", str(out / "manifest.json")],
        capture_output=True,
        text=True,
    )
    assert verified.returncode == 0, verified.stderr
    payload = (out / "payload.age").read_bytes()
    assert len(payload) == manifest.payload_size
    assert hashlib.sha256(payload).hexdigest() == manifest.payload_sha256
    (tmp_path / "county.key").write_text(keys.county.keygen_file("2026-12-07T00:00:00Z"))
    plain = subprocess.run(
        [tool("age"), "-d", "-i", str(tmp_path / "county.key"), str(out / "payload.age")], capture_output=True
    )
    assert plain.returncode == 0, plain.stderr
    lines = [json.loads(line) for line in plain.stdout.decode("utf-8").splitlines()]
    assert lines[0] == {
        "type": "bundle",
        "bundle_id": manifest.bundle_id,
        "station_code": "ST0001",
        "device_id": "D00000A1",
        "sequence": 1,
    }
    assert lines[1:-1] == RECORDS
    assert lines[-1] == {"type": "end", "record_counts": {"service": 3000, "staff": 1}}


def _members(data: bytes) -> dict[str, tuple[int, int]]:
    """name → (offset of the data, size) for the three members."""
    found, position = {}, 0
    for _ in range(3):
        header = data[position : position + BLOCK]
        name = header[:100].rstrip(b"\0").decode()
        size = int(header[124:136].rstrip(b"\0 "), 8)
        found[name] = (position + BLOCK, size)
        position += BLOCK + size + (-size % BLOCK)
    return found


def _refused(path: Path, keys: Keys, code: str, data: bytes, identity: age.Identity | None = None) -> SyncRejected:
    path.write_bytes(data)
    with pytest.raises(SyncRejected) as refusal:
        open_bundle(path, keys, identity)
    assert refusal.value.code == code, refusal.value
    return refusal.value


def test_tampering_is_refused_before_decryption(bundle: tuple[Path, Manifest], keys: Keys, tmp_path: Path) -> None:
    path, _ = bundle
    data = path.read_bytes()
    members = _members(data)
    payload_at, payload_size = members["payload.age"]
    manifest_at, _ = members["manifest.json"]
    signature_at, signature_size = members["manifest.json.minisig"]
    target = tmp_path / "tampered.rdsync"

    def flipped(offset: int, bit: int = 0x01) -> bytes:
        changed = bytearray(data)
        changed[offset] ^= bit
        return bytes(changed)

    _refused(target, keys, "bundle_truncated", data[: payload_at + payload_size // 2])
    _refused(target, keys, "bundle_truncated", data[:-BLOCK])
    _refused(target, keys, "bundle_trailing_data", data + b"\0" * BLOCK)
    _refused(target, keys, "bundle_trailing_data", data + b"x")
    assert _refused(target, keys, "bundle_signature_invalid", flipped(manifest_at + 30, 0x02)).params
    # a letter of the signature's base64 lines, swapped for another base64 letter (a flipped bit could leave the
    # alphabet: the bytes there are random)
    for at in (data.index(b"\n", signature_at) + 20, signature_at + signature_size - 10):
        changed = bytearray(data)
        changed[at] = ord("A") if changed[at] != ord("A") else ord("B")
        _refused(target, keys, "bundle_signature_invalid", bytes(changed))
    _refused(target, keys, "payload_hash_mismatch", flipped(payload_at + payload_size - 40))  # in a chunk
    _refused(target, keys, "payload_hash_mismatch", flipped(payload_at + 40, 0x20))  # in the age header
    start = data.index(b"\n", data.index(b"\n--- ", payload_at) + 1) + 1 + age.NONCE_SIZE
    step = age.ENCRYPTED_CHUNK_SIZE
    first, second = data[start : start + step], data[start + step : start + 2 * step]
    swapped = data[:start] + second + first + data[start + 2 * step :]
    _refused(target, keys, "payload_hash_mismatch", swapped)
    _refused(target, keys, "bundle_malformed", flipped(0))  # the header checksum
    _refused(target, keys, "age_wrong_key", data, age.Identity.generate())


def test_an_unknown_or_other_device_is_refused(bundle: tuple[Path, Manifest], keys: Keys, tmp_path: Path) -> None:
    path, _ = bundle
    with open(path, "rb") as handle, pytest.raises(SyncRejected, match="bundle_unknown_device"):
        verify_bundle(handle, lambda device: None)
    with open(path, "rb") as handle, pytest.raises(SyncRejected, match="bundle_signature_invalid"):
        verify_bundle(handle, lambda device: make_keys().device.public)


def test_a_consistently_forged_payload_fails_inside_the_encryption(keys: Keys, tmp_path: Path) -> None:
    """A signed manifest whose payload repeats another bundle's identity (replayed inner payload) is refused."""
    first, _ = write_bundle(tmp_path, keys, RECORDS[:10], sequence=1)
    second, _ = write_bundle(tmp_path, keys, RECORDS[:10], sequence=2, previous="0" * 64)
    one, two = first.read_bytes(), second.read_bytes()
    payload_one = one[BLOCK : BLOCK + _members(one)["payload.age"][1]]
    # sign a manifest for bundle 2 that carries bundle 1's payload
    manifest_two = Manifest.from_json(two[_members(two)["manifest.json"][0] :][: _members(two)["manifest.json"][1]])
    forged = Manifest(
        **{
            **manifest_two.__dict__,
            "payload_size": len(payload_one),
            "payload_sha256": hashlib.sha256(payload_one).hexdigest(),
        }
    )
    from rehabdesk.sync.bundle import MANIFEST, PAYLOAD, SIGNATURE, _padding, _tar_header

    manifest_bytes = forged.to_json()
    signature = keys.device.sign(manifest_bytes, "forged").encode()
    parts = [_tar_header(PAYLOAD, len(payload_one), 0), payload_one, _padding(len(payload_one))]
    for name, body in ((MANIFEST, manifest_bytes), (SIGNATURE, signature)):
        parts += [_tar_header(name, len(body), 0), body, _padding(len(body))]
    _refused(tmp_path / "forged.rdsync", keys, "payload_header_mismatch", b"".join([*parts, bytes(2 * BLOCK)]))


class _RawLine(dict):
    """A record the writer is made to write as these bytes: what a broken (but signed) station could send."""

    def __init__(self, raw: bytes) -> None:
        super().__init__(type="staff")
        self.raw = raw


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"type":"staff"} x', "json"),  # something after the record
        (b' {"type":"staff"}', "json"),  # something before it
        (b'{"type":"staff"}{"type":"drill"}', "json"),  # two records on one line
        (b'{"type":"staff",\n"id":"x"}', "json"),  # one record over two lines
        (b'{"type":"staff"}\n\n{"type":"staff"}', "json"),  # an empty line
        (b'{"type":"st\xffaff"}', "json"),  # not UTF-8
        (b'{"type":"staff"', "json"),  # cut short
        (b'["staff"]', "type"),  # not an object
    ],
)
def test_a_malformed_record_line_is_refused(tmp_path: Path, keys: Keys, raw: bytes, reason: str, monkeypatch) -> None:
    from rehabdesk.sync import bundle as bundle_module

    plain = bundle_module.record_line

    def line(record: dict) -> bytes:
        return record.raw + b"\n" if isinstance(record, _RawLine) else plain(record)

    monkeypatch.setattr(bundle_module, "record_line", line)
    path, _ = write_bundle(tmp_path, keys, [_RawLine(raw)])
    with open(path, "rb") as handle, pytest.raises(SyncRejected) as refusal:
        verified = verify_bundle(handle, lambda device_id: keys.device.public)
        list(read_records(handle, verified, keys.county))
    assert refusal.value.code == "payload_record_invalid" and refusal.value.params["reason"] == reason
