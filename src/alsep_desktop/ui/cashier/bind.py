"""«Настроить ККМ» (seed 9.1): an administrator signs in and binds this PC to a register."""

from __future__ import annotations

from alsep_desktop.domain.roles import Principal
from alsep_desktop.services.admin import RegisterInfo
from alsep_desktop.ui.cashier.common import TOUCH_HEIGHT, Counter, MessageBar, big_button
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
        self.setWindowTitle(translate("CashierBind", "Set up the register"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        self.note = QLabel(translate("CashierBind", "Enter the administrator's login and password"), self)
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        form = QFormLayout()
        self.email = QLineEdit(self)
        self.email.setObjectName("bind_email")
        self.password = QLineEdit(self)
        self.password.setObjectName("bind_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.register_box = QComboBox(self)
        self.register_box.setObjectName("bind_register")
        for w in (self.email, self.password, self.register_box):
            w.setMinimumHeight(TOUCH_HEIGHT - 8)
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
        self.cancel_button = big_button(translate("CashierBind", "Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        for b in (self.next_button, self.save_button, self.cancel_button):
            lay.addWidget(b)
        self._step(choose=False)

    def _step(self, *, choose: bool) -> None:
        self.email.setEnabled(not choose)
        self.password.setEnabled(not choose)
        self.next_button.setVisible(not choose)
        self.register_label.setVisible(choose)
        self.register_box.setVisible(choose)
        self.save_button.setVisible(choose)
        # Enter goes forward, never to «Отменить» (issue 11)
        (self.save_button if choose else self.next_button).setDefault(True)
        self.cancel_button.setAutoDefault(False)
        (self.register_box if choose else self.email).setFocus()

    def sign_in(self) -> None:
        ctx = self.counter.ctx
        email, password = self.email.text().strip(), self.password.text()

        def work() -> tuple[Principal, list[RegisterInfo]]:
            admin = ctx.auth.require_admin_credentials(email, password)
            return admin, ctx.admin.registers(admin)

        self.counter.ops.run(work, self._chosen, self.message.show_error)

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

    def save(self) -> None:
        admin = self.admin
        register_id = self.register_box.currentData()
        if admin is None or register_id is None:
            return
        device = self.counter.ctx.config.device_id()
        self.counter.ops.run(lambda: self.counter.ctx.org.bind_device(admin, int(register_id), device),
                             self._saved, self._refused)

    def _refused(self, exc: Exception) -> None:
        self.message.show_error(exc)  # bound elsewhere: the sentence tells how to unbind (seed 9.5)

    def _saved(self, _: object) -> None:
        self.done_binding.emit()
        self.accept()
