"""A one-line label that never widens its window: it asks for its text's width but accepts less,
and then draws the text cut with «…» (the whole text in its tooltip). ``text()`` stays the whole
text (decision 2021)."""

from __future__ import annotations

from alsep_desktop.ui.qt import QLabel, QPainter, QSize, Qt, QWidget

MIN_WIDTH = 48  # px: enough for a few letters and «…»


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_WIDTH), hint.height())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._tip()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._tip()

    @property
    def elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def shown_text(self) -> str:
        """What the label draws now: the text, or its beginning and «…» when it does not fit."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def _tip(self) -> None:
        self.setToolTip(self.text() if self.elided else "")

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        if not self.elided:
            super().paintEvent(event)  # type: ignore[arg-type]
            return
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), self.shown_text(), self.foregroundRole())
        painter.end()
