"""Console script ``alsep-ofd-sandbox``: run the OFD sandbox on a TCP port.

Example: ``alsep-ofd-sandbox --port 7777 --register 1001:12345``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
from pathlib import Path

from alsep_desktop.fiscal.sandbox import persist
from alsep_desktop.fiscal.sandbox.memory import FiscalMemory
from alsep_desktop.fiscal.sandbox.server import OfdSandbox


def _register(text: str) -> tuple[int, int]:
    try:
        device, token = text.split(":", 1)
        return int(device), int(token)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected DEVICE_ID:TOKEN, got {text!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="alsep-ofd-sandbox", description="Local OFD 2.0.3 sandbox server")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7777, help="0 picks a free port")
    p.add_argument("--register", type=_register, action="append", default=[], metavar="ID:TOKEN",
                   help="pre-register a cash register (repeatable)")
    p.add_argument("--auto-register", action="store_true", help="accept unknown device ids")
    p.add_argument("--seed", type=int, default=2031, help="seed for tokens and fiscal signs")
    p.add_argument("--records", help="on SIGTERM/SIGINT write the accepted documents and stats to this JSON file")
    p.add_argument("--state", help="keep the fiscal memory in this file across runs (loaded at start, saved at exit)")
    return p


def write_records(memory: FiscalMemory, path: str) -> None:
    """The sandbox's own fiscal memory, for soak and bench scripts to count from."""
    docs = memory.documents()
    devices = sorted({d.device_id for d in docs})
    data = {
        "documents": [
            {"device_id": d.device_id, "command": d.command, "key": d.key, "fiscal_sign": d.fiscal_sign,
             "offline": d.offline, "total": d.total}
            for d in docs
        ],
        "stats": {str(dev): memory.stats(dev) for dev in devices},
    }
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    memory = (persist.load(Path(args.state)) if args.state else None) or FiscalMemory(
        seed=args.seed, auto_register=args.auto_register
    )
    for device_id, token in args.register:
        if device_id not in memory.devices():
            memory.register(device_id, token)
    sandbox = OfdSandbox(args.host, args.port, memory=memory)

    async def run() -> None:
        await sandbox.open()
        print(f"alsep-ofd-sandbox listening on {sandbox.host}:{sandbox.port}", flush=True)
        assert sandbox._server is not None
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, sandbox._server.close)
        async with sandbox._server:
            with contextlib.suppress(asyncio.CancelledError):
                await sandbox._server.serve_forever()
        if args.records:
            write_records(memory, args.records)
        if args.state:
            persist.save(memory, Path(args.state))

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
