"""The Terminal page of the device settings: kind (Kaspi POS or none), host (an IP address, whose
certificate is pinned at registration, or a *.kaspipos.kz name), integration name, «ФИСКАЛИЗАЦИЯ»,
the seed's same-day cancel rule, and the actions: register (again), test payment of 1 ₸ with its
automatic refund, check (device info), update keys. A changed certificate opens its dialog."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from alsep_desktop.hardware.terminal.vendors import NONE, VENDOR_NAMES, get_vendor, offered_vendors
from alsep_desktop.services.devices import TerminalSettings
from alsep_desktop.ui.devices.common import describe_error
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.ops import terminal as terminal_ops
from alsep_desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.terminal.dialogs import CertificateDialog, QtRegistrationPrompt

# the vendors' names are QT_TRANSLATE_NOOP markers in hardware/terminal (lupdate reads them there)
_translate_marker = translate


class TerminalPage(QWidget):
    def __init__(self, service: Any, ops: OpRunner, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.ops, self.actor = service, ops, actor
        self.loaded = TerminalSettings()
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.vendor = QComboBox(self)
        self.vendor.setObjectName("terminal_vendor")
        self.vendor.addItem(_translate_marker("TerminalPage", VENDOR_NAMES[NONE]), NONE)
        for spec in offered_vendors():  # the registry's list (decision 2110)
            self.vendor.addItem(_translate_marker("TerminalPage", spec.display_name), spec.key)
        self.vendor.currentIndexChanged.connect(lambda *_: self._update_enabled())
        form.addRow(translate("TerminalPage", "Terminal"), self.vendor)
        self.host = QLineEdit(self)
        self.host.setObjectName("terminal_host")
        self.host.setPlaceholderText(translate("TerminalPage", "192.168.1.20 or name.kaspipos.kz"))
        form.addRow(translate("TerminalPage", "Address"), self.host)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        form.addRow(translate("TerminalPage", "Port"), self.port)
        self.name = QLineEdit(self)
        self.name.setObjectName("terminal_name")
        form.addRow(translate("TerminalPage", "Integration name"), self.name)
        self.fiscalization = QCheckBox(translate("TerminalPage", "«ФИСКАЛИЗАЦИЯ»: a card payment and its fiscal receipt "
                                                 "are one operation"), self)
        self.fiscalization.setObjectName("terminal_fiscalization")
        form.addRow("", self.fiscalization)
        self.cancel_until = QLineEdit(self)
        self.cancel_until.setObjectName("terminal_cancel_until")
        self.cancel_until.setPlaceholderText(translate("TerminalPage", "empty: refunds at any time (Kaspi)"))
        form.addRow(translate("TerminalPage", "Same-day cancel until (HH:MM)"), self.cancel_until)
        lay.addLayout(form)
        self.tls_note = QLabel(self)
        self.tls_note.setWordWrap(True)
        lay.addWidget(self.tls_note)
        row = QHBoxLayout()
        self.register_button = QPushButton(translate("TerminalPage", "Register on the terminal"), self)
        self.register_button.setObjectName("terminal_register")
        self.register_button.clicked.connect(self.register)
        self.test_button = QPushButton(translate("TerminalPage", "Test payment of 1 ₸"), self)
        self.test_button.setObjectName("terminal_test_payment")
        self.test_button.clicked.connect(self.test_payment)
        self.check_button = QPushButton(translate("TerminalPage", "Check"), self)
        self.check_button.clicked.connect(self.check)
        self.keys_button = QPushButton(translate("TerminalPage", "Update keys"), self)
        self.keys_button.clicked.connect(self.update_keys)
        for b in (self.register_button, self.test_button, self.check_button, self.keys_button):
            row.addWidget(b)
        lay.addLayout(row)
        self.result = QLabel("", self)
        self.result.setObjectName("terminal_result")
        self.result.setWordWrap(True)
        lay.addWidget(self.result)
        lay.addStretch(1)

    # -- values -----------------------------------------------------------------------------
    def load(self, s: TerminalSettings) -> None:
        self.loaded = s
        self.vendor.setCurrentIndex(max(0, self.vendor.findData(s.vendor)))
        self.host.setText(s.host)
        self.port.setValue(s.port)
        self.name.setText(s.name)
        self.fiscalization.setChecked(s.fiscalization)
        self.cancel_until.setText(s.cancel_until)
        self._update_enabled()

    def settings(self) -> TerminalSettings:
        return replace(self.loaded, vendor=str(self.vendor.currentData()), host=self.host.text().strip(),
                       port=self.port.value(), name=self.name.text().strip(),
                       fiscalization=self.fiscalization.isChecked(), cancel_until=self.cancel_until.text().strip())

    def _update_enabled(self) -> None:
        spec = get_vendor(str(self.vendor.currentData()))
        fields = {f.key for f in spec.settings} if spec is not None else set()
        for w, key in ((self.host, "host"), (self.port, "port"), (self.name, "name")):
            w.setEnabled(key in fields)
        for w in (self.cancel_until, self.fiscalization):
            w.setEnabled(spec is not None)
        usable = spec is not None and self.service is not None
        self.register_button.setEnabled(usable and spec is not None and spec.pairing is not None)
        for b in (self.test_button, self.check_button, self.keys_button):
            b.setEnabled(usable)
        kaspi = "tls" in fields
        self.tls_note.setText(translate(
            "TerminalPage", "By IP address the terminal's certificate is remembered at registration and checked on "
            "every call; by a *.kaspipos.kz name it is verified like a web site's.") if kaspi else "")

    # -- actions -------------------------------------------------------------------------------
    def _apply_form(self) -> None:
        """The actions use what the form says (saving keeps it; cancelling restores the saved one)."""
        wanted = self.settings().validated()
        if wanted != getattr(self, "_applied", None):
            self.service.configure(wanted)
            self._applied = wanted

    def _run(self, fn: Any, ok: Any, busy: str) -> None:
        self.result.setText(busy)

        def work() -> Any:
            self._apply_form()
            return fn()

        self.ops.run(work, ok, self._failed)

    def register(self) -> None:
        svc, actor = self.service, self.actor
        self.prompt = QtRegistrationPrompt(svc.cancel_wait, self)
        self._run(partial(svc.register, actor, self.prompt),
                  lambda _p: self.result.setText(translate("TerminalPage", "The register is allowed on the terminal.")),
                  translate("TerminalPage", "Registering…"))

    def test_payment(self) -> None:
        svc, actor = self.service, self.actor
        self._run(partial(svc.test_payment, actor),
                  lambda _t: self.result.setText(translate("TerminalPage", "1 ₸ was paid and refunded: the terminal works.")),
                  translate("TerminalPage", "Pay 1 ₸ on the terminal; it is refunded at once…"))

    def check(self) -> None:
        svc = self.service
        self._run(svc.device_info, lambda info: self.result.setText(
            translate("TerminalPage", "The terminal answers: terminal %1, serial number %2.")
            .replace("%1", info.terminal_id or "—").replace("%2", info.serial_number or "—")),
            translate("TerminalPage", "Asking the terminal…"))

    def update_keys(self) -> None:
        self._run(self.service.update_keys, lambda _r: None, "")

    def _failed(self, exc: Exception) -> None:
        self.result.setText(describe_error(exc))
        if getattr(exc, "code", "") == "terminal.unavailable.certificate_changed":
            params = getattr(exc, "params", {})
            dialog = CertificateDialog(str(params.get("expected", "")), str(params.get("actual", "")), self)
            dialog.accepted.connect(lambda: self._trust(str(params.get("actual_raw") or params.get("actual", ""))))
            self.certificate_dialog = dialog
            dialog.open()

    def _trust(self, fingerprint: str) -> None:
        def trusted(_: object) -> None:
            self.result.setText(translate("TerminalPage", "The new certificate is trusted."))

        terminal_ops.trust_certificate(self.ops, self.service, self.actor, fingerprint, trusted, self._failed)

    def restore(self) -> None:
        """The dialog was cancelled after an action applied the form: back to the saved settings."""
        if getattr(self, "_applied", None) is not None and self.service is not None:
            try:
                self.service.configure(self.loaded)
            except Exception as exc:  # noqa: BLE001 - shown, the dialog closes anyway
                self.result.setText(describe_error(exc))
