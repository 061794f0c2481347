"""Export from a demo station: what leaves, what never does, and the erase after a withdrawal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from rehabdesk.demo.station import DemoStationResult, create_demo_station
from rehabdesk.domain.errors import DomainError
from rehabdesk.services import consents, sync, sync_export
from rehabdesk.services.context import StationContext
from rehabdesk.storage.paths import StationPaths
from rehabdesk.sync import age
from rehabdesk.sync.bundle import read_records, verify_bundle
from rehabdesk.sync.enrolment import RegistrationRequest
from rehabdesk.sync.records import check_record, client_pseudonym
from tests.conftest import TEST_POLICY
from tests.support import query
from tests.sync.support import Keys, enrolment_file, make_keys

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoStationResult, StationPaths, Keys, Path]]:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # a headless box: the device key stays in the database (per-test keyrings)
    root = tmp_path_factory.mktemp("sync_demo")
    paths = StationPaths(root / "station")
    result = create_demo_station(
        paths, seed=3, clients_count=40, staff_count=5, policy=TEST_POLICY, today=TODAY, services_per_client=6,
        training_years=1,
    )  # fmt: skip
    keys = make_keys()
    path = enrolment_file(root, keys)
    sync.enrol(result.ctx, path, sync.preview_enrolment(result.ctx, path).fingerprint)
    request = sync.write_registration_request(result.ctx, root / "request.rdreq")
    yield result, paths, keys, request
    result.ctx.close()


def decrypt(bundle: Path, keys: Keys, request: Path) -> tuple[list[dict], bytes]:
    device = RegistrationRequest.open(request.read_bytes()).device_key
    with open(bundle, "rb") as handle:
        verified = verify_bundle(handle, lambda device_id: device)
        records = list(read_records(handle, verified, keys.county))
        handle.seek(verified.container.payload_offset)
        payload = handle.read(verified.container.payload_size)
    return records, age.decrypt_bytes(payload, keys.county)


def test_a_full_bundle_holds_only_consenting_clients_under_pseudonyms_and_no_personal_data(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path], tmp_path: Path
) -> None:
    result, paths, keys, request = demo
    ctx: StationContext = result.ctx
    exported = sync_export.export_bundle(ctx, tmp_path)
    assert exported.path.name == f"DEMO01-{sync.sync_status(ctx).device_id}-000001.rdsync"
    records, plaintext = decrypt(exported.path, keys, request)
    for record in records:
        check_record(record)
    text = plaintext.decode("utf-8")
    master = ctx.store.master
    consenting = consents.clients_consenting_to_provision(ctx)
    clients = query(
        paths, master, "SELECT id, name, id_number, phone, current_address, household_registration FROM client"
    )
    assert 0 < len(consenting) < len(clients), "the demo must hold clients both with and without the consent"
    pseudonyms = {row[0]: client_pseudonym(bytes(range(32)), row[2]) for row in clients}
    sent = {record["pseudonym"] for record in records if record["type"] == "client"}
    assert sent == {pseudonyms[client_id] for client_id in consenting}
    for client_id, *personal in clients:
        if client_id not in consenting:
            assert pseudonyms[client_id] not in text
        for value in personal:
            if value and len(value) >= 2:
                assert value not in text, "personal data in the bundle"
    guardians = query(paths, master, "SELECT name, phone, id_number, address FROM guardian")
    staff = query(paths, master, "SELECT name, phone, certificate_number FROM staff")
    services = query(
        paths, master, "SELECT content, client_response, risks_seen, next_step, location FROM service_record"
    )
    notes = query(paths, master, "SELECT reason FROM status_change UNION SELECT notes FROM assessment")
    for row in [*guardians, *staff, *services, *notes]:
        for value in row:
            if value and len(value) >= 2:
                assert value not in text, "personal data or free text in the bundle"
    assert {record["type"] for record in records} >= {"client", "episode", "service", "staff"}
    assert not [record for record in records if record["type"] == "erase"]  # nothing to erase before the first
    assert json.loads(text.splitlines()[0])["station_code"] == "DEMO01"


def test_a_withdrawal_sends_an_erase(demo: tuple[DemoStationResult, StationPaths, Keys, Path], tmp_path: Path) -> None:
    result, paths, keys, request = demo
    ctx = result.ctx
    consenting = sorted(consents.clients_consenting_to_provision(ctx))
    client_id = consenting[0]
    (consent_id,) = query(
        paths,
        ctx.store.master,
        "SELECT id FROM consent WHERE client_id = ? AND kind = 'data_provision' AND status = 'signed'",
        (client_id,),
    )[0]
    consents.withdraw_consent(ctx, consent_id, TODAY, "本人撤回", today=TODAY)
    exported = sync_export.export_bundle(ctx, tmp_path)
    records, _ = decrypt(exported.path, keys, request)
    (number,) = query(paths, ctx.store.master, "SELECT id_number FROM client WHERE id = ?", (client_id,))[0]
    pseudonym = client_pseudonym(bytes(range(32)), number)
    assert {"type": "erase", "pseudonym": pseudonym} in records
    assert not [r for r in records if r.get("pseudonym") == pseudonym and r["type"] != "erase"]


def test_export_needs_an_enrolment(admin_ctx: StationContext, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="sync_not_enrolled"):
        sync_export.export_bundle(admin_ctx, tmp_path)
