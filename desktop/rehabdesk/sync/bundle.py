"""The .rdsync container: a strict POSIX ustar archive of three members (docs/sync-bundle.md §2).

    payload.age            the age v1 file (encrypted to the county)
    manifest.json          the manifest (plaintext, no personal data)
    manifest.json.minisig  its minisign signature by the device key

followed by exactly two zero blocks and nothing else. A tar because the county's IT staff can open it with the
stock ``tar``, then check it with ``minisign -V`` and ``sha256sum`` and decrypt it with ``age -d``; ustar because it
is the simplest tar every tool reads. The payload comes first so it can be streamed straight into the target file:
its header is written as a placeholder and filled in once the size is known; the manifest, which holds the
payload's size and hash, follows. Readers find members by name and verify before they decrypt.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from rehabdesk.sync import age
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.manifest import Manifest
from rehabdesk.sync.minisign import PublicKey, SecretKey

BLOCK = 512
PAYLOAD = "payload.age"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
MEMBERS = (PAYLOAD, MANIFEST, SIGNATURE)
MAX_MANIFEST_SIZE = 64 * 1024
MAX_RECORD_LINE = 1024 * 1024
HEADER_RECORD = "bundle"
END_RECORD = "end"


def bundle_hash(manifest_bytes: bytes) -> str:
    """A bundle's hash in the chain: SHA-256 of its manifest.json bytes (which hold the payload's SHA-256)."""
    return hashlib.sha256(manifest_bytes).hexdigest()


def _tar_header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o644
    info.mtime = mtime
    info.type = tarfile.REGTYPE
    header = info.tobuf(format=tarfile.USTAR_FORMAT, encoding="ascii", errors="strict")
    assert len(header) == BLOCK
    return header


def _padding(size: int) -> bytes:
    return bytes(-size % BLOCK)


# One encoder for every record (json.dumps with options builds a new one each call).
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_line(record: dict[str, Any]) -> bytes:
    """One payload record: compact JSON with sorted keys, UTF-8, then a newline."""
    return (_ENCODER.encode(record) + "\n").encode("utf-8")


class _HashingWriter:
    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self._out.write(data)
        self.sha256.update(data)
        self.size += len(data)
        return len(data)


@dataclass(frozen=True)
class BundleStart:
    """What the payload repeats inside the encryption, known before the first record."""

    bundle_id: str
    station_code: str
    device_id: str
    sequence: int


class BundleWriter:
    """Streams records into a seekable, empty binary file as an .rdsync container.

    ``finish`` completes the manifest with the counts, the payload size and hash, signs it and returns it. Memory
    stays bounded by one age chunk.
    """

    def __init__(self, out: BinaryIO, start: BundleStart, recipient: age.Recipient, *, mtime: int = 0) -> None:
        if out.tell() != 0:
            raise ValueError("the bundle must start at the beginning of its file")
        self._out = out
        self._start = start
        self._mtime = mtime
        out.write(bytes(BLOCK))  # the payload's header, filled in by finish()
        self._payload = _HashingWriter(out)
        self._age = age.Encryptor(self._payload, recipient)  # type: ignore[arg-type]
        self.counts: dict[str, int] = {}
        self._age.write(
            record_line(
                {
                    "type": HEADER_RECORD,
                    "bundle_id": start.bundle_id,
                    "station_code": start.station_code,
                    "device_id": start.device_id,
                    "sequence": start.sequence,
                }
            )
        )

    def write(self, record: dict[str, Any]) -> None:
        kind = record.get("type")
        if not isinstance(kind, str) or kind in (HEADER_RECORD, END_RECORD):
            raise ValueError(f"record type {kind!r}")
        self._age.write(record_line(record))
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def finish(self, signing_key: SecretKey, make_manifest: Callable[[dict[str, int], int, str], Manifest]) -> Manifest:
        """``make_manifest(record_counts, payload_size, payload_sha256)`` builds the manifest to sign."""
        self._age.write(record_line({"type": END_RECORD, "record_counts": dict(sorted(self.counts.items()))}))
        self._age.close()
        size, digest = self._payload.size, self._payload.sha256.hexdigest()
        manifest = make_manifest(dict(sorted(self.counts.items())), size, digest)
        if (manifest.bundle_id, manifest.station_code, manifest.device_id, manifest.sequence) != (
            self._start.bundle_id,
            self._start.station_code,
            self._start.device_id,
            self._start.sequence,
        ):
            raise ValueError("the manifest does not describe the bundle that was written")
        manifest_bytes = manifest.to_json()
        signature = signing_key.sign(
            manifest_bytes,
            trusted_comment=f"rdsync v1 {manifest.file_name} {bundle_hash(manifest_bytes)}",
            untrusted_comment=f"rehabdesk device {manifest.device_id} key {signing_key.public.key_id_text}",
        ).encode("ascii")
        out = self._out
        out.write(_padding(size))
        for name, data in ((MANIFEST, manifest_bytes), (SIGNATURE, signature)):
            out.write(_tar_header(name, len(data), self._mtime))
            out.write(data)
            out.write(_padding(len(data)))
        out.write(bytes(2 * BLOCK))
        end = out.tell()
        out.seek(0)
        out.write(_tar_header(PAYLOAD, size, self._mtime))
        out.seek(end)
        return manifest


# ---------------------------------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Container:
    manifest_bytes: bytes
    signature_text: str
    payload_offset: int
    payload_size: int


def _parse_header(block: bytes) -> tuple[str, int]:
    if block[257:263] != b"ustar\x00" or block[263:265] != b"00":
        raise SyncRejected("bundle_malformed", reason="not_ustar")
    try:
        checksum = int(block[148:156].rstrip(b"\x00 ").strip() or b"x", 8)
        size = int(block[124:136].rstrip(b"\x00 ").strip() or b"x", 8)
    except ValueError:
        raise SyncRejected("bundle_malformed", reason="header_number") from None
    if checksum != sum(block[:148]) + 8 * 0x20 + sum(block[156:]):
        raise SyncRejected("bundle_malformed", reason="header_checksum")
    if block[156:157] not in (b"0", b"\x00") or block[345:500].strip(b"\x00"):
        raise SyncRejected("bundle_malformed", reason="member_type")
    name = block[:100].rstrip(b"\x00").decode("ascii", "replace")
    return name, size


def read_container(handle: BinaryIO) -> Container:
    """The container's parts, checked for shape only (nothing is trusted yet)."""
    total = handle.seek(0, io.SEEK_END)
    handle.seek(0)
    position = 0
    found: dict[str, tuple[int, int]] = {}
    for expected in MEMBERS:
        block = handle.read(BLOCK)
        if len(block) != BLOCK:
            raise SyncRejected("bundle_truncated")
        name, size = _parse_header(block)
        if name != expected:
            raise SyncRejected("bundle_malformed", reason="member_order")
        position += BLOCK
        if position + size > total:
            raise SyncRejected("bundle_truncated")
        found[name] = (position, size)
        position += size + (-size % BLOCK)
        handle.seek(position)
    if handle.read(2 * BLOCK) != bytes(2 * BLOCK):
        raise SyncRejected("bundle_truncated")
    if total != position + 2 * BLOCK:
        raise SyncRejected("bundle_trailing_data")
    manifest_at, manifest_size = found[MANIFEST]
    signature_at, signature_size = found[SIGNATURE]
    if manifest_size > MAX_MANIFEST_SIZE or signature_size > 4096:
        raise SyncRejected("bundle_malformed", reason="member_size")
    handle.seek(manifest_at)
    manifest_bytes = handle.read(manifest_size)
    handle.seek(signature_at)
    try:
        signature_text = handle.read(signature_size).decode("utf-8")
    except UnicodeDecodeError:
        raise SyncRejected("bundle_signature_invalid") from None
    return Container(manifest_bytes, signature_text, *found[PAYLOAD])


class _Window(io.RawIOBase):
    """A read-only view of ``size`` bytes of ``handle`` from ``offset``."""

    def __init__(self, handle: BinaryIO, offset: int, size: int) -> None:
        self._handle = handle
        self._offset = offset
        self._size = size
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        wanted = min(len(buffer), self._size - self._position)
        if wanted <= 0:
            return 0
        self._handle.seek(self._offset + self._position)
        count = self._handle.readinto(memoryview(buffer)[:wanted])  # type: ignore[attr-defined]
        self._position += count
        return count


def payload_reader(handle: BinaryIO, container: Container) -> BinaryIO:
    return io.BufferedReader(_Window(handle, container.payload_offset, container.payload_size), 128 * 1024)  # type: ignore[return-value]


@dataclass(frozen=True)
class VerifiedBundle:
    manifest: Manifest
    manifest_bytes: bytes
    container: Container

    @property
    def hash(self) -> str:
        return bundle_hash(self.manifest_bytes)


def verify_signature(handle: BinaryIO, device_key: Callable[[str], PublicKey | None]) -> tuple[Container, Manifest]:
    """The container's shape, the device (``device_key(device id)``; None for an unknown device, SyncRejected for a
    revoked one) and its signature of the manifest, then the manifest's fields: who sent the bundle, established
    without reading the payload (the county's HTTPS endpoint authenticates a request with it)."""
    container = read_container(handle)
    try:
        claimed = json.loads(container.manifest_bytes.decode("utf-8")).get("device_id")
    except (UnicodeDecodeError, ValueError, AttributeError):
        raise SyncRejected("manifest_invalid", field="json") from None
    key = device_key(claimed) if isinstance(claimed, str) else None
    if key is None:
        raise SyncRejected("bundle_unknown_device")
    try:
        key.verify(container.manifest_bytes, container.signature_text)
    except SyncRejected as refusal:
        raise SyncRejected("bundle_signature_invalid", detail=refusal.code) from None
    manifest = Manifest.from_json(container.manifest_bytes)
    if manifest.device_key_id != key.key_id_text:
        raise SyncRejected("bundle_signature_invalid", detail="key_id")
    return container, manifest


def _payload_sha256(handle: BinaryIO, container: Container) -> str:
    """SHA-256 of the payload member, read straight from the file into one reused buffer."""
    digest = hashlib.sha256()
    view = memoryview(bytearray(1024 * 1024))
    handle.seek(container.payload_offset)
    remaining = container.payload_size
    while remaining:
        count = handle.readinto(view[: min(remaining, len(view))])  # type: ignore[attr-defined]
        if not count:
            raise SyncRejected("bundle_truncated")
        digest.update(view[:count])
        remaining -= count
    return digest.hexdigest()


def verify_bundle(handle: BinaryIO, device_key: Callable[[str], PublicKey | None]) -> VerifiedBundle:
    """Check everything that can be checked without the county's private key, in this order: the container's shape,
    the signature by the device's key (``device_key(device id)``; None for an unknown device), the manifest's
    fields, the payload's size and SHA-256, the age header's shape. Raises SyncRejected with the reason."""
    container, manifest = verify_signature(handle, device_key)
    if manifest.payload_size != container.payload_size:
        raise SyncRejected("payload_size_mismatch")
    if _payload_sha256(handle, container) != manifest.payload_sha256:
        raise SyncRejected("payload_hash_mismatch")
    age.check_header(payload_reader(handle, container))
    return VerifiedBundle(manifest, container.manifest_bytes, container)


# One decoder for every record. raw_decode takes a record where it starts in the decoded text of many lines and
# skips json.loads' whitespace handling: a record must begin at its line's start and end at its newline.
_decode_json = json.JSONDecoder().raw_decode


def payload_chunks(handle: BinaryIO, verified: VerifiedBundle, identity: age.Identity) -> Iterator[bytes]:
    """The payload's plaintext of a bundle ``verify_bundle`` passed, decrypted streaming: each chunk is
    authenticated before it is yielded, so a consumer holds one chunk at a time (read_records parses them)."""
    return age.decrypt_chunks(payload_reader(handle, verified.container), identity)


def read_records(handle: BinaryIO, verified: VerifiedBundle, identity: age.Identity) -> Iterator[dict[str, Any]]:
    """Decrypt streaming and yield each record (a JSON object with a string ``type``). The header record must
    repeat the manifest's bundle, station, device and sequence; the end record's counts must match the manifest's.
    Neither is yielded. A consumer must treat the records as provisional until the iterator is exhausted.

    The complete lines of each decrypted chunk are decoded from UTF-8 at once and parsed in place, record after
    record, without a bytes or str object per line."""
    manifest = verified.manifest
    header = {
        "type": HEADER_RECORD,
        "bundle_id": manifest.bundle_id,
        "station_code": manifest.station_code,
        "device_id": manifest.device_id,
        "sequence": manifest.sequence,
    }
    pending = b""
    seen_header = False
    ended = False
    counts: dict[str, int] = {}
    for chunk in payload_chunks(handle, verified, identity):
        cut = chunk.rfind(b"\n") + 1
        if not cut:
            pending += chunk
            if len(pending) > MAX_RECORD_LINE:
                raise SyncRejected("payload_record_invalid", reason="too_long")
            continue
        try:
            text = (pending + chunk[:cut] if pending else chunk[:cut]).decode("utf-8")
        except UnicodeDecodeError:
            raise SyncRejected("payload_record_invalid", reason="json") from None
        pending = chunk[cut:]
        if len(pending) > MAX_RECORD_LINE:
            raise SyncRejected("payload_record_invalid", reason="too_long")
        position, size = 0, len(text)
        while position < size:
            if ended:
                raise SyncRejected("payload_record_invalid", reason="after_end")
            line_end = text.index("\n", position)
            try:
                record, end = _decode_json(text, position)
            except ValueError:
                raise SyncRejected("payload_record_invalid", reason="json") from None
            if end != line_end:  # more on the line after the record, or a record running on to the next line
                raise SyncRejected("payload_record_invalid", reason="json")
            position = end + 1
            if type(record) is not dict or type(kind := record.get("type")) is not str:
                raise SyncRejected("payload_record_invalid", reason="type")
            if not seen_header:
                if record != header:
                    raise SyncRejected("payload_header_mismatch")
                seen_header = True
            elif kind == END_RECORD:
                if record != {"type": END_RECORD, "record_counts": manifest.record_counts} or counts != dict(
                    manifest.record_counts
                ):
                    raise SyncRejected("payload_counts_mismatch")
                ended = True
            elif kind == HEADER_RECORD:
                raise SyncRejected("payload_record_invalid", reason="second_header")
            else:
                counts[kind] = counts.get(kind, 0) + 1
                yield record
    if pending or not ended:
        raise SyncRejected("payload_record_invalid", reason="no_end")
