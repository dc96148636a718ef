"""Alembic environment of the cloud. The engine comes from ``store.migrate`` (or the URL).

Revision scripts in ``versions/`` use only ``alembic.op`` and ``sqlalchemy``: they never
import the live models, so an old revision keeps meaning what it meant.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

config = context.config
target_metadata = config.attributes.get("target_metadata")  # set only by the autogenerate check
VERSION_TABLE = "cloud_alembic_version"


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True, version_table=VERSION_TABLE)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("alembic: no connection given and sqlalchemy.url is not set")
        engine = create_engine(url)
        with engine.begin() as conn:
            _run(conn)
        engine.dispose()
    else:
        _run(connection)


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True, version_table=VERSION_TABLE)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
