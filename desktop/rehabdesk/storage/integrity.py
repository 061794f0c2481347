"""Integrity checks shared by `check`, backup verification and restore."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text

from rehabdesk.storage import audit, migrate
from rehabdesk.storage.keys import AuditHead
from rehabdesk.storage.unit_of_work import make_session_factory


@dataclass(frozen=True)
class IntegrityReport:
    faults: tuple[str, ...]
    schema_revision: str | None
    audit_head: AuditHead

    @property
    def ok(self) -> bool:
        return not self.faults


def check_database(
    engine: Engine, anchors: list[AuditHead], *, expected_revision: str | None = None
) -> IntegrityReport:
    """``expected_revision``: the schema the database should be at (default: head). A backup taken before an
    upgrade is at an older, still known revision, and is whole at that revision."""
    faults: list[str] = []
    if engine.dialect.name == "sqlite":
        faults += _file_faults(engine)
    revision = migrate.current_revision(engine)
    if revision != (expected_revision or migrate.head_revision()):
        faults.append(f"schema_revision:{revision}")
    with make_session_factory(engine)() as session:
        chain = audit.verify_chain(session, anchors)
    faults += chain.faults
    return IntegrityReport(tuple(faults), revision, chain.head)


def _file_faults(engine: Engine) -> list[str]:
    """Pages and structure of the SQLCipher file. A database server keeps its own page checksums and enforces
    foreign keys on every write, so there only the schema and the audit chain are checked."""
    faults: list[str] = []
    with engine.connect() as connection:
        cipher_problems = [row[0] for row in connection.exec_driver_sql("PRAGMA cipher_integrity_check")]
        faults += [f"cipher_integrity:{problem}" for problem in cipher_problems]
        integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            faults += [f"integrity:{problem}" for problem in integrity]
        foreign_keys = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if foreign_keys:
            faults.append(f"foreign_keys:{len(foreign_keys)}")
    return faults
