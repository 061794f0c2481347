"""Sending a bundle to the county's HTTPS endpoint (issue 15): httpx with the county's certificate pinned.

Trust comes from the enrolment file, not from the system's certificate authorities: the TLS handshake completes
without CA checks, then the server's certificate must hash (SHA-256 over its DER bytes) to the enrolment's
``tls_sha256`` before a byte of the request is sent. Host names play no part (a county server is an address on
its LAN). Network failures are retried with backoff; a refusal by the county (4xx with its reason code) is not.
A bundle counts as delivered only when a signed acknowledgement comes back (the caller verifies and imports it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from rehabdesk.sync.errors import SyncRejected

BUNDLES_PATH = "/v1/bundles"
MAX_ACK_BYTES = 256 * 1024 * 1024
MAX_REFUSAL_BYTES = 64 * 1024


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    first_delay: float = 2.0  # seconds before the second attempt; each next waits ``factor`` times longer
    factor: float = 4.0
    connect_timeout: float = 10.0
    # The county answers after it has verified, decrypted and imported the bundle: a large one takes a while.
    read_timeout: float = 600.0

    def delays(self) -> list[float]:
        return [self.first_delay * self.factor**n for n in range(self.attempts - 1)]


class _PinnedContext(ssl.SSLContext):
    """A client context that checks the server's certificate against one SHA-256 at the end of the handshake,
    before the connection is handed to httpx (so the request is never sent to another server)."""

    pin: str
    mismatched: bool
    cancel: Cancel | None

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:  # type: ignore[override]
        sock = super().wrap_socket(*args, **kwargs)
        der = sock.getpeercert(binary_form=True)
        if der is None or hashlib.sha256(der).hexdigest() != self.pin:
            self.mismatched = True
            sock.close()
            raise ssl.SSLCertVerificationError("the county server's certificate is not the one enrolled")
        if self.cancel is not None:
            self.cancel.watch(sock)
        return sock


class Cancel:
    """Lets another thread stop a send in progress (the app closing): its connections are shut down, which wakes
    a read or write blocked on them, and the send fails with ``county_send_cancelled``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self.cancelled = False

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.cancelled:
                self._shut(sock)

    def __call__(self) -> None:
        with self._lock:
            self.cancelled = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's: the TLS one's drops its state


def pinned_context(tls_sha256: str, cancel: Cancel | None = None) -> ssl.SSLContext:
    context = _PinnedContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the pin replaces the CA check
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.pin = tls_sha256.lower()
    context.mismatched = False
    context.cancel = cancel
    return context


def bundles_url(server: str) -> str:
    parts = urlsplit(server.strip())
    try:
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError:
        raise SyncRejected("county_server_url_invalid") from None
    if parts.scheme != "https" or not parts.hostname or parts.query or parts.fragment or parts.username:
        raise SyncRejected("county_server_url_invalid")
    return f"https://{parts.netloc}{parts.path.rstrip('/')}{BUNDLES_PATH}"


class _ServerTrouble(Exception):
    """An answer worth another try: the county's side failed, or the body did not reach it in time."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _read_capped(response: httpx.Response, limit: int) -> bytes | None:
    data = bytearray()
    for chunk in response.iter_bytes():
        data += chunk
        if len(data) > limit:
            return None
    return bytes(data)


def _refusal(response: httpx.Response) -> SyncRejected:
    try:
        parsed = json.loads(_read_capped(response, MAX_REFUSAL_BYTES) or b"")
        code, params = parsed["code"], parsed.get("params") or {}
        if not isinstance(code, str) or not code.isidentifier() or not isinstance(params, dict):
            raise ValueError(code)
    except (ValueError, KeyError, TypeError):
        return SyncRejected("county_server_error", status=response.status_code)
    simple = {k: v for k, v in params.items() if isinstance(k, str) and isinstance(v, str | int)}
    return SyncRejected(code, **simple)


def _answered_by_pinned(response: httpx.Response, pin: str) -> bool:
    """The check again on the connection that answered: should a future httpx or httpcore open TLS connections
    some other way than ``wrap_socket``, an answer from an unchecked server is still never trusted."""
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
    der = ssl_object.getpeercert(True) if ssl_object is not None else None
    return der is not None and hashlib.sha256(der).hexdigest() == pin


def _post_once(client: httpx.Client, url: str, path: Path, pin: str) -> bytes:
    with (
        open(path, "rb") as body,
        client.stream("POST", url, content=body, headers={"content-type": "application/octet-stream"}) as response,
    ):
        if not _answered_by_pinned(response, pin):
            raise SyncRejected("county_server_certificate_mismatch")
        # 408: the county gave up waiting for the body (the link stalled); 5xx: its own trouble. Both pass.
        if response.status_code >= 500 or response.status_code == 408:
            raise _ServerTrouble(response.status_code)
        if response.status_code != 200:
            raise _refusal(response)
        data = _read_capped(response, MAX_ACK_BYTES)
        if data is None:
            raise SyncRejected("county_ack_malformed")
        return data


def post_bundle(
    server: str,
    tls_sha256: str,
    path: Path,
    *,
    policy: RetryPolicy = RetryPolicy(),
    sleep: Callable[[float], None] = time.sleep,
    cancel: Cancel | None = None,
) -> bytes:
    """POST the bundle file at ``path`` and return the body of the county's answer (the acknowledgement file's
    bytes, unverified). Raises SyncRejected: the county's own reason code for a refusal,
    ``county_server_certificate_mismatch`` for a server that is not the enrolled one, ``county_server_unreachable``
    once every attempt failed on the network (``county_internal_error`` when the county kept failing itself)."""
    url = bundles_url(server)
    context = pinned_context(tls_sha256, cancel)
    timeout = httpx.Timeout(policy.connect_timeout, read=policy.read_timeout)
    delays = policy.delays()
    with httpx.Client(verify=context, timeout=timeout, trust_env=False, follow_redirects=False) as client:
        for attempt in range(policy.attempts):
            try:
                return _post_once(client, url, path, context.pin)
            except (httpx.TransportError, _ServerTrouble) as error:
                if cancel is not None and cancel.cancelled:
                    raise SyncRejected("county_send_cancelled") from None
                if context.mismatched:
                    raise SyncRejected("county_server_certificate_mismatch") from None
                if attempt == policy.attempts - 1:
                    if isinstance(error, _ServerTrouble) and error.status >= 500:
                        raise SyncRejected("county_internal_error", status=error.status) from None
                    raise SyncRejected("county_server_unreachable", reason=type(error).__name__) from None
                sleep(delays[attempt])
    raise AssertionError("unreachable")
