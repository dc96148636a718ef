"""The basket as a table model: name, quantity, price, discount, markup, sum (seed 9.3.1)."""

from __future__ import annotations

from typing import Any

from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.lines import ReceiptTotals
from alsep_desktop.ui.qt import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    translate,
)
from alsep_desktop.ui.widgets.numbers import quantity_text

COLUMNS = 7


class BasketModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.basket = Basket()
        self.totals: ReceiptTotals = self.basket.totals()

    def set_basket(self, basket: Basket) -> None:
        totals = basket.totals()
        old, new = len(self.basket.lines), len(basket.lines)
        same_prefix = new == old + 1 and basket.lines[:old] == self.basket.lines and totals.receipt_discount == \
            self.totals.receipt_discount and totals.receipt_markup == self.totals.receipt_markup
        if same_prefix:  # the scan path: one row appended, nothing else redrawn
            self.beginInsertRows(QModelIndex(), old, old)
            self.basket, self.totals = basket, totals
            self.endInsertRows()
            return
        self.beginResetModel()
        self.basket, self.totals = basket, totals
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.basket.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = (
            translate("CashierBasket", "#"),
            translate("CashierBasket", "Name"),
            translate("CashierBasket", "Qty"),
            translate("CashierBasket", "Price"),
            translate("CashierBasket", "Discount"),
            translate("CashierBasket", "Markup"),
            translate("CashierBasket", "Sum"),
        )
        return titles[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.basket.lines[row]
        if col == 0:
            return str(row + 1)
        if col == 1:
            return item.name
        if col == 2:
            return quantity_text(item.quantity)
        if col == 3:
            return item.unit_price.format(currency=False)
        if col == 4:
            return item.discount.describe() if item.discount else ""
        if col == 5:
            return item.markup.describe() if item.markup else ""
        lt = self.totals.lines[row] if row < len(self.totals.lines) else None
        return (lt.total if lt else item.amount).format(currency=False)
