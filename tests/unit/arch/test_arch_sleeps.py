"""No sleep-then-assert in the tests (issue 21, decision 2151): a test waits for its condition with
a bound (``tests.support.waiting.wait_until``, ``qtbot.waitUntil``) instead of sleeping a fixed
time and asserting. Caught: a ``sleep(...)`` (or ``qtbot.wait(ms)``) statement followed, in the
same block, by an ``assert`` with nothing but assignments between
(``time.sleep(1); st = status(); assert st``)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[2]
#: sleeps that are the thing under test, each with its reason in a comment at the sleep
ALLOWED = {
    # an absence over a time window: a payment the lost start had reached would show within it
    ("integration/terminal/test_kaspi_faults.py", "test_start_lost_before_the_terminal_acted"),
}


def _is_sleep(stmt: ast.stmt) -> bool:
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
        return False
    func = stmt.value.func
    if isinstance(func, ast.Name):
        return func.id == "sleep"
    if not isinstance(func, ast.Attribute):
        return False
    owner = func.value.id if isinstance(func.value, ast.Name) else ""
    # Qt's fixed waits are sleeps too: qtbot.wait(ms), QTest.qWait(ms) (qtbot.waitUntil is the bound wait)
    return func.attr == "sleep" or (owner, func.attr) in {("qtbot", "wait"), ("QTest", "qWait")}


def _blocks(node: ast.AST) -> list[list[ast.stmt]]:
    return [block for name in ("body", "orelse", "finalbody")
            if isinstance(block := getattr(node, name, None), list) and block and isinstance(block[0], ast.stmt)]


def sleeps_then_asserts(source: str) -> list[tuple[int, str]]:
    """(line of the sleep, the enclosing function) for each sleep-then-assert in ``source``."""
    found: list[tuple[int, str]] = []

    def walk(node: ast.AST, function: str) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = node.name
        for block in _blocks(node):
            for i, stmt in enumerate(block):
                if not _is_sleep(stmt):
                    continue
                for after in block[i + 1:]:
                    if isinstance(after, ast.Assert):
                        found.append((stmt.lineno, function))
                        break
                    if not isinstance(after, ast.Assign | ast.AnnAssign):
                        break
        for child in ast.iter_child_nodes(node):
            walk(child, function)

    walk(ast.parse(source), "")
    return found


def test_no_test_sleeps_then_asserts() -> None:
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        rel = path.relative_to(TESTS).as_posix()
        for line, function in sleeps_then_asserts(path.read_text(encoding="utf-8")):
            if (rel, function) not in ALLOWED:
                found.append(f"tests/{rel}:{line} ({function})")
    assert not found, ("wait for the condition with a bound (tests.support.waiting.wait_until, qtbot.waitUntil) "
                       "instead of sleeping, or allow the sleep here with its reason:\n" + "\n".join(found))


def test_every_allowed_sleep_is_still_there() -> None:
    """A sleep removed from the allow-list's test leaves no stale entry behind."""
    for rel, function in ALLOWED:
        hits = sleeps_then_asserts((TESTS / rel).read_text(encoding="utf-8"))
        assert function in {f for _line, f in hits}, (rel, function)


def test_the_check_sees_a_sleep_then_assert() -> None:
    sample = (
        "import time\n"
        "def test_a():\n"
        "    time.sleep(1)\n"
        "    assert True\n"
        "def test_b():\n"
        "    if x:\n"
        "        sleep(0.5)\n"
        "        st = status()\n"
        "        assert st\n"
        "def test_c():\n"
        "    time.sleep(1)\n"
        "    kill()\n"
        "    assert True\n"
        "def test_d(qtbot):\n"
        "    qtbot.wait(50)\n"
        "    assert True\n"
        "    qtbot.waitUntil(ok)\n"
        "    assert True\n"
        "def wait():\n"
        "    while not done():\n"
        "        time.sleep(0.01)\n"
        "    assert done()\n"
    )
    assert sleeps_then_asserts(sample) == [(3, "test_a"), (7, "test_b"), (15, "test_d")]
