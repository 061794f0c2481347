"""Demo station → enrol with a test county → export → county verifies, decrypts, imports, acknowledges → station
imports the acknowledgement → the next export holds only later changes; a lost acknowledgement means a resend the
county answers with "already"; replayed, forged and foreign acknowledgements are refused."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from rehabdesk.county.domain.summary_table import StationEntry, summary_table
from rehabdesk.demo.station import create_demo_station
from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.indicators import Period
from rehabdesk.services import indicators, staff, sync, sync_ack, sync_export
from rehabdesk.storage.paths import StationPaths
from rehabdesk.sync.ack import Acknowledgement, RecordState
from rehabdesk.sync.county import CountyKeys, ScratchCounty
from rehabdesk.sync.enrolment import RegistrationRequest
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.minisign import SecretKey
from tests.conftest import TEST_POLICY
from tests.sync.support import enrolment_file, make_keys

TODAY = date(2026, 11, 20)


def test_round_trip(tmp_path: Path) -> None:
    with clock.frozen(TODAY):  # the snapshots' periods and versions follow the day
        _round_trip(tmp_path)


def _round_trip(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    result = create_demo_station(
        StationPaths(tmp_path / "station"), seed=7, clients_count=15, staff_count=4, policy=TEST_POLICY, today=TODAY,
        services_per_client=3, training_years=1,
    )  # fmt: skip
    ctx = result.ctx
    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    sync.enrol(ctx, path, sync.preview_enrolment(ctx, path).fingerprint)
    county = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "county.db")
    county.register(sync.write_registration_request(ctx, tmp_path / "request.rdreq").read_bytes())
    usb = tmp_path / "usb"
    usb.mkdir()

    def ack_file(data: bytes, name: str) -> Path:
        target = tmp_path / name
        target.write_bytes(data)
        return target

    # 1. The full bundle, imported and acknowledged.
    first = sync_export.export_bundle(ctx, usb)
    total = sum(first.record_counts.values())
    ack1 = ack_file(county.receive(first.path), "ack1.rdack")
    imported = sync_ack.import_ack(ctx, ack1)
    assert (imported.sequence, imported.committed, imported.already, imported.rejected) == (1, total, 0, 0)
    assert len(county.records()) == total
    # The county's 汇总表 from what it merged gives the station's own figures (the snapshot counts everyone).
    request = RegistrationRequest.open((tmp_path / "request.rdreq").read_bytes())
    entry = StationEntry(
        request.station_code, request.station_name, request.county_division, request.area, date(2026, 1, 1)
    )
    merged = [(code, json.loads(body)) for code, body in county.db.execute("SELECT station_code, body FROM record")]
    table = summary_table(Period.quarter(2026, 4), [entry], merged, {})
    figures = indicators.station_indicators(ctx, Period.quarter(2026, 4), trend=False, today=TODAY)
    assert (table.total.registered, table.total.standardised) == (figures.registered, figures.standardised) > (0, 0)
    assert table.total.social_work.times == figures.social_work.records
    assert (table.rows[0].existing_urban, table.not_reported) == (1, ())
    with pytest.raises(DomainError, match="sync_nothing_to_send"):
        sync_export.export_bundle(ctx, usb)
    with pytest.raises(SyncRejected, match="ack_replayed"):
        sync_ack.import_ack(ctx, ack1)

    # 2. A later change: the next bundle holds only it (the snapshots went with the first bundle of the day).
    worker = staff.list_staff(ctx)[0]
    details = staff.get_staff(ctx, worker.id)
    staff.update_staff(ctx, worker.id, replace(details, phone="13911112222"), today=TODAY)
    second = sync_export.export_bundle(ctx, usb)
    assert second.record_counts == {"staff": 1}
    ack_file(county.receive(second.path), "ack2-lost.rdack")  # the acknowledgement never reaches the station

    # 3. Sent again with the next bundle; the county answers "already".
    third = sync_export.export_bundle(ctx, usb)
    assert third.sequence == 3 and third.record_counts == {"staff": 1}
    assert [p.name for p in third.also_copied] == [second.path.name]
    ack3 = ack_file(county.receive(third.path), "ack3.rdack")
    imported = sync_ack.import_ack(ctx, ack3)
    assert (imported.committed, imported.already) == (0, 1)
    status = sync.sync_status(ctx)
    assert (status.bundles_sent, status.bundles_acknowledged, status.last_sequence) == (3, 3, 3)
    assert not list((tmp_path / "station" / "outbox").glob("*.rdsync"))

    # 4. Forged, foreign and unknown acknowledgements.
    forged = ack3.read_bytes().replace(b'"already"', b'"rejected"')
    with pytest.raises(SyncRejected, match="county_ack_signature_invalid"):
        sync_ack.import_ack(ctx, ack_file(forged, "forged.rdack"))
    parsed = Acknowledgement.open(ack3.read_bytes(), keys.county_signing.public)
    foreign = replace(parsed, records=(RecordState("staff", parsed.records[0].id, "committed", 9),))
    with pytest.raises(SyncRejected, match="county_ack_signature_invalid"):
        sync_ack.import_ack(ctx, ack_file(foreign.seal(SecretKey.generate()), "foreign.rdack"))
    unknown = replace(parsed, bundle_id="00000000-0000-4000-8000-000000000000")
    with pytest.raises(SyncRejected, match="ack_unknown_bundle"):
        sync_ack.import_ack(ctx, ack_file(unknown.seal(keys.county_signing), "unknown.rdack"))
    county.close()
    ctx.close()
