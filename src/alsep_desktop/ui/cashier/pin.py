"""«Изменить пин-код» (seed 9): the signed-in cashier changes their own PIN with the present PIN
or the password, and the new PIN typed twice."""

from __future__ import annotations

from alsep_desktop.ui.cashier.common import TOUCH_HEIGHT, Counter, MessageBar
from alsep_desktop.ui.ops import login as login_ops
from alsep_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    translate,
)

KEY_CHANGE_PIN = "Ctrl+Shift+P"


def _secret(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumHeight(TOUCH_HEIGHT - 8)
    return edit


class ChangePinDialog(QDialog):
    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(translate("CashierPin", "Change PIN"))
        lay = QVBoxLayout(self)
        note = QLabel(translate("CashierPin", "Your present PIN or password, then the new PIN (4 to 8 digits) twice."), self)
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        self.current = _secret(self, "pin_current")
        self.pin = _secret(self, "pin_new")
        self.pin2 = _secret(self, "pin_new2")
        form.addRow(translate("CashierPin", "PIN or password"), self.current)
        form.addRow(translate("CashierPin", "New PIN"), self.pin)
        form.addRow(translate("CashierPin", "New PIN again"), self.pin2)
        lay.addLayout(form)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("CashierPin", "Change PIN"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("CashierPin", "Cancel"))
        for b in self.buttons.buttons():
            b.setMinimumHeight(TOUCH_HEIGHT)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.current.setFocus()

    def change(self) -> None:
        cashier = self.counter.cashier
        if cashier is None:
            self.reject()
            return
        if self.pin.text() != self.pin2.text():
            self.message.show_error(translate("CashierPin", "The two new PINs differ."))
            self.pin2.clear()
            self.pin2.setFocus()
            return
        current, new = self.current.text(), self.pin.text()
        self.ok_button.setEnabled(False)
        login_ops.change_pin(self.counter, cashier, current, new, self._changed, self._failed)

    def _changed(self, _: object) -> None:
        self.ok_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.message.show_error(exc)
        self.current.selectAll()
        self.current.setFocus()
