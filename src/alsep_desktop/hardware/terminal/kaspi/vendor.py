"""Kaspi Smart POS as a terminal vendor (decision 2110): settings, pairing, driver factory.

The driver and its HTTP/TLS libraries load only when a driver is built or asked about.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from alsep_desktop.hardware.protocols import PaymentTerminal
from alsep_desktop.hardware.terminal.listeners import RegistrationPrompt
from alsep_desktop.hardware.terminal.vendor_spec import (
    BuildContext,
    Pairing,
    SettingField,
    VendorSpec,
)
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP


def _build(settings: Mapping[str, Any], ctx: BuildContext) -> PaymentTerminal:
    from alsep_desktop.hardware.terminal.kaspi.client import KaspiConfig
    from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal

    if ctx.store is None:
        raise ValueError("the Kaspi terminal needs a token store")
    extra = {"now": ctx.now} if ctx.now is not None else {}
    return KaspiTerminal(KaspiConfig.from_settings(settings), ctx.store, listener=ctx.listener, **extra)


def _owns(driver: object) -> bool:
    from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal

    return isinstance(driver, KaspiTerminal)


def _register(driver: Any, prompt: RegistrationPrompt | None) -> object:
    return driver.register(prompt)


def _registered(driver: Any) -> bool:
    return bool(driver.registered())


KASPI_VENDOR = VendorSpec(
    key="kaspi",
    display_name=QT_TRANSLATE_NOOP("TerminalPage", "Kaspi POS (local network)"),
    build=_build,
    settings=(
        SettingField("host", "text", required=True),
        SettingField("port", "int", required=True, minimum=1, maximum=65535),
        SettingField("tls", "choice", choices=("pinned", "verified")),
        SettingField("ca_bundle", "path"),
        SettingField("name", "text", required=True),
    ),
    pairing=Pairing(register=_register, registered=_registered),
    owns=_owns,
)
