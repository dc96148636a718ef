"""Fixtures of the desktop ↔ cloud tests: a real ``alsep-cloud`` process on a loopback port over
a real PostgreSQL database (the same server the cloud's own tests start), and a desktop context
on a real SQLite file whose secrets live in a real 0600 file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.cloud.support import CloudServer, Tenant
from tests.support.postgres import PostgresServer


@pytest.fixture(scope="session")
def cloud_server(pg_server: PostgresServer) -> Iterator[CloudServer]:
    server = CloudServer(pg_server.create_database())
    yield server
    server.stop()


@pytest.fixture
def tenant(cloud_server: CloudServer) -> Tenant:
    return cloud_server.tenant()
