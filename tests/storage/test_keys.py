"""Key slots, the slot file and the recovery code (storage.keys)."""

from __future__ import annotations

import json
import math
import uuid
from dataclasses import replace

import pytest

from rehabdesk.domain.errors import DomainError
from rehabdesk.storage.audit import EMPTY_HEAD
from rehabdesk.storage.keys import (
    PRODUCTION_POLICY,
    RECOVERY_ALPHABET,
    RECOVERY_GROUPS,
    TEST_KDF,
    AuditHead,
    KeyPolicy,
    MasterKey,
    SlotFile,
    generate_recovery_code,
    make_slot,
    normalise_recovery_code,
    open_slot,
    reseal_slot,
    rewrap_slot_secret,
)

POLICY = KeyPolicy.for_tests()
STATION_ID = str(uuid.uuid4())


def _account_slot(master: MasterKey, secret: str = "first-pass-1", login: str = "wangfang", **extra):
    return make_slot(
        station_id=STATION_ID,
        master=master,
        kind="account",
        secret=secret,
        kdf=TEST_KDF,
        account_id=str(uuid.uuid4()),
        login=login,
        **extra,
    )


def _slot_file(master: MasterKey) -> SlotFile:
    slots = (
        _account_slot(master),
        make_slot(station_id=STATION_ID, master=master, kind="recovery", secret="R", kdf=TEST_KDF),
    )
    return SlotFile(STATION_ID, "TS01", 3, 10, AuditHead(4, "ab" * 32), slots)


def test_slot_round_trip_and_wrong_password() -> None:
    master = MasterKey.generate()
    slot = _account_slot(master)
    assert open_slot(STATION_ID, slot, "first-pass-1", POLICY) == master
    with pytest.raises(DomainError) as caught:
        open_slot(STATION_ID, slot, "first-pass-2", POLICY)
    assert caught.value.code == "wrong_password"


def test_a_slot_is_bound_to_its_station_and_login() -> None:
    master = MasterKey.generate()
    slot = _account_slot(master)
    with pytest.raises(DomainError, match="wrong_password"):
        open_slot(str(uuid.uuid4()), slot, "first-pass-1", POLICY)
    with pytest.raises(DomainError, match="wrong_password"):
        open_slot(STATION_ID, replace(slot, login="lixia"), "first-pass-1", POLICY)


def test_the_master_key_never_shows_in_repr() -> None:
    master = MasterKey.generate()
    assert master.raw.hex() not in repr(master)
    assert master.database_key != master.raw and len(master.database_key) == 32


def test_rewrap_changes_the_password_and_keeps_the_key() -> None:
    master = MasterKey.generate()
    slot = _account_slot(master, must_change_password=True)
    new = rewrap_slot_secret(STATION_ID, slot, "first-pass-1", "second-pass-2", POLICY)
    assert open_slot(STATION_ID, new, "second-pass-2", POLICY) == master
    assert not new.must_change_password
    with pytest.raises(DomainError, match="wrong_password"):
        open_slot(STATION_ID, new, "first-pass-1", POLICY)
    with pytest.raises(DomainError, match="wrong_password"):
        rewrap_slot_secret(STATION_ID, slot, "not-the-password", "third-pass-3", POLICY)


def test_reseal_moves_a_slot_to_a_new_master_key_without_its_password() -> None:
    old, new = MasterKey.generate(), MasterKey.generate()
    slot = _account_slot(old)
    resealed = reseal_slot(STATION_ID, slot, new)
    assert open_slot(STATION_ID, resealed, "first-pass-1", POLICY) == new
    assert resealed.salt == slot.salt and resealed.private_sealed == slot.private_sealed


def test_production_policy_refuses_a_test_strength_slot() -> None:
    master = MasterKey.generate()
    slot = _account_slot(master)
    with pytest.raises(DomainError) as caught:
        open_slot(STATION_ID, slot, "first-pass-1", PRODUCTION_POLICY)
    assert caught.value.code == "slot_kdf_too_weak"
    assert PRODUCTION_POLICY.kdf.memory_kib >= 64 * 1024
    assert PRODUCTION_POLICY.kdf.iterations >= 3
    assert PRODUCTION_POLICY.kdf.parallelism >= 4


def test_recovery_codes_are_long_random_and_grouped() -> None:
    codes = {generate_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    bits = RECOVERY_GROUPS * 4 * math.log2(len(RECOVERY_ALPHABET))
    assert bits >= 128
    for code in codes:
        groups = code.split("-")
        assert len(groups) == RECOVERY_GROUPS and all(len(g) == 4 for g in groups)
        assert set(code.replace("-", "")) <= set(RECOVERY_ALPHABET)
        assert normalise_recovery_code(code) == code


def test_recovery_code_normalisation_accepts_what_people_type() -> None:
    code = "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV"
    assert normalise_recovery_code("o123 4567 89ab cdef ghjk mnpq rstv") == code  # lower case, spaces, O for 0
    assert normalise_recovery_code(" 0i23456789abcdefghjkmnpqrstv ") == code
    assert normalise_recovery_code("0L23456789ABCDEFGHJKMNPQRSTV") == code


@pytest.mark.parametrize(
    "typed", ["", "0123-4567", "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTU", "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTVW"]
)
def test_malformed_recovery_codes_are_refused(typed: str) -> None:
    with pytest.raises(DomainError) as caught:
        normalise_recovery_code(typed)
    assert caught.value.code == "recovery_code_malformed"


def test_slot_file_round_trip_and_mac() -> None:
    master = MasterKey.generate()
    slot_file = _slot_file(master)
    parsed = SlotFile.parse(slot_file.serialise(master))
    assert parsed == slot_file
    assert parsed.verify(master)
    assert not parsed.verify(MasterKey.generate())
    assert parsed.account_slot("wangfang") is not None
    assert parsed.account_slot("lixia") is None
    assert parsed.recovery_slot() is not None


@pytest.mark.parametrize(
    "edit",
    [
        lambda body: body.__setitem__("generation", body["generation"] + 1),
        lambda body: body["policy"].__setitem__("lockout_threshold", 1000),
        lambda body: body["audit_head"].__setitem__("seq", 0),
        lambda body: body["slots"].pop(0),
        lambda body: body["slots"][0].__setitem__("must_change_password", True),
    ],
    ids=["generation", "lockout_threshold", "audit_head", "removed_slot", "slot_flag"],
)
def test_the_mac_detects_an_edited_slot_file(edit) -> None:
    master = MasterKey.generate()
    body = json.loads(_slot_file(master).serialise(master))
    edit(body)
    edited = SlotFile.parse(json.dumps(body).encode("utf-8"))
    assert not edited.verify(master)


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\xfe garbage", b"[]", b"{}", b'{"format": "rehabdesk-keyslots/1"}', b"null", b'"text"'],
)
def test_garbage_is_a_corrupt_slot_file(data: bytes) -> None:
    with pytest.raises(DomainError) as caught:
        SlotFile.parse(data)
    assert caught.value.code == "slot_file_corrupt"


def test_a_truncated_slot_file_is_corrupt() -> None:
    master = MasterKey.generate()
    data = _slot_file(master).serialise(master)
    for cut in (1, len(data) // 2, len(data) - 2):
        with pytest.raises(DomainError, match="slot_file_corrupt"):
            SlotFile.parse(data[:cut])


def test_a_slot_with_a_broken_base64_field_is_corrupt() -> None:
    master = MasterKey.generate()
    body = json.loads(_slot_file(master).serialise(master))
    body["slots"][0]["public_key"] = "not base64!"
    with pytest.raises(DomainError, match="slot_file_corrupt"):
        SlotFile.parse(json.dumps(body).encode())


def test_slot_replacement_and_removal_bump_the_generation() -> None:
    master = MasterKey.generate()
    slot_file = SlotFile(STATION_ID, "TS01", 1, 10, EMPTY_HEAD, ())
    first = _account_slot(master)
    with_one = slot_file.with_slot(first)
    assert with_one.generation == 2 and len(with_one.slots) == 1
    replacement = rewrap_slot_secret(STATION_ID, first, "first-pass-1", "second-pass-2", POLICY)
    replaced = with_one.with_slot(replacement)
    assert replaced.generation == 3 and replaced.slots == (replacement,)
    recovery = make_slot(station_id=STATION_ID, master=master, kind="recovery", secret="A", kdf=TEST_KDF)
    new_recovery = make_slot(station_id=STATION_ID, master=master, kind="recovery", secret="B", kdf=TEST_KDF)
    both = replaced.with_slot(recovery).with_slot(new_recovery)
    assert [s.kind for s in both.slots].count("recovery") == 1 and both.recovery_slot() == new_recovery
    removed = both.without_account(first.account_id)
    assert removed.account_slot("wangfang") is None and removed.generation == both.generation + 1


def test_a_sealed_value_opens_only_with_its_key_purpose_and_binding() -> None:
    master = MasterKey.generate()
    secret = b"AGE-SECRET-KEY-1" + bytes(range(32))
    sealed = master.seal("county-key", secret, b'["county","age_identity"]')
    assert secret not in sealed and len(sealed) == len(secret) + 12 + 16
    assert master.unseal("county-key", sealed, b'["county","age_identity"]') == secret
    assert master.seal("county-key", secret, b"x") != master.seal("county-key", secret, b"x")  # fresh nonce
    flipped = bytearray(sealed)
    flipped[20] ^= 1
    for key, purpose, value, binding in (
        (master, "county-key", sealed, b'["county","pseudonym"]'),  # moved to another row
        (master, "other-purpose", sealed, b'["county","age_identity"]'),
        (MasterKey.generate(), "county-key", sealed, b'["county","age_identity"]'),
        (master, "county-key", bytes(flipped), b'["county","age_identity"]'),
        (master, "county-key", sealed[:10], b'["county","age_identity"]'),  # truncated
    ):
        with pytest.raises(DomainError, match="sealed_value_corrupt"):
            key.unseal(purpose, value, binding)
