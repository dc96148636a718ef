"""Console script ``alsep-ofd-sandbox``: run the OFD sandbox on a TCP port.

Example: ``alsep-ofd-sandbox --port 7777 --register 1001:12345``.
"""

from __future__ import annotations

import argparse
import asyncio

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
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    memory = FiscalMemory(seed=args.seed, auto_register=args.auto_register)
    for device_id, token in args.register:
        memory.register(device_id, token)
    sandbox = OfdSandbox(args.host, args.port, memory=memory)

    async def run() -> None:
        await sandbox.open()
        print(f"alsep-ofd-sandbox listening on {sandbox.host}:{sandbox.port}", flush=True)
        assert sandbox._server is not None
        async with sandbox._server:
            await sandbox._server.serve_forever()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
