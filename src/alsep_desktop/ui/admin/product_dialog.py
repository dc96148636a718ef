"""Add or edit one product (seed 8.6): validated by the service, errors shown with their field."""

from __future__ import annotations

from alsep_desktop.domain.adjustment import Adjustment
from alsep_desktop.domain.catalog import ProductView
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.services.catalog import ProductDraft
from alsep_desktop.ui.admin.common import ErrorLabel, Page, big_button, describe_error
from alsep_desktop.ui.admin.ops import catalog as ops
from alsep_desktop.ui.qt import (
    QCheckBox,
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
from alsep_desktop.ui.widgets.money_edit import MoneyEdit


def unit_names() -> dict[Unit, str]:
    """Translated name of every unit, with its ОКЕИ code."""
    names = {
        Unit.PIECE: translate("AdminProductDialog", "Piece"), Unit.KILOGRAM: translate("AdminProductDialog", "Kilogram"), Unit.GRAM: translate("AdminProductDialog", "Gram"),
        Unit.LITRE: translate("AdminProductDialog", "Litre"), Unit.METRE: translate("AdminProductDialog", "Metre"), Unit.SQUARE_METRE: translate("AdminProductDialog", "Square metre"),
        Unit.SERVICE: translate("AdminProductDialog", "Service"),
    }
    return {u: f"{names[u]} ({u.value})" for u in Unit}


class ProductDialog(QDialog):
    """``product`` None → add to ``register_id``; otherwise edit that product."""

    def __init__(self, page: Page, register_id: int, product: ProductView | None = None) -> None:
        super().__init__(page)
        self.page, self.register_id, self.product = page, register_id, product
        self.setWindowTitle(translate("AdminProductDialog", "Edit product") if product else translate("AdminProductDialog", "Add product"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.code_edit, self.group_edit, self.name_edit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.barcode_edit = QLineEdit(self)
        self.barcode_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,14}$"), self))
        self.price_edit = MoneyEdit(self, field="price")
        self.markup_edit, self.discount_edit = QLineEdit("0", self), QLineEdit("0", self)
        self.vat_combo = QComboBox(self)
        for rate in page.ctx.vat_table.rates:
            self.vat_combo.addItem(translate("AdminProductDialog", "Without VAT") if rate.basis_points is None else rate.percent_text, rate.code)
        self.editable_check = QCheckBox(translate("AdminProductDialog", "Cashier may change the price"), self)
        self.unit_combo = QComboBox(self)
        for unit, label in unit_names().items():
            self.unit_combo.addItem(label, unit.value)
        self.ntin_edit = QLineEdit(self)
        self.ntin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,14}$"), self))
        self.ntin_edit.setPlaceholderText(translate("AdminProductDialog", "13 or 14 digits from the National Catalogue"))
        self.marked_check = QCheckBox(translate("AdminProductDialog", "Marked goods (sold with a DataMatrix code)"), self)
        form.addRow(translate("AdminProductDialog", "Code"), self.code_edit)
        form.addRow(translate("AdminProductDialog", "Group code"), self.group_edit)
        form.addRow(translate("AdminProductDialog", "Name"), self.name_edit)
        form.addRow(translate("AdminProductDialog", "Barcode (digits)"), self.barcode_edit)
        form.addRow(translate("AdminProductDialog", "Price"), self.price_edit)
        form.addRow(translate("AdminProductDialog", "Markup, %"), self.markup_edit)
        form.addRow(translate("AdminProductDialog", "Discount, %"), self.discount_edit)
        form.addRow(translate("AdminProductDialog", "VAT rate"), self.vat_combo)
        form.addRow(translate("AdminProductDialog", "Unit of measure"), self.unit_combo)
        form.addRow(translate("AdminProductDialog", "NTIN"), self.ntin_edit)
        form.addRow(self.editable_check)
        form.addRow(self.marked_check)
        self.fields = {"code": self.code_edit, "group_code": self.group_edit, "name": self.name_edit,
                       "barcode": self.barcode_edit, "price": self.price_edit, "markup": self.markup_edit,
                       "discount": self.discount_edit, "vat_rate": self.vat_combo, "unit": self.unit_combo,
                       "ntin": self.ntin_edit, "marked": self.marked_check}
        self.error = ErrorLabel(self)
        buttons = QHBoxLayout()
        self.save_button = big_button(translate("AdminProductDialog", "Save"), self, "Ctrl+Return")
        self.cancel_button = big_button(translate("AdminProductDialog", "Cancel"), self)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        if product is not None:
            self._load(product)
        else:
            vat_default = page.ctx.vat_table.default.code
            self.vat_combo.setCurrentIndex(max(0, self.vat_combo.findData(vat_default)))

    def _load(self, p: ProductView) -> None:
        self.code_edit.setText(p.code)
        self.group_edit.setText(p.group_code)
        self.name_edit.setText(p.name)
        self.barcode_edit.setText(p.barcode)
        self.price_edit.set_money(p.price)
        self.markup_edit.setText(f"{p.markup_bp / 100:g}")
        self.discount_edit.setText(f"{p.discount_bp / 100:g}")
        self.vat_combo.setCurrentIndex(max(0, self.vat_combo.findData(p.vat.code)))
        self.editable_check.setChecked(p.editable_price)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(p.unit.value)))
        self.ntin_edit.setText(p.ntin)
        self.marked_check.setChecked(p.marked)

    def draft(self) -> ProductDraft:
        """The product as typed; raises ``ValidationError`` naming the field."""
        return ProductDraft(
            code=self.code_edit.text(), group_code=self.group_edit.text(), name=self.name_edit.text(),
            barcode=self.barcode_edit.text().strip(), price=self.price_edit.money(),
            markup_bp=Adjustment.percent(self.markup_edit.text() or "0", field="markup").value,
            discount_bp=Adjustment.percent(self.discount_edit.text() or "0", field="discount").value,
            vat_code=self.vat_combo.currentData(), editable_price=self.editable_check.isChecked(),
            unit=Unit(self.unit_combo.currentData()), ntin=self.ntin_edit.text().strip(),
            marked=self.marked_check.isChecked(),
        )

    def show_error(self, exc: BaseException) -> None:
        self.error.show_error(describe_error(exc))
        widget = self.fields.get(getattr(exc, "field", ""))
        if widget is not None:
            widget.setFocus()

    def save(self) -> None:
        try:
            draft_ok = self.draft().validated(self.page.ctx.vat_table)
        except Exception as exc:  # a ValidationError: show it, keep the dialog open
            self.show_error(exc)
            return
        admin, actor = self.page.admin, self.page.principal
        if self.product is None:
            op = ops.add_product(admin, actor, self.register_id, draft_ok)
        else:  # with a cloud: a change made since opening is refused
            op = ops.save_product(admin, actor, self.product.uuid, draft_ok, seen=self.product)
        self.save_button.setEnabled(False)

        def failed(exc: Exception) -> None:
            self.save_button.setEnabled(True)
            self.show_error(exc)

        self.page.call(op, lambda _v: self.accept(), failed)
