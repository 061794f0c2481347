"""Master-key rotation: sqlcipher_export to a file under the new key, then an ordered swap.

Every step leaves a state that some valid credential opens: until the database is swapped the main slot file
(old key) still fits; after it, the slot-file copy (new key) does, and opening falls back to it."""

from __future__ import annotations

import os
from pathlib import Path

from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.durable import atomic_write_bytes, fsync_directory
from rehabdesk.storage import audit
from rehabdesk.storage.engine import connect_encrypted, open_engine
from rehabdesk.storage.keys import MasterKey, SlotFile, reseal_slot
from rehabdesk.storage.store import META_SLOT_GENERATION, Store

ROTATION_STEPS = ("export", "anchor", "slot_copy", "swap_database", "slot_main", "reopen")


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def rotate_master_key(store: Store, progress: Progress = NULL_PROGRESS) -> None:
    paths = store.paths
    rotating = paths.root / "station.db.rotating"
    for leftover in [rotating, *_sidecars(rotating)]:
        leftover.unlink(missing_ok=True)
    total = len(ROTATION_STEPS)
    new_master = MasterKey.generate()
    with store.unit_of_work(None, read_only=True) as uow:
        head = audit.current_head(uow.session)
        store.current_slot_file(uow.session)
    new_slot_file = store.slot_file.next_generation(
        audit_head=store.slot_file.audit_head if store.audit_anchors_frozen else head,
        slots=tuple(reseal_slot(store.slot_file.station_id, slot, new_master) for slot in store.slot_file.slots),
    )

    with store.engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute(f"ATTACH DATABASE ? AS rotated KEY \"x'{new_master.database_key.hex()}'\"", (str(rotating),))
        try:
            raw.execute("SELECT sqlcipher_export('rotated')")
            raw.execute(
                "UPDATE rotated.store_meta SET value = ? WHERE key = ?",
                (str(new_slot_file.generation), META_SLOT_GENERATION),
            )
        finally:
            raw.execute("DETACH DATABASE rotated")
    check = connect_encrypted(rotating, new_master.database_key)
    try:
        problems = check.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        check.close()
    if problems:
        rotating.unlink(missing_ok=True)
        raise RuntimeError("the re-encrypted copy failed its integrity check")
    progress.step(1, total, "export")

    store.write_audit_anchor(head, also_for=new_master)
    progress.step(2, total, "anchor")

    new_bytes = new_slot_file.serialise(new_master)
    atomic_write_bytes(paths.slot_file_copy, new_bytes)
    progress.step(3, total, "slot_copy")

    with store.engine.connect() as connection:
        # On the driver connection: a checkpoint cannot run inside the transaction SQLAlchemy would begin.
        connection.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.engine.dispose()
    for sidecar in _sidecars(paths.database):
        sidecar.unlink(missing_ok=True)
    os.replace(rotating, paths.database)
    fsync_directory(paths.root)
    progress.step(4, total, "swap_database")

    atomic_write_bytes(paths.slot_file, new_bytes)
    progress.step(5, total, "slot_main")

    store.replace_master_key(
        new_master, open_engine(paths.database, new_master.database_key), SlotFile.parse(new_bytes)
    )
    store.write_audit_anchor(head)
    progress.step(6, total, "reopen")
