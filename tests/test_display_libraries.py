"""A Linux desktop without the libraries Qt's xcb plugin loads gets the one install command, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rehabdesk.display_libraries import XCB_LIBRARIES, missing_gui_packages

X11 = {"DISPLAY": ":0"}


def _loader_without(*absent: str):
    def load(library: str) -> object:
        if library in absent:
            raise OSError(f"{library}: cannot open shared object file")
        return object()

    return load


def test_missing_libraries_are_named_by_their_packages() -> None:
    load = _loader_without("libxcb-cursor.so.0", "libxcb-icccm.so.4")
    assert missing_gui_packages(X11, "linux", load) == ["libxcb-cursor0", "libxcb-icccm4"]
    assert missing_gui_packages(X11, "linux", _loader_without()) == []


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux"),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "linux"),
        ({}, "linux"),  # no display at all: Qt says so itself
        (X11, "win32"),
    ],
)
def test_nothing_is_asked_where_xcb_is_not_used(environ: dict[str, str], platform: str) -> None:
    assert missing_gui_packages(environ, platform, _loader_without("libxcb-cursor.so.0")) == []


def test_every_library_has_a_package() -> None:
    assert all(library.startswith("lib") and package for library, package in XCB_LIBRARIES)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_real_app_prints_the_install_command_instead_of_qts_abort(tmp_path: Path) -> None:
    # An unloadable file of the library's name first on the search path stands for a machine without it.
    shadow = tmp_path / "lib"
    shadow.mkdir()
    (shadow / "libxcb-cursor.so.0").write_bytes(b"not a library")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": ":99",
        "LD_LIBRARY_PATH": str(shadow),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "rehabdesk", "--data-dir", str(tmp_path / "station")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 3, result.stderr
    assert "sudo apt install libxcb-cursor0" in result.stderr
    assert "系统库" in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
    assert not (tmp_path / "station").exists()
