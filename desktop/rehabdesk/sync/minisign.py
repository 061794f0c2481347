"""minisign signatures and public keys (https://jedisct1.github.io/minisign/), Ed25519 from `cryptography`.

Public key file::

    untrusted comment: <text>
    base64("Ed" ‖ key id (8 bytes) ‖ Ed25519 public key (32 bytes))

Signature file::

    untrusted comment: <text>
    base64(algorithm (2 bytes) ‖ key id (8 bytes) ‖ signature (64 bytes))
    trusted comment: <text>
    base64(global signature (64 bytes))

We sign with the prehashed algorithm ``ED`` (signature over BLAKE2b-512 of the file), as minisign ≥ 0.8 does by
default, and verify both ``ED`` and the legacy ``Ed`` (signature over the file itself). The global signature covers
the signature bytes followed by the trusted comment, so the trusted comment cannot be changed either.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from rehabdesk.sync.errors import SyncRejected

KEY_ALGORITHM = b"Ed"
LEGACY = b"Ed"
PREHASHED = b"ED"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, code: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SyncRejected(code) from None


def key_id_hex(key_id: bytes) -> str:
    """How minisign prints a key id: the 8 bytes as a little-endian number in upper-case hex."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


def prehash(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=64).digest()


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    public_key: bytes

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        """A minisign public key file, or its base64 line alone (what ``minisign -P`` takes)."""
        lines = [line for line in text.splitlines() if line.strip()]
        if lines and lines[0].startswith(UNTRUSTED):
            lines = lines[1:]
        if len(lines) != 1:
            raise SyncRejected("minisign_public_key_invalid")
        raw = _unb64(lines[0], "minisign_public_key_invalid")
        if len(raw) != 42 or raw[:2] != KEY_ALGORITHM:
            raise SyncRejected("minisign_public_key_invalid")
        return cls(raw[2:10], raw[10:])

    @property
    def base64(self) -> str:
        return _b64(KEY_ALGORITHM + self.key_id + self.public_key)

    def file_text(self) -> str:
        return f"{UNTRUSTED}minisign public key {key_id_hex(self.key_id)}\n{self.base64}\n"

    @property
    def key_id_text(self) -> str:
        return key_id_hex(self.key_id)

    def fingerprint_digits(self) -> str:
        """Eight groups of five digits from SHA-256 of the key (for reading aloud over the phone)."""
        return fingerprint_digits(KEY_ALGORITHM + self.key_id + self.public_key)

    def verify(self, data: bytes, signature_text: str) -> str:
        """The trusted comment, if ``signature_text`` is a valid signature of ``data`` by this key."""
        signature = Signature.parse(signature_text)
        if signature.key_id != self.key_id:
            raise SyncRejected("minisign_wrong_key", key_id=key_id_hex(signature.key_id))
        public = Ed25519PublicKey.from_public_bytes(self.public_key)
        message = prehash(data) if signature.algorithm == PREHASHED else data
        try:
            public.verify(signature.signature, message)
            public.verify(signature.global_signature, signature.signature + signature.trusted_comment.encode("utf-8"))
        except InvalidSignature:
            raise SyncRejected("minisign_signature_invalid") from None
        return signature.trusted_comment


def fingerprint_digits(data: bytes) -> str:
    number = int.from_bytes(hashlib.sha256(data).digest()[:20], "big") % 10**40
    digits = f"{number:040d}"
    return " ".join(digits[start : start + 5] for start in range(0, 40, 5))


@dataclass(frozen=True)
class Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    untrusted_comment: str
    global_signature: bytes

    @classmethod
    def parse(cls, text: str) -> Signature:
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        lines = [line.rstrip("\r") for line in lines]
        if len(lines) != 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
            raise SyncRejected("minisign_signature_malformed")
        raw = _unb64(lines[1], "minisign_signature_malformed")
        global_signature = _unb64(lines[3], "minisign_signature_malformed")
        if len(raw) != 74 or raw[:2] not in (LEGACY, PREHASHED) or len(global_signature) != 64:
            raise SyncRejected("minisign_signature_malformed")
        return cls(
            algorithm=raw[:2],
            key_id=raw[2:10],
            signature=raw[10:],
            trusted_comment=lines[2][len(TRUSTED) :],
            untrusted_comment=lines[0][len(UNTRUSTED) :],
            global_signature=global_signature,
        )


@dataclass(frozen=True)
class SecretKey:
    """An Ed25519 signing key with its minisign key id. Stored by the caller (keyring or encrypted database) as
    ``to_bytes()``: key id ‖ 32-byte seed."""

    key_id: bytes
    seed: bytes

    @classmethod
    def generate(cls) -> SecretKey:
        return cls(os.urandom(8), Ed25519PrivateKey.generate().private_bytes_raw())

    @classmethod
    def from_bytes(cls, data: bytes) -> SecretKey:
        if len(data) != 40:
            raise SyncRejected("minisign_secret_key_invalid")
        return cls(data[:8], data[8:])

    def to_bytes(self) -> bytes:
        return self.key_id + self.seed

    def __repr__(self) -> str:
        return f"SecretKey({key_id_hex(self.key_id)})"

    @property
    def public(self) -> PublicKey:
        raw = (
            Ed25519PrivateKey.from_private_bytes(self.seed)
            .public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        )
        return PublicKey(self.key_id, raw)

    def sign(self, data: bytes, trusted_comment: str, untrusted_comment: str = "signature from rehabdesk") -> str:
        """A minisign signature file (prehashed, ``ED``) of ``data``."""
        if "\n" in trusted_comment or "\r" in trusted_comment or "\n" in untrusted_comment:
            raise ValueError("comments are single lines")
        private = Ed25519PrivateKey.from_private_bytes(self.seed)
        signature = private.sign(prehash(data))
        global_signature = private.sign(signature + trusted_comment.encode("utf-8"))
        return (
            f"{UNTRUSTED}{untrusted_comment}\n{_b64(PREHASHED + self.key_id + signature)}\n"
            f"{TRUSTED}{trusted_comment}\n{_b64(global_signature)}\n"
        )
