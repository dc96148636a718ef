"""Console script ``alsep-terminal-emulator``: a Kaspi Smart POS terminal on a local HTTPS port.

Example: ``alsep-terminal-emulator --port 8080 --auto-allow --state kaspi-state.json``.
Without ``--auto-allow`` a registration waits until ``allow NAME`` is typed (the «Разрешить»
button). Type ``help`` for the other commands (plans, faults, ledger, certificate rotation).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from datetime import timedelta
from pathlib import Path

from alsep_terminal_emulator.core import KaspiEmulator
from alsep_terminal_emulator.faults import Fault, Plan
from alsep_terminal_emulator.server import EmulatorServer
from alsep_terminal_emulator.state_file import write_state

HELP = """commands:
  allow NAME                      press «Разрешить» for a waiting registration
  forbid NAME                     press «Запретить»: the name's tokens stop working
  plan OUTCOME [METHOD] [DELAY]   next process: success|fail|unknown, card|qr, seconds in wait
  fault KIND [PATH] [WHEN] [SECONDS] [TIMES]   drop|delay|garbage, e.g. fault drop /v2/status after
  expire                          expire every access token (the next call gets 401)
  rotate                          present a new certificate (a pinned register must refuse it)
  restart                         forget all processes (101), keep the ledger
  ledger                          print the money taken and given back
  quit"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="alsep-terminal-emulator", description="Kaspi Smart POS terminal emulator (HTTPS)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    p.add_argument("--auto-allow", action="store_true", help="allow every registration at once")
    p.add_argument("--state", help="keep the ledger and the allowed names in this JSON file")
    p.add_argument("--ca-out", help="write the emulator's CA certificate here (host-name TLS mode)")
    p.add_argument("--name", action="append", default=[], help="extra DNS name for the certificate")
    p.add_argument("--ip", action="append", default=[], help="IP address for the certificate")
    p.add_argument("--token-lifetime", type=float, default=24 * 3600, help="seconds (default 24 h)")
    p.add_argument("--delay", type=float, default=3.0, help="seconds a process waits for the customer")
    p.add_argument("--method", choices=("card", "qr"), default="card")
    p.add_argument("--actualize-interval", type=float, default=10.0)
    p.add_argument("--register-wait", type=float, default=120.0, help="seconds a registration waits for allow")
    return p


def command(emulator: KaspiEmulator, server: EmulatorServer, line: str) -> str | None:
    """Run one console command; returns the text to print (``None``: quit)."""
    parts = line.split()
    if not parts:
        return ""
    cmd, args = parts[0].lower(), parts[1:]
    try:
        if cmd in ("quit", "exit"):
            return None
        if cmd == "allow" and args:
            return "allowed" if emulator.grants.allow(args[0]) else f"no registration of {args[0]} is waiting"
        if cmd == "forbid" and args:
            return "forbidden" if emulator.grants.forbid(args[0]) else f"{args[0]} is not allowed"
        if cmd == "plan" and args:
            plan = Plan(outcome=args[0], method=args[1] if len(args) > 1 else "card",
                        delay=float(args[2]) if len(args) > 2 else emulator.default_plan.delay)
            emulator.plan(plan)
            return f"planned {plan}"
        if cmd == "fault" and args:
            fault = Fault(args[0], path=args[1] if len(args) > 1 and args[1] != "*" else None,
                          when=args[2] if len(args) > 2 else "before",
                          seconds=float(args[3]) if len(args) > 3 else 5.0, times=int(args[4]) if len(args) > 4 else 1)
            emulator.inject(fault)
            return f"injected {fault}"
        if cmd == "expire":
            emulator.grants.expire_access()
            return "access tokens expired"
        if cmd == "rotate":
            return f"new certificate sha256 {server.rotate_certificate()}"
        if cmd == "restart":
            emulator.restart()
            return "processes forgotten"
        if cmd == "ledger":
            ledger = emulator.ledger_now()
            rows = [
                f"  {e.kind:7} {e.method:4} {e.transaction_id:>12} {e.amount:>10} ₸  {e.at}" for e in ledger.entries()
            ]
            return "\n".join([*rows, f"taken {ledger.taken()} ₸, given back {ledger.given_back()} ₸"])
    except ValueError as exc:
        return f"error: {exc}"
    return HELP


def _announce_registrations(emulator: KaspiEmulator, stop: threading.Event) -> None:
    seen: set[str] = set()
    with emulator.grants.asked:
        while not stop.is_set():
            emulator.grants.asked.wait(0.5)
            waiting = set(emulator.grants._asking)  # noqa: SLF001 - same package
            for name in sorted(waiting - seen):
                print(f"registration request from «{name}»: type 'allow {name}' to press «Разрешить»", flush=True)
            seen = waiting


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    emulator = KaspiEmulator(auto_allow=args.auto_allow, token_lifetime=timedelta(seconds=args.token_lifetime),
                             register_wait=args.register_wait, actualize_interval=args.actualize_interval,
                             default_plan=Plan(delay=args.delay, method=args.method))
    if args.state and Path(args.state).exists():
        emulator.load_state(json.loads(Path(args.state).read_text(encoding="utf-8")))
    if args.state:
        emulator.on_change = lambda: write_state(emulator, args.state)
    server = EmulatorServer(emulator, args.host, args.port, names=("*.kaspipos.kz", *args.name), ips=tuple(args.ip))
    if args.ca_out:
        Path(args.ca_out).write_bytes(server.certs.ca_pem)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    server.start()
    print(f"alsep-terminal-emulator listening on https://{args.host}:{server.port} "
          f"(certificate sha256 {server.fingerprint})", flush=True)
    threading.Thread(target=_announce_registrations, args=(emulator, stop), daemon=True).start()

    def console() -> None:
        for line in sys.stdin:
            out = command(emulator, server, line)
            if out is None:
                break
            if out:
                print(out, flush=True)
        else:
            return  # end of input (e.g. run by a script): keep serving until a signal
        stop.set()

    threading.Thread(target=console, daemon=True).start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
        if args.state:
            write_state(emulator, args.state)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
