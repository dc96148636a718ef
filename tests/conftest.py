"""Shared fixtures: real SQLite files and a real PostgreSQL server started here."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from alsep_desktop.app.bootstrap import AppContext, build_context  # noqa: E402
from alsep_desktop.app.config import AppConfig, Argon2Settings  # noqa: E402
from alsep_desktop.kernel.clock import FakeClock  # noqa: E402
from tests.support.postgres import PostgresServer  # noqa: E402

settings.register_profile("ci", max_examples=200, deadline=None)
settings.load_profile("ci")

# Cheap argon2id parameters for tests only: same algorithm and code path, less memory/time.
FAST_ARGON2 = Argon2Settings(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    server = PostgresServer.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database on each backend: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.create_database()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_ctx(tmp_path: Path, clock: FakeClock) -> Iterator:
    made: list[AppContext] = []

    def factory(url: str | None = None) -> AppContext:
        cfg = AppConfig(data_dir=tmp_path / "data", db_url=url, argon2=FAST_ARGON2)
        ctx = build_context(cfg, clock=clock)
        made.append(ctx)
        return ctx

    yield factory
    for ctx in made:
        ctx.close()


@pytest.fixture
def ctx(make_ctx, db_url: str) -> AppContext:
    return make_ctx(db_url)


@pytest.fixture
def sqlite_ctx(make_ctx, tmp_path: Path) -> AppContext:
    return make_ctx(f"sqlite:///{tmp_path / 'store.sqlite'}")
