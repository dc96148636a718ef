"""Users and sign-in: argon2 hashes, roles, lockout after repeated failures.

Secrets (passwords, PINs) never reach logs or the audit log; only their argon2 hashes
are stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from alsep_desktop.app.clock import Clock
from alsep_desktop.domain.roles import Principal, Role
from alsep_desktop.domain.validation import validate_email, validate_iin_bin
from alsep_desktop.errors import AlsepError, NotFoundError, ValidationError
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.store.models import User
from alsep_desktop.store.uow import SqlUnitOfWork

MIN_PASSWORD = 6


class AuthError(AlsepError):
    code = "auth"


class InvalidCredentials(AuthError):
    code = "auth.invalid_credentials"
    template = "Wrong login or password"


class AccountLocked(AuthError):
    code = "auth.locked"
    template = "Too many failed attempts; try again after {until}"


class AccountBlocked(AuthError):
    code = "auth.blocked"
    template = "This account is blocked"


class DuplicateUser(AuthError):
    code = "auth.duplicate_user"
    template = "A user with login {email} already exists"


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    max_attempts: int = 5
    lock_for: timedelta = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    email: str
    role: Role
    full_name: str
    iin: str | None
    birth_date: date | None
    comment: str
    blocked: bool
    created_at: object
    has_pin: bool


def principal_of(user: User) -> Principal:
    return Principal(user.id, user.email, Role(user.role), user.company_id, user.full_name)


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.email, Role(u.role), u.full_name, u.iin, u.birth_date, u.comment, u.blocked,
                    u.created_at, u.pin_hash is not None)


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("password", "at least {limit} characters", limit=MIN_PASSWORD)


def _check_pin(pin: str) -> None:
    if not re.fullmatch(r"\d{4,8}", pin or ""):
        raise ValidationError("pin", "a PIN is 4 to 8 digits")


class AuthService:
    def __init__(
        self,
        uow: Callable[[], SqlUnitOfWork],
        clock: Clock,
        hasher: PasswordHasher | None = None,
        policy: LockoutPolicy = LockoutPolicy(),
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._hasher = hasher or PasswordHasher()
        self._policy = policy

    # -- accounts ---------------------------------------------------------------------
    def create_user(
        self,
        actor: Principal | None,
        email: str,
        password: str,
        role: Role,
        *,
        full_name: str = "",
        iin: str | None = None,
        birth_date: date | None = None,
        comment: str = "",
        company_id: int | None = None,
    ) -> OpResult[UserInfo]:
        """Create a user. Only an admin may, except for the very first admin of a fresh store."""
        email = validate_email(email, field="email")
        _check_password(password)
        if iin:
            validate_iin_bin(iin, field="iin")
        with self._uow() as uow:
            if actor is None:
                if uow.users.count() > 0 or role is not Role.ADMIN:
                    require_admin(actor)
            else:
                require_admin(actor)
                company_id = company_id if company_id is not None else actor.company_id
            if uow.users.by_email(email) is not None:
                raise DuplicateUser(email=email)
            user = uow.users.add(
                User(
                    company_id=company_id, email=email, password_hash=self._hasher.hash(password),
                    full_name=full_name.strip(), iin=iin or None, birth_date=birth_date,
                    role=role.value, comment=comment, blocked=False, failed_attempts=0,
                    created_at=self._clock.now(),
                )
            )
            uow.audit.record(self._clock.now(), actor.user_id if actor else None, "create", "user",
                             user.id, email=email, role=role.value)
            uow.commit()
            return OpResult(_info(user), Changes(users=True))

    def list_users(self, actor: Principal) -> list[UserInfo]:
        require_admin(actor)
        with self._uow() as uow:
            return [_info(u) for u in uow.users.list(actor.company_id)]

    def change_password(self, actor: Principal, user_id: int, new_password: str) -> OpResult[None]:
        if actor.user_id != user_id:
            require_admin(actor)
        _check_password(new_password)
        with self._uow() as uow:
            user = self._get(uow, user_id)
            user.password_hash = self._hasher.hash(new_password)
            user.failed_attempts = 0
            user.locked_until = None
            uow.audit.record(self._clock.now(), actor.user_id, "change_password", "user", user_id)
            uow.commit()
        return OpResult(None, Changes(users=True))

    def set_blocked(self, actor: Principal, user_id: int, blocked: bool) -> OpResult[None]:
        require_admin(actor)
        if actor.user_id == user_id and blocked:
            raise ValidationError("blocked", "you cannot block your own account")
        with self._uow() as uow:
            user = self._get(uow, user_id)
            user.blocked = blocked
            uow.audit.record(self._clock.now(), actor.user_id, "block" if blocked else "unblock", "user", user_id)
            uow.commit()
        return OpResult(None, Changes(users=True))

    def set_pin(self, actor: Principal, pin: str) -> OpResult[None]:
        _check_pin(pin)
        with self._uow() as uow:
            user = self._get(uow, actor.user_id)
            user.pin_hash = self._hasher.hash(pin)
            uow.commit()
        return OpResult(None, Changes(users=True))

    def has_pin(self, user_id: int) -> bool:
        """Whether the user has set a PIN for quick re-entry (seed 9.1)."""
        with self._uow() as uow:
            return self._get(uow, user_id).pin_hash is not None

    # -- sign-in ----------------------------------------------------------------------
    def login(self, email: str, password: str) -> Principal:
        with self._uow() as uow:
            user = uow.users.by_email(email or "")
            if user is None:
                # Spend the same time as a real check so logins cannot be probed by timing.
                self._dummy_verify(password)
                raise InvalidCredentials()
            return self._verify(uow, user, user.password_hash, password)

    def login_pin(self, user_id: int, pin: str) -> Principal:
        with self._uow() as uow:
            user = self._get(uow, user_id)
            if user.pin_hash is None:
                raise InvalidCredentials()
            return self._verify(uow, user, user.pin_hash, pin)

    def require_admin_credentials(self, email: str, password: str) -> Principal:
        """For returns and Z reports: an admin's login and password, checked now."""
        return require_admin(self.login(email, password))

    def _verify(self, uow: SqlUnitOfWork, user: User, hashed: str, secret: str) -> Principal:
        now = self._clock.now()
        if user.blocked:
            raise AccountBlocked()
        if user.locked_until is not None and user.locked_until > now:
            raise AccountLocked(until=user.locked_until.astimezone(now.tzinfo).strftime("%H:%M"))
        try:
            self._hasher.verify(hashed, secret or "")
        except (VerificationError, InvalidHashError):
            user.failed_attempts += 1
            if user.failed_attempts >= self._policy.max_attempts:
                user.locked_until = now + self._policy.lock_for
                user.failed_attempts = 0
                uow.audit.record(now, user.id, "lockout", "user", user.id)
            uow.commit()
            raise InvalidCredentials() from None
        if user.failed_attempts or user.locked_until is not None:
            user.failed_attempts = 0
            user.locked_until = None
        if self._hasher.check_needs_rehash(hashed):
            if hashed == user.password_hash:
                user.password_hash = self._hasher.hash(secret)
            else:
                user.pin_hash = self._hasher.hash(secret)
        uow.commit()
        return principal_of(user)

    def _dummy_verify(self, secret: str) -> None:
        try:
            self._hasher.verify(_DUMMY_HASHES.setdefault(id(self._hasher), self._hasher.hash("x")), secret or "")
        except (VerificationError, InvalidHashError):
            pass

    @staticmethod
    def _get(uow: SqlUnitOfWork, user_id: int) -> User:
        user = uow.users.get(user_id)
        if user is None:
            raise NotFoundError(what="user", key=user_id)
        return user


_DUMMY_HASHES: dict[int, str] = {}
