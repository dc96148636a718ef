"""Crash soak (issue 4): a child process sells against the OFD sandbox and is SIGKILLed at random
moments, 200 times; after each restart the store's invariants are checked, and at the end every
receipt is compared with the sandbox's own records.
Usage: python bench/crash_soak.py [--kills N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit  # noqa: E402

from tests.support.crash import run  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="alsep-crash-") as tmp:
        report = run(Path(tmp), args.kills, seed=args.seed)
    for p in report.problems[:20]:
        print("PROBLEM:", p, flush=True)
    print(f"{report.kills} kills, {report.receipts} receipts, {report.in_ofd} in the OFD, "
          f"{len(report.problems)} problems, {time.perf_counter() - t0:.0f} s", flush=True)
    emit({"kills": report.kills, "receipts": report.receipts, "in_ofd": report.in_ofd, "lost": report.lost,
          "duplicated": report.duplicated, "problems": len(report.problems),
          "ok": not report.problems and report.lost == 0 and report.duplicated == 0})


if __name__ == "__main__":
    main()
