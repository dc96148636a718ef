"""Fixtures of the sync tests: the real cloud (uvicorn process) on the real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from alsep_desktop.app.bootstrap import AppContext, build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.cloud_client.credentials import DeviceCredential
from alsep_desktop.secrets import MemorySecrets
from alsep_desktop.sync.engine import SyncEngine
from tests.cloud.conftest import cloud_pg  # noqa: F401  (fixture)
from tests.cloud.support import CloudServer, Tenant
from tests.conftest import FAST_ARGON2


@pytest.fixture
def tenant(cloud_pg: CloudServer) -> Tenant:  # noqa: F811
    return cloud_pg.tenant()


@pytest.fixture
def counter(tmp_path: Path) -> Iterator:
    """A desktop store (SQLite file) with a sync engine bound to a cloud register."""
    made: list[tuple[AppContext, SyncEngine]] = []

    def make(tenant: Tenant, register: dict, name: str = "pc", db_url: str | None = None,
             **engine_kw) -> tuple[AppContext, SyncEngine]:
        device = tenant.ok("POST", f"/registers/{register['id']}/bind", json={"device_id": f"{name}-{register['id'][:8]}"})
        data = tmp_path / name
        cfg = AppConfig(data_dir=data, db_url=db_url or f"sqlite:///{data / 'store.sqlite'}", argon2=FAST_ARGON2)
        ctx = build_context(cfg, secrets=MemorySecrets())
        cred = DeviceCredential(tenant.server.url, register["id"], device["credential"])
        engine = SyncEngine(ctx.uow, ctx.clock, cred, **engine_kw)
        made.append((ctx, engine))
        return ctx, engine

    yield make
    for ctx, engine in made:
        engine.stop()
        ctx.close()
