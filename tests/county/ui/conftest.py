"""A real county folder (SQLCipher, test-only Argon2), signed in, for the county's windows; Chinese translations
and the synchronous worker come from tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.services.sessions import unlock
from rehabdesk.county.storage.paths import CountyPaths
from tests.conftest import TEST_POLICY
from tests.county.support import COUNTY_ADMIN, COUNTY_PASSWORD, make_county


@pytest.fixture
def county_paths(tmp_path: Path) -> CountyPaths:
    make_county(tmp_path / "county").close()
    return CountyPaths(tmp_path / "county")


@pytest.fixture
def county(county_paths: CountyPaths) -> Iterator[CountyContext]:
    ctx = unlock(county_paths, COUNTY_ADMIN, COUNTY_PASSWORD, TEST_POLICY)
    yield ctx
    ctx.close()
