"""The files of one county folder: the station's layout (key slots, audit head, side files, backups) with the
county's own database file, lock file and schema."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rehabdesk.storage.paths import StationPaths


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
