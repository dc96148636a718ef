"""The payment terminal the settings ask for, built by the vendor the registry names (decision 2110).

Settings shape (one JSON section, e.g. ``devices.terminal``)::

    {"vendor": "kaspi", "host": "192.168.1.20", "port": 8080, "tls": "pinned",
     "ca_bundle": null, "name": "AlsepDesktop", "owncheque": true}

``vendor``: ``none`` (or missing) or a key of ``vendors.vendors()`` (``kaspi``, ``fake``, …).
The Kaspi tokens and the pinned certificate are not settings: they live in the ``TokenStore``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from alsep_desktop.hardware.protocols import PaymentTerminal
from alsep_desktop.hardware.terminal.kaspi.tokens import TokenStore
from alsep_desktop.hardware.terminal.listeners import TerminalListener
from alsep_desktop.hardware.terminal.vendor_spec import BuildContext
from alsep_desktop.hardware.terminal.vendors import NONE, get_vendor, vendor_keys


def terminal_from_settings(settings: Mapping[str, Any] | None, *, store: TokenStore | None = None,
                           listener: TerminalListener | None = None,
                           now: Callable[[], datetime] | None = None) -> PaymentTerminal | None:
    """``now``: the app's clock (aware times in the journal); the driver's default is local naive time."""
    key = (settings or {}).get("vendor") or NONE
    if key == NONE:
        return None
    spec = get_vendor(key)
    if spec is None:
        raise ValueError(f"unknown terminal vendor {key!r} (expected one of {', '.join(vendor_keys())})")
    return spec.build(settings or {}, BuildContext(store=store, listener=listener, now=now))
