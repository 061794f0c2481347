"""Admin key work: master-key rotation and a new recovery code, each after re-entering a credential."""

from __future__ import annotations

from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.domain.roles import Permission
from rehabdesk.services.accounts import verify_own_secret
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.keys import generate_recovery_code, make_slot
from rehabdesk.storage.rotation import rotate_master_key


@service(Permission.ROTATE_KEYS, mutating=True)
def rotate_key(ctx: StationContext, secret: str, progress: Progress = NULL_PROGRESS) -> None:
    """Re-encrypt the database under a new master key; every account keeps its password."""
    verify_own_secret(ctx, secret)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.audit("key_rotate")
        uow.commit()
    rotate_master_key(ctx.store, progress)


@service(Permission.ROTATE_KEYS, mutating=True)
def regenerate_recovery_code(ctx: StationContext, secret: str) -> str:
    """Replace the recovery slot; the old code stops working at once. Returns the new code, shown once."""
    verify_own_secret(ctx, secret)
    code = generate_recovery_code()
    slot = make_slot(
        station_id=ctx.store.slot_file.station_id,
        master=ctx.store.master,
        kind="recovery",
        secret=code,
        kdf=ctx.store.policy.kdf,
    )
    with ctx.store.unit_of_work(ctx.actor) as uow:
        ctx.store.update_slot_file(uow.session, lambda current: current.with_slot(slot))
        uow.audit("recovery_regenerate")
        uow.commit()
    return code
