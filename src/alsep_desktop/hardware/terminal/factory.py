"""The payment terminal the settings ask for: none, the scripted fake, or Kaspi Smart POS.

Settings shape (one JSON section, e.g. ``devices.terminal``)::

    {"vendor": "kaspi", "host": "192.168.1.20", "port": 8080, "tls": "pinned",
     "ca_bundle": null, "name": "AlsepDesktop", "owncheque": true}

``vendor``: ``none`` (or missing) | ``fake`` | ``kaspi``. The Kaspi tokens and the pinned
certificate are not settings: they live in the ``TokenStore`` (the app's secrets store).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from alsep_desktop.hardware.protocols import PaymentTerminal
from alsep_desktop.hardware.terminal.kaspi.tokens import TokenStore
from alsep_desktop.hardware.terminal.listeners import TerminalListener

VENDORS = ("none", "fake", "kaspi")


def terminal_from_settings(settings: Mapping[str, Any] | None, *, store: TokenStore | None = None,
                           listener: TerminalListener | None = None,
                           now: Callable[[], datetime] | None = None) -> PaymentTerminal | None:
    """``now``: the app's clock (aware times in the journal); the driver's default is local naive time."""
    vendor = (settings or {}).get("vendor") or "none"
    if vendor == "none":
        return None
    if vendor == "fake":
        from alsep_desktop.hardware.terminal.fake import FakeTerminal

        return FakeTerminal()
    if vendor == "kaspi":
        from alsep_desktop.hardware.terminal.kaspi.client import KaspiConfig
        from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal

        if store is None:
            raise ValueError("the Kaspi terminal needs a token store")
        extra = {"now": now} if now is not None else {}
        return KaspiTerminal(KaspiConfig.from_settings(settings or {}), store, listener=listener, **extra)
    raise ValueError(f"unknown terminal vendor {vendor!r} (expected one of {', '.join(VENDORS)})")
