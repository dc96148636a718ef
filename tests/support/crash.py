"""Crash harness: a child sells; it is SIGKILLed at random moments; the store is checked after each.

The OFD sandbox runs in the harness process, so its fiscal memory survives every kill and
tells whether a document reached the OFD twice or got lost.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.app.demo import DEMO_BIN, DEMO_OFD_SYSTEM_ID, DEMO_OFD_TOKEN
from alsep_desktop.domain.shift import ShiftTotals
from alsep_desktop.fiscal.sandbox import FiscalMemory, OfdSandbox
from alsep_desktop.services.documents import row_deltas
from alsep_desktop.store.models import FiscalOutbox, Receipt, Shift
from tests.support.pos import FAST_ARGON2, receipt_keys

ROOT = Path(__file__).resolve().parents[2]
DEVICE = int(DEMO_OFD_SYSTEM_ID)


@dataclass
class CrashReport:
    kills: int = 0
    receipts: int = 0
    in_ofd: int = 0
    lost: int = 0
    duplicated: int = 0
    problems: list[str] = field(default_factory=list)


def check_store(data_dir: Path, memory: FiscalMemory, *, drained: bool) -> list[str]:
    """Invariants of the store (and, after a full drain, against the OFD's own records)."""
    problems: list[str] = []
    cfg = AppConfig(data_dir=data_dir, argon2=FAST_ARGON2)
    ctx = build_context(cfg)
    try:
        with ctx.uow() as uow:
            s = uow.session
            receipts = s.scalars(select(Receipt)).all()
            entries = Counter(s.scalars(select(FiscalOutbox.doc_uuid).where(FiscalOutbox.doc_type == "ticket")))
            uuids = Counter(r.uuid for r in receipts)
            if entries != uuids:
                problems.append("receipts and outbox entries differ")
            for shift in s.scalars(select(Shift)).all():
                rows = [r for r in receipts if r.shift_id == shift.id]
                numbers = sorted(r.number for r in rows)
                if numbers != list(range(1, len(numbers) + 1)):
                    problems.append(f"shift {shift.number}: numbering has gaps {numbers[:5]}…")
                counters = ShiftTotals.from_counters(uow.shifts.counters(shift.id)).counters
                expected: dict[str, list[int]] = {}
                for r in rows:
                    if r.state == "rejected":
                        continue
                    for k, (c, a, e) in row_deltas(r).items():
                        acc = expected.setdefault(k, [0, 0, 0])
                        acc[0] += c
                        acc[1] += a
                        acc[2] += e
                got = {k: list(v) for k, v in counters.items() if any(v)}
                if got != {k: v for k, v in expected.items() if any(v)}:
                    problems.append(f"shift {shift.number}: counters differ from the receipts")
            ours = set(receipt_keys(uow.session))
        keys = [d.key.removeprefix("ticket:") for d in memory.documents(DEVICE) if d.key.startswith("ticket:")]
        dup = [k for k, n in Counter(keys).items() if n > 1]
        if dup:
            problems.append(f"{len(dup)} documents reached the OFD twice")
        unknown = set(keys) - ours
        if unknown:
            problems.append(f"{len(unknown)} OFD documents unknown to the store")
        if drained and set(keys) != ours:
            problems.append(f"{len(ours - set(keys))} receipts never reached the OFD")
    finally:
        ctx.close()
    return problems


def run(workdir: Path, kills: int, *, seed: int = 1, max_alive: float = 1.2) -> CrashReport:
    rng = random.Random(seed)
    data_dir = workdir / "data"
    memory = FiscalMemory()
    memory.register(DEVICE, int(DEMO_OFD_TOKEN), inn=DEMO_BIN)
    sandbox = OfdSandbox("127.0.0.1", 0, memory=memory, read_timeout=2.0).start()
    report = CrashReport()
    env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    try:
        for i in range(kills):
            child = subprocess.Popen(
                [sys.executable, "-m", "tests.support.crash_child", str(data_dir), str(sandbox.port), str(seed + i)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
            )
            assert child.stdout is not None
            line = child.stdout.readline()
            if not line.startswith("ready"):
                child.kill()
                raise RuntimeError(f"child failed to start: {line}{child.stderr.read() if child.stderr else ''}")
            time.sleep(rng.uniform(0.01, max_alive))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            report.kills += 1
            report.problems += [f"after kill {i + 1}: {p}" for p in check_store(data_dir, memory, drained=False)]
        # restart once more, upload everything, and compare with the OFD's own records
        cfg = AppConfig(data_dir=data_dir, argon2=FAST_ARGON2, ofd_port=sandbox.port, ofd_timeout_s=1.0)
        ctx = build_context(cfg)
        try:
            with ctx.uow(read_only=True) as uow:
                active = uow.org.active_register_ids()
            for register_id in active:  # the last child is dead: this process takes the register over
                ctx.delivery.drain(register_id)
            with ctx.uow() as uow:
                report.receipts = len(uow.session.scalars(select(Receipt.id).where(Receipt.state != "rejected")).all())
        finally:
            ctx.close()
        report.problems += check_store(data_dir, memory, drained=True)
        keys = [d.key for d in memory.documents(DEVICE) if d.key.startswith("ticket:")]
        report.in_ofd = len(set(keys))
        report.duplicated = len(keys) - len(set(keys))
        report.lost = max(0, report.receipts - report.in_ofd)
    finally:
        sandbox.stop()
    return report
