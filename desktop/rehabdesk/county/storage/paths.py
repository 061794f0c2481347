"""The files of one county folder: the station's layout (key slots, audit head, side files, backups) with the
county's own database file, lock file and schema."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rehabdesk.storage.paths import StationPaths
from rehabdesk.storage.server_engine import server_url


@dataclass(frozen=True)
class CountyPaths(StationPaths):
    @property
    def migrations(self) -> Path:
        return Path(__file__).resolve().parent / "migrations"

    @property
    def database(self) -> Path:
        return self.root / "county.db"

    @property
    def lock_file(self) -> Path:
        return self.root / "county.lock"


def with_password(url_text: str, password: str) -> str:
    """The server's URL with the password typed at sign-in, held in memory only (files name the server without
    it, rehabdesk.storage.database.note_server); a malformed URL is refused by name. No password: libpq's own
    pgpass file (PGPASSFILE, ~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf) or the server's trust decides."""
    url = server_url(url_text.strip())
    if not password:
        return url.render_as_string(hide_password=False)
    return url.set(password=password).render_as_string(hide_password=False)
