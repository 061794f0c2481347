"""A county in a temp folder (real SQLCipher file, cheap test-only Argon2) and demo stations that send it bundles
through the station's real sync services."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.services.keys import write_enrolment
from rehabdesk.county.services.setup import create_county
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.demo.station import DEMO_STATION, create_demo_station
from rehabdesk.services import sync
from rehabdesk.services.context import StationContext
from rehabdesk.storage.keys import KeyPolicy
from rehabdesk.storage.paths import StationPaths
from tests.conftest import TEST_POLICY

COUNTY_ADMIN = "admin"
COUNTY_PASSWORD = "county-pass-2026"
TODAY = date(2026, 11, 20)


def make_county(folder: Path | CountyPaths, policy: KeyPolicy = TEST_POLICY) -> CountyContext:
    """In ``folder``, or on the paths given (a county on PostgreSQL: tests/county/conftest.py)."""
    paths = folder if isinstance(folder, CountyPaths) else CountyPaths(folder)
    return create_county(
        paths, name="测试区民政局", division="110105", admin_login=COUNTY_ADMIN,
        admin_password=COUNTY_PASSWORD, policy=policy,
    ).ctx  # fmt: skip


@dataclass
class DemoStation:
    ctx: StationContext
    request: Path


def enrolled_station(
    county: CountyContext, folder: Path, *, seed: int, code: str, server: str | None = None, tls: str | None = None
) -> DemoStation:
    """A small demo station enrolled with ``county`` (its fingerprint confirmed) and its registration request."""
    station = create_demo_station(
        StationPaths(folder), seed=seed, clients_count=8, staff_count=3, policy=TEST_POLICY, today=TODAY,
        services_per_client=2, training_years=1, station=replace(DEMO_STATION, code=code, name=f"测试康复站 {code}"),
    ).ctx  # fmt: skip
    enrolment = folder.parent / f"enrolment-{seed}.rdenrol"
    write_enrolment(county, enrolment, server=server, tls_sha256=tls)
    sync.enrol(station, enrolment, sync.preview_enrolment(station, enrolment).fingerprint)
    request = sync.write_registration_request(station, folder.parent / f"request-{seed}.rdreq")
    return DemoStation(station, request)
