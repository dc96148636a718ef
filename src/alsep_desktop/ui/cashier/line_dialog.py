"""Edit a basket line (name, quantity, price, discount, markup) and ask a price (editable items)."""

from __future__ import annotations

from dataclasses import replace

from alsep_desktop.domain.adjustment import Adjustment, AdjustmentKind
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.ui.cashier.common import TOUCH_HEIGHT, MessageBar
from alsep_desktop.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRegularExpression,
    QRegularExpressionValidator,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.widgets.money_edit import MoneyEdit
from alsep_desktop.ui.widgets.numbers import money_edit_text, quantity_text


class AdjustmentEdit(QWidget):
    """A discount or markup: a number and "%" or "₸"."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.value = QLineEdit(self)
        self.value.setObjectName(f"{field}_value")
        self.value.setPlaceholderText("0")
        self.value.setMinimumHeight(TOUCH_HEIGHT - 8)
        self.kind = QComboBox(self)
        self.kind.setObjectName(f"{field}_kind")
        self.kind.addItem("%", AdjustmentKind.PERCENT)
        self.kind.addItem("₸", AdjustmentKind.AMOUNT)
        self.kind.setMinimumHeight(TOUCH_HEIGHT - 8)
        lay.addWidget(self.value, 3)
        lay.addWidget(self.kind, 1)

    def adjustment(self) -> Adjustment | None:
        text = self.value.text().strip()
        if not text:
            return None
        if self.kind.currentData() is AdjustmentKind.PERCENT:
            adj = Adjustment.percent(text, field=self.field)
        else:
            adj = Adjustment.amount(Money.parse(text, field=self.field), field=self.field)
        return None if adj.is_zero else adj

    def set_adjustment(self, adj: Adjustment | None) -> None:
        if adj is None:
            self.value.clear()
            return
        if adj.kind is AdjustmentKind.PERCENT:
            self.kind.setCurrentIndex(0)
            whole, frac = divmod(adj.value, 100)
            self.value.setText(f"{whole}" if not frac else f"{whole},{frac:02d}")
        else:
            self.kind.setCurrentIndex(1)
            self.value.setText(money_edit_text(Money(adj.value)))


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(translate("CashierLineDialog", "OK"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("CashierLineDialog", "Cancel"))
    for b in box.buttons():
        b.setMinimumHeight(TOUCH_HEIGHT)
    box.rejected.connect(dialog.reject)
    return box


class LineDialog(QDialog):
    """Edit one line; ``result`` holds the new line after OK."""

    def __init__(self, item: LineItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.result_item: LineItem | None = None
        self.setWindowTitle(translate("CashierLineDialog", "Edit line"))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(item.name, self)
        self.name.setObjectName("line_name")
        self.quantity = QLineEdit(quantity_text(item.quantity), self)
        self.quantity.setObjectName("line_quantity")
        self.price = MoneyEdit(self, field="price")
        self.price.setObjectName("line_price")
        self.price.set_money(item.unit_price)
        self.discount = AdjustmentEdit("discount", self)
        self.discount.set_adjustment(item.discount)
        self.markup = AdjustmentEdit("markup", self)
        self.markup.set_adjustment(item.markup)
        for w in (self.name, self.quantity, self.price):
            w.setMinimumHeight(TOUCH_HEIGHT - 8)
        form.addRow(translate("CashierLineDialog", "Name"), self.name)
        form.addRow(translate("CashierLineDialog", "Quantity"), self.quantity)
        form.addRow(translate("CashierLineDialog", "Price"), self.price)
        form.addRow(translate("CashierLineDialog", "Discount"), self.discount)
        form.addRow(translate("CashierLineDialog", "Markup"), self.markup)
        lay.addLayout(form)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        box = _buttons(self)
        box.accepted.connect(self._check)
        lay.addWidget(box)

    def _check(self) -> None:
        try:
            qty = Quantity.parse(self.quantity.text(), self.item.quantity.unit)
            self.result_item = replace(
                self.item, name=self.name.text().strip(), quantity=qty, unit_price=self.price.money(),
                discount=self.discount.adjustment(), markup=self.markup.adjustment(),
            )
        except Exception as exc:  # a typed domain error: shown as a sentence, the dialog stays
            self.message.show_error(exc)
            return
        self.accept()


class PriceDialog(QDialog):
    """An item with an editable price (weighed goods, marked goods without a price) asks for it."""

    def __init__(self, name: str, suggested: Money, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.price: Money | None = None
        self.setWindowTitle(translate("CashierLineDialog", "Price"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(translate("CashierLineDialog", "Enter the price of %1").replace("%1", name), self))
        self.edit = MoneyEdit(self, field="price")
        self.edit.setObjectName("ask_price")
        self.edit.set_money(suggested)
        self.edit.setMinimumHeight(TOUCH_HEIGHT)
        self.edit.selectAll()
        lay.addWidget(self.edit)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        box = _buttons(self)
        box.accepted.connect(self._check)
        lay.addWidget(box)

    def _check(self) -> None:
        try:
            self.price = self.edit.money()
        except Exception as exc:
            self.message.show_error(exc)
            return
        self.accept()


class WeightDialog(QDialog):
    """A weighed product (unit kg) asks for its weight in kg, and for the price when it may be
    edited; Enter confirms. After OK: ``quantity`` and ``price`` (None: the catalog's)."""

    def __init__(self, name: str, price: Money, *, editable_price: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quantity: Quantity | None = None
        self.price: Money | None = None
        self.setWindowTitle(translate("CashierLineDialog", "Weight"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(translate("CashierLineDialog", "Weight of %1 in kg").replace("%1", name), self))
        form = QFormLayout()
        self.weight = QLineEdit(self)
        self.weight.setObjectName("ask_weight")
        self.weight.setPlaceholderText("0,000")
        self.weight.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,5}([.,]\d{0,3})?$"), self))
        self.weight.setMinimumHeight(TOUCH_HEIGHT)
        form.addRow(translate("CashierLineDialog", "Weight, kg"), self.weight)
        self.edit = MoneyEdit(self, field="price")
        self.edit.setObjectName("ask_price")
        self.edit.set_money(price)
        self.edit.setMinimumHeight(TOUCH_HEIGHT - 8)
        self.edit.setEnabled(editable_price)
        form.addRow(translate("CashierLineDialog", "Price per kg"), self.edit)
        lay.addLayout(form)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        box = _buttons(self)
        box.accepted.connect(self._check)
        lay.addWidget(box)
        self.weight.setFocus()

    def _check(self) -> None:
        try:
            qty = Quantity.parse(self.weight.text(), Unit.KILOGRAM, field="quantity")
            if qty.milli <= 0:
                self.message.show_error(translate("CashierLineDialog", "Type the weight first."))
                return
            self.price = self.edit.money() if self.edit.isEnabled() else None
        except Exception as exc:
            self.message.show_error(exc)
            return
        self.quantity = qty
        self.accept()
