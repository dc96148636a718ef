"""The demo's card terminal (issue 15): the Kaspi terminal emulator over HTTPS on a loopback port,
allowing the integration by itself, and the register's real Kaspi driver against it.

Each run starts a fresh emulator (a new self-signed certificate): the demo forgets the previous
pairing and registers again, which pins the new certificate. The settings saved are what an
administrator would enter for a terminal at 127.0.0.1.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.services.terminal_service import TerminalService

log = logging.getLogger(__name__)

#: the customer "pays" on the emulated terminal after this many seconds (the waiting dialog shows)
DEMO_PAY_SECONDS = 2.0


def start_demo_terminal(ctx: AppContext, service: TerminalService, admin: Any) -> Any:
    """Start the emulator, point the device settings at it, register; returns the server (stop it)."""
    from alsep_terminal_emulator import EmulatorServer, KaspiEmulator, Plan

    server = EmulatorServer(KaspiEmulator(auto_allow=True, default_plan=Plan(delay=DEMO_PAY_SECONDS))).start()
    settings = ctx.devices.load()
    terminal = replace(settings.terminal, vendor="kaspi", host="127.0.0.1", port=server.port)
    ctx.devices.save(admin, replace(settings, terminal=terminal))
    service.tokens.clear()  # a new emulator, a new certificate: pair again
    service.configure(terminal)
    try:
        service.register(admin)
    except Exception:  # noqa: BLE001 - the demo still runs; the window says the terminal is not paired
        log.exception("the demo terminal could not be registered")
    return server
