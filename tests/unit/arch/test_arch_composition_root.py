"""One composition root (issue 21, decision 2120): no module under ``ui/`` builds a service or a driver.

A call is a construction when its callee, resolved through the module's imports, is a class of
``services``, ``sync``, ``hardware``, ``fiscal``, ``cloud_client`` or ``store`` that is not a
value (a dataclass, an enum, an error, a named tuple), or one of their factory functions
(``open_terminal``, ``build_printer``, …). ``app/`` builds them and hands them to the window.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import importlib
import inspect
from pathlib import Path

PKG = Path(__file__).resolve().parents[3] / "src" / "alsep_desktop"
BUILDERS = ("services", "sync", "hardware", "fiscal", "cloud_client", "store")
#: functions that build a service, a driver or a connection
FACTORIES = frozenset({"open_terminal", "make_sync_engine", "build_printer", "build_connector", "make_engine",
                       "make_session_factory", "cloud_fetch_of", "build_context", "open_store"})
#: (module under ui/, imported name): constructions allowed for a stated reason. Empty: the admin
#: pages' terminal registry and terminal-reports service (with its cloud fetcher), the last ones,
#: are built by bootstrap since 6012264. A new entry needs its reason beside it.
ALLOWED: frozenset[tuple[str, str]] = frozenset()


def _is_value(obj: type) -> bool:
    return (dataclasses.is_dataclass(obj) or issubclass(obj, (enum.Enum, BaseException, tuple, dict))
            or hasattr(obj, "__total__"))  # TypedDict


def _resolve(dotted: str) -> object:
    """The object a dotted name stands for: the longest importable module, then its attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr, None)
        return obj
    return None


def _builder(module: str, name: str) -> bool:
    """True when ``module.name`` builds a service or a driver (a class, its alternative
    constructor such as ``TerminalService.for_context``, or a factory function)."""
    if name in FACTORIES:
        return True
    obj = _resolve(f"{module}.{name}")
    owner = getattr(obj, "__self__", None)  # a classmethod bound to its class
    if inspect.ismethod(obj) and inspect.isclass(owner):
        obj = owner
    return inspect.isclass(obj) and obj.__module__.startswith("alsep_desktop.") and not _is_value(obj)


def _in_builders(module: str) -> bool:
    parts = module.split(".")
    return len(parts) > 1 and parts[0] == "alsep_desktop" and parts[1] in BUILDERS


def _imported(tree: ast.Module) -> dict[str, str]:
    """Local name → the dotted name it stands for (``from a.b import c as d``: d → a.b.c)."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name.split(".")[0]] = alias.asname and alias.name or alias.name.split(".")[0]
    return names


def _dotted(func: ast.expr, names: dict[str, str]) -> str | None:
    """The full dotted name a call's callee resolves to through the imports, or None."""
    parts: list[str] = []
    while isinstance(func, ast.Attribute):
        parts.insert(0, func.attr)
        func = func.value
    if not isinstance(func, ast.Name) or func.id not in names:
        return None
    return ".".join([names[func.id], *parts])


def _constructions(path: Path) -> list[tuple[int, str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = _imported(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        dotted = _dotted(node.func, names)  # Class(...), module.Class(...), package.module.Class(...)
        if dotted is None or "." not in dotted:
            continue
        module, name = dotted.rsplit(".", 1)
        if _in_builders(module) and _builder(module, name):
            found.append((node.lineno, module, name))
    return sorted(found)


def _offenders() -> set[tuple[str, str, str]]:
    offenders = set()
    for path in sorted((PKG / "ui").rglob("*.py")):
        rel = str(path.relative_to(PKG))
        for line, module, name in _constructions(path):
            offenders.add((rel, name, f"{rel}:{line} builds {module}.{name}"))
    return offenders


def test_ui_builds_no_service_and_no_driver() -> None:
    found = _offenders()
    new = sorted(where for rel, name, where in found if (rel, name) not in ALLOWED)
    assert new == [], "build it in app/ (window_services.py, bootstrap.py) and hand it to the window"


def test_the_allowed_list_is_not_stale() -> None:
    """An allowed entry that no longer builds anything is taken off the list."""
    found = {(rel, name) for rel, name, _ in _offenders()}
    assert sorted(ALLOWED - found) == []


def test_the_check_sees_a_construction(tmp_path: Path) -> None:
    """The rule finds a service, a driver (also through a module alias) and a factory; values pass."""
    source = tmp_path / "screen.py"
    source.write_text(
        "import alsep_desktop.hardware.scanner.serial as ser\n"
        "from alsep_desktop.services import printing\n"
        "from alsep_desktop.services.cloud.refused import CloudRefusedService\n"
        "from alsep_desktop.services.devices import DeviceSettings\n"
        "from alsep_desktop.services.terminal.service import TerminalService, open_terminal\n"
        "def f(ctx):\n"
        "    CloudRefusedService(ctx.uow, ctx.clock)\n"
        "    ser.SerialScanner(None)\n"
        "    printing.PrintingService(ctx.uow, ctx.clock, None)\n"
        "    open_terminal(ctx)\n"
        "    DeviceSettings()\n", encoding="utf-8")
    assert [name for _, _, name in _constructions(source)] == [
        "CloudRefusedService", "SerialScanner", "PrintingService", "open_terminal"]
