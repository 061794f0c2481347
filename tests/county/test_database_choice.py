"""The database a county folder opens, as the sign-in screen chooses it: a password with URL-special characters
survives the round trip, a password already in the typed address is replaced by the one typed apart, and what
is shown or remembered never carries it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehabdesk.county.services.database import county_paths, remembered_server, shown_server
from rehabdesk.domain.errors import DomainError
from rehabdesk.storage.server_engine import server_url

HOSTILE = "p@ss/w:rd%#?\u202e"


def test_a_hostile_password_round_trips_and_is_never_shown(tmp_path: Path) -> None:
    paths = county_paths(tmp_path, " postgresql+psycopg://county:old-secret@db:5432/county ", HOSTILE)
    url = server_url(paths.database_url)
    assert (url.username, url.password, url.host, url.port, url.database) == ("county", HOSTILE, "db", 5432, "county")
    assert shown_server(paths) == "postgresql+psycopg://county@db:5432/county"
    no_password = county_paths(tmp_path, "postgresql+psycopg://county@db/county", "")
    assert server_url(no_password.database_url).password is None  # libpq's pgpass file decides


def test_the_file_blank_and_malformed_addresses(tmp_path: Path) -> None:
    assert county_paths(tmp_path, None, "ignored").database_url is None
    assert remembered_server(tmp_path) is None
    for address in ("", "  ", "mysql://root@db/county", "postgresql+psycopg://db", "county@db:5432/county"):
        with pytest.raises(DomainError, match="database_url_invalid"):
            county_paths(tmp_path, address, "pw")
    county_paths(tmp_path, "postgresql+psycopg://county@db/county").database_server_note.write_text(
        "postgresql+psycopg://county@db:5432/county\n", encoding="utf-8"
    )
    assert remembered_server(tmp_path) == "postgresql+psycopg://county@db:5432/county"
