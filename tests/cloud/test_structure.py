"""Migrations match the models on both backends and never import live code; the cloud imports
only the pure domain and errors of the desktop, and the desktop never imports the cloud."""

from __future__ import annotations

import ast
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from alsep_cloud.store.migrate import MIGRATIONS, upgrade
from alsep_cloud.store.models import Base
from tests.support.postgres import PostgresServer

SRC = Path(__file__).resolve().parents[2] / "src"
ALLOWED = ("alsep_desktop.domain", "alsep_desktop.errors")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _diff(url: str) -> list:
    engine = create_engine(url)
    try:
        upgrade(engine)
        upgrade(engine)  # a second run finds nothing to do
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    assert "cloud_alembic_version" in tables
    return [d for d in diffs if not (d[0] == "remove_table" and d[1].name == "cloud_alembic_version")]


def test_migrations_build_the_models_on_postgres_and_sqlite(pg_server: PostgresServer, tmp_path: Path) -> None:
    assert _diff(pg_server.create_database()) == []
    assert _diff(f"sqlite:///{tmp_path / 'cloud.sqlite'}") == []


def test_migration_scripts_import_no_live_code() -> None:
    scripts = [*(MIGRATIONS / "versions").glob("*.py"), MIGRATIONS / "env.py"]
    assert len(scripts) >= 2
    for script in scripts:
        bad = {m for m in _imports(script) if m.startswith("alsep")}
        assert not bad, (script.name, bad)


def test_the_cloud_imports_only_the_pure_desktop_domain() -> None:
    for path in (SRC / "alsep_cloud").rglob("*.py"):
        for name in _imports(path):
            if name.startswith("alsep_desktop"):
                assert name.startswith(ALLOWED), (path, name)


def test_the_desktop_never_imports_the_cloud() -> None:
    for path in (SRC / "alsep_desktop").rglob("*.py"):
        assert not {n for n in _imports(path) if n.startswith("alsep_cloud")}, path


def test_modules_stay_small() -> None:
    for path in (SRC / "alsep_cloud").rglob("*.py"):
        if "versions" not in path.parts:
            assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path
