"""Add or edit a bundle (seed 8.6): several products under one name and barcode."""

from __future__ import annotations

from alsep_desktop.domain.catalog import BundleView, ProductView
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.ui.admin.common import (
    ErrorLabel,
    Page,
    big_button,
    describe_error,
    fill_table,
    make_table,
)
from alsep_desktop.ui.admin.ops import catalog as ops
from alsep_desktop.ui.qt import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRegularExpression,
    QRegularExpressionValidator,
    QVBoxLayout,
    translate,
)
from alsep_desktop.ui.widgets.numbers import quantity_text


class BundleDialog(QDialog):
    def __init__(self, page: Page, register_id: int, products: list[ProductView], bundle: BundleView | None = None) -> None:
        super().__init__(page)
        self.page, self.register_id, self.bundle = page, register_id, bundle
        self.products = {p.uuid: p for p in products}
        self.items: list[tuple[str, Quantity]] = []
        self.setWindowTitle(translate("AdminBundleDialog", "Edit bundle") if bundle else translate("AdminBundleDialog", "New bundle"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit, self.barcode_edit = QLineEdit(self), QLineEdit(self)
        self.barcode_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,14}$"), self))
        form.addRow(translate("AdminBundleDialog", "Name"), self.name_edit)
        form.addRow(translate("AdminBundleDialog", "Barcode (digits)"), self.barcode_edit)
        lay.addLayout(form)
        pick = QHBoxLayout()
        self.product_combo = QComboBox(self)
        self.product_combo.setEditable(True)
        for p in products:
            self.product_combo.addItem(f"{p.code} — {p.name}", p.uuid)
        self.qty_edit = QLineEdit("1", self)
        self.add_button = big_button(translate("AdminBundleDialog", "Add product"), self)
        self.remove_button = big_button(translate("AdminBundleDialog", "Remove line"), self)
        for w in (self.product_combo, self.qty_edit, self.add_button, self.remove_button):
            pick.addWidget(w)
        lay.addLayout(pick)
        self.table = make_table(self, [translate("AdminBundleDialog", "Product"), translate("AdminBundleDialog", "Quantity")])
        lay.addWidget(self.table)
        self.error = ErrorLabel(self)
        lay.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save_button = big_button(translate("AdminBundleDialog", "Save"), self, "Ctrl+Return")
        self.cancel_button = big_button(translate("AdminBundleDialog", "Cancel"), self)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        lay.addLayout(buttons)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        if bundle is not None:
            self.name_edit.setText(bundle.name)
            self.barcode_edit.setText(bundle.barcode)
            self.items = [(p.uuid, q) for p, q in bundle.items]
            self._show_items()

    def _show_items(self) -> None:
        fill_table(self.table, [(self.products[u].name if u in self.products else u, quantity_text(q)) for u, q in self.items])

    def add_item(self) -> None:
        uuid = self.product_combo.currentData()
        if uuid is None:
            return
        try:
            unit = self.products[uuid].unit
            qty = Quantity.parse(self.qty_edit.text() or "1", unit)
        except Exception as exc:
            self.error.show_error(describe_error(exc))
            return
        self.error.show_error("")
        self.items.append((uuid, qty))
        self._show_items()

    def remove_item(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._show_items()

    def save(self) -> None:
        name, barcode, items = self.name_edit.text(), self.barcode_edit.text(), list(self.items)
        admin, actor = self.page.admin, self.page.principal
        if self.bundle is None:
            op = ops.add_bundle(admin, actor, self.register_id, name, barcode, items)
        else:
            op = ops.save_bundle(admin, actor, self.bundle.uuid, name, barcode, items)
        self.page.call(op, lambda _v: self.accept(), lambda exc: self.error.show_error(describe_error(exc)))
