"""Sending bundles to the county over the network (issue 15): the station's half of ``rehabdesk sync push``, the
sync page's "send now" button and the app's periodic send.

Every bundle the county has not acknowledged is sent again, oldest first, then the next one if anything changed
since: the county takes a device's bundles in order only. A bundle counts as delivered only when the county's
signed acknowledgement comes back and is imported (sync_ack), on the spot. A bundle the county says it already
holds (its acknowledgement was lost on the way) is no failure: the next bundle's acknowledgement covers it.

``push`` itself is no registered service: it runs registered ones (push_target, sync_export.write_bundle,
sync_ack.import_ack_data), each its own transaction with its own audit entry, and talks to the network between
them, never inside one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Permission
from rehabdesk.services import sync_ack, sync_export
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import sync_state as repository
from rehabdesk.sync import transport
from rehabdesk.sync.errors import SyncRejected

Sender = Callable[[Path], bytes]


@dataclass(frozen=True)
class PendingBundle:
    sequence: int
    path: Path


@dataclass(frozen=True)
class PushTarget:
    server: str
    tls_sha256: str
    pending: tuple[PendingBundle, ...]  # written, not yet acknowledged, oldest first


@dataclass(frozen=True)
class PushResult:
    acknowledged: tuple[sync_ack.AckResult, ...]  # one per acknowledgement imported, oldest first
    already_held: tuple[int, ...]  # sequences the county held already (their acknowledgement had been lost)

    @property
    def nothing_to_send(self) -> bool:
        return not self.acknowledged and not self.already_held


@service(Permission.EXPORT_BUNDLES, mutating=False)
def push_target(ctx: StationContext) -> PushTarget:
    """Where to send (the enrolment's server and certificate pin) and what is waiting in the outbox."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        enrolment = repository.current_enrolment(uow.session)
        device = repository.current_device(uow.session)
        if enrolment is None or device is None:
            raise DomainError("sync_not_enrolled")
        if not enrolment.server or not enrolment.tls_sha256:
            raise DomainError("sync_no_server")
        outbox = sync_export.outbox_dir(ctx)
        pending = sorted(
            (bundle.sequence, bundle.file_name)
            for bundle in repository.bundles(uow.session)
            if bundle.status == "sent" and bundle.device_id == device.id
        )
        return PushTarget(
            enrolment.server,
            enrolment.tls_sha256,
            tuple(PendingBundle(sequence, outbox / name) for sequence, name in pending if (outbox / name).exists()),
        )


def push(
    ctx: StationContext,
    *,
    policy: transport.RetryPolicy = transport.RetryPolicy(),  # noqa: B008 (frozen)
    send: Sender | None = None,
    cancel: transport.Cancel | None = None,
) -> PushResult:
    """Send what the county has not acknowledged, then the next bundle if anything changed. Raises SyncRejected
    (the county's refusal, a certificate that is not the enrolled one, an unreachable server) or DomainError; what
    was acknowledged before a failure stays acknowledged, nothing else is marked."""
    target = push_target(ctx)
    if send is None:

        def send(path: Path) -> bytes:
            return transport.post_bundle(target.server, target.tls_sha256, path, policy=policy, cancel=cancel)

    acknowledged: list[sync_ack.AckResult] = []
    already: list[int] = []

    def deliver(sequence: int, path: Path) -> None:
        if cancel is not None and cancel.cancelled:
            raise SyncRejected("county_send_cancelled")
        try:
            data = send(path)
        except SyncRejected as refusal:
            if refusal.code == "bundle_replayed":
                already.append(sequence)
                return
            raise
        acknowledged.append(sync_ack.import_ack_data(ctx, data))

    for bundle in target.pending:
        deliver(bundle.sequence, bundle.path)
    try:
        written = sync_export.write_bundle(ctx)
    except DomainError as error:
        if error.code != "sync_nothing_to_send":
            raise
    else:
        deliver(written.sequence, written.path)
    return PushResult(tuple(acknowledged), tuple(already))
