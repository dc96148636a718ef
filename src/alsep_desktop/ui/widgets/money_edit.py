"""A line edit for an amount in tenge: ``money()`` parses with ``Money.parse`` (never a float)."""

from __future__ import annotations

from alsep_desktop.domain.money import Money
from alsep_desktop.ui.qt import (
    QLineEdit,
    QRegularExpression,
    QRegularExpressionValidator,
    Qt,
    QWidget,
)
from alsep_desktop.ui.widgets.numbers import money_edit_text


class MoneyEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None, *, field: str = "amount", allow_negative: bool = False) -> None:
        super().__init__(parent)
        self.field = field
        sign = "-?" if allow_negative else ""
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"^{sign}[\d ]{{0,15}}([.,]\d{{0,2}})?$"), self)
        )
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0,00")

    def money(self) -> Money:
        """The amount; raises ``InvalidAmount`` (a ``ValidationError`` on ``field``) when bad."""
        return Money.parse(self.text(), field=self.field)

    def set_money(self, value: Money) -> None:
        self.setText(money_edit_text(value))  # 890,00, as the window writes it (issue 20)
