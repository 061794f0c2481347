"""The layer rules of DESIGN.md §2, as import-linter contracts in pyproject.toml."""

from __future__ import annotations

import ast
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


_CLOCK_READS = {("date", "today"), ("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow")}


class _ImportTimeClockReads(ast.NodeVisitor):
    """Calls evaluated when the module is imported: everything but the bodies of functions and lambdas (decorators,
    default values and class bodies run at import)."""

    def __init__(self) -> None:
        self.found: list[int] = []

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for item in [*node.decorator_list, *node.args.defaults, *node.args.kw_defaults]:
            if item is not None:
                self.visit(item)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        for item in [*node.args.defaults, *node.args.kw_defaults]:
            if item is not None:
                self.visit(item)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute):
            owner = func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
            if (name, func.attr) in _CLOCK_READS:
                self.found.append(node.lineno)
        self.generic_visit(node)


def import_time_clock_reads(source: str) -> list[int]:
    visitor = _ImportTimeClockReads()
    visitor.visit(ast.parse(source))
    return visitor.found


def test_the_finder_sees_reads_at_import_and_not_inside_functions() -> None:
    source = (
        "TODAY = date.today()\n"
        "class A:\n    NOW = datetime.datetime.now()\n    def f(self):\n        return date.today()\n"
        "@pytest.mark.parametrize('d', [date.today()])\ndef test(d=datetime.now()):\n    date.today()\n"
        "later = lambda: date.today()\n"
    )
    assert import_time_clock_reads(source) == [1, 3, 6, 7]


def test_no_test_reads_the_date_when_it_is_imported() -> None:
    """A test module that reads the date once at import and the code again later fails when the suite runs across
    midnight: tests set the day with rehabdesk.domain.clock (frozen, set_clock) or read it inside the test."""
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for line in import_time_clock_reads(path.read_text("utf-8")):
            offenders.append(f"{path.relative_to(ROOT)}:{line}")
    assert not offenders, "\n".join(offenders)
