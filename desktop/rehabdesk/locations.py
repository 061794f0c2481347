"""Default station folders, per user, from platformdirs."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "RehabDesk"


def default_station_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "station"


def demo_station_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "demo-station"
