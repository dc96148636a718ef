"""Apply alembic migrations programmatically (start-up, CLI, tests).

Data upgrades that need the application's own rules (re-encoding waiting OFD documents) are
*hooks*: versioned functions that the layer owning the rules registers under a stable name; a
migration script asks for its hook by name through ``context.config.attributes`` and never
imports application code (decision 0112).

alembic is imported only when something is to be done (decision 1606): importing it costs about
0.2 s of every start (it brings the PostgreSQL dialect, Mako and Pygments along), and a store
already at the head needs none of it. :func:`upgrade` to ``head`` first reads the stored revision
with one query and the head from the revision files' ``revision``/``down_revision`` lines; only
when they differ (or the files are not one plain chain) does alembic run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: name -> data-upgrade function (called with the migration's connection)
DATA_HOOKS: dict[str, Callable[..., Any]] = {}


def register_hook(name: str, fn: Callable[..., Any]) -> None:
    DATA_HOOKS[name] = fn


def alembic_config(engine: Engine, hooks: dict[str, Callable[..., Any]] | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    cfg.attributes["data_hooks"] = {**DATA_HOOKS, **(hooks or {})}
    return cfg


def upgrade(engine: Engine, revision: str = "head", *, hooks: dict[str, Callable[..., Any]] | None = None) -> None:
    """Upgrade to ``revision``; ``hooks`` adds data hooks that need this run's objects (the secrets
    store of revision 0006)."""
    if revision == "head" and at_head(engine):
        return
    from alembic import command

    command.upgrade(alembic_config(engine, hooks), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


_REVISION = re.compile(r"^revision\s*(?::[^=]+)?=\s*[\"']([^\"']+)[\"']\s*$", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(None|[\"']([^\"']+)[\"'])\s*$", re.MULTILINE)


def plain_head(versions: Path | None = None) -> str | None:
    """The head of the revision files read as text (no alembic): every file names one revision
    and one parent (or None), and exactly one revision is nobody's parent. None when the files
    are anything else (a merge, a branch): then alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((versions or MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.findall(source), _DOWN.findall(source)
        if len(rev) != 1 or len(down) != 1:
            return None
        revisions.add(rev[0])
        if down[0][0] != "None":
            parents.add(down[0][1])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


def stored_revision(engine: Engine) -> str | None:
    """The store's revision with one query (None: a new store, or more than one row)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def at_head(engine: Engine) -> bool:
    """Whether the store is at the head, told without importing alembic (False when unsure)."""
    head = plain_head()
    return head is not None and stored_revision(engine) == head


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
