"""Import the county's acknowledgement of a bundle (issue 14): verified against the enrolled county's key, matched
to a bundle this station sent, then the bundle (and the earlier ones it superseded) marked acknowledged and each
record's state kept; rejected records are listed with the county's reason."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.sync_export import outbox_dir
from rehabdesk.storage.repositories import station as station_repository
from rehabdesk.storage.repositories import sync_state as repository
from rehabdesk.storage.schema.base import utc_now
from rehabdesk.sync.ack import MAX_ACK_SIZE, Acknowledgement
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.minisign import PublicKey


@dataclass(frozen=True)
class AckResult:
    sequence: int
    committed: int
    already: int
    rejected: int


@dataclass(frozen=True)
class RejectedRecord:
    record_type: str
    record_id: str
    reason: str | None  # the county's code (docs/sync-bundle.md §8); the UI says it in words
    client_id: str | None = None  # whose case file to open to fix it; None for station-level records
    client_name: str | None = None  # only for an account that may see case files
    case_number: str | None = None


@service(Permission.EXPORT_BUNDLES, mutating=True)
def import_ack(ctx: StationContext, path: Path) -> AckResult:
    """An acknowledgement file brought back from the county (USB)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise DomainError("file_unreadable", error=type(error).__name__) from None
    return _import(ctx, data)


@service(Permission.EXPORT_BUNDLES, mutating=True)
def import_ack_data(ctx: StationContext, data: bytes) -> AckResult:
    """An acknowledgement received over the network: the same checks as a file's."""
    return _import(ctx, data)


def _import(ctx: StationContext, data: bytes) -> AckResult:
    if len(data) > MAX_ACK_SIZE:
        raise SyncRejected("county_ack_malformed")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        session = uow.session
        enrolment = repository.current_enrolment(session)
        if enrolment is None:
            raise DomainError("sync_not_enrolled")
        ack = Acknowledgement.open(data, PublicKey.parse(enrolment.minisign_public_key))
        station = station_repository.the_station(session)
        sent = repository.bundle(session, ack.bundle_id)
        if sent is None or ack.station_code != station.code:
            raise SyncRejected("ack_unknown_bundle")
        if (sent.device_id, sent.sequence, sent.bundle_hash) != (ack.device_id, ack.sequence, ack.bundle_sha256):
            raise SyncRejected("ack_mismatch")
        if sent.status == "acknowledged":
            raise SyncRejected("ack_replayed")
        expected = sum(json.loads(sent.record_counts).values())
        if len(ack.records) != expected:
            raise SyncRejected("ack_mismatch", reason="records")
        repository.record_deliveries(
            session,
            [
                {
                    "entity_type": record.type,
                    "entity_id": record.id,
                    "row_version": record.version or 0,
                    "bundle_id": sent.id,
                    "state": record.state,
                    "reason": record.reason,
                }
                for record in ack.records
                if record.type != "erase"
            ],
        )
        now = utc_now()
        done: list[str] = []
        # The county takes a device's bundles in order only, so every earlier one has reached it too.
        for bundle in repository.bundles(session):
            if (
                bundle.device_id == sent.device_id
                and bundle.sequence <= sent.sequence
                and bundle.status != "acknowledged"
            ):
                bundle.status = "acknowledged"
                bundle.acknowledged_at = now
                done.append(bundle.file_name)
        counts = ack.counts()
        sent.ack_counts = json.dumps(counts, sort_keys=True)
        sequence = sent.sequence
        uow.audit(
            "sync_ack",
            entity_type="sync_bundle",
            entity_id=ack.bundle_id,
            detail={"sequence": sequence, **counts},
        )
        uow.commit()
    for name in done:
        (outbox_dir(ctx) / name).unlink(missing_ok=True)
    return AckResult(sequence, counts["committed"], counts["already"], counts["rejected"])


@service(Permission.EXPORT_BUNDLES, mutating=False)
def rejected_records(ctx: StationContext) -> list[RejectedRecord]:
    """Records the county refused, with its reason (until a later version of the record is acknowledged), and the
    client each belongs to, so the case can be opened and fixed."""
    may_see = ctx.actor.may(Permission.VIEW_RECORDS)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        rows = repository.rejected(uow.session)
        clients = repository.clients_of_records(uow.session, [(row.entity_type, row.entity_id) for row in rows])
        found = []
        for row in rows:
            client = clients.get((row.entity_type, row.entity_id))
            found.append(
                RejectedRecord(
                    row.entity_type,
                    row.entity_id,
                    row.reason,
                    client.id if client is not None and may_see else None,
                    client.name if client is not None and may_see else None,
                    client.case_number if client is not None and may_see else None,
                )
            )
        return found
