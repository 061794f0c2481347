"""Shared test set-up: offscreen Qt, real SQLCipher stations in temp folders with cheap (test-only) Argon2,
and for UI tests Chinese translations with a synchronous worker instead of the database thread."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts
from rehabdesk.services.context import StationContext
from rehabdesk.services.station_setup import FirstAdmin, StationDetails, create_station
from rehabdesk.storage.keys import KeyPolicy
from rehabdesk.storage.paths import StationPaths
from rehabdesk.ui.i18n import install_translators
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.preferences import Preferences
from tests.memory_keyring import MemoryKeyring

TEST_POLICY = KeyPolicy.for_tests()
ADMIN_LOGIN = "admin"
ADMIN_PASSWORD = "correct-horse-9"
STAFF_LOGIN = "wangfang"
STAFF_PASSWORD = "staff-pass-77"
HEAD_NAME = "欧阳振华"  # a name that appears nowhere but in the station record: the no-plaintext canary
STATION = StationDetails(
    name="测试精神康复服务站",
    code="TS01",
    county_code="110105",
    head_name=HEAD_NAME,
    address="北京市朝阳区测试路 8 号",
)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A fresh in-memory keyring for every test: none touches the machine's real one."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def station_paths(tmp_path: Path) -> StationPaths:
    return StationPaths(tmp_path / "station")


@pytest.fixture
def new_station(station_paths: StationPaths) -> Iterator[tuple[StationContext, str]]:
    """A fresh station: the admin's context and the recovery code."""
    result = create_station(station_paths, STATION, FirstAdmin(ADMIN_LOGIN, "管理员", ADMIN_PASSWORD), TEST_POLICY)
    yield result.ctx, result.recovery_code
    result.ctx.store.engine.dispose()


@pytest.fixture
def admin_ctx(new_station: tuple[StationContext, str]) -> StationContext:
    return new_station[0]


@pytest.fixture
def staff_account(admin_ctx: StationContext) -> str:
    return accounts.create_account(admin_ctx, STAFF_LOGIN, "王芳", frozenset({Role.STAFF}), STAFF_PASSWORD)


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[QApplication]:
    install_translators(qapp, "zh_CN")
    yield qapp
    install_translators(qapp, "zh_CN")


@pytest.fixture
def ops() -> Operations:
    return Operations(synchronous=True)


@pytest.fixture
def prefs_file(tmp_path: Path) -> Path:
    return tmp_path / "preferences.ini"


@pytest.fixture
def prefs(prefs_file: Path) -> Preferences:
    return Preferences(QSettings(str(prefs_file), QSettings.Format.IniFormat))
