"""Station details and business settings: validation, storage, and the lockout threshold kept in the slot file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.services import sessions, settings
from rehabdesk.services.context import StationContext
from rehabdesk.storage import auth_events
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, STAFF_LOGIN, STAFF_PASSWORD, STATION, TEST_POLICY
from tests.support import audit_rows, read_slot_file


def test_defaults(admin_ctx: StationContext) -> None:
    assert settings.read_settings(admin_ctx) == settings.StationSettings(
        idle_lock_minutes=10, backup_dir="", backups_to_keep=10, lockout_threshold=10
    )


def test_settings_are_stored_and_audited(admin_ctx: StationContext, tmp_path) -> None:
    new = settings.StationSettings(idle_lock_minutes=25, backup_dir=str(tmp_path), backups_to_keep=3)
    settings.update_settings(admin_ctx, new)
    again = sessions.unlock(admin_ctx.store.paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    try:
        assert settings.read_settings(again) == new
    finally:
        again.close()
    row = audit_rows(admin_ctx)[-2]
    assert row[2] == "settings_update"
    assert "idle_lock_minutes" in row[4] and str(tmp_path) not in row[4]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"idle_lock_minutes": 0}, "idle_lock_minutes"),
        ({"idle_lock_minutes": 241}, "idle_lock_minutes"),
        ({"backups_to_keep": 0}, "backups_to_keep"),
        ({"backups_to_keep": 366}, "backups_to_keep"),
        ({"lockout_threshold": 2}, "lockout_threshold"),
        ({"lockout_threshold": 101}, "lockout_threshold"),
        ({"backup_dir": "relative/folder"}, "backup_dir"),
    ],
)
def test_invalid_settings_are_refused(admin_ctx: StationContext, change: dict, field: str) -> None:
    before = settings.read_settings(admin_ctx)
    generation = read_slot_file(admin_ctx.store.paths).generation
    with pytest.raises(ValidationError) as caught:
        settings.update_settings(admin_ctx, replace(before, **change))
    assert caught.value.field == field
    assert settings.read_settings(admin_ctx) == before
    assert read_slot_file(admin_ctx.store.paths).generation == generation


@pytest.mark.parametrize("spec", settings.SETTING_SPECS.values(), ids=lambda spec: spec.name)
def test_each_declared_range_is_what_validation_enforces(spec: settings.SettingSpec) -> None:
    def with_value(value: int) -> settings.StationSettings:
        return replace(
            settings.StationSettings(), **{spec.name: (value,) if isinstance(spec.default, tuple) else value}
        )

    assert getattr(settings.StationSettings(), spec.name) == spec.default
    for edge in (spec.minimum, spec.maximum):
        with_value(edge).validated()
    for outside in (spec.minimum - 1, spec.maximum + 1):
        with pytest.raises(ValidationError) as caught:
            with_value(outside).validated()
        assert caught.value.params == {"field": spec.name, "minimum": spec.minimum, "maximum": spec.maximum}


def test_follow_up_months_must_differ() -> None:
    with pytest.raises(ValidationError) as caught:
        settings.StationSettings(follow_up_months=(3, 3)).validated()
    assert caught.value.field == "follow_up_months"


def test_the_lockout_threshold_lives_in_the_slot_file(admin_ctx: StationContext, staff_account: str) -> None:
    paths = admin_ctx.store.paths
    generation = read_slot_file(paths).generation
    settings.update_settings(admin_ctx, replace(settings.read_settings(admin_ctx), lockout_threshold=3))
    assert read_slot_file(paths).lockout_threshold == 3
    assert read_slot_file(paths, copy=True).lockout_threshold == 3
    assert read_slot_file(paths).generation == generation + 1
    assert read_slot_file(paths).verify(admin_ctx.store.master)
    # It takes effect before the database is opened: three failures lock the account.
    for _ in range(3):
        auth_events.record(paths.auth_events, STAFF_LOGIN, auth_events.FAILED, datetime.now(UTC) - timedelta(hours=1))
    with pytest.raises(DomainError) as caught:
        sessions.unlock(paths, STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY)
    assert caught.value.code == "account_locked_out"
    # Changing only database settings leaves the slot file alone.
    settings.update_settings(admin_ctx, replace(settings.read_settings(admin_ctx), idle_lock_minutes=30))
    assert read_slot_file(paths).generation == generation + 1


def test_station_details(admin_ctx: StationContext) -> None:
    details = settings.read_station(admin_ctx)
    assert details == STATION
    settings.update_station(admin_ctx, replace(details, address="  新地址 9 号 ", contact_phone="010-1234"))
    updated = settings.read_station(admin_ctx)
    assert updated.address == "新地址 9 号" and updated.contact_phone == "010-1234"
    row = audit_rows(admin_ctx)[-1]
    assert row[2] == "station_update" and "新地址" not in row[4] and "address" in row[4]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"code": "TS02"}, "station_code_fixed"),
        ({"name": "  "}, "required"),
        ({"county_code": "12345"}, "county_code_invalid"),
        ({"county_code": "012345"}, "county_code_invalid"),
    ],
)
def test_invalid_station_details(admin_ctx: StationContext, change: dict, code: str) -> None:
    before = settings.read_station(admin_ctx)
    with pytest.raises(ValidationError) as caught:
        settings.update_station(admin_ctx, replace(before, **change))
    assert caught.value.code == code
    assert settings.read_station(admin_ctx) == before


def test_staff_may_read_but_not_change_settings(admin_ctx: StationContext, staff_account: str) -> None:
    from rehabdesk.domain.errors import PermissionDenied

    staff = sessions.unlock(admin_ctx.store.paths, STAFF_LOGIN, STAFF_PASSWORD, TEST_POLICY)
    try:
        current = settings.read_settings(staff)
        with pytest.raises(PermissionDenied):
            settings.update_settings(staff, replace(current, idle_lock_minutes=99))
        with pytest.raises(PermissionDenied):
            settings.update_station(staff, settings.read_station(staff))
    finally:
        staff.close()
    assert settings.read_settings(admin_ctx).idle_lock_minutes == 10
