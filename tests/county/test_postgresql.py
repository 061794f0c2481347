"""A county on a real PostgreSQL server: what its operator can read, the database it will and will not take, backups
of the key file beside pg_dump, and two county PCs writing at once."""

from __future__ import annotations

import shutil
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from rehabdesk.county.services import keys, maintenance, receiving, registry, sessions
from rehabdesk.county.storage.paths import CountyPaths
from rehabdesk.domain.errors import DomainError
from rehabdesk.services import sync_export
from rehabdesk.storage.schema.people import Client
from tests.conftest import TEST_POLICY
from tests.county.support import COUNTY_ADMIN, COUNTY_PASSWORD, enrolled_station, make_county
from tests.county.test_cli import county_cli
from tests.postgres_cluster import Cluster, free_port


def _on_server(tmp_path: Path, cluster: Cluster, name: str = "county") -> CountyPaths:
    return CountyPaths(tmp_path / name, database_url=cluster.new_database())


def _pg_dump(cluster: Cluster, url: str) -> str:
    """The whole database as its operator's pg_dump writes it."""
    dump = subprocess.run(
        [str(cluster.bin_dir / "pg_dump"), "--data-only", "-h", "127.0.0.1", "-p", str(cluster.port), "-U",
         "postgres", url.rsplit("/", 1)[1]], capture_output=True, check=True, timeout=60,
    )  # fmt: skip
    return dump.stdout.decode("utf-8")


def test_the_operator_reads_pseudonymised_rows_but_no_name_id_number_phone_or_key(
    tmp_path: Path, postgres_cluster: Cluster
) -> None:
    paths = _on_server(tmp_path, postgres_cluster)
    county = make_county(paths)
    station = enrolled_station(county, tmp_path / "s1", seed=5, code="ST0001")
    registration = registry.register(county, station.request)
    registry.approve(county, registration.device_id, registration.fingerprint)
    (tmp_path / "usb").mkdir()
    sync_export.export_bundle(station.ctx, tmp_path / "usb")
    report = receiving.import_bundles(county, tmp_path / "usb", tmp_path / "acks")
    assert report.outcomes[0].state == "applied" and report.outcomes[0].committed > 0
    with station.ctx.store.unit_of_work(None, read_only=True) as uow:
        people = uow.session.execute(select(Client.name, Client.id_number, Client.phone, Client.current_address))
        private = [value for row in people for value in row if value]
    with county.store.unit_of_work(county.actor, read_only=True) as uow:
        secrets = keys.load_keys(uow.session, county.store.master)
    station.ctx.close()
    county.close()
    dump = _pg_dump(postgres_cluster, paths.database_url)
    assert "ST0001" in dump and "测试康复站 ST0001" in dump  # what the operator can read: stations, pseudonymised rows
    assert len(private) >= 8 * 3
    assert [value for value in private if value in dump] == []
    stored = dict(postgres_cluster.sql(paths.database_url, "SELECT kind, secret FROM county_key"))
    for kind, secret in (("age_identity", secrets.identity.secret), ("pseudonym", secrets.pseudonym_key),
                         ("minisign", secrets.signing.to_bytes())):  # fmt: skip
        assert secret not in bytes(stored[kind]) and secret.hex() not in dump
        assert len(stored[kind]) == len(secret) + 12 + 16  # nonce and tag: sealed under the master key


def test_a_sealed_key_moved_or_altered_on_the_server_does_not_open(tmp_path: Path, postgres_cluster: Cluster) -> None:
    paths = _on_server(tmp_path, postgres_cluster)
    ctx = make_county(paths)
    postgres_cluster.sql(paths.database_url, "UPDATE county_key SET secret = (SELECT secret FROM county_key "
                         "WHERE kind = 'pseudonym') WHERE kind = 'age_identity'")  # fmt: skip
    with pytest.raises(DomainError, match="sealed_value_corrupt"):
        keys.county_fingerprint(ctx)
    assert maintenance.check_county(ctx).faults == ("county_keys_unreadable",)
    ctx.close()


def test_the_database_it_will_and_will_not_take(tmp_path: Path, postgres_cluster: Cluster) -> None:
    with pytest.raises(DomainError, match="database_url_invalid"):
        make_county(CountyPaths(tmp_path / "a", database_url="mysql://root@127.0.0.1/county"))
    assert not (tmp_path / "a" / "keyslots.json").exists()
    nowhere = f"postgresql+psycopg://postgres:s3cret-pw@127.0.0.1:{free_port()}/county"
    with pytest.raises(DomainError, match="database_server_unreachable") as unreachable:
        make_county(CountyPaths(tmp_path / "b", database_url=nowhere))
    assert "s3cret-pw" not in str(unreachable.value.params)
    assert not (tmp_path / "b" / "keyslots.json").exists()
    taken = _on_server(tmp_path, postgres_cluster, "c")
    make_county(taken).close()
    with pytest.raises(DomainError, match="database_not_empty"):
        make_county(CountyPaths(tmp_path / "d", database_url=taken.database_url))
    empty = CountyPaths(taken.root, database_url=postgres_cluster.new_database())
    with pytest.raises(DomainError, match="database_server_empty"):
        sessions.unlock(empty, COUNTY_ADMIN, COUNTY_PASSWORD, TEST_POLICY)


def test_backup_holds_the_key_file_and_restore_puts_it_back_over_the_database(
    tmp_path: Path, postgres_cluster: Cluster
) -> None:
    paths = _on_server(tmp_path, postgres_cluster)
    ctx = make_county(paths)
    fingerprint = keys.county_fingerprint(ctx)
    info = maintenance.backup_now(ctx, tmp_path / "backups")
    ctx.close()
    with zipfile.ZipFile(info.path) as archive:
        assert sorted(archive.namelist()) == ["README.txt", "keyslots.json", "manifest.json"]
        assert "pg_dump" in archive.read("README.txt").decode()
    for lost in (paths.slot_file, paths.slot_file_copy, paths.audit_anchor):
        lost.unlink()
    with pytest.raises(DomainError, match="backup_needs_database_server"):
        maintenance.restore(CountyPaths(paths.root), info.path, login=COUNTY_ADMIN, secret=COUNTY_PASSWORD,
                            policy=TEST_POLICY)  # fmt: skip
    other = _on_server(tmp_path, postgres_cluster, "other")
    make_county(other).close()
    with pytest.raises(DomainError, match="slot_file_foreign"):
        maintenance.restore(CountyPaths(paths.root, database_url=other.database_url), info.path,
                            login=COUNTY_ADMIN, secret=COUNTY_PASSWORD, policy=TEST_POLICY)  # fmt: skip
    assert not paths.slot_file.exists()
    maintenance.restore(paths, info.path, login=COUNTY_ADMIN, secret=COUNTY_PASSWORD, policy=TEST_POLICY)
    restored = sessions.unlock(paths, COUNTY_ADMIN, COUNTY_PASSWORD, TEST_POLICY)
    assert keys.county_fingerprint(restored) == fingerprint
    assert maintenance.check_county(restored).faults == ()
    restored.close()


def test_two_county_pcs_write_one_after_the_other_and_the_audit_chain_holds(
    tmp_path: Path, postgres_cluster: Cluster
) -> None:
    first_pc = _on_server(tmp_path, postgres_cluster, "pc1")
    first = make_county(first_pc)
    second_pc = CountyPaths(tmp_path / "pc2", database_url=first_pc.database_url)
    second_pc.root.mkdir()
    for name in ("keyslots.json", "keyslots.json.bak", "audit-head.json"):
        shutil.copy(first_pc.root / name, second_pc.root / name)
    second = sessions.unlock(second_pc, COUNTY_ADMIN, COUNTY_PASSWORD, TEST_POLICY)
    done: list[BaseException | None] = []

    def write_from_second_pc() -> None:
        try:
            with second.store.unit_of_work(second.actor) as uow:
                uow.audit("check")
                uow.commit()
            done.append(None)
        except BaseException as error:
            done.append(error)

    with first.store.unit_of_work(first.actor) as uow:
        uow.audit("check")
        writer = threading.Thread(target=write_from_second_pc)
        writer.start()
        writer.join(0.5)
        assert writer.is_alive()  # waits for the first PC's transaction, as SQLite's BEGIN IMMEDIATE would
        uow.commit()
    writer.join(10)
    assert done == [None]
    assert maintenance.check_county(first).faults == ()
    assert maintenance.check_county(second).faults == ()
    first.close()
    second.close()


@pytest.mark.slow
def test_the_cli_runs_a_county_on_postgresql(tmp_path: Path, postgres_cluster: Cluster) -> None:
    url = postgres_cluster.new_database()
    folder = str(tmp_path / "county")
    made = county_cli("init", "--data-dir", folder, "--database", url, "--user", "admin", "--county-name",
                      "某市民政局", "--county-division", "110100", "--password-stdin")  # fmt: skip
    assert made.returncode == 0, made.stderr
    common = ("--data-dir", folder, "--user", COUNTY_ADMIN, "--password-stdin")
    checked = county_cli("check", *common, "--database", url)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    backed_up = county_cli("backup", "--to", str(tmp_path / "backups"), *common, "--database", url)
    assert backed_up.returncode == 0, backed_up.stderr
    forgotten = county_cli("check", *common)
    assert forgotten.returncode == 2 and "--database " + url in forgotten.stderr, forgotten.stderr
    assert "PostgreSQL" in forgotten.stderr and "station.db" not in forgotten.stderr
    for wrong in ("postgres://somewhere", f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/x"):
        refused = county_cli("check", *common, "--database", wrong)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr + refused.stdout
        assert "数据库" in refused.stderr, refused.stderr
