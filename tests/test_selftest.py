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
