"""The ASGI application. ``create_app(config)`` builds everything (no work at import time);
``app_from_env`` is the factory uvicorn's workers call (``--factory``)."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI
from fastapi.routing import APIRoute

from alsep_cloud import __version__
from alsep_cloud.api import body_limit, errors
from alsep_cloud.api.routes import (
    auth,
    catalog,
    catalog_import,
    device,
    org,
    registers,
    reports,
    users,
)
from alsep_cloud.auth.passwords import Passwords
from alsep_cloud.auth.secrets import shared_secret
from alsep_cloud.auth.tokens import TokenSigner
from alsep_cloud.clock import Clock, SystemClock
from alsep_cloud.config import CloudConfig
from alsep_cloud.services.context import CloudContext
from alsep_cloud.store import migrate
from alsep_cloud.store.db import make_engine, make_sessionmaker
from alsep_cloud.web import cabinet_routes
from alsep_cloud.web import install as install_cabinet

# the registers' hot paths first: routes are matched in order
ROUTERS = tuple(m.router for m in (device, auth, org, users, registers, catalog, catalog_import, reports))
DESCRIPTION = """The cloud back office of Alsep registers: company, trade points, users,
registers and their catalogs for administrators (bearer token from `/auth/login`); the change
feed and document uploads for bound registers (device credential from `/registers/{id}/bind`).
Money is integer tiyn; times are ISO 8601 with an offset. Errors are
`{"code", "message", "params"}`."""


def build_context(config: CloudConfig, clock: Clock | None = None) -> CloudContext:
    """Everything a request needs; ``clock`` is the wall clock unless a test gives its own."""
    engine = make_engine(config.db_url, pool_size=config.pool_size)
    if config.migrate:
        migrate.upgrade(engine)
    secrets = config.token_secrets or (shared_secret(engine, "token_secret"),)
    pepper = config.device_pepper or shared_secret(engine, "device_pepper")
    return CloudContext(config=config, engine=engine, sessions=make_sessionmaker(engine),
                        passwords=Passwords(config.argon2), signer=TokenSigner(secrets, config.token_ttl),
                        pepper=pepper, clock=clock or SystemClock())


def create_app(config: CloudConfig | None = None, ctx: CloudContext | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "ctx", None) is None:
            app.state.ctx = build_context(config or CloudConfig.from_env())
        # as many worker threads as connections (and a few for waits on argon2): more threads
        # would only queue for the pool while contending for the GIL
        anyio.to_thread.current_default_thread_limiter().total_tokens = app.state.ctx.config.pool_size + 4
        # everything built so far lives as long as the process: out of the collector's sight, a full
        # collection no longer walks ~150,000 start-up objects (a 100+ ms pause of every request in
        # the worker, the p99 of bench/cloud_load.py; decision 1414)
        if app.state.ctx.config.gc_freeze:
            gc.collect()
            gc.freeze()
        yield
        app.state.ctx.engine.dispose()

    app = FastAPI(title="Alsep Cloud", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.ctx = ctx
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router)
    install_cabinet(app)  # the owner's cabinet, pages beside the API (issue 24, decision 2404)
    # every body bounded before it is read (decision 2060); the cabinet's forms at the public limit
    body_limit.install(app, [*api_routes(), *cabinet_routes()])
    return app


def api_routes() -> list[APIRoute]:
    """Every endpoint of the app (the tests enumerate them: tenancy, auth kinds, docs)."""
    return [route for router in ROUTERS for route in router.routes if isinstance(route, APIRoute)]


def app_from_env() -> FastAPI:
    """For ``uvicorn --factory alsep_cloud.api.app:app_from_env`` (several workers)."""
    return create_app(CloudConfig.from_env())
