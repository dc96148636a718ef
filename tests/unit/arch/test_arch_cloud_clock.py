"""The cloud reads the time only through its clock (decision 2150): ``CloudContext.clock``, the
wall clock in production and a SettableClock in tests. Reading the wall clock anywhere else
would make a lockout, a token's expiry or a created_at untestable without a sleep."""

from __future__ import annotations

import ast
from pathlib import Path

CLOUD = Path(__file__).resolve().parents[3] / "src" / "alsep_cloud"
#: the one module allowed to read the wall clock
CLOCK = CLOUD / "clock.py"
#: time.monotonic measures a duration, not the time of day: the long poll's deadline (a real
#: wait of the request, decision 1408) and the parent watch's poll use it
WALL_CLOCK_READS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
                    ("time", "time"), ("time", "time_ns"), ("time", "localtime"), ("time", "gmtime")}


def _reads(source: str) -> list[str]:
    """Each wall-clock read of a module's source: ``line: what``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if (name, node.func.attr) in WALL_CLOCK_READS:
                found.append(f"{node.lineno}: {name}.{node.func.attr}()")
        elif isinstance(node, ast.ImportFrom) and node.module == "time":
            found += [f"{node.lineno}: from time import {a.name}" for a in node.names if a.name in ("time", "time_ns")]
    return found


def test_the_cloud_reads_the_time_only_through_its_clock() -> None:
    found = [f"{path.relative_to(CLOUD.parent)}:{hit}" for path in sorted(CLOUD.rglob("*.py")) if path != CLOCK
             for hit in _reads(path.read_text(encoding="utf-8"))]
    assert not found, "read the time through CloudContext.clock (ctx.now()):\n" + "\n".join(found)


def test_the_check_sees_a_wall_clock_read() -> None:
    sample = "import datetime, time\nfrom time import time_ns\nx = datetime.datetime.now()\ny = time.time()\n"
    assert _reads(sample) == ["2: from time import time_ns", "3: datetime.now()", "4: time.time()"]
    assert _reads("import time\nt = time.monotonic()\n") == []
