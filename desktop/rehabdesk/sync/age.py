"""age v1 (https://c2sp.org/age) with one X25519 recipient, streaming, from `cryptography`'s primitives.

Exactly the constructions the specification defines, nothing of our own:
- file key: 16 random bytes;
- X25519 stanza ``-> X25519 <ephemeral share>``: wrap key = HKDF-SHA256(ikm = shared secret, salt = ephemeral share
  ‖ recipient, info = "age-encryption.org/v1/X25519"), body = ChaCha20-Poly1305(wrap key, nonce 0, file key);
- header MAC: HMAC-SHA256(HKDF-SHA256(ikm = file key, salt = "", info = "header"), header up to "---");
- payload: 16-byte nonce, payload key = HKDF-SHA256(ikm = file key, salt = nonce, info = "payload"), then STREAM:
  64 KiB plaintext chunks sealed with ChaCha20-Poly1305 under the nonce 11-byte big-endian counter ‖ last flag.

Memory stays bounded by one chunk whatever the payload size. Identities and recipients use age's Bech32 forms.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from rehabdesk.sync import bech32
from rehabdesk.sync.errors import SyncRejected

INTRO = b"age-encryption.org/v1\n"
X25519_LABEL = b"age-encryption.org/v1/X25519"
FILE_KEY_SIZE = 16
CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
COLUMNS = 64
MAX_HEADER_SIZE = 64 * 1024
_LAST = 1
_COUNTER_LIMIT = 1 << 88

RECIPIENT_HRP = "age"
IDENTITY_HRP = "AGE-SECRET-KEY-"


def b64encode(data: bytes) -> str:
    """Standard alphabet, no padding (age's encoding)."""
    return base64.b64encode(data).decode("ascii").rstrip("=")


def b64decode(text: str, *, code: str = "age_header_invalid") -> bytes:
    """Strict: no padding, no whitespace, canonical (trailing bits zero)."""
    if "=" in text or "\r" in text or "\n" in text or len(text) % 4 == 1:
        raise SyncRejected(code)
    try:
        data = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except ValueError:
        raise SyncRejected(code) from None
    if b64encode(data) != text:
        raise SyncRejected(code)
    return data


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


@dataclass(frozen=True)
class Recipient:
    """An X25519 public key, written ``age1…``."""

    public_key: bytes

    @classmethod
    def parse(cls, text: str) -> Recipient:
        try:
            data = bech32.decode(text.strip(), RECIPIENT_HRP)
        except bech32.Bech32Error:
            raise SyncRejected("age_recipient_invalid") from None
        if len(data) != 32 or text.strip() != text.strip().lower():
            raise SyncRejected("age_recipient_invalid")
        return cls(data)

    def __str__(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self.public_key)

    @property
    def key_id(self) -> str:
        """A short stable name for this key in manifests: hex of the first 8 bytes of SHA-256 of the public key."""
        return hashlib.sha256(self.public_key).hexdigest()[:16]


@dataclass(frozen=True)
class Identity:
    """An X25519 private key, written ``AGE-SECRET-KEY-1…`` (the form ``age-keygen`` writes and ``age -i`` reads)."""

    secret: bytes

    @classmethod
    def generate(cls) -> Identity:
        return cls(X25519PrivateKey.generate().private_bytes_raw())

    @classmethod
    def parse(cls, text: str) -> Identity:
        """One identity, or the first ``AGE-SECRET-KEY-`` line of an age-keygen file (comments skipped)."""
        lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
        if not lines:
            raise SyncRejected("age_identity_invalid")
        candidate = lines[0]
        try:
            data = bech32.decode(candidate, IDENTITY_HRP)
        except bech32.Bech32Error:
            raise SyncRejected("age_identity_invalid") from None
        if len(data) != 32 or candidate != candidate.upper():
            raise SyncRejected("age_identity_invalid")
        return cls(data)

    def __str__(self) -> str:
        return bech32.encode(IDENTITY_HRP, self.secret).upper()

    def __repr__(self) -> str:
        return f"Identity({self.recipient})"

    @property
    def recipient(self) -> Recipient:
        public = X25519PrivateKey.from_private_bytes(self.secret).public_key()
        return Recipient(public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))

    def keygen_file(self, created: str) -> str:
        """The text of an age-keygen style key file."""
        return f"# created: {created}\n# public key: {self.recipient}\n{self}\n"

    def unwrap(self, share: bytes, body: bytes) -> bytes | None:
        """The file key from an X25519 stanza, or None when the stanza is not for this identity."""
        private = X25519PrivateKey.from_private_bytes(self.secret)
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:  # an all-zero shared secret (low-order point)
            raise SyncRejected("age_header_invalid") from None
        wrap_key = _hkdf(shared, share + self.recipient.public_key, X25519_LABEL)
        try:
            return ChaCha20Poly1305(wrap_key).decrypt(bytes(12), body, None)
        except InvalidTag:
            return None


def _wrap_lines(encoded: str) -> bytes:
    """A stanza body: 64 columns per line, the last line always shorter (empty if need be)."""
    lines = [encoded[start : start + COLUMNS] for start in range(0, len(encoded), COLUMNS)]
    if not lines or len(lines[-1]) == COLUMNS:
        lines.append("")
    return "".join(line + "\n" for line in lines).encode("ascii")


def _header(recipient: Recipient, file_key: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.public_key))
    wrap_key = _hkdf(shared, share + recipient.public_key, X25519_LABEL)
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    header = INTRO + f"-> X25519 {b64encode(share)}\n".encode("ascii") + _wrap_lines(b64encode(body)) + b"---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    return header + b" " + b64encode(mac).encode("ascii") + b"\n"


def _nonce(counter: int, last: bool) -> bytes:
    if counter >= _COUNTER_LIMIT:
        raise OverflowError("age STREAM counter exhausted")
    return counter.to_bytes(11, "big") + bytes([_LAST if last else 0])


class Encryptor:
    """Writes an age file to ``out`` as data is written; ``close()`` seals the last chunk (it does not close out)."""

    def __init__(self, out: BinaryIO, recipient: Recipient) -> None:
        self._out = out
        file_key = os.urandom(FILE_KEY_SIZE)
        nonce = os.urandom(NONCE_SIZE)
        out.write(_header(recipient, file_key))
        out.write(nonce)
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._buffer = bytearray()
        self._counter = 0
        self._closed = False

    def write(self, data: bytes) -> int:
        if self._closed:
            raise ValueError("write to a closed age Encryptor")
        self._buffer += data
        # A full chunk is sealed only once more data follows: the last chunk may be full, never empty (unless the
        # whole payload is).
        while len(self._buffer) > CHUNK_SIZE:
            self._seal(bytes(self._buffer[:CHUNK_SIZE]), last=False)
            del self._buffer[:CHUNK_SIZE]
        return len(data)

    def close(self) -> None:
        if not self._closed:
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._closed = True

    def __enter__(self) -> Encryptor:
        return self

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        if kind is None:
            self.close()

    def _seal(self, chunk: bytes, *, last: bool) -> None:
        self._out.write(self._aead.encrypt(_nonce(self._counter, last), chunk, None))
        self._counter += 1


def encrypt_bytes(data: bytes, recipient: Recipient) -> bytes:
    import io

    out = io.BytesIO()
    with Encryptor(out, recipient) as encryptor:
        encryptor.write(data)
    return out.getvalue()


@dataclass(frozen=True)
class Stanza:
    kind: str
    args: tuple[str, ...]
    body: bytes


def _read_line(source: BinaryIO, consumed: int) -> bytes:
    line = source.readline(MAX_HEADER_SIZE - consumed + 1)
    if not line.endswith(b"\n"):
        raise SyncRejected("age_header_invalid")
    return line


def read_header(source: BinaryIO) -> tuple[list[Stanza], bytes, bytes]:
    """(stanzas, the header bytes the MAC covers, the MAC) with ``source`` left at the payload nonce."""
    intro = _read_line(source, 0)
    if intro != INTRO:
        raise SyncRejected("age_header_invalid")
    covered = bytearray(intro)
    stanzas: list[Stanza] = []
    while True:
        line = _read_line(source, len(covered))
        if line.startswith(b"--- "):
            covered += b"---"
            mac = b64decode(line[4:-1].decode("ascii", "replace"))
            if len(mac) != 32:
                raise SyncRejected("age_header_invalid")
            return stanzas, bytes(covered), mac
        covered += line
        if not line.startswith(b"-> "):
            raise SyncRejected("age_header_invalid")
        try:
            args = line[3:-1].decode("ascii").split(" ")
        except UnicodeDecodeError:
            raise SyncRejected("age_header_invalid") from None
        if not args or any(not arg or any(ord(c) < 33 or ord(c) > 126 for c in arg) for arg in args):
            raise SyncRejected("age_header_invalid")
        body = bytearray()
        while True:
            body_line = _read_line(source, len(covered))
            covered += body_line
            text = body_line[:-1].decode("ascii", "replace")
            if len(text) > COLUMNS:
                raise SyncRejected("age_header_invalid")
            body += b64decode(text) if text else b""
            if len(text) < COLUMNS:
                break
        stanzas.append(Stanza(args[0], tuple(args[1:]), bytes(body)))


def file_key_for(stanzas: list[Stanza], identity: Identity) -> bytes:
    for stanza in stanzas:
        if stanza.kind != "X25519":
            continue  # other recipient types (and grease) are not for us
        if len(stanza.args) != 1:
            raise SyncRejected("age_header_invalid")
        share = b64decode(stanza.args[0])
        if len(share) != 32 or len(stanza.body) != FILE_KEY_SIZE + TAG_SIZE:
            raise SyncRejected("age_header_invalid")
        file_key = identity.unwrap(share, stanza.body)
        if file_key is not None:
            return file_key
    raise SyncRejected("age_wrong_key")


def check_header(source: BinaryIO) -> None:
    """Only the header's shape (for a reader without the key, e.g. the station reading back what it wrote)."""
    read_header(source)
    if len(source.read(NONCE_SIZE)) != NONCE_SIZE:
        raise SyncRejected("age_payload_truncated")


def _read_full(source: BinaryIO, view: memoryview) -> int:
    """Fill ``view`` from ``source`` (fewer bytes only at the end of the stream); the count read."""
    filled = 0
    while filled < len(view):
        count = source.readinto(view[filled:])  # type: ignore[attr-defined]
        if not count:
            break
        filled += count
    return filled


# Sealed chunks read at once: one large read instead of a buffered read per 64 KiB chunk.
READ_CHUNKS = 16


def decrypt_chunks(source: BinaryIO, identity: Identity) -> Iterator[bytes]:
    """Plaintext chunk by chunk; every chunk is authenticated before it is yielded, and a missing last chunk, a
    reordered or altered chunk, or bytes after the last chunk raise SyncRejected at the point they are found.
    ``READ_CHUNKS`` sealed chunks are read at a time into one reused buffer and decrypted from views of it: a
    large bundle is read without a copy of its ciphertext."""
    stanzas, covered, mac = read_header(source)
    file_key = file_key_for(stanzas, identity)
    expected = hmac.new(_hkdf(file_key, b"", b"header"), covered, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, mac):
        raise SyncRejected("age_header_mac_invalid")
    nonce = source.read(NONCE_SIZE)
    if len(nonce) != NONCE_SIZE:
        raise SyncRejected("age_payload_truncated")
    decrypt = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload")).decrypt
    buffer = memoryview(bytearray(READ_CHUNKS * ENCRYPTED_CHUNK_SIZE))
    counter = 0
    while True:
        filled = _read_full(source, buffer)
        if not filled:
            raise SyncRejected("age_payload_truncated")
        # Only the stream's end leaves the buffer short, so a short chunk can only be the last one.
        for start in range(0, filled, ENCRYPTED_CHUNK_SIZE):
            sealed = buffer[start : min(start + ENCRYPTED_CHUNK_SIZE, filled)]
            size = len(sealed)
            last = size < ENCRYPTED_CHUNK_SIZE
            if size < TAG_SIZE:
                raise SyncRejected("age_payload_truncated")
            try:
                plain = decrypt(_nonce(counter, last), sealed, None)
            except InvalidTag:
                if last:
                    raise SyncRejected("age_payload_invalid", chunk=counter) from None
                try:  # a full-size final chunk
                    plain = decrypt(_nonce(counter, True), sealed, None)
                    last = True
                except InvalidTag:
                    raise SyncRejected("age_payload_invalid", chunk=counter) from None
            if last and not plain and counter > 0:
                raise SyncRejected("age_payload_invalid", chunk=counter)
            counter += 1
            if last:
                if start + size < filled or source.read(1):
                    raise SyncRejected("age_trailing_data")
                if plain:
                    yield plain
                return
            yield plain


def decrypt_bytes(data: bytes, identity: Identity) -> bytes:
    import io

    return b"".join(decrypt_chunks(io.BytesIO(data), identity))
