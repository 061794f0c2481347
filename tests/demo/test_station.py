"""The demo station: staff with accounts, clients spread over the direct-service staff, nothing in plaintext."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.demo.people import generate_clients
from rehabdesk.demo.station import DEMO_LOGIN, DEMO_PASSWORD, DEMO_STATION, create_demo_station
from rehabdesk.services import accounts, backups, clients, staff
from rehabdesk.services.sessions import unlock
from rehabdesk.storage.paths import StationPaths
from tests.conftest import TEST_POLICY
from tests.people_support import TODAY


def _demo(tmp_path: Path, name: str = "demo") -> StationPaths:
    paths = StationPaths(tmp_path / name)
    result = create_demo_station(paths, seed=5, clients_count=40, staff_count=4, policy=TEST_POLICY, today=TODAY)
    result.ctx.close()
    return paths


def test_demo_has_staff_with_accounts_and_clients_with_workers(tmp_path: Path) -> None:
    paths = _demo(tmp_path)
    ctx = unlock(paths, DEMO_LOGIN, DEMO_PASSWORD, TEST_POLICY)
    try:
        members = staff.list_staff(ctx)
        assert len(members) == 4
        logins = {account.login for account in accounts.list_accounts(ctx)}
        assert DEMO_LOGIN in logins and len(logins) == 5
        ids = clients.client_ids(ctx)
        assert len(ids) == 40
        direct = {member.name for member in members if member.direct_service}
        assert {row.responsible_worker for row in clients.client_summaries(ctx, ids)} <= direct
    finally:
        ctx.close()


def test_demo_is_deterministic_by_seed(tmp_path: Path) -> None:
    names = []
    for folder in ("one", "two"):
        ctx = unlock(_demo(tmp_path, folder), DEMO_LOGIN, DEMO_PASSWORD, TEST_POLICY)
        try:
            names.append([row.name for row in clients.client_summaries(ctx, clients.client_ids(ctx))])
        finally:
            ctx.close()
    assert names[0] == names[1]


def test_station_files_hold_no_client_name_or_id_number_in_plaintext(tmp_path: Path) -> None:
    paths = _demo(tmp_path)
    ctx = unlock(paths, DEMO_LOGIN, DEMO_PASSWORD, TEST_POLICY)
    try:
        backups.backup_now(ctx, tmp_path / "usb")
        secrets = [
            value
            for person in generate_clients(40, 5, today=TODAY, station_county=DEMO_STATION.county_code)
            for value in (person.name, person.id_number)
            if len(value) >= 3
        ]
        files = [p for folder in (paths.root, tmp_path / "usb") for p in folder.rglob("*") if p.is_file()]
        assert any(p.suffix == ".rdbackup" for p in files)
        for path in files:
            content = path.read_bytes()
            for secret in secrets:
                for encoding in ("utf-8", "gbk", "utf-16-le"):
                    assert secret.encode(encoding) not in content, f"{path.name} holds a client's data"
    finally:
        ctx.close()


def test_demo_shows_every_paperwork_and_training_state(tmp_path: Path) -> None:
    from rehabdesk.services import paperwork_due, safety, training

    paths = StationPaths(tmp_path / "states")
    result = create_demo_station(paths, seed=3, clients_count=60, staff_count=8, policy=TEST_POLICY, today=TODAY)
    ctx = result.ctx
    try:
        due = {item.kind for item in paperwork_due.paperwork_due(ctx, today=TODAY)}
        assert {"consent_pending", "scan_missing", "agreement_expiring"} <= due
        overview = training.training_overview(ctx, TODAY.year, today=TODAY)
        states = {w.compliance.compliant for w in overview.direct_service}
        assert states == {True, False}  # a believable mix: most compliant, some lagging
        assert any(w.compliance.warn for w in overview.workers)  # November: the fourth-quarter warning
        status = safety.safety_status(ctx, today=TODAY)
        assert {s.state for s in status.schedule} >= {"overdue", "ok"}
        assert status.plans_past_review and status.open_actions
        closed = [a for d in safety.list_drills(ctx, today=TODAY) for a in d.actions if a.status == "done"]
        assert closed
    finally:
        ctx.close()
