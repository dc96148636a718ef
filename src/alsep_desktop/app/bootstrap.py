"""Composition root: builds engine, units of work, services and devices from the config.

Nothing here runs at import time; ``build_context`` is called by the entry points and tests.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from alsep_desktop.app.config import AppConfig
from alsep_desktop.cloud_client.admin_remote import CloudAdmins
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import CashLimits
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable
from alsep_desktop.fiscal.client import OfdClient
from alsep_desktop.fiscal.protocol import RECONNECT_SECONDS_MIN, TRANSACTION_SECONDS_MIN
from alsep_desktop.kernel.clock import Clock, SystemClock
from alsep_desktop.kernel.events import EventBus
from alsep_desktop.secrets import SecretStore, Vault, new_name, open_store
from alsep_desktop.services.admin.choice import AdminChoice, admin_choice
from alsep_desktop.services.auth import AuthService
from alsep_desktop.services.catalog import CatalogService
from alsep_desktop.services.cloud.binding import CloudBinding
from alsep_desktop.services.cloud.refused import CloudRefusedService
from alsep_desktop.services.devices import DeviceService
from alsep_desktop.services.ofd import outbox_reencode  # noqa: F401 - registers its migration data hook
from alsep_desktop.services.ofd.delivery import DeliveryService
from alsep_desktop.services.ofd.registration import RegistrationCheckService
from alsep_desktop.services.org import OrgService
from alsep_desktop.services.reports import SalesReportService
from alsep_desktop.services.sale import SaleService
from alsep_desktop.services.shift import ShiftService
from alsep_desktop.services.terminal.registry import TerminalRegistryService
from alsep_desktop.services.terminal.reports import TerminalReportService
from alsep_desktop.services.terminal.reports_cloud import cloud_fetch_of
from alsep_desktop.store import migrate
from alsep_desktop.store.db import (
    make_engine,
    make_session_factory,
    network_mount,
    private_dir,
    sqlite_path,
)
from alsep_desktop.store.errors import NetworkStoreWarning, StoreError, translated
from alsep_desktop.store.locks import RegisterLocks
from alsep_desktop.store.lookup import BarcodeLookup
from alsep_desktop.store.repositories.outbox import DbTokenStore
from alsep_desktop.store.secret_move import HOOK as SECRETS_HOOK
from alsep_desktop.store.secret_move import move_plaintext_secrets
from alsep_desktop.store.uow import UowFactory
from alsep_desktop.sync.engine import SyncEngine, forget_sync_state, make_sync_engine
from alsep_desktop.sync.ofd_uploader import Uploader

log = logging.getLogger(__name__)


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
    terminal_registry: TerminalRegistryService
    reports: SalesReportService
    delivery: DeliveryService
    uploader: Uploader
    sales: SaleService
    shifts: ShiftService
    devices: DeviceService
    registration: RegistrationCheckService
    locks: RegisterLocks
    vault: Vault
    #: the documents the cloud refused, and their retry (decision 1417)
    cloud_refused: CloudRefusedService
    #: problems of the store shown at start (a SQLite file on a network mount)
    store_warnings: list[StoreError] = field(default_factory=list)
    #: issue 14: the admin tab's edits (to the cloud when one is configured) and binding through the cloud
    admin: AdminChoice = field(init=False)  # decision 2130: the local or the cloud admin services
    terminal_reports: TerminalReportService = field(init=False)
    binding: CloudBinding | None = None
    #: issue 14: the sync engine (mirror + push) of the register this PC is bound to; None in single-PC mode
    sync: SyncEngine | None = None

    def claim_register(self, register_id: int) -> None:
        """Work on this register in this process; :class:`RegisterInUse` when another holds it."""
        self.locks.claim(register_id)

    def registers_with_ofd(self) -> list[int]:
        """The active registers this process holds: another process uploads the others' documents."""
        return _registers_with_ofd(self.uow, self.locks)

    def wake(self) -> None:
        """A new document: the OFD uploader and the cloud sync look at once."""
        self.uploader.wake()
        if self.sync is not None:
            self.sync.wake()

    def wake_sync(self) -> None:
        if self.sync is not None:
            self.sync.wake()

    def start_background(self) -> None:
        """Start the OFD uploader and the cloud sync (the GUI and the demo do; tests decide themselves)."""
        self.uploader.start()
        self.start_sync()

    def start_sync(self) -> SyncEngine | None:
        """The sync engine of this PC's device credential, started; None without one (single-PC mode)."""
        if self.sync is None:
            self.sync = make_sync_engine(self.vault, self.uow, self.clock)
        if self.sync is not None:
            self.sync.start()
        return self.sync

    def stop_sync(self) -> None:
        """This PC was unbound: the engine stops; documents are no longer queued for the cloud."""
        engine, self.sync = self.sync, None
        if engine is not None:
            engine.stop()
        forget_sync_state(self.uow)

    def close(self) -> None:
        if self.sync is not None:
            self.sync.stop()
        self.uploader.stop()
        self.lookup.close()
        self.locks.release_all()
        self.engine.dispose()


def build_context(config: AppConfig, *, clock: Clock | None = None, migrate_db: bool = True,
                  secrets: SecretStore | None = None) -> AppContext:
    """``secrets``: where this PC keeps secret values (default: the OS keyring, else a 0600 file)."""
    clock = clock or SystemClock()
    private_dir(config.data_dir)  # 0700: the store, the secrets file and the settings live here
    store = secrets or open_store(config.data_dir, config.secrets)
    vault = Vault(store, config.device_id())
    engine = make_engine(config.database_url)
    warnings = _store_warnings(config.database_url)
    if migrate_db:
        migrate.upgrade(engine, hooks={SECRETS_HOOK: functools.partial(move_plaintext_secrets, store=store,
                                                                        new_name=new_name)})
    session_factory = make_session_factory(engine)
    uow = UowFactory(session_factory, vault)
    locks = RegisterLocks(engine)
    _announce(uow, vault)
    vat_table = DEFAULT_VAT_TABLE
    lookup = BarcodeLookup(engine, vat_table)
    hasher = PasswordHasher(
        time_cost=config.argon2.time_cost, memory_cost=config.argon2.memory_cost, parallelism=config.argon2.parallelism
    )

    def client_factory(device_id: int, token: int | None, store: DbTokenStore) -> OfdClient:
        return OfdClient(
            config.ofd_host, config.ofd_port, device_id, token or 0, store,
            connect_timeout=min(3.0, config.ofd_timeout_s), io_timeout=config.ofd_timeout_s, retries=1,
            transaction_seconds=max(config.ofd_transaction_s, TRANSACTION_SECONDS_MIN),
        )

    events = EventBus()
    cash_limits = CashLimits(Money(config.max_change_tiyn), Money(config.max_cash_move_tiyn))  # decision 2042
    delivery = DeliveryService(session_factory, clock, events, client_factory, uow=uow, locks=locks)
    auth = AuthService(uow, clock, hasher)
    uploader = Uploader(delivery, functools.partial(_registers_with_ofd, uow, locks),
                        reconnect_wait=max(config.ofd_reconnect_s, RECONNECT_SECONDS_MIN))

    def wake() -> None:  # the context's: the sync engine is replaced on binding (ctx.sync)
        ctx.wake()

    def wake_sync() -> None:
        ctx.wake_sync()

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
        org=OrgService(uow, clock, vat_table, on_ofd_update=delivery.reset_channel, locks=locks),
        terminal_registry=TerminalRegistryService(uow, clock),
        reports=SalesReportService(uow, clock),
        delivery=delivery,
        uploader=uploader,
        sales=SaleService(uow, clock, delivery, auth, vat_table, wake, locks=locks, cash_limits=cash_limits),
        shifts=ShiftService(uow, clock, delivery, auth, wake, vat_table, locks=locks, cash_limits=cash_limits),
        devices=DeviceService(uow, clock),
        registration=RegistrationCheckService(uow, clock, delivery),
        locks=locks,
        vault=vault,
        cloud_refused=CloudRefusedService(uow, clock, wake_sync),
        store_warnings=warnings,
    )
    _cloud_admin(ctx, store)
    ctx.sync = make_sync_engine(ctx.vault, ctx.uow, ctx.clock)  # built, not started: start_background starts it
    return ctx


def _cloud_admin(ctx: AppContext, store: SecretStore) -> None:
    """Issue 14: the cloud admin client, binding through the cloud, the admin services (local or cloud,
    decision 2130) and the terminal reports (the company scope over the admin's cloud session)."""
    remote = CloudAdmins(store, lambda: ctx.config.cloud_url)
    # bound: a new engine for the new credential, started by the bind dialog once the first mirror
    # is complete (a background round would race the dialog's progress); unbound: sync stops
    ctx.binding = CloudBinding(uow=ctx.uow, clock=ctx.clock, vault=ctx.vault, device_id=ctx.config.device_id(),
                               remote=remote, locks=ctx.locks, on_bound=lambda: _restart_sync(ctx),
                               on_unbound=ctx.stop_sync)
    ctx.admin = admin_choice(uow=ctx.uow, clock=ctx.clock, catalog=ctx.catalog, org=ctx.org, auth=ctx.auth,
                             remote=remote, sync=lambda: ctx.sync, unbind=ctx.binding.unbind,
                             on_ofd_update=ctx.delivery.reset_channel)
    ctx.terminal_reports = TerminalReportService(ctx.uow, ctx.clock, cloud_fetch_of(remote),
                                                 cloud_available=lambda: remote() is not None)


def _restart_sync(ctx: AppContext) -> None:
    """A new device credential (bound): the engine of an old one stops; one of the new is built but
    not started, so the first mirror runs in the window with its progress (the bind dialog starts
    the engine when the mirror is complete)."""
    if ctx.sync is not None:
        ctx.sync.stop()
        ctx.sync = None
    ctx.sync = make_sync_engine(ctx.vault, ctx.uow, ctx.clock)


def _registers_with_ofd(uow: UowFactory, locks: RegisterLocks) -> list[int]:
    """The active registers this process holds: another process uploads the others' documents."""
    mine = set(locks.claimed())
    if not mine:
        return []
    with uow(read_only=True) as work:
        return [r for r in work.org.active_register_ids() if r in mine]


def _store_warnings(url: str) -> list[StoreError]:
    """A SQLite file on a network mount: WAL needs shared memory and POSIX locks, which such mounts
    do not give; several PCs share PostgreSQL instead (decision 0011)."""
    path = sqlite_path(url)
    mount = network_mount(path.parent) if path is not None else None
    if mount is None:
        return []
    warning = NetworkStoreWarning(path=str(path), fstype=mount.fstype)
    log.warning("%s", warning)
    return [warning]


def _announce(uow: UowFactory, vault: Vault) -> None:
    """This PC's public key in the store, and its secrets sealed to the store's other PCs."""
    try:
        with translated(), uow() as work:
            vault.announce(work.secrets)
            vault.share(work.secrets)
            work.commit()
    except StoreError:  # a busy store must not stop the start; the next start shares again
        log.warning("could not share secrets with the store's other PCs now", exc_info=True)
