"""The county store on both engines (the encrypted SQLCipher file, a PostgreSQL server): the county's own
migrations, its keys inside it, signing in."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from rehabdesk.county.services import keys, sessions
from rehabdesk.county.services.maintenance import check_county
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.domain.errors import DomainError
from rehabdesk.storage import migrate
from rehabdesk.sync.enrolment import Enrolment
from tests.conftest import TEST_POLICY
from tests.county.support import COUNTY_ADMIN, COUNTY_PASSWORD, make_county
from tests.postgres_cluster import Cluster


def test_a_new_county_holds_its_keys_and_checks_clean(county_paths: CountyPaths) -> None:
    ctx = make_county(county_paths)
    fingerprint = keys.county_fingerprint(ctx)
    assert len(fingerprint.replace(" ", "")) == 40
    enrolment_file = county_paths.root.parent / "county.rdenrol"
    enrolment = keys.write_enrolment(ctx, enrolment_file)
    opened = Enrolment.open(enrolment_file.read_bytes())
    assert opened.fingerprint == fingerprint == enrolment.fingerprint
    assert (opened.county_name, opened.county_division) == ("测试区民政局", "110105")
    assert check_county(ctx).faults == ()
    ctx.close()
    again = sessions.unlock(county_paths, COUNTY_ADMIN, COUNTY_PASSWORD, TEST_POLICY)
    assert keys.county_fingerprint(again) == fingerprint
    sessions.log_out(again)
    with pytest.raises(DomainError, match="wrong_password"):
        sessions.unlock(county_paths, COUNTY_ADMIN, "not-the-password", TEST_POLICY)


def test_the_sqlite_county_file_is_encrypted(tmp_path: Path) -> None:
    make_county(tmp_path / "county").close()
    database = (tmp_path / "county" / "county.db").read_bytes()
    assert not database.startswith(b"SQLite format 3")
    assert "测试区民政局".encode() not in database


def test_a_second_county_is_refused_in_the_same_folder(county_paths: CountyPaths) -> None:
    make_county(county_paths).close()
    with pytest.raises(DomainError, match="station_exists"):
        make_county(county_paths)


def test_the_county_models_match_its_migrations_on_both_engines(tmp_path: Path, postgres_cluster: Cluster) -> None:
    directory = CountyPaths(tmp_path).migrations
    for url in (f"sqlite:///{tmp_path / 'plain.db'}", postgres_cluster.new_database()):
        engine = create_engine(url)
        migrate.upgrade_to_head(engine, directory)
        migrate.check_models_match(engine, directory)
        engine.dispose()


def test_named_accounts_with_roles_and_their_own_key_slots(county_paths: CountyPaths, tmp_path: Path) -> None:
    from rehabdesk.county.domain.errors import CountyRefused
    from rehabdesk.county.services import accounts, registry
    from rehabdesk.domain.errors import ValidationError

    ctx = make_county(county_paths)
    accounts.add_account(ctx, "liuxia", "刘霞", "staff", "first-pass-123")
    with pytest.raises(ValidationError, match="login_taken"):
        accounts.add_account(ctx, "liuxia", "", "staff", "first-pass-123")
    with pytest.raises(CountyRefused, match="county_role_invalid"):
        accounts.add_account(ctx, "wangli", "", "coordinator", "first-pass-123")
    ctx.close()
    paths = county_paths
    staff = sessions.unlock(paths, "liuxia", "first-pass-123", TEST_POLICY)
    assert staff.must_change_password
    accounts.change_own_password(staff, "first-pass-123", "liuxia-own-456")
    with pytest.raises(CountyRefused, match="county_permission_denied"):
        registry.revoke(staff, "D00000A1")
    with pytest.raises(CountyRefused, match="county_permission_denied"):
        keys.write_enrolment(staff, tmp_path / "e.rdenrol")
    with pytest.raises(CountyRefused, match="county_permission_denied"):
        accounts.add_account(staff, "zhaomin", "", "admin", "first-pass-123")
    assert registry.list_stations(staff) == []
    sessions.log_out(staff)
    again = sessions.unlock(paths, "liuxia", "liuxia-own-456", TEST_POLICY)
    assert not again.must_change_password
    again.close()
    with pytest.raises(DomainError, match="wrong_password"):
        sessions.unlock(paths, "liuxia", "first-pass-123", TEST_POLICY)


def test_backup_and_restore_bring_back_the_keys(tmp_path: Path) -> None:
    from rehabdesk.county.services import maintenance

    ctx = make_county(tmp_path / "county")
    fingerprint = keys.county_fingerprint(ctx)
    info = maintenance.backup_now(ctx, tmp_path / "backups")
    ctx.close()
    paths = CountyPaths(tmp_path / "county")
    paths.database.write_bytes(b"destroyed")
    created = maintenance.restore(paths, info.path, login=COUNTY_ADMIN, secret=COUNTY_PASSWORD, policy=TEST_POLICY)
    assert created
    restored = sessions.unlock(paths, COUNTY_ADMIN, COUNTY_PASSWORD, TEST_POLICY)
    assert keys.county_fingerprint(restored) == fingerprint
    assert maintenance.check_county(restored).faults == ()
    restored.close()
    with pytest.raises(DomainError, match="wrong_password"):
        maintenance.restore(paths, info.path, login=COUNTY_ADMIN, secret="wrong-password-1", policy=TEST_POLICY)
