"""What every cashier screen shares: the counter state, error sentences, big buttons, shortcuts.

The counter (``ui/counter.py``), the touch controls (``ui/widgets/touch.py``) and the message bar
(``ui/widgets/message_bar.py``) live below the screens, which the terminal screens, the mirror
dialog and the named ops use too (decision 2123); the cashier screens take them from here.
"""

from __future__ import annotations

from collections.abc import Callable

from alsep_desktop.ui.counter import Counter, Shortcut
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
from alsep_desktop.ui.widgets.message_bar import MessageBar, error_text
from alsep_desktop.ui.widgets.touch import (
    ERROR_STYLE,
    INFO_STYLE,
    TOUCH_HEIGHT,
    big_button,
    bind_key,
    set_font,
    with_key,
)

__all__ = [
    "ERROR_STYLE", "INFO_STYLE", "TOUCH_HEIGHT", "Counter", "CredentialsDialog", "MessageBar", "Shortcut",
    "big_button", "bind_key", "error_text", "set_font", "with_key",
]


class CredentialsDialog(QDialog):
    """An administrator's login and password (returns, Z report, binding; seed 9.3.2, 9.3.4)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        self.note = QLabel(translate("Cashier", "Enter the administrator's login and password"), self)
        lay.addWidget(self.note)
        form = QFormLayout()
        self.email = QLineEdit(self)
        self.email.setObjectName("admin_email")
        self.password = QLineEdit(self)
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for w in (self.email, self.password):
            w.setMinimumHeight(TOUCH_HEIGHT - 8)
        form.addRow(translate("Cashier", "Login"), self.email)
        form.addRow(translate("Cashier", "Password"), self.password)
        lay.addLayout(form)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Cashier", "OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Cashier", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    #: when set, OK hands the credentials to it and the dialog stays open until ``close_ok``: a
    #: wrong password is then said in place, with the tries left (issue 20)
    submit: Callable[[str, str], None] | None = None

    def accept(self) -> None:
        if self.submit is not None:
            self.message.clear_message()
            self.submit(*self.credentials())
            return
        super().accept()

    def close_ok(self) -> None:
        self.submit = None
        super().accept()

    def ask_again(self, exc: BaseException) -> None:
        """The check failed: say why here, empty the password and put the cursor in it."""
        self.buttons.setEnabled(True)
        self.message.show_error(exc)
        self.password.clear()
        self.password.setFocus()

    def credentials(self) -> tuple[str, str]:
        return self.email.text().strip(), self.password.text()
