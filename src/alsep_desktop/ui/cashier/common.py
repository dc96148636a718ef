"""What every cashier screen shares: the counter state, error sentences, big buttons, shortcuts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.app.window_services import Services
from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import AlsepError
from alsep_desktop.services.printing import PrintingService
from alsep_desktop.ui.i18n.errors import error_message, error_params
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.qt import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.translator import current_language

if TYPE_CHECKING:
    from alsep_desktop.services.terminal_service import TerminalService

log = logging.getLogger(__name__)

TOUCH_HEIGHT = 48  # px: a finger, not a mouse pointer
ERROR_STYLE = "color: #b00020; font-weight: bold;"
INFO_STYLE = "color: #1b5e20; font-weight: bold;"


def error_text(exc: BaseException) -> str:
    """A plain translated sentence for any error; never a traceback or an English exception text."""
    lang = current_language()
    if isinstance(exc, AlsepError):
        return error_message(lang, exc.code, error_params(exc, lang))
    log.error("unexpected error in the window", exc_info=exc)
    return error_message(lang, "error")


@dataclass
class Shortcut:
    key: str
    describe: Callable[[], str]  # translated at display time


@dataclass
class Counter:
    """The state of this counter shared by the screens: who sells on which register, and the
    services they call (built by the composition root, ``app/window_services.py``)."""

    services: Services
    ops: OpRunner
    register_id: int | None = None
    cashier: Principal | None = None
    shortcuts: list[Shortcut] = field(default_factory=list)
    #: set by the main window: leads the cashier to close the shift (seed 9.3.4)
    close_shift: Callable[[], None] | None = None

    @property
    def ctx(self) -> AppContext:
        return self.services.ctx

    @property
    def printing(self) -> PrintingService:
        return self.services.printing

    @property
    def terminal(self) -> TerminalService | None:
        return self.services.terminal

    def after_error(self, exc: BaseException) -> None:
        """What a failed document leads to: a shift the register or the OFD found older than 24 hours
        (OFD result 11) opens the Z report's admin prompt right away."""
        if isinstance(exc, AlsepError) and exc.code == "shift.expired" and self.close_shift is not None:
            self.close_shift()

    def shortcut(self, key: str, describe: Callable[[], str]) -> str:
        """Register a shortcut for the F1 overlay; returns the key for the button text."""
        if not any(s.key == key for s in self.shortcuts):
            self.shortcuts.append(Shortcut(key, describe))
        return key


# keys that stand for the same action (a laptop's Return beside the keypad's Enter)
_SAME_KEYS = {"Ctrl+Enter": ("Ctrl+Enter", "Ctrl+Return")}


def bind_key(button: QAbstractButton, key: str) -> list[QShortcut]:
    """The key shown on ``button`` presses it from anywhere in its window while it is shown.

    Never ``QAbstractButton.setShortcut``: ``setText`` (a new total, a language switch) resets a
    button's shortcut to the mnemonic of its new text. A ``QShortcut`` owned by the button with
    the window context fires only while the button is visible and enabled and its window is the
    active one (so not behind a dialog), whatever its text.
    """
    shortcuts = []
    for seq in _SAME_KEYS.get(key, (key,)):
        sc = QShortcut(QKeySequence(seq), button)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.setAutoRepeat(False)
        sc.activated.connect(button.click)
        shortcuts.append(sc)
    return shortcuts


def set_font(widget: QWidget, px: int, *, bold: bool = False) -> None:
    """Font size without a style sheet (style sheets make every repaint of the widget slower)."""
    font = widget.font()
    font.setPixelSize(px)
    font.setBold(bold)
    widget.setFont(font)


def with_key(text: str, key: str) -> str:
    return f"{text}\n[{key}]" if key else text


def big_button(text: str, parent: QWidget | None = None, *, name: str = "") -> QPushButton:
    btn = QPushButton(text, parent)
    btn.setMinimumHeight(TOUCH_HEIGHT)
    btn.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    if name:
        btn.setObjectName(name)
    return btn


class MessageBar(QLabel):
    """One line under a screen's title: an error sentence in red or a note in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("message_bar")

    def show_error(self, exc: BaseException | str) -> None:
        self._only_line()
        self.setStyleSheet(ERROR_STYLE)
        self.setText(exc if isinstance(exc, str) else error_text(exc))

    def show_info(self, text: str) -> None:
        self.setStyleSheet(INFO_STYLE)
        self.setText(text)

    def _only_line(self) -> None:
        """A new error clears the success lines of the other bars of the same screen: a success
        line never stays beside a new error (issue 20). Another bar's error stays (a refresh that
        fails later must not wipe what the cashier's own action said), and so does another bar's
        success line beside a new success line (two results of two actions, in either order)."""
        screen = self.window() if self.isWindow() else self._screen()
        for bar in screen.findChildren(MessageBar):
            if bar is not self and bar.text() and not bar.is_error:
                bar.setText("")

    def _screen(self) -> QWidget:
        """The page this bar belongs to: the widget under a stack of pages (a tab), or its window."""
        w: QWidget = self
        while w.parentWidget() is not None and not w.isWindow():
            parent = w.parentWidget()
            if parent.inherits("QStackedWidget"):
                return w
            w = parent
        return w

    def clear_message(self) -> None:
        if self.text():  # no relayout on the scan path when there is nothing to clear
            self.setText("")

    @property
    def is_error(self) -> bool:
        return bool(self.text()) and "b00020" in self.styleSheet()


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
