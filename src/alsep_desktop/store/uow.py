"""Unit of work: one per user action. Services open it, do their work, commit once."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from alsep_desktop.store.repositories.audit import AuditRepository
from alsep_desktop.store.repositories.catalog import CatalogRepository
from alsep_desktop.store.repositories.org import OrgRepository
from alsep_desktop.store.repositories.shifts import ShiftRepository
from alsep_desktop.store.repositories.users import UserRepository


class UnitOfWork(Protocol):
    catalog: CatalogRepository
    users: UserRepository
    org: OrgRepository
    audit: AuditRepository
    shifts: ShiftRepository
    session: Session

    def __enter__(self) -> UnitOfWork: ...
    def __exit__(self, *exc: object) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class SqlUnitOfWork:
    """A session with its repositories; rolled back on exit unless committed."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory

    def __enter__(self) -> SqlUnitOfWork:
        self.session = self._factory()
        self.catalog = CatalogRepository(self.session)
        self.users = UserRepository(self.session)
        self.org = OrgRepository(self.session)
        self.audit = AuditRepository(self.session)
        self.shifts = ShiftRepository(self.session)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


class UowFactory:
    """Callable that makes a fresh unit of work per user action."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self.session_factory = session_factory

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.session_factory)
