"""Settings of the cloud, from the command line and ``ALSEP_CLOUD_*`` environment variables.

Secrets (the token signing key, the device pepper) come from the environment; when absent,
each is generated once and kept in the database so every instance shares it (decision 1401).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import timedelta


@dataclass(frozen=True, slots=True)
class Argon2Params:
    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 2


@dataclass(frozen=True, slots=True)
class CloudConfig:
    db_url: str
    #: HMAC key(s) for admin tokens: the first signs, any verifies (rotation). Empty: from the DB.
    token_secrets: tuple[str, ...] = ()
    #: pepper of the device credential hashes. Empty: from the DB.
    device_pepper: str = ""
    token_ttl: timedelta = timedelta(minutes=15)
    max_attempts: int = 5
    lock_for: timedelta = timedelta(minutes=5)
    argon2: Argon2Params = field(default_factory=Argon2Params)
    pool_size: int = 10
    migrate: bool = True
    #: freeze the start-up objects out of the garbage collector (decision 1414); off only to measure
    gc_freeze: bool = True

    @classmethod
    def from_env(cls, db_url: str | None = None, env: dict[str, str] | None = None) -> CloudConfig:
        e = os.environ if env is None else env
        url = db_url or e.get("ALSEP_CLOUD_DB", "")
        if not url:
            raise SystemExit("alsep-cloud: give --db URL or set ALSEP_CLOUD_DB")
        secrets = tuple(s for s in e.get("ALSEP_CLOUD_TOKEN_SECRETS", "").split(",") if s.strip())
        return cls(
            db_url=url,
            token_secrets=secrets,
            device_pepper=e.get("ALSEP_CLOUD_DEVICE_PEPPER", ""),
            token_ttl=timedelta(seconds=int(e.get("ALSEP_CLOUD_TOKEN_TTL_S", "900"))),
            max_attempts=int(e.get("ALSEP_CLOUD_MAX_ATTEMPTS", "5")),
            lock_for=timedelta(seconds=int(e.get("ALSEP_CLOUD_LOCK_S", "300"))),
            argon2=Argon2Params(
                time_cost=int(e.get("ALSEP_CLOUD_ARGON2_TIME", "3")),
                memory_cost=int(e.get("ALSEP_CLOUD_ARGON2_MEMORY", "65536")),
                parallelism=int(e.get("ALSEP_CLOUD_ARGON2_PARALLELISM", "2")),
            ),
            pool_size=int(e.get("ALSEP_CLOUD_POOL_SIZE", "10")),
            migrate=e.get("ALSEP_CLOUD_MIGRATE", "1") not in ("0", "false", "no"),
            gc_freeze=e.get("ALSEP_CLOUD_GC_FREEZE", "1") not in ("0", "false", "no"),
        )
