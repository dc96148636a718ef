"""Helpers of the device UI tests: a controllable clock and synthetic key events."""

from __future__ import annotations

import pytest

from alsep_desktop.ui.qt import QApplication, QEvent, QKeyEvent, Qt


class ManualClock:
    """``clock()`` returns ``t``; ``step`` is added on every call (for qtbot.keyClicks)."""

    def __init__(self, t: float = 1000.0, step: float = 0.0) -> None:
        self.t = t
        self.step = step

    def __call__(self) -> float:
        self.t += self.step
        return self.t


def key_of(ch: str) -> tuple[int, object, str]:
    if ch == "\r":
        return int(Qt.Key.Key_Return), Qt.KeyboardModifier.NoModifier, "\r"
    if ch == "\t":
        return int(Qt.Key.Key_Tab), Qt.KeyboardModifier.NoModifier, "\t"
    if ch == "\x1d":  # scanners send GS as Ctrl+]
        return int(Qt.Key.Key_BracketRight), Qt.KeyboardModifier.ControlModifier, "\x1d"
    mods = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
    return ord(ch.upper()), mods, ch


def send_key(widget, key: int, mods=Qt.KeyboardModifier.NoModifier, text: str = "") -> None:  # noqa: ANN001
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, mods, text))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, mods, text))


def type_text(widget, clock: ManualClock, text: str, gap: float) -> None:  # noqa: ANN001
    """Each key ``gap`` seconds after the previous one, as the focused widget receives them."""
    for ch in text:
        clock.t += gap
        key, mods, txt = key_of(ch)
        send_key(widget, key, mods, txt)


@pytest.fixture(autouse=True)
def english(qapp):  # noqa: ANN001, ANN201
    """Texts are asserted in English; other UI tests leave the app in Russian."""
    from alsep_desktop.ui.translator import current_language, set_language

    before = current_language()
    set_language(qapp, "en")
    yield
    set_language(qapp, before)


@pytest.fixture
def kclock() -> ManualClock:
    return ManualClock()
