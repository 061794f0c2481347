"""The runtime packages uv.lock pins, decided for the machine an installer targets, and a check of a built folder.

    python installer/locked.py requirements TARGET PYTHON_VERSION OUT.txt
    python installer/locked.py check TARGET PYTHON_VERSION SITE_PACKAGES_OR_PKGS_DIR

TARGET is `windows` (win_amd64, the setup.exe) or `linux` (x86_64, the .deb); PYTHON_VERSION is the full version of
the interpreter the installer ships or runs on (3.11.9 embedded on Windows, Debian's 3.11.x for the .deb).

`uv export` keeps every package of the lock with its environment marker (`pywin32-ctypes ; sys_platform == 'win32'`,
`jeepney ; sys_platform == 'linux'`). pip decides such markers for the machine it runs on even with
`pip download --platform win_amd64`, so a Windows build made on Linux would get the Linux-only packages and miss the
Windows-only ones. `requirements` therefore decides each marker for the target here and writes the packages that
hold there, pinned with the lock's hashes and without markers; `check` compares a built folder's *.dist-info with the
same set and exits 1 listing every difference. Run it in the development environment (packaging is there)."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]

# The marker variables that differ between the build machine and the target; the rest follow the Python version.
TARGETS = {
    "windows": {
        "os_name": "nt",
        "sys_platform": "win32",
        "platform_system": "Windows",
        "platform_machine": "AMD64",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    },
    "linux": {
        "os_name": "posix",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "platform_machine": "x86_64",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    },
}


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    hashes: tuple[str, ...]

    def line(self) -> str:
        return " ".join([f"{self.name}=={self.version}", *(f"--hash={digest}" for digest in self.hashes)])


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def environment(target: str, python_version: str) -> dict[str, str]:
    if target not in TARGETS:
        raise SystemExit(f"unknown target {target!r}: one of {', '.join(TARGETS)}")
    if not re.fullmatch(r"3\.\d+\.\d+", python_version):
        raise SystemExit(f"not a full Python version: {python_version!r}")
    decided = dict(default_environment())
    decided.update(TARGETS[target])
    decided["python_full_version"] = decided["implementation_version"] = python_version
    decided["python_version"] = ".".join(python_version.split(".")[:2])
    return decided


def exported() -> str:
    return subprocess.run(
        ["uv", "export", "--frozen", "--no-dev", "--no-emit-project", "--format", "requirements-txt"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def pins_for(target: str, python_version: str, export: str | None = None) -> dict[str, Pin]:
    """The exported packages whose markers hold on the target, by normalised name."""
    decided = environment(target, python_version)
    text = (exported() if export is None else export).replace("\\\n", " ")
    pins = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        head, *hashes = re.split(r"\s+--hash=", line.strip())
        requirement = Requirement(head)
        if requirement.marker is not None and not requirement.marker.evaluate(decided):
            continue
        (specifier,) = requirement.specifier
        if specifier.operator != "==":
            raise SystemExit(f"not pinned in the export: {line}")
        pins[normal(requirement.name)] = Pin(requirement.name, specifier.version, tuple(hashes))
    return pins


def installed(folder: Path) -> dict[str, str]:
    found = {}
    for info in folder.glob("*.dist-info"):
        metadata = (info / "METADATA").read_text("utf-8", errors="replace")
        name = re.search(r"^Name: (.+)$", metadata, re.MULTILINE)
        version = re.search(r"^Version: (.+)$", metadata, re.MULTILINE)
        if not (name and version):
            raise SystemExit(f"{info}: METADATA without Name or Version")
        found[normal(name.group(1).strip())] = version.group(1).strip()
    return found


def differences(have: dict[str, str], want: dict[str, Pin]) -> list[str]:
    have = dict(have)
    problems = [
        f"{name}: locked {pin.version}, found {have.get(name)}"
        for name, pin in want.items()
        if have.get(name) != pin.version
    ]
    problems += [f"{name} {version}: not locked for this target" for name, version in have.items() if name not in want]
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[0] not in ("requirements", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    command, target, python_version, path = argv
    want = pins_for(target, python_version)
    if command == "requirements":
        Path(path).write_text("".join(pin.line() + "\n" for pin in want.values()), "utf-8")
        print(f"{path}: {len(want)} packages locked for {target} (Python {python_version})")
        return 0
    have = installed(Path(path))
    own = have.pop("rehabdesk", None)
    problems = differences(have, want)
    if own is None:
        problems.append("rehabdesk itself is missing")
    for problem in problems:
        print(problem, file=sys.stderr)
    verdict = "as locked" if not problems else "NOT as locked"
    print(f"{path}: {len(have)} packages, {verdict} for {target}; rehabdesk {own}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
