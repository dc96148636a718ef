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
from alsep_desktop.fiscal.client import OfdClient
from alsep_desktop.fiscal.outbox import DbTokenStore
from alsep_desktop.services import outbox_reencode  # noqa: F401 - registers its migration data hook
from alsep_desktop.services.admin import AdminService
from alsep_desktop.services.auth import AuthService
from alsep_desktop.services.catalog import CatalogService
from alsep_desktop.services.devices import DeviceService
from alsep_desktop.services.fiscal_delivery import DeliveryService, Uploader
from alsep_desktop.services.ofd_registration import RegistrationCheckService
from alsep_desktop.services.org import OrgService
from alsep_desktop.services.reports import SalesReportService
from alsep_desktop.services.sale import SaleService
from alsep_desktop.services.shift import ShiftService
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
    delivery: DeliveryService
    uploader: Uploader
    sales: SaleService
    shifts: ShiftService
    devices: DeviceService
    registration: RegistrationCheckService

    def registers_with_ofd(self) -> list[int]:
        from sqlalchemy import select

        from alsep_desktop.store.models import Register

        with self.uow() as uow:
            return list(uow.session.scalars(select(Register.id).where(Register.status == "active")))

    def start_background(self) -> None:
        """Start the OFD uploader (the GUI and the demo do; tests decide themselves)."""
        self.uploader.start()

    def close(self) -> None:
        self.uploader.stop()
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

    def client_factory(device_id: int, token: int, store: DbTokenStore) -> OfdClient:
        return OfdClient(
            config.ofd_host, config.ofd_port, device_id, token, store,
            connect_timeout=min(3.0, config.ofd_timeout_s), io_timeout=config.ofd_timeout_s, retries=1,
            transaction_seconds=config.ofd_transaction_s,
        )

    events = EventBus()
    delivery = DeliveryService(session_factory, clock, events, client_factory)
    auth = AuthService(uow, clock, hasher)
    uploader_ref: list[Uploader] = []

    def wake() -> None:
        if uploader_ref:
            uploader_ref[0].wake()

    ctx = AppContext(
        config=config,
        clock=clock,
        events=events,
        engine=engine,
        session_factory=session_factory,
        uow=uow,
        vat_table=vat_table,
        lookup=lookup,
        auth=auth,
        catalog=CatalogService(uow, lookup, clock, vat_table),
        org=OrgService(uow, clock, vat_table, on_ofd_update=delivery.reset_channel),
        admin=AdminService(uow, clock, vat_table, on_ofd_update=delivery.reset_channel),
        reports=SalesReportService(uow, clock),
        delivery=delivery,
        uploader=None,  # type: ignore[arg-type]  # set just below: it needs the context
        sales=SaleService(uow, clock, delivery, auth, vat_table, wake),
        shifts=ShiftService(uow, clock, delivery, auth, wake, vat_table),
        devices=DeviceService(uow, clock),
        registration=RegistrationCheckService(uow, clock, delivery),
    )
    ctx.uploader = Uploader(delivery, ctx.registers_with_ofd, reconnect_wait=config.ofd_reconnect_s)
    uploader_ref.append(ctx.uploader)
    return ctx
