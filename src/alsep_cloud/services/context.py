"""Who is acting, and the long-lived pieces the services need (built once at start-up)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from alsep_cloud.auth.passwords import Passwords
from alsep_cloud.auth.tokens import TokenSigner
from alsep_cloud.clock import Clock, SystemClock
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


@dataclass
class CloudContext:
    config: CloudConfig
    engine: Engine
    sessions: sessionmaker[Session]
    passwords: Passwords
    signer: TokenSigner
    pepper: str
    #: every time the cloud reads goes through here (decision 2150): tests give a SettableClock
    clock: Clock = field(default_factory=SystemClock)

    def now(self) -> datetime:
        return self.clock.now()
