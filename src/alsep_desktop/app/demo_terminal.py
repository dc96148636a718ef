"""The demo's card terminal (issue 15): the Kaspi terminal emulator over HTTPS on a loopback port,
allowing the integration by itself, and the register's real Kaspi driver against it.

Each run starts a fresh emulator (a new self-signed certificate): the demo forgets the previous
pairing and registers again, which pins the new certificate. The settings saved are what an
administrator would enter for a terminal at 127.0.0.1. The emulator's ledger and processes are kept
in ``kaspi-emulator.state`` beside the OFD sandbox's state (decision 0716), so a payment still under
way when the app stopped is resolved by the next run (the register resumes it from its journal)
instead of ending "lost".
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.services.terminal.service import TerminalService
from alsep_terminal_emulator.state_file import write_state

log = logging.getLogger(__name__)

#: the customer "pays" on the emulated terminal after this many seconds (the waiting dialog shows)
DEMO_PAY_SECONDS = 2.0
STATE_FILE = "kaspi-emulator.state"


class DemoTerminal:
    """The running emulator and its state file: :meth:`stop` saves the state and stops the server."""

    def __init__(self, server: Any, state_file: Path | None) -> None:
        self.server = server
        self.emulator = server.emulator
        self.state_file = state_file
        if state_file is not None:
            self.emulator.on_change = self.save

    @property
    def port(self) -> int:
        return int(self.server.port)

    def save(self) -> None:
        if self.state_file is None:
            return
        write_state(self.emulator, self.state_file)  # never a half-written state

    def stop(self) -> None:
        try:
            self.save()
        except OSError:
            log.exception("the demo terminal's state could not be saved")
        self.server.stop()


def load_emulator_state(emulator: Any, state_file: Path | None) -> bool:
    """The previous run's ledger and processes (not its paired names: this run pairs again)."""
    if state_file is None or not state_file.exists():
        return False
    try:
        emulator.load_state(json.loads(state_file.read_text(encoding="utf-8")), grants=False)
    except (OSError, ValueError, TypeError, KeyError):
        log.exception("the demo terminal's state %s cannot be read; starting empty", state_file)
        return False
    return True


def start_demo_terminal(ctx: AppContext, service: TerminalService, admin: Any, *,
                        state_file: Path | None = None) -> DemoTerminal:
    """Start the emulator (with the previous run's state from ``state_file``, by default
    ``kaspi-emulator.state`` in the data folder), point the device settings at it, register;
    returns it (stop it)."""
    from alsep_terminal_emulator import EmulatorServer, KaspiEmulator, Plan

    state_file = state_file if state_file is not None else Path(ctx.config.data_dir) / STATE_FILE
    emulator = KaspiEmulator(auto_allow=True, default_plan=Plan(delay=DEMO_PAY_SECONDS))
    load_emulator_state(emulator, state_file)
    server = EmulatorServer(emulator).start()
    demo = DemoTerminal(server, state_file)
    settings = ctx.devices.load()
    terminal = replace(settings.terminal, vendor="kaspi", host="127.0.0.1", port=server.port)
    ctx.devices.save(admin, replace(settings, terminal=terminal))
    service.tokens.clear()  # a new emulator, a new certificate: pair again
    service.configure(terminal)
    try:
        service.register(admin)
    except Exception:  # noqa: BLE001 - the demo still runs; the window says the terminal is not paired
        log.exception("the demo terminal could not be registered")
    return demo
