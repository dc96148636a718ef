"""The card terminal service of this PC, built by the composition root (issue 21).

``services/terminal/service.py`` takes its dependencies typed (the unit of work, the clock, the
sale service, the VAT table, the token store); this is where they come from: the app's context,
with the Kaspi tokens in the secrets store (decision 0013).
"""

from __future__ import annotations

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.hardware.terminal.kaspi.tokens import SecretTokenStore
from alsep_desktop.services.terminal.service import TerminalService, start_terminal


def terminal_service(ctx: AppContext) -> TerminalService:
    """The app's terminal service, without a driver yet."""
    return TerminalService(ctx.uow, ctx.clock, ctx.sales, ctx.vat_table, SecretTokenStore(ctx.vault.store))


def open_terminal(ctx: AppContext) -> TerminalService:
    """The app's terminal service with the driver of the saved device settings, and the processes
    the journal left open resumed (decision 0703)."""
    return start_terminal(terminal_service(ctx), ctx.devices.load().terminal)
