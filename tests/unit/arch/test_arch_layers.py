"""Architecture rules: no Qt below ui/, pure domain, migrations independent of live models."""

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


def test_no_qt_outside_ui() -> None:
    offenders = []
    for path in _py_files():
        rel = path.relative_to(PKG)
        if rel.parts[0] == "ui":
            continue
        if any(m.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") for m in _imports(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_pyside_only_through_ui_qt() -> None:
    offenders = [
        str(p.relative_to(PKG))
        for p in _py_files("ui")
        if p.name != "qt.py" and any(m.startswith("PySide6") for m in _imports(p))
    ]
    assert offenders == []


def test_domain_is_pure() -> None:
    banned = ("sqlalchemy", "PySide6", "socket", "requests", "serial", "cv2", "alembic", "escpos")
    offenders = []
    for path in _py_files("domain"):
        for m in _imports(path):
            top = m.split(".")[0]
            if top in banned or m.startswith(("alsep_desktop.store", "alsep_desktop.services", "alsep_desktop.ui")):
                offenders.append(f"{path.name}: {m}")
    assert offenders == []


def test_migrations_do_not_import_live_code() -> None:
    for path in _py_files("store/migrations/versions"):
        assert not any(m.startswith("alsep_desktop") for m in _imports(path)), path.name


def test_core_import_does_not_load_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, alsep_desktop.app.bootstrap, alsep_desktop.cli, alsep_desktop.app.demo;"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_lower_floors_do_not_import_the_composition_root() -> None:
    """domain, fiscal, hardware (and store) take their error base from ``alsep_desktop.errors``."""
    offenders = [
        f"{path.name}: {m}"
        for floor in ("domain", "fiscal", "hardware", "store")
        for path in _py_files(floor)
        for m in _imports(path)
        if m.startswith("alsep_desktop.app")
    ]
    assert offenders == []
