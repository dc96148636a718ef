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

from alsep_desktop.domain.roles import Principal, Role
from alsep_desktop.domain.user_name import validate_user_name
from alsep_desktop.domain.validation import validate_email, validate_iin_bin
from alsep_desktop.errors import AlsepError, NotFoundError, ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import AccountBlocked, require_admin, require_user
from alsep_desktop.store.models import User
from alsep_desktop.store.uow import SqlUnitOfWork

MIN_PASSWORD = 6


class AuthError(AlsepError):
    code = "auth"


class InvalidCredentials(AuthError):
    code = "auth.invalid_credentials"
    template = "Wrong login or password"


class AdminPromptRejected(InvalidCredentials):
    """A wrong admin login or password at the prompt of a return or a Z report."""

    code = "auth.invalid_credentials.tries_left"
    template = "Wrong administrator login or password; tries left: {tries_left}"


class AdminPinPromptRejected(InvalidCredentials):
    """A wrong admin login, password or PIN at a prompt that takes the PIN too (leaving a kiosk)."""

    code = "auth.invalid_credentials.pin_tries_left"
    template = "Wrong administrator login, password or PIN; tries left: {tries_left}"


class AccountLocked(AuthError):
    code = "auth.locked"
    template = "Too many failed attempts; try again after {until}"


class PinDisabled(AuthError):
    code = "auth.pin_disabled"
    template = "The PIN was locked too many times: sign in with your password"


class DuplicateUser(AuthError):
    code = "auth.duplicate_user"
    template = "A user with login {email} already exists"


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    """Decision 0014 (amends 0005): every way to sign in counts its own failures."""

    max_attempts: int = 5
    lock_for: timedelta = timedelta(minutes=5)  # password
    pin_first_lock: timedelta = timedelta(minutes=1)  # then 2, 4 … minutes
    pin_longest_lock: timedelta = timedelta(minutes=60)
    pin_locks_before_password: int = 3  # then only the password works until it succeeds
    prompt_lock_for: timedelta = timedelta(minutes=5)  # the admin prompt of one register and method

    def pin_lock_for(self, locks: int) -> timedelta:
        """Length of the ``locks``-th PIN lock (1 → 1 min, 2 → 2 min, 3 → 4 min …, at most 60)."""
        return min(self.pin_longest_lock, self.pin_first_lock * (2 ** max(0, locks - 1)))


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
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("Reasons", "at least {limit} characters"), limit=MIN_PASSWORD
        )


def _check_pin(pin: str) -> None:
    if not re.fullmatch(r"\d{4,8}", pin or ""):
        raise ValidationError("pin", QT_TRANSLATE_NOOP("Reasons", "a PIN is 4 to 8 digits"))


class AuthService:
    def __init__(
        self,
        uow: Callable[..., SqlUnitOfWork],
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
        full_name: str,
        iin: str | None = None,
        birth_date: date | None = None,
        comment: str = "",
        company_id: int | None = None,
    ) -> OpResult[UserInfo]:
        """Create a user. Only an admin may, except for the very first admin of a fresh store.

        ``full_name`` is required: receipts and OFD tickets name the cashier by it (decision 2050)."""
        email = validate_email(email, field="email")
        full_name = validate_user_name(full_name)
        _check_password(password)
        if iin:
            validate_iin_bin(iin, field="iin")
        with self._uow() as uow:
            if actor is None:
                if uow.users.count() > 0 or role is not Role.ADMIN:
                    require_admin(actor)
            else:
                actor = require_admin(actor, uow)
                company_id = company_id if company_id is not None else actor.company_id
            if uow.users.by_email(email) is not None:
                raise DuplicateUser(email=email)
            user = uow.users.add(
                User(
                    company_id=company_id, email=email, password_hash=self._hasher.hash(password),
                    full_name=full_name, iin=iin or None, birth_date=birth_date,
                    role=role.value, comment=comment, blocked=False, failed_attempts=0,
                    created_at=self._clock.now(),
                )
            )
            uow.audit.record(self._clock.now(), actor.user_id if actor else None, "create", "user",
                             user.id, email=email, role=role.value)
            uow.commit()
            return OpResult(_info(user), Changes(users=True))

    def list_users(self, actor: Principal) -> list[UserInfo]:
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            return [_info(u) for u in uow.users.list(actor.company_id)]

    def update_user(self, actor: Principal, user_id: int, *, full_name: str | None = None,
                    comment: str | None = None) -> OpResult[UserInfo]:
        """An admin edits a user's card: the name (required, decision 2050) and the comment; a
        field left None stays as it is."""
        if full_name is not None:
            full_name = validate_user_name(full_name)
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            user = self._get(uow, user_id)
            if actor.company_id is not None and user.company_id not in (None, actor.company_id):
                raise NotFoundError(what="user", key=user_id)
            changed = {k: v for k, v in (("full_name", full_name), ("comment", comment))
                       if v is not None and getattr(user, k) != v}
            for key, value in changed.items():
                setattr(user, key, value)
            if changed:
                uow.audit.record(self._clock.now(), actor.user_id, "update", "user", user_id, **changed)
            uow.commit()
            return OpResult(_info(user), Changes(users=True))

    def change_password(self, actor: Principal, user_id: int, new_password: str) -> OpResult[None]:
        _check_password(new_password)
        hashed = self._hasher.hash(new_password)
        with self._uow() as uow:
            if actor.user_id != user_id:
                require_admin(actor, uow)
            else:
                require_user(actor, uow)
            user = self._get(uow, user_id)
            user.password_hash = hashed
            uow.users.clear_failures(user_id, "password")
            uow.audit.record(self._clock.now(), actor.user_id, "change_password", "user", user_id)
            uow.commit()
        return OpResult(None, Changes(users=True))

    def set_blocked(self, actor: Principal, user_id: int, blocked: bool) -> OpResult[None]:
        if actor.user_id == user_id and blocked:
            raise ValidationError("blocked", QT_TRANSLATE_NOOP("Reasons", "you cannot block your own account"))
        with self._uow() as uow:
            require_admin(actor, uow)
            user = self._get(uow, user_id)
            user.blocked = blocked
            uow.audit.record(self._clock.now(), actor.user_id, "block" if blocked else "unblock", "user", user_id)
            uow.commit()
        return OpResult(None, Changes(users=True))

    def set_pin(self, actor: Principal, pin: str) -> OpResult[None]:
        _check_pin(pin)
        hashed = self._hasher.hash(pin)
        with self._uow() as uow:
            require_user(actor, uow)
            user = self._get(uow, actor.user_id)
            user.pin_hash = hashed
            uow.users.clear_failures(actor.user_id, "pin")
            uow.commit()
        return OpResult(None, Changes(users=True))

    def change_pin(self, actor: Principal, current: str, new_pin: str) -> OpResult[None]:
        """The signed-in user changes their own PIN (seed 9, «Изменить пин-код»).

        ``current`` is the present PIN or the password. The check is counted like a password
        sign-in (before the argon2 check, decision 0014), so the dialog cannot be used to guess."""
        _check_pin(new_pin)
        now = self._clock.now()
        with self._uow() as uow:
            require_user(actor, uow)
            creds = uow.users.credentials(actor.user_id)
            if creds is None:
                raise NotFoundError(what="user", key=actor.user_id)
            if uow.users.reserve_attempt(actor.user_id, "password", now, self._policy.max_attempts) is None:
                raise AccountLocked(until=self._hhmm(creds.locked_until, now, self._policy.lock_for))
            uow.commit()
        hashes = [h for h in (creds.pin_hash, creds.password_hash) if h]
        if not any(self._check(h, current) for h in hashes):
            self._failed(actor.user_id, "password", now, lambda _locks: self._policy.lock_for)
            raise InvalidCredentials()
        hashed = self._hasher.hash(new_pin)
        with self._uow() as uow:
            uow.users.clear_failures(actor.user_id, "password")
            self._get(uow, actor.user_id).pin_hash = hashed
            uow.users.clear_failures(actor.user_id, "pin")
            uow.audit.record(now, actor.user_id, "change_pin", "user", actor.user_id)
            uow.commit()
        return OpResult(None, Changes(users=True))

    def has_pin(self, user_id: int) -> bool:
        """Whether the user has set a PIN for quick re-entry (seed 9.1)."""
        with self._uow(read_only=True) as uow:
            return self._get(uow, user_id).pin_hash is not None

    # -- sign-in ----------------------------------------------------------------------
    # Each attempt is counted (one atomic UPDATE, committed) BEFORE its argon2 check, which runs
    # outside any transaction; its outcome is written after. However many tries arrive at once,
    # at most ``max_attempts`` are checked before the lock (decision 0014).
    def login(self, email: str, password: str) -> Principal:
        now = self._clock.now()
        with self._uow() as uow:
            user = uow.users.by_email(email or "")
            if user is None:
                uow.rollback()
                # Spend the same time as a real check so logins cannot be probed by timing.
                self._dummy_verify(password)
                raise InvalidCredentials()
            user_id, hashed = user.id, user.password_hash
            if user.blocked:
                raise AccountBlocked()
            if uow.users.reserve_attempt(user_id, "password", now, self._policy.max_attempts) is None:
                raise AccountLocked(until=self._hhmm(user.locked_until, now, self._policy.lock_for))
            uow.commit()
        if not self._check(hashed, password):
            self._failed(user_id, "password", now, lambda _locks: self._policy.lock_for)
            raise InvalidCredentials()
        return self._succeeded(user_id, "password", hashed, password)

    def login_pin(self, user_id: int, pin: str) -> Principal:
        now = self._clock.now()
        policy = self._policy
        with self._uow() as uow:
            creds = uow.users.credentials(user_id)
            if creds is None:
                raise NotFoundError(what="user", key=user_id)
            if creds.pin_hash is None:
                raise InvalidCredentials()
            if creds.blocked:
                raise AccountBlocked()
            if creds.pin_locks >= policy.pin_locks_before_password:
                raise PinDisabled()
            if uow.users.reserve_attempt(user_id, "pin", now, policy.max_attempts,
                                         pin_locks_limit=policy.pin_locks_before_password) is None:
                raise AccountLocked(until=self._hhmm(creds.pin_locked_until, now, policy.pin_first_lock))
            uow.commit()
            hashed = creds.pin_hash
        if not self._check(hashed, pin):
            self._failed(user_id, "pin", now, policy.pin_lock_for)
            raise InvalidCredentials()
        return self._succeeded(user_id, "pin", hashed, pin)

    def require_admin_credentials(self, email: str, password: str, *, register_id: int | None = None,
                                  method: str = "admin", pin_allowed: bool = False) -> Principal:
        """For returns and Z reports: an admin's login and password, checked now.

        Failures count per register and method (``return``, ``z_report``), not on the admin's
        account, so a cashier cannot lock the admin out of the whole shop; the error says how many
        tries are left (``tries_left``).

        ``pin_allowed`` (leaving a kiosk, decision 1607): the secret may also be the admin's PIN
        (4 to 8 digits), tried when it is not the password; same prompt lockout, one attempt per
        try. A PIN its own lockout disabled (sign in with the password first) is not accepted."""
        now = self._clock.now()
        policy = self._policy
        where = register_id or 0
        with self._uow() as uow:
            tried = uow.users.reserve_prompt(where, method, now, policy.max_attempts)
            if tried is None:
                until = uow.users.prompt_locked_until(where, method)
                raise AccountLocked(until=self._hhmm(until, now, policy.prompt_lock_for))
            user = uow.users.by_email(email or "")
            hashed = user.password_hash if user is not None else None
            pin_hash = None
            if pin_allowed and user is not None and user.pin_locks < policy.pin_locks_before_password:
                pin_hash = user.pin_hash
            uow.commit()
        if hashed is None:
            self._dummy_verify(password)
            ok = False
        else:
            ok = self._check(hashed, password)
        if not ok and pin_allowed and re.fullmatch(r"\d{4,8}", password or ""):
            if pin_hash is None:  # the same time as a real check: whether a PIN exists stays unsaid
                self._dummy_verify(password)
            else:
                ok = self._check(pin_hash, password)
        with self._uow() as uow:
            if not ok:
                locked = uow.users.lock_prompt(where, method, policy.max_attempts, now + policy.prompt_lock_for)
                uow.audit.record(now, None, "admin_prompt_failed", "register", where, method=method)
                uow.commit()
                if locked:
                    raise AccountLocked(until=self._hhmm(None, now, policy.prompt_lock_for))
                rejected = AdminPinPromptRejected if pin_allowed else AdminPromptRejected
                raise rejected(tries_left=policy.max_attempts - tried)
            uow.users.clear_prompt(where, method)
            assert user is not None
            admin = require_admin(principal_of(user), uow)  # blocked or not an admin: refused
            uow.commit()
            return admin

    def _check(self, hashed: str, secret: str) -> bool:
        try:
            return bool(self._hasher.verify(hashed, secret or ""))
        except (VerificationError, InvalidHashError):
            return False

    def _failed(self, user_id: int, way: str, now, lock_for) -> None:  # noqa: ANN001
        with self._uow() as uow:
            until = uow.users.lock_after_failure(user_id, way, now, self._policy.max_attempts, lock_for)
            if until is not None:
                uow.audit.record(now, user_id, "lockout", "user", user_id, way=way)
            uow.commit()

    def _succeeded(self, user_id: int, way: str, hashed: str, secret: str) -> Principal:
        with self._uow() as uow:
            uow.users.clear_failures(user_id, way)
            if self._hasher.check_needs_rehash(hashed):
                uow.users.set_hash(user_id, way, self._hasher.hash(secret))
            user = self._get(uow, user_id)
            if user.blocked:  # blocked while the check ran
                raise AccountBlocked()
            uow.commit()
            return principal_of(user)

    @staticmethod
    def _hhmm(until, now, fallback: timedelta) -> str:  # noqa: ANN001
        """The end of a lock as the cashier reads it (a lock still being set: its expected end)."""
        end = until if until is not None and until > now else now + fallback
        return end.astimezone(now.tzinfo).strftime("%H:%M")

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
