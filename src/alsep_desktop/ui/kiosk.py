"""Kiosk mode (issue 16, decision 1602): the window fills the screen, stays on top, has no frame,
and cannot be closed without an administrator.

Closing the window (the window manager's Alt+F4 or close button arrive as a close event), the
Alt+F4 key itself (when no window manager takes it) and Ctrl+Q all open one dialog that asks for
an administrator's login and password or PIN (decision 1607); the auth service checks them with
the admin role and its prompt lockout. Only then does the window close. Switching to other
programs is the operating system's job (the kiosk session of the .deb, Assigned Access on
Windows): see decision 1602.

A stop asked by the system (SIGTERM from systemd, a log-out) calls :meth:`KioskGuard.release`
first, so the store and the devices still shut down cleanly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from alsep_desktop.domain.roles import Principal
from alsep_desktop.ui.qt import (
    QApplication,
    QCursor,
    QDialog,
    QEvent,
    QFormLayout,
    QInputDevice,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QMainWindow,
    QObject,
    Qt,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.widgets.message_bar import MessageBar
from alsep_desktop.ui.widgets.touch import TOUCH_HEIGHT, big_button

log = logging.getLogger(__name__)

# the prompt's lockout counter (per method, see AuthService.require_admin_credentials)
PROMPT_METHOD = "kiosk_exit"

# check(login, password or PIN) -> the admin, or raises an AlsepError (wrong secret, not an admin, locked)
CredentialCheck = Callable[[str, str], Principal]


def check_with_auth(auth, register_id: int | None = None) -> CredentialCheck:  # noqa: ANN001 - AuthService
    """The kiosk's check: an administrator's password or PIN, the prompt lockout of ``kiosk_exit``."""
    return lambda login, secret: auth.require_admin_credentials(login, secret, register_id=register_id,
                                                                method=PROMPT_METHOD, pin_allowed=True)


def is_exit_key(event: QKeyEvent) -> bool:
    """Alt+F4 or Ctrl+Q (any other modifiers held with them do not matter)."""
    mods = event.modifiers()
    key = event.key()
    if key == Qt.Key.Key_F4 and mods & Qt.KeyboardModifier.AltModifier:
        return True
    return key == Qt.Key.Key_Q and bool(mods & Qt.KeyboardModifier.ControlModifier)


class AdminExitDialog(QDialog):
    """«Выход из режима киоска»: an administrator's login and password or PIN."""

    def __init__(self, check: CredentialCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk_exit_dialog")
        self._check = check
        self.admin: Principal | None = None
        self.setWindowTitle(translate("Kiosk", "Leave the register"))
        self.setMinimumWidth(460)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        lay = QVBoxLayout(self)
        note = QLabel(translate("Kiosk", "This register runs as a kiosk. To close the program, an "
                                         "administrator enters their login and their password or PIN."), self)
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        self.email = QLineEdit(self)
        self.email.setObjectName("kiosk_email")
        self.password = QLineEdit(self)
        self.password.setObjectName("kiosk_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for w in (self.email, self.password):
            w.setMinimumHeight(TOUCH_HEIGHT - 8)
        form.addRow(translate("Kiosk", "Administrator's login"), self.email)
        form.addRow(translate("Kiosk", "Password or PIN"), self.password)
        lay.addLayout(form)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.ok_button = big_button(translate("Kiosk", "Close the program"), self, name="kiosk_ok")
        self.ok_button.clicked.connect(self.try_exit)
        self.ok_button.setDefault(True)
        self.cancel_button = big_button(translate("Kiosk", "Go back to work"), self, name="kiosk_cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        lay.addWidget(self.ok_button)
        lay.addWidget(self.cancel_button)
        self.email.setFocus()

    def try_exit(self) -> None:
        try:
            self.admin = self._check(self.email.text().strip(), self.password.text())
        except Exception as exc:  # noqa: BLE001 - shown as a translated sentence (error_text)
            self.password.clear()
            self.password.setFocus()
            self.message.show_error(exc)
            return
        self.accept()


class KioskGuard(QObject):
    """Holds a main window in kiosk mode; :meth:`release` lets it close."""

    def __init__(self, window: QMainWindow, check: CredentialCheck, *, hide_cursor: str = "touch",
                 app: QApplication | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._check = check
        self.released = False
        self.dialog: AdminExitDialog | None = None
        self.refused = 0  # close attempts refused so far (tests, logs)
        instance = app or QApplication.instance()
        if instance is None:
            raise RuntimeError("the kiosk guard needs a running QApplication")
        self.app = instance
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)
        window.installEventFilter(self)
        self.app.installEventFilter(self)
        self.cursor_hidden = should_hide_cursor(hide_cursor)
        if self.cursor_hidden:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))

    def show(self) -> None:
        self.window.showFullScreen()
        self.window.raise_()
        self.window.activateWindow()

    # -- leaving ---------------------------------------------------------------------------
    def release(self) -> None:
        """Let the window close (an admin said so, or the system stops the program)."""
        self.released = True
        if self.dialog is not None:
            self.dialog.close()

    def request_exit(self) -> None:
        """Ask for an administrator; the window closes once one has signed."""
        if self.released:
            self.window.close()
            return
        self.refused += 1
        log.info("kiosk: leaving asked; waiting for an administrator")
        if self.dialog is None:
            self.dialog = AdminExitDialog(self._check, self.window)
            self.dialog.accepted.connect(self._admin_signed)
            self.dialog.finished.connect(self._dialog_gone)
            self.dialog.open()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _dialog_gone(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _admin_signed(self) -> None:
        admin = self.dialog.admin if self.dialog is not None else None
        log.info("kiosk: closed by administrator %s", getattr(admin, "user_id", "?"))
        self.released = True
        self.window.close()  # the last window closed: Qt ends the event loop

    # -- the filter ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        etype = event.type()
        if etype == QEvent.Type.Close and watched is self.window and not self.released:
            event.ignore()
            self.request_exit()
            return True
        if etype in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent) \
                and is_exit_key(event) and self._inside(watched):
            if etype == QEvent.Type.KeyPress:
                self.request_exit()
            event.accept()
            return True
        return False

    def _inside(self, watched: QObject) -> bool:
        """Keys for the kiosk window or its children (the dialog's own keys are its own)."""
        if self.dialog is not None and isinstance(watched, QWidget) and \
                (watched is self.dialog or self.dialog.isAncestorOf(watched)):
            return False
        return isinstance(watched, QWidget) and (watched is self.window or self.window.isAncestorOf(watched))

    def uninstall(self) -> None:
        if self.app is not None:
            self.app.removeEventFilter(self)
            if self.cursor_hidden:
                QApplication.restoreOverrideCursor()
                self.cursor_hidden = False


def should_hide_cursor(setting: str) -> bool:
    """``always``, ``never``, or ``touch``: hidden when a touch screen is connected."""
    if setting == "always":
        return True
    if setting != "touch":
        return False
    return any(dev.type() == QInputDevice.DeviceType.TouchScreen for dev in QInputDevice.devices())
