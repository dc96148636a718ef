"""A register process for the multi-process tests: start, claim a register, sell, report as JSON.

Usage: python -m tests.support.register_child DATA_DIR DB_URL OFD_PORT REGISTER_ID SALES MODE
MODE is ``claim`` (the app's rule: one register, one process) or ``nolock`` (the lock bypassed, to
show that numbering and shift opening stay safe even then). Prints "ready", waits for "go" on
stdin, then prints one JSON line with what happened, and waits for "exit" before it closes (so a
process that sells keeps its register until every other process has tried).
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.app.demo import CASHIER
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.errors import AlsepError
from tests.support.pos import FAST_ARGON2


def main() -> None:
    data_dir, url, port, register_id, sales, mode = sys.argv[1:7]
    cfg = AppConfig(data_dir=Path(data_dir), db_url=url, argon2=FAST_ARGON2, ofd_port=int(port), secrets="file",
                    ofd_timeout_s=2.0, ofd_transaction_s=2.0)
    ctx = build_context(cfg, migrate_db=False)
    out: dict = {"register": int(register_id), "sold": 0, "errors": [], "refused": None}
    try:
        if mode == "nolock":  # what a careless second program would do: no claim at all
            ctx.sales._locks = ctx.shifts._locks = ctx.delivery._locks = None  # noqa: SLF001
        cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
        print("ready", flush=True)
        sys.stdin.readline()  # "go": every process starts at once
        try:
            if mode == "claim":
                ctx.claim_register(int(register_id))  # what the app does at start
        except AlsepError as error:
            out["refused"] = error.code
        else:
            started = time.perf_counter()
            for i in range(int(sales)):
                try:
                    ctx.sales.quick_sale(cashier, int(register_id), Money(100_00 + i), PaymentKind.CASH)
                    out["sold"] += 1
                except AlsepError as error:  # a sentence for the cashier
                    out["errors"].append(error.code)
                except Exception as error:  # raw: what must never reach the cashier
                    out["errors"].append(f"raw {type(error).__name__}: {error}"[:300])
            out["seconds"] = round(time.perf_counter() - started, 3)
        print(json.dumps(out), flush=True)
        sys.stdin.readline()  # "exit"
    except Exception:
        print(json.dumps({**out, "crashed": traceback.format_exc()[-2000:]}), flush=True)
    finally:
        ctx.close()


if __name__ == "__main__":
    main()
