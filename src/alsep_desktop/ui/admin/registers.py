"""Registers (seed 6, 8.3, 8.4): create, passport PDF, OFD data, token update, unbind device."""

from __future__ import annotations

from alsep_desktop.services.admin.records import RegisterInfo
from alsep_desktop.ui.admin.common import Page, big_button, fill_table, make_table, selected_key
from alsep_desktop.ui.admin.ops import org as ops
from alsep_desktop.ui.cashier.registration import describe
from alsep_desktop.ui.file_dialogs import save_path
from alsep_desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    translate,
)


class RegistersPage(Page):
    def build(self) -> None:
        lay = QVBoxLayout(self)
        self.table = make_table(self, [translate("AdminRegisters", "Name"), translate("AdminRegisters", "Trade point"), translate("AdminRegisters", "Serial number"),
                                       translate("AdminRegisters", "Registration number"), translate("AdminRegisters", "Status"), translate("AdminRegisters", "Device")])
        self.table.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.passport_button = big_button(translate("AdminRegisters", "Download passport"), self, "Ctrl+P")
        self.unbind_button = big_button(translate("AdminRegisters", "Unbind device"), self)
        actions.addWidget(self.passport_button)
        actions.addWidget(self.unbind_button)
        self.passport_button.clicked.connect(self.download_passport)
        self.unbind_button.clicked.connect(self.unbind)
        lay.addLayout(actions)

        boxes = QHBoxLayout()
        new_box = QGroupBox(translate("AdminRegisters", "New register"), self)
        nf = QFormLayout(new_box)
        self.tp_combo, self.name_edit, self.year_spin = QComboBox(new_box), QLineEdit(new_box), QSpinBox(new_box)
        year = self.ctx.clock.now().year
        self.year_spin.setRange(2000, year)
        self.year_spin.setValue(year)
        nf.addRow(translate("AdminRegisters", "Trade point"), self.tp_combo)
        nf.addRow(translate("AdminRegisters", "Name"), self.name_edit)
        nf.addRow(translate("AdminRegisters", "Year of manufacture"), self.year_spin)
        self.create_button = big_button(translate("AdminRegisters", "Create register"), new_box)
        self.create_button.clicked.connect(self.create)
        nf.addRow(self.create_button)

        ofd_box = QGroupBox(translate("AdminRegisters", "OFD data (update data)"), self)
        of = QFormLayout(ofd_box)
        self.system_id_edit, self.reg_number_edit = QLineEdit(ofd_box), QLineEdit(ofd_box)
        self.token_edit = QLineEdit(ofd_box)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.vat_check = QCheckBox(translate("AdminRegisters", "VAT payer"), ofd_box)
        of.addRow(translate("AdminRegisters", "OFD system id"), self.system_id_edit)
        of.addRow(translate("AdminRegisters", "Registration number"), self.reg_number_edit)
        of.addRow(translate("AdminRegisters", "Token"), self.token_edit)
        of.addRow(self.vat_check)
        self.ofd_button = big_button(translate("AdminRegisters", "Save OFD data"), ofd_box)
        self.token_button = big_button(translate("AdminRegisters", "Update token only"), ofd_box)
        self.ofd_button.clicked.connect(self.save_ofd)
        self.token_button.clicked.connect(self.update_token)
        of.addRow(self.ofd_button)
        of.addRow(self.token_button)
        boxes.addWidget(new_box)
        boxes.addWidget(ofd_box)
        lay.addLayout(boxes)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        self.fields.update(name=self.name_edit, year_of_manufacture=self.year_spin, ofd_system_id=self.system_id_edit,
                           registration_number=self.reg_number_edit, ofd_token=self.token_edit)
        self.registers: list[RegisterInfo] = []
        self._selected()

    def ask_save_path(self, suggested: str) -> str:
        return save_path(self, translate("AdminRegisters", "Save the passport"), suggested, "PDF (*.pdf)")

    def refresh(self) -> None:
        self.call(ops.load_registers_and_points(self.admin, self.principal), self.show_registers)

    def show_registers(self, value: tuple) -> None:
        self.registers, points = value
        status = {"new": translate("AdminRegisters", "Waiting for OFD data"), "active": translate("AdminRegisters", "Active"), "blocked": translate("AdminRegisters", "Blocked")}
        fill_table(self.table, [
            (r.name, r.trade_point, r.serial_number, r.registration_number,
             translate("AdminRegisters", "Invalid token: enter a new one") if r.ofd_block == "invalid_token" else status.get(r.status, r.status),
             translate("AdminRegisters", "Bound") if r.bound_device_id else "")
            for r in self.registers
        ], [r.id for r in self.registers])
        self.tp_combo.clear()
        for p in points:
            self.tp_combo.addItem(p.name, p.id)
        self.create_button.setEnabled(bool(points))
        if not points:
            self.say(translate("AdminRegisters", "Create a trade point first."))
        self._selected()

    def _register(self) -> RegisterInfo | None:
        rid = selected_key(self.table)
        return next((r for r in self.registers if r.id == rid), None)

    def _selected(self) -> None:
        reg = self._register()
        for b in (self.passport_button, self.ofd_button, self.token_button):
            b.setEnabled(reg is not None)
        self.unbind_button.setEnabled(reg is not None and reg.bound_device_id is not None)
        if reg is not None:
            self.system_id_edit.setText(reg.ofd_system_id)
            self.reg_number_edit.setText(reg.registration_number)
            self.token_edit.clear()
            self.token_edit.setPlaceholderText(translate("AdminRegisters", "Token is set; enter a new one to replace it")
                                               if reg.has_token else "")
            self.vat_check.setChecked(reg.vat_payer)

    def create(self) -> None:
        tp_id, name, year = self.tp_combo.currentData(), self.name_edit.text(), self.year_spin.value()
        self.call(ops.create_register(self.admin, self.principal, tp_id, name, year),
                  lambda _v: (self.name_edit.clear(), self.done(translate("AdminRegisters", "Register created. Download its passport "
                                                                      "for the OFD registration."))))

    def save_ofd(self) -> None:
        reg = self._register()
        if reg is None:
            return
        sid, num, token = self.system_id_edit.text(), self.reg_number_edit.text(), self.token_edit.text()
        vat = self.vat_check.isChecked()

        self.call(ops.save_ofd_data(self.admin, self.principal, reg.id, system_id=sid, registration_number=num,
                                    token=token, vat_payer=vat),
                  lambda _v: (self.token_edit.clear(), self.done(translate("AdminRegisters", "OFD data saved.")),
                                 self.check_ofd(reg.id, translate("AdminRegisters", "OFD data saved."))))

    def check_ofd(self, register_id: int, done: str) -> None:
        """After «Обновить данные»: ask the OFD what it holds and say whether it agrees."""
        self.call(ops.check_ofd(self.ctx.registration, register_id),
                  lambda result: self.say(done + "\n" + describe(result)))

    def update_token(self) -> None:
        reg, token = self._register(), self.token_edit.text()
        if reg is not None:
            self.call(ops.update_token(self.admin, self.principal, reg.id, token),
                      lambda _v: (self.token_edit.clear(), self.say(translate("AdminRegisters", "Token updated.")),
                                 self.check_ofd(reg.id, translate("AdminRegisters", "Token updated."))))

    def unbind(self) -> None:
        reg = self._register()
        question = translate("AdminRegisters", "Unbind this register from its computer? A register with an open shift "
                                               "cannot be unbound: close the shift (Z report) first. Once unbound, the "
                                               "register does not sell until it is bound again.")
        if reg is not None and self.confirm(question):
            self.call(ops.unbind_register(self.admin, self.principal, reg.id), lambda _v: self._unbound(reg.id))

    def _unbound(self, register_id: int) -> None:
        self.done(translate("AdminRegisters", "Device unbound."))
        window = self.window()
        counter = getattr(window, "counter", None)
        if counter is not None and counter.register_id == register_id:
            # this PC's own register: the counter stops selling and asks for a binding again
            window.switch_cashier()  # type: ignore[attr-defined]
            window.login.refresh_binding()  # type: ignore[attr-defined]

    def download_passport(self) -> None:
        reg = self._register()
        if reg is None:
            return
        path = self.ask_save_path(f"passport-{reg.serial_number}.pdf")
        if not path:
            return
        self.call(ops.save_passport(self.admin, self.principal, reg.id, path), lambda p: self.say(translate("AdminRegisters", "Passport saved: %1").replace("%1", p)))
