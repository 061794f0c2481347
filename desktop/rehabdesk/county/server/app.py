"""The county's HTTPS endpoint (issue 15, DESIGN.md §10): a station POSTs a bundle (.rdsync bytes, exactly as on a
USB stick) to ``/v1/bundles`` and gets the county's signed acknowledgement back.

- The body is bounded: a declared length past the limit is refused before a byte is read, a streamed one as soon
  as it passes it. It is spooled to a 0600 file in the county's data folder (never held in memory, never in /tmp)
  and deleted when the request ends, whatever happens.
- The request is authenticated by the bundle itself: the manifest's minisign signature, checked against the
  device's key in the county's registry, before the receiver decrypts anything. An unknown or revoked device, or a
  bad signature, is a 403 with the reason code.
- Nothing is applied unless the whole body arrived (a dropped connection ends the request before the receiver
  runs) and verified; the receiver imports a bundle in one transaction.
- Logs name the device, sequence, size and outcome code: never a record, never a body.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol

import anyio
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.requests import ClientDisconnect

from rehabdesk.sync.bundle import verify_signature
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.manifest import Manifest
from rehabdesk.sync.minisign import PublicKey

BUNDLES_PATH = "/v1/bundles"
ACK_MEDIA_TYPE = "application/vnd.rehabdesk.ack"
MAX_BUNDLE_BYTES = 1024 * 1024 * 1024  # a full bundle of a 20 000-client station is a few hundred MB
IDLE_SECONDS = 60.0
SPOOL = "incoming"
TOO_LARGE = "bundle_too_large"
INCOMPLETE = "bundle_incomplete"
INTERNAL = "county_internal_error"

# Who may not send (authentication) is told apart from what cannot be taken (the bundle's place in the chain, or
# its content).
_FORBIDDEN = {"bundle_unknown_device", "bundle_device_revoked", "bundle_signature_invalid"}
_CONFLICT = {"bundle_replayed", "bundle_sequence_conflict", "bundle_sequence_gap", "bundle_chain_broken"}

log = logging.getLogger("rehabdesk.county.server")


class BundleReceiver(Protocol):
    """What the endpoint needs from the county application (the tests plug in sync.county.ScratchCounty)."""

    def device_key(self, device_id: str) -> PublicKey | None:
        """The registered device's public key; None if unknown; SyncRejected("bundle_device_revoked") if revoked."""
        ...

    def receive(self, path: Path) -> bytes:
        """Verify, decrypt and import the bundle file (all or nothing) and return the signed acknowledgement's
        bytes; raise SyncRejected with the reason code otherwise."""
        ...


def _refused(status: int, code: str, params: dict[str, Any] | None = None) -> JSONResponse:
    # SyncRejected parameters are codes and numbers (field names, expected sequence …), never personal data.
    simple = {k: v for k, v in (params or {}).items() if isinstance(v, str | int | bool)}
    return JSONResponse({"code": code, "params": simple}, status_code=status)


def status_for(code: str) -> int:
    if code in _FORBIDDEN:
        return 403
    if code in _CONFLICT:
        return 409
    return 422


def _authenticated_receive(receiver: BundleReceiver, path: Path) -> tuple[Manifest, bytes]:
    with open(path, "rb") as handle:
        _, manifest = verify_signature(handle, receiver.device_key)
    return manifest, receiver.receive(path)


def create_app(
    receiver: BundleReceiver,
    *,
    data_dir: Path,
    max_bundle_bytes: int = MAX_BUNDLE_BYTES,
    idle_seconds: float = IDLE_SECONDS,
) -> FastAPI:
    """The ASGI application. ``data_dir`` is the county's data folder (the spool lives in its ``incoming/``);
    a body that stops arriving for ``idle_seconds`` is dropped."""
    app = FastAPI(title="RehabDesk County", docs_url=None, redoc_url=None, openapi_url=None)
    spool = Path(data_dir) / SPOOL
    # One bundle at a time: a device's bundles apply in order, and the county store takes one writer.
    one_at_a_time = anyio.CapacityLimiter(1)

    @app.post(BUNDLES_PATH)
    async def post_bundle(request: Request) -> Response:
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > max_bundle_bytes):
            log.info("bundle refused: %s (declared %s bytes)", TOO_LARGE, declared[:20])
            return _refused(413, TOO_LARGE, {"maximum": max_bundle_bytes})
        spool.mkdir(mode=0o700, parents=True, exist_ok=True)
        size = 0
        handle, name = tempfile.mkstemp(prefix=".incoming-", suffix=".rdsync", dir=spool)  # mode 0600
        path = Path(name)
        try:
            chunks = request.stream()
            with os.fdopen(handle, "wb") as out:
                # A link that goes silent (a pulled cable sends no reset) must not hold the request open for ever.
                while True:
                    with anyio.fail_after(idle_seconds):
                        chunk = await anext(chunks, None)
                    if chunk is None:
                        break
                    size += len(chunk)
                    if size > max_bundle_bytes:
                        log.info("bundle refused: %s (more than %d bytes)", TOO_LARGE, max_bundle_bytes)
                        return _refused(413, TOO_LARGE, {"maximum": max_bundle_bytes})
                    out.write(chunk)
            try:
                manifest, ack = await anyio.to_thread.run_sync(
                    _authenticated_receive, receiver, path, limiter=one_at_a_time
                )
            except SyncRejected as refusal:
                log.info("bundle refused: %s (%d bytes)", refusal.code, size)
                return _refused(status_for(refusal.code), refusal.code, refusal.params)
            except Exception as error:  # the receiver's fault, not the station's: it may try again later
                log.error("bundle failed: %s (%d bytes)", type(error).__name__, size)
                return _refused(500, INTERNAL)
            log.info(
                "bundle received: station %s device %s sequence %d (%d bytes)",
                manifest.station_code, manifest.device_id, manifest.sequence, size,
            )  # fmt: skip
            return Response(ack, media_type=ACK_MEDIA_TYPE)
        except (ClientDisconnect, TimeoutError):
            log.info("bundle dropped: %s after %d bytes", INCOMPLETE, size)
            return _refused(408, INCOMPLETE)  # nothing was applied; the station sends it again
        finally:
            path.unlink(missing_ok=True)

    return app
