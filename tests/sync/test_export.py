"""Export from a demo station: what leaves, what never does, and the erase after a withdrawal."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from rehabdesk.demo.station import DemoStationResult, create_demo_station
from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.indicators import Period
from rehabdesk.services import consents, indicators, service_records, sync, sync_ack, sync_export
from rehabdesk.services.context import StationContext
from rehabdesk.services.sync_snapshot import snapshot_periods, snapshot_record
from rehabdesk.storage.paths import StationPaths
from rehabdesk.storage.repositories import change_log
from rehabdesk.sync import age
from rehabdesk.sync.bundle import read_records, verify_bundle
from rehabdesk.sync.enrolment import RegistrationRequest
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.records import SNAPSHOT_FIELDS, check_record, client_pseudonym, snapshot_id
from tests.conftest import TEST_POLICY
from tests.support import query, raw_sql
from tests.sync.support import Keys, acknowledge_all, enrolled_demo_station, enrolment_file, make_keys
from tests.sync.test_formats import tool

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoStationResult, StationPaths, Keys, Path]]:
    result, paths, keys, request = enrolled_demo_station(
        tmp_path_factory.mktemp("sync_demo"),
        seed=3,
        clients_count=40,
        staff_count=5,
        services_per_client=6,
        today=TODAY,
    )
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
    assert RegistrationRequest.open(request.read_bytes()).area == "urban"  # the demo station is 城市 / 综合


def test_a_full_bundle_read_table_by_table_holds_what_gathering_the_changed_ids_gives(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path],
) -> None:
    """The first bundle reads each table whole; later ones gather the ids changed since. From the start of the log
    both must give the same records, tombstones and a service whose attendee alone changed included."""
    result, paths, _, _ = demo
    ctx: StationContext = result.ctx
    master = ctx.store.master
    (deleted, *_), (relinked, *_) = query(
        paths, master, "SELECT id FROM service_record WHERE deleted_at IS NULL ORDER BY id LIMIT 2"
    )
    service_records.delete_service(ctx, deleted, "录入重复")
    # Only the attendee rows in the log: neither the service nor its worker rows have an entry (as after an import
    # of attendance alone).
    raw_sql(
        paths,
        master,
        ("DELETE FROM change_log WHERE entity_id = ?", (relinked,)),
        ("DELETE FROM change_log WHERE entity_id IN (SELECT id FROM service_staff WHERE service_id = ?)", (relinked,)),
    )
    linked = "SELECT count(*) FROM change_log c JOIN service_attendee a ON a.id = c.entity_id WHERE a.service_id = ?"
    assert query(paths, master, linked, (relinked,))[0][0] > 0
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        session = uow.session
        through = change_log.head(session)
        key = bytes(range(32))

        def records(*, full: bool) -> list[str]:
            made = sync_export._Records(session, "DEMO01", key, 0, through, first=True, full=full)
            return sorted(json.dumps(record, sort_keys=True) for record in made)

        whole, gathered = records(full=True), records(full=False)
    assert whole == gathered
    sent = [json.loads(line) for line in whole]
    assert {"type": "service", "op": "delete", "id": deleted} in sent
    assert any(record["id"] == relinked for record in sent if record["type"] == "service")
    assert {record["type"] for record in sent} >= {"client", "episode", "assessment", "service", "staff", "drill"}


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


def test_a_bundle_carries_the_indicator_snapshots_the_stock_age_can_read(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path], tmp_path: Path
) -> None:
    """Every period the county may still need, with the station's own figures (the clients without the consent
    counted too), readable by the stock age; a later export's snapshot of a period replaces the earlier one."""
    result, _, keys, request = demo
    ctx = result.ctx
    with clock.frozen(TODAY):
        exported = sync_export.export_bundle(ctx, tmp_path)
        quarter = indicators.station_indicators(ctx, Period.quarter(2026, 4), trend=False, today=TODAY)
        half = indicators.station_indicators(ctx, Period.half(2026, 2), trend=False, today=TODAY)
    records, _ = decrypt(exported.path, keys, request)
    snapshots = {r["period"]: r for r in records if r["type"] == "indicator_snapshot"}
    assert list(snapshots) == ["2026Q3", "2026Q4", "2026H2", "2026"]  # nothing acknowledged: last and this quarter
    for record in snapshots.values():
        check_record(record)
        assert record["id"] == snapshot_id("DEMO01", record["period"])
    # Read once for all periods, the figures are those of each period computed on its own.
    with clock.frozen(TODAY):
        for label, record in snapshots.items():
            alone = indicators.station_indicators(ctx, Period.parse(label), trend=False, today=TODAY)
            assert snapshot_record("DEMO01", alone, record["version"], TODAY) == record, label
    q4, q3 = snapshots["2026Q4"], snapshots["2026Q3"]
    assert (q4["final"], q3["final"], q4["counted_to"], q3["counted_to"]) == (False, True, "2026-11-20", "2026-09-30")
    assert (q4["registered"], q4["standardised"], q4["rate"]) == (
        quarter.registered,
        quarter.standardised,
        quarter.rate,
    )
    consenting = consents.clients_consenting_to_provision(ctx)
    assert [line for line in quarter.clients if line.client_id not in consenting]  # aggregates cover everyone
    assert q4["psychiatric_medical"] == {
        "people": quarter.psychiatric_medical.people,
        "records": quarter.psychiatric_medical.records,
    }
    assert q4["social_work"]["records"] == quarter.social_work.records > 0
    assert snapshots["2026H2"]["registered"] == half.registered >= q4["registered"]
    # Exact counts, never "<5": the county adds them up.
    assert all(isinstance(v, int) for v in q4["registered_by_diagnosis"].values())
    # The stock age reads the payload, snapshot lines included.
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(["tar", "-xf", str(exported.path), "-C", str(out)], check=True)
    (tmp_path / "county.key").write_text(keys.county.keygen_file("2026-12-07T00:00:00Z"))
    plain = subprocess.run(
        [tool("age"), "-d", "-i", str(tmp_path / "county.key"), str(out / "payload.age")], capture_output=True
    )
    assert plain.returncode == 0, plain.stderr
    lines = [json.loads(line) for line in plain.stdout.decode("utf-8").splitlines()]
    assert [line for line in lines if line["type"] == "indicator_snapshot"] == list(snapshots.values())
    assert lines[-1]["record_counts"]["indicator_snapshot"] == 4
    # The next export (a later day) sends the same ids with a higher version: the county replaces them.
    with clock.frozen(TODAY + timedelta(days=1)):
        again = sync_export.export_bundle(ctx, tmp_path / "out")
    later = {r["period"]: r for r in decrypt(again.path, keys, request)[0] if r["type"] == "indicator_snapshot"}
    assert later["2026Q4"]["id"] == q4["id"] and later["2026Q4"]["version"] > q4["version"]


def test_snapshot_periods_reach_back_to_the_last_acknowledged_quarter() -> None:
    labels = [p.label for p in snapshot_periods(date(2027, 2, 3), None)]
    assert labels == ["2026Q4", "2027Q1", "2026H2", "2027H1", "2026", "2027"]
    labels = [p.label for p in snapshot_periods(date(2026, 8, 1), date(2026, 1, 15))]
    assert labels == ["2026Q1", "2026Q2", "2026Q3", "2026H1", "2026H2", "2026"]
    assert len([p for p in snapshot_periods(date(2026, 8, 1), date(2020, 1, 1)) if "Q" in p.label]) == 8


def _snapshot() -> dict:
    record = {"type": "indicator_snapshot", "op": "upsert", "id": snapshot_id("ST0001", "2026Q3"), "version": 7}
    return (
        record
        | {name: 0 for name in SNAPSHOT_FIELDS}
        | {"period": "2026Q3", "counted_to": "2026-09-30", "registered": 10, "standardised": 4, "rate": 40.0}
        | {"psychiatric_medical": {"people": 1, "records": 3}, "social_work": {"people": 0, "records": 0}}
    )


def test_check_record_accepts_a_snapshot_and_refuses_an_extra_or_missing_field() -> None:
    check_record(_snapshot())
    check_record(_snapshot(), "ST0001")
    with pytest.raises(SyncRejected) as foreign:  # another station's id: it would replace that station's figures
        check_record(_snapshot(), "ST0002")
    assert foreign.value.params["reason"] == "snapshot_owner"
    with pytest.raises(SyncRejected) as extra:
        check_record(_snapshot() | {"names": ["张三"]})
    assert extra.value.params == {"reason": "field", "type": "indicator_snapshot"}
    missing = _snapshot()
    del missing["standardised"]
    with pytest.raises(SyncRejected, match="payload_record_invalid"):
        check_record(missing)
    for hostile in (
        {"period": "=cmd|' /C calc'!A0"},
        {"registered": "10"},
        {"registered": -1},
        {"registered": True},
        {"standardised": 11},  # more than registered
        {"rate": 150},
        {"rate": "40"},
        {"counted_to": "2026-13-01"},
        {"social_work": {"people": 1}},
        {"psychiatric_medical": {"people": 1, "records": 2.5}},
        {"psychiatric_medical": [1, 3]},
    ):
        with pytest.raises(SyncRejected, match="payload_record_invalid"):
            check_record(_snapshot() | hostile)


@pytest.fixture
def small_stick(tmp_path: Path) -> Iterator[Path]:
    """A 16 KB tmpfs: a stick too small for a bundle (mounting needs root, as CI and this sandbox run)."""
    import subprocess

    stick = tmp_path / "stick"
    stick.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(stick)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"a tmpfs cannot be mounted here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield stick
    finally:
        subprocess.run(["umount", str(stick)], check=True)


def test_a_full_stick_is_said_in_words_and_the_bundle_goes_out_next_time(
    demo: tuple[DemoStationResult, StationPaths, Keys, Path], small_stick: Path, tmp_path: Path
) -> None:
    result, _paths, keys, request = demo
    with pytest.raises(DomainError) as refusal:
        sync_export.export_bundle(result.ctx, small_stick)
    assert refusal.value.code == "sync_target_full" and refusal.value.params["folder"] == str(small_stick)
    assert not list(small_stick.iterdir())  # nothing half-copied left on the stick
    roomy = tmp_path / "roomy"
    roomy.mkdir()
    again = sync_export.export_bundle(result.ctx, roomy)
    assert [p.name for p in again.also_copied] and all(p.exists() for p in again.also_copied)
    for bundle in [again.path, *again.also_copied]:
        decrypt(bundle, keys, request)  # each verifies and decrypts whole


def test_after_an_acknowledgement_only_the_clients_the_records_name_are_looked_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later bundle reads and hashes the ID numbers of the clients its records name, not those of every
    consenting client: on a 20 000-client station that was most of an incremental bundle's time."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    paths = StationPaths(tmp_path / "station")
    result = create_demo_station(
        paths, seed=5, clients_count=16, staff_count=3, policy=TEST_POLICY, today=TODAY, services_per_client=3,
        training_years=1,
    )  # fmt: skip
    ctx = result.ctx
    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    sync.enrol(ctx, path, sync.preview_enrolment(ctx, path).fingerprint)
    request = sync.write_registration_request(ctx, tmp_path / "request.rdreq")
    full = sync_export.export_bundle(ctx, tmp_path)
    (tmp_path / "full.rdack").write_bytes(acknowledge_all(full.path, keys, request, "2026-11-20T18:00:00Z"))
    sync_ack.import_ack(ctx, tmp_path / "full.rdack")
    consenting = consents.clients_consenting_to_provision(ctx)
    master = ctx.store.master
    attended = "SELECT client_id FROM service_attendee WHERE service_id = ? AND attended AND deleted_at IS NULL"
    service_id = next(
        service_id
        for (service_id,) in query(paths, master, "SELECT id FROM service_record WHERE deleted_at IS NULL ORDER BY id")
        if {row[0] for row in query(paths, master, attended, (service_id,))} & consenting
    )
    attendees = {row[0] for row in query(paths, master, attended, (service_id,))}
    service_records.delete_service(ctx, service_id, "录入重复")
    asked: set[str] = set()
    looked_up = sync_export.repository.consenting_identity_numbers

    def spy(session, client_ids, kind):
        client_ids = set(client_ids)
        asked.update(client_ids)
        return looked_up(session, client_ids, kind)

    monkeypatch.setattr(sync_export.repository, "consenting_identity_numbers", spy)
    later = sync_export.export_bundle(ctx, tmp_path)
    records, _ = decrypt(later.path, keys, request)
    assert {"type": "service", "op": "delete", "id": service_id} in records
    assert asked == attendees and len(consenting) > len(attendees)
    ctx.close()
