"""The Terminal page of the device settings against the Kaspi emulator over HTTPS (pytest-qt, real
mouse and key events): register, the 1 ₸ test payment refunded at once, a changed certificate
shown and trusted, the settings saved."""

from __future__ import annotations

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.hardware.terminal.kaspi.tokens import SecretTokenStore
from alsep_desktop.services.terminal.service import TerminalService
from alsep_desktop.ui.devices.settings_dialog import DeviceSettingsDialog
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.qt import QApplication, Qt
from alsep_desktop.ui.translator import set_language
from alsep_terminal_emulator import EmulatorServer, KaspiEmulator, Plan
from tests.support.pos import make_pos


def test_register_test_payment_certificate_and_save(qtbot, tmp_path) -> None:
    set_language(QApplication.instance(), "ru")
    emulator = KaspiEmulator(auto_allow=True, default_plan=Plan(delay=0.1))
    server = EmulatorServer(emulator).start()
    pos = make_pos(tmp_path)
    svc = TerminalService(pos.ctx.uow, pos.clock, pos.ctx.sales, pos.ctx.vat_table, SecretTokenStore(pos.ctx.vault.store))
    svc.configure(pos.ctx.devices.load().terminal)
    assert svc.driver is None  # a fresh install has no terminal
    admin = pos.ctx.auth.login(*ADMIN)
    ops = OpRunner()
    dialog = DeviceSettingsDialog(pos.ctx.devices, ops, admin, terminal=svc)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        page = dialog.terminal_page
        dialog.tabs.setCurrentWidget(page)
        page.vendor.setFocus()
        qtbot.keyClick(page.vendor, Qt.Key.Key_Down)  # «Kaspi POS»
        assert page.vendor.currentData() == "kaspi"
        qtbot.mouseClick(page.host, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.host, "127.0.0.1")
        page.port.setFocus()
        qtbot.keyClick(page.port, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(page.port, str(server.port))
        assert page.port.value() == server.port
        qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: svc.driver is not None and svc.driver.registered, timeout=15_000)
        ops.wait(15_000)
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(emulator.ledger_now().refunds()) == 1, timeout=20_000)
        ledger = emulator.ledger_now()
        assert [e.amount for e in ledger.payments()] == [1] and [e.amount for e in ledger.refunds()] == [1]
        ops.wait(15_000)
        # the terminal now presents another certificate: nothing is sent, the dialog says so
        server.rotate_certificate()
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: getattr(page, "certificate_dialog", None) is not None, timeout=15_000)
        cert = page.certificate_dialog
        assert cert.isVisible()
        qtbot.mouseClick(cert.trust_button, Qt.MouseButton.LeftButton)
        ops.wait(15_000)
        QApplication.processEvents()
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "31452963" in page.result.text(), timeout=15_000)  # the emulator's terminal id
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
        saved = pos.ctx.devices.load().terminal
        assert (saved.vendor, saved.host, saved.port, saved.fiscalization) == ("kaspi", "127.0.0.1", server.port, True)
    finally:
        ops.wait(15_000)
        svc.close()
        pos.ctx.close()
        pos.stop_ofd()
        server.stop()


def test_allow_dialog_then_a_name_already_allowed_gets_the_way_out(qtbot, tmp_path) -> None:
    set_language(QApplication.instance(), "ru")
    emulator = KaspiEmulator(auto_allow=False, register_wait=10.0)
    server = EmulatorServer(emulator).start()
    pos = make_pos(tmp_path)
    svc = TerminalService(pos.ctx.uow, pos.clock, pos.ctx.sales, pos.ctx.vat_table, SecretTokenStore(pos.ctx.vault.store))
    admin = pos.ctx.auth.login(*ADMIN)
    ops = OpRunner()
    dialog = DeviceSettingsDialog(pos.ctx.devices, ops, admin, terminal=svc)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        page = dialog.terminal_page
        dialog.tabs.setCurrentWidget(page)
        page.vendor.setCurrentIndex(page.vendor.findData("kaspi"))
        qtbot.mouseClick(page.host, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.host, "127.0.0.1")
        page.port.setValue(server.port)
        qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
        # the cashier is told to press «Разрешить» on the terminal
        qtbot.waitUntil(lambda: page.prompt.dialog is not None and page.prompt.dialog.isVisible(), timeout=10_000)
        assert "«Разрешить»" in page.prompt.dialog.label.text() and "AlsepDesktop" in page.prompt.dialog.label.text()
        qtbot.waitUntil(lambda: "AlsepDesktop" in emulator.grants.waiting(), timeout=10_000)
        emulator.grants.allow("AlsepDesktop")  # someone pressed it on the terminal
        qtbot.waitUntil(lambda: page.prompt.dialog is None and svc.driver.registered, timeout=10_000)
        ops.wait(10_000)
        # the pairing is lost on this PC (new PC, store wiped): registering the same name again is refused
        svc.tokens.clear()
        qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "«Запретить»" in page.result.text(), timeout=15_000)
        assert "Защита интеграции" in page.result.text()
    finally:
        ops.wait(15_000)
        svc.close()
        pos.ctx.close()
        pos.stop_ofd()
        server.stop()
