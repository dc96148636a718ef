"""Who is acting, and the long-lived pieces the services need (built once at start-up)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from alsep_cloud.auth.passwords import Passwords
from alsep_cloud.auth.tokens import TokenSigner
from alsep_cloud.config import CloudConfig


@dataclass(frozen=True, slots=True)
class Admin:
    """An administrator, from a verified bearer token."""

    user_id: str
    company_id: str
    email: str


@dataclass(frozen=True, slots=True)
class Device:
    """A bound register, from a verified device credential."""

    register_id: str
    company_id: str
    trade_point_id: str
    timezone: str = "Asia/Almaty"  # the company's, for the local day of uploaded documents


def system_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class CloudContext:
    config: CloudConfig
    engine: Engine
    sessions: sessionmaker[Session]
    passwords: Passwords
    signer: TokenSigner
    pepper: str
    now: Callable[[], datetime] = system_now
