"""The county bundle on the large case-file station (20 000 clients, 1 000 000 service records; issue 14):

- ``bundle_export_full``: the first, full bundle written by the station's export (a fresh process, as the app's
  worker is, with the day's indicator snapshots), against a baseline that reads the same consenting clients and
  their services with plain SQL and writes them through the same bundle writer; and the export's peak memory.
- ``bundle_verify_decrypt``: the county's verification and streaming decryption of that bundle, every record
  parsed, against the stock ``age -d`` decrypting its payload."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from datetime import timedelta
from pathlib import Path

from tests.bench.harness import BenchContext, Figure, Paired, benchmark

EXPORT_TARGET_RATIO = 2.0
EXPORT_PEAK_MB = 300.0
VERIFY_TARGET_RATIO = 2.0
_REPO = Path(__file__).resolve().parents[2]


def enrolled_copy(ctx: BenchContext, work: Path):
    """A copy of the bench station enrolled with a fresh test county (device key kept in the station database);
    returns (station folder, county keys, registration request file)."""
    import keyring
    from keyring.backends import fail

    from rehabdesk.services import sync
    from tests.bench.bench_cases import copy_station, open_station
    from tests.sync.support import enrolment_file, make_keys

    station = copy_station(ctx, work)
    keyring.set_keyring(fail.Keyring())
    session = open_station(station)  # a cached station of an older schema is migrated here
    keys = make_keys()
    path = enrolment_file(work, keys)
    sync.enrol(session, path, sync.preview_enrolment(session, path).fingerprint)
    request = sync.write_registration_request(session, work / "request.rdreq")
    session.close()
    return station, keys, request


def _child(*arguments: str) -> tuple[float, float]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.sync_child", *arguments],
        cwd=_REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"sync_child {arguments[0]} failed: {done.stderr[-2000:]}")
    seconds, peak = done.stdout.split()
    return float(seconds), float(peak)


@benchmark("bundle_export_full", "the first, full county bundle vs plain SQL through the same writer; peak memory")
def bundle_export_full(ctx: BenchContext) -> list[Figure]:
    from tests.bench.bench_cases import station_facts

    facts = station_facts(ctx)
    with ctx.workdir() as work:
        station, _, _ = enrolled_copy(ctx, work)
        outbox = station / "outbox"
        peaks: list[float] = []
        sizes: list[int] = []
        runs = iter(range(1000))

        def project() -> float:
            out = work / f"usb-{next(runs)}"
            out.mkdir()
            # Each run a later day: the day's first bundle carries the indicator snapshots, as the first one does.
            day = facts.today + timedelta(days=len(peaks))
            seconds, peak = _child("export", str(station), str(out), day.isoformat())
            peaks.append(peak)
            (bundle,) = out.glob("*.rdsync")
            sizes.append(bundle.stat().st_size)
            shutil.rmtree(out)
            for sent in outbox.glob("*.rdsync"):  # the next run copies no earlier bundle
                sent.unlink()
            return seconds

        def baseline() -> float:
            out = work / "baseline"
            out.mkdir(exist_ok=True)
            seconds, _ = _child("baseline", str(station), str(out))
            shutil.rmtree(out)
            return seconds

        paired = ctx.interleaved(project, baseline, what="full bundle vs plain SQL through the same writer")
    ctx.log("peak RSS of the exports (MB): " + " ".join(f"{p:.0f}" for p in peaks))
    ctx.log(f"bundle size: {sizes[-1] / 1e6:.1f} MB")
    return [
        Figure.compared(paired, EXPORT_TARGET_RATIO, label="vs_raw"),
        Figure(statistics.median(peaks), "MB", EXPORT_PEAK_MB, label="peak_rss"),
    ]


@benchmark("bundle_verify_decrypt", "the county's verify + streaming decrypt of the full bundle vs stock age -d")
def bundle_verify_decrypt(ctx: BenchContext) -> list[Figure]:
    from rehabdesk.sync.bundle import read_records, verify_bundle
    from rehabdesk.sync.enrolment import RegistrationRequest

    with ctx.workdir() as work:
        station, keys, request = enrolled_copy(ctx, work)
        out = work / "usb"
        out.mkdir()
        _child("export", str(station), str(out), time.strftime("%Y-%m-%d"))
        (bundle,) = out.glob("*.rdsync")
        device = RegistrationRequest.open(request.read_bytes()).device_key
        with tarfile.open(bundle) as archive:
            archive.extract("payload.age", work, filter="data")
        identity = work / "county.key"
        identity.write_text(keys.county.keygen_file("2026-12-07T00:00:00Z"))
        counted: list[int] = []

        def project() -> float:
            start = time.perf_counter()
            with open(bundle, "rb") as handle:
                verified = verify_bundle(handle, lambda device_id: device)
                counted.append(sum(1 for _ in read_records(handle, verified, keys.county)))
            return time.perf_counter() - start

        def baseline() -> float:
            start = time.perf_counter()
            subprocess.run(["age", "-d", "-i", str(identity), "-o", "/dev/null", str(work / "payload.age")], check=True)
            return time.perf_counter() - start

        paired: Paired = ctx.interleaved(project, baseline, what="verify + decrypt vs age -d")
        ctx.log(f"records read: {counted[-1]}; bundle {bundle.stat().st_size / 1e6:.1f} MB")
    return [Figure.compared(paired, VERIFY_TARGET_RATIO, label="vs_age")]
