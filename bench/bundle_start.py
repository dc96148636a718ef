"""Cold start of the frozen bundle to the sale screen, beside the same start from source in the
same run, and the bundle's size on disk (issue 16). Targets: < 2 s, < 250 MB RSS, bundle < 400 MB.

Each run prepares a fresh demo store bound to this PC (not measured), then starts the program as
a new process with the hidden ``--ready-file`` (written once the first window, the sign-in
screen, is shown) and ``--bench-sign-in`` (decision 1606): the demo cashier's login and password
(environment, never the command line) are typed into the login screen's own fields and its own
sign-in runs through the auth service (one argon2 check); the time is written once the sale
screen is shown and the event loop is idle. ``seconds`` is that time, from the process's start.
Peak RSS is the child's own (``os.wait4``). The first run of each kind is the coldest the page
cache allows without dropping it for the whole machine; the figures are medians.

``--before DIR`` measures another build (the one before a change) in the same loop, run for run
beside the others, and names its figures ``before_*``.

Usage: python bench/bundle_start.py [--runs 3] [--bundle dist/alsep-desktop] [--build] [--before DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, emit, median  # noqa: E402

PREPARE = (
    "import sys\n"
    "from pathlib import Path\n"
    "from alsep_desktop.app.bootstrap import build_context\n"
    "from alsep_desktop.app.config import AppConfig\n"
    "from alsep_desktop.app.demo import ADMIN, ensure_demo\n"
    "cfg = AppConfig(data_dir=Path(sys.argv[1]), secrets='file')\n"
    "ctx = build_context(cfg); ids = ensure_demo(ctx)\n"
    "ctx.org.bind_device(ctx.auth.login(*ADMIN), ids.register_id, cfg.device_id()); ctx.close()\n"
    "cfg.save()\n"
)


def _env(data_dir: Path) -> dict[str, str]:
    from alsep_desktop.app.demo import CASHIER

    return dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                PYTHONPATH=str(ROOT / "src"), ALSEP_DATA_DIR=str(data_dir),
                ALSEP_BENCH_SIGN_IN=f"{CASHIER[0]}:{CASHIER[1]}")


def start(cmd: list[str], data_dir: Path) -> dict:
    ready, sale = data_dir / "ready", data_dir / "sale"
    env = _env(data_dir)
    t0 = time.time()
    # the program closes itself 0.3 s after the sale screen's mark; --quit-after-ms is a cap
    proc = subprocess.Popen([*cmd, "--data-dir", str(data_dir), "--ready-file", str(ready), "--bench-sign-in", str(sale),
                             "--quit-after-ms", "20000"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0 or not ready.exists() or not sale.exists():
        raise SystemExit(f"bundle_start: {cmd[0]} exited {proc.returncode} without its sale screen:\n{err[-2000:]}")
    return {"seconds": float(sale.read_text()) - t0, "window_seconds": float(ready.read_text()) - t0,
            "rss_mb": usage.ru_maxrss / 1024}


def bundle_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--bundle", type=Path, default=ROOT / "dist" / "alsep-desktop")
    ap.add_argument("--build", action="store_true", help="build the bundle first (scripts/bundle.sh)")
    ap.add_argument("--before", type=Path, help="another bundle folder measured in the same runs")
    args = ap.parse_args()
    if args.build:
        subprocess.run(["bash", str(ROOT / "scripts" / "bundle.sh")], check=True)
    exe = args.bundle / "alsep-desktop"
    if not exe.exists():
        raise SystemExit(f"bundle_start: no bundle at {args.bundle}: run `make bundle` (or pass --build)")
    frozen, source, before = [], [], []
    kinds = [("frozen", [str(exe)], frozen), ("source", [sys.executable, "-m", "alsep_desktop"], source)]
    if args.before is not None:
        kinds.append(("before", [str(args.before / "alsep-desktop")], before))
    for i in range(args.runs):
        for kind, cmd, out in kinds:
            with tempfile.TemporaryDirectory(prefix="alsep-bundle-start-") as tmp:
                subprocess.run([sys.executable, "-c", PREPARE, tmp], check=True, env=_env(Path(tmp)))
                out.append(start(cmd, Path(tmp)))
            r = out[-1]
            print(f"run {i + 1} {kind}: sale screen {r['seconds']:.3f} s (sign-in screen {r['window_seconds']:.3f} s), "
                  f"{r['rss_mb']:.0f} MB", flush=True)
    size = bundle_mb(args.bundle)
    print(f"bundle {args.bundle}: {size:.0f} MB", flush=True)
    extra = {}
    if before:
        extra = {"before_seconds": round(median([r["seconds"] for r in before]), 3),
                 "before_seconds_min": round(min(r["seconds"] for r in before), 3),
                 "before_window_seconds": round(median([r["window_seconds"] for r in before]), 3),
                 "before_rss_mb": round(max(r["rss_mb"] for r in before), 1),
                 "before_bundle_mb": round(bundle_mb(args.before), 1)}
    emit({
        "seconds": round(median([r["seconds"] for r in frozen]), 3),
        "rss_mb": round(max(r["rss_mb"] for r in frozen), 1),
        "seconds_min": round(min(r["seconds"] for r in frozen), 3),  # the least disturbed run (shared cores)
        "window_seconds": round(median([r["window_seconds"] for r in frozen]), 3),
        "source_seconds": round(median([r["seconds"] for r in source]), 3),
        "source_window_seconds": round(median([r["window_seconds"] for r in source]), 3),
        "source_rss_mb": round(max(r["rss_mb"] for r in source), 1),
        "bundle_mb": round(size, 1),
        "first_run_seconds": round(frozen[0]["seconds"], 3),
        **extra, "load": round(os.getloadavg()[0], 1), "runs": args.runs, "target_seconds": 2.0, "target_rss_mb": 250, "target_bundle_mb": 400,
    })


if __name__ == "__main__":
    main()
