"""Running the endpoint: uvicorn over TLS with the county's certificate.

Python's ssl loads a private key only from a file. The key (kept by the county inside its encrypted database) is
written to a 0600 file in the county's data folder (``tls/``, itself 0700; never /tmp) just long enough for the
TLS context to load it, and deleted at once: it then lives only in the server process's memory. The certificate
stays next to it (public). uvicorn's own access log is off: its request line would carry query strings; the app
logs one line per bundle instead (rehabdesk.county.server), without personal data."""

from __future__ import annotations

import copy
import os
import socket
import ssl
from collections.abc import Callable
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from uvicorn.config import LOGGING_CONFIG

from rehabdesk.county.server.app import MAX_BUNDLE_BYTES, BundleReceiver, create_app

TLS_DIR = "tls"
DEFAULT_PORT = 8443


def _tls_context(cert_pem: bytes, key_pem: bytes, folder: Path) -> ssl.SSLContext:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    cert_file = folder / "server.crt"
    key_file = folder / f".server-{os.getpid()}.key"
    cert_file.write_bytes(cert_pem)
    key_file.unlink(missing_ok=True)
    descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(key_pem)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(cert_file, key_file)
    finally:
        key_file.unlink(missing_ok=True)
    return context


def _log_config() -> dict:
    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["rehabdesk.county.server"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config


def make_server(
    app: FastAPI, host: str, port: int, cert_pem: bytes, key_pem: bytes, *, data_dir: Path
) -> uvicorn.Server:
    """A configured uvicorn server, not yet running (``.run()`` blocks; tests run it in a thread)."""
    context = _tls_context(cert_pem, key_pem, Path(data_dir) / TLS_DIR)
    factory: Callable[[uvicorn.Config, Callable[[], ssl.SSLContext]], ssl.SSLContext] = lambda config, default: context  # noqa: E731
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        ssl_context_factory=factory,
        access_log=False,
        log_config=_log_config(),
        server_header=False,
        proxy_headers=False,
        limit_concurrency=64,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=30,
    )
    return uvicorn.Server(config)


def serve(
    app: FastAPI,
    host: str,
    port: int,
    cert_pem: bytes,
    key_pem: bytes,
    *,
    data_dir: Path,
    sock: socket.socket | None = None,
) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM end it gracefully)."""
    server = make_server(app, host, port, cert_pem, key_pem, data_dir=data_dir)
    server.run(sockets=[sock] if sock is not None else None)


def serve_county(
    receiver: BundleReceiver,
    *,
    data_dir: Path,
    cert_pem: bytes,
    key_pem: bytes,
    host: str = "0.0.0.0",
    port: int = DEFAULT_PORT,
    max_bundle_bytes: int = MAX_BUNDLE_BYTES,
) -> None:
    """What ``rehabdesk-county serve --host --port`` calls: the receiver is the county service, the certificate and
    key those made at county creation (make_server_certificate) and kept in the county database."""
    app = create_app(receiver, data_dir=data_dir, max_bundle_bytes=max_bundle_bytes)
    serve(app, host, port, cert_pem, key_pem, data_dir=data_dir)
