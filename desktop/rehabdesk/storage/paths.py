"""The files that make up one station folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StationPaths:
    root: Path
    # A database server (SQLAlchemy URL) instead of the encrypted file in ``root``: only a county uses one. The key
    # slots, audit head and backups stay in ``root`` either way.
    database_url: str | None = None

    @property
    def migrations(self) -> Path:
        """The Alembic folder of the schema this folder's database follows (the county's paths name their own)."""
        return Path(__file__).resolve().parent / "migrations"

    @property
    def database(self) -> Path:
        return self.root / "station.db"

    @property
    def slot_file(self) -> Path:
        return self.root / "keyslots.json"

    @property
    def slot_file_copy(self) -> Path:
        return self.root / "keyslots.json.bak"

    @property
    def auth_events(self) -> Path:
        return self.root / "auth-events.jsonl"

    @property
    def audit_anchor(self) -> Path:
        return self.root / "audit-head.json"

    @property
    def database_server_note(self) -> Path:
        """Where a folder whose database is on a server says which one (host, port, database; never a password)."""
        return self.root / "database-server.txt"

    @property
    def lock_file(self) -> Path:
        return self.root / "station.lock"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def default_backup_dir(self) -> Path:
        return self.root / "backups"

    def is_station(self) -> bool:
        return self.slot_file.exists() or self.slot_file_copy.exists() or self.database.exists()
