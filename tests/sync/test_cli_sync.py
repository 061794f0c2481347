"""`rehabdesk sync enrol|request|export|status` on a demo station, as a county's staff would use them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD
from rehabdesk.sync.bundle import read_records, verify_bundle
from rehabdesk.sync.county import CountyKeys, ScratchCounty
from rehabdesk.sync.enrolment import Enrolment, RegistrationRequest
from tests.sync.support import enrolment_file, make_keys

# The test runs the command line in its own Python processes, one per step.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def rehabdesk(folder: Path, *arguments: str, stdin: str = DEMO_PASSWORD + "\n") -> subprocess.CompletedProcess:
    # The fail backend: a subprocess must not write test keys into the machine's real keyring.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    command = [sys.executable, "-m", "rehabdesk", "--lang", "en", "--data-dir", str(folder)]
    if "sync" in arguments:
        command += ["--user", DEMO_LOGIN, "--password-stdin"]
    return subprocess.run(
        [*command, *arguments], input=stdin, capture_output=True, text=True, env=env, cwd=REPO, timeout=300
    )


def test_enrol_request_export_status(tmp_path: Path) -> None:
    folder = tmp_path / "station"
    made = rehabdesk(folder, "demo", "--clients", "20", "--services-per-client", "3", "--training-years", "1")
    assert made.returncode == 0, made.stderr
    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    fingerprint = Enrolment.open(path.read_bytes()).fingerprint

    wrong = rehabdesk(folder, "sync", "enrol", str(path), "--fingerprint", "00000 11111")
    assert wrong.returncode == 2 and "fingerprint" in wrong.stderr and "Traceback" not in wrong.stderr

    enrolled = rehabdesk(folder, "sync", "enrol", str(path), "--fingerprint", fingerprint)
    assert enrolled.returncode == 0, enrolled.stderr
    assert fingerprint in enrolled.stdout and "encrypted station database" in enrolled.stdout

    request = rehabdesk(folder, "sync", "request", "--out", str(tmp_path / "request.rdreq"))
    assert request.returncode == 0, request.stderr
    device = RegistrationRequest.open((tmp_path / "request.rdreq").read_bytes())

    usb = tmp_path / "usb"
    usb.mkdir()
    exported = rehabdesk(folder, "sync", "export", "--to", str(usb))
    assert exported.returncode == 0, exported.stderr
    (bundle,) = usb.glob("*.rdsync")
    assert bundle.name == f"DEMO01-{device.device_id}-000001.rdsync"
    assert not list(usb.glob(".*"))  # no temp file left behind
    with open(bundle, "rb") as handle:
        verified = verify_bundle(handle, lambda device_id: device.device_key)
        assert sum(1 for _ in read_records(handle, verified, keys.county)) == sum(
            verified.manifest.record_counts.values()
        )

    county = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "county.db")
    county.register((tmp_path / "request.rdreq").read_bytes())
    (tmp_path / "ack.rdack").write_bytes(county.receive(bundle))
    acknowledged = rehabdesk(folder, "sync", "import-ack", str(tmp_path / "ack.rdack"))
    assert acknowledged.returncode == 0, acknowledged.stderr
    assert "Acknowledgement imported for bundle 1" in acknowledged.stdout
    again = rehabdesk(folder, "--lang", "zh_CN", "sync", "import-ack", str(tmp_path / "ack.rdack"))
    assert again.returncode == 2 and "回执" in again.stderr and "Traceback" not in again.stderr

    status = rehabdesk(folder, "sync", "status")
    assert status.returncode == 0, status.stderr
    assert "Bundles sent: 1, acknowledged: 1, last sequence: 1" in status.stdout


def test_status_shows_what_waits_and_the_last_bundles(tmp_path: Path) -> None:
    """`sync status` says what the Sync page says: the records changed since the county's last acknowledgement,
    and each recent bundle's records with what its acknowledgement said."""
    folder = tmp_path / "station"
    made = rehabdesk(folder, "demo", "--clients", "12", "--services-per-client", "2", "--training-years", "1")
    assert made.returncode == 0, made.stderr
    keys = make_keys()
    path = enrolment_file(tmp_path, keys)
    enrolled = rehabdesk(
        folder, "sync", "enrol", str(path), "--fingerprint", Enrolment.open(path.read_bytes()).fingerprint
    )
    assert enrolled.returncode == 0, enrolled.stderr
    assert rehabdesk(folder, "sync", "request", "--out", str(tmp_path / "request.rdreq")).returncode == 0

    before = rehabdesk(folder, "sync", "status")
    assert before.returncode == 0, before.stderr
    assert "Changed since the county's last acknowledgement: " in before.stdout
    assert "Client file 12" in before.stdout and "Oldest change: " in before.stdout
    assert "Last bundles" not in before.stdout  # none written yet

    usb = tmp_path / "usb"
    usb.mkdir()
    for _ in range(2):  # the second bundle carries the first one's records again, nothing being acknowledged
        exported = rehabdesk(folder, "sync", "export", "--to", str(usb))
        assert exported.returncode == 0, exported.stderr
    first, second = sorted(usb.glob("*.rdsync"))
    device = RegistrationRequest.open((tmp_path / "request.rdreq").read_bytes())
    records = []
    for bundle in (first, second):
        with open(bundle, "rb") as handle:
            records.append(
                sum(verify_bundle(handle, lambda device_id: device.device_key).manifest.record_counts.values())
            )
    sent = rehabdesk(folder, "sync", "status")
    assert (
        f"Bundle 2: {second.name}, " in sent.stdout
        and f", {records[1]} records, sent, not yet acknowledged" in sent.stdout
    )
    assert sent.stdout.index("Bundle 2: ") < sent.stdout.index("Bundle 1: ")  # newest first

    county = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "county.db")
    county.register((tmp_path / "request.rdreq").read_bytes())
    county.receive(first)
    (tmp_path / "ack.rdack").write_bytes(county.receive(second))  # the first bundle's acknowledgement is lost
    acknowledged = rehabdesk(folder, "sync", "import-ack", str(tmp_path / "ack.rdack"))
    assert acknowledged.returncode == 0, acknowledged.stderr
    assert ", 0 rejected." in acknowledged.stdout
    committed = acknowledged.stdout.split(" committed")[0].rsplit(" ", 1)[1]
    already = acknowledged.stdout.split(" already held")[0].rsplit(" ", 1)[1]

    after = rehabdesk(folder, "sync", "status")
    assert after.returncode == 0, after.stderr
    assert "Nothing waiting: the county has acknowledged every change." in after.stdout
    assert f"Bundle 2: {second.name}, " in after.stdout
    assert f"{records[1]} records, acknowledged: {int(committed) + int(already)} received, 0 rejected" in after.stdout
    assert f"{records[0]} records, acknowledged together with a later bundle" in after.stdout

    chinese = rehabdesk(folder, "--lang", "zh_CN", "sync", "status")
    assert chinese.returncode == 0, chinese.stderr
    assert "Bundle" not in chinese.stdout and "acknowledged" not in chinese.stdout
