"""The admin tab's cloud line (issue 14): where edits go, the cloud's state, and the cloud sign-in.

Built only when a cloud is configured (the admin tab's cloud services, decision 2130). The administrator signs in with the cloud's e-mail and
password (the cloud's lockout applies); the short-lived token stays in memory. While the cloud
cannot be reached the line says since when, and every edit is refused with the same words.
"""

from __future__ import annotations

from alsep_desktop.domain.roles import Principal
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.admin.cloud_line import CloudLine
from alsep_desktop.ui.admin.common import ErrorLabel, big_button, describe_error
from alsep_desktop.ui.admin.ops.org import sign_in_to_cloud
from alsep_desktop.ui.cashier.cloud_state import cloud_sentence
from alsep_desktop.ui.ops import OpRunner
from alsep_desktop.ui.qt import (
    QEvent,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)

REFRESH_MS = 3000


class CloudBar(QFrame):
    #: the mirror applied something from the cloud (or an edit on its way arrived): pages reload
    mirror_changed = Signal()

    def __init__(self, line: CloudLine, ops: OpRunner, principal: Principal, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admin_cloud_bar")
        self.line, self.ops, self.principal, self.clock = line, ops, principal, clock
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        self.state = QLabel(self)
        self.state.setObjectName("admin_cloud_state")
        self.state.setWordWrap(True)
        lay.addWidget(self.state)
        self.form = QWidget(self)
        row = QHBoxLayout(self.form)
        row.setContentsMargins(0, 0, 0, 0)
        self.email = QLineEdit(principal.email, self.form)
        self.email.setObjectName("admin_cloud_email")
        self.password = QLineEdit(self.form)
        self.password.setObjectName("admin_cloud_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.sign_in)
        self.sign_in_button = big_button("", self.form)
        self.sign_in_button.setObjectName("admin_cloud_sign_in")
        self.sign_in_button.clicked.connect(self.sign_in)
        for w in (self.email, self.password, self.sign_in_button):
            row.addWidget(w)
        lay.addWidget(self.form)
        self.error = ErrorLabel(self, reserve=False)
        lay.addWidget(self.error)
        self._generation = line.mirror_generation
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        # a bound method, not a lambda: Qt drops the connection when this bar is deleted (a lambda
        # outlived the bar and raised "Internal C++ object (CloudBar) already deleted")
        ops.changed.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.sign_in_button.setText(translate("AdminCloud", "Sign in to the cloud"))
        self.email.setPlaceholderText(translate("AdminCloud", "Cloud e-mail"))
        self.password.setPlaceholderText(translate("AdminCloud", "Cloud password"))
        self.show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changes(self, _changes: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        generation = self.line.mirror_generation
        if generation != self._generation:
            self._generation = generation
            self.mirror_changed.emit()
        self.show_state()

    def show_state(self) -> None:
        session = self.line.cloud.session
        if session is not None:
            text = translate("AdminCloud", "Edits go to the cloud (signed in as %1) and come back through the mirror.") \
                .replace("%1", session.email)
        else:
            text = translate("AdminCloud", "Edits go to the cloud: sign in with the administrator's cloud e-mail and password.")
        status = self.line.status()
        if status is not None:
            sentence, _good = cloud_sentence(status, self.clock.now())
            text += " " + sentence
        self.state.setText(text)
        self.form.setVisible(session is None)

    def sign_in(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        self.sign_in_button.setEnabled(False)
        self.error.show_error("")

        def ok(_email: object) -> None:
            self.sign_in_button.setEnabled(True)
            self.password.clear()
            self.refresh()

        def failed(exc: Exception) -> None:
            self.sign_in_button.setEnabled(True)
            self.error.show_error(describe_error(exc))
            self.password.setFocus()

        self.ops.run(sign_in_to_cloud(self.line, self.principal, email, password), ok, failed)
