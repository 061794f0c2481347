"""Receiving bundles at the county: real demo stations exporting through the station's sync services, and crafted
bundles (tests/sync/support) for what a station would never send."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest

from rehabdesk.county.services import quarantine, receiving, registry
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.services.keys import load_keys
from rehabdesk.county.services.summary_data import summary_inputs
from rehabdesk.county.storage import records
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.services import sync_ack, sync_export
from rehabdesk.sync.enrolment import RegistrationRequest
from rehabdesk.sync.minisign import SecretKey
from tests.county.support import enrolled_station, make_county
from tests.postgres_cluster import Cluster
from tests.sync.support import Keys, write_bundle

PSEUDONYM = "ab" * 32
OTHER = "cd" * 32


def _records(ctx: CountyContext) -> list[tuple[str, str, dict]]:
    return [(item.type, item.station_code, item.body) for item in summary_inputs(ctx).records]


def _tables(ctx: CountyContext) -> tuple:
    """Everything a bundle can write, to prove a refused one wrote nothing."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        rows = uow.session.connection().exec_driver_sql(
            "SELECT (SELECT count(*) FROM merged_record), (SELECT count(*) FROM received_bundle),"
            " (SELECT count(*) FROM held_bundle), (SELECT count(*) FROM quarantine)"
        )
        return tuple(rows.one())


@pytest.fixture
def county(county_paths: CountyPaths) -> CountyContext:
    ctx = make_county(county_paths)
    yield ctx
    ctx.close()


def _crafted_device(county: CountyContext, tmp_path: Path, device_id: str = "D00000A1") -> Keys:
    """A registered, approved device whose bundles the test writes itself (to the county's real key)."""
    device = SecretKey.generate()
    request = RegistrationRequest("ST0001", "测试站", "110105", device_id, device.public, "2026-12-07T00:00:00Z")
    path = tmp_path / f"{device_id}.rdreq"
    path.write_bytes(request.seal(device))
    registry.register(county, path, fingerprint=request.fingerprint)
    with county.store.unit_of_work(county.actor, read_only=True) as uow:
        keys = load_keys(uow.session, county.store.master)
    return Keys(keys.identity, keys.signing, device)


def _client(pseudonym: str, version: int = 1, **extra) -> dict:
    return {"type": "client", "op": "upsert", "id": str(uuid.uuid4()), "version": version, "pseudonym": pseudonym,
            "birth_year": 1980, "gender": "female", **extra}  # fmt: skip


def test_two_stations_round_trip_with_acknowledgements_the_stations_accept(county, tmp_path: Path) -> None:
    usb, acks = tmp_path / "usb", tmp_path / "acks"
    usb.mkdir()
    first = enrolled_station(county, tmp_path / "s1", seed=3, code="ST0001")
    second = enrolled_station(county, tmp_path / "s2", seed=4, code="ST0002")
    for station in (first, second):
        registration = registry.register(county, station.request)
        assert registration.status == "pending"
        registry.approve(county, registration.device_id, registration.fingerprint)
    exported = [sync_export.export_bundle(station.ctx, usb) for station in (first, second)]
    report = receiving.import_bundles(county, usb, acks)
    assert [outcome.state for outcome in report.outcomes] == ["applied", "applied"]
    total = sum(sum(result.record_counts.values()) for result in exported)
    assert sum(outcome.committed for outcome in report.outcomes) == total
    assert len(_records(county)) == total
    assert {code for _, code, _ in _records(county)} == {"ST0001", "ST0002"}
    enrolment = tmp_path / "check.rdenrol"
    from rehabdesk.county.services.keys import write_enrolment

    public = write_enrolment(county, enrolment).signing_key.base64
    by_station = {outcome.station_code: outcome for outcome in report.outcomes}
    for station, code in ((first, "ST0001"), (second, "ST0002")):
        ack = by_station[code].ack_path
        lines = ack.read_bytes().split(b"\n", 1)
        (tmp_path / "m").write_bytes(lines[0] + b"\n")
        (tmp_path / "m.minisig").write_bytes(lines[1])
        checked = subprocess.run(
            ["minisign", "-V", "-P", public, "-m", str(tmp_path / "m")], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stderr
        imported = sync_ack.import_ack(station.ctx, ack)
        assert imported.committed == sum(exported[0 if station is first else 1].record_counts.values())
    lines = registry.list_stations(county)
    assert [(line.code, line.last_received is not None) for line in lines] == [("ST0001", True), ("ST0002", True)]
    for station in (first, second):
        station.ctx.close()


def test_the_same_bundle_twice_is_already_received_and_acknowledged_again(county, tmp_path: Path) -> None:
    keys = _crafted_device(county, tmp_path)
    path, _ = write_bundle(tmp_path, keys, [_client(PSEUDONYM)])
    first = receiving.import_bundles(county, path, tmp_path / "acks").outcomes[0]
    ack = first.ack_path.read_bytes()
    first.ack_path.unlink()
    again = receiving.import_bundles(county, path, tmp_path / "acks").outcomes[0]
    assert (first.state, again.state) == ("applied", "already")
    assert again.ack_path.read_bytes() == ack
    assert _tables(county)[:2] == (1, 1)


def test_a_gap_is_held_and_applied_when_the_missing_bundle_arrives(county, tmp_path: Path) -> None:
    keys = _crafted_device(county, tmp_path)
    early, late = tmp_path / "early", tmp_path / "late"
    early.mkdir(), late.mkdir()
    _one, manifest = write_bundle(late, keys, [_client(PSEUDONYM)])
    from rehabdesk.sync.bundle import bundle_hash

    _two, _ = write_bundle(early, keys, [_client(OTHER)], sequence=2, previous=bundle_hash(manifest.to_json()))
    held = receiving.import_bundles(county, early, tmp_path / "acks").outcomes
    assert [outcome.state for outcome in held] == ["held"]
    assert quarantine.list_held(county) == [("ST0001", "D00000A1", 2)]
    assert _tables(county) == (0, 0, 1, 0)
    arrived = receiving.import_bundles(county, late, tmp_path / "acks").outcomes
    assert [(outcome.state, outcome.sequence) for outcome in arrived] == [("applied", 1), ("applied", 2)]
    assert _tables(county) == (2, 2, 0, 0)
    assert sorted(p.name for p in (tmp_path / "acks").iterdir()) == [
        "ST0001-D00000A1-000001.rdack", "ST0001-D00000A1-000002.rdack"
    ]  # fmt: skip


def test_a_folder_is_applied_in_sequence_order_whatever_the_file_names(county, tmp_path: Path) -> None:
    keys = _crafted_device(county, tmp_path)
    folder = tmp_path / "usb"
    folder.mkdir()
    one, manifest = write_bundle(folder, keys, [_client(PSEUDONYM)])
    from rehabdesk.sync.bundle import bundle_hash

    two, _ = write_bundle(folder, keys, [_client(OTHER)], sequence=2, previous=bundle_hash(manifest.to_json()))
    one.rename(folder / "zzz.rdsync")
    two.rename(folder / "aaa.rdsync")
    outcomes = receiving.import_bundles(county, folder, tmp_path / "acks").outcomes
    assert [(outcome.source, outcome.state) for outcome in outcomes] == [("zzz.rdsync", "applied"),
                                                                          ("aaa.rdsync", "applied")]  # fmt: skip


def test_the_same_sequence_with_other_content_is_quarantined(county, tmp_path: Path) -> None:
    keys = _crafted_device(county, tmp_path)
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    original, _ = write_bundle(tmp_path / "a", keys, [_client(PSEUDONYM)])
    other, _ = write_bundle(tmp_path / "b", keys, [_client(OTHER)])
    receiving.import_bundles(county, original, tmp_path / "acks")
    outcome = receiving.import_bundles(county, other, tmp_path / "acks").outcomes[0]
    assert (outcome.state, outcome.reason, outcome.ack_path) == ("quarantined", "bundle_sequence_conflict", None)
    (row,) = quarantine.list_quarantine(county)
    assert (row.kind, row.reason, row.sequence) == ("bundle", "bundle_sequence_conflict", 1)
    assert [body["pseudonym"] for _, _, body in _records(county)] == [PSEUDONYM]


def test_an_invalid_record_is_quarantined_and_the_rest_applies(county, tmp_path: Path) -> None:
    keys = _crafted_device(county, tmp_path)
    bad = _client(OTHER, name="张三")
    path, _ = write_bundle(tmp_path, keys, [_client(PSEUDONYM), bad])
    outcome = receiving.import_bundles(county, path, tmp_path / "acks").outcomes[0]
    assert (outcome.state, outcome.committed, outcome.rejected) == ("applied", 1, 1)
    (row,) = quarantine.list_quarantine(county)
    assert (row.kind, row.reason, row.record_type, row.record_id) == ("record", "field", "client", bad["id"])
    with county.store.unit_of_work(county.actor, read_only=True) as uow:
        text = uow.session.connection().exec_driver_sql("SELECT * FROM quarantine").all()
    assert "张三" not in repr(text)
    from rehabdesk.sync.ack import Acknowledgement

    ack = Acknowledgement.open(outcome.ack_path.read_bytes(), keys.county_signing.public)
    assert [(r.state, r.reason) for r in ack.records] == [("committed", None), ("rejected", "field")]


def test_an_erase_deletes_everything_held_for_the_pseudonym(county, tmp_path: Path) -> None:
    keys = _crafted_device(county, tmp_path)
    service = {"type": "service", "op": "upsert", "id": str(uuid.uuid4()), "version": 1, "service_date": "2026-11-02",
               "attendees": [PSEUDONYM, OTHER], "staff": [], "group_size": 2}  # fmt: skip
    first, manifest = write_bundle(tmp_path, keys, [_client(PSEUDONYM), _client(OTHER), service,
                                                     _client(PSEUDONYM, extra_field=1)])  # fmt: skip
    receiving.import_bundles(county, first, tmp_path / "acks")
    assert len(quarantine.list_quarantine(county)) == 1
    from rehabdesk.sync.bundle import bundle_hash

    (tmp_path / "next").mkdir()
    second, _ = write_bundle(tmp_path / "next", keys, [{"type": "erase", "pseudonym": PSEUDONYM}], sequence=2,
                             previous=bundle_hash(manifest.to_json()))  # fmt: skip
    outcome = receiving.import_bundles(county, second, tmp_path / "acks").outcomes[0]
    assert (outcome.state, outcome.committed) == ("applied", 1)
    remaining = _records(county)
    assert [(kind, body.get("pseudonym")) for kind, _, body in remaining if kind == "client"] == [("client", OTHER)]
    assert [body["attendees"] for kind, _, body in remaining if kind == "service"] == [[OTHER]]
    assert quarantine.list_quarantine(county) == []
    with county.store.unit_of_work(county.actor, read_only=True) as uow:
        rows = uow.session.connection().exec_driver_sql("SELECT body FROM merged_record").all()
    assert PSEUDONYM not in repr(rows)


@pytest.mark.parametrize("damage", ["truncated", "tampered"])
def test_a_damaged_bundle_is_refused_with_nothing_written(county, tmp_path: Path, damage: str) -> None:
    keys = _crafted_device(county, tmp_path)
    path, _ = write_bundle(tmp_path, keys, [_client(PSEUDONYM)])
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 2]
    else:
        data[600] ^= 0x01  # inside the encrypted payload: its hash no longer matches the signed manifest
    path.write_bytes(bytes(data))
    before = _tables(county)
    outcome = receiving.import_bundles(county, path, tmp_path / "acks").outcomes[0]
    expected = "bundle_truncated" if damage == "truncated" else "payload_hash_mismatch"
    assert (outcome.state, outcome.reason) == ("refused", expected)
    assert _tables(county) == before == (0, 0, 0, 0)
    assert not (tmp_path / "acks").exists() or not list((tmp_path / "acks").iterdir())


def test_a_revoked_device_is_refused(county, tmp_path: Path) -> None:
    keys = _crafted_device(county, tmp_path)
    path, _ = write_bundle(tmp_path, keys, [_client(PSEUDONYM)])
    registry.revoke(county, "D00000A1")
    outcome = receiving.import_bundles(county, path, tmp_path / "acks").outcomes[0]
    assert (outcome.state, outcome.reason) == ("refused", "bundle_device_revoked")
    assert _tables(county) == (0, 0, 0, 0)


def test_hostile_records_are_quarantined_without_echoing_what_they_carry(county, tmp_path: Path) -> None:
    keys = _crafted_device(county, tmp_path)
    hostile = [
        {"type": "spy_notes", "op": "upsert", "id": str(uuid.uuid4()), "version": 1, "text": "\u202e张三"},
        {**_client(OTHER), "id": "x" * 100_000 + "\x07"},
        {**_client(OTHER), "version": "1"},
        {"type": "erase", "pseudonym": "not-hex"},
    ]
    path, _ = write_bundle(tmp_path, keys, [*hostile, _client(PSEUDONYM, gender='=HYPERLINK("x")')])
    outcome = receiving.import_bundles(county, path, tmp_path / "acks").outcomes[0]
    assert (outcome.state, outcome.committed, outcome.rejected) == ("applied", 1, 4)
    rows = quarantine.list_quarantine(county)
    assert sorted((row.record_type, row.record_id, row.reason) for row in rows) == sorted(
        [("spy_notes", hostile[0]["id"], "type"), ("client", "?", "id"), ("client", hostile[2]["id"], "version"),
         ("erase", "?", "erase")]
    )  # fmt: skip
    assert outcome.ack_path.stat().st_size < 4096
    # Values are the station's: kept as sent; the writers of anything published neutralise formulas.
    assert [body["gender"] for kind, _, body in _records(county) if kind == "client"] == ['=HYPERLINK("x")']


def test_progress_is_reported_and_cancelling_keeps_what_was_imported(county, tmp_path: Path) -> None:
    keys = _crafted_device(county, tmp_path)
    folder = tmp_path / "usb"
    folder.mkdir()
    from rehabdesk.sync.bundle import bundle_hash

    previous, record_id = None, str(uuid.uuid4())
    for sequence in (1, 2, 3):
        record = {**_client(PSEUDONYM, version=sequence), "id": record_id}
        _path, manifest = write_bundle(folder, keys, [record], sequence=sequence, previous=previous)
        previous = bundle_hash(manifest.to_json())
    steps: list[tuple[int, int]] = []

    class Progress:
        def step(self, done: int, total: int, note: str = "") -> None:
            steps.append((done, total))

    report = receiving.import_bundles(county, folder, tmp_path / "acks", progress=Progress(),
                                      cancelled=lambda: len(steps) >= 2)  # fmt: skip
    assert report.cancelled and [o.sequence for o in report.outcomes] == [1, 2]
    assert steps == [(0, 3), (1, 3)]
    assert _tables(county)[1] == 2
    rest = receiving.import_bundles(county, folder, tmp_path / "acks")
    assert [(o.sequence, o.state) for o in rest.outcomes] == [(1, "already"), (2, "already"), (3, "applied")]
    assert [body["version"] for kind, _, body in _records(county) if kind == "client"] == [3]


def test_numbers_past_64_bits_are_refused_alike_on_both_engines(county, tmp_path: Path) -> None:
    """SQLite and PostgreSQL both keep 64-bit integers: a larger record version is quarantined and a larger
    sequence refused, where they would otherwise fail the whole import with a driver error."""
    keys = _crafted_device(county, tmp_path)
    huge = _client(OTHER, version=2**63)
    path, _ = write_bundle(tmp_path, keys, [_client(PSEUDONYM, version=2**63 - 1), huge])
    outcome = receiving.import_bundles(county, path, tmp_path / "acks").outcomes[0]
    assert (outcome.state, outcome.committed, outcome.rejected) == ("applied", 1, 1)
    assert [(row.record_id, row.reason) for row in quarantine.list_quarantine(county)] == [(huge["id"], "version")]
    (tmp_path / "far").mkdir()
    far, _ = write_bundle(tmp_path / "far", keys, [_client(PSEUDONYM)], sequence=2**63, previous="ab" * 32)
    refused = receiving.import_bundles(county, far, tmp_path / "acks").outcomes[0]
    assert (refused.state, refused.reason) == ("refused", "manifest_invalid")


def _reference(held: dict, record: dict) -> str:
    """What the county must do with one record, one at a time (docs/sync-bundle.md §8), on a dict of
    (type, id) → record: the batched import must come out the same."""
    if "name" in record:
        return "rejected"
    if record["type"] == "erase":
        for key in [key for key, body in held.items() if body.get("pseudonym") == record["pseudonym"]]:
            del held[key]
        return "committed"
    key = (record["type"], record["id"])
    if record["op"] == "delete":
        return "committed" if held.pop(key, None) is not None else "already"
    if key in held and held[key]["version"] >= record["version"]:
        return "already"
    held[key] = record
    return "committed"


def _batch_size(county: CountyContext) -> int:
    """Records per batch of an import on the county's engine (SQLite and a server batch differently)."""
    with county.store.unit_of_work(county.actor, read_only=True) as uow:
        return records.batch_size(uow.session)


def test_a_bundle_of_several_batches_applies_as_one_record_at_a_time_would(county, tmp_path: Path) -> None:
    """Repeats of a record within a batch and across batches (newer, older, equal), deletes and re-creations,
    an invalid record in the middle of a batch and an erase: states and merged rows as the one-by-one rule."""
    import random

    keys = _crafted_device(county, tmp_path)
    batch = _batch_size(county)
    chooser = random.Random(15)
    pseudonyms = [f"{n:064x}" for n in range(1, 40)]
    ids = [str(uuid.uuid4()) for _ in range(batch // 2)]  # few enough to repeat often

    def record(position: int) -> dict:
        record_id = chooser.choice(ids)
        if position % 7 == 3:
            return {"type": "follow_up", "op": "delete", "id": record_id}
        pseudonym = pseudonyms[ids.index(record_id) % len(pseudonyms)]
        done_on = f"2026-09-{position % 28 + 1:02d}"
        return {"type": "follow_up", "op": "upsert", "id": record_id, "version": chooser.randint(1, 6),
                "pseudonym": pseudonym, "due_date": "2026-09-30", "done_on": done_on}  # fmt: skip

    first = [record(n) for n in range(batch + 10)]
    size = 2 * batch + 137
    second = [record(n) for n in range(size)]
    second[batch + 250] = {**_client(OTHER), "name": "张三"}  # invalid, in the middle of the 2nd batch
    second[batch - 1] = {"type": "erase", "pseudonym": pseudonyms[0]}  # ends the first batch early
    first_path, manifest = write_bundle(tmp_path, keys, first)
    from rehabdesk.sync.ack import Acknowledgement
    from rehabdesk.sync.bundle import bundle_hash

    (tmp_path / "next").mkdir()
    second_path, _ = write_bundle(tmp_path / "next", keys, second, sequence=2, previous=bundle_hash(manifest.to_json()))
    held: dict = {}
    expected = [[_reference(held, item) for item in bundle] for bundle in (first, second)]
    assert {"committed", "already", "rejected"} <= set(expected[1])  # the case exercises every outcome
    for path, states in zip((first_path, second_path), expected, strict=True):
        outcome = receiving.import_bundles(county, path, tmp_path / "acks").outcomes[0]
        assert outcome.state == "applied"
        ack = Acknowledgement.open(outcome.ack_path.read_bytes(), keys.county_signing.public)
        assert [state.state for state in ack.records] == states
    assert sorted((body["id"], body["version"], body["done_on"]) for _, _, body in _records(county)) == sorted(
        (body["id"], body["version"], body["done_on"]) for body in held.values()
    )
    assert [(row.record_type, row.reason) for row in quarantine.list_quarantine(county)] == [("client", "field")]


def test_on_postgresql_copied_batches_apply_as_one_record_at_a_time_and_a_failure_leaves_nothing(
    tmp_path: Path, postgres_cluster: Cluster
) -> None:
    """The server's batches (COPY into a temporary table, one upsert): repeats within and across batches, an
    invalid record and an erase in the middle of a batch, bodies with what COPY's text form would escape; then a
    bundle the server fails in its second batch leaves nothing written, and applies whole once it can."""
    import random

    from rehabdesk.sync.ack import Acknowledgement
    from rehabdesk.sync.bundle import bundle_hash

    paths = CountyPaths(tmp_path / "county", database_url=postgres_cluster.new_database())
    county = make_county(paths)
    try:
        keys = _crafted_device(county, tmp_path)
        batch = records.SERVER_BATCH
        chooser = random.Random(19)
        pseudonyms = [f"{n:064x}" for n in range(1, 60)]
        ids = [str(uuid.uuid4()) for _ in range(batch // 3)]
        awkward = ["a\tb", "line\nbreak", "back\\slash", "\\N", "引号\"'", "", "\x7f\u202e"]

        def record(position: int) -> dict:
            record_id = chooser.choice(ids)
            if position % 11 == 5:
                return {"type": "client", "op": "delete", "id": record_id}
            return _client(pseudonyms[ids.index(record_id) % len(pseudonyms)], version=chooser.randint(1, 5),
                           gender=chooser.choice(awkward)) | {"id": record_id}  # fmt: skip

        bundle = [record(n) for n in range(2 * batch + 300)]
        bundle[batch + 17] = {**_client(OTHER), "name": "张三"}  # invalid, in the middle of the second batch
        bundle[batch + 1234] = {"type": "erase", "pseudonym": pseudonyms[3]}  # splits the second batch
        path, manifest = write_bundle(tmp_path, keys, bundle)
        held: dict = {}
        expected = [_reference(held, item) for item in bundle]
        assert {"committed", "already", "rejected"} <= set(expected)
        outcome = receiving.import_bundles(county, path, tmp_path / "acks").outcomes[0]
        ack = Acknowledgement.open(outcome.ack_path.read_bytes(), keys.county_signing.public)
        assert [state.state for state in ack.records] == expected
        stored = dict(postgres_cluster.sql(paths.database_url, "SELECT id, body FROM merged_record"))
        assert stored == {body["id"]: records.body_text(body) for body in held.values()}  # byte for byte
        assert [(row.record_type, row.reason) for row in quarantine.list_quarantine(county)] == [("client", "field")]

        before = (_tables(county), stored)
        poisoned = str(uuid.uuid4())
        postgres_cluster.sql(paths.database_url, f"""
            CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.id = '{poisoned}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON merged_record FOR EACH ROW EXECUTE FUNCTION refuse();
        """)  # fmt: skip
        later = [_client(chooser.choice(pseudonyms)) for _ in range(batch + 50)]
        later[batch + 20]["id"] = poisoned  # in the second batch: the first was already written, then undone
        (tmp_path / "next").mkdir()
        second, _ = write_bundle(tmp_path / "next", keys, later, sequence=2, previous=bundle_hash(manifest.to_json()))
        with pytest.raises(psycopg.errors.RaiseException):
            receiving.import_bundles(county, second, tmp_path / "acks")
        after = dict(postgres_cluster.sql(paths.database_url, "SELECT id, body FROM merged_record"))
        assert (_tables(county), after) == before
        postgres_cluster.sql(paths.database_url, "DROP TRIGGER refuse ON merged_record")
        retried = receiving.import_bundles(county, second, tmp_path / "acks").outcomes[0]
        assert (retried.state, retried.committed) == ("applied", len(later))
    finally:
        county.close()
