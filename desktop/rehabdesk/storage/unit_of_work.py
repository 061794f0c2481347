"""One user action = one transaction: the change, its audit entry and its change-log rows commit together."""

from __future__ import annotations

import errno
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Actor
from rehabdesk.storage import audit, outbox
from rehabdesk.storage.engine import READ_ONLY, is_damage
from rehabdesk.storage.keys import AuditHead
from rehabdesk.storage.schema import AuditEntry
from rehabdesk.storage.schema.base import SyncRow, utc_now

_LOGGER = logging.getLogger(__name__)
_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
# A full file system gives SQLITE_FULL; a file-size limit (ulimit -f) gives SQLITE_IOERR. Both mean: no room.
_DISK_FULL_MESSAGES = ("database or disk is full", "disk i/o error")
_AUDIT_TABLE = AuditEntry.__tablename__
_commit_watchers = threading.local()


def is_disk_full(error: BaseException) -> bool:
    """Through SQLAlchemy (DBAPIError) or straight from the driver (a backup's sqlcipher_export), or the OS."""
    if isinstance(error, OSError) and error.errno in _DISK_FULL_ERRNOS:
        return True
    if isinstance(error, DBAPIError):
        error = error.orig
    if isinstance(error, sqlcipher.DatabaseError | sqlite3.DatabaseError):
        return any(message in str(error).lower() for message in _DISK_FULL_MESSAGES)
    return False


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
    event.listen(factory, "before_flush", outbox.refuse_hard_deletes)
    event.listen(factory, "after_flush", outbox.collect_flushed)
    event.listen(factory, "before_commit", outbox.refuse_unwritten)
    return factory


@contextmanager
def watching_commits() -> Iterator[set[str]]:
    """The kinds of data (table names) that every unit of work committed on this thread within the block wrote,
    gathered into the set it yields: what a view needs to know to decide whether to refresh."""
    if not hasattr(_commit_watchers, "active"):
        _commit_watchers.active = []
    watchers: list[set[str]] = _commit_watchers.active
    kinds: set[str] = set()
    watchers.append(kinds)
    try:
        yield kinds
    finally:
        watchers.remove(kinds)


def _report_committed(kinds: frozenset[str]) -> None:
    for watcher in getattr(_commit_watchers, "active", ()):
        watcher.update(kinds)


class UnitOfWork:
    """Use as ``with store.unit_of_work(actor) as uow: …; uow.commit()``; leaving without commit rolls back."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        actor: Actor | None,
        *,
        read_only: bool = False,
        on_audited: Callable[[AuditHead], None] | None = None,
    ) -> None:
        self._factory = factory
        self.actor = actor
        self._read_only = read_only
        self._on_audited = on_audited
        self._audit_head: AuditHead | None = None
        self.audit_count = 0
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        if self._read_only:
            self.session.connection(execution_options={READ_ONLY: True})
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if not self._committed:
            self.session.rollback()
        self.session.close()
        if exc is not None and is_disk_full(exc):
            raise DomainError("disk_full") from exc
        if exc is not None and is_damage(exc):
            raise DomainError("database_damaged_found") from exc

    def audit(
        self,
        action: str,
        *,
        entity_type: str | None = None,
        entity_id: str | None = None,
        outcome: str = "ok",
        detail: dict[str, Any] | None = None,
        login: str | None = None,
    ) -> None:
        # ``login`` names the subject of an entry made without an acting account (a failed login being imported):
        # it must not be attributed to whoever is unlocking at the time.
        self._audit_head = audit.append(
            self.session,
            None if login is not None else self.actor,
            action,
            entity_type=entity_type,
            entity_id=entity_id,
            outcome=outcome,
            detail=detail,
            login=login,
        )
        self.audit_count += 1

    def soft_delete(self, row: SyncRow) -> None:
        """The one way a sync row leaves: it stays as a tombstone, and the change log sends it as a delete."""
        row.deleted_at = utc_now()

    def restore(self, row: SyncRow) -> None:
        """A soft-deleted row put back (a worker back on a course): the change log sends it as an update."""
        row.deleted_at = None

    def commit(self) -> None:
        self.session.flush()
        kinds = outbox.write(self.session)
        if self._audit_head is not None:
            kinds |= {_AUDIT_TABLE}
        self.session.commit()
        self._committed = True
        if kinds:
            _report_committed(kinds)
        if self._audit_head is not None and self._on_audited is not None:
            try:
                self._on_audited(self._audit_head)
            except OSError as error:
                # The change is committed: reporting a failure now would make the user enter it again. The head
                # kept outside the database may lag behind the chain (the next commit moves it on); never ahead.
                _LOGGER.warning("audit head not recorded after commit: %s", type(error).__name__)
