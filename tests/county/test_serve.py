"""The county application's own HTTPS endpoint: a real county (SQLCipher store, registry, receiving service) behind
uvicorn on 127.0.0.1, a real demo station enrolled with an enrolment file naming the server and pinning the
county's certificate, pushing with `sync push`'s service, then refused once revoked; and the enrolment's checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.county.services import network, registry
from rehabdesk.county.services.summary_data import summary_inputs
from rehabdesk.services import staff, sync, sync_push
from rehabdesk.sync.enrolment import Enrolment
from rehabdesk.sync.errors import SyncRejected
from tests.county.support import enrolled_station, make_county
from tests.people_support import staff_input
from tests.sync.server_support import QUICK, running_server


def test_a_station_pushes_to_the_county_application(tmp_path: Path) -> None:
    county = make_county(tmp_path / "county")
    certificate = network.server_certificate(county)
    assert network.server_certificate(county) == certificate  # made once, kept sealed with the other keys
    receiver = network.CountyReceiver(county)
    with running_server(receiver, tmp_path / "county", certificate) as url:
        station = enrolled_station(county, tmp_path / "s1", seed=3, code="ST0001", server=url, tls=certificate.sha256)
        registration = registry.register(county, station.request)
        registry.approve(county, registration.device_id, registration.fingerprint)
        first = sync_push.push(station.ctx, policy=QUICK)
        (ack,) = first.acknowledged
        held = summary_inputs(county).records
        assert ack.committed == len(held) > 20 and {record.station_code for record in held} == {"ST0001"}
        assert sync.sync_status(station.ctx).last_acknowledged_at is not None
        registry.revoke(county, registration.device_id)
        staff.register_staff(station.ctx, staff_input("S900", "新同事"))  # something new to send
        with pytest.raises(SyncRejected) as refusal:
            sync_push.push(station.ctx, policy=QUICK)
        assert refusal.value.code == "bundle_device_revoked"
        station.ctx.close()
    county.close()


def test_the_enrolment_names_the_server_and_pins_its_certificate(tmp_path: Path) -> None:
    from rehabdesk.county.services.keys import write_enrolment

    county = make_county(tmp_path / "county")
    url = network.check_server_url(" https://192.168.1.20:8443/ ")
    sha256 = network.server_certificate(county).sha256
    written = write_enrolment(county, tmp_path / "e.rdenrol", server=url, tls_sha256=sha256)
    opened = Enrolment.open((tmp_path / "e.rdenrol").read_bytes())
    assert (opened.server, opened.tls_sha256) == ("https://192.168.1.20:8443", sha256) == (written.server, sha256)
    for bad in ("http://192.168.1.20:8443", "https://", "https://host/path", "https://user@host", "ftp://x"):
        with pytest.raises(CountyRefused, match="county_server_url_invalid"):
            network.check_server_url(bad)
    county.close()
