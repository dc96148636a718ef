"""The headless cloud sync's worker loop (the entry point is ``python -m alsep_desktop.app.sync_agent``).

For a PC that runs the sync without the window (a back-office PC mirroring a register, a
service), and for the operator: ``once`` pulls and pushes once and prints the status as JSON;
``mirror`` runs the first mirror printing progress lines; without either it runs until ``stop``
is set, printing one JSON line each time the status changes. The composition root builds the
engine (``app/sync_agent.py``: a worker does not import the composition root, decision 2102).
"""

from __future__ import annotations

import json
import threading

from alsep_desktop.cloud_client.status import CloudStatus
from alsep_desktop.errors import AlsepError
from alsep_desktop.sync.engine import SyncEngine


def _line(status: CloudStatus) -> str:
    return json.dumps({k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in status.__dict__.items()})


def run_agent(engine: SyncEngine, stop: threading.Event, *, mirror: bool = False, once: bool = False) -> int:
    """Run ``engine`` as the agent's options say, printing JSON lines; the exit code."""
    try:
        if mirror:
            engine.first_mirror(lambda done, total: print(json.dumps({"done": done, "total": total}),
                                                          flush=True), threading.Event())
            print(_line(engine.status()), flush=True)
            return 0
        if once:
            engine.sync_now(timeout=60)
            print(_line(engine.status()), flush=True)
            return 0
    except AlsepError as exc:
        print(json.dumps({"error": exc.code, "message": exc.message}), flush=True)
        return 1
    engine.on_change(lambda status: print(_line(status), flush=True))
    engine.start()
    stop.wait()
    return 0
