"""Composition root: builds engine, units of work, services and devices from the config.

Nothing here runs at import time; ``build_context`` is called by the entry points and tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from alsep_desktop.app.clock import Clock, SystemClock
from alsep_desktop.app.config import AppConfig
from alsep_desktop.app.events import EventBus
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable
from alsep_desktop.services.admin import AdminService
from alsep_desktop.services.auth import AuthService
from alsep_desktop.services.catalog import CatalogService
from alsep_desktop.services.org import OrgService
from alsep_desktop.services.reports import SalesReportService
from alsep_desktop.store import migrate
from alsep_desktop.store.db import make_engine, make_session_factory
from alsep_desktop.store.lookup import BarcodeLookup
from alsep_desktop.store.uow import UowFactory


@dataclass
class AppContext:
    config: AppConfig
    clock: Clock
    events: EventBus
    engine: Engine
    session_factory: sessionmaker[Session]
    uow: UowFactory
    vat_table: VatTable
    lookup: BarcodeLookup
    auth: AuthService
    catalog: CatalogService
    org: OrgService
    admin: AdminService
    reports: SalesReportService

    def close(self) -> None:
        self.lookup.close()
        self.engine.dispose()


def build_context(config: AppConfig, *, clock: Clock | None = None, migrate_db: bool = True) -> AppContext:
    clock = clock or SystemClock()
    if config.db_url is None:
        config.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(config.database_url)
    if migrate_db:
        migrate.upgrade(engine)
    session_factory = make_session_factory(engine)
    uow = UowFactory(session_factory)
    vat_table = DEFAULT_VAT_TABLE
    lookup = BarcodeLookup(engine, vat_table)
    hasher = PasswordHasher(
        time_cost=config.argon2.time_cost, memory_cost=config.argon2.memory_cost, parallelism=config.argon2.parallelism
    )
    return AppContext(
        config=config,
        clock=clock,
        events=EventBus(),
        engine=engine,
        session_factory=session_factory,
        uow=uow,
        vat_table=vat_table,
        lookup=lookup,
        auth=AuthService(uow, clock, hasher),
        catalog=CatalogService(uow, lookup, clock, vat_table),
        org=OrgService(uow, clock, vat_table),
        admin=AdminService(uow, clock, vat_table),
        reports=SalesReportService(uow, clock),
    )
