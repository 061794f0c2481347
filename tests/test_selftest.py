"""`rehabdesk selftest`, as station IT runs it after installing: one line per step, exit 0, nothing left behind;
and the PDF read-back it uses in place of pypdf (a development tool that is not shipped)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rehabdesk.selftest import STEPS, check_pdf


@pytest.mark.slow
def test_selftest_passes_prints_a_line_per_step_and_leaves_no_station(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "TMPDIR": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself
    result = subprocess.run(
        [sys.executable, "-m", "rehabdesk", "selftest"], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "精康工作台 0.1.0 自检"
    assert [line.split("]")[0] + "]" for line in lines[1:-1]] == [f"[{n}/{len(STEPS)}]" for n in range(1, 9)]
    assert all("：通过（" in line for line in lines[1:-1])
    assert lines[-1].startswith("自检通过")
    assert "Traceback" not in result.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("rehabdesk-selftest-")]


def test_the_pdf_check_accepts_a_printed_form(admin_ctx) -> None:
    from rehabdesk.services import printing

    assert check_pdf(printing.print_blank_consent_form(admin_ctx).pdf) >= 1


@pytest.mark.parametrize(
    "data",
    [b"", b"<html>", b"%PDF-1.4\n%%EOF\n", b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n"],
    ids=["empty", "not a pdf", "no page", "no embedded font"],
)
def test_the_pdf_check_refuses_what_is_not_a_printed_form(data: bytes) -> None:
    with pytest.raises(ValueError):
        check_pdf(data)


def test_the_selftest_stops_at_the_first_failure_and_still_removes_its_folder(monkeypatch, tmp_path: Path) -> None:
    from rehabdesk import selftest

    monkeypatch.setattr(selftest.tempfile, "tempdir", str(tmp_path))
    ran = []

    def passes(step: str):
        return lambda state: ran.append(step) or ""

    def fails(state) -> str:
        (state.root / "half-made").write_text("x")
        raise RuntimeError("broken on purpose")

    work = {step: passes(step) for step in STEPS} | {"client": fails}
    monkeypatch.setattr(selftest, "_WORK", work)
    outcomes = list(selftest.run_selftest())
    assert [(o.step, o.ok) for o in outcomes] == [("station", True), ("sign_in", True), ("client", False)]
    assert "broken on purpose" in str(outcomes[-1].error) and "Traceback" in outcomes[-1].detail
    assert ran == ["station", "sign_in"]
    assert list(tmp_path.iterdir()) == []


_FAILING_BACKUP = """
import sys
from rehabdesk import cli, selftest
from rehabdesk.domain.errors import DomainError

def fails(state):
    raise DomainError("backup_corrupt")

selftest._WORK = {step: (lambda state: "") for step in selftest.STEPS} | {"backup": fails}
sys.exit(cli.main(["selftest"]))
"""


def test_the_command_names_the_failed_step_and_exits_non_zero(tmp_path: Path) -> None:
    """In a child process: the command installs translators and hardens the process it runs in."""
    env = {**os.environ, "HOME": str(tmp_path), "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", _FAILING_BACKUP], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-2].startswith("[6/8] 备份并核验备份：失败：")
    assert lines[-1] == "自检未通过。"
    assert list(tmp_path.iterdir()) == []
