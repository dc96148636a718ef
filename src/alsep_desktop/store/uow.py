"""Unit of work: one per user action. Services open it, do their work, commit once.

On SQLite a unit of work that may write starts with ``BEGIN IMMEDIATE``: it takes the database's
write lock before its first read, so the numbers it reads (next receipt, next shift) cannot be
taken by another process before it writes them (decision 0011). ``read_only=True`` units read
without the lock. Database failures leave a unit of work as typed store errors (decision 0012).
"""

from __future__ import annotations

import logging
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.orm import Session, sessionmaker

from alsep_desktop.store.errors import translate, translated
from alsep_desktop.store.repositories.audit import AuditRepository
from alsep_desktop.store.repositories.catalog import CatalogRepository
from alsep_desktop.store.repositories.org import OrgRepository
from alsep_desktop.store.repositories.outbox import OutboxRepository
from alsep_desktop.store.repositories.receipts import ReceiptRepository
from alsep_desktop.store.repositories.reports import ReportRepository
from alsep_desktop.store.repositories.secrets import SecretRepository
from alsep_desktop.store.repositories.shifts import ShiftRepository
from alsep_desktop.store.repositories.sync import SyncRepository
from alsep_desktop.store.repositories.terminal import TerminalJournalRepository
from alsep_desktop.store.repositories.users import UserRepository

if TYPE_CHECKING:
    from alsep_desktop.secrets import Vault

log = logging.getLogger(__name__)


class UnitOfWork(Protocol):
    catalog: CatalogRepository
    users: UserRepository
    org: OrgRepository
    audit: AuditRepository
    shifts: ShiftRepository
    sync: SyncRepository
    receipts: ReceiptRepository
    outbox: OutboxRepository
    secrets: SecretRepository
    reports: ReportRepository
    terminal: TerminalJournalRepository
    session: Session

    def __enter__(self) -> UnitOfWork: ...
    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.session.rollback()
        except Exception:
            if exc is None:
                self.session.close()
                with translated():
                    raise
            log.warning("rollback after an error failed", exc_info=True)
        finally:
            self.session.close()
        if exc is not None:
            typed = translate(exc)
            if typed is not None and typed is not exc:
                raise typed from exc

    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class SqlUnitOfWork:
    """A session with its repositories; rolled back on exit unless committed."""

    def __init__(self, session_factory: sessionmaker[Session], *, read_only: bool = False,
                 vault: Vault | None = None) -> None:
        self._factory = session_factory
        self._read_only = read_only
        self._vault = vault
        bind = session_factory.kw.get("bind")
        self._immediate = (not read_only and bind is not None and bind.dialect.name == "sqlite")

    def __enter__(self) -> SqlUnitOfWork:
        self.session = self._factory()
        self.catalog = CatalogRepository(self.session)
        self.users = UserRepository(self.session)
        self.org = OrgRepository(self.session)
        self.audit = AuditRepository(self.session)
        self.shifts = ShiftRepository(self.session)
        self.sync = SyncRepository(self.session)
        self.receipts = ReceiptRepository(self.session)
        self.outbox = OutboxRepository(self.session)
        self.secrets = SecretRepository(self.session)
        self.reports = ReportRepository(self.session)
        self.terminal = TerminalJournalRepository(self.session)
        if self._immediate:
            try:
                with translated():
                    self.session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            except BaseException:
                self.session.close()
                raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            with translated():
                try:
                    if exc is not None:
                        with translated():
                            raise exc
                finally:
                    try:
                        self.session.rollback()
                    finally:
                        self.session.close()
        except BaseException as error:
            if error is exc:
                return  # re-raised unchanged by the with statement
            raise

    def commit(self) -> None:
        with translated():
            self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    # -- secrets (the values live outside the store, decision 0013) ------------------------------
    def secret(self, name: str | None) -> str | None:
        """The value of a secret the store names (this PC's store, or a box sealed to this PC)."""
        if self._vault is None or not name:
            return None
        return self._vault.get(self.secrets, name)

    def put_secret(self, purpose: str, value: str) -> str:
        """Keep a new secret value outside the store; returns the name to store instead."""
        if self._vault is None:
            raise RuntimeError("this unit of work has no secrets vault")
        return self._vault.put(self.secrets, purpose, value)


class UowFactory:
    """Callable that makes a fresh unit of work per user action."""

    def __init__(self, session_factory: sessionmaker[Session], vault: Vault | None = None) -> None:
        self.session_factory = session_factory
        self.vault = vault

    def __call__(self, *, read_only: bool = False) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.session_factory, read_only=read_only, vault=self.vault)
