"""Architecture rules the import-linter contracts cannot see (the layers, Qt only in ui/ and the
pure domain are contracts in pyproject.toml, checked by test_arch_layers_linter.py; decision 2102):
migrations independent of live code (they are no package, so the import graph has no node for
them), and importing the core at run time loads no Qt (a dynamic import would escape the graph)."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[3] / "src" / "alsep_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _py_files(sub: str = "") -> list[Path]:
    return sorted((PKG / sub).rglob("*.py"))


def test_package_is_found() -> None:
    assert len(_py_files()) > 20


def test_migrations_do_not_import_live_code() -> None:
    for path in _py_files("store/migrations/versions"):
        assert not any(m.startswith("alsep_desktop") for m in _imports(path)), path.name


def test_core_import_does_not_load_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, alsep_desktop.app.bootstrap, alsep_desktop.cli, alsep_desktop.app.demo,"
        " alsep_desktop.app.terminal, alsep_desktop.app.sync_agent, alsep_desktop.app.window_services;"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
