"""`rehabdesk sync push` end to end: a station pushes to a real county HTTPS server (uvicorn on 127.0.0.1, a
self-signed certificate pinned by the enrolment) around a ScratchCounty; acknowledgements are imported on the spot;
a wrong certificate, a revoked or unknown device, an oversize body, a dropped connection and a replayed bundle each
leave the station and the county as they should."""

from __future__ import annotations

import re
import shutil
import socket
import ssl
import threading
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from rehabdesk.county.server import make_server_certificate
from rehabdesk.services import staff, sync, sync_push
from rehabdesk.sync import transport
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.ui.text.messages import message_for
from tests.sync.server_support import (
    QUICK,
    TODAY,
    CuttingRelay,
    enrolled_station,
    new_county,
    running_server,
)


def _status(ctx) -> tuple[int, int, int]:
    state = sync.sync_status(ctx)
    return state.bundles_sent, state.bundles_acknowledged, state.last_sequence


def _change_something(ctx) -> None:
    worker = staff.list_staff(ctx)[0]
    details = staff.get_staff(ctx, worker.id)
    staff.update_staff(ctx, worker.id, replace(details, phone="13911112222"), today=TODAY)


def _spool_is_empty(county_dir: Path) -> bool:
    return not any((county_dir / "incoming").iterdir()) if (county_dir / "incoming").exists() else True


def test_push_round_trip_imports_the_acknowledgement(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    county, keys, certificate = new_county(tmp_path)
    with running_server(county, tmp_path / "county", certificate) as url:
        setup = enrolled_station(tmp_path, url, certificate, keys, county)
        ctx = setup.ctx
        first = sync_push.push(ctx, policy=QUICK)
        (ack,) = first.acknowledged
        total = len(county.records())
        assert (ack.sequence, ack.committed, ack.already, ack.rejected) == (1, total, 0, 0) and total > 20
        assert _status(ctx) == (1, 1, 1)
        state = sync.sync_status(ctx)
        assert state.server == url and state.last_acknowledged_at is not None and state.waiting_since is None
        assert not list((tmp_path / "station" / "outbox").glob("*.rdsync"))

        assert sync_push.push(ctx, policy=QUICK).nothing_to_send
        _change_something(ctx)
        second = sync_push.push(ctx, policy=QUICK)
        assert [(a.sequence, a.committed) for a in second.acknowledged] == [(2, 1)]
        assert _status(ctx) == (2, 2, 2)
    assert _spool_is_empty(tmp_path / "county")
    tls = tmp_path / "county" / "tls"
    assert [p.name for p in tls.iterdir()] == ["server.crt"]  # the transport key was loaded and removed
    assert tls.stat().st_mode & 0o777 == 0o700
    # One line per bundle, naming only the station, device, sequence and size: no record, no pseudonym.
    logged = capfd.readouterr().err
    lines = [line for line in logged.splitlines() if "bundle" in line]
    assert len(lines) == 2
    pattern = r"INFO: +bundle received: station DEMO01 device [A-Z0-9]+ sequence \d \(\d+ bytes\)"
    assert all(re.fullmatch(pattern, line) for line in lines), lines
    pseudonyms = {record.get("pseudonym") for record in county.records()} - {None}
    assert pseudonyms and not any(p in logged for p in pseudonyms)
    county.close()
    ctx.close()


def test_a_server_with_another_certificate_is_refused(tmp_path: Path, zh) -> None:
    county, keys, certificate = new_county(tmp_path)
    impostor = make_server_certificate("冒充者", "110105")
    with running_server(county, tmp_path / "county", impostor) as url:
        setup = enrolled_station(tmp_path, url, certificate, keys, county)
        with pytest.raises(SyncRejected) as refused:
            sync_push.push(setup.ctx, policy=replace(QUICK, attempts=3, first_delay=0.01))
        assert refused.value.code == "county_server_certificate_mismatch"
        assert re.search(r"[\u4e00-\u9fff]", message_for(refused.value)) and "证书" in message_for(refused.value)
        assert county.records() == []
        assert _status(setup.ctx) == (1, 0, 1)  # written to the outbox, not marked acknowledged
    setup.ctx.close()
    county.close()


@pytest.mark.parametrize("why", ["revoked", "unknown"])
def test_a_revoked_or_unknown_device_gets_403(tmp_path: Path, why: str) -> None:
    county, keys, certificate = new_county(tmp_path)
    with running_server(county, tmp_path / "county", certificate) as url:
        setup = enrolled_station(tmp_path, url, certificate, keys, county)
        if why == "revoked":
            county.revoke(setup.device_id)
        else:
            county.db.execute("DELETE FROM device")
        with pytest.raises(SyncRejected) as refused:
            sync_push.push(setup.ctx, policy=QUICK)
        code = "bundle_device_revoked" if why == "revoked" else "bundle_unknown_device"
        assert refused.value.code == code
        assert county.records() == [] and _status(setup.ctx) == (1, 0, 1)
        (bundle,) = (tmp_path / "station" / "outbox").glob("*.rdsync")
        # The status code itself, as any HTTP client sees it.
        with httpx.Client(verify=transport.pinned_context(certificate.sha256)) as client:
            response = client.post(f"{url}/v1/bundles", content=bundle.read_bytes())
        assert response.status_code == 403 and response.json()["code"] == code
    assert _spool_is_empty(tmp_path / "county")
    setup.ctx.close()
    county.close()


def test_an_oversize_body_is_refused(tmp_path: Path) -> None:
    county, keys, certificate = new_county(tmp_path)
    limit = 4096
    with running_server(county, tmp_path / "county", certificate, max_bundle_bytes=limit) as url:
        setup = enrolled_station(tmp_path, url, certificate, keys, county)
        with pytest.raises(SyncRejected) as refused:
            sync_push.push(setup.ctx, policy=QUICK)
        # The declared length is refused before the body is read; a refusal racing the upload may reach the
        # station as a reset instead, which is retried and then reported as unreachable.
        assert refused.value.code in ("bundle_too_large", "county_server_unreachable")
        assert county.records() == [] and _status(setup.ctx) == (1, 0, 1)
        context = transport.pinned_context(certificate.sha256)
        with httpx.Client(verify=context) as client:
            declared = client.post(f"{url}/v1/bundles", content=b"x" * (limit + 1))
            assert declared.status_code == 413 and declared.json()["code"] == "bundle_too_large"
            streamed = client.post(f"{url}/v1/bundles", content=iter([b"x" * 1000] * 10))  # chunked, no length
            assert streamed.status_code == 413 and streamed.json()["code"] == "bundle_too_large"
            garbage = client.post(f"{url}/v1/bundles", content=b"\x00" * 2048)
            assert garbage.status_code == 422 and garbage.json()["code"] == "bundle_malformed"
        for length in ("-1", "1e9", "99999999999999999999", "12, 13"):
            assert _raw_status(url, context, f"Content-Length: {length}\r\n") in (400, 413)
    assert _spool_is_empty(tmp_path / "county")
    setup.ctx.close()
    county.close()


def _raw_status(url: str, context: ssl.SSLContext, headers: str) -> int:
    """A hand-written request, for headers no well-behaved client sends."""
    host, port = url.removeprefix("https://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw, context.wrap_socket(raw) as tls:
        tls.sendall(f"POST /v1/bundles HTTP/1.1\r\nHost: county\r\n{headers}\r\n".encode("ascii"))
        status_line = tls.recv(4096).split(b"\r\n", 1)[0]
    return int(status_line.split()[1])


@pytest.mark.parametrize("stall", [False, True], ids=["reset", "silent"])
def test_a_connection_dropped_mid_upload_marks_nothing(tmp_path: Path, stall: bool) -> None:
    county, keys, certificate = new_county(tmp_path)
    with running_server(county, tmp_path / "county", certificate, idle_seconds=1.0) as url:
        setup = enrolled_station(tmp_path, url, certificate, keys, county)
        ctx = setup.ctx
        port = int(url.rsplit(":", 1)[1])
        with CuttingRelay(port, after=8192, cuts=2, stall=stall) as relay:

            def through_relay(policy: transport.RetryPolicy) -> sync_push.Sender:
                relayed = f"https://127.0.0.1:{relay.port}"
                return lambda path: transport.post_bundle(relayed, certificate.sha256, path, policy=policy)

            with pytest.raises(SyncRejected) as refused:
                sync_push.push(ctx, send=through_relay(replace(QUICK, attempts=2, first_delay=0.01)))
            assert refused.value.code == "county_server_unreachable"
            (bundle,) = (tmp_path / "station" / "outbox").glob("*.rdsync")
            assert bundle.stat().st_size > 4 * 8192  # it really was cut in the middle
            assert county.records() == [] and _status(ctx) == (1, 0, 1)
            assert county.db.execute("SELECT COUNT(*) FROM bundle").fetchone() == (0,)

            # Cut once more, then the retry goes through within the same push.
            relay.cuts_left = 1
            result = sync_push.push(ctx, send=through_relay(replace(QUICK, attempts=3, first_delay=0.01)))
            assert [a.sequence for a in result.acknowledged] == [1] and relay.cuts_left == 0
            assert _status(ctx) == (1, 1, 1) and len(county.records()) > 20
    assert _spool_is_empty(tmp_path / "county")
    ctx.close()
    county.close()


def test_a_replayed_bundle_is_already_received_and_the_station_is_fine(tmp_path: Path) -> None:
    county, keys, certificate = new_county(tmp_path)
    with running_server(county, tmp_path / "county", certificate) as url:
        setup = enrolled_station(tmp_path, url, certificate, keys, county)
        ctx = setup.ctx
        kept = tmp_path / "first.rdsync"

        def lost_answer(path: Path) -> bytes:
            """The county imports the bundle, but its answer never reaches the station."""
            shutil.copy(path, kept)
            transport.post_bundle(url, certificate.sha256, path, policy=QUICK)
            raise SyncRejected("county_server_unreachable", reason="ReadError")

        with pytest.raises(SyncRejected, match="county_server_unreachable"):
            sync_push.push(ctx, send=lost_answer)
        held = len(county.records())
        assert held > 20 and _status(ctx) == (1, 0, 1)

        # The next push sends it again: the county already has it; the next bundle's acknowledgement covers it.
        result = sync_push.push(ctx, policy=QUICK)
        assert result.already_held == (1,)
        (ack,) = result.acknowledged
        # Everything again, all of it held already (a day's indicator snapshots ride only its first bundle).
        assert (ack.sequence, ack.committed) == (2, 0) and 0 < ack.already <= held
        assert _status(ctx) == (2, 2, 2) and len(county.records()) == held

        # An old bundle replayed later (by anyone): refused as already received, nothing changes.
        with pytest.raises(SyncRejected, match="bundle_replayed"):
            transport.post_bundle(url, certificate.sha256, kept, policy=QUICK)
        assert _status(ctx) == (2, 2, 2) and len(county.records()) == held
        assert sync_push.push(ctx, policy=QUICK).nothing_to_send
    ctx.close()
    county.close()


def test_no_server_in_the_enrolment(tmp_path: Path) -> None:
    county, keys, _ = new_county(tmp_path)
    from rehabdesk.demo.station import create_demo_station
    from rehabdesk.storage.paths import StationPaths
    from tests.conftest import TEST_POLICY
    from tests.sync.support import enrolment_file

    ctx = create_demo_station(
        StationPaths(tmp_path / "station"), seed=3, clients_count=3, staff_count=2, policy=TEST_POLICY, today=TODAY,
        services_per_client=1, training_years=0,
    ).ctx  # fmt: skip
    path = enrolment_file(tmp_path, keys, server=None, tls_sha256=None)
    sync.enrol(ctx, path, sync.preview_enrolment(ctx, path).fingerprint)
    with pytest.raises(Exception, match="sync_no_server"):
        sync_push.push(ctx, policy=QUICK)
    assert sync.sync_status(ctx).server is None
    ctx.close()
    county.close()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8443", "ftp://x", "https://", "127.0.0.1:8443", "", "https://host:99999",
        "https://user@host", "https://host/?q=1", "https://host:port",
    ],
)  # fmt: skip
def test_only_https_urls(url: str, tmp_path: Path) -> None:
    bundle = tmp_path / "b.rdsync"
    bundle.write_bytes(b"")
    with pytest.raises(SyncRejected, match="county_server_url_invalid"):
        transport.post_bundle(url, "ab" * 32, bundle, policy=QUICK)


class FailingOnce:
    """The county's side fails once (its database busy, say), then works."""

    def __init__(self, county) -> None:
        self.county = county
        self.failures = 1

    def device_key(self, device_id: str):
        return self.county.device_key(device_id)

    def receive(self, path: Path) -> bytes:
        if self.failures:
            self.failures -= 1
            raise RuntimeError("database is locked: 李四 110105199001011234")  # never logged
        return self.county.receive(path)


def test_a_county_side_failure_is_retried_and_logged_without_details(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    county, keys, certificate = new_county(tmp_path)
    flaky = FailingOnce(county)
    with running_server(flaky, tmp_path / "county", certificate) as url:
        setup = enrolled_station(tmp_path, url, certificate, keys, county)
        with pytest.raises(SyncRejected, match="county_internal_error"):
            sync_push.push(setup.ctx, policy=QUICK)
        assert _status(setup.ctx) == (1, 0, 1)
        flaky.failures = 1
        result = sync_push.push(setup.ctx, policy=replace(QUICK, attempts=2, first_delay=0.01))
        assert [a.sequence for a in result.acknowledged] == [1] and _status(setup.ctx) == (1, 1, 1)
    logged = capfd.readouterr().err
    assert "bundle failed: RuntimeError" in logged
    assert "李四" not in logged and "110105199001011234" not in logged and "Traceback" not in logged
    setup.ctx.close()
    county.close()


class Recording:
    """The county, noting every bundle that reached its receive step (decryption and import)."""

    def __init__(self, county) -> None:
        self.county = county
        self.received: list[Path] = []

    def device_key(self, device_id: str):
        return self.county.device_key(device_id)

    def receive(self, path: Path) -> bytes:
        self.received.append(path)
        return self.county.receive(path)


def test_a_bundle_not_signed_by_the_registered_key_never_reaches_decryption(tmp_path: Path) -> None:
    from rehabdesk.sync.enrolment import RegistrationRequest
    from rehabdesk.sync.minisign import SecretKey
    from tests.sync.support import write_bundle

    county, keys, certificate = new_county(tmp_path)
    recording = Recording(county)
    registered = SecretKey.generate()  # the county holds this key for the device; the bundle is signed by another
    request = RegistrationRequest("ST0001", "站", "110105", "D00000A1", registered.public, "2026-12-07T00:00:00Z")
    county.register(request.seal(registered))
    forged, _ = write_bundle(tmp_path, keys, [{"type": "erase", "pseudonym": "ab" * 32}])
    with running_server(recording, tmp_path / "county", certificate) as url:
        with pytest.raises(SyncRejected, match="bundle_signature_invalid"):
            transport.post_bundle(url, certificate.sha256, forged, policy=QUICK)
        with httpx.Client(verify=transport.pinned_context(certificate.sha256)) as client:
            assert client.post(f"{url}/v1/bundles", content=forged.read_bytes()).status_code == 403
            assert client.get(f"{url}/v1/bundles").status_code == 405
            assert client.get(f"{url}/docs").status_code == 404
    assert recording.received == []
    county.close()


class Slow:
    """The county takes its time over a bundle (a large import) until released."""

    def __init__(self, county) -> None:
        self.county = county
        self.entered = threading.Event()
        self.release = threading.Event()

    def device_key(self, device_id: str):
        return self.county.device_key(device_id)

    def receive(self, path: Path) -> bytes:
        self.entered.set()
        self.release.wait(30)
        return self.county.receive(path)


def test_a_send_in_progress_can_be_broken_off(tmp_path: Path) -> None:
    """The app closing stops a send at once, waiting neither for the county's answer nor for a timeout."""
    county, keys, certificate = new_county(tmp_path)
    slow = Slow(county)
    with running_server(slow, tmp_path / "county", certificate) as url:
        setup = enrolled_station(tmp_path, url, certificate, keys, county)
        cancel = transport.Cancel()
        outcome: list[BaseException] = []

        def send() -> None:
            try:
                sync_push.push(setup.ctx, policy=QUICK, cancel=cancel)
            except SyncRejected as error:
                outcome.append(error)

        worker = threading.Thread(target=send)
        worker.start()
        assert slow.entered.wait(30)
        started = time.monotonic()
        cancel()
        worker.join(10)
        assert not worker.is_alive() and time.monotonic() - started < 5
        assert [error.code for error in outcome] == ["county_send_cancelled"]
        assert _status(setup.ctx) == (1, 0, 1)
        # The county finished the import all the same: the next send finds it there and carries on.
        slow.release.set()
        result = sync_push.push(setup.ctx, policy=replace(QUICK, attempts=3, first_delay=0.5))
        assert result.already_held == (1,) or [a.sequence for a in result.acknowledged] == [1]
        assert _status(setup.ctx)[1] == _status(setup.ctx)[0]  # everything sent is acknowledged
    setup.ctx.close()
    county.close()
