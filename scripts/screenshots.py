"""Screenshots of each cashier screen, offscreen on a temporary demo store.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots]
Saves login, sale with a basket, payment dialog, returns, reports and the admin tab as PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from alsep_desktop.app.bootstrap import build_context  # noqa: E402
from alsep_desktop.app.config import AppConfig, Argon2Settings  # noqa: E402
from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo, start_demo_sandbox  # noqa: E402
from alsep_desktop.hardware.printer.fake import FakePrinter  # noqa: E402
from alsep_desktop.services.printing import PrintingService  # noqa: E402
from alsep_desktop.ui.app import create_app  # noqa: E402
from alsep_desktop.ui.main_window import MainWindow  # noqa: E402
from alsep_desktop.ui.qt import QApplication  # noqa: E402
from alsep_desktop.ui.translator import set_language  # noqa: E402


def settle(window: MainWindow, cond=lambda: True, timeout: float = 10.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        window.ops.wait(50)
        if cond():
            break
    for _ in range(5):
        QApplication.processEvents()


def shoot(widget, path: Path) -> None:  # noqa: ANN001
    widget.grab().save(str(path))
    print(f"saved {path}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--lang", default="ru")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    set_language(app, args.lang)
    with tempfile.TemporaryDirectory(prefix="alsep-shots-") as tmp:
        cfg = AppConfig(data_dir=Path(tmp), argon2=Argon2Settings(time_cost=1, memory_cost=1024, parallelism=1),
                        demo=True, ofd_timeout_s=2.0)
        ctx = build_context(cfg)
        ids = ensure_demo(ctx)
        sandbox = start_demo_sandbox(ctx)
        admin = ctx.auth.login(*ADMIN)
        ctx.org.bind_device(admin, ids.register_id, cfg.device_id())
        printing = PrintingService(ctx.uow, ctx.clock, ctx.vat_table, printer=FakePrinter())
        w = MainWindow(ctx, printing=printing, run_selftest=False)
        w.resize(1280, 800)
        w.show()
        settle(w, lambda: w.counter.register_id is not None)
        shoot(w, args.out / "01-login.png")
        w.login.email.setText(CASHIER[0])
        w.login.password.setText(CASHIER[1])
        w.login.login()
        settle(w, lambda: w.counter.cashier is not None)
        for code in ("4870001000029", "4870001000067", "2999999999992", "4870001000081"):
            w.on_scanned(code)
        w.sale.kkm.amount.setText("1500")
        settle(w, lambda: w.status.last is not None)
        shoot(w, args.out / "02-sale.png")
        w.sale.pay()
        dlg = w.sale.dialog
        dlg.set_mode(2)
        dlg.received.setText("2000")
        settle(w)
        shoot(dlg, args.out / "03-payment.png")
        dlg.confirm()
        settle(w, lambda: getattr(w.sale, "last_result", None) is not None)
        w.show_tab(w.returns)
        w.returns.sign.setText(w.sale.last_result.fiscal_sign or "")
        w.returns.find()
        settle(w, lambda: w.returns.table.rowCount() > 0)
        shoot(w, args.out / "04-returns.png")
        w.show_tab(w.shift)
        w.shift.x_report()
        settle(w, lambda: bool(w.shift.view.toPlainText()))
        shoot(w, args.out / "05-reports.png")
        w.show_tab(w.receipts)
        settle(w, lambda: w.receipts.table.rowCount() > 0)
        shoot(w, args.out / "06-receipts.png")
        w.help.toggle()
        settle(w)
        shoot(w, args.out / "07-help.png")
        w.help.toggle()
        w.switch_cashier()
        w.login.email.setText(ADMIN[0])
        w.login.password.setText(ADMIN[1])
        w.login.login()
        settle(w, lambda: w.login.dialog is not None and w.login.dialog.isVisible())
        w.login.dialog.reject()
        settle(w, lambda: w.admin_tab is not None)
        w.show_tab(w.admin_tab)
        settle(w, timeout=2.0)
        shoot(w, args.out / "08-admin.png")
        w.open_selftest()
        settle(w, lambda: len(w.dialog.results) == 4)
        shoot(w.dialog, args.out / "09-selftest.png")
        w.dialog.accept()
        w.close()
        ctx.close()
        sandbox.stop()


if __name__ == "__main__":
    main()
