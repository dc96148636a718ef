"""Alembic environment. The engine comes from the caller (``store.migrate``) or the URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from alsep_desktop.store import models  # noqa: F401  (registers the tables for autogenerate)
from alsep_desktop.store.base import Base
from alsep_desktop.store.db import make_engine

config = context.config
target_metadata = Base.metadata


def _engine() -> Engine:
    engine = config.attributes.get("engine")
    if engine is None:
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("alembic: no engine given and sqlalchemy.url is not set")
        engine = make_engine(url)
    return engine


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    with _engine().begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
