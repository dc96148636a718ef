"""The line under a screen's title that says an error or a note, and the error's sentence."""

from __future__ import annotations

import logging

from alsep_desktop.errors import AlsepError
from alsep_desktop.ui.i18n.errors import error_message, error_params
from alsep_desktop.ui.qt import QLabel, QWidget
from alsep_desktop.ui.translator import current_language
from alsep_desktop.ui.widgets.touch import ERROR_STYLE, INFO_STYLE

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """A plain translated sentence for any error; never a traceback or an English exception text."""
    lang = current_language()
    if isinstance(exc, AlsepError):
        return error_message(lang, exc.code, error_params(exc, lang))
    log.error("unexpected error in the window", exc_info=exc)
    return error_message(lang, "error")


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
        while (parent := w.parentWidget()) is not None and not w.isWindow():
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
