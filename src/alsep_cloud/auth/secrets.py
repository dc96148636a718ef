"""Server secrets shared by every instance: from the configuration, else kept in the DB.

When ``ALSEP_CLOUD_TOKEN_SECRETS`` / ``ALSEP_CLOUD_DEVICE_PEPPER`` are unset (the demo, a
first start), a random value is created once in ``server_secret`` (insert-if-absent), and every
instance on that database reads the same one.
"""

from __future__ import annotations

import secrets

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alsep_cloud.store.tenant import ServerSecret


def shared_secret(engine: Engine, name: str) -> str:
    with Session(engine) as session:
        found = session.scalar(select(ServerSecret.value).where(ServerSecret.name == name))
        if found:
            return found
        session.add(ServerSecret(name=name, value=secrets.token_hex(32)))
        try:
            session.commit()
        except IntegrityError:  # another instance created it first
            session.rollback()
        value = session.scalar(select(ServerSecret.value).where(ServerSecret.name == name))
        assert value is not None
        return value
