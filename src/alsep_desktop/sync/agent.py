"""Headless cloud sync of a data folder: ``python -m alsep_desktop.sync.agent``.

For a PC that runs the sync without the window (a back-office PC mirroring a register, a
service), and for the operator: ``--once`` pulls and pushes once and prints the status as JSON;
``--mirror`` runs the first mirror printing progress lines; without either it runs until
SIGTERM/SIGINT, printing one JSON line each time the status changes. The device credential
comes from this PC's secrets store (bound through the window or the cloud); exit 2 when none.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path

from alsep_desktop.cloud_client.status import CloudStatus
from alsep_desktop.errors import AlsepError


def _line(status: CloudStatus) -> str:
    return json.dumps({k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in status.__dict__.items()})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="alsep-sync-agent")
    ap.add_argument("--data-dir", type=Path, help="the app's data folder (default: the user's)")
    ap.add_argument("--once", action="store_true", help="pull and push once, print the status, exit")
    ap.add_argument("--mirror", action="store_true", help="run the first mirror with progress, then exit")
    args = ap.parse_args(argv)

    from alsep_desktop.app.bootstrap import build_context
    from alsep_desktop.app.config import AppConfig

    ctx = build_context(AppConfig.load(args.data_dir))
    try:
        engine = ctx.sync
        if engine is None:
            print("this PC is not bound to a cloud register", file=sys.stderr)
            return 2
        try:
            if args.mirror:
                engine.first_mirror(lambda done, total: print(json.dumps({"done": done, "total": total}),
                                                              flush=True), threading.Event())
                print(_line(engine.status()), flush=True)
                return 0
            if args.once:
                engine.sync_now(timeout=60)
                print(_line(engine.status()), flush=True)
                return 0
        except AlsepError as exc:
            print(json.dumps({"error": exc.code, "message": exc.message}), flush=True)
            return 1
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        engine.on_change(lambda status: print(_line(status), flush=True))
        engine.start()
        stop.wait()
        return 0
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
