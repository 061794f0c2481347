"""`rehabdesk check`: encryption and SQLite integrity, schema version, slot-file generation, audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from rehabdesk.domain.errors import DomainError
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.integrity import check_database
from rehabdesk.storage.store import META_SLOT_GENERATION, read_meta


@dataclass(frozen=True)
class CheckReport:
    faults: tuple[str, ...]
    schema_revision: str | None
    slot_generation: int
    database_generation: int
    audit_entries: int

    @property
    def ok(self) -> bool:
        return not self.faults


@service(None, mutating=True)
def check_station(ctx: StationContext) -> CheckReport:
    faults: list[str] = []
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        try:
            ctx.store.current_slot_file(uow.session)  # picks up what another session on this station wrote
        except DomainError as error:
            faults.append(error.code)
    anchors, anchor_faults = ctx.store.audit_anchors()
    faults.extend(anchor_faults)
    report = check_database(ctx.store.engine, anchors)
    faults.extend(report.faults)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        database_generation = int(read_meta(uow.session, META_SLOT_GENERATION) or "0")
        if ctx.store.slot_file.generation < database_generation and "slot_file_stale" not in faults:
            faults.append("slot_file_stale")
        uow.audit("check", outcome="ok" if not faults else "faults", detail={"faults": len(faults)})
        uow.commit()
    return CheckReport(
        tuple(faults),
        report.schema_revision,
        ctx.store.slot_file.generation,
        database_generation,
        report.audit_head.seq,
    )
