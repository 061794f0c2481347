"""`check`, `backup` and `restore` for the county: the station's integrity check, backup file format and restore
(rehabdesk.storage.integrity / backup) on the county's files, plus the county's own keys being present."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rehabdesk.county.domain.roles import CountyPermission, require
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.storage import county
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Actor, parse_roles, recovery_actor
from rehabdesk.storage import backup as backup_store
from rehabdesk.storage import migrate
from rehabdesk.storage.database import open_database
from rehabdesk.storage.integrity import check_database
from rehabdesk.storage.keys import KeyPolicy, SlotFile
from rehabdesk.storage.server_engine import server_location
from rehabdesk.storage.store import Store

_KEY_KINDS = (county.AGE_IDENTITY, county.MINISIGN, county.PSEUDONYM)


@dataclass(frozen=True)
class CheckReport:
    faults: tuple[str, ...]
    schema_revision: str | None
    audit_entries: int

    @property
    def ok(self) -> bool:
        return not self.faults


def check_county(ctx: CountyContext) -> CheckReport:
    anchors, faults = ctx.store.audit_anchors()
    report = check_database(
        ctx.store.engine, anchors, expected_revision=migrate.head_revision(ctx.store.paths.migrations)
    )
    faults.extend(report.faults)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        try:
            present = county.active_keys(uow.session, ctx.store.master)
            for generation in county.generations(uow.session):  # retired ones still open older bundles
                county.generation_keys(uow.session, ctx.store.master, generation.number)
        except DomainError as error:
            if error.code != "sealed_value_corrupt":
                raise
            faults.append("county_keys_unreadable")
        else:
            faults += [f"county_key_missing:{kind}" for kind in _KEY_KINDS if kind not in present]
        uow.audit("check", outcome="ok" if not faults else "faults", detail={"faults": len(faults)})
        uow.commit()
    return CheckReport(tuple(faults), report.schema_revision, report.audit_head.seq)


def database_server(ctx: CountyContext) -> str | None:
    """Where a county on a database server keeps its records (host, port, database; never a password)."""
    url = ctx.store.paths.database_url
    return None if url is None else server_location(url)


def backup_now(ctx: CountyContext, folder: Path) -> backup_store.BackupInfo:
    """An encrypted, verified backup: the county's private keys are in it (and only in it besides the database)."""
    require(ctx.actor, CountyPermission.BACKUP_RESTORE)
    info = backup_store.create_backup(ctx.store, folder)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.audit("backup", detail={"file": info.path.name})
        uow.commit()
    return info


def restore(paths: CountyPaths, backup_path: Path, *, login: str | None, secret: str, policy: KeyPolicy) -> str:
    """Restore with an account password of the backup's time, or the recovery code; returns the backup's time."""
    contents = backup_store.read_backup(backup_path)
    login = login.strip().lower() if login else None
    master = backup_store.unlock_backup(contents, login=login, secret=secret, policy=policy)
    backup_store.restore_backup(paths, backup_path, master, contents)
    slot_file = SlotFile.parse(paths.slot_file.read_bytes())
    store = Store(paths, master, open_database(paths, master), slot_file, policy)
    try:
        with store.unit_of_work(None) as uow:
            actor: Actor = recovery_actor()
            account = county.account_by_login(uow.session, login) if login else None
            if account is not None:
                actor = Actor(account.id, account.login, parse_roles(account.roles))
            uow.actor = actor
            uow.audit("restore", detail={"file": backup_path.name, "created_at": contents.manifest["created_at"]})
            uow.commit()
    finally:
        store.close()
    return str(contents.manifest["created_at"])
