"""Cold start to the sale screen ready for input, in a fresh subprocess, beside a bare
QApplication start in the same run. Target (issue 5): < 1.5 s and < 250 MB.

The child imports the app, builds the context on a fresh demo store (created beforehand, so the
schema migration and demo set-up are not counted), shows the window, signs the cashier in and
reports when the barcode field has focus on the sale tab.
Usage: python bench/ui_start.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, emit, median  # noqa: E402

CHILD = r"""
import json, sys, time, resource
t0 = time.perf_counter()
mode, data_dir = sys.argv[1], sys.argv[2]
if mode == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    w = QMainWindow(); w.show(); app.processEvents()
else:
    from pathlib import Path
    from alsep_desktop.app.bootstrap import build_context
    from alsep_desktop.app.config import AppConfig
    from alsep_desktop.ui.app import create_app
    from alsep_desktop.ui.translator import set_language
    from alsep_desktop.ui.main_window import MainWindow
    from alsep_desktop.ui.qt import QApplication
    cfg = AppConfig(data_dir=Path(data_dir), demo=True)  # real argon2id cost for the cashier's login
    ctx = build_context(cfg, migrate_db=False)
    app = create_app()
    set_language(app, "ru")
    w = MainWindow(ctx, run_selftest=False)
    w.show()
    while w.counter.register_id is None:
        app.processEvents(); w.ops.wait(5)
    w.on_login(ctx.auth.login("cashier@demo.kz", "cashier123"))
    app.processEvents()
    assert w.tabs.currentWidget() is w.sale and w.sale.barcode.isVisible()
t1 = time.perf_counter()
print(json.dumps({"seconds": t1 - t0, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def prepare(data_dir: Path) -> None:
    """A fresh demo store bound to this PC (set-up, not measured)."""
    code = (
        "from pathlib import Path\n"
        "from alsep_desktop.app.bootstrap import build_context\n"
        "from alsep_desktop.app.config import AppConfig\n"
        "from alsep_desktop.app.demo import ADMIN, ensure_demo\n"
        f"cfg = AppConfig(data_dir=Path({str(data_dir)!r}))\n"
        "ctx = build_context(cfg); ids = ensure_demo(ctx)\n"
        "ctx.org.bind_device(ctx.auth.login(*ADMIN), ids.register_id, cfg.device_id()); ctx.close()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=_env())


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                PYTHONPATH=str(ROOT / "src"))


def run(mode: str, data_dir: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(data_dir)], check=True, capture_output=True,
                         text=True, env=_env())
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    app_runs, bare_runs = [], []
    for i in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="alsep-ui-start-") as tmp:
            prepare(Path(tmp))
            app_runs.append(run("app", Path(tmp)))
            bare_runs.append(run("bare", Path(tmp)))
        print(f"run {i + 1}: app {app_runs[-1]['seconds']:.3f} s, {app_runs[-1]['rss_mb']:.0f} MB; "
              f"bare {bare_runs[-1]['seconds']:.3f} s", flush=True)
    emit({
        "seconds": round(median([r["seconds"] for r in app_runs]), 3),
        "rss_mb": round(max(r["rss_mb"] for r in app_runs), 1),
        "bare_seconds": round(median([r["seconds"] for r in bare_runs]), 3),
        "runs": args.runs, "target_seconds": 1.5, "target_rss_mb": 250,
    })


if __name__ == "__main__":
    main()
