"""A vendor registered in one module (tests/support/vendor_demo.py) is offered everywhere: the
settings page's kind combo (real key events), the settings validation, the factory, the terminal
service's pairing capability and the self-test (decision 2110)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from alsep_desktop.hardware.terminal import vendors
from alsep_desktop.hardware.terminal.factory import terminal_from_settings
from alsep_desktop.services.devices import TerminalSettings
from alsep_desktop.services.selftest import CheckState, SelfTestService
from alsep_desktop.services.terminal.service import TerminalService
from alsep_desktop.ui.devices.terminal_page import TerminalPage
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.qt import Qt
from tests.support.vendor_demo import DEMO_VENDOR, DemoTerminal


@pytest.fixture
def demo_vendor() -> Iterator[vendors.VendorSpec]:
    vendors.register_vendor(DEMO_VENDOR)
    try:
        yield DEMO_VENDOR
    finally:
        vendors.unregister_vendor(DEMO_VENDOR.key)


def test_a_registered_vendor_is_offered_on_the_settings_page(qtbot, demo_vendor) -> None:
    page = TerminalPage(None, OpRunner(), None)
    qtbot.addWidget(page)
    page.show()
    keys = [page.vendor.itemData(i) for i in range(page.vendor.count())]
    assert keys == ["none", "kaspi", "demo_vendor"]  # the fake is registered but not offered
    page.vendor.setFocus()
    qtbot.keyClick(page.vendor, Qt.Key.Key_Down)
    qtbot.keyClick(page.vendor, Qt.Key.Key_Down)
    assert page.vendor.currentData() == "demo_vendor"
    assert page.host.isEnabled() and not page.name.isEnabled()  # the fields its schema names
    qtbot.mouseClick(page.host, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.host, "10.0.0.7")
    assert page.settings().validated().vendor == "demo_vendor"  # the validation accepts its key


def test_a_registered_vendor_is_built_paired_and_self_tested(demo_vendor) -> None:
    driver = terminal_from_settings({"vendor": "demo_vendor", "host": "10.0.0.7"})
    assert isinstance(driver, DemoTerminal) and driver.host == "10.0.0.7"
    assert vendors.spec_of(driver) is demo_vendor
    assert "demo_vendor" in vendors.vendor_keys()
    service = TerminalService.__new__(TerminalService)  # only the pairing question, no store
    service.driver = driver
    assert service.is_kaspi  # the vendor declares a pairing
    check = SelfTestService(None, None, lambda: ("127.0.0.1", 1), terminal=driver).terminal_check()  # type: ignore[arg-type]
    assert check.state is CheckState.OK and check.vendor == "demo_vendor"


def test_without_the_plugin_the_vendor_is_refused_everywhere() -> None:
    with pytest.raises(ValueError, match="demo_vendor"):
        terminal_from_settings({"vendor": "demo_vendor"})
    with pytest.raises(Exception, match="terminal.vendor|one of"):
        TerminalSettings(vendor="demo_vendor").validated()
    with pytest.raises(ValueError, match="already registered"):
        vendors.register_vendor(vendors.VendorSpec(key="kaspi", display_name="x", build=DEMO_VENDOR.build))
