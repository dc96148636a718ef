"""Apply alembic migrations programmatically (start-up, CLI, tests).

Data upgrades that need the application's own rules (re-encoding waiting OFD documents) are
*hooks*: versioned functions that the layer owning the rules registers under a stable name; a
migration script asks for its hook by name through ``context.config.attributes`` and never
imports application code (decision 0112).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: name -> data-upgrade function (called with the migration's connection)
DATA_HOOKS: dict[str, Callable[..., Any]] = {}


def register_hook(name: str, fn: Callable[..., Any]) -> None:
    DATA_HOOKS[name] = fn


def alembic_config(engine: Engine, hooks: dict[str, Callable[..., Any]] | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    cfg.attributes["data_hooks"] = {**DATA_HOOKS, **(hooks or {})}
    return cfg


def upgrade(engine: Engine, revision: str = "head", *, hooks: dict[str, Callable[..., Any]] | None = None) -> None:
    """Upgrade to ``revision``; ``hooks`` adds data hooks that need this run's objects (the secrets
    store of revision 0006)."""
    command.upgrade(alembic_config(engine, hooks), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
