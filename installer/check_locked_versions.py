"""Check that a built package folder holds exactly the runtime packages uv.lock pins, at the pinned versions.

Usage: python installer/check_locked_versions.py SITE_PACKAGES_OR_PKGS_DIR
Reads the *.dist-info folders there (pynsist's pkgs folder and a venv's site-packages both keep them) and compares
them with the lock's packages that `uv export --no-dev` would install. Exit 1 and a list of differences otherwise."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_runtime() -> dict[str, str]:
    exported = subprocess.run(
        ["uv", "export", "--frozen", "--no-dev", "--no-hashes", "--format", "requirements-txt"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pins = {}
    for line in exported.splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
        if match:
            pins[_normal(match.group(1))] = match.group(2)
        elif line.startswith("-e ") or line.strip() == ".":
            continue
    return pins


def installed(folder: Path) -> dict[str, str]:
    found = {}
    for info in folder.glob("*.dist-info"):
        metadata = (info / "METADATA").read_text("utf-8", errors="replace")
        name = re.search(r"^Name: (.+)$", metadata, re.MULTILINE).group(1).strip()
        version = re.search(r"^Version: (.+)$", metadata, re.MULTILINE).group(1).strip()
        found[_normal(name)] = version
    return found


def main() -> int:
    folder = Path(sys.argv[1])
    have = installed(folder)
    want = locked_runtime()
    own = have.pop("rehabdesk", None)
    problems = [
        f"{name}: locked {version}, found {have.get(name)}"
        for name, version in want.items()
        if have.get(name) != version
    ]
    problems += [f"{name} {version}: not in the lock" for name, version in have.items() if name not in want]
    if own is None:
        problems.append("rehabdesk itself is missing")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{folder}: {len(have)} packages, {'as locked' if not problems else 'NOT as locked'}; rehabdesk {own}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
