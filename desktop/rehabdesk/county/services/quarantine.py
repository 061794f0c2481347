"""What the county would not apply, and bundles held for a gap: the lists county staff look at."""

from __future__ import annotations

from rehabdesk.county.domain.roles import CountyPermission, require
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.storage import ledger
from rehabdesk.county.storage.ledger import QuarantineRow


def list_quarantine(ctx: CountyContext) -> list[QuarantineRow]:
    require(ctx.actor, CountyPermission.IMPORT_BUNDLES)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return ledger.quarantined(uow.session)


def list_held(ctx: CountyContext) -> list[tuple[str, str, int]]:
    """(station code, device id, sequence) of bundles waiting for an earlier one."""
    require(ctx.actor, CountyPermission.IMPORT_BUNDLES)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return ledger.held_list(uow.session)
