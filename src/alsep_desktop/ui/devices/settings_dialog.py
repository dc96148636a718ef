"""Device settings dialog: printer (with a test print), e-mailed receipts (with a test e-mail),
scanners. Saving goes through :class:`DeviceService` (admin only; the service checks it).

Device calls run through :class:`OpRunner` off the GUI thread; results and errors come back
as translated sentences in the labels next to the buttons.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from alsep_desktop.domain.roles import Principal, Role
from alsep_desktop.hardware.printer.config import KINDS
from alsep_desktop.hardware.protocols import PrinterStatus
from alsep_desktop.services.devices import (
    PAPER_WIDTHS,
    SMTP_SECURITY,
    DeviceService,
    DeviceSettings,
    PrinterSettings,
    SmtpSettings,
    profiles_for,
)
from alsep_desktop.ui.devices.common import describe_error
from alsep_desktop.ui.devices.scanner_bridge import ScannerBridge
from alsep_desktop.ui.devices.scanner_page import ScannerPage
from alsep_desktop.ui.devices.terminal_page import TerminalPage
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)

_DEVICE_KINDS = ("serial", "file", "pdf")


class DeviceSettingsDialog(QDialog):
    saved = Signal(object)  # DeviceSettings

    def __init__(self, devices: DeviceService, ops: OpRunner, actor: Principal | None, *,
                 app_bridge: ScannerBridge | None = None, parent: QWidget | None = None,
                 terminal: object | None = None) -> None:
        super().__init__(parent)
        self.devices, self.ops, self.actor, self.app_bridge = devices, ops, actor, app_bridge
        self.pending = 0
        self._saved_ok = False
        self.settings = devices.load()
        self.setWindowTitle(translate("DeviceSettingsDialog", "Devices"))
        # the dialog tests scanners on its own bridge; the app's one lets go of the COM port meanwhile
        self.test_bridge = ScannerBridge(settings=self.settings, parent=self,
                                         drivers=app_bridge.drivers if app_bridge is not None else None)
        if app_bridge is not None:
            app_bridge.stop_serial()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._printer_tab(), translate("DeviceSettingsDialog", "Printer"))
        self.tabs.addTab(self._email_tab(), translate("DeviceSettingsDialog", "E-mail"))
        self.scanners = ScannerPage(self.test_bridge, self)
        self.tabs.addTab(self.scanners, translate("DeviceSettingsDialog", "Scanners"))
        # the card terminal (issue 15); its actions need the app's terminal service
        self.terminal_page = TerminalPage(terminal if hasattr(terminal, "journal") else None, ops, actor, self)
        self.tabs.addTab(self.terminal_page, translate("DeviceSettingsDialog", "Terminal"))
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(translate("DeviceSettingsDialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(translate("DeviceSettingsDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        if actor is None or actor.role is not Role.ADMIN:
            self.save_button.setEnabled(False)
            self.error.setText(translate("DeviceSettingsDialog", "Only an administrator can change device settings."))
        self.scanners.refresh_ports.clicked.connect(self.refresh_ports)
        self.load(self.settings)
        self.refresh_ports()

    # -- tabs ---------------------------------------------------------------------------
    def _printer_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.no_printer = QCheckBox(translate("DeviceSettingsDialog", "Work without a printer (receipts by e-mail or on screen)"), page)
        self.paper = QComboBox(page)
        for mm in PAPER_WIDTHS:
            self.paper.addItem(translate("DeviceSettingsDialog", "%1 mm").replace("%1", str(mm)), mm)
        self.kind = QComboBox(page)
        kind_names = {"usb": translate("DeviceSettingsDialog", "USB"), "serial": translate("DeviceSettingsDialog", "COM port"), "network": translate("DeviceSettingsDialog", "Network (LAN)"),
                      "file": translate("DeviceSettingsDialog", "Device file"), "pdf": translate("DeviceSettingsDialog", "PDF files"), "fake": translate("DeviceSettingsDialog", "Demo (no device)")}
        for k in KINDS:
            self.kind.addItem(kind_names.get(k, k), k)
        self.profile = QComboBox(page)
        self.host = QLineEdit(page)
        self.port = QSpinBox(page)
        self.port.setRange(1, 65535)
        self.device = QLineEdit(page)
        self.device.setPlaceholderText(translate("DeviceSettingsDialog", "/dev/usb/lp0, COM3 or a folder for PDF files"))
        self.baud = QSpinBox(page)
        self.baud.setRange(1200, 921600)
        self.usb_ids = QLineEdit(page)
        self.usb_ids.setPlaceholderText("04b8:0e15")
        self.test_button = QPushButton(translate("DeviceSettingsDialog", "Test print"), page)
        self.test_result = QLabel("", page)
        self.test_result.setWordWrap(True)
        form.addRow(self.no_printer)
        form.addRow(translate("DeviceSettingsDialog", "Paper width"), self.paper)
        form.addRow(translate("DeviceSettingsDialog", "Connection"), self.kind)
        form.addRow(translate("DeviceSettingsDialog", "Printer model"), self.profile)
        form.addRow(translate("DeviceSettingsDialog", "Printer address"), self.host)
        form.addRow(translate("DeviceSettingsDialog", "TCP port"), self.port)
        form.addRow(translate("DeviceSettingsDialog", "Port or path"), self.device)
        form.addRow(translate("DeviceSettingsDialog", "Speed"), self.baud)
        form.addRow(translate("DeviceSettingsDialog", "USB vendor:product"), self.usb_ids)
        form.addRow(self.test_button, self.test_result)
        self.paper.currentIndexChanged.connect(self._fill_profiles)
        self.kind.currentIndexChanged.connect(self._update_enabled)
        self.no_printer.toggled.connect(self._update_enabled)
        self.test_button.clicked.connect(self.test_print)
        return page

    def _email_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.smtp_host = QLineEdit(page)
        self.smtp_port = QSpinBox(page)
        self.smtp_port.setRange(1, 65535)
        self.smtp_user = QLineEdit(page)
        self.smtp_password = QLineEdit(page)
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_sender = QLineEdit(page)
        self.smtp_security = QComboBox(page)
        names = {"none": translate("DeviceSettingsDialog", "None"), "starttls": "STARTTLS", "ssl": "SSL/TLS"}
        for s in SMTP_SECURITY:
            self.smtp_security.addItem(names[s], s)
        self.test_to = QLineEdit(page)
        self.test_to.setPlaceholderText("name@example.kz")
        self.email_button = QPushButton(translate("DeviceSettingsDialog", "Send test e-mail"), page)
        self.email_result = QLabel("", page)
        self.email_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.test_to, 1)
        row.addWidget(self.email_button)
        form.addRow(translate("DeviceSettingsDialog", "SMTP server"), self.smtp_host)
        form.addRow(translate("DeviceSettingsDialog", "Port"), self.smtp_port)
        form.addRow(translate("DeviceSettingsDialog", "Login"), self.smtp_user)
        form.addRow(translate("DeviceSettingsDialog", "Password"), self.smtp_password)
        form.addRow(translate("DeviceSettingsDialog", "Sender address"), self.smtp_sender)
        form.addRow(translate("DeviceSettingsDialog", "Encryption"), self.smtp_security)
        form.addRow(translate("DeviceSettingsDialog", "Test address"), row)
        form.addRow(self.email_result)
        self.email_button.clicked.connect(self.send_test_email)
        return page

    # -- form values --------------------------------------------------------------------
    def load(self, s: DeviceSettings) -> None:
        p = s.printer
        self.no_printer.setChecked(p.no_printer)
        _select(self.paper, p.paper_mm)
        self._fill_profiles()
        _select(self.profile, p.profile)
        _select(self.kind, p.kind)
        self.host.setText(p.host)
        self.port.setValue(p.port)
        self.device.setText(p.device)
        self.baud.setValue(p.baudrate)
        self.usb_ids.setText(f"{p.usb_vendor:04x}:{p.usb_product:04x}" if p.usb_vendor else "")
        m = s.smtp
        self.smtp_host.setText(m.host)
        self.smtp_port.setValue(m.port)
        self.smtp_user.setText(m.user)
        self.smtp_password.setText(m.password)
        self.smtp_sender.setText(m.sender)
        _select(self.smtp_security, m.security)
        self.scanners.load(s.wedge, s.serial_scanner, s.camera)
        self.terminal_page.load(s.terminal)
        self._update_enabled()

    def printer_settings(self) -> PrinterSettings:
        vendor, _, product = self.usb_ids.text().strip().partition(":")
        return replace(
            self.settings.printer, no_printer=self.no_printer.isChecked(), paper_mm=int(self.paper.currentData()),
            kind=str(self.kind.currentData()), profile=str(self.profile.currentData() or ""),
            host=self.host.text().strip(), port=self.port.value(), device=self.device.text().strip(),
            baudrate=self.baud.value(), usb_vendor=_hex(vendor), usb_product=_hex(product),
        )

    def smtp_settings(self) -> SmtpSettings:
        return replace(self.settings.smtp, host=self.smtp_host.text().strip(), port=self.smtp_port.value(),
                       user=self.smtp_user.text().strip(), password=self.smtp_password.text(),
                       sender=self.smtp_sender.text().strip(), security=str(self.smtp_security.currentData()))

    def form_settings(self) -> DeviceSettings:
        return DeviceSettings(printer=self.printer_settings(), smtp=self.smtp_settings(),
                              serial_scanner=self.scanners.serial(), camera=self.scanners.camera(),
                              wedge=self.scanners.wedge(), terminal=self.terminal_page.settings())

    def _fill_profiles(self) -> None:
        current = self.profile.currentData()
        self.profile.clear()
        for key, name in profiles_for(int(self.paper.currentData())):
            self.profile.addItem(name, key)
        _select(self.profile, current)

    def _update_enabled(self) -> None:
        on = not self.no_printer.isChecked()
        kind = self.kind.currentData()
        for w in (self.paper, self.kind, self.profile, self.test_button):
            w.setEnabled(on)
        self.host.setEnabled(on and kind == "network")
        self.port.setEnabled(on and kind == "network")
        self.device.setEnabled(on and kind in _DEVICE_KINDS)
        self.baud.setEnabled(on and kind == "serial")
        self.usb_ids.setEnabled(on and kind == "usb")

    # -- actions ------------------------------------------------------------------------
    def _run(self, fn: Any, ok: Any, label: QLabel) -> None:
        self.pending += 1

        def success(value: Any) -> None:
            self.pending -= 1
            ok(value)

        def failure(exc: Exception) -> None:
            self.pending -= 1
            label.setText(describe_error(exc))

        self.ops.run(fn, success, failure)

    def refresh_ports(self) -> None:
        self._run(self.devices.list_serial_ports, self.scanners.set_ports, self.error)

    def test_print(self) -> None:
        p = self.printer_settings()
        self.test_result.setText(translate("DeviceSettingsDialog", "Printing…"))
        self._run(lambda: self.devices.test_print(p), self._printed, self.test_result)

    def _printed(self, status: PrinterStatus) -> None:
        text = translate("DeviceSettingsDialog", "The test page was sent to the printer.")
        if status.known and status.paper_near_end:
            text += " " + translate("DeviceSettingsDialog", "The paper is running out.")
        self.test_result.setText(text)

    def send_test_email(self) -> None:
        smtp, to = self.smtp_settings(), self.test_to.text().strip()
        self.email_result.setText(translate("DeviceSettingsDialog", "Sending…"))
        self._run(lambda: self.devices.send_test_email(smtp, to),
                  lambda _: self.email_result.setText(translate("DeviceSettingsDialog", "The test e-mail was sent.")), self.email_result)

    def save(self) -> None:
        wanted = self.form_settings()
        self.error.setText("")
        self._run(lambda: self.devices.save(self.actor, wanted), self._saved, self.error)

    def _saved(self, settings: DeviceSettings) -> None:
        self.settings = settings
        service = self.terminal_page.service
        if service is not None:  # the register uses the saved terminal from now on
            try:
                service.configure(settings.terminal)
            except Exception as exc:  # noqa: BLE001 - saved; the page says why the terminal cannot be used
                self.error.setText(describe_error(exc))
        self._saved_ok = True
        self.saved.emit(settings)
        self.accept()

    def done(self, result: int) -> None:
        self.scanners.stop_tests()
        if not self._saved_ok:
            self.terminal_page.restore()
        if self.app_bridge is not None:  # saved: the new settings; cancelled: what it ran before
            self.app_bridge.reload(self.settings if self._saved_ok else self.app_bridge.settings)
        super().done(result)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _hex(text: str) -> int:
    try:
        return int(text.strip(), 16) if text.strip() else 0
    except ValueError:
        return 0
