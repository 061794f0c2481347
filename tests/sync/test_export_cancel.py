"""A cancelled export leaves nothing behind: no file on the target, none in the outbox (not even a temp file), no
bundle recorded, no audit entry, and the next export gets the sequence number the cancelled one would have had."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from rehabdesk.demo.station import DemoStationResult, create_demo_station
from rehabdesk.domain.progress import Cancelled
from rehabdesk.services import clients, sync, sync_export
from rehabdesk.services.context import StationContext
from rehabdesk.storage.paths import StationPaths
from tests.conftest import TEST_POLICY
from tests.people_support import client_input
from tests.support import audit_rows, station_query
from tests.sync.support import enrolment_file, make_keys

TODAY = date(2026, 11, 20)


class CancelAt:
    """Cancels at its ``at``-th step, as the progress window's Cancel button does; counts every step it saw."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.steps: list[tuple[int, int]] = []

    def step(self, done: int, total: int, note: str = "") -> None:
        self.steps.append((done, total))
        if len(self.steps) == self.at:
            raise Cancelled


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoStationResult]:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the device key stays in the database (later tests set their own keyring)
    root = tmp_path_factory.mktemp("sync_cancel")
    result = create_demo_station(
        StationPaths(root / "station"), seed=5, clients_count=40, staff_count=4, policy=TEST_POLICY, today=TODAY,
        services_per_client=6, training_years=1,
    )  # fmt: skip
    path = enrolment_file(root, make_keys())
    sync.enrol(result.ctx, path, sync.preview_enrolment(result.ctx, path).fingerprint)
    yield result
    result.ctx.close()


def _left_behind(ctx: StationContext, target: Path) -> dict[str, object]:
    outbox = sync_export.outbox_dir(ctx)
    return {
        "target": sorted(p.name for p in target.iterdir()),
        "outbox": sorted(p.name for p in outbox.iterdir()) if outbox.exists() else [],
        "bundles": station_query(ctx, "SELECT sequence FROM sync_bundle ORDER BY sequence"),
        "exports": [row for row in audit_rows(ctx) if row[2] == "sync_export"],
    }


def _cancel_at_every_step_then_export(ctx: StationContext, target: Path) -> tuple[sync_export.ExportResult, int]:
    """Cancel at the first step, then the second … until an export gets through; each cancel is checked."""
    before = _left_behind(ctx, target)
    at = 1
    while True:
        progress = CancelAt(at)
        try:
            exported = sync_export.export_bundle(ctx, target, progress=progress)
        except Cancelled:
            assert _left_behind(ctx, target) == before, f"cancelled at step {at}"
            at += 1
            continue
        return exported, at - 1


def test_a_cancel_at_any_step_leaves_nothing_and_uses_no_sequence(station: DemoStationResult, tmp_path: Path) -> None:
    ctx = station.ctx
    usb = tmp_path / "usb"
    usb.mkdir()
    exported, cancels = _cancel_at_every_step_then_export(ctx, usb)
    assert cancels >= 3, "a full bundle of this station reports progress at its start, in its records and its end"
    assert exported.sequence == 1
    assert sorted(p.name for p in usb.iterdir()) == [exported.path.name]
    assert _left_behind(ctx, usb)["outbox"] == [exported.path.name]


def test_after_a_change_the_next_cancelled_export_keeps_the_next_number(
    station: DemoStationResult, tmp_path: Path
) -> None:
    ctx = station.ctx
    first = tmp_path / "first"
    first.mkdir()
    earlier = sync_export.export_bundle(ctx, first).sequence
    clients.register_client(ctx, client_input("李四", serial=44), today=TODAY)
    usb = tmp_path / "usb"
    usb.mkdir()
    exported, cancels = _cancel_at_every_step_then_export(ctx, usb)
    assert cancels >= 2 and exported.sequence == earlier + 1
    # the bundles not yet acknowledged travel with it, as on any export, and no number is missing
    assert sorted(p.name for p in usb.iterdir()) == [
        f"{exported.path.name[:-13]}{n:06d}.rdsync" for n in range(1, exported.sequence + 1)
    ]
