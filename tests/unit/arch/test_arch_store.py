"""Every SQL statement lives in store/ (decision 0015): services read as the use case alone, and
fiscal/ holds no SQLAlchemy at all."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[3] / "src" / "alsep_desktop"

#: SQLAlchemy names that build a statement
STATEMENT_BUILDERS = frozenset({
    "select", "insert", "update", "delete", "text", "func", "case", "literal", "literal_column", "union",
    "union_all", "exists", "bindparam", "and_", "or_", "not_", "column", "table", "values",
})
#: session/connection calls that run SQL (flush/commit/refresh of the unit of work are not SQL text)
RUNS_SQL = frozenset({"execute", "scalars", "scalar", "query", "exec_driver_sql"})
NOT_YET: frozenset[str] = frozenset()


def _offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    sa_aliases: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "sqlalchemy":
            for alias in node.names:
                if alias.name in STATEMENT_BUILDERS:
                    found.append(f"{path.name}:{node.lineno} imports sqlalchemy.{alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "sqlalchemy":
                    sa_aliases.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id in sa_aliases and node.attr in STATEMENT_BUILDERS:
                found.append(f"{path.name}:{node.lineno} uses sqlalchemy.{node.attr}")
            if node.attr in RUNS_SQL and _is_session(node.value):
                found.append(f"{path.name}:{node.lineno} runs SQL on a session: .{node.attr}()")
    return found


def _is_session(node: ast.expr) -> bool:
    """``uow.session.execute``, ``session.execute``, ``conn.execute`` and the like."""
    if isinstance(node, ast.Attribute):
        return node.attr in ("session", "connection", "conn")
    if isinstance(node, ast.Name):
        return node.id in ("session", "conn", "connection", "s")
    if isinstance(node, ast.Call):
        return _is_session(node.func)
    return False


def test_services_build_no_sql() -> None:
    offences = [o for p in sorted((PKG / "services").rglob("*.py")) if p.name not in NOT_YET for o in _offences(p)]
    assert offences == []


def test_fiscal_holds_no_sqlalchemy() -> None:
    offenders = []
    for path in sorted((PKG / "fiscal").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "sqlalchemy"]
    assert offenders == []


def test_the_check_finds_sql(tmp_path: Path) -> None:
    """The rule itself: a service that builds or runs SQL is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import sqlalchemy as sa\nfrom sqlalchemy import select\n"
        "def f(uow):\n    uow.session.execute(sa.update(X))\n    return uow.session.scalars(select(X))\n",
        encoding="utf-8",
    )
    assert len(_offences(bad)) == 4
