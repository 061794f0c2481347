"""County key rotation, on both engines: a new age identity and minisign key, the old pair retired and kept.
Bundles to the old key still open and are acknowledged with the key their station holds (checked with the stock
``minisign -V``); a station that imports the new enrolment file sends to the new key; an unknown key is refused by
name; the pseudonym key does not move."""

from __future__ import annotations

import subprocess
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.county.services import accounts, keys, maintenance, receiving, registry, sessions
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.county.ui.messages import county_message
from rehabdesk.domain.errors import DomainError
from rehabdesk.services import staff, sync, sync_ack, sync_export
from rehabdesk.storage.repositories import sync_state
from rehabdesk.sync import age
from rehabdesk.sync.bundle import read_container
from rehabdesk.sync.enrolment import Enrolment, RegistrationRequest
from rehabdesk.sync.manifest import Manifest
from rehabdesk.sync.minisign import SecretKey
from tests.conftest import TEST_POLICY
from tests.county.support import COUNTY_ADMIN, COUNTY_PASSWORD, TODAY, enrolled_station, make_county
from tests.sync.support import Keys, write_bundle


@pytest.fixture
def county(county_paths: CountyPaths) -> CountyContext:
    ctx = make_county(county_paths)
    yield ctx
    ctx.close()


def _held_key(station_ctx) -> str:
    """The county signing key the station trusts, as its enrolment recorded it."""
    with station_ctx.store.unit_of_work(None, read_only=True) as uow:
        return sync_state.current_enrolment(uow.session).minisign_public_key


def _minisign_verifies(ack: Path, public: str, tmp_path: Path) -> bool:
    """What a county's or station's IT person would run: the stock minisign on the ack's two parts."""
    signed_line, signature = ack.read_bytes().split(b"\n", 1)
    (tmp_path / "ack.json").write_bytes(signed_line + b"\n")
    (tmp_path / "ack.json.minisig").write_bytes(signature)
    checked = subprocess.run(
        ["minisign", "-V", "-P", public, "-m", str(tmp_path / "ack.json")], capture_output=True, text=True
    )
    return checked.returncode == 0


def _manifest(path: Path) -> Manifest:
    with open(path, "rb") as handle:
        return Manifest.from_json(read_container(handle).manifest_bytes)


def _audited(ctx: CountyContext, action: str) -> list[str]:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        rows = uow.session.connection().exec_driver_sql(
            "SELECT detail FROM audit_log WHERE action = ? ORDER BY seq"
            if ctx.store.engine.dialect.name == "sqlite"
            else "SELECT detail FROM audit_log WHERE action = %s ORDER BY seq",
            (action,),
        )
        return [row[0] for row in rows]


def test_old_and_new_key_bundles_import_after_rotation_and_acks_verify_at_the_station(county, tmp_path: Path) -> None:
    station = enrolled_station(county, tmp_path / "s1", seed=7, code="ST0001")
    registration = registry.register(county, station.request)
    registry.approve(county, registration.device_id, registration.fingerprint)
    old_key = _held_key(station.ctx)
    first_usb, second_usb = tmp_path / "usb1", tmp_path / "usb2"
    first_usb.mkdir(), second_usb.mkdir()
    first = sync_export.export_bundle(station.ctx, first_usb)  # made with the old enrolment, not yet carried over

    rotation = keys.rotate_keys(county)
    assert rotation.generation == 2 and rotation.fingerprint != rotation.old_fingerprint

    old = receiving.import_bundles(county, first_usb, tmp_path / "acks").outcomes
    assert [(outcome.state, outcome.sequence) for outcome in old] == [("applied", 1)]
    assert old[0].committed == sum(first.record_counts.values())
    assert _minisign_verifies(old[0].ack_path, old_key, tmp_path)  # signed with the key this station holds
    assert sync_ack.import_ack(station.ctx, old[0].ack_path).committed == old[0].committed

    enrolment_file = tmp_path / "new.rdenrol"
    written = keys.write_enrolment(county, enrolment_file)
    assert written.fingerprint == rotation.fingerprint
    preview = sync.preview_enrolment(station.ctx, enrolment_file)
    assert preview.fingerprint == rotation.fingerprint
    sync.enrol(station.ctx, enrolment_file, preview.fingerprint, reenrol=True)  # the station admin's audited act
    new_key = _held_key(station.ctx)
    assert new_key != old_key and new_key == Enrolment.open(enrolment_file.read_bytes()).signing_key.base64

    worker = staff.list_staff(station.ctx)[0]
    details = staff.get_staff(station.ctx, worker.id)
    staff.update_staff(station.ctx, worker.id, replace(details, phone="13911112222"), today=TODAY)
    second = sync_export.export_bundle(station.ctx, second_usb)
    assert _manifest(second.path).county_key_id == written.age_recipient.key_id
    new = receiving.import_bundles(county, second_usb, tmp_path / "acks").outcomes
    assert [(outcome.state, outcome.sequence) for outcome in new] == [("applied", 2)]
    assert _minisign_verifies(new[0].ack_path, new_key, tmp_path)
    assert not _minisign_verifies(new[0].ack_path, old_key, tmp_path)  # the signing key really rotated
    sync_ack.import_ack(station.ctx, new[0].ack_path)
    station.ctx.close()


def test_a_station_that_re_enrols_before_its_old_bundle_is_acknowledged_is_acknowledged_by_the_next_one(
    county, tmp_path: Path
) -> None:
    """The acknowledgement of a bundle made with the old enrolment is signed with the old key; a station that has
    re-enrolled meanwhile trusts only the new one and refuses it by name, and the next bundle's acknowledgement
    (new key) covers the earlier bundle too: nothing is lost, nothing is sent twice."""
    station = enrolled_station(county, tmp_path / "s1", seed=8, code="ST0001")
    registration = registry.register(county, station.request)
    registry.approve(county, registration.device_id, registration.fingerprint)
    usb = tmp_path / "usb"
    usb.mkdir()
    sync_export.export_bundle(station.ctx, usb)
    keys.rotate_keys(county)
    keys.write_enrolment(county, tmp_path / "new.rdenrol")
    sync.enrol(station.ctx, tmp_path / "new.rdenrol", keys.county_fingerprint(county), reenrol=True)
    worker = staff.list_staff(station.ctx)[0]
    staff.update_staff(station.ctx, worker.id, replace(staff.get_staff(station.ctx, worker.id), phone="13911112222"),
                       today=TODAY)  # fmt: skip
    sync_export.export_bundle(station.ctx, usb)
    outcomes = receiving.import_bundles(county, usb, tmp_path / "acks").outcomes
    assert [(o.state, o.sequence) for o in outcomes] == [("applied", 1), ("applied", 2)]
    with pytest.raises(DomainError, match="county_ack_signature_invalid"):
        sync_ack.import_ack(station.ctx, outcomes[0].ack_path)
    sync_ack.import_ack(station.ctx, outcomes[1].ack_path)
    status = sync.sync_status(station.ctx)
    assert (status.bundles_sent, status.bundles_acknowledged) == (2, 2)
    station.ctx.close()


def _crafted_device(county: CountyContext, tmp_path: Path) -> SecretKey:
    device = SecretKey.generate()
    request = RegistrationRequest("ST0001", "测试站", "110105", "D00000A1", device.public, "2026-12-07T00:00:00Z")
    (tmp_path / "r.rdreq").write_bytes(request.seal(device))
    registry.register(county, tmp_path / "r.rdreq", fingerprint=request.fingerprint)
    return device


def _client() -> dict:
    return {"type": "client", "op": "upsert", "id": str(uuid.uuid4()), "version": 1, "pseudonym": "ab" * 32}


def _current(county: CountyContext) -> keys.CountyKeys:
    with county.store.unit_of_work(county.actor, read_only=True) as uow:
        return keys.load_keys(uow.session, county.store.master)


def test_every_retired_generation_still_opens_and_the_pseudonym_key_stays(county, tmp_path: Path) -> None:
    device = _crafted_device(county, tmp_path)
    generations = [_current(county)]
    for _ in range(2):
        keys.rotate_keys(county)
        generations.append(_current(county))
    assert len({g.identity.recipient.key_id for g in generations}) == 3
    assert len({g.signing.public.base64 for g in generations}) == 3
    assert {g.pseudonym_key for g in generations} == {generations[0].pseudonym_key}
    previous = None
    # Sequence 1 to the first key, 2 to the newest, 3 to the middle one: each opens with its own generation.
    for sequence, generation in ((1, generations[0]), (2, generations[2]), (3, generations[1])):
        folder = tmp_path / f"b{sequence}"
        folder.mkdir()
        path, manifest = write_bundle(
            folder, Keys(generation.identity, generation.signing, device), [_client()], sequence=sequence,
            previous=previous,
        )  # fmt: skip
        from rehabdesk.sync.bundle import bundle_hash

        previous = bundle_hash(manifest.to_json())
        outcome = receiving.import_bundles(county, path, tmp_path / "acks").outcomes[0]
        assert (outcome.state, outcome.committed) == ("applied", 1)
        assert _minisign_verifies(outcome.ack_path, generation.signing.public.base64, tmp_path)
    listed = keys.key_generations(county)
    assert [(g.number, g.retired_at is None) for g in listed] == [(3, True), (2, False), (1, False)]
    assert [g.age_key_id for g in listed] == [g.identity.recipient.key_id for g in reversed(generations)]
    assert maintenance.check_county(county).ok
    assert len(_audited(county, "county_keys_rotated")) == 2
    assert "ab" * 32 not in repr(_audited(county, "county_keys_rotated"))


def test_a_bundle_held_for_a_gap_opens_with_its_retired_key_when_the_missing_one_arrives(
    county, tmp_path: Path
) -> None:
    device = _crafted_device(county, tmp_path)
    old = _current(county)
    early, late = tmp_path / "early", tmp_path / "late"
    early.mkdir(), late.mkdir()
    _one, manifest = write_bundle(late, Keys(old.identity, old.signing, device), [_client()])
    from rehabdesk.sync.bundle import bundle_hash

    write_bundle(early, Keys(old.identity, old.signing, device), [_client()], sequence=2,
                 previous=bundle_hash(manifest.to_json()))  # fmt: skip
    assert [o.state for o in receiving.import_bundles(county, early, tmp_path / "acks").outcomes] == ["held"]
    keys.rotate_keys(county)
    arrived = receiving.import_bundles(county, late, tmp_path / "acks").outcomes
    assert [(o.state, o.sequence, o.committed) for o in arrived] == [("applied", 1, 1), ("applied", 2, 1)]
    for outcome in arrived:
        assert _minisign_verifies(outcome.ack_path, old.signing.public.base64, tmp_path)


def test_check_names_a_retired_key_altered_on_the_server(tmp_path: Path, postgres_cluster) -> None:
    paths = CountyPaths(tmp_path / "county", database_url=postgres_cluster.new_database())
    ctx = make_county(paths)
    keys.rotate_keys(ctx)
    assert maintenance.check_county(ctx).ok
    postgres_cluster.sql(paths.database_url, "UPDATE county_key SET secret = (SELECT secret FROM county_key WHERE "
                         "kind = 'pseudonym') WHERE kind = 'age_identity' AND generation = 1")  # fmt: skip
    assert maintenance.check_county(ctx).faults == ("county_keys_unreadable",)
    ctx.close()


def test_a_bundle_to_a_key_the_county_never_had_is_refused_by_name(zh, county, tmp_path: Path) -> None:
    device = _crafted_device(county, tmp_path)
    keys.rotate_keys(county)
    stranger = age.Identity.generate()
    path, _ = write_bundle(tmp_path, Keys(stranger, SecretKey.generate(), device), [_client()])
    outcome = receiving.import_bundles(county, path, tmp_path / "acks").outcomes[0]
    assert (outcome.state, outcome.reason) == ("refused", "bundle_county_key_unknown")
    assert outcome.params == {"key_id": stranger.recipient.key_id}
    assert outcome.ack_path is None and not list((tmp_path / "acks").iterdir())
    text = county_message(DomainError(outcome.reason, **outcome.params))
    assert stranger.recipient.key_id in text and "密钥" in text
    with county.store.unit_of_work(county.actor, read_only=True) as uow:
        counts = uow.session.connection().exec_driver_sql(
            "SELECT (SELECT count(*) FROM merged_record), (SELECT count(*) FROM received_bundle)"
        )
        assert tuple(counts.one()) == (0, 0)


def test_only_an_admin_rotates_and_the_keys_survive_signing_out_and_in(county, county_paths, tmp_path) -> None:
    accounts.add_account(county, "liuxia", "刘霞", "staff", "first-pass-123")
    staff = sessions.unlock(county_paths, "liuxia", "first-pass-123", TEST_POLICY)
    with pytest.raises(CountyRefused, match="county_permission_denied"):
        keys.rotate_keys(staff)
    staff.close()
    rotation = keys.rotate_keys(county)
    again = sessions.unlock(county_paths, COUNTY_ADMIN, COUNTY_PASSWORD, TEST_POLICY)
    assert keys.county_fingerprint(again) == rotation.fingerprint
    again.close()
