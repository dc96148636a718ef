"""Login and lock screen (seed 9.1): register binding state, e-mail + password, PIN re-entry."""

from __future__ import annotations

import re
from collections.abc import Callable

from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import AlsepError
from alsep_desktop.services.org import BoundRegister
from alsep_desktop.ui.cashier.bind import BindDialog
from alsep_desktop.ui.cashier.common import TOUCH_HEIGHT, Counter, MessageBar, big_button, set_font
from alsep_desktop.ui.ops import login as login_ops
from alsep_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumHeight(TOUCH_HEIGHT - 6)
    return edit


class PinSetupDialog(QDialog):
    """After the first login: a PIN for quick re-entry (seed 9.1, «придумать пин код»)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CashierLogin", "PIN for quick entry"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(translate("CashierLogin", "Choose a PIN (4 to 8 digits) to unlock the register quickly."), self))
        form = QFormLayout()
        self.pin = _password_edit(self, "new_pin")
        self.pin2 = _password_edit(self, "new_pin2")
        form.addRow(translate("CashierLogin", "PIN"), self.pin)
        form.addRow(translate("CashierLogin", "PIN again"), self.pin2)
        lay.addLayout(form)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(translate("CashierLogin", "Save PIN"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("CashierLogin", "Later"))
        box.accepted.connect(self._check)
        box.rejected.connect(self.reject)
        lay.addWidget(box)

    #: set by the login screen: stores the PIN; the dialog closes when it is stored (issue 20)
    save: Callable[[str], None] | None = None

    def _check(self) -> None:
        pin = self.pin.text()
        if not re.fullmatch(r"\d{4,8}", pin):
            self.message.show_error(translate("CashierLogin", "A PIN is 4 to 8 digits, nothing else: type it again."))
            self.pin.clear()
            self.pin2.clear()
            self.pin.setFocus()
            return
        if pin != self.pin2.text():
            self.message.show_error(translate("CashierLogin", "The two PINs differ."))
            self.pin2.clear()
            self.pin2.setFocus()
            return
        if self.save is None:
            self.accept()
            return
        self.message.clear_message()
        self.save(pin)


class LoginScreen(QWidget):
    logged_in = Signal(object)  # Principal
    notice = Signal(str)  # a note for the sale screen (the PIN is saved)
    bound = Signal(object)  # BoundRegister | None

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.register: BoundRegister | None = None
        self.locked_user: Principal | None = None
        self.dialog: QDialog | None = None
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(520)
        lay = QVBoxLayout(card)
        self.title = QLabel(card)
        set_font(self.title, 22, bold=True)
        self.binding = QLabel(card)
        self.binding.setObjectName("binding_label")
        self.binding.setWordWrap(True)
        self.setup_button = big_button("", card, name="setup_register")
        self.setup_button.clicked.connect(self.open_bind)
        lay.addWidget(self.title)
        lay.addWidget(self.binding)
        lay.addWidget(self.setup_button)
        # e-mail and password
        # the buttons sit in a box layout under the form: a QFormLayout row gave a 48-px button the
        # height of its size hint and cut its bottom edge (issue 20)
        self.form_box = QWidget(card)
        form_lay = QVBoxLayout(self.form_box)
        form_lay.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form_lay.addLayout(form)
        self.email = QLineEdit(self.form_box)
        self.email.setObjectName("email")
        self.email.setMinimumHeight(TOUCH_HEIGHT - 6)
        self.password = _password_edit(self.form_box, "password")
        self.password.returnPressed.connect(self.login)
        self.email_label, self.password_label = QLabel(self.form_box), QLabel(self.form_box)
        form.addRow(self.email_label, self.email)
        form.addRow(self.password_label, self.password)
        self.login_button = big_button("", self.form_box, name="login_button")
        self.login_button.clicked.connect(self.login)
        form_lay.addWidget(self.login_button)
        lay.addWidget(self.form_box)
        # PIN (lock screen)
        self.pin_box = QWidget(card)
        pin_lay = QVBoxLayout(self.pin_box)
        pin_lay.setContentsMargins(0, 0, 0, 0)
        pin_form = QFormLayout()
        pin_lay.addLayout(pin_form)
        self.locked_label = QLabel(self.pin_box)
        self.locked_label.setObjectName("locked_label")
        self.pin = _password_edit(self.pin_box, "pin")
        self.pin.returnPressed.connect(self.unlock)
        self.pin_label = QLabel(self.pin_box)
        pin_form.addRow(self.locked_label)
        pin_form.addRow(self.pin_label, self.pin)
        self.unlock_button = big_button("", self.pin_box, name="unlock_button")
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button = big_button("", self.pin_box, name="switch_button")
        self.switch_button.clicked.connect(lambda: self.show_login(None))
        pin_lay.addWidget(self.unlock_button)
        pin_lay.addWidget(self.switch_button)
        lay.addWidget(self.pin_box)
        self.message = MessageBar(card)
        lay.addWidget(self.message)
        self.demo_hint = QLabel(card)
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setVisible(counter.ctx.config.demo)
        lay.addWidget(self.demo_hint)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.retranslate()
        self.show_login(None)

    def retranslate(self) -> None:
        self.title.setText(translate("CashierLogin", "Alsep Desktop — cash register"))
        self.setup_button.setText(translate("CashierLogin", "Set up the register"))
        self.email_label.setText(translate("CashierLogin", "Login (e-mail)"))
        self.password_label.setText(translate("CashierLogin", "Password"))
        self.login_button.setText(translate("CashierLogin", "Sign in"))
        self.pin_label.setText(translate("CashierLogin", "PIN"))
        self.unlock_button.setText(translate("CashierLogin", "Unlock"))
        self.switch_button.setText(translate("CashierLogin", "Switch cashier"))
        self.demo_hint.setText(translate("CashierLogin", "Demo: admin@demo.kz / admin123, cashier@demo.kz / cashier123, PIN 1234"))
        self._show_binding()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- binding (seed 9.1) -----------------------------------------------------------------
    def refresh_binding(self) -> None:
        login_ops.register_of_device(self.counter, self._set_binding, self.message.show_error)

    def _set_binding(self, reg: BoundRegister | None) -> None:
        self.register = reg
        self._show_binding()
        self.bound.emit(reg)

    def _show_binding(self) -> None:
        reg = self.register
        if reg is None:
            self.binding.setText(translate("CashierLogin", "This register is not registered: sign in as an administrator to "
                                         "register it (Set up the register)."))
        else:
            self.binding.setText(translate("CashierLogin", "This register is registered: %1 (serial %2), %3.")
                                 .replace("%1", reg.name).replace("%2", reg.serial_number)
                                 .replace("%3", reg.trade_point))
        self.login_button.setEnabled(reg is not None)
        self.unlock_button.setEnabled(reg is not None)

    def open_bind(self) -> None:
        dlg = BindDialog(self.counter, self)
        dlg.done_binding.connect(self.refresh_binding)
        self.dialog = dlg
        dlg.open()

    # -- sign-in ----------------------------------------------------------------------------
    def show_login(self, locked_user: Principal | None) -> None:
        """The login form, or the lock screen of ``locked_user`` (PIN + switch cashier)."""
        self.locked_user = locked_user
        self.form_box.setVisible(locked_user is None)
        self.pin_box.setVisible(locked_user is not None)
        self.setup_button.setVisible(locked_user is None)
        self.password.clear()
        self.pin.clear()
        self.message.clear_message()
        if locked_user is not None:
            self.locked_label.setText(translate("CashierLogin", "Locked. Cashier: %1").replace(
                "%1", locked_user.full_name or locked_user.email))
            self.pin.setFocus()
        else:
            self.email.setFocus()

    def login(self) -> None:
        if self.register is None:
            self.message.show_error(translate("CashierLogin", "Set up the register first."))
            return
        email, password = self.email.text().strip(), self.password.text()
        self.login_button.setEnabled(False)
        login_ops.sign_in(self.counter, email, password, self._after_login, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.login_button.setEnabled(self.register is not None)
        self.unlock_button.setEnabled(self.register is not None)
        self.message.show_error(exc)

    def _after_login(self, result: tuple[Principal, bool]) -> None:
        who, has_pin = result
        self.login_button.setEnabled(True)
        if has_pin:
            self.logged_in.emit(who)
            return
        dlg = PinSetupDialog(self)
        self.dialog = dlg

        def saved(_: object) -> None:
            dlg.accept()
            self.logged_in.emit(who)
            self.notice.emit(translate("CashierLogin", "Your PIN is saved: it unlocks the register (Ctrl+L locks it)."))

        def save(pin: str) -> None:  # the dialog stays open until the PIN is stored, or says why not
            login_ops.set_pin(self.counter, who, pin, saved, dlg.message.show_error)

        dlg.save = save
        dlg.rejected.connect(lambda: self.logged_in.emit(who))
        dlg.open()

    def unlock(self) -> None:
        who = self.locked_user
        if who is None:
            return
        pin = self.pin.text()
        self.unlock_button.setEnabled(False)
        login_ops.unlock(self.counter, who, pin, self._unlocked, self._unlock_failed)

    def _unlock_failed(self, exc: Exception) -> None:
        """A wrong PIN says PIN: the service reports any wrong secret as wrong credentials."""
        if isinstance(exc, AlsepError) and exc.code == "auth.invalid_credentials":
            self.unlock_button.setEnabled(self.register is not None)
            self.message.show_error(translate("CashierLogin", "Wrong PIN."))
            return
        self._failed(exc)

    def _unlocked(self, who: Principal) -> None:
        self.unlock_button.setEnabled(True)
        self.logged_in.emit(who)
