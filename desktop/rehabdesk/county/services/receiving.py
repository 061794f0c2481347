"""Receiving bundles (docs/sync-bundle.md §6, §8): each verified before anything is decrypted, applied in sequence
order per device with one transaction per bundle, acknowledged with a signed file.

- the same bundle again: nothing applied, its acknowledgement written again (the station may have lost it);
- a later bundle before the one it follows: held, encrypted as received, in the database (so it is under the
  database's encryption and in its backups, and joins the ledger in one transaction), applied by itself as soon
  as the missing one arrives;
- the same sequence with other content, or a broken chain: quarantined and reported, never applied;
- an invalid record: a quarantine row with the reason and ``rejected`` in the acknowledgement; the rest applies;
- an erase record: everything held for that pseudonym is deleted.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from rehabdesk.county.domain import merge
from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.county.domain.roles import CountyPermission, require
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.services.keys import GenerationKeys, keys_for_bundle
from rehabdesk.county.storage import ledger, records, registry
from rehabdesk.domain import clock
from rehabdesk.domain.progress import NULL_PROGRESS, Cancelled, Progress
from rehabdesk.durable import atomic_write_bytes
from rehabdesk.storage.keys import MasterKey
from rehabdesk.sync.ack import Acknowledgement, RecordState
from rehabdesk.sync.bundle import read_container, read_records, verify_bundle
from rehabdesk.sync.errors import SyncRejected
from rehabdesk.sync.manifest import bundle_file_name
from rehabdesk.sync.minisign import PublicKey
from rehabdesk.sync.records import ERASE, check_record

SUFFIX = ".rdsync"
ACK_SUFFIX = ".rdack"
APPLIED, ALREADY, HELD, QUARANTINED, REFUSED = "applied", "already", "held", "quarantined", "refused"
_SAFE_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
_SAFE_TYPE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class BundleOutcome:
    source: str  # the file's name, or "held" for a bundle released from the hold
    state: str
    station_code: str | None = None
    device_id: str | None = None
    sequence: int | None = None
    reason: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    committed: int = 0
    already: int = 0
    rejected: int = 0
    ack_path: Path | None = None


@dataclass
class ImportReport:
    outcomes: list[BundleOutcome] = field(default_factory=list)
    cancelled: bool = False

    @property
    def alerts(self) -> list[BundleOutcome]:
        return [outcome for outcome in self.outcomes if outcome.state in (QUARANTINED, REFUSED)]


def bundle_files(source: Path) -> list[Path]:
    if source.is_dir():
        return sorted(path for path in source.iterdir() if path.suffix == SUFFIX and path.is_file())
    if not source.exists():
        raise CountyRefused("county_file_missing", path=str(source))
    return [source]


def _order_key(path: Path) -> tuple[str, int, str]:
    """Device and sequence as the (not yet trusted) manifest says, only to order a folder's bundles: every bundle
    is verified in full when its turn comes; one whose manifest cannot be read goes first and is refused."""
    try:
        with open(path, "rb") as handle:
            body = json.loads(read_container(handle).manifest_bytes)
        return (str(body["device_id"]), int(body["sequence"]), path.name)
    except (SyncRejected, OSError, ValueError, KeyError, TypeError):
        return ("", 0, path.name)


def import_bundles(
    ctx: CountyContext,
    source: Path,
    acks_to: Path,
    *,
    progress: Progress = NULL_PROGRESS,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Import a folder of bundles (or one). Each bundle is its own transaction: cancelling keeps those done."""
    require(ctx.actor, CountyPermission.IMPORT_BUNDLES)
    files = sorted(bundle_files(source), key=_order_key)
    if not files:
        raise CountyRefused("county_no_bundles", folder=str(source))
    acks_to.mkdir(parents=True, exist_ok=True)
    report = ImportReport()
    for done, path in enumerate(files):
        try:
            if cancelled():
                raise Cancelled
            progress.step(done, len(files), path.name)
        except Cancelled:
            report.cancelled = True
            break
        report.outcomes += _receive_with_releases(ctx, path, acks_to)
    else:
        progress.step(len(files), len(files), "")
    return report


def receive_file(ctx: CountyContext, path: Path, acks_to: Path) -> list[BundleOutcome]:
    """One bundle file, then whatever held bundles it releases; the first outcome is the file's."""
    return _receive_with_releases(ctx, path, acks_to)


def device_key(ctx: CountyContext, device_id: str) -> PublicKey | None:
    """A registered device's key, for checking a bundle's signature before anything else is read; refuses a
    revoked or pending device."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return _device_key(uow.session)(device_id)


def _receive_with_releases(ctx: CountyContext, path: Path, acks_to: Path) -> list[BundleOutcome]:
    with open(path, "rb") as handle:
        outcome = _receive(ctx, handle, path.name, acks_to, held=False)
    outcomes = [outcome]
    # A bundle applied may be what a held one was waiting for; each released bundle is its own transaction.
    while outcome.state == APPLIED and outcome.device_id is not None and outcome.sequence is not None:
        with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
            content = ledger.held_content(uow.session, outcome.device_id, outcome.sequence + 1)
        if content is None:
            break
        outcome = _receive(ctx, io.BytesIO(content), "held", acks_to, held=True)
        outcomes.append(outcome)
    return outcomes


def _device_key(session: Any) -> Callable[[str], PublicKey | None]:
    def lookup(device_id: str) -> PublicKey | None:
        device = registry.device(session, device_id)
        if device is None:
            return None
        if device.status == registry.REVOKED:
            raise SyncRejected("bundle_device_revoked")
        if device.status == registry.PENDING:
            raise SyncRejected("bundle_device_pending")
        return PublicKey.parse(device.public_key)

    return lookup


def _receive(ctx: CountyContext, handle: BinaryIO, source: str, acks_to: Path, *, held: bool) -> BundleOutcome:
    try:
        with ctx.store.unit_of_work(ctx.actor) as uow:
            outcome, ack = _receive_in(uow, ctx.store.master, handle, source, held=held)
            uow.commit()
    except SyncRejected as refusal:
        return _refused(ctx, source, refusal)
    if ack is not None:
        target = acks_to / bundle_file_name(outcome.station_code or "", outcome.device_id or "", outcome.sequence or 0)
        target = target.with_suffix(ACK_SUFFIX)
        atomic_write_bytes(target, ack)
        outcome = BundleOutcome(**{**outcome.__dict__, "ack_path": target})
    return outcome


def _refused(ctx: CountyContext, source: str, refusal: SyncRejected) -> BundleOutcome:
    """Nothing of the bundle was written; the refusal itself is audited (its code, never the file's contents)."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.audit("bundle_refused", entity_type="bundle", outcome="refused", detail={"code": refusal.code})
        uow.commit()
    return BundleOutcome(source, REFUSED, reason=refusal.code, params=dict(refusal.params))


def _receive_in(
    uow: Any, master: MasterKey, handle: BinaryIO, source: str, *, held: bool
) -> tuple[BundleOutcome, bytes | None]:
    session = uow.session
    verified = verify_bundle(handle, _device_key(session))
    manifest = verified.manifest
    device = registry.device(session, manifest.device_id)
    assert device is not None
    if device.station_code != manifest.station_code:
        raise SyncRejected("bundle_wrong_station")
    keys = keys_for_bundle(session, master, manifest.county_key_id)  # the current generation's or a retired one's
    if not merge.number_fits(manifest.sequence):
        raise SyncRejected("manifest_invalid", field="sequence")
    where = {"station_code": manifest.station_code, "device_id": manifest.device_id, "sequence": manifest.sequence}

    def quarantine(reason: str) -> tuple[BundleOutcome, None]:
        ledger.quarantine(session, kind="bundle", reason=reason, bundle_hash=verified.hash,
                          detail={"bundle_id": manifest.bundle_id}, **where)  # fmt: skip
        if held:
            ledger.release(session, manifest.device_id, manifest.sequence)
        uow.audit("bundle_quarantined", entity_type="device", entity_id=manifest.device_id, outcome="quarantined",
                  detail={"sequence": manifest.sequence, "reason": reason})  # fmt: skip
        return BundleOutcome(source, QUARANTINED, reason=reason, **where), None

    applied = ledger.received(session, manifest.device_id, manifest.sequence)
    if applied is not None:
        if applied.bundle_hash != verified.hash:
            return quarantine("bundle_sequence_conflict")
        uow.audit("bundle_already_received", entity_type="device", entity_id=manifest.device_id,
                  detail={"sequence": manifest.sequence})  # fmt: skip
        return BundleOutcome(source, ALREADY, **where), applied.ack
    waiting = ledger.held_hash(session, manifest.device_id, manifest.sequence)
    if waiting is not None and not held:
        if waiting != verified.hash:
            return quarantine("bundle_sequence_conflict")
        return BundleOutcome(source, HELD, reason="bundle_sequence_gap", **where), None
    last = ledger.last_received(session, manifest.device_id)
    expected = last.sequence + 1 if last else 1
    if manifest.sequence > expected:
        handle.seek(0)
        ledger.hold(session, bundle_hash=verified.hash, content=handle.read(), **where)
        uow.audit("bundle_held", entity_type="device", entity_id=manifest.device_id,
                  detail={"sequence": manifest.sequence, "expected": expected})  # fmt: skip
        return BundleOutcome(source, HELD, reason="bundle_sequence_gap", params={"expected": expected}, **where), None
    if manifest.previous_bundle_sha256 != (last.bundle_hash if last else None):
        return quarantine("bundle_chain_broken")
    states = _apply_all(session, read_records(handle, verified, keys.identity), manifest.station_code, where)
    if held:
        ledger.release(session, manifest.device_id, manifest.sequence)
    ack = _seal_ack(keys, manifest, verified.hash, states)
    counts = Acknowledgement(manifest.bundle_id, "", "", 0, verified.hash, "", tuple(states)).counts()
    ledger.add_received(
        session, bundle_id=manifest.bundle_id, bundle_hash=verified.hash, created_at=manifest.created_at,
        committed=counts["committed"], already=counts["already"], rejected=counts["rejected"], ack=ack, **where,
    )  # fmt: skip
    uow.audit("bundle_received", entity_type="device", entity_id=manifest.device_id,
              detail={"sequence": manifest.sequence, **counts})  # fmt: skip
    outcome = BundleOutcome(source, APPLIED, committed=counts["committed"], already=counts["already"],
                            rejected=counts["rejected"], **where)  # fmt: skip
    return outcome, ack


def _seal_ack(keys: GenerationKeys, manifest: Any, bundle_hash: str, states: list[RecordState]) -> bytes:
    return Acknowledgement(
        bundle_id=manifest.bundle_id,
        station_code=manifest.station_code,
        device_id=manifest.device_id,
        sequence=manifest.sequence,
        bundle_sha256=bundle_hash,
        received_at=clock.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
        records=tuple(states),
    ).seal(keys.signing)


def _clip(value: Any) -> str:
    """A refused record's id as the county repeats it (acknowledgement, quarantine list): only when it has the
    shape of an id, so nothing a hostile record carries (control or bidi characters, a megabyte) is echoed."""
    return value if isinstance(value, str) and _SAFE_ID.match(value) else "?"


def _safe_type(value: str) -> str:
    return value if _SAFE_TYPE.match(value) else "?"


def _apply_all(
    session: Any, stream: Iterable[dict[str, Any]], station_code: str, where: dict[str, Any]
) -> list[RecordState]:
    """Every record of a bundle, in order, by batches (records.batch_size): one query for the versions held of a
    batch's records and one statement per kind of write, where one of each per record cost two round trips to a
    database server. An erase ends a batch (what it deletes must be written first, and what follows must see it
    gone)."""
    size = records.batch_size(session)
    states: list[RecordState] = []
    batch: list[dict[str, Any] | RecordState] = []
    for record in stream:
        refused = _refusal(session, record, station_code, where)
        if refused is None and record["type"] == ERASE:
            states += _apply_batch(session, batch, station_code)
            batch = []
            _erase(session, record["pseudonym"])
            states.append(RecordState(ERASE, record["pseudonym"], merge.COMMITTED))
            continue
        batch.append(record if refused is None else refused)
        if len(batch) == size:
            states += _apply_batch(session, batch, station_code)
            batch = []
    return states + _apply_batch(session, batch, station_code)


def _refusal(session: Any, record: dict[str, Any], station_code: str, where: dict[str, Any]) -> RecordState | None:
    """None for a valid record; an invalid one is quarantined and its rejection returned."""
    kind = record["type"]
    try:
        check_record(record, station_code)  # a snapshot must be the sending station's own
        if not merge.number_fits(record.get("version")):
            raise SyncRejected("payload_record_invalid", reason="version")
    except SyncRejected as refusal:
        reason = str(refusal.params.get("reason", refusal.code))
        pseudonym = record.get("pseudonym")
        ledger.quarantine(
            session, kind="record", reason=reason, record_type=_safe_type(kind), record_id=_clip(record.get("id")),
            pseudonym=pseudonym if isinstance(pseudonym, str) and len(pseudonym) == 64 else None, **where,
        )  # fmt: skip
        version = record.get("version")
        return RecordState(_safe_type(kind), _clip(record.get("id")), merge.REJECTED,
                           version if type(version) is int else None, reason)  # fmt: skip
    return None


def _apply_batch(session: Any, batch: list[dict[str, Any] | RecordState], station_code: str) -> list[RecordState]:
    """A batch's states in order; a record repeated in the batch meets the outcome of its earlier copy."""
    held = records.held_versions(
        session, {(item["type"], item["id"]) for item in batch if not isinstance(item, RecordState)}
    )
    versions = dict(held)  # as the batch leaves them, while ``held`` stays what the database holds
    changes: dict[tuple[str, str], dict[str, Any] | None] = {}
    states = []
    for item in batch:
        if isinstance(item, RecordState):
            states.append(item)
            continue
        key = (item["type"], item["id"])
        if item["op"] == "delete":
            state = merge.delete_state(key in versions)
            if key in versions:
                del versions[key]
                changes[key] = None
            states.append(RecordState(item["type"], item["id"], state))
            continue
        state = merge.upsert_state(item["version"], versions.get(key))
        if state == merge.COMMITTED:
            versions[key] = item["version"]
            changes[key] = item
        states.append(RecordState(item["type"], item["id"], state, item["version"]))
    records.write(session, changes, held.keys(), station_code)
    return states


def _erase(session: Any, pseudonym: str) -> None:
    records.remove_pseudonym(session, pseudonym)
    ledger.forget_pseudonym(session, pseudonym)
    for record_id, body in records.services_naming(session, pseudonym):
        changed = merge.remove_attendee(json.loads(body), pseudonym)
        if changed is not None:
            records.replace_body(session, "service", record_id, changed)
