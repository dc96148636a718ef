"""The questions a late card approval may raise before its receipt (decision 2011): the basket
changed after the payment (which goods does the receipt hold?), or the same goods were sold on
another receipt meanwhile (refund instead?). The answer is ``choice`` once the dialog is accepted."""

from __future__ import annotations

from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.money import Money
from alsep_desktop.services.terminal_basket import SaleSnapshot
from alsep_desktop.ui.qt import QDialog, QLabel, QVBoxLayout, QWidget, translate
from alsep_desktop.ui.widgets.touch import TOUCH_HEIGHT, big_button

PAID, PAID_KEEP, CURRENT, REFUND, ANYWAY = "paid", "paid_keep", "current", "refund", "anyway"


class LateSaleDialog(QDialog):
    """``choices``: (key, button text, explanation under it or "", enabled)."""

    def __init__(self, title: str, text: str, choices: list[tuple[str, str, str, bool]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("late_sale")
        self.setWindowTitle(title)
        self.choice: str | None = None
        lay = QVBoxLayout(self)
        self.label = QLabel(text, self)
        self.label.setObjectName("late_sale_text")
        self.label.setWordWrap(True)
        lay.addWidget(self.label)
        self.buttons = {}
        for key, label, detail, enabled in choices:
            button = big_button(label, self, name=f"late_{key}")
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.setEnabled(enabled)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            lay.addWidget(button)
            if detail:
                note = QLabel(detail, self)
                note.setObjectName(f"late_{key}_detail")
                note.setWordWrap(True)
                note.setEnabled(enabled)
                lay.addWidget(note)
            self.buttons[key] = button
        cancel = big_button(translate("TerminalLateSale", "Decide later"), self, name="late_cancel")
        cancel.clicked.connect(self.reject)
        lay.addWidget(cancel)
        self.setMinimumWidth(520)
        self.setMaximumWidth(900)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


def _basket_text(basket: Basket) -> str:
    names = ", ".join(x.name for x in basket.lines[:3]) + (" …" if len(basket.lines) > 3 else "")
    return f"{names} ({basket.totals().total.format()})"


def which_basket(parent: QWidget, sale: SaleSnapshot, current: Basket) -> LateSaleDialog:
    """The basket changed after the payment: fiscalize the basket as paid, or the current one
    (only when it totals the same: the money taken is for that amount)."""
    same_total = current.totals().total == sale.total
    text = translate(
        "TerminalLateSale", "The card payment of %1 was approved late, and the basket changed after it. Which goods "
        "does its receipt hold?").replace("%1", sale.card.format())
    current_note = _basket_text(current)
    if not same_total:
        current_note += " " + translate("TerminalLateSale", "— totals %1, not %2: it cannot be this payment's "
                                        "receipt.").replace("%1", current.totals().total.format()) \
            .replace("%2", sale.total.format())
    return LateSaleDialog(
        translate("TerminalLateSale", "Late card approval"), text,
        [(PAID, translate("TerminalLateSale", "The basket as paid"),
          translate("TerminalLateSale", "%1; its lines leave the current basket (the same customer added more).")
          .replace("%1", _basket_text(sale.basket)), True),
         (PAID_KEEP, translate("TerminalLateSale", "The basket as paid; keep the current one"),
          translate("TerminalLateSale", "The current basket is another customer's: it stays as it is."), True),
         (CURRENT, translate("TerminalLateSale", "The current basket"), current_note, same_total)], parent)


def sold_again(parent: QWidget, number: str, amount: Money) -> LateSaleDialog:
    """The same goods are on receipt №``number``, written after the payment."""
    text = translate(
        "TerminalLateSale", "The goods of this card payment (%1) were sold on receipt №%2 after it. If that was the "
        "same customer, refund the card payment; issue a second receipt only if these were other goods.") \
        .replace("%1", amount.format()).replace("%2", number)
    return LateSaleDialog(
        translate("TerminalLateSale", "Late card approval"), text,
        [(REFUND, translate("TerminalLateSale", "Refund %1 to the card").replace("%1", amount.format()), "", True),
         (ANYWAY, translate("TerminalLateSale", "Issue the receipt anyway"), "", True)], parent)
