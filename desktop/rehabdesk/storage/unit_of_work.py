"""One user action = one transaction: the change, its audit entry and its change-log rows commit together."""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Actor
from rehabdesk.storage import audit
from rehabdesk.storage.changes import record_flushed_changes
from rehabdesk.storage.engine import READ_ONLY
from rehabdesk.storage.keys import AuditHead

_LOGGER = logging.getLogger(__name__)
_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
# A full file system gives SQLITE_FULL; a file-size limit (ulimit -f) gives SQLITE_IOERR. Both mean: no room.
_DISK_FULL_MESSAGES = ("database or disk is full", "disk i/o error")


def is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno in _DISK_FULL_ERRNOS:
        return True
    if isinstance(error, DBAPIError):
        return any(message in str(error.orig).lower() for message in _DISK_FULL_MESSAGES)
    return False


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
    event.listen(factory, "after_flush", record_flushed_changes)
    return factory


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

    def commit(self) -> None:
        self.session.commit()
        self._committed = True
        if self._audit_head is not None and self._on_audited is not None:
            try:
                self._on_audited(self._audit_head)
            except OSError as error:
                # The change is committed: reporting a failure now would make the user enter it again. The head
                # kept outside the database may lag behind the chain (the next commit moves it on); never ahead.
                _LOGGER.warning("audit head not recorded after commit: %s", type(error).__name__)
