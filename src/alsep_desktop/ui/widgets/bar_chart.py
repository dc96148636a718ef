"""A simple bar chart drawn with QPainter (no chart dependency). Negative bars go below the axis."""

from __future__ import annotations

from alsep_desktop.ui.qt import QColor, QPainter, QPen, QRectF, QSize, QSizePolicy, Qt, QWidget


class BarChart(QWidget):
    """``set_data([(label, value:int), ...], fmt)``; ``fmt`` formats a value for the tooltip/label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: list[tuple[str, int]] = []
        self._fmt = str
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(600, 240)

    def set_data(self, data: list[tuple[str, int]], fmt=str) -> None:  # noqa: ANN001
        self._data = list(data)
        self._fmt = fmt
        self.setToolTip("\n".join(f"{label}: {fmt(v)}" for label, v in self._data))
        self.update()

    @property
    def data(self) -> list[tuple[str, int]]:
        return list(self._data)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        top, bottom, left = 22.0, 26.0, 8.0
        if not self._data:
            p.end()
            return
        hi = max(0, max(v for _, v in self._data))
        lo = min(0, min(v for _, v in self._data))
        span = (hi - lo) or 1
        plot_h = h - top - bottom
        zero_y = top + plot_h * hi / span
        slot = (w - 2 * left) / len(self._data)
        bar_w = max(2.0, slot * 0.7)
        fm = p.fontMetrics()
        for i, (label, v) in enumerate(self._data):
            x = left + i * slot + (slot - bar_w) / 2
            bar_h = plot_h * abs(v) / span
            y = zero_y - bar_h if v >= 0 else zero_y
            p.fillRect(QRectF(x, y, bar_w, bar_h), QColor("#2e7d32") if v >= 0 else QColor("#c62828"))
            p.setPen(QPen(QColor("#333333")))
            p.drawText(QRectF(left + i * slot, h - bottom + 4, slot, bottom - 4),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), label)
            if v and fm.horizontalAdvance(self._fmt(v)) < slot:
                ty = y - 4 if v >= 0 else y + bar_h + fm.ascent()
                p.drawText(QRectF(left + i * slot, ty - fm.ascent(), slot, fm.height()),
                           int(Qt.AlignmentFlag.AlignHCenter), self._fmt(v))
        p.setPen(QPen(QColor("#777777")))
        p.drawLine(int(left), int(zero_y), int(w - left), int(zero_y))
        p.end()
