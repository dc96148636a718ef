"""Fault soak (issue 4): 10,000 sales while the OFD sandbox injects random faults; the uploader
drains in between. Figures are counted from the sandbox's own records.
Usage: python bench/fault_soak.py [--sales N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit  # noqa: E402

from alsep_desktop.fiscal.sandbox.faults import Fault, FaultKind  # noqa: E402
from tests.support.pos import DEVICE, make_pos, receipt_keys  # noqa: E402

KINDS = [FaultKind.DROP_BEFORE_READ, FaultKind.DROP_AFTER_READ, FaultKind.DROP_AFTER_PROCESS, FaultKind.GARBAGE,
         FaultKind.PARTIAL, FaultKind.BAD_PAYLOAD]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sales", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="alsep-bench-") as tmp:
        pos = make_pos(Path(tmp))
        switches = 0
        online = True
        for i in range(args.sales):
            if rng.random() < 0.05:
                pos.sandbox.clear_faults()
                pos.sandbox.inject(Fault(rng.choice(KINDS), times=rng.randint(1, 4)))
            pos.sell(rng.choice(["4870001000029", "4870001000012", "4870001000067"]))
            if i % 10 == 0:
                pos.ctx.delivery.drain(pos.register_id)
            now_online = pos.ctx.shifts.status(pos.register_id).fiscal.online
            switches += now_online != online
            online = now_online
        pos.sandbox.clear_faults()
        pos.ctx.delivery.drain(pos.register_id)
        with pos.ctx.uow() as uow:
            ours = set(receipt_keys(uow.session))
        keys = [d.key.removeprefix("ticket:") for d in pos.memory.documents(DEVICE) if d.key.startswith("ticket:")]
        pos.ctx.close()
        pos.sandbox.stop()
    counts = Counter(keys)
    duplicated = sum(n - 1 for n in counts.values())
    lost = len(ours - set(counts))
    unknown = len(set(counts) - ours)
    print(f"{args.sales} sales, {switches} online/offline switches, {len(counts)} in the OFD, "
          f"{time.perf_counter() - t0:.0f} s", flush=True)
    emit({"sales": args.sales, "uploaded": len(counts), "lost": lost, "duplicated": duplicated, "unknown": unknown,
          "switches": switches, "ok": lost == 0 and duplicated == 0 and unknown == 0 and switches > 0})


if __name__ == "__main__":
    main()
