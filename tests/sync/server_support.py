"""A real county HTTPS server on 127.0.0.1 (uvicorn in a thread, ephemeral port) around a ScratchCounty, a station
enrolled with it, and a TCP relay that cuts connections mid-upload."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rehabdesk.county.server import ServerCertificate, create_app, make_server, make_server_certificate
from rehabdesk.county.server.app import MAX_BUNDLE_BYTES, BundleReceiver
from rehabdesk.demo.station import create_demo_station
from rehabdesk.services import sync
from rehabdesk.services.context import StationContext
from rehabdesk.storage.paths import StationPaths
from rehabdesk.sync.county import CountyKeys, ScratchCounty
from rehabdesk.sync.transport import RetryPolicy
from tests.conftest import TEST_POLICY
from tests.sync.support import Keys, enrolment_file, make_keys

TODAY = date(2026, 11, 20)
QUICK = RetryPolicy(attempts=1, connect_timeout=5.0, read_timeout=30.0)


def _listening_socket(port: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    return sock


@contextmanager
def running_server(
    county: BundleReceiver,
    data_dir: Path,
    certificate: ServerCertificate,
    *,
    max_bundle_bytes: int = MAX_BUNDLE_BYTES,
    idle_seconds: float = 10.0,
    port: int = 0,
) -> Iterator[str]:
    """Serve ``county`` over HTTPS until the block ends (on ``port``, or an ephemeral one); yields the base URL."""
    app = create_app(county, data_dir=data_dir, max_bundle_bytes=max_bundle_bytes, idle_seconds=idle_seconds)
    sock = _listening_socket(port)
    port = sock.getsockname()[1]
    server = make_server(app, "127.0.0.1", port, certificate.cert_pem, certificate.key_pem, data_dir=data_dir)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the county server did not start")
        time.sleep(0.02)
    try:
        yield f"https://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(45)
        sock.close()
        assert not thread.is_alive(), "the county server did not stop"


@dataclass
class Setup:
    ctx: StationContext
    county: ScratchCounty
    keys: Keys
    certificate: ServerCertificate
    county_dir: Path
    device_id: str


def enrolled_station(
    tmp_path: Path, url: str, certificate: ServerCertificate, keys: Keys, county: ScratchCounty
) -> Setup:
    """A small demo station enrolled with the county at ``url`` (pinning ``certificate``) and registered there."""
    result = create_demo_station(
        StationPaths(tmp_path / "station"), seed=7, clients_count=15, staff_count=4, policy=TEST_POLICY, today=TODAY,
        services_per_client=3, training_years=1,
    )  # fmt: skip
    ctx = result.ctx
    path = enrolment_file(tmp_path, keys, server=url, tls_sha256=certificate.sha256)
    sync.enrol(ctx, path, sync.preview_enrolment(ctx, path).fingerprint)
    request = sync.write_registration_request(ctx, tmp_path / "request.rdreq").read_bytes()
    device_id = county.register(request).device_id
    return Setup(ctx, county, keys, certificate, tmp_path / "county", device_id)


def new_county(tmp_path: Path) -> tuple[ScratchCounty, Keys, ServerCertificate]:
    keys = make_keys()
    county = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "county.db")
    return county, keys, make_server_certificate("测试区民政局", "110105")


class CuttingRelay:
    """Relays TCP to 127.0.0.1:``port``. The first ``cuts`` connections break once ``after`` bytes have gone from the
    client to the server: reset both ways (``stall=False``, a link that fails loudly), or silently never forwarded
    again (``stall=True``, a pulled cable: no reset reaches either end)."""

    def __init__(self, port: int, *, after: int, cuts: int, stall: bool = False) -> None:
        self._target = port
        self._after = after
        self._stall = stall
        self.cuts_left = cuts
        self._listener = _listening_socket()
        self._listener.listen(8)
        self.port = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self._target))
            self._sockets += [client, upstream]
            cut = self.cuts_left > 0
            self.cuts_left -= 1 if cut else 0
            threading.Thread(target=self._pump, args=(client, upstream, cut), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, cut: bool) -> None:
        sent = 0
        try:
            while data := source.recv(4096):
                if cut and sent + len(data) >= self._after:
                    sink.sendall(data[: max(0, self._after - sent)])
                    if self._stall:
                        return  # nothing more is read or forwarded; both ends wait
                    for end in (source, sink):
                        end.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                        end.shutdown(socket.SHUT_RDWR)  # wakes the other direction's thread
                        end.close()
                    return
                sink.sendall(data)
                sent += len(data)
            sink.shutdown(socket.SHUT_WR)
        except OSError:
            return

    def __enter__(self) -> CuttingRelay:
        return self

    def __exit__(self, *exc: object) -> None:
        self._listener.close()
        for end in self._sockets:
            end.close()
