"""Every event kernel/events.py declares is emitted and subscribed somewhere in src/ (issue 21,
decision 2152): a declared event nobody emits is a promise the code does not keep (three of
five were), one nobody listens to is dead code in the emitter."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "src" / "alsep_desktop"
EVENTS = SRC / "kernel" / "events.py"


def declared() -> dict[str, str]:
    """The module-level ``NAME = "value"`` constants of kernel/events.py."""
    found = {}
    for node in ast.parse(EVENTS.read_text(encoding="utf-8")).body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id.isupper() and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)):
            found[node.targets[0].id] = node.value.value
    return found


def _named(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def uses(source: str, events: dict[str, str]) -> tuple[set[str], set[str]]:
    """(emitted, subscribed) event constants of one module. Emitted: the first argument of an
    ``.emit(...)`` call. Subscribed: the first argument of ``.subscribe(...)``, a listener method
    ``on_event_<value>``, or a name listed in a module that calls ``.subscribe`` (the UI bridge
    subscribes to its BRIDGED tuple in a loop)."""
    tree = ast.parse(source)
    emitted: set[str] = set()
    subscribed: set[str] = set()
    by_value = {value: name for name, value in events.items()}
    calls_subscribe = False
    first_args: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            first = _named(node.args[0])
            if node.func.attr == "emit" and first in events:
                emitted.add(first)
                first_args.add(id(node.args[0]))
            elif node.func.attr == "subscribe":
                calls_subscribe = True
                if first in events:
                    subscribed.add(first)
        elif isinstance(node, ast.FunctionDef) and node.name.startswith("on_event_"):
            if node.name.removeprefix("on_event_") in by_value:
                subscribed.add(by_value[node.name.removeprefix("on_event_")])
    if calls_subscribe:
        for node in ast.walk(tree):
            if (isinstance(node, ast.Name | ast.Attribute) and isinstance(node.ctx, ast.Load)
                    and _named(node) in events and id(node) not in first_args):
                subscribed.add(_named(node))
    return emitted, subscribed


def test_the_events_module_declares_events() -> None:
    assert declared(), "kernel/events.py declares no event: the check would check nothing"


def test_every_declared_event_is_emitted_and_subscribed() -> None:
    events = declared()
    emitted: set[str] = set()
    subscribed: set[str] = set()
    for path in sorted(SRC.rglob("*.py")):
        if path == EVENTS:
            continue
        e, s = uses(path.read_text(encoding="utf-8"), events)
        emitted |= e
        subscribed |= s
    never_emitted = sorted(set(events) - emitted)
    never_subscribed = sorted(set(events) - subscribed)
    assert not never_emitted and not never_subscribed, (
        f"declared in kernel/events.py but never emitted: {never_emitted}; never subscribed: {never_subscribed}. "
        "Emit it where the thing happens, or delete it and its subscribers.")


def test_the_check_tells_emitting_from_subscribing() -> None:
    events = {"SHIFT_CHANGED": "shift_changed", "OFD_STATUS": "ofd_status", "DEVICE_STATUS": "device_status"}
    emitter = "bus.emit(OFD_STATUS, online=True)\n"
    assert uses(emitter, events) == ({"OFD_STATUS"}, set())
    bridge = "NAMES = (SHIFT_CHANGED,)\nfor n in NAMES:\n    bus.subscribe(n, cb)\n"
    assert uses(bridge, events) == (set(), {"SHIFT_CHANGED"})
    listener = "class L:\n    def on_event_device_status(self, **kw):\n        pass\n"
    assert uses(listener, events) == (set(), {"DEVICE_STATUS"})
