"""Fixtures of the cloud tests: one real server per backend and test worker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.cloud.support import ClockedCloudServer, CloudServer, Tenant
from tests.support.postgres import PostgresServer


@pytest.fixture(scope="session")
def cloud_pg(pg_server: PostgresServer) -> Iterator[CloudServer]:
    server = CloudServer(pg_server.create_database())
    yield server
    server.stop()


@pytest.fixture(scope="session")
def clocked_server(cloud_pg: CloudServer) -> Iterator[ClockedCloudServer]:
    server = ClockedCloudServer(cloud_pg.db_url)  # the same database, already migrated
    yield server
    server.stop()


@pytest.fixture
def clocked(clocked_server: ClockedCloudServer) -> ClockedCloudServer:
    """The in-process cloud with its SettableClock set to now: each test starts from the real time."""
    clocked_server.clock.set(datetime.now(UTC))
    return clocked_server


@pytest.fixture(scope="session")
def cloud_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudServer]:
    path: Path = tmp_path_factory.mktemp("cloud") / "cloud.sqlite"
    server = CloudServer(f"sqlite:///{path}")
    yield server
    server.stop()


@pytest.fixture(params=["postgres", "sqlite"])
def cloud(request: pytest.FixtureRequest) -> CloudServer:
    """The server on PostgreSQL, then on SQLite (the embedded demo store)."""
    return request.getfixturevalue("cloud_pg" if request.param == "postgres" else "cloud_sqlite")


@pytest.fixture
def tenant(cloud_pg: CloudServer) -> Tenant:
    return cloud_pg.tenant()


@pytest.fixture
def other(cloud_pg: CloudServer) -> Tenant:
    return cloud_pg.tenant()
