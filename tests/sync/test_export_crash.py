"""SIGKILL at random points of a bundle export, twenty rounds (issue 14, faults): no partial bundle is ever visible
on the stick, the station's check passes, and the bundles on the stick — after one more export — form one chain
with every sequence once, which a county accepts in order."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD, create_demo_station
from rehabdesk.services import sessions, sync, sync_export
from rehabdesk.services.checks import check_station
from rehabdesk.storage.paths import StationPaths
from rehabdesk.sync.bundle import read_records, verify_bundle
from rehabdesk.sync.county import CountyKeys, ScratchCounty
from rehabdesk.sync.enrolment import RegistrationRequest
from tests.conftest import TEST_POLICY
from tests.sync.support import enrolment_file, make_keys

HELPER = Path(__file__).resolve().parent / "export_crash_helper.py"
REPO = Path(__file__).resolve().parents[2]
ROUNDS = 20


def _visible_bundles_verify(usb: Path, request: RegistrationRequest, keys) -> list[int]:
    sequences = []
    for path in sorted(usb.glob("*.rdsync")):
        with open(path, "rb") as handle:
            verified = verify_bundle(handle, lambda device_id: request.device_key)
            assert sum(1 for _ in read_records(handle, verified, keys.county)) == sum(
                verified.manifest.record_counts.values()
            )
        sequences.append(verified.manifest.sequence)
    return sequences


@pytest.mark.slow
def test_sigkill_during_export_leaves_no_partial_bundle_and_an_unbroken_chain(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())  # the device key goes into the station database, which the children open
    folder = tmp_path / "station"
    made = create_demo_station(
        StationPaths(folder), seed=5, clients_count=12, staff_count=3, policy=TEST_POLICY, today=date(2026, 11, 20),
        services_per_client=3, training_years=1,
    )  # fmt: skip
    ctx = made.ctx
    keys = make_keys()
    enrolment = enrolment_file(tmp_path, keys)
    sync.enrol(ctx, enrolment, sync.preview_enrolment(ctx, enrolment).fingerprint)
    request_path = sync.write_registration_request(ctx, tmp_path / "request.rdreq")
    request = RegistrationRequest.open(request_path.read_bytes())
    ctx.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    chance = random.Random(14)
    killed = 0
    for round_number in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(HELPER), str(folder), str(usb), str(round_number)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO,
        )  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
        try:
            child.wait(timeout=chance.uniform(0.0, 0.6))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            killed += 1
        child.wait(timeout=60)
        _visible_bundles_verify(usb, request, keys)  # whatever is visible is whole
    assert killed >= ROUNDS // 2, "the kills should mostly land inside the export"

    ctx = sessions.unlock(StationPaths(folder), DEMO_LOGIN, DEMO_PASSWORD, TEST_POLICY)
    try:
        assert check_station(ctx).faults == ()
        last = sync_export.export_bundle(ctx, usb)  # sends the last changes and copies every unacknowledged one
    finally:
        ctx.close()
    assert not [p.name for p in usb.iterdir() if p.name.startswith(".")]  # a killed copy's temp file is gone too
    sequences = _visible_bundles_verify(usb, request, keys)
    assert sorted(sequences) == list(range(1, last.sequence + 1))
    county = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "county.db")
    county.register(request_path.read_bytes())
    by_sequence = sorted(usb.glob("*.rdsync"), key=lambda path: path.name)
    for path in by_sequence:  # each is the next in the chain: no sequence skipped, reused or forked
        county.receive(path)
    staff_names = {record.get("pseudonym") for record in county.records("staff")}
    assert len(staff_names) >= 3 + ROUNDS  # every round's committed change reached a bundle
    county.close()
