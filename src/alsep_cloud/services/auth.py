"""Admin sign-in with lockout, token and device-credential checks, and the bootstrap of a
company with its first admin.

Lockout follows the desktop (5 failed passwords → locked 5 minutes), made safe for several
instances: each attempt is first counted by one atomic ``UPDATE ... RETURNING`` and only
then checked, so parallel guesses cannot exceed the limit; a success resets the count.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from alsep_cloud.auth.devices import credential_hash
from alsep_cloud.auth.tokens import TokenSigner
from alsep_cloud.errors import (
    AccountBlocked,
    AccountLocked,
    AdminOnly,
    Duplicate,
    InvalidCredentials,
    NotAuthenticated,
)
from alsep_cloud.services import versioning
from alsep_cloud.services.context import Admin, CloudContext, Device
from alsep_cloud.services.validate import check_password, company_fields
from alsep_cloud.services.views import company_view, user_view
from alsep_cloud.store.tenant import Company, FeedCounter, Register, User
from alsep_desktop.domain.user_name import validate_user_name
from alsep_desktop.domain.validation import validate_email, validate_iin_bin


def epoch(moment: datetime) -> int:
    """The password epoch a token carries: microseconds, so a change within a second counts."""
    return round(moment.timestamp() * 1_000_000)


def login(ctx: CloudContext, session: Session, company: str, email: str, password: str) -> tuple[str, datetime, User]:
    """``company`` is the BIN/IIN of the company the login belongs to: logins are unique per
    company (decision 2051), so the same e-mail in two companies is two accounts, each with its
    own password and lockout. An unknown company answers like a wrong password."""
    now = ctx.now()
    user = check_login(ctx, session, company, email, password)
    if user.role != "admin":
        raise AdminOnly()
    token, expires = ctx.signer.issue(user.id, user.company_id, epoch(user.password_changed_at), now)
    return token, expires, user


def check_login(ctx: CloudContext, session: Session, company: str, email: str, password: str) -> User:
    """The user whose password this is, with the lockout counted (any role: the cabinet signs a
    cashier in too and refuses its admin pages). A blocked or locked account spends the same
    password check as a wrong one (no timing difference to tell it exists)."""
    now = ctx.now()
    user = session.scalar(select(User).join(Company, Company.id == User.company_id).where(
        Company.iin_bin == (company or "").strip(), User.email == (email or "").strip().lower()))
    if user is None or user.deleted:
        ctx.passwords.dummy_verify(password)
        raise InvalidCredentials()
    if user.blocked:
        ctx.passwords.dummy_verify(password)
        raise AccountBlocked()
    attempt = session.execute(
        update(User).where(User.id == user.id, or_(User.locked_until.is_(None), User.locked_until <= now))
        .values(failed_attempts=User.failed_attempts + 1).returning(User.failed_attempts)
    ).scalar_one_or_none()
    if attempt is None or attempt > ctx.config.max_attempts:
        session.rollback()
        ctx.passwords.dummy_verify(password)
        raise AccountLocked(until=_until(session, user.id))
    session.commit()  # the attempt is counted before the password is checked
    if not ctx.passwords.verify(user.password_hash, password):
        if attempt >= ctx.config.max_attempts:
            session.execute(update(User).where(User.id == user.id)
                            .values(locked_until=now + ctx.config.lock_for, failed_attempts=0))
            session.commit()
        raise InvalidCredentials()
    values: dict[str, Any] = {"failed_attempts": 0, "locked_until": None}
    if ctx.passwords.needs_rehash(user.password_hash):
        values["password_hash"] = ctx.passwords.hash(password)
    session.execute(update(User).where(User.id == user.id).values(**values))
    session.commit()
    return user


def _until(session: Session, user_id: str) -> str:
    until = session.scalar(select(User.locked_until).where(User.id == user_id))
    return until.isoformat() if until else ""


def admin_of_token(signer: TokenSigner, session: Session, token: str, now: datetime) -> Admin:
    claims = signer.verify(token, now)
    row = session.execute(
        select(User.id, User.company_id, User.email, User.role, User.blocked, User.deleted, User.password_changed_at)
        .where(User.id == claims.user_id)
    ).one_or_none()
    if (row is None or row.company_id != claims.company_id or row.deleted or row.blocked
            or row.role != "admin" or epoch(row.password_changed_at) != claims.password_epoch):
        raise NotAuthenticated()
    return Admin(row.id, row.company_id, row.email)


def device_of_credential(pepper: str, session: Session, credential: str) -> Device:
    row = session.execute(
        select(Register.id, Register.company_id, Register.trade_point_id, Company.timezone)
        .join(Company, Company.id == Register.company_id)
        .where(Register.device_credential_hash == credential_hash(pepper, credential))
    ).one_or_none()
    if row is None:
        raise NotAuthenticated()
    return Device(row.id, row.company_id, row.trade_point_id, row.timezone)


def bootstrap(ctx: CloudContext, session: Session, *, company_name: str, iin_bin: str, email: str, password: str,
              full_name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Create a company and its first admin (the operator's CLI; the seed's sign-up, 5.1-5.2)."""
    now = ctx.now()
    fields = company_fields({"name": company_name})
    iin_bin = validate_iin_bin(iin_bin, field="iin_bin")
    email = validate_email(email, field="email")
    check_password(password)
    full_name = validate_user_name(full_name)
    if session.scalar(select(Company.id).where(Company.iin_bin == iin_bin)):
        raise Duplicate(what="company", field="iin_bin", value=iin_bin)
    # no look-up of the login elsewhere: logins are unique per company (decision 2051)
    company = Company(name=fields["name"], iin_bin=iin_bin, created_at=now, updated_at=now, version=1)
    session.add(company)
    session.flush()
    session.add(FeedCounter(company_id=company.id, last_seq=0))
    session.flush()
    seq = versioning.lock_company(session, company.id)
    user = User(company_id=company.id, email=email, password_hash=ctx.passwords.hash(password), role="admin",
                full_name=full_name, register_ids=[], password_changed_at=now, created_at=now, updated_at=now,
                version=1, seq=seq)
    session.add(user)
    session.flush()
    versioning.record(session, "company", company, company_view(company), user.id, now)
    versioning.record(session, "user", user, user_view(user), user.id, now)
    session.commit()
    return company_view(company), user_view(user)
