"""`init` on a PostgreSQL server either makes the whole county or leaves the database as its operator made it: a
failure after the migration (here the server refuses the county's keys: an event trigger of the operator's puts a
CHECK (false) on the key table as soon as it is made) drops the tables it made, so the next `init` on the same
database succeeds instead of refusing it as "not empty"; a database that already held a county is refused and
left untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from rehabdesk.county.services import keys
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.domain.errors import DomainError
from tests.county.support import make_county
from tests.postgres_cluster import Cluster

_REFUSE_KEYS = """
CREATE FUNCTION refuse_keys() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('public.county_key') IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'refuse_keys') THEN
        ALTER TABLE county_key ADD CONSTRAINT refuse_keys CHECK (false);
    END IF;
END $$;
CREATE EVENT TRIGGER refuse_keys ON ddl_command_end EXECUTE FUNCTION refuse_keys();
"""


def _tables(cluster: Cluster, url: str) -> list[str]:
    rows = cluster.sql(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    return [row[0] for row in rows]


def test_a_failed_init_leaves_no_tables_and_the_next_init_succeeds(tmp_path: Path, postgres_cluster: Cluster) -> None:
    url = postgres_cluster.new_database()
    postgres_cluster.sql(url, _REFUSE_KEYS)
    broken = CountyPaths(tmp_path / "broken", database_url=url)
    with pytest.raises(IntegrityError, match="refuse_keys"):
        make_county(broken)
    assert _tables(postgres_cluster, url) == []
    assert not broken.slot_file.exists() and not broken.database_server_note.exists()
    postgres_cluster.sql(url, "DROP EVENT TRIGGER refuse_keys")  # the operator mends the server

    ctx = make_county(CountyPaths(tmp_path / "county", database_url=url))
    assert len(keys.county_fingerprint(ctx).split()) == 8
    ctx.close()
    assert "county_key" in _tables(postgres_cluster, url) and "alembic_version" in _tables(postgres_cluster, url)


def test_an_init_on_a_database_holding_a_county_is_refused_and_drops_nothing(
    tmp_path: Path, postgres_cluster: Cluster
) -> None:
    url = postgres_cluster.new_database()
    make_county(CountyPaths(tmp_path / "county", database_url=url)).close()
    before = _tables(postgres_cluster, url)
    with pytest.raises(DomainError, match="database_not_empty"):
        make_county(CountyPaths(tmp_path / "second", database_url=url))
    assert _tables(postgres_cluster, url) == before and "county" in before
    assert postgres_cluster.sql(url, "SELECT count(*) FROM county_key")[0][0] == 3
