"""«Настроить ККМ» (seed 9.1): an administrator signs in and binds this PC to a register.

With a cloud (issue 14) the administrator signs in to the cloud, the registers are the cloud's,
binding is the cloud's (a register bound to another PC is refused with the seed's sentence and
«Отвязать устройство» is offered), and the register's data are mirrored before the counter opens
(progress, cancel). Without a cloud the binding is this store's, as before.
"""

from __future__ import annotations

from alsep_desktop.cloud_client.admin_remote import BoundElsewhere
from alsep_desktop.domain.roles import Principal
from alsep_desktop.services.admin.records import RegisterInfo
from alsep_desktop.services.cloud.binding import CloudRegister
from alsep_desktop.ui.cashier.common import TOUCH_HEIGHT, Counter, MessageBar, big_button
from alsep_desktop.ui.mirror_dialog import MirrorDialog
from alsep_desktop.ui.ops import bind as bind_ops
from alsep_desktop.ui.qt import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)


class BindDialog(QDialog):
    done_binding = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.admin: Principal | None = None
        self.registers: list[RegisterInfo] = []
        binding = counter.ctx.binding
        self.cloud = binding if binding is not None and binding.available else None
        self.cloud_registers: list[CloudRegister] = []
        self.refused_id: str | None = None  # the register another PC holds (seed 9.5)
        self.mirror: MirrorDialog | None = None
        self.setWindowTitle(translate("CashierBind", "Set up the register"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        self.note = QLabel(translate("CashierBind", "Enter the administrator's login and password"), self)
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        form = QFormLayout()
        # with a cloud the sign-in names the company (a login is unique per company, decision 2051)
        self.company = QLineEdit(self)
        self.company.setObjectName("bind_company")
        self.company.setMaxLength(12)
        self.email = QLineEdit(self)
        self.email.setObjectName("bind_email")
        self.password = QLineEdit(self)
        self.password.setObjectName("bind_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.register_box = QComboBox(self)
        self.register_box.setObjectName("bind_register")
        for w in (self.company, self.email, self.password, self.register_box):
            w.setMinimumHeight(TOUCH_HEIGHT - 8)
        self.company_label = QLabel(translate("CashierBind", "Company BIN/IIN"), self)
        form.addRow(self.company_label, self.company)
        form.addRow(translate("CashierBind", "Login"), self.email)
        form.addRow(translate("CashierBind", "Password"), self.password)
        self.register_label = QLabel(translate("CashierBind", "Register"), self)
        form.addRow(self.register_label, self.register_box)
        lay.addLayout(form)
        self.device = QLabel(translate("CashierBind", "This PC: %1").replace("%1", counter.ctx.config.device_id()), self)
        self.device.setWordWrap(True)
        lay.addWidget(self.device)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.next_button = big_button(translate("CashierBind", "Sign in"), self, name="bind_login")
        self.next_button.clicked.connect(self.sign_in)
        self.save_button = big_button(translate("CashierBind", "Save"), self, name="bind_save")
        self.save_button.clicked.connect(self.save)
        self.unbind_button = big_button(translate("CashierBind", "Unbind the device"), self, name="bind_unbind")
        self.unbind_button.clicked.connect(self.unbind_other)
        self.unbind_button.hide()
        self.cancel_button = big_button(translate("CashierBind", "Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        for b in (self.next_button, self.save_button, self.unbind_button, self.cancel_button):
            lay.addWidget(b)
        if self.cloud is not None:
            self.note.setText(translate("CashierBind", "Enter the administrator's cloud login and password"))
            self.company.setText(self.cloud.known_company())
        self.company_label.setVisible(self.cloud is not None)
        self.company.setVisible(self.cloud is not None)
        self._step(choose=False)

    def _step(self, *, choose: bool) -> None:
        self.company.setEnabled(not choose)
        self.email.setEnabled(not choose)
        self.password.setEnabled(not choose)
        self.next_button.setVisible(not choose)
        self.register_label.setVisible(choose)
        self.register_box.setVisible(choose)
        self.save_button.setVisible(choose)
        # Enter goes forward, never to «Отменить» (issue 11)
        (self.save_button if choose else self.next_button).setDefault(True)
        self.cancel_button.setAutoDefault(False)
        first = self.company if self.cloud is not None and not self.company.text() else self.email
        (self.register_box if choose else first).setFocus()

    def sign_in(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if self.cloud is not None:
            cloud, company = self.cloud, self.company.text().strip()
            bind_ops.cloud_sign_in(self.counter, cloud, email, password, company, self._chosen_cloud,
                                   self.message.show_error)
            return
        bind_ops.admin_registers(self.counter, email, password, self._chosen, self.message.show_error)

    def _chosen(self, result: tuple[Principal, list[RegisterInfo]]) -> None:
        self.admin, self.registers = result
        self.register_box.clear()
        for reg in self.registers:
            self.register_box.addItem(f"{reg.name} — {reg.trade_point} ({reg.serial_number})", reg.id)
        if not self.registers:
            self.message.show_error(translate("CashierBind", "The company has no registers yet: add one in the admin panel."))
            return
        self.message.clear_message()
        self._step(choose=True)

    # -- through the cloud (issue 14) -------------------------------------------------------------
    def _chosen_cloud(self, registers: list[CloudRegister]) -> None:
        self.cloud_registers = registers
        self.register_box.clear()
        device = self.counter.ctx.config.device_id()
        for reg in registers:
            text = f"{reg.name} — {reg.trade_point} ({reg.serial_number})"
            if reg.bound_elsewhere(device):
                text += " — " + translate("CashierBind", "bound to another device")
            self.register_box.addItem(text, reg.id)
        if not registers:
            self.message.show_error(translate("CashierBind", "The company has no registers yet: add one in the admin panel."))
            return
        self.message.clear_message()
        self._step(choose=True)

    def _save_cloud(self, register_id: str) -> None:
        assert self.cloud is not None
        cloud = self.cloud
        self.unbind_button.hide()
        self.save_button.setEnabled(False)
        if cloud.mine() == register_id:  # bound already, the first mirror was stopped: go on loading
            reg = next(r for r in self.cloud_registers if r.id == register_id)
            self._bound_in_cloud(reg)
            return
        bind_ops.bind_in_cloud(self.counter, cloud, register_id, self._bound_in_cloud, self._cloud_refused)

    def _cloud_refused(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, BoundElsewhere):
            # seed 9.1: «Данный ККМ привязан к другому устройству»; the way out, seed 9.5: «Отвязать устройство»
            self.refused_id = self.register_box.currentData()
            self.message.show_error(translate("CashierBind", "This register is bound to another device"))
            self.unbind_button.show()
            self.unbind_button.setDefault(True)
            self.unbind_button.setFocus()
            return
        self.message.show_error(exc)

    def unbind_other(self) -> None:
        if self.cloud is None or self.refused_id is None:
            return
        cloud, register_id = self.cloud, self.refused_id
        bind_ops.unbind_elsewhere(self.counter, cloud, register_id, self._unbound_other, self.message.show_error)

    def _unbound_other(self, _: object) -> None:
        self.refused_id = None
        self.unbind_button.hide()
        self.message.show_info(translate("CashierBind", "The other device was unbound. Press Save to bind the register to this PC."))
        self.save_button.setDefault(True)
        self.save_button.setFocus()
        self._refresh_cloud_list()

    def _refresh_cloud_list(self) -> None:
        if self.cloud is None:
            return
        cloud, current = self.cloud, self.register_box.currentData()

        def shown(registers: list[CloudRegister]) -> None:
            self._chosen_cloud(registers)
            index = self.register_box.findData(current)
            if index >= 0:
                self.register_box.setCurrentIndex(index)

        bind_ops.cloud_registers(self.counter, cloud, shown, self.message.show_error)

    def _bound_in_cloud(self, reg: CloudRegister) -> None:
        self.save_button.setEnabled(True)
        sync = getattr(self.counter.ctx, "sync", None)
        if sync is None:
            self.message.show_error(translate("CashierBind", "The register is bound in the cloud, but this PC's sync engine "
                                              "is not running: restart the program to load the register's data."))
            return
        self.mirror = MirrorDialog(sync, self.counter.ops, self)
        self.mirror.mirrored.connect(lambda: self._mark_local(reg))
        self.mirror.cancelled.connect(lambda: self.message.show_info(translate(
            "CashierBind", "Loading was stopped; it goes on from where it stopped. Press Save to continue.")))
        self.mirror.open()
        self.mirror.start()

    def _mark_local(self, reg: CloudRegister) -> None:
        assert self.cloud is not None
        bind_ops.finish_cloud_binding(self.counter, self.cloud, reg, self._saved, self.message.show_error)

    # -- save ------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.cloud is not None:
            register_id = self.register_box.currentData()
            if register_id is not None:
                self._save_cloud(str(register_id))
            return
        admin = self.admin
        register_id = self.register_box.currentData()
        if admin is None or register_id is None:
            return
        bind_ops.bind_here(self.counter, admin, int(register_id), self._saved, self._refused)

    def _refused(self, exc: Exception) -> None:
        self.message.show_error(exc)  # bound elsewhere: the sentence tells how to unbind (seed 9.5)

    def _saved(self, _: object) -> None:
        self.done_binding.emit()
        self.accept()
