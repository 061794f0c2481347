"""Keys and bundles for the sync tests: a test county (age identity, minisign key) and a station device."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from rehabdesk.sync import age
from rehabdesk.sync.bundle import BundleStart, BundleWriter
from rehabdesk.sync.manifest import Manifest
from rehabdesk.sync.minisign import SecretKey


@dataclass(frozen=True)
class Keys:
    county: age.Identity
    county_signing: SecretKey
    device: SecretKey


def make_keys() -> Keys:
    return Keys(age.Identity.generate(), SecretKey.generate(), SecretKey.generate())


def write_bundle(
    folder: Path,
    keys: Keys,
    records: Iterable[dict[str, Any]],
    *,
    sequence: int = 1,
    previous: str | None = None,
    device_id: str = "D00000A1",
    station_code: str = "ST0001",
) -> tuple[Path, Manifest]:
    bundle_id = str(uuid.uuid4())
    path = folder / f"{station_code}-{device_id}-{sequence:06d}.rdsync"
    with open(path, "wb") as out:
        writer = BundleWriter(out, BundleStart(bundle_id, station_code, device_id, sequence), keys.county.recipient)
        for record in records:
            writer.write(record)

        def manifest(counts: dict[str, int], size: int, digest: str) -> Manifest:
            return Manifest(
                bundle_id=bundle_id,
                station_code=station_code,
                county_division="230102",
                device_id=device_id,
                device_key_id=keys.device.public.key_id_text,
                county_key_id=keys.county.recipient.key_id,
                sequence=sequence,
                previous_bundle_sha256=previous,
                created_at="2026-12-07T01:00:00Z",
                app_version="0.1.0",
                schema_version="0009",
                change_log_after=0,
                change_log_through=10,
                record_counts=counts,
                payload_size=size,
                payload_sha256=digest,
            )

        result = writer.finish(keys.device, manifest)
        out.flush()
        os.fsync(out.fileno())
    return path, result


def enrolment_file(
    folder: Path,
    keys: Keys,
    *,
    division: str = "110105",
    name: str = "enrolment.rdenrol",
    server: str | None = "https://sync.example.cn",
    tls_sha256: str | None = "ab" * 32,
) -> Path:
    """A county enrolment file signed by the test county's key."""
    from rehabdesk.sync.enrolment import Enrolment

    enrolment = Enrolment(
        county_name="测试区民政局",
        county_division=division,
        age_recipient=keys.county.recipient,
        signing_key=keys.county_signing.public,
        pseudonym_key=bytes(range(32)),
        issued_at="2026-12-07T00:00:00Z",
        server=server,
        tls_sha256=tls_sha256,
    )
    path = folder / name
    path.write_bytes(enrolment.seal(keys.county_signing))
    return path


def acknowledge_all(bundle: Path, keys: Keys, request: Path, at: str) -> bytes:
    """The county's sealed acknowledgement of every record of ``bundle`` as committed, signed ``at`` (an ISO
    time), for the station enrolled with the registration request ``request``."""
    from rehabdesk.sync.ack import Acknowledgement, RecordState
    from rehabdesk.sync.bundle import read_records, verify_bundle
    from rehabdesk.sync.enrolment import RegistrationRequest

    device = RegistrationRequest.open(request.read_bytes()).device_key
    with open(bundle, "rb") as handle:
        verified = verify_bundle(handle, lambda device_id: device)
        states = tuple(
            RecordState(record["type"], record.get("id") or record["pseudonym"], "committed", record.get("version"))
            for record in read_records(handle, verified, keys.county)
        )
    manifest = verified.manifest
    ack = Acknowledgement(manifest.bundle_id, manifest.station_code, manifest.device_id, manifest.sequence,
                          verified.hash, at, states)  # fmt: skip
    return ack.seal(keys.county_signing)


def enrolled_demo_station(
    root: Path, *, seed: int, clients_count: int, staff_count: int, services_per_client: int, today: date
) -> tuple[Any, Any, Keys, Path]:
    """A demo station in ``root`` enrolled with a fresh test county, its device key kept in the database (the
    keyring is set to the refusing ``fail`` backend, as on a headless box), and its registration request written:
    (demo result, station paths, county keys, request file)."""
    import keyring
    from keyring.backends import fail

    from rehabdesk.demo.station import create_demo_station
    from rehabdesk.services import sync
    from rehabdesk.storage.paths import StationPaths
    from tests.conftest import TEST_POLICY

    keyring.set_keyring(fail.Keyring())
    paths = StationPaths(root / "station")
    result = create_demo_station(
        paths, seed=seed, clients_count=clients_count, staff_count=staff_count, policy=TEST_POLICY, today=today,
        services_per_client=services_per_client, training_years=1,
    )  # fmt: skip
    keys = make_keys()
    path = enrolment_file(root, keys)
    sync.enrol(result.ctx, path, sync.preview_enrolment(result.ctx, path).fingerprint)
    request = sync.write_registration_request(result.ctx, root / "request.rdreq")
    return result, paths, keys, request
