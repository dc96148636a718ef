"""Several products match a typed code or name: the cashier picks one."""

from __future__ import annotations

from alsep_desktop.domain.catalog import ProductView
from alsep_desktop.ui.cashier.common import TOUCH_HEIGHT, big_button
from alsep_desktop.ui.qt import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    translate,
)


class ChooseProductDialog(QDialog):
    def __init__(self, products: list[ProductView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.products = products
        self.chosen: ProductView | None = None
        self.setWindowTitle(translate("CashierChoose", "Choose a product"))
        self.setMinimumSize(520, 420)
        lay = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("choose_list")
        for p in products:
            QListWidgetItem(f"{p.name}  —  {p.price.format()}  ({p.code}, {p.barcode})", self.list)
        self.list.setCurrentRow(0)
        self.list.setStyleSheet(f"QListWidget::item {{ min-height: {TOUCH_HEIGHT - 8}px; }}")
        self.list.itemActivated.connect(lambda *_: self.choose())
        lay.addWidget(self.list)
        ok = big_button(translate("CashierChoose", "Add"), self, name="choose_ok")
        ok.clicked.connect(self.choose)
        cancel = big_button(translate("CashierChoose", "Cancel"), self)
        cancel.clicked.connect(self.reject)
        lay.addWidget(ok)
        lay.addWidget(cancel)

    def choose(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.products):
            self.chosen = self.products[row]
            self.accept()
