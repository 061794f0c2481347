"""Encrypted, self-checking backups: one file holding the database and the slot file of that moment.

The database inside stays encrypted under the station key; the manifest carries checksums, the schema revision,
the slot-file generation and the audit head, and a MAC under a key derived from the master key.

A county on a database server backs up its slot file only (with the manifest): the server's operator backs the
database up with pg_dump, and restoring means pg_restore first, then this file (restore_server_slots)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

import rehabdesk
from rehabdesk.domain.errors import DomainError
from rehabdesk.durable import atomic_write_bytes, fsync_directory
from rehabdesk.storage import audit, migrate
from rehabdesk.storage.database import is_server, open_database
from rehabdesk.storage.engine import open_engine
from rehabdesk.storage.integrity import check_database
from rehabdesk.storage.keys import (
    AuditHead,
    KeyPolicy,
    MasterKey,
    SlotFile,
    canonical_json,
    normalise_recovery_code,
    open_slot,
)
from rehabdesk.storage.paths import StationPaths
from rehabdesk.storage.store import META_SLOT_GENERATION, META_STATION_ID, Store, read_meta, write_audit_anchor_file
from rehabdesk.storage.unit_of_work import is_disk_full, make_session_factory

BACKUP_FORMAT = "rehabdesk-backup/1"
BACKUP_SUFFIX = ".rdbackup"
_DB_MEMBER = "station.db"
_SLOTS_MEMBER = "keyslots.json"
_MANIFEST_MEMBER = "manifest.json"
_NOTE_MEMBER = "README.txt"
SERVER_DATABASE = "postgresql"  # the manifest's "database" of a backup without its database inside
_SERVER_NOTE = """This backup holds the county's key slots (the master key, under each account's password and the
recovery code) and its audit head. The county's database is on a PostgreSQL server: its operator backs it up with
pg_dump. Keep both: without this file the database's sealed keys cannot be opened; without the dump there is no data.
Restore: pg_restore the dump into an empty database, then `rehabdesk-county restore THIS-FILE --database URL`.
"""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size_bytes: int
    audit_head: AuditHead


def backup_file_name(station_code: str, at: datetime) -> str:
    # Station code and time only: never a person's name in a file name.
    return f"RehabDesk-{station_code}-{at.astimezone(UTC).strftime('%Y%m%d-%H%M%S-%f')}{BACKUP_SUFFIX}"


def newest_backup(folder: Path) -> Path | None:
    """The newest backup file in ``folder`` by the time in its name (a copied file's mtime is the time of copying),
    by mtime for a name without one."""

    def made_at(path: Path) -> tuple[str, float]:
        stamp = re.search(r"-(\d{8}-\d{6}-\d{6})$", path.stem)
        return (stamp.group(1) if stamp else "", path.stat().st_mtime)

    try:
        candidates = [path for path in folder.glob(f"*{BACKUP_SUFFIX}") if path.is_file()]
    except OSError:
        return None
    return max(candidates, key=made_at, default=None)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _export_database(store: Store, target: Path) -> None:
    """sqlcipher_export copies the live database, under the same key, into a new file."""
    key_literal = f"x'{store.master.database_key.hex()}'"
    with store.engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute(f'ATTACH DATABASE ? AS backup_copy KEY "{key_literal}"', (str(target),))
        try:
            raw.execute("SELECT sqlcipher_export('backup_copy')")
        finally:
            raw.execute("DETACH DATABASE backup_copy")


def create_backup(store: Store, target_dir: Path, *, reason: str = "manual", at: datetime | None = None) -> BackupInfo:
    """Write the backup via a temp file, fsync and rename, then prove it by reopening it. A full disk under the
    backup folder (often a USB stick, not the station's disk) is said as such, whichever layer noticed it."""
    try:
        return _create_backup(store, target_dir, reason=reason, at=at)
    except (OSError, sqlcipher.DatabaseError) as error:
        if is_disk_full(error):
            raise DomainError("backup_disk_full", folder=str(target_dir)) from error
        raise


def _create_backup(store: Store, target_dir: Path, *, reason: str, at: datetime | None) -> BackupInfo:
    at = at or datetime.now(UTC)
    target_dir.mkdir(parents=True, exist_ok=True)
    final_path = target_dir / backup_file_name(store.slot_file.station_code, at)
    with tempfile.TemporaryDirectory(prefix=".rehabdesk-backup-", dir=target_dir) as work:
        work_dir = Path(work)
        database_copy = None if is_server(store.engine) else work_dir / _DB_MEMBER
        if database_copy is not None:
            _export_database(store, database_copy)
        with store.unit_of_work(None, read_only=True) as uow:
            head = audit.current_head(uow.session)
            store.current_slot_file(uow.session)
        slots = store.slot_file.serialise(store.master)
        manifest = {
            "format": BACKUP_FORMAT,
            "station_id": store.slot_file.station_id,
            "station_code": store.slot_file.station_code,
            "created_at": at.isoformat(),
            "reason": reason,
            "app_version": rehabdesk.__version__,
            "schema_revision": migrate.current_revision(store.engine),
            "slot_generation": store.slot_file.generation,
            "audit_head": {"seq": head.seq, "hash": head.hash},
            "database": SERVER_DATABASE if database_copy is None else "sqlcipher",
            "database_sha256": None if database_copy is None else _sha256(database_copy),
            "slots_sha256": hashlib.sha256(slots).hexdigest(),
        }
        manifest["mac"] = store.master.mac("backup-manifest", canonical_json(manifest))
        partial = work_dir / "backup.partial"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(_MANIFEST_MEMBER, json.dumps(manifest, indent=1))
            archive.writestr(_SLOTS_MEMBER, slots)
            if database_copy is None:
                archive.writestr(_NOTE_MEMBER, _SERVER_NOTE)
            else:
                archive.write(database_copy, _DB_MEMBER)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final_path)
        fsync_directory(target_dir)
    try:
        verify_backup(final_path, store.master, store.paths.migrations)
    except DomainError:
        final_path.unlink(missing_ok=True)
        raise
    return BackupInfo(final_path, at, final_path.stat().st_size, head)


@dataclass(frozen=True)
class BackupContents:
    manifest: dict
    slot_file: SlotFile

    @property
    def on_server(self) -> bool:
        return self.manifest.get("database") == SERVER_DATABASE


def read_backup(path: Path) -> BackupContents:
    """Structure and checksums only; the MAC needs the master key (verify_backup)."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(_MANIFEST_MEMBER))
            slots = archive.read(_SLOTS_MEMBER)
            if manifest.get("format") != BACKUP_FORMAT:
                raise DomainError("backup_corrupt")
            if hashlib.sha256(slots).hexdigest() != manifest["slots_sha256"]:
                raise DomainError("backup_corrupt")
            if manifest.get("database") == SERVER_DATABASE:
                return BackupContents(manifest, SlotFile.parse(slots))
            with archive.open(_DB_MEMBER) as member:
                digest = hashlib.sha256()
                for block in iter(lambda: member.read(1 << 20), b""):
                    digest.update(block)
            if digest.hexdigest() != manifest["database_sha256"]:
                raise DomainError("backup_corrupt")
    except FileNotFoundError:
        raise DomainError("backup_missing") from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError):
        raise DomainError("backup_corrupt") from None
    return BackupContents(manifest, SlotFile.parse(slots))


def _verify_manifest(contents: BackupContents, master: MasterKey) -> None:
    body = {key: value for key, value in contents.manifest.items() if key != "mac"}
    if not master.verify_mac("backup-manifest", canonical_json(body), contents.manifest.get("mac", "")):
        raise DomainError("backup_tampered")
    if not contents.slot_file.verify(master):
        raise DomainError("backup_tampered")


@contextmanager
def _extracted_database(path: Path, work_dir: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=".rehabdesk-verify-", dir=work_dir) as work:
        target = Path(work) / _DB_MEMBER
        with zipfile.ZipFile(path) as archive, archive.open(_DB_MEMBER) as member, open(target, "wb") as out:
            shutil.copyfileobj(member, out)
        yield target


def _check_extracted(database: Path, contents: BackupContents, master: MasterKey, migrations: Path) -> None:
    engine = open_engine(database, master.database_key)
    try:
        head = contents.manifest["audit_head"]
        revision = contents.manifest["schema_revision"]
        if revision not in migrate.known_revisions(migrations):
            raise DomainError("schema_newer", revision=str(revision))
        report = check_database(engine, [AuditHead(int(head["seq"]), str(head["hash"]))], expected_revision=revision)
    finally:
        engine.dispose()
    if not report.ok:
        raise DomainError("backup_check_failed", faults=";".join(report.faults))


def verify_backup(path: Path, master: MasterKey, migrations: Path = migrate.MIGRATIONS_DIR) -> BackupContents:
    contents = read_backup(path)
    _verify_manifest(contents, master)
    if contents.on_server:
        return contents
    with _extracted_database(path, path.parent) as database:
        _check_extracted(database, contents, master, migrations)
    return contents


@dataclass(frozen=True)
class BackupSummary:
    station_id: str
    station_code: str
    created_at: str
    clients: int
    service_records: int
    audit_entries: int


def inspect_backup(path: Path, master: MasterKey, work_dir: Path) -> BackupSummary:
    """A restore drill: every check a restore makes, on a copy in ``work_dir`` (the backup's own folder may be a
    read-only stick), then what the copy holds. Nothing is replaced; the backup file is only read."""
    contents = read_backup(path)
    _verify_manifest(contents, master)
    with _extracted_database(path, work_dir) as database:
        _check_extracted(database, contents, master, migrate.MIGRATIONS_DIR)
        engine = open_engine(database, master.database_key)
        try:
            with engine.connect() as connection:
                counts = [
                    connection.exec_driver_sql(sql).scalar_one()
                    for sql in (
                        "SELECT count(*) FROM client WHERE deleted_at IS NULL",
                        "SELECT count(*) FROM service_record WHERE deleted_at IS NULL",
                        "SELECT count(*) FROM audit_log",
                    )
                ]
        finally:
            engine.dispose()
    manifest = contents.manifest
    return BackupSummary(manifest["station_id"], manifest["station_code"], manifest["created_at"], *counts)


def unlock_backup(contents: BackupContents, *, login: str | None, secret: str, policy: KeyPolicy) -> MasterKey:
    """A credential valid at the time of the backup: an account password of then, or the recovery code."""
    if login:
        slot = contents.slot_file.account_slot(login)
        if slot is None:
            raise DomainError("unknown_account")
    else:
        slot = contents.slot_file.recovery_slot()
        secret = normalise_recovery_code(secret)
        if slot is None:
            raise DomainError("backup_corrupt")
    return open_slot(contents.slot_file.station_id, slot, secret, policy)


def restore_backup(paths: StationPaths, backup_path: Path, master: MasterKey, contents: BackupContents) -> Path | None:
    """Swap the backup in only once it has passed every check; the replaced database is kept beside it.

    Returns where the replaced database was moved, if there was one."""
    _verify_manifest(contents, master)
    if contents.on_server:
        restore_server_slots(paths, backup_path, master, contents)
        return None
    paths.root.mkdir(parents=True, exist_ok=True)
    with _extracted_database(backup_path, paths.root) as database:
        _check_extracted(database, contents, master, paths.migrations)
        kept = None
        # Before the swap: a crash in between leaves no anchor rather than one that the restored, shorter chain
        # would fail against. A missing anchor is a fault at the next sign-in too; restoring again rewrites it.
        paths.audit_anchor.unlink(missing_ok=True)
        if paths.database.exists():
            # Microseconds, so that a second restore within the same second cannot overwrite the first one's keep.
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
            kept = paths.root / f"{paths.database.name}.before-restore-{stamp}"
            for suffix in ("", "-wal", "-shm"):
                source = paths.database.with_name(paths.database.name + suffix)
                if source.exists():
                    os.replace(source, kept.with_name(kept.name + suffix))
        os.replace(database, paths.database)
        fsync_directory(paths.root)
    with zipfile.ZipFile(backup_path) as archive:
        slots = archive.read(_SLOTS_MEMBER)
    atomic_write_bytes(paths.slot_file_copy, slots)
    atomic_write_bytes(paths.slot_file, slots)
    # The restored chain's head, as the backup recorded it: the old anchor belongs to the replaced database.
    head = contents.manifest["audit_head"]
    write_audit_anchor_file(paths.audit_anchor, AuditHead(int(head["seq"]), str(head["hash"])), [master])
    return kept


def restore_server_slots(paths: StationPaths, backup_path: Path, master: MasterKey, contents: BackupContents) -> None:
    """The slot file of a county on a database server, put back over the database as its operator restored it:
    refused for another county's database, or one that a later slot file (a newer password, account) has written
    to. The database as it now stands is the truth, so the audit head is taken from it."""
    if paths.database_url is None:
        raise DomainError("backup_needs_database_server")
    engine = open_database(paths, master)
    try:
        with make_session_factory(engine)() as session:
            station_id = read_meta(session, META_STATION_ID)
            generation = int(read_meta(session, META_SLOT_GENERATION) or "0")
            head = audit.current_head(session)
    finally:
        engine.dispose()
    if station_id != contents.slot_file.station_id:
        raise DomainError("slot_file_foreign")
    if contents.slot_file.generation < generation:
        raise DomainError(
            "slot_file_stale", file_generation=contents.slot_file.generation, database_generation=generation
        )
    paths.root.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(backup_path) as archive:
        slots = archive.read(_SLOTS_MEMBER)
    atomic_write_bytes(paths.slot_file_copy, slots)
    atomic_write_bytes(paths.slot_file, slots)
    write_audit_anchor_file(paths.audit_anchor, head, [master])
