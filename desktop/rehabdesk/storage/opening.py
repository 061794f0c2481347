"""Creating a station folder and opening it with a password or the recovery code.

Never creates a database because an open failed; never accepts a slot file older than the database."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from rehabdesk.domain.errors import DomainError
from rehabdesk.storage import auth_events, migrate
from rehabdesk.storage.audit import EMPTY_HEAD
from rehabdesk.storage.backup import create_backup, newest_backup
from rehabdesk.storage.database import is_server, open_database
from rehabdesk.storage.engine import damaged_pages, is_damage
from rehabdesk.storage.keys import (
    DEFAULT_LOCKOUT_THRESHOLD,
    KeyPolicy,
    MasterKey,
    Slot,
    SlotFile,
    generate_recovery_code,
    make_slot,
    normalise_recovery_code,
    open_slot,
)
from rehabdesk.storage.paths import StationPaths
from rehabdesk.storage.schema.base import new_id
from rehabdesk.storage.store import (
    META_SLOT_GENERATION,
    META_STATION_ID,
    Store,
    audit_anchor_faults,
    read_meta,
    write_meta,
)

MAX_LOGIN_DELAY_SECONDS = 60


@dataclass(frozen=True)
class NewStation:
    store: Store
    recovery_code: str
    admin_account_id: str


@dataclass(frozen=True)
class Opened:
    store: Store
    slot: Slot


def create_station_files(
    paths: StationPaths,
    *,
    station_code: str,
    admin_login: str,
    admin_password: str,
    policy: KeyPolicy,
) -> NewStation:
    """Make the key slots and an empty database at the current schema. Refuses a folder that holds a station."""
    if paths.is_station():
        raise DomainError("station_exists")
    paths.root.mkdir(parents=True, exist_ok=True)
    station_id = str(uuid.uuid4())
    admin_account_id = new_id()
    master = MasterKey.generate()
    recovery_code = generate_recovery_code()
    slots = (
        make_slot(
            station_id=station_id,
            master=master,
            kind="account",
            secret=admin_password,
            kdf=policy.kdf,
            account_id=admin_account_id,
            login=admin_login,
        ),
        make_slot(station_id=station_id, master=master, kind="recovery", secret=recovery_code, kdf=policy.kdf),
    )
    slot_file = SlotFile(station_id, station_code, 1, DEFAULT_LOCKOUT_THRESHOLD, EMPTY_HEAD, slots)
    try:
        engine = open_database(paths, master, create=True)
        migrate.upgrade_to_head(engine, paths.migrations)
        store = Store(paths, master, engine, slot_file, policy)
        with store.unit_of_work(None) as uow:
            write_meta(uow.session, META_STATION_ID, station_id)
            write_meta(uow.session, META_SLOT_GENERATION, "1")
            uow.commit()
        store.write_slot_file(slot_file)
    except BaseException:
        remove_partial_station(paths)
        raise
    return NewStation(store, recovery_code, admin_account_id)


def remove_partial_station(paths: StationPaths) -> None:
    for path in (paths.database, paths.slot_file, paths.slot_file_copy, paths.audit_anchor, paths.database_server_note):
        for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            candidate.unlink(missing_ok=True)


def _candidates(paths: StationPaths) -> list[tuple[bool, SlotFile]]:
    """Readable slot files, main first; the flag says whether it is the main file."""
    parsed = []
    for is_main, path in ((True, paths.slot_file), (False, paths.slot_file_copy)):
        try:
            parsed.append((is_main, SlotFile.parse(path.read_bytes())))
        except (FileNotFoundError, DomainError):
            continue
    if not parsed:
        missing = not paths.slot_file.exists() and not paths.slot_file_copy.exists()
        raise DomainError("slot_file_missing" if missing else "slot_file_corrupt")
    return parsed


def _copy_matches_main(paths: StationPaths) -> bool:
    try:
        return paths.slot_file_copy.read_bytes() == paths.slot_file.read_bytes()
    except FileNotFoundError:
        return False


def login_delay_seconds(failures: int) -> int:
    """Growing delay: none for the first two failures, then 1, 2, 4 … seconds, at most a minute."""
    if failures < 3:
        return 0
    return min(2 ** (failures - 3), MAX_LOGIN_DELAY_SECONDS)


def _check_not_locked_out(paths: StationPaths, login: str, threshold: int) -> None:
    state = auth_events.login_state(auth_events.read_all(paths.auth_events), login)
    if state.consecutive_failures >= threshold:
        raise DomainError("account_locked_out", failures=state.consecutive_failures)
    delay = login_delay_seconds(state.consecutive_failures)
    if delay and state.last_failure_at is not None:
        remaining = (state.last_failure_at + timedelta(seconds=delay) - datetime.now(UTC)).total_seconds()
        if remaining > 0:
            raise DomainError("login_delay", seconds=int(remaining) + 1)


def _open_database(
    paths: StationPaths, slot_file: SlotFile, master: MasterKey, policy: KeyPolicy, repair: bool
) -> Store:
    engine = open_database(paths, master)
    try:
        # Before anything reads or writes (the sign-in's own audit entry would otherwise go into a damaged file,
        # and the damage show only when some later page is read).
        _check_pages_once(paths, slot_file.station_id, engine)
        revision = migrate.current_revision(engine)
        if revision not in migrate.known_revisions(paths.migrations):
            raise DomainError("schema_newer", revision=str(revision))
        store = Store(paths, master, engine, slot_file, policy)
        with store.unit_of_work(None, read_only=True) as uow:
            station_id = read_meta(uow.session, META_STATION_ID)
            database_generation = int(read_meta(uow.session, META_SLOT_GENERATION) or "0")
            store.audit_anchors_frozen = bool(audit_anchor_faults(store, uow.session))
        if station_id != slot_file.station_id:
            raise DomainError("slot_file_foreign")
        if slot_file.generation < database_generation:
            raise DomainError(
                "slot_file_stale", file_generation=slot_file.generation, database_generation=database_generation
            )
        if repair:
            store.write_slot_file(slot_file)
        if revision != migrate.head_revision(paths.migrations):
            create_backup(store, paths.default_backup_dir, reason="before-upgrade")
            migrate.upgrade_to_head(engine, paths.migrations)
        return store
    except BaseException as error:
        engine.dispose()
        if is_damage(error):
            raise _database_damaged(paths) from None
        raise


# Files whose every page this process has checked: station and file identity (a restore or key rotation swaps in a
# new file; the station id keeps a reused inode of another station's deleted file from counting).
# The check costs ~5 ms per MB (230 ms on the 42 MB demo station), so it runs at the first sign-in of the process,
# not again at every unlock after an idle lock or change of worker: meanwhile the process holds the station lock
# and only SQLCipher writes the file. Damage that appears later shows when its page is read (database_damaged_found).
_pages_checked: set[tuple[str, int, int]] = set()
# Past this size the whole-file check would hold sign-in up for seconds (a 4.5 GB benchmark station: ~20 s); such a
# file is checked completely by `rehabdesk check` and every backup, and damage shows when its page is read.
PAGE_CHECK_AT_OPEN_MAX_BYTES = 128 * 1024 * 1024


def _check_pages_once(paths: StationPaths, station_id: str, engine: Engine) -> None:
    if is_server(engine):
        return  # no pages of ours: the server keeps its own checksums
    stat = paths.database.stat()
    identity = (station_id, stat.st_dev, stat.st_ino)
    if identity in _pages_checked or stat.st_size > PAGE_CHECK_AT_OPEN_MAX_BYTES:
        return
    with engine.connect() as connection:
        if damaged_pages(connection.connection.driver_connection):
            raise _database_damaged(paths)
    _pages_checked.add(identity)


def _database_damaged(paths: StationPaths) -> DomainError:
    newest = newest_backup(paths.default_backup_dir)
    if newest is None:
        return DomainError("database_damaged_no_backup", folder=str(paths.default_backup_dir))
    return DomainError("database_damaged", backup=str(newest))


def _open(paths: StationPaths, find_slot: Callable[[SlotFile], Slot | None], secret: str, policy: KeyPolicy) -> Opened:
    """Try the main slot file, then its copy: when the main one is unreadable, fails its MAC, or belongs to a
    database key that a master-key rotation interrupted by a crash had already replaced."""
    candidates = _candidates(paths)
    last_error = DomainError("slot_file_corrupt")
    for index, (is_main, candidate) in enumerate(candidates):
        slot = find_slot(candidate)
        if slot is None:
            raise DomainError("unknown_account")
        master = open_slot(candidate.station_id, slot, secret, policy)
        if not candidate.verify(master):
            continue
        try:
            # Opened through the copy: the main file is rewritten. Opened through the main file: a copy that differs
            # (stale, damaged, missing) is refreshed, so that the next damage to the main file finds a current copy.
            repair = not is_main or not _copy_matches_main(paths)
            return Opened(_open_database(paths, candidate, master, policy, repair=repair), slot)
        except DomainError as error:
            if error.code != "database_key_mismatch" or index == len(candidates) - 1:
                raise
            last_error = error
    raise last_error


def open_with_password(paths: StationPaths, login: str, password: str, policy: KeyPolicy) -> Opened:
    threshold = _candidates(paths)[0][1].lockout_threshold
    _check_not_locked_out(paths, login, threshold)
    try:
        opened = _open(paths, lambda candidate: candidate.account_slot(login), password, policy)
    except DomainError as error:
        if error.code in ("wrong_password", "unknown_account"):
            auth_events.record(paths.auth_events, login, auth_events.FAILED)
            state = auth_events.login_state(auth_events.read_all(paths.auth_events), login)
            error.params["failures"] = state.consecutive_failures
            error.params["threshold"] = threshold
        raise
    auth_events.record(paths.auth_events, login, auth_events.SUCCESS)
    return opened


def open_with_recovery_code(paths: StationPaths, code: str, policy: KeyPolicy) -> Opened:
    normalised = normalise_recovery_code(code)
    return _open(paths, lambda candidate: candidate.recovery_slot(), normalised, policy)
