"""kill -9 during writes and a full disk: every reopened station passes `check` and holds every reported commit."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from rehabdesk.domain.errors import DomainError
from rehabdesk.services import accounts, checks, sessions, settings, templates
from rehabdesk.services.station_setup import FirstAdmin, create_station
from rehabdesk.storage.paths import StationPaths
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, STATION, TEST_POLICY
from tests.support import query

HELPER = Path(__file__).resolve().parent / "crash_helper.py"
REPO = Path(__file__).resolve().parents[2]
KILL_ROUNDS = 20


def helper(*arguments: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(HELPER), *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )


class Lines:
    """Collect a child's stdout lines on a thread, so the parent can wait for one without blocking forever."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.lines: list[str] = []
        self._event = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self._thread.start()

    def _read(self, process: subprocess.Popen) -> None:
        for line in process.stdout:
            if line.endswith("\n"):  # a line cut short by the kill was never fully reported
                self.lines.append(line.rstrip("\n"))
            self._event.set()

    def wait_for(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.lines:
            if time.monotonic() > deadline:
                raise AssertionError(f"child never printed {text!r}: {self.lines}")
            self._event.wait(0.05)
            self._event.clear()

    def finish(self) -> list[str]:
        self._thread.join(10)
        return self.lines


def make_station(folder: Path) -> StationPaths:
    paths = StationPaths(folder)
    create_station(paths, STATION, FirstAdmin(ADMIN_LOGIN, "管理员", ADMIN_PASSWORD), TEST_POLICY).ctx.close()
    return paths


def reopen_and_check(paths: StationPaths) -> sessions.StationContext:
    ctx = sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    report = checks.check_station(ctx)
    assert report.faults == (), report.faults
    return ctx


@pytest.mark.slow
def test_sigkill_at_random_points_of_a_write_loop(tmp_path: Path) -> None:
    seed = int(os.environ.get("REHABDESK_CRASH_SEED", random.randrange(1 << 30)))
    chance = random.Random(seed)
    paths = make_station(tmp_path / "station")
    reported: list[list[str]] = []
    for round_number in range(KILL_ROUNDS):
        child = helper("writer", str(paths.root), str(round_number))
        lines = Lines(child)
        lines.wait_for("ready")
        time.sleep(chance.uniform(0.0, 0.35))
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        assert child.returncode == -signal.SIGKILL, child.stderr.read()
        committed = [line.split(" ", 3)[1:] for line in lines.finish() if line.startswith("committed ")]
        reported += committed

        ctx = reopen_and_check(paths)
        try:
            hashes = dict(query(paths, ctx.store.master, "SELECT seq, hash FROM audit_log"))
            for seq, entry_hash, _what in reported:
                assert hashes.get(int(seq)) == entry_hash, f"seed {seed}: commit {seq} lost"
            logins = {a.login for a in accounts.list_accounts(ctx)}
            for _seq, _hash, what in reported:
                if what.startswith("account "):
                    assert what.split()[1] in logins, f"seed {seed}: {what} lost"
            last_address = [what.split()[1] for _s, _h, what in committed if what.startswith("address ")]
            if last_address:
                # A later edit may have committed without being reported, but never an older value.
                address = settings.read_station(ctx).address
                assert address.startswith(f"r{round_number}n")
                assert int(address.split("n")[-1]) >= int(last_address[-1].split("n")[-1])
        finally:
            ctx.close()
    assert len(reported) >= KILL_ROUNDS, f"seed {seed}: the writer hardly committed anything"
    # The accounts the writer made can log in: their slots and rows survived together.
    made = [what.split()[1] for _s, _h, what in reported if what.startswith("account ")]
    assert made
    sessions.unlock(paths, made[-1], "crash-pass-1", TEST_POLICY).close()


def _run_fill(paths: StationPaths, limit: int) -> list[str]:
    child = helper("fill", str(paths.root), str(limit))
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert "Traceback" not in err
    return out.splitlines()


def _assert_refused_cleanly(paths: StationPaths, lines: list[str]) -> None:
    saved = [line.split() for line in lines if line.startswith("saved ")]
    refused = [line.split() for line in lines if line.startswith("refused ")]
    assert saved, lines[-3:]
    assert len(refused) == 1 and refused[0][2] == "disk_full", lines[-3:]
    ctx = reopen_and_check(paths)
    try:
        newest = templates.template_history(ctx, "fees")[0].body
        assert saved[-1][2] in newest  # the last saved version is there …
        bodies = query(paths, ctx.store.master, "SELECT body FROM document_template WHERE kind = 'fees'")
        assert not any(refused[0][3] in body for (body,) in bodies)  # … and nothing of the refused one
        saves = query(paths, ctx.store.master, "SELECT count(*) FROM audit_log WHERE action = 'template_save'")
        assert saves == [(len(saved),)]
    finally:
        ctx.close()


@pytest.mark.slow
def test_file_size_limit_while_writing(tmp_path: Path) -> None:
    paths = make_station(tmp_path / "station")
    biggest = max(p.stat().st_size for p in paths.root.iterdir() if p.is_file())
    lines = _run_fill(paths, biggest + 256 * 1024)
    _assert_refused_cleanly(paths, lines)


@pytest.fixture
def small_tmpfs(tmp_path: Path):
    mount_point = tmp_path / "tmpfs"
    mount_point.mkdir()
    try:
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)], capture_output=True, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        pytest.skip("cannot run mount here")
    if result.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here; the file-size-limit variant covers disk full")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False, timeout=10)


@pytest.mark.slow
def test_full_disk_while_writing(small_tmpfs: Path) -> None:
    paths = make_station(small_tmpfs / "station")
    # Ballast takes most of the free room; removing it afterwards is the "free some space" a user would do.
    ballast = small_tmpfs / "ballast"
    free = os.statvfs(small_tmpfs).f_bavail * os.statvfs(small_tmpfs).f_frsize
    ballast.write_bytes(b"\0" * max(0, free - 400 * 1024))
    lines = _run_fill(paths, 0)
    # While the disk is full, nothing can be opened for writing either: a clear error, not a crash.
    with pytest.raises(DomainError, match="disk_full"):
        ctx = sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
        try:
            while True:
                settings.update_station(ctx, settings.read_station(ctx))
        finally:
            ctx.close()
    ballast.unlink()
    _assert_refused_cleanly(paths, lines)
