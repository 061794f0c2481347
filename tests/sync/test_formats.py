"""Bech32, age v1 and minisign as their specifications define them, proven against the stock tools."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from rehabdesk.sync import age, bech32
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.minisign import PublicKey, SecretKey, Signature


def tool(name: str) -> str:
    """The stock tool (Debian packages `age` and `minisign`, in the README's test list); skips when absent."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package in the README's test list)")
    return path


# --------------------------------------------------------------------------------------------------------- Bech32

BIP173_VALID = [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "11" + "q" * 82 + "c8247j",  # 90 characters, the longest BIP-173 allows
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    "?1ezyfcl",
]
BIP173_INVALID = [
    "\x201nwldj5",
    "\x7f1axkwrx",
    "pzry9x0s0muk",
    "1pzry9x0s0muk",
    "x1b4n0q5v",
    "li1dgmt3",
    "de1lg7wt\xff",
    "A1G7SGD8",
    "10a06t8",
    "1qzzfhee",
]


@pytest.mark.parametrize("text", BIP173_VALID)
def test_bech32_accepts_the_bip173_valid_strings(text: str) -> None:
    hrp, words = bech32.decode_words(text)
    assert bech32.encode_words(hrp, words) == text.lower()


@pytest.mark.parametrize("text", BIP173_INVALID)
def test_bech32_refuses_the_bip173_invalid_strings(text: str) -> None:
    with pytest.raises(bech32.Bech32Error):
        bech32.decode_words(text)


def test_age_keys_read_what_age_keygen_writes() -> None:
    output = subprocess.run([tool("age-keygen")], capture_output=True, text=True, check=True).stdout
    identity = age.Identity.parse(output)
    assert str(identity) in output
    assert f"# public key: {identity.recipient}" in output
    assert age.Recipient.parse(str(identity.recipient)) == identity.recipient
    with pytest.raises(SyncRejected, match="age_recipient_invalid"):
        age.Recipient.parse(str(identity.recipient)[:-1] + ("q" if str(identity.recipient)[-1] != "q" else "p"))
    with pytest.raises(SyncRejected, match="age_identity_invalid"):
        age.Identity.parse(str(identity.recipient))


# ------------------------------------------------------------------------------------------------------------ age

SIZES = [0, 1, age.CHUNK_SIZE - 1, age.CHUNK_SIZE, age.CHUNK_SIZE + 1, 2 * age.CHUNK_SIZE, 3 * age.CHUNK_SIZE + 17]


@pytest.fixture(params=[1, 2, age.READ_CHUNKS])
def read_chunks(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """The reader takes READ_CHUNKS sealed chunks per read: with one or two, the sizes and cuts below also fall on
    the boundaries between reads (a bundle's payload spans many)."""
    monkeypatch.setattr(age, "READ_CHUNKS", request.param)
    return request.param


@pytest.mark.parametrize("size", SIZES)
def test_age_round_trip_and_interop_with_the_stock_age(size: int, tmp_path: Path, read_chunks: int) -> None:
    identity = age.Identity.generate()
    key_file = tmp_path / "county.key"
    key_file.write_text(identity.keygen_file("2026-12-07T00:00:00Z"))
    data = os.urandom(size)
    ours = age.encrypt_bytes(data, identity.recipient)
    assert age.decrypt_bytes(ours, identity) == data
    (tmp_path / "ours.age").write_bytes(ours)
    stock = subprocess.run([tool("age"), "-d", "-i", str(key_file), str(tmp_path / "ours.age")], capture_output=True)
    assert stock.returncode == 0, stock.stderr
    assert stock.stdout == data
    (tmp_path / "plain").write_bytes(data)
    subprocess.run(
        [tool("age"), "-e", "-r", str(identity.recipient), "-o", str(tmp_path / "theirs.age"), str(tmp_path / "plain")],
        check=True,
    )
    assert age.decrypt_bytes((tmp_path / "theirs.age").read_bytes(), identity) == data


def test_age_chunks_are_64_kib_and_the_encryptor_holds_one_chunk() -> None:
    identity = age.Identity.generate()
    out = io.BytesIO()
    encryptor = age.Encryptor(out, identity.recipient)
    header_size = out.tell()
    for _ in range(40):
        encryptor.write(bytes(10_000))
        assert len(encryptor._buffer) <= age.CHUNK_SIZE + 10_000
    encryptor.close()
    chunks = -(-400_000 // age.CHUNK_SIZE)
    assert out.tell() == header_size + 400_000 + chunks * age.TAG_SIZE


def _payload_start(data: bytes) -> int:
    return data.index(b"\n", data.index(b"\n--- ") + 1) + 1 + age.NONCE_SIZE


@pytest.fixture
def sealed() -> tuple[age.Identity, bytes, bytes]:
    identity = age.Identity.generate()
    data = os.urandom(3 * age.CHUNK_SIZE + 100)
    return identity, data, age.encrypt_bytes(data, identity.recipient)


def _refused(code: str, data: bytes, identity: age.Identity) -> None:
    with pytest.raises(SyncRejected) as refusal:
        age.decrypt_bytes(data, identity)
    assert refusal.value.code == code


def test_age_tampering_is_refused_with_a_named_reason(
    sealed: tuple[age.Identity, bytes, bytes], read_chunks: int
) -> None:
    identity, _, data = sealed
    start = _payload_start(data)
    step = age.ENCRYPTED_CHUNK_SIZE
    _refused("age_payload_truncated", data[: start + 2 * step], identity)  # cut at a chunk boundary
    _refused("age_payload_invalid", data[:-1], identity)  # cut inside the last chunk
    _refused("age_payload_invalid", data + b"\x00", identity)  # appended to the short last chunk
    full = age.encrypt_bytes(bytes(age.CHUNK_SIZE), identity.recipient)  # a full-size last chunk
    _refused("age_trailing_data", full + b"\x00", identity)
    _refused("age_trailing_data", full + bytes(age.ENCRYPTED_CHUNK_SIZE), identity)  # a whole chunk more
    flipped = bytearray(data)
    flipped[start + step + 5] ^= 0x01
    _refused("age_payload_invalid", bytes(flipped), identity)
    first, second = data[start : start + step], data[start + step : start + 2 * step]
    swapped = data[:start] + second + first + data[start + 2 * step :]
    _refused("age_payload_invalid", swapped, identity)
    mac_at = data.index(b"\n--- ") + 5
    mac = bytearray(data)
    mac[mac_at] = ord("A") if mac[mac_at] != ord("A") else ord("B")
    _refused("age_header_mac_invalid", bytes(mac), identity)
    stanza = bytearray(data)
    share_at = data.index(b"-> X25519 ") + 12  # another base64 letter: a flipped bit could leave the alphabet
    stanza[share_at] = ord("A") if stanza[share_at] != ord("A") else ord("B")
    _refused("age_wrong_key", bytes(stanza), identity)
    _refused("age_wrong_key", data, age.Identity.generate())
    _refused("age_header_invalid", b"age-encryption.org/v2\n" + data[22:], identity)


# ------------------------------------------------------------------------------------------------------- minisign


def test_our_minisign_signature_passes_minisign_v(tmp_path: Path) -> None:
    key = SecretKey.generate()
    message = tmp_path / "manifest.json"
    message.write_bytes(b'{"format":"rehabdesk-sync-bundle"}\n')
    (tmp_path / "manifest.json.minisig").write_text(key.sign(message.read_bytes(), "rdsync v1 test"))
    (tmp_path / "device.pub").write_text(key.public.file_text())
    result = subprocess.run(
        [tool("minisign"), "-V", "-p", str(tmp_path / "device.pub"), "-m", str(message)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "Trusted comment: rdsync v1 test" in result.stdout
    assert PublicKey.parse(key.public.file_text()) == key.public
    result = subprocess.run([tool("minisign"), "-V", "-P", key.public.base64, "-m", str(message), "-H"], check=False)
    assert result.returncode == 0  # -H: prehashed only


@pytest.mark.parametrize("legacy", [False, True])
def test_minisign_s_signatures_pass_our_verifier(tmp_path: Path, legacy: bool) -> None:
    minisign = tool("minisign")
    subprocess.run(
        [minisign, "-G", "-W", "-p", str(tmp_path / "k.pub"), "-s", str(tmp_path / "k.key")],
        check=True,
        capture_output=True,
    )
    message = tmp_path / "file"
    message.write_bytes(os.urandom(5000))
    command = [minisign, "-S", "-s", str(tmp_path / "k.key"), "-m", str(message), "-t", "county ack"]
    if legacy:
        command.append("-l")
    if subprocess.run(command, capture_output=True).returncode != 0:
        pytest.skip("this minisign cannot write legacy signatures")
    signature = (tmp_path / "file.minisig").read_text()
    assert Signature.parse(signature).algorithm == (b"Ed" if legacy else b"ED")
    public = PublicKey.parse((tmp_path / "k.pub").read_text())
    assert public.verify(message.read_bytes(), signature) == "county ack"
    with pytest.raises(SyncRejected, match="minisign_signature_invalid"):
        public.verify(message.read_bytes() + b"x", signature)


def test_minisign_tampering_is_refused() -> None:
    key = SecretKey.generate()
    data = b"manifest"
    signature = key.sign(data, "trusted")
    lines = signature.split("\n")
    with pytest.raises(SyncRejected, match="minisign_signature_invalid"):
        key.public.verify(data, "\n".join([lines[0], lines[1], "trusted comment: changed", lines[3], ""]))
    with pytest.raises(SyncRejected, match="minisign_wrong_key"):
        SecretKey.generate().public.verify(data, signature)
    with pytest.raises(SyncRejected, match="minisign_signature_malformed"):
        key.public.verify(data, "\n".join(lines[:2]))
    other = SecretKey(key.key_id, SecretKey.generate().seed)  # same key id, other key
    with pytest.raises(SyncRejected, match="minisign_signature_invalid"):
        other.public.verify(data, signature)
    assert len(key.public.fingerprint_digits().split()) == 8


def test_an_acknowledgement_of_a_large_bundle_opens_where_other_signed_documents_stop() -> None:
    """A county lists every record of a bundle: the first bundle of a large station is acknowledged in far more
    than the 16 MiB an enrolment file or a registration request may take (a million services, about 100 MB)."""
    from rehabdesk.sync import signed
    from rehabdesk.sync.ack import MAX_ACK_SIZE, Acknowledgement, RecordState

    county = SecretKey.generate()
    record = RecordState("service", "0" * 36, "committed", 1)
    count = signed.MAX_SIZE // len(json.dumps(record.body(), separators=(",", ":"))) + 1000
    ack = Acknowledgement("1" * 36, "ST0001", "D00000A1", 1, "a" * 64, "2026-12-07T18:00:00Z", (record,) * count)
    data = ack.seal(county)
    assert signed.MAX_SIZE < len(data) < MAX_ACK_SIZE
    assert len(Acknowledgement.open(data, county.public).records) == count
    with pytest.raises(SyncRejected, match="county_ack_malformed"):
        signed.verify(data, "county_ack", county.public)  # the limit of the other documents
    with pytest.raises(SyncRejected, match="county_ack_malformed"):
        signed.verify(data, "county_ack", county.public, max_size=len(data) - 1)
