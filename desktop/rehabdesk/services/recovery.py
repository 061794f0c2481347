"""The recovery sheet: printed once, when the recovery code is created or regenerated."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.documents.output import write_pdf
from rehabdesk.documents.recovery_sheet import RecoverySheet, render_recovery_sheet
from rehabdesk.domain import clock
from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import station as station_repository


@service(Permission.ROTATE_KEYS, mutating=True)
def write_recovery_sheet(ctx: StationContext, recovery_code: str, target: Path) -> None:
    """Render the sheet and write it durably to ``target``; the print is audited."""
    write_pdf(Path(target), recovery_sheet_pdf(ctx, recovery_code))


@service(Permission.ROTATE_KEYS, mutating=True)
def recovery_sheet_pdf(ctx: StationContext, recovery_code: str) -> bytes:
    """The sheet in memory, for the printer: the code never touches the disk. The print is audited."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        record = station_repository.the_station(uow.session)
        sheet = RecoverySheet(
            station_name=record.name,
            station_code=record.code,
            county_code=record.county_code,
            recovery_code=recovery_code,
            created_at=clock.now(),
            created_by=ctx.actor.login,
        )
        uow.audit("print", entity_type="station", entity_id=record.id, detail={"document": "recovery_sheet"})
        pdf = render_recovery_sheet(sheet)
        uow.commit()
    return pdf
