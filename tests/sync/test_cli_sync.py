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
