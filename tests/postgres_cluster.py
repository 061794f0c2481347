"""A throw-away PostgreSQL cluster for the tests: Debian's server programs, a temp folder, 127.0.0.1 on a free
port, trust authentication (nothing but this test run can reach it), no fsync. One per test session; each test gets
a fresh, empty database of its own.

initdb refuses to run as root, so as root the cluster runs as the `postgres` user (which Debian's package makes)."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

MISSING = (
    "PostgreSQL's server programs (initdb, pg_ctl, postgres) were not found: install the Debian package "
    "`postgresql` (the README's test packages) to run the county's tests on PostgreSQL."
)
_SUPERUSER = "postgres"


class PostgresMissing(RuntimeError):
    pass


def server_bin_dir() -> Path:
    candidates = [shutil.which("initdb") or "", *sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)]
    for candidate in filter(None, candidates):
        folder = Path(candidate).resolve().parent
        if all((folder / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    raise PostgresMissing(MISSING)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Cluster:
    bin_dir: Path
    root: Path
    port: int
    as_user: list[str]
    durable: bool = False
    _names: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{_SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "--auth=trust", f"--username={_SUPERUSER}",
                  "--no-sync", "--encoding=UTF8", "--no-locale")  # fmt: skip
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.root}"
        if not self.durable:  # tests need no crash safety; a benchmark measures it, as SQLite's synchronous=FULL
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "start")  # fmt: skip

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def new_database(self) -> str:
        """An empty database of its own (a county's init wants one its operator made and left empty)."""
        name = f"county_{next(self._names)}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user=_SUPERUSER, dbname="postgres",
                             autocommit=True) as connection:  # fmt: skip
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def sql(self, database_url: str, statement: str) -> list[tuple]:
        """What the server's operator sees: plain SQL on the county's database, outside RehabDesk."""
        database = database_url.rsplit("/", 1)[1]
        with psycopg.connect(host="127.0.0.1", port=self.port, user=_SUPERUSER, dbname=database,
                             autocommit=True) as connection:  # fmt: skip
            cursor = connection.execute(statement)
            return cursor.fetchall() if cursor.description else []


def start_cluster(*, durable: bool = False) -> Cluster:
    bin_dir = server_bin_dir()
    root = Path(tempfile.mkdtemp(prefix="rehabdesk-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam(_SUPERUSER)
        except KeyError:
            raise PostgresMissing(MISSING + " (running as root, the `postgres` user must exist)") from None
        os.chown(root, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", _SUPERUSER, "--"]
    cluster = Cluster(bin_dir, root, free_port(), as_user, durable)
    try:
        cluster.start()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster
