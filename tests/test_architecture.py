"""The layer rules of DESIGN.md §2, as import-linter contracts in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


SOURCE = ROOT / "desktop" / "rehabdesk"


def test_sync_rows_leave_only_through_the_unit_of_works_soft_delete() -> None:
    """A physical delete never reaches the change log, and a tombstone set by hand is easy to get subtly wrong: the
    only way out is UnitOfWork.soft_delete (the flush hook also refuses session.delete of a sync row at run time)."""
    offenders = []
    for path in SOURCE.rglob("*.py"):
        if "migrations" in path.parts or path.name == "unit_of_work.py":
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if "session.delete(" in code or "deleted_at = " in code:
                offenders.append(f"{path.relative_to(SOURCE)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
