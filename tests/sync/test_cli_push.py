"""`rehabdesk sync push` as a station would run it, against a real county HTTPS server."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehabdesk.county.server import make_server_certificate
from rehabdesk.sync.enrolment import Enrolment
from tests.sync.server_support import new_county, running_server
from tests.sync.support import enrolment_file
from tests.sync.test_cli_sync import rehabdesk


@pytest.mark.slow
def test_push_from_the_command_line(tmp_path: Path) -> None:
    county, keys, certificate = new_county(tmp_path)
    folder = tmp_path / "station"
    made = rehabdesk(folder, "demo", "--clients", "20", "--services-per-client", "3", "--training-years", "1")
    assert made.returncode == 0, made.stderr

    # Another server answers at the county's address: refused in Chinese, before anything is sent.
    impostor = make_server_certificate("冒充者", "110105")
    with running_server(county, tmp_path / "county", impostor) as url:
        path = enrolment_file(tmp_path, keys, server=url, tls_sha256=certificate.sha256)
        fingerprint = Enrolment.open(path.read_bytes()).fingerprint
        assert rehabdesk(folder, "sync", "enrol", str(path), "--fingerprint", fingerprint).returncode == 0
        assert rehabdesk(folder, "sync", "request", "--out", str(tmp_path / "request.rdreq")).returncode == 0
        county.register((tmp_path / "request.rdreq").read_bytes())
        refused = rehabdesk(folder, "--lang", "zh_CN", "sync", "push")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "证书" in refused.stderr and "未发送任何数据" in refused.stderr, refused.stderr
    assert county.records() == []
    status = rehabdesk(folder, "sync", "status")
    assert "Bundles sent: 1, acknowledged: 0" in status.stdout and f"County server: {url}" in status.stdout

    # The county's own server at that address: delivered and acknowledged.
    port = int(url.rsplit(":", 1)[1])
    with running_server(county, tmp_path / "county", certificate, port=port):
        pushed = rehabdesk(folder, "sync", "push")
        assert pushed.returncode == 0, pushed.stderr
        assert "Acknowledgement imported for bundle 1" in pushed.stdout
        again = rehabdesk(folder, "sync", "push")
        assert again.returncode == 0 and "Nothing new to send" in again.stdout
    assert "Bundles sent: 1, acknowledged: 1" in rehabdesk(folder, "sync", "status").stdout
    assert county.records()

    county.close()
