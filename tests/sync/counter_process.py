"""One counter in its own process: a desktop store (SQLite file), its sync engine, the OFD
sandbox in-process, and real sales through the services. Driven by JSON lines on stdin; each
answer is one JSON line on stdout (``{"ok": …}`` or ``{"error": code, "message": …}``).

    python -m tests.sync.counter_process --data-dir D --cloud-url U --register R
    (the device credential comes in the environment: ALSEP_TEST_DEVICE_CREDENTIAL)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import traceback
from pathlib import Path
from typing import Any

from sqlalchemy import select


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--cloud-url", required=True)
    ap.add_argument("--register", required=True)
    ap.add_argument("--page-size", type=int, default=1000)
    ap.add_argument("--interval", type=float, default=0.3)
    args = ap.parse_args()

    from alsep_desktop.app.bootstrap import build_context
    from alsep_desktop.app.config import AppConfig, Argon2Settings
    from alsep_desktop.cloud_client.credentials import DeviceCredential
    from alsep_desktop.cloud_client.http import CloudHttp
    from alsep_desktop.sync.engine import SyncEngine

    data = Path(args.data_dir)
    cfg = AppConfig(data_dir=data, db_url=f"sqlite:///{data / 'store.sqlite'}", secrets="file",
                    argon2=Argon2Settings(time_cost=1, memory_cost=1024, parallelism=1), ofd_timeout_s=1.0,
                    ofd_transaction_s=5.0)
    ctx = build_context(cfg)
    cred = DeviceCredential(args.cloud_url, args.register, os.environ["ALSEP_TEST_DEVICE_CREDENTIAL"])
    engine = SyncEngine(ctx.uow, ctx.clock, cred, http=CloudHttp(args.cloud_url, connect_timeout=2, read_timeout=5),
                        interval=args.interval, max_backoff=1.0, page_size=args.page_size, long_poll=2.0)
    ctx.sync = engine
    state: dict[str, Any] = {"ctx": ctx, "engine": engine, "sandbox": None, "cashier": None}
    print(json.dumps({"ok": "ready", "pid": os.getpid()}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        cmd = json.loads(line)
        try:
            out = _handle(state, cmd)
            print(json.dumps({"ok": out}, default=str), flush=True)
        except Exception as exc:  # answer the test, keep serving
            code = getattr(exc, "code", type(exc).__name__)
            print(json.dumps({"error": code, "message": str(exc), "trace": traceback.format_exc()}), flush=True)
        if cmd.get("op") == "exit":
            break
    engine.stop()
    if state["sandbox"] is not None:
        state["sandbox"].stop()
    ctx.close()


def _local_register(ctx) -> Any:  # noqa: ANN001
    from alsep_desktop.store.models import Register

    with ctx.uow(read_only=True) as w:
        st = w.sync.state()
        assert st is not None and st.register_id is not None
        reg = w.session.get(Register, st.register_id)
        assert reg is not None
        token = w.secret(reg.ofd_token_ref)
        return reg.id, reg.ofd_system_id, token, reg.company_id


def _handle(state: dict[str, Any], cmd: dict[str, Any]) -> Any:  # noqa: C901 - a small command table
    from alsep_desktop.domain.basket import Basket
    from alsep_desktop.domain.money import Money
    from alsep_desktop.domain.payment import Payment, PaymentKind
    from alsep_desktop.store.models import Company, Product, User
    from alsep_desktop.store.models.sync import CloudPush

    ctx, engine = state["ctx"], state["engine"]
    op = cmd["op"]
    if op == "sync":
        engine.sync_now(timeout=cmd.get("timeout", 20))
        return engine.status().waiting
    if op == "mirror":
        seen: list[tuple[int, int]] = []
        engine.first_mirror(lambda d, t: seen.append((d, t)), threading.Event())
        return seen
    if op == "start":
        engine.start()
        return True
    if op == "stop_engine":
        engine.stop()
        return True
    if op == "status":
        st = engine.status()
        return {"online": st.online, "waiting": st.waiting, "error_code": st.error_code,
                "last_synced_at": st.last_synced_at.isoformat() if st.last_synced_at else None}
    if op == "products":
        with ctx.uow(read_only=True) as w:
            return {p.uuid: [p.code, p.price_tiyn, p.barcode] for p in w.session.scalars(select(Product))}
    if op == "users":
        with ctx.uow(read_only=True) as w:
            return {u.email: {"blocked": u.blocked, "uuid": u.uuid} for u in w.session.scalars(select(User))}
    if op == "queue":
        with ctx.uow(read_only=True) as w:
            return [[q.key, q.state, q.attempts] for q in w.session.scalars(select(CloudPush).order_by(CloudPush.id))]
    if op == "ofd":
        from alsep_desktop.fiscal.sandbox import FiscalMemory, OfdSandbox

        reg_id, system_id, token, company_id = _local_register(ctx)
        with ctx.uow(read_only=True) as w:
            company = w.session.get(Company, company_id)
            inn = company.iin_bin if company else "000000000000"
        memory = FiscalMemory()
        memory.register(int(system_id), int(token), inn=inn)
        sandbox = OfdSandbox("127.0.0.1", 0, memory=memory, read_timeout=2.0).start()
        ctx.config.ofd_host, ctx.config.ofd_port = "127.0.0.1", sandbox.port
        ctx.delivery.forget_channels()
        ctx.claim_register(reg_id)
        state["sandbox"], state["register_id"] = sandbox, reg_id
        return sandbox.port
    if op == "ofd_down":
        state["sandbox"].stop()
        return True
    if op == "login":
        state["cashier"] = ctx.auth.login(cmd["email"], cmd["password"])
        return state["cashier"].email
    if op == "sell":
        reg_id = state["register_id"]
        basket = Basket()
        for code in cmd["barcodes"]:
            hit = ctx.catalog.find_by_barcode(reg_id, code)
            if hit is None:
                raise LookupError(f"barcode {code} not in the mirror")
            basket = basket.add(hit.line())
        total = basket.totals().total
        res = ctx.sales.sell(state["cashier"], reg_id, basket, [Payment(PaymentKind.CASH, total)]).value
        return {"uuid": res.uuid, "offline": res.offline, "total": res.total.tiyn, "sign": res.fiscal_sign}
    if op == "refund":
        res = ctx.sales.refund(state["cashier"], cmd["admin_email"], cmd["admin_password"], state["register_id"],
                               cmd["sign"]).value
        return {"uuid": res.uuid, "offline": res.offline}
    if op == "deposit":
        res = ctx.shifts.deposit(state["cashier"], state["register_id"], Money(int(cmd["tiyn"]))).value
        return {"uuid": res.uuid}
    if op == "close_shift":
        ctx.shifts.close_shift(state["cashier"], cmd["admin_email"], cmd["admin_password"], state["register_id"])
        return True
    if op == "exit":
        return True
    raise ValueError(f"unknown op {op}")


if __name__ == "__main__":
    main()
