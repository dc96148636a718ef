"""F1: an overlay over the window listing every cashier shortcut; F1 or Esc closes it."""

from __future__ import annotations

from alsep_desktop.ui.cashier.common import Counter, big_button, set_font
from alsep_desktop.ui.qt import (
    QEvent,
    QFrame,
    QGridLayout,
    QKeyEvent,
    QLabel,
    Qt,
    QVBoxLayout,
    QWidget,
    translate,
)


class HelpOverlay(QFrame):
    def __init__(self, counter: Counter, parent: QWidget) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setObjectName("help_overlay")
        self.setStyleSheet("#help_overlay { background: rgba(20, 20, 20, 215); } "
                           "#help_overlay QLabel { color: white; font-size: 16px; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        lay = QVBoxLayout(self)
        self.title = QLabel(self)
        set_font(self.title, 24, bold=True)
        lay.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        lay.addWidget(self.grid_host, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(1)
        self.close_button = big_button("", self, name="help_close")
        self.close_button.setMaximumWidth(300)
        self.close_button.clicked.connect(self.hide)
        lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.labels: list[tuple[QLabel, QLabel]] = []
        self.hide()
        parent.installEventFilter(self)

    def fill(self) -> None:
        for key_label, text_label in self.labels:
            key_label.deleteLater()
            text_label.deleteLater()
        self.labels.clear()
        self.title.setText(translate("CashierHelp", "Keyboard shortcuts"))
        self.close_button.setText(translate("CashierHelp", "Close [F1 / Esc]"))
        for i, sc in enumerate(sorted(self.counter.shortcuts, key=lambda s: s.key)):
            key = QLabel(sc.key, self.grid_host)
            key.setStyleSheet("font-weight: bold; color: #ffd54f; font-size: 16px;")
            text = QLabel(sc.describe(), self.grid_host)
            self.grid.addWidget(key, i % 14, (i // 14) * 2)
            self.grid.addWidget(text, i % 14, (i // 14) * 2 + 1)
            self.labels.append((key, text))

    def texts(self) -> list[tuple[str, str]]:
        return [(k.text(), t.text()) for k, t in self.labels]

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
            return
        self.fill()
        self._cover_parent()
        self.raise_()
        self.show()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.hide()
            return
        super().keyPressEvent(event)

    def eventFilter(self, obj: object, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._cover_parent()
        return False

    def _cover_parent(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
