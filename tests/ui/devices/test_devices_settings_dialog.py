"""The device settings dialog: load/save through the service, test print into a file, test e-mail,
scanner tests on the dialog's own bridge, cashier refused."""

from __future__ import annotations

import os
import tty

import pytest

from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo
from alsep_desktop.hardware.printer.decode import decode
from alsep_desktop.hardware.profiles import get_profile
from alsep_desktop.services.devices import DeviceService, DeviceSettings, SerialScannerSettings
from alsep_desktop.ui.devices.scanner_bridge import ScannerBridge
from alsep_desktop.ui.devices.settings_dialog import DeviceSettingsDialog
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.qt import QLineEdit
from tests.support.smtp import local_smtp

CODE = "0104600439931256215Ab+Cx7\x1d93dGVz"


@pytest.fixture
def env(qtbot, sqlite_ctx):
    ensure_demo(sqlite_ctx)
    devices = DeviceService(sqlite_ctx.uow, sqlite_ctx.clock)
    ops = OpRunner()
    yield sqlite_ctx, devices, ops
    ops.wait()
    devices.close()


def _open(qtbot, env, actor, **kw) -> DeviceSettingsDialog:  # noqa: ANN001
    ctx, devices, ops = env
    dialog = DeviceSettingsDialog(devices, ops, actor, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pending == 0, timeout=5000)
    return dialog


def _settle(qtbot, dialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: dialog.pending == 0, timeout=10_000)


def _file_printer(dialog, path) -> None:  # noqa: ANN001
    dialog.no_printer.setChecked(False)
    dialog.paper.setCurrentIndex(dialog.paper.findData(58))
    dialog.kind.setCurrentIndex(dialog.kind.findData("file"))
    dialog.profile.setCurrentIndex(dialog.profile.findData("epson-tm-t20ii-58"))
    dialog.device.setText(str(path))


def test_profiles_follow_the_paper_width(qtbot, env) -> None:
    dialog = _open(qtbot, env, env[0].auth.login(*ADMIN))
    dialog.no_printer.setChecked(False)
    dialog.paper.setCurrentIndex(dialog.paper.findData(58))
    keys58 = {dialog.profile.itemData(i) for i in range(dialog.profile.count())}
    dialog.paper.setCurrentIndex(dialog.paper.findData(80))
    keys80 = {dialog.profile.itemData(i) for i in range(dialog.profile.count())}
    assert "generic-58" in keys58 and "generic-58" not in keys80 and "epson-tm-t88v" in keys80
    dialog.kind.setCurrentIndex(dialog.kind.findData("network"))
    assert dialog.host.isEnabled() and not dialog.device.isEnabled()
    dialog.no_printer.setChecked(True)
    assert not dialog.host.isEnabled() and not dialog.test_button.isEnabled()
    assert dialog.smtp_password.echoMode() == QLineEdit.EchoMode.Password


def test_test_print_into_a_file_then_save_and_reload(qtbot, env, tmp_path) -> None:
    ctx, devices, _ = env
    dialog = _open(qtbot, env, ctx.auth.login(*ADMIN))
    out = tmp_path / "lp0.bin"
    _file_printer(dialog, out)
    dialog.test_button.click()
    _settle(qtbot, dialog)
    assert dialog.test_result.text() == "The test page was sent to the printer."
    p = get_profile("epson-tm-t20ii-58")
    text = "\n".join(decode(out.read_bytes(), {c.number: c.codec for c in p.code_pages}, p.columns).lines())
    assert "ТЕСТОВАЯ ПЕЧАТЬ" in text and "ӘҒҚҢӨҰҮҺІ" in text.replace(" ", "")
    dialog.smtp_host.setText("smtp.example.kz")
    dialog.smtp_password.setText("pw-123")
    dialog.scanners.serial_enabled.setChecked(True)
    dialog.scanners.serial_port.setEditText("/dev/ttyUSB7")
    dialog.scanners.serial_speed.setCurrentIndex(dialog.scanners.serial_speed.findData(115200))
    dialog.scanners.wedge_gap.setValue(60)
    dialog.scanners.camera_file.setText("/tmp/demo.avi")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = devices.load()
    assert stored.printer.kind == "file" and stored.printer.paper_mm == 58 and not stored.printer.no_printer
    assert stored.printer.device == str(out) and stored.smtp.password == "pw-123"
    assert stored.serial_scanner == SerialScannerSettings(True, "/dev/ttyUSB7", 115200, "CR")
    assert stored.wedge.max_gap_ms == 60 and stored.camera.source == "/tmp/demo.avi"
    again = _open(qtbot, env, ctx.auth.login(*ADMIN))
    assert again.form_settings() == stored
    assert again.device.text() == str(out) and again.profile.currentData() == "epson-tm-t20ii-58"


def test_invalid_settings_show_a_sentence_and_nothing_is_saved(qtbot, env) -> None:
    ctx, devices, _ = env
    dialog = _open(qtbot, env, ctx.auth.login(*ADMIN))
    dialog.no_printer.setChecked(False)
    dialog.kind.setCurrentIndex(dialog.kind.findData("network"))
    dialog.host.setText("")
    dialog.save_button.click()
    _settle(qtbot, dialog)
    assert "Printer address" in dialog.error.text() and dialog.isVisible()
    assert devices.load() == DeviceSettings()


def test_cashier_cannot_save(qtbot, env) -> None:
    ctx, devices, _ = env
    dialog = _open(qtbot, env, ctx.auth.login(CASHIER[0], CASHIER[1]))
    assert not dialog.save_button.isEnabled()
    assert "administrator" in dialog.error.text()
    dialog.no_printer.setChecked(False)
    dialog.save()  # even if called anyway, the service refuses
    _settle(qtbot, dialog)
    assert "admin" in dialog.error.text() and devices.load() == DeviceSettings()


def test_test_email_button(qtbot, env) -> None:
    with local_smtp() as (controller, inbox):
        port = controller.port
        dialog = _open(qtbot, env, env[0].auth.login(*ADMIN))
        dialog.smtp_host.setText("127.0.0.1")
        dialog.smtp_port.setValue(port)
        dialog.smtp_security.setCurrentIndex(dialog.smtp_security.findData("none"))
        dialog.smtp_sender.setText("kassa@alsep.kz")
        dialog.test_to.setText("owner@example.kz")
        dialog.email_button.click()
        _settle(qtbot, dialog)
        assert dialog.email_result.text() == "The test e-mail was sent."
        assert [m["To"] for m in inbox.messages] == ["owner@example.kz"]
        dialog.test_to.setText("not-an-address")
        dialog.email_button.click()
        _settle(qtbot, dialog)
        assert dialog.email_result.text() == "Could not send the receipt by e-mail."
        assert len(inbox.messages) == 1


def test_serial_listen_shows_the_last_scan_and_the_app_bridge_lets_go(qtbot, env, tmp_path) -> None:
    ctx, devices, _ = env
    master, slave = os.openpty()
    tty.setraw(slave)
    link = str(tmp_path / "ttyScanner")
    os.symlink(os.ttyname(slave), link)
    app_bridge = ScannerBridge(settings=DeviceSettings(serial_scanner=SerialScannerSettings(True, link)))
    states: list[tuple[str, str]] = []
    app_bridge.state_changed.connect(lambda s, st: states.append((s, st)))
    app_bridge.install()
    try:
        qtbot.waitUntil(lambda: ("serial", "connected") in states, timeout=5000)
        dialog = _open(qtbot, env, ctx.auth.login(*ADMIN), app_bridge=app_bridge)
        assert states[-1] == ("serial", "stopped")  # the dialog took the port over
        page = dialog.scanners
        page.serial_port.setEditText(link)
        page.serial_test.setChecked(True)
        qtbot.waitUntil(lambda: dialog.test_bridge._serial is not None
                        and dialog.test_bridge._serial.state.value == "connected", timeout=5000)
        os.write(master, CODE.encode("latin-1") + b"\r")
        qtbot.waitUntil(lambda: "<GS>" in page.last_scan.text(), timeout=5000)
        assert page.last_scan.text() == "Last scan (COM port): 0104600439931256215Ab+Cx7<GS>93dGVz"
        dialog.reject()
        assert dialog.test_bridge._serial is None
        qtbot.waitUntil(lambda: states[-1] == ("serial", "connected"), timeout=5000)  # the app's scanner is back
    finally:
        app_bridge.uninstall()
        os.close(master)
        os.close(slave)


def test_dialog_speaks_russian_and_kazakh(qtbot, env, qapp) -> None:
    from alsep_desktop.ui.translator import set_language

    set_language(qapp, "ru")
    ru = _open(qtbot, env, env[0].auth.login(CASHIER[0], CASHIER[1]))
    assert ru.windowTitle() == "Оборудование" and ru.tabs.tabText(2) == "Сканеры"
    assert ru.error.text() == "Изменять настройки оборудования может только администратор."
    set_language(qapp, "kk")
    kk = _open(qtbot, env, env[0].auth.login(*ADMIN))
    assert kk.windowTitle() == "Құрылғылар" and kk.scanners.camera_test.text() == "Камерамен сканерлеу"
