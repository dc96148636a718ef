"""Z report over a shift of 50,000 receipts (issue 4 target: < 200 ms).

The shift is filled in bulk with the same row and counter code the sale path uses (receipts,
lines, payments, running counters), then `close_shift` runs end to end against the OFD sandbox.
Baseline in the same run: a plain SQL GROUP BY scan of the shift's receipts, which the Z report
does not need thanks to the running counters; it is also used to check the Z totals.
The admin check uses the test argon2 parameters; the production ones add one verification
(about 50–100 ms on this machine), still inside the target.
Usage: python bench/z_report.py [--receipts N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from alsep_desktop.domain.basket import Basket  # noqa: E402
from alsep_desktop.domain.payment import Payment, PaymentKind  # noqa: E402
from alsep_desktop.domain.receipt import OperationKind  # noqa: E402
from alsep_desktop.domain.shift import receipt_deltas  # noqa: E402
from alsep_desktop.services.documents import shift_for_document  # noqa: E402
from alsep_desktop.store.models import Payment as PaymentRow  # noqa: E402
from alsep_desktop.store.models import Receipt, ReceiptLine  # noqa: E402
from tests.support.pos import make_pos  # noqa: E402


def fill(pos, n: int) -> None:  # noqa: ANN001
    products = [p for p in pos.ctx.catalog.list_products(pos.register_id) if p.price.tiyn > 0]
    receipts = []
    for k in range(1, 4):
        b = Basket().add(*(p.line() for p in products[:k]))
        receipts.append(b.to_receipt([Payment(PaymentKind.CASH, b.totals().total)]))
    now = pos.clock.now()
    with pos.ctx.uow() as uow:
        shift = shift_for_document(uow, pos.register_id, pos.cashier, now)
        totals: dict[str, list[int]] = {}
        rec_rows, line_rows, pay_rows = [], [], []
        for i in range(1, n + 1):
            r = receipts[i % 3]
            rec_rows.append({"id": i, "uuid": str(uuid.uuid4()), "register_id": pos.register_id, "shift_id": shift.id,
                             "number": i, "operation": "sale", "state": "signed", "total_tiyn": r.total.tiyn,
                             "discount_tiyn": 0, "markup_tiyn": 0, "vat_tiyn": r.totals.vat_total.tiyn,
                             "change_tiyn": 0, "cashier_id": pos.cashier.user_id, "created_at": now, "offline": False,
                             "fiscal_sign": str(10**9 + i)})
            for pos_no, lt in enumerate(r.totals.lines, 1):
                it = lt.item
                line_rows.append({"receipt_id": i, "position": pos_no, "code": it.code, "group_code": it.group_code,
                                  "name": it.name, "unit": it.quantity.unit.value,
                                  "unit_price_tiyn": it.unit_price.tiyn, "quantity_milli": it.quantity.milli,
                                  "discount_tiyn": 0, "markup_tiyn": 0, "total_tiyn": lt.total.tiyn,
                                  "vat_code": it.vat.code, "vat_bp": it.vat.basis_points, "vat_tiyn": lt.vat.tiyn})
            pay_rows.append({"receipt_id": i, "kind": "cash", "amount_tiyn": r.total.tiyn})
            for name, (c, a, e) in receipt_deltas(r).items():
                acc = totals.setdefault(name, [0, 0, 0])
                acc[0] += c
                acc[1] += a
                acc[2] += e
        uow.session.execute(insert(Receipt.__table__), rec_rows)
        uow.session.execute(insert(ReceiptLine.__table__), line_rows)
        uow.session.execute(insert(PaymentRow.__table__), pay_rows)
        uow.shifts.add_counters(shift.id, {k: (v[0], v[1], v[2]) for k, v in totals.items()})
        uow.commit()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--receipts", type=int, default=50_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="alsep-bench-") as tmp:
        pos = make_pos(Path(tmp))
        t0 = time.perf_counter()
        fill(pos, args.receipts)
        print(f"filled a shift with {args.receipts} receipts in {time.perf_counter() - t0:.1f} s", flush=True)
        t0 = time.perf_counter()
        with pos.ctx.uow() as uow:
            scan = uow.session.execute(
                select(func.count(), func.sum(Receipt.total_tiyn)).where(Receipt.register_id == pos.register_id)
            ).one()
        scan_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        z = pos.ctx.shifts.close_shift(pos.cashier, *pos.admin_creds(), pos.register_id).value
        ms = (time.perf_counter() - t0) * 1000
        sale = z.totals.of(OperationKind.SALE)
        assert (sale.count, sale.total.tiyn) == (scan[0], scan[1]), "Z totals differ from the receipts"
        pos.ctx.close()
        pos.sandbox.stop()
    print(f"Z report {ms:.1f} ms (count {sale.count}, total {sale.total.format()}); SQL scan {scan_ms:.1f} ms",
          flush=True)
    emit({"ms": round(ms, 2), "receipts": sale.count, "scan_ms": round(scan_ms, 2), "target_ms": 200,
          "meets_target": ms < 200})


if __name__ == "__main__":
    main()
