"""Which database a county folder opens, as the sign-in screen chooses it: the encrypted file in the folder, or a
PostgreSQL server. The folder remembers its server without a password (the note rehabdesk.storage.database
writes on each opening); the password is typed at sign-in and kept in memory only, or left to libpq's pgpass file."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.county.storage.paths import CountyPaths, with_password
from rehabdesk.storage.server_engine import server_location


def county_paths(root: Path, server: str | None = None, password: str = "") -> CountyPaths:
    """``server`` None: the encrypted file in ``root``; a blank or malformed address is refused by name."""
    if server is None:
        return CountyPaths(root)
    return CountyPaths(root, database_url=with_password(server, password))


def remembered_server(root: Path) -> str | None:
    """The server this folder's county was last opened on (never with its password), or None for the file."""
    note = CountyPaths(root).database_server_note
    try:
        text = note.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def shown_server(paths: CountyPaths) -> str | None:
    return None if paths.database_url is None else server_location(paths.database_url)
