"""The county's database engines: every test taking ``county_paths`` runs on the encrypted SQLite file and on a
real PostgreSQL server (one throw-away cluster per session, started on first use)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabdesk.county.storage.paths import CountyPaths
from tests.postgres_cluster import Cluster, PostgresMissing, start_cluster


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    try:
        cluster = start_cluster()
    except PostgresMissing as missing:
        pytest.fail(str(missing), pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def county_paths(request: pytest.FixtureRequest, tmp_path: Path) -> CountyPaths:
    if request.param == "sqlite":
        return CountyPaths(tmp_path / "county")
    cluster: Cluster = request.getfixturevalue("postgres_cluster")
    return CountyPaths(tmp_path / "county", database_url=cluster.new_database())
