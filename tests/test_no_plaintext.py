"""No plaintext on disk: after a session that creates, backs up and prints, neither the station head's name nor a
canary typed into a form appears in any file of the data folder, the backups, the logs or the temp folder.
(The QSettings file is covered by the UI tests.)"""

from __future__ import annotations

import io
import tempfile
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from rehabdesk.crash_report import configure_logging, log_unexpected
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, backups, checks, keys_admin, recovery, sessions, settings
from rehabdesk.services.station_setup import FirstAdmin, create_station
from rehabdesk.storage.paths import StationPaths
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, HEAD_NAME, STATION, TEST_POLICY
from tests.support import files_under

CANARY = "金丝雀Q7X2K9-康复"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "gbk")


def _needles(secret: str) -> list[bytes]:
    return [secret.encode(encoding) for encoding in ENCODINGS]


def _hits(files: list[Path], secret: str) -> list[str]:
    hits = []
    for path in files:
        if secret in path.name:
            hits.append(f"{path} (name)")
        data = path.read_bytes()
        hits += [f"{path} ({needle!r})" for needle in _needles(secret) if needle in data]
        if path.suffix == ".pdf":
            text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
            if secret in text:
                hits.append(f"{path} (PDF text)")
    return hits


def test_the_search_finds_what_is_there(tmp_path: Path) -> None:
    """The search below can fail: each encoding of a planted secret is found."""
    for encoding in ENCODINGS:
        planted = tmp_path / f"planted-{encoding}.bin"
        planted.write_bytes(b"\x00prefix" + CANARY.encode(encoding) + b"suffix")
        assert _hits([planted], CANARY)
        planted.unlink()


def test_no_plaintext_after_a_working_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    paths = StationPaths(tmp_path / "data" / "station")
    usb, printed = tmp_path / "usb", tmp_path / "printed"

    created = create_station(paths, STATION, FirstAdmin(ADMIN_LOGIN, "管理员", ADMIN_PASSWORD), TEST_POLICY)
    ctx = created.ctx
    accounts.create_account(ctx, "wangfang", "王芳", frozenset({Role.STAFF}), "staff-pass-77")
    settings.update_station(ctx, replace(settings.read_station(ctx), address=f"测试路 {CANARY} 号"))
    assert CANARY in settings.read_station(ctx).address and settings.read_station(ctx).head_name == HEAD_NAME
    backups.backup_now(ctx, usb)
    printed.mkdir()
    recovery.write_recovery_sheet(ctx, created.recovery_code, printed / "recovery-sheet.pdf")
    keys_admin.rotate_key(ctx, ADMIN_PASSWORD)
    assert checks.check_station(ctx).ok
    sessions.lock(ctx, reason="idle")
    ctx = sessions.unlock(paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY, resuming=True)
    backups.backup_on_close(ctx)  # into the station's own backups/
    # An unexpected error whose message quotes what was typed: the log keeps the type and place only.
    configure_logging(paths.logs_dir)
    try:
        raise DomainError("unexpected", value=CANARY, head=HEAD_NAME)
    except DomainError as error:
        log_unexpected(error)
    sessions.log_out(ctx)

    data_files = files_under(paths.root)
    names = {p.name for p in data_files}
    assert {"station.db", "keyslots.json", "keyslots.json.bak", "audit-head.json", "rehabdesk.log"} <= names
    assert any(p.suffix == ".rdbackup" for p in data_files)
    everything = data_files + files_under(usb, printed, temp)
    assert (printed / "recovery-sheet.pdf") in everything and any(p.parent == usb for p in everything)

    assert _hits(everything, HEAD_NAME) == []
    assert _hits(everything, CANARY) == []
    # The sheet does name the station (that is what it is for): proof that its text was searched.
    assert _hits([printed / "recovery-sheet.pdf"], STATION.name)
