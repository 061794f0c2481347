"""Key slots: the master key wrapped once per account and once for the recovery code.

Each slot holds an X25519 key pair. Its private key is sealed with AES-256-GCM under Argon2id(password); the
master key is sealed to its public key. Unwrapping a slot is the login. Because the master key is sealed to public
keys, an admin can rotate the master key or add an account without knowing anybody else's password, and a
password change touches only the account's own slot (the LUKS / 1Password model, DESIGN.md §5).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from rehabdesk.domain.errors import DomainError
from rehabdesk.storage.key_policy import PRODUCTION_KDF as PRODUCTION_KDF  # re-exported
from rehabdesk.storage.key_policy import PRODUCTION_POLICY as PRODUCTION_POLICY  # re-exported
from rehabdesk.storage.key_policy import TEST_KDF as TEST_KDF  # re-exported
from rehabdesk.storage.key_policy import KdfParams, KeyPolicy

SLOT_FILE_FORMAT = "rehabdesk-keyslots/1"
MASTER_KEY_BYTES = 32
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_GROUPS = 7  # 7 × 4 characters × 5 bits = 140 bits
DEFAULT_LOCKOUT_THRESHOLD = 10


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _hkdf(key_material: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key_material)


@dataclass(frozen=True)
class MasterKey:
    """The station's master key and the keys derived from it for each purpose."""

    raw: bytes

    @classmethod
    def generate(cls) -> MasterKey:
        return cls(secrets.token_bytes(MASTER_KEY_BYTES))

    @property
    def database_key(self) -> bytes:
        return _hkdf(self.raw, b"rehabdesk/sqlcipher-database")

    def mac(self, purpose: str, payload: bytes) -> str:
        key = _hkdf(self.raw, b"rehabdesk/mac/" + purpose.encode("ascii"))
        return hmac.new(key, payload, hashlib.sha256).hexdigest()

    def verify_mac(self, purpose: str, payload: bytes, expected: str) -> bool:
        return hmac.compare_digest(self.mac(purpose, payload), expected)

    def seal(self, purpose: str, plaintext: bytes, associated: bytes) -> bytes:
        """AES-256-GCM under a key derived for ``purpose``: a 12-byte nonce, then the ciphertext with its tag."""
        nonce = secrets.token_bytes(12)
        return nonce + AESGCM(self._seal_key(purpose)).encrypt(nonce, plaintext, associated)

    def unseal(self, purpose: str, sealed: bytes, associated: bytes) -> bytes:
        """Raises DomainError("sealed_value_corrupt") when the value was altered, moved or sealed by another key."""
        try:
            return AESGCM(self._seal_key(purpose)).decrypt(sealed[:12], sealed[12:], associated)
        except (InvalidTag, ValueError):
            raise DomainError("sealed_value_corrupt") from None

    def _seal_key(self, purpose: str) -> bytes:
        return _hkdf(self.raw, b"rehabdesk/seal/" + purpose.encode("ascii"))

    def __repr__(self) -> str:
        return "MasterKey(<hidden>)"


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _normalise_secret(secret: str) -> bytes:
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def generate_recovery_code() -> str:
    characters = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * 4))
    return "-".join(characters[i : i + 4] for i in range(0, len(characters), 4))


def normalise_recovery_code(code: str) -> str:
    """Accept what people type from paper: any case, spaces or dashes, O for 0 and I/L for 1."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if len(cleaned) != RECOVERY_GROUPS * 4 or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        raise DomainError("recovery_code_malformed")
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


@dataclass(frozen=True)
class Slot:
    slot_id: str
    kind: str  # "account" | "recovery"
    account_id: str | None
    login: str | None
    must_change_password: bool
    kdf: KdfParams
    salt: bytes
    public_key: bytes
    private_nonce: bytes
    private_sealed: bytes
    master_ephemeral: bytes
    master_nonce: bytes
    master_sealed: bytes

    def associated_data(self, station_id: str) -> bytes:
        return canonical_json([station_id, self.slot_id, self.kind, self.account_id, self.login])

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "account_id": self.account_id,
            "login": self.login,
            "must_change_password": self.must_change_password,
            "kdf": {
                "alg": "argon2id",
                "m": self.kdf.memory_kib,
                "t": self.kdf.iterations,
                "p": self.kdf.parallelism,
                "salt": _b64(self.salt),
            },
            "public_key": _b64(self.public_key),
            "private_key": {"nonce": _b64(self.private_nonce), "ciphertext": _b64(self.private_sealed)},
            "master_key": {
                "ephemeral": _b64(self.master_ephemeral),
                "nonce": _b64(self.master_nonce),
                "ciphertext": _b64(self.master_sealed),
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        kdf = data["kdf"]
        if kdf["alg"] != "argon2id" or data["kind"] not in ("account", "recovery"):
            raise ValueError("unknown slot kind or key derivation")
        return cls(
            slot_id=str(data["id"]),
            kind=data["kind"],
            account_id=data["account_id"],
            login=data["login"],
            must_change_password=bool(data["must_change_password"]),
            kdf=KdfParams(int(kdf["m"]), int(kdf["t"]), int(kdf["p"])),
            salt=_unb64(kdf["salt"]),
            public_key=_unb64(data["public_key"]),
            private_nonce=_unb64(data["private_key"]["nonce"]),
            private_sealed=_unb64(data["private_key"]["ciphertext"]),
            master_ephemeral=_unb64(data["master_key"]["ephemeral"]),
            master_nonce=_unb64(data["master_key"]["nonce"]),
            master_sealed=_unb64(data["master_key"]["ciphertext"]),
        )


def _derive_kek(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        _normalise_secret(secret),
        salt,
        time_cost=kdf.iterations,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _seal_key(master: MasterKey, public_key: bytes, associated: bytes) -> tuple[bytes, bytes, bytes]:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    wrapping_key = _hkdf(shared, b"rehabdesk/slot-seal", salt=ephemeral_public + public_key)
    nonce = secrets.token_bytes(12)
    return ephemeral_public, nonce, AESGCM(wrapping_key).encrypt(nonce, master.raw, associated)


def _open_sealed(private_key: X25519PrivateKey, slot: Slot, associated: bytes) -> MasterKey:
    shared = private_key.exchange(X25519PublicKey.from_public_bytes(slot.master_ephemeral))
    wrapping_key = _hkdf(shared, b"rehabdesk/slot-seal", salt=slot.master_ephemeral + slot.public_key)
    return MasterKey(AESGCM(wrapping_key).decrypt(slot.master_nonce, slot.master_sealed, associated))


def make_slot(
    *,
    station_id: str,
    master: MasterKey,
    kind: str,
    secret: str,
    kdf: KdfParams,
    account_id: str | None = None,
    login: str | None = None,
    must_change_password: bool = False,
) -> Slot:
    private_key = X25519PrivateKey.generate()
    private_raw = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public_raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    salt = secrets.token_bytes(16)
    skeleton = Slot(
        slot_id=str(uuid.uuid4()),
        kind=kind,
        account_id=account_id,
        login=login,
        must_change_password=must_change_password,
        kdf=kdf,
        salt=salt,
        public_key=public_raw,
        private_nonce=b"",
        private_sealed=b"",
        master_ephemeral=b"",
        master_nonce=b"",
        master_sealed=b"",
    )
    associated = skeleton.associated_data(station_id)
    private_nonce = secrets.token_bytes(12)
    private_sealed = AESGCM(_derive_kek(secret, salt, kdf)).encrypt(private_nonce, private_raw, associated)
    ephemeral, master_nonce, master_sealed = _seal_key(master, public_raw, associated)
    return replace(
        skeleton,
        private_nonce=private_nonce,
        private_sealed=private_sealed,
        master_ephemeral=ephemeral,
        master_nonce=master_nonce,
        master_sealed=master_sealed,
    )


def _open_private_key(station_id: str, slot: Slot, secret: str, policy: KeyPolicy) -> X25519PrivateKey:
    if not slot.kdf.at_least(policy.minimum_kdf):
        raise DomainError("slot_kdf_too_weak")
    kek = _derive_kek(secret, slot.salt, slot.kdf)
    try:
        private_raw = AESGCM(kek).decrypt(slot.private_nonce, slot.private_sealed, slot.associated_data(station_id))
    except InvalidTag:
        raise DomainError("wrong_password") from None
    return X25519PrivateKey.from_private_bytes(private_raw)


def open_slot(station_id: str, slot: Slot, secret: str, policy: KeyPolicy) -> MasterKey:
    """Unwrap the master key; raises DomainError("wrong_password") when the secret does not fit."""
    private_key = _open_private_key(station_id, slot, secret, policy)
    try:
        return _open_sealed(private_key, slot, slot.associated_data(station_id))
    except InvalidTag:
        raise DomainError("slot_file_corrupt") from None


def rewrap_slot_secret(station_id: str, slot: Slot, old_secret: str, new_secret: str, policy: KeyPolicy) -> Slot:
    """Seal the slot's private key under a new secret; the sealed master key is unchanged."""
    private_key = _open_private_key(station_id, slot, old_secret, policy)
    private_raw = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_derive_kek(new_secret, salt, policy.kdf)).encrypt(
        nonce, private_raw, slot.associated_data(station_id)
    )
    return replace(
        slot, kdf=policy.kdf, salt=salt, private_nonce=nonce, private_sealed=sealed, must_change_password=False
    )


def reseal_slot(station_id: str, slot: Slot, master: MasterKey) -> Slot:
    ephemeral, nonce, sealed = _seal_key(master, slot.public_key, slot.associated_data(station_id))
    return replace(slot, master_ephemeral=ephemeral, master_nonce=nonce, master_sealed=sealed)


@dataclass(frozen=True)
class AuditHead:
    seq: int
    hash: str


@dataclass(frozen=True)
class SlotFile:
    """The parsed slot file. Its MAC (under a key derived from the master key) is checked after unwrapping."""

    station_id: str
    station_code: str
    generation: int
    lockout_threshold: int
    audit_head: AuditHead
    slots: tuple[Slot, ...]
    mac: str = field(default="", compare=False)

    def body(self) -> dict[str, Any]:
        return {
            "format": SLOT_FILE_FORMAT,
            "station_id": self.station_id,
            "station_code": self.station_code,
            "generation": self.generation,
            "policy": {"lockout_threshold": self.lockout_threshold},
            "audit_head": {"seq": self.audit_head.seq, "hash": self.audit_head.hash},
            "slots": [slot.to_json() for slot in self.slots],
        }

    def serialise(self, master: MasterKey) -> bytes:
        body = self.body()
        body["mac"] = master.mac("slot-file", canonical_json(self.body()))
        return json.dumps(body, indent=1, ensure_ascii=False).encode("utf-8")

    def verify(self, master: MasterKey) -> bool:
        return master.verify_mac("slot-file", canonical_json(self.body()), self.mac)

    @classmethod
    def parse(cls, data: bytes) -> SlotFile:
        """Raise DomainError("slot_file_corrupt") for anything that is not a well-formed slot file."""
        try:
            raw = json.loads(data.decode("utf-8"))
            if raw.get("format") != SLOT_FILE_FORMAT:
                raise ValueError("not a slot file")
            return cls(
                station_id=str(raw["station_id"]),
                station_code=str(raw["station_code"]),
                generation=int(raw["generation"]),
                lockout_threshold=int(raw["policy"]["lockout_threshold"]),
                audit_head=AuditHead(int(raw["audit_head"]["seq"]), str(raw["audit_head"]["hash"])),
                slots=tuple(Slot.from_json(item) for item in raw["slots"]),
                mac=str(raw["mac"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise DomainError("slot_file_corrupt") from None

    def account_slot(self, login: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == "account" and s.login == login), None)

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == "recovery"), None)

    def next_generation(self, **changes: Any) -> SlotFile:
        return replace(self, generation=self.generation + 1, mac="", **changes)

    def with_slot(self, slot: Slot) -> SlotFile:
        # A slot replaces the one it stands for: same id, the same account's old slot, or the old recovery slot.
        others = tuple(
            s
            for s in self.slots
            if s.slot_id != slot.slot_id
            and not (slot.account_id is not None and s.account_id == slot.account_id)
            and not (slot.kind == "recovery" and s.kind == "recovery")
        )
        return self.next_generation(slots=(*others, slot))

    def without_account(self, account_id: str) -> SlotFile:
        return self.next_generation(slots=tuple(s for s in self.slots if s.account_id != account_id))
