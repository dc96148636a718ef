"""Dialogs of the card terminal: waiting for the customer («Прекратить ожидание»), «Разрешить»
during registration, and the changed certificate. The driver calls the registration prompt on its
own thread: :class:`QtRegistrationPrompt` re-emits on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from alsep_desktop.domain.money import Money
from alsep_desktop.ui.qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QObject,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from alsep_desktop.ui.widgets.touch import TOUCH_HEIGHT, big_button, bind_key, set_font, with_key

KEY_STOP = "Esc"


class WaitingDialog(QDialog):
    """Shown while a payment or refund waits for the terminal. «Прекратить ожидание» only stops the
    waiting: the Kaspi API has no cancel, the register keeps asking the terminal in the background
    and a late approval appears in the pending list (decision 0703)."""

    def __init__(self, amount: Money, stop: Callable[[], None], *, refund: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terminal_waiting")
        self.setWindowTitle(translate("TerminalWaiting", "Card terminal"))
        self._stop = stop
        lay = QVBoxLayout(self)
        text = (translate("TerminalWaiting", "Refund of %1 to the card: waiting for the terminal…") if refund
                else translate("TerminalWaiting", "Payment of %1: the customer pays on the terminal…"))
        self.label = QLabel(text.replace("%1", amount.format()), self)
        self.label.setObjectName("waiting_text")
        self.label.setWordWrap(True)
        set_font(self.label, 20, bold=True)
        lay.addWidget(self.label)
        self.note = QLabel(translate(
            "TerminalWaiting", "Stopping the wait does not cancel the payment on the terminal: the register "
            "keeps checking it, and a late approval appears in the pending list of the Terminal tab."), self)
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.stop_button = big_button(with_key(translate("TerminalWaiting", "Stop waiting"), KEY_STOP), self,
                                      name="stop_waiting")
        bind_key(self.stop_button, KEY_STOP)
        self.stop_button.clicked.connect(self.stop)
        lay.addWidget(self.stop_button)
        self.setMinimumWidth(460)
        self._again = QTimer(self)
        self._again.setInterval(200)
        self._again.timeout.connect(lambda: self._stop())

    def stop(self) -> None:
        self.stop_button.setEnabled(False)
        self.label.setText(translate("TerminalWaiting", "Stopped waiting; the register keeps checking the terminal."))
        self._stop()
        # pressed before the driver began to wait (the request still on its way): ask again until it ends
        self._again.start()

    def reject(self) -> None:  # Esc or the window's close button: stop waiting, never a silent close
        if self.stop_button.isEnabled():
            self.stop()

    def finish(self) -> None:
        self._again.stop()
        self.done(QDialog.DialogCode.Accepted)


class AllowDialog(QDialog):
    """«Разрешить»: the terminal answers the registration only after someone allows the name on it."""

    def __init__(self, name: str, terminal: str, stop: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terminal_allow")
        self.setWindowTitle(translate("TerminalAllow", "Register the card terminal"))
        lay = QVBoxLayout(self)
        text = translate("TerminalAllow", "On the terminal %1, press «Разрешить» for the integration «%2».")
        self.label = QLabel(text.replace("%1", terminal).replace("%2", name), self)
        self.label.setObjectName("allow_text")
        self.label.setWordWrap(True)
        set_font(self.label, 18, bold=True)
        lay.addWidget(self.label)
        self.cancel_button = big_button(translate("TerminalAllow", "Stop waiting"), self, name="allow_stop")
        self.cancel_button.clicked.connect(stop)
        lay.addWidget(self.cancel_button)
        self.setMinimumWidth(440)


class QtRegistrationPrompt(QObject):
    """The driver's :class:`RegistrationPrompt`, shown as :class:`AllowDialog` on the GUI thread."""

    _ask = Signal(str, str)
    _done = Signal(bool)

    def __init__(self, stop: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._stop = stop
        self.dialog: AllowDialog | None = None
        self._ask.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._done.connect(self._close, Qt.ConnectionType.QueuedConnection)

    def press_allow(self, name: str, terminal: str) -> None:
        self._ask.emit(name, terminal)

    def finished(self, allowed: bool) -> None:
        self._done.emit(allowed)

    def _show(self, name: str, terminal: str) -> None:
        self.dialog = AllowDialog(name, terminal, self._stop, self._parent)
        self.dialog.open()

    def _close(self, _allowed: bool) -> None:
        if self.dialog is not None:
            self.dialog.done(0)
            self.dialog = None


class CertificateDialog(QDialog):
    """The terminal presents another certificate than the one pinned at registration (0704)."""

    def __init__(self, expected: str, actual: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terminal_certificate")
        self.setWindowTitle(translate("TerminalCertificate", "The terminal's certificate changed"))
        lay = QVBoxLayout(self)
        text = translate(
            "TerminalCertificate", "The terminal presents a different certificate than at registration. Nothing "
            "was sent to it. If the terminal was replaced or renewed, an administrator compares the new "
            "fingerprint with the one the terminal shows and trusts it; otherwise someone may be "
            "impersonating the terminal.")
        note = QLabel(text, self)
        note.setWordWrap(True)
        lay.addWidget(note)
        for title, value in ((translate("TerminalCertificate", "Registered:"), expected),
                             (translate("TerminalCertificate", "Presented now:"), actual)):
            row = QLabel(f"{title} {value}", self)
            row.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row.setWordWrap(True)
            lay.addWidget(row)
        buttons = QHBoxLayout()
        self.trust_button = big_button(translate("TerminalCertificate", "Trust the new certificate"), self,
                                       name="trust_certificate")
        self.trust_button.clicked.connect(self.accept)
        close = big_button(translate("TerminalCertificate", "Close"), self)
        close.clicked.connect(self.reject)
        for b in (self.trust_button, close):
            b.setMinimumHeight(TOUCH_HEIGHT)
            buttons.addWidget(b)
        lay.addLayout(buttons)
