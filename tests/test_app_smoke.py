"""The real console script comes up and paints its first screen: on an existing station, on a new folder
(first-run wizard), and with --demo on first use (creates the demo station, then the sign-in screen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rehabdesk.storage.paths import StationPaths


def _start(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "rehabdesk", *args, "--exit-after-paint"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_existing_station_paints_the_sign_in_screen(new_station, station_paths: StationPaths, tmp_path: Path) -> None:
    new_station[0].close()
    result = _start("--data-dir", str(station_paths.root), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted ")
    assert "Traceback" not in result.stderr


def test_empty_folder_paints_the_first_run_wizard(tmp_path: Path) -> None:
    folder = tmp_path / "new-station"
    result = _start("--data-dir", str(folder), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted ")
    assert not StationPaths(folder).is_station(), "showing the wizard must not create anything"


@pytest.mark.slow
def test_demo_is_created_on_first_use(tmp_path: Path) -> None:
    result = _start("--demo", home=tmp_path)
    assert result.returncode == 0, result.stderr
    demo = StationPaths(tmp_path / "data" / "RehabDesk" / "demo-station")
    assert demo.database.exists() and demo.slot_file.exists()
