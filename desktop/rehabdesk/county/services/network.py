"""The county's HTTPS endpoint wired to its services (county/server holds the endpoint itself): the transport
certificate, made once and kept sealed with the county's other keys; the receiver the endpoint calls for each
bundle posted; and the server named in the enrolment file, so that stations pin the certificate."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.county.domain.roles import CountyPermission, require
from rehabdesk.county.server import DEFAULT_PORT, ServerCertificate, make_server_certificate, serve_county
from rehabdesk.county.services import receiving
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.storage import county
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.minisign import PublicKey

ACKS_FOLDER = "acks"  # under the county folder: the acknowledgements given over the network, as on a stick
_PEM_END = b"-----END PRIVATE KEY-----\n"


def server_certificate(ctx: CountyContext) -> ServerCertificate:
    """The endpoint's certificate and key; made (and audited) the first time a county needs one."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        keys = county.active_keys(uow.session, ctx.store.master)
        if county.TLS in keys:
            row = keys[county.TLS]
            key_pem, cert_pem = row.secret.split(_PEM_END, 1)
            return ServerCertificate(cert_pem, key_pem + _PEM_END, row.public)
        require(ctx.actor, CountyPermission.MANAGE_KEYS)
        this = county.county(uow.session)
        made = make_server_certificate(this.name, this.division)
        if not made.key_pem.endswith(_PEM_END):
            raise ValueError("the certificate's key is not an unencrypted PKCS#8 PEM")
        county.add_key(uow.session, ctx.store.master, county.TLS, made.key_pem + made.cert_pem, made.sha256)
        uow.audit("tls_certificate_made", entity_type="county", detail={"fingerprint": made.sha256})
        uow.commit()
    return made


def check_server_url(url: str) -> str:
    """What stations will connect to: https://host[:port], nothing after it."""
    url = url.strip().rstrip("/")
    host = url.removeprefix("https://")
    if not url.startswith("https://") or not host or any(c in host for c in "/?#@ \\"):
        raise CountyRefused("county_server_url_invalid", url=url[:80])
    return url


class CountyReceiver:
    """The endpoint's view of the county: device keys from the registry, bundles through the same receiving
    service as a USB import (one transaction per bundle, held bundles released), acknowledgements returned."""

    def __init__(self, ctx: CountyContext) -> None:
        self._ctx = ctx
        self._acks = ctx.store.paths.root / ACKS_FOLDER
        self._acks.mkdir(mode=0o700, exist_ok=True)

    def device_key(self, device_id: str) -> PublicKey | None:
        return receiving.device_key(self._ctx, device_id)

    def receive(self, path: Path) -> bytes:
        outcome = receiving.receive_file(self._ctx, path, self._acks)[0]
        if outcome.state in (receiving.APPLIED, receiving.ALREADY) and outcome.ack_path is not None:
            return outcome.ack_path.read_bytes()
        if outcome.state == receiving.HELD:
            raise SyncRejected("bundle_sequence_gap", **outcome.params)
        raise SyncRejected(outcome.reason or "bundle_refused", **outcome.params)


def serve(ctx: CountyContext, *, host: str, port: int = DEFAULT_PORT) -> None:
    """Receive bundles over HTTPS until interrupted (Ctrl+C)."""
    require(ctx.actor, CountyPermission.IMPORT_BUNDLES)
    certificate = server_certificate(ctx)
    serve_county(
        CountyReceiver(ctx),
        data_dir=ctx.store.paths.root,
        cert_pem=certificate.cert_pem,
        key_pem=certificate.key_pem,
        host=host,
        port=port,
    )
