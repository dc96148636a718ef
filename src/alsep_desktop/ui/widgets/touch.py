"""Touch-sized controls every screen uses: big buttons, keys shown on them, fonts by pixel size."""

from __future__ import annotations

from alsep_desktop.ui.qt import (
    QAbstractButton,
    QKeySequence,
    QPushButton,
    QShortcut,
    QSizePolicy,
    Qt,
    QWidget,
)

TOUCH_HEIGHT = 48  # px: a finger, not a mouse pointer
ERROR_STYLE = "color: #b00020; font-weight: bold;"
INFO_STYLE = "color: #1b5e20; font-weight: bold;"


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
