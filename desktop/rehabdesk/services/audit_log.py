"""The audit viewer for admins: filtered pages and CSV export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rehabdesk.documents.table_writer import write_csv
from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import audit_log
from rehabdesk.storage.repositories.audit_log import AuditFilter


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    actor_login: str
    action: str
    entity_type: str
    entity_id: str
    outcome: str
    detail: str


@dataclass(frozen=True)
class AuditPage:
    total: int
    rows: list[AuditRow]


@dataclass(frozen=True)
class AuditChoices:
    logins: list[str]
    actions: list[str]
    entity_types: list[str]


def _row(entry) -> AuditRow:
    return AuditRow(
        entry.seq,
        entry.at,
        entry.actor_login or "",
        entry.action,
        entry.entity_type or "",
        entry.entity_id or "",
        entry.outcome,
        entry.detail,
    )


@service(Permission.VIEW_AUDIT, mutating=False)
def query_audit(ctx: StationContext, audit_filter: AuditFilter, offset: int = 0, limit: int = 200) -> AuditPage:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        total = audit_log.count(uow.session, audit_filter)
        return AuditPage(total, [_row(e) for e in audit_log.page(uow.session, audit_filter, offset, limit)])


@service(Permission.VIEW_AUDIT, mutating=False)
def audit_choices(ctx: StationContext) -> AuditChoices:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return AuditChoices(*audit_log.distinct_values(uow.session))


@service(Permission.VIEW_AUDIT, mutating=True)
def export_audit_csv(ctx: StationContext, audit_filter: AuditFilter, target: Path) -> int:
    """Write the filtered entries as CSV (UTF-8 with BOM so Excel opens Chinese correctly, text never a formula);
    returns the count."""
    header = ["seq", "time_utc", "account", "action", "entity_type", "entity_id", "outcome", "detail"]
    with ctx.store.unit_of_work(ctx.actor) as uow:
        rows = [
            [row.seq, row.at, row.actor_login, row.action, row.entity_type, row.entity_id, row.outcome, row.detail]
            for row in map(_row, audit_log.stream(uow.session, audit_filter))
        ]
        count = len(rows)
        write_csv(Path(target), header, rows)
        uow.audit("export", detail={"what": "audit_log", "rows": count})
        uow.commit()
    return count
