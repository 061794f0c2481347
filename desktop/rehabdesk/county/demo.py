"""A demo county: three small demo stations (different seeds, built with rehabdesk.demo and the station's real
sync services) enrolled, registered, approved, and their first bundles received. Like rehabdesk.demo, a layer above
the services: fixtures, not product code. The stations are thrown away afterwards; only their bundles remain."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from rehabdesk.county.services import keys, receiving, registry
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.services.setup import create_county
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.demo.station import DEMO_STATION, create_demo_station
from rehabdesk.services import sync, sync_export
from rehabdesk.storage.keys import PRODUCTION_POLICY, KeyPolicy
from rehabdesk.storage.paths import StationPaths

DEMO_LOGIN = "admin"
DEMO_PASSWORD = "county-demo"
DEMO_COUNTY_NAME = "朝阳区民政局（演示）"
DEMO_DIVISION = "110105"
STATIONS = (
    ("DEMO01", "阳光家园精神障碍社区康复服务站（演示）", 11),
    ("DEMO02", "向日葵社区康复服务站（演示）", 12),
    ("DEMO03", "春晖乡村康复服务站（演示）", 13),
)
# The demo stations live only long enough to send their first bundle: their key slots need no production cost.
_THROWAWAY_POLICY = KeyPolicy.for_tests()


def create_demo_county(
    paths: CountyPaths,
    *,
    policy: KeyPolicy = PRODUCTION_POLICY,
    clients: int = 12,
    today: date | None = None,
    progress: Callable[[int, int, str], None] = lambda done, total, note: None,
) -> CountyContext:
    import keyring
    from keyring.backends import fail

    created = create_county(
        paths, name=DEMO_COUNTY_NAME, division=DEMO_DIVISION, admin_login=DEMO_LOGIN, admin_password=DEMO_PASSWORD,
        policy=policy,
    )  # fmt: skip
    ctx = created.ctx
    previous = keyring.get_keyring()
    # The throw-away stations keep their device keys in their own databases, not in this user's keyring.
    keyring.set_keyring(fail.Keyring())
    try:
        with tempfile.TemporaryDirectory(prefix=".rehabdesk-demo-", dir=paths.root) as work:
            folder = Path(work)
            usb = folder / "usb"
            usb.mkdir()
            enrolment_file = folder / "county.rdenrol"
            keys.write_enrolment(ctx, enrolment_file)
            for done, (code, name, seed) in enumerate(STATIONS):
                progress(done, len(STATIONS), code)
                station = create_demo_station(
                    StationPaths(folder / code), seed=seed, clients_count=clients, staff_count=4,
                    policy=_THROWAWAY_POLICY, today=today, services_per_client=4, training_years=1,
                    station=replace(DEMO_STATION, code=code, name=name),
                ).ctx  # fmt: skip
                try:
                    sync.enrol(station, enrolment_file, sync.preview_enrolment(station, enrolment_file).fingerprint)
                    request = sync.write_registration_request(station, folder / f"{code}.rdreq")
                    registration = registry.register(ctx, request)
                    registry.approve(ctx, registration.device_id, registration.fingerprint)
                    sync_export.export_bundle(station, usb)
                finally:
                    station.close()
            receiving.import_bundles(ctx, usb, folder / "acks")
            progress(len(STATIONS), len(STATIONS), "")
    except BaseException:
        ctx.close()
        raise
    finally:
        keyring.set_keyring(previous)
    return ctx
