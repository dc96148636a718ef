"""User accounts, and the failure counters of sign-in (decision 0014).

Each attempt is *reserved* by one atomic UPDATE before its argon2 check (``failed < limit`` and
not locked, counter + 1): however many tries arrive at once, at most ``limit`` get checked
before the lock. A success clears the counter; the last allowed failure sets the lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from alsep_desktop.store.base import table_of
from alsep_desktop.store.models import AuthPrompt, User

_U = table_of(User)
_P = table_of(AuthPrompt)

#: columns of each way to sign in: (failed counter, locked until)
_COLUMNS = {
    "password": (_U.c.failed_attempts, _U.c.locked_until),
    "pin": (_U.c.pin_failed_attempts, _U.c.pin_locked_until),
}


@dataclass(frozen=True, slots=True)
class Credentials:
    """What a sign-in needs of a user, read in one statement."""

    user_id: int
    password_hash: str
    pin_hash: str | None
    blocked: bool
    locked_until: datetime | None
    pin_locked_until: datetime | None
    pin_locks: int


_ACTING = select(User.role, User.blocked, User.email, User.company_id, User.full_name).where(
    User.id == bindparam("u"))


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, user: User) -> User:
        self.session.add(user)
        self.session.flush()
        return user

    def get(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)

    def by_email(self, email: str) -> User | None:
        return self.session.scalars(select(User).where(User.email == email.strip().lower())).first()

    def list(self, company_id: int | None = None) -> list[User]:
        stmt = select(User).order_by(User.id)
        if company_id is not None:
            stmt = stmt.where(User.company_id == company_id)
        return list(self.session.scalars(stmt))

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(User)) or 0)

    def acting(self, user_id: int) -> tuple[str, bool, str, int | None, str] | None:
        """(role, blocked, email, company id, full name) as stored now (each admin action re-reads it)."""
        row = self.session.connection().execute(_ACTING, {"u": user_id}).first()
        if row is None:
            return None
        role, blocked, email, company_id, full_name = row  # typed by the ORM columns of _ACTING
        return role, blocked, email, company_id, full_name

    def credentials(self, user_id: int) -> Credentials | None:
        row = self.session.connection().execute(select(
            _U.c.id, _U.c.password_hash, _U.c.pin_hash, _U.c.blocked, _U.c.locked_until, _U.c.pin_locked_until,
            _U.c.pin_locks).where(_U.c.id == user_id)).first()
        if row is None:
            return None
        uid, pw, pin, blocked, locked, pin_locked, pin_locks = row
        return Credentials(uid, pw, pin, bool(blocked), _aware(locked), _aware(pin_locked), int(pin_locks or 0))

    # -- failure counters of a user (password, pin) --------------------------------------------
    def reserve_attempt(self, user_id: int, way: str, now: datetime, limit: int, *,
                        pin_locks_limit: int | None = None) -> int | None:
        """Count one attempt before checking it; None when the limit is reached or a lock holds.

        Returns the attempts counted so far (this one included)."""
        failed, until = _COLUMNS[way]
        cond = [_U.c.id == user_id, failed < limit, or_(until.is_(None), until <= now)]
        if pin_locks_limit is not None:
            cond.append(_U.c.pin_locks < pin_locks_limit)
        stmt = update(_U).where(and_(*cond)).values({failed: failed + 1}).returning(failed)
        value = self.session.connection().execute(stmt).scalar()
        return int(value) if value is not None else None

    def lock_after_failure(self, user_id: int, way: str, now: datetime, limit: int,
                           lock_for: Callable[[int], timedelta]) -> datetime | None:
        """After a failed check: when the limit is reached, lock (once) and clear the counter.

        ``lock_for(locks)`` gives the lock's length from the number of PIN locks so far. Returns the
        end of the lock it set, or None."""
        failed, until = _COLUMNS[way]
        values: dict[str, Any] = {failed.name: 0}
        if way == "pin":
            values["pin_locks"] = _U.c.pin_locks + 1
        stmt = (update(_U).where(_U.c.id == user_id, failed >= limit).values(values)
                .returning(_U.c.pin_locks))
        locks = self.session.connection().execute(stmt).scalar()
        if locks is None:
            return None  # a concurrent failure set the lock already
        end = now + lock_for(int(locks))
        self.session.connection().execute(update(_U).where(_U.c.id == user_id).values({until: end}))
        return end

    def clear_failures(self, user_id: int, way: str) -> None:
        """A success: the counter and the lock of that way go; the PIN's ladder of locks starts again
        (a password success also gives the PIN back after its third lock)."""
        failed, until = _COLUMNS[way]
        values: dict[str, Any] = {failed.name: 0, until.name: None, "pin_locks": 0}
        if way == "password":
            values.update({"pin_failed_attempts": 0, "pin_locked_until": None})
        self.session.connection().execute(update(_U).where(_U.c.id == user_id).values(values))

    def set_hash(self, user_id: int, way: str, hashed: str) -> None:
        column = _U.c.password_hash if way == "password" else _U.c.pin_hash
        self.session.connection().execute(update(_U).where(_U.c.id == user_id).values({column: hashed}))

    # -- the admin prompt of returns and Z reports, per register and method ------------------------
    def reserve_prompt(self, register_id: int, method: str, now: datetime, limit: int) -> int | None:
        """Count one admin-password attempt at this register's prompt; None when locked."""
        self._ensure_prompt(register_id, method)
        stmt = (
            update(_P)
            .where(_P.c.register_id == register_id, _P.c.method == method, _P.c.failed < limit,
                   or_(_P.c.locked_until.is_(None), _P.c.locked_until <= now))
            .values(failed=_P.c.failed + 1).returning(_P.c.failed)
        )
        value = self.session.connection().execute(stmt).scalar()
        return int(value) if value is not None else None

    def prompt_locked_until(self, register_id: int, method: str) -> datetime | None:
        stmt = select(_P.c.locked_until).where(_P.c.register_id == register_id, _P.c.method == method)
        return _aware(self.session.connection().execute(stmt).scalar())

    def lock_prompt(self, register_id: int, method: str, limit: int, until: datetime) -> bool:
        stmt = (update(_P).where(_P.c.register_id == register_id, _P.c.method == method, _P.c.failed >= limit)
                .values(failed=0, locked_until=until))
        return self.session.connection().execute(stmt).rowcount > 0

    def clear_prompt(self, register_id: int, method: str) -> None:
        self.session.connection().execute(
            update(_P).where(_P.c.register_id == register_id, _P.c.method == method)
            .values(failed=0, locked_until=None))

    def _ensure_prompt(self, register_id: int, method: str) -> None:
        dialect = self.session.get_bind().dialect.name
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            self.session.connection().execute(
                pg_insert(_P).values(register_id=register_id, method=method, failed=0).on_conflict_do_nothing())
        else:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            self.session.connection().execute(
                sqlite_insert(_P).values(register_id=register_id, method=method, failed=0).on_conflict_do_nothing())


def _aware(value: datetime | None) -> datetime | None:
    from datetime import UTC

    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value
