"""Backups on demand and when the app closes, pruning, and restore."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Actor, Permission, parse_roles, recovery_actor
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.settings import read_settings
from rehabdesk.storage import backup as backup_store
from rehabdesk.storage.engine import open_engine
from rehabdesk.storage.keys import KeyPolicy, SlotFile
from rehabdesk.storage.paths import StationPaths
from rehabdesk.storage.repositories import accounts
from rehabdesk.storage.store import Store


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    same_disk_warning: bool


def backup_folder(ctx: StationContext) -> Path:
    configured = read_settings(ctx).backup_dir
    return Path(configured) if configured else ctx.store.paths.default_backup_dir


def newest_backup(ctx: StationContext) -> Path | None:
    return backup_store.newest_backup(backup_folder(ctx))


def on_same_disk(folder: Path, data_dir: Path) -> bool:
    """A backup on the disk that holds the data dies with that disk."""
    probe = folder if folder.exists() else folder.parent
    try:
        return os.stat(probe).st_dev == os.stat(data_dir).st_dev
    except OSError:
        return False


def _write_backup(ctx: StationContext, folder: Path, reason: str) -> BackupResult:
    try:
        info = backup_store.create_backup(ctx.store, folder, reason=reason)
    except OSError as error:
        raise DomainError("backup_folder_unwritable", folder=str(folder)) from error
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.audit("backup", detail={"file": info.path.name, "reason": reason})
        uow.commit()
    return BackupResult(info.path, info.size_bytes, on_same_disk(folder, ctx.store.paths.root))


@service(Permission.BACKUP_RESTORE, mutating=True)
def backup_now(ctx: StationContext, folder: Path | None = None) -> BackupResult:
    return _write_backup(ctx, Path(folder) if folder else backup_folder(ctx), "manual")


@service(Permission.BACKUP_RESTORE, mutating=True)
def backup_to(ctx: StationContext, folder: Path) -> BackupResult:
    """A backup to a folder the user picked (a USB stick): a folder that is gone now (the stick pulled out) is said
    as such rather than made again on the computer's own disk."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DomainError("backup_target_missing", folder=str(folder))
    return _write_backup(ctx, folder, "manual")


@dataclass(frozen=True)
class DrillResult:
    summary: backup_store.BackupSummary
    other_station: bool  # a backup of another station: it restores, but not this station's records


@service(Permission.BACKUP_RESTORE, mutating=True)
def drill_backup(ctx: StationContext, backup_path: Path, *, login: str | None, secret: str) -> DrillResult:
    """The restore drill: the backup opened with a credential of its time (as a real restore would need) and checked
    completely on a copy beside the station; nothing is replaced. The drill is audited."""
    backup_path = Path(backup_path)
    contents = backup_store.read_backup(backup_path)
    try:
        master = backup_store.unlock_backup(
            contents, login=login.strip().lower() if login else None, secret=secret, policy=ctx.store.policy
        )
    except DomainError as error:
        if error.code in ("wrong_password", "unknown_account"):
            raise DomainError("backup_credential_refused") from error
        raise
    summary = backup_store.inspect_backup(backup_path, master, ctx.store.paths.root)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.audit("backup_drill", detail={"file": backup_path.name, "created_at": summary.created_at})
        uow.commit()
    return DrillResult(summary, summary.station_id != ctx.store.slot_file.station_id)


@service(None, mutating=True)
def backup_on_close(ctx: StationContext) -> BackupResult:
    """Whoever closes the app leaves a fresh backup behind; only the newest N are kept."""
    folder = backup_folder(ctx)
    result = _write_backup(ctx, folder, "on-close")
    keep = read_settings(ctx).backups_to_keep
    prefix = f"RehabDesk-{ctx.store.slot_file.station_code}-"
    ours = sorted(p for p in folder.glob(f"{prefix}*{backup_store.BACKUP_SUFFIX}") if p.is_file())
    for old in ours[:-keep]:
        old.unlink(missing_ok=True)
    return result


@dataclass(frozen=True)
class RestoreResult:
    kept_database: Path | None
    backup_created_at: str


def restore(
    paths: StationPaths, backup_path: Path, *, login: str | None, secret: str, policy: KeyPolicy
) -> RestoreResult:
    """Restore with a credential valid for that backup. The caller holds the station's instance lock."""
    contents = backup_store.read_backup(Path(backup_path))
    master = backup_store.unlock_backup(
        contents, login=login.strip().lower() if login else None, secret=secret, policy=policy
    )
    kept = backup_store.restore_backup(paths, Path(backup_path), master, contents)
    slot_file = SlotFile.parse(paths.slot_file.read_bytes())
    store = Store(paths, master, open_engine(paths.database, master.database_key), slot_file, policy)
    try:
        with store.unit_of_work(None) as uow:
            actor: Actor = recovery_actor()
            if login:
                account = accounts.by_login(uow.session, login.strip().lower())
                if account is not None:
                    actor = Actor(account.id, account.login, parse_roles(account.roles))
            uow.actor = actor
            uow.audit("restore", detail={"file": Path(backup_path).name, "created_at": contents.manifest["created_at"]})
            uow.commit()
    finally:
        store.close()
    return RestoreResult(kept, contents.manifest["created_at"])
