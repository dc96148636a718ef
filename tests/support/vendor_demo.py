"""A throw-away card-terminal vendor, all in this one module (decision 2110): a test registers
``DEMO_VENDOR`` through ``vendors.register_vendor`` and finds it offered everywhere."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from alsep_desktop.hardware.terminal.fake import FakeTerminal
from alsep_desktop.hardware.terminal.vendors import BuildContext, Pairing, SettingField, VendorSpec
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP


class DemoTerminal(FakeTerminal):
    def __init__(self, host: str) -> None:
        super().__init__()
        self.host, self.paired = host, False


def _build(settings: Mapping[str, Any], ctx: BuildContext) -> DemoTerminal:
    return DemoTerminal(str(settings.get("host") or ""))


def _register(driver: Any, prompt: Any) -> object:
    driver.paired = True
    return driver.host


DEMO_VENDOR = VendorSpec(
    key="demo_vendor",
    display_name=QT_TRANSLATE_NOOP("TerminalPage", "Terminal"),  # an existing message: no new .ts entry
    build=_build,
    settings=(SettingField("host", "text", required=True),),
    pairing=Pairing(register=_register, registered=lambda d: bool(d.paired)),
    owns=lambda d: isinstance(d, DemoTerminal),
)
