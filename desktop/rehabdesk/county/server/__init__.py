"""The county's HTTPS endpoint for bundles (FastAPI on uvicorn, self-signed certificate pinned by the stations)."""

from rehabdesk.county.server.app import BUNDLES_PATH, MAX_BUNDLE_BYTES, BundleReceiver, create_app
from rehabdesk.county.server.run import DEFAULT_PORT, make_server, serve, serve_county
from rehabdesk.county.server.tls import ServerCertificate, certificate_sha256, make_server_certificate

__all__ = [
    "BUNDLES_PATH",
    "DEFAULT_PORT",
    "MAX_BUNDLE_BYTES",
    "BundleReceiver",
    "ServerCertificate",
    "certificate_sha256",
    "create_app",
    "make_server",
    "make_server_certificate",
    "serve",
    "serve_county",
]
