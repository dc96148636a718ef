"""Start a throw-away PostgreSQL server from Debian's binaries for the tests.

PostgreSQL refuses to run as root, so as root the server runs as the ``postgres``
system user (``runuser``). The cluster lives in a temporary directory and listens on
127.0.0.1 on a free port; it is removed when the test session ends.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field

import psycopg


def _bin_dir() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    if found:
        return os.path.dirname(found[-1])
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl:
        return os.path.dirname(os.path.realpath(pg_ctl))
    raise RuntimeError("PostgreSQL server binaries not found: `make test` installs the 'postgresql' package")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PostgresServer:
    datadir: str
    port: int
    as_user: list[str]
    bindir: str
    _counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    @classmethod
    def start(cls) -> PostgresServer:
        bindir = _bin_dir()
        root = os.geteuid() == 0
        as_user = ["runuser", "-u", "postgres", "--"] if root else []
        base = tempfile.mkdtemp(prefix="alsep-pg-")
        datadir = os.path.join(base, "data")
        if root:
            shutil.chown(base, "postgres", "postgres")
        subprocess.run(
            [*as_user, f"{bindir}/initdb", "-D", datadir, "-U", "postgres", "--auth=trust", "-E", "UTF8",
             "--locale=C.UTF-8", "--no-sync"],
            check=True, capture_output=True,
        )
        port = _free_port()
        opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off -c full_page_writes=off"
        subprocess.run(
            [*as_user, f"{bindir}/pg_ctl", "-D", datadir, "-o", opts, "-l", os.path.join(base, "log"), "-w",
             "-t", "60", "start"],
            check=True, capture_output=True,
        )
        server = cls(datadir=datadir, port=port, as_user=as_user, bindir=bindir)
        server._wait()
        return server

    def _wait(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(self.admin_dsn, connect_timeout=2):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    @property
    def admin_dsn(self) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"

    def create_database(self) -> str:
        name = f"t{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        subprocess.run([*self.as_user, f"{self.bindir}/pg_ctl", "-D", self.datadir, "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(os.path.dirname(self.datadir), ignore_errors=True)
