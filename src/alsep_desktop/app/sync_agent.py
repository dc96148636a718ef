"""Headless cloud sync of a data folder: ``python -m alsep_desktop.app.sync_agent``.

The entry point and its wiring (the app's context, this PC's device credential from its secrets
store, bound through the window or the cloud); the worker loop is ``sync/agent.py``. Options:
``--once`` pulls and pushes once and prints the status as JSON; ``--mirror`` runs the first
mirror printing progress lines; without either it runs until SIGTERM/SIGINT. Exit 2 when this PC
is not bound.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.sync.agent import run_agent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="alsep-sync-agent")
    ap.add_argument("--data-dir", type=Path, help="the app's data folder (default: the user's)")
    ap.add_argument("--once", action="store_true", help="pull and push once, print the status, exit")
    ap.add_argument("--mirror", action="store_true", help="run the first mirror with progress, then exit")
    args = ap.parse_args(argv)

    ctx = build_context(AppConfig.load(args.data_dir))
    try:
        engine = ctx.sync
        if engine is None:
            print("this PC is not bound to a cloud register", file=sys.stderr)
            return 2
        stop = threading.Event()
        if not (args.mirror or args.once):
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_: stop.set())
        return run_agent(engine, stop, mirror=args.mirror, once=args.once)
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
