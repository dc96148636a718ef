"""Products of one register (seed 8.6): search, group filter, add/edit/delete, bundles,
CSV and 1C import, CSV export."""

from __future__ import annotations

from alsep_desktop.domain.catalog import BundleView, ProductView
from alsep_desktop.errors import AlsepError
from alsep_desktop.ui.admin.bundle_dialog import BundleDialog
from alsep_desktop.ui.admin.catalog_io import CatalogIO
from alsep_desktop.ui.admin.common import Page, big_button, fill_table, make_table, selected_key
from alsep_desktop.ui.admin.ops import catalog as ops
from alsep_desktop.ui.admin.ops.org import load_registers
from alsep_desktop.ui.admin.product_dialog import ProductDialog, unit_names
from alsep_desktop.ui.file_dialogs import open_path, save_path
from alsep_desktop.ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.widgets.numbers import money_text, quantity_text

SHOWN = 2000  # rows drawn at once; search narrows the rest


def code_order(p: ProductView) -> tuple[int, int, str]:
    """Numeric codes by their number (1, 2, 10, 12), the others after them by their text."""
    code = p.code.strip()
    return (0, int(code), code) if code.isdigit() else (1, 0, code.casefold())


def percent_text(basis_points: int) -> str:
    """``12,50`` (hundredths of a percent, with the window's decimal comma)."""
    whole, frac = divmod(abs(basis_points), 100)
    return f"{'-' if basis_points < 0 else ''}{whole},{frac:02d}"


class ProductsPage(Page):
    def build(self) -> None:
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.register_combo = QComboBox(self)
        self.register_combo.setMinimumHeight(36)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(translate("AdminProducts", "Search by name, code or barcode"))
        self.search_edit.setClearButtonEnabled(True)
        self.group_combo = QComboBox(self)
        # as wide as its longest entry («Все группы», a long group code): never cut (issue 20)
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_combo.setMinimumContentsLength(12)
        top.addWidget(QLabel(translate("AdminProducts", "Register"), self))
        top.addWidget(self.register_combo, 1)
        top.addWidget(self.search_edit, 2)
        top.addWidget(QLabel(translate("AdminProducts", "Group"), self))
        top.addWidget(self.group_combo)
        lay.addLayout(top)
        bar = QHBoxLayout()
        self.add_button = big_button(translate("AdminProducts", "Add product"), self, "Ctrl+N")
        self.edit_button = big_button(translate("AdminProducts", "Edit"), self, "Ctrl+E")
        self.delete_button = big_button(translate("AdminProducts", "Delete"), self, "Del")
        self.import_button = big_button(translate("AdminProducts", "Import CSV"), self)
        self.import_1c_button = big_button(translate("AdminProducts", "Import from 1C"), self)
        self.export_button = big_button(translate("AdminProducts", "Export CSV"), self)
        for b in (self.add_button, self.edit_button, self.delete_button, self.import_button,
                  self.import_1c_button, self.export_button):
            bar.addWidget(b)
        lay.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.table = make_table(split, [translate("AdminProducts", "Code"), translate("AdminProducts", "Group code"), translate("AdminProducts", "Name"), translate("AdminProducts", "Barcode"),
                                        translate("AdminProducts", "Price"), translate("AdminProducts", "Markup, %"), translate("AdminProducts", "Discount, %"), translate("AdminProducts", "VAT"),
                                        translate("AdminProducts", "Editable price"), translate("AdminProducts", "Unit"),
                                        translate("AdminProducts", "Marked")])
        self.table.doubleClicked.connect(self.edit_product)
        bundles = QWidget(split)
        bl = QVBoxLayout(bundles)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(QLabel(translate("AdminProducts", "Bundles"), bundles))
        self.bundle_table = make_table(bundles, [translate("AdminProducts", "Name"), translate("AdminProducts", "Barcode"), translate("AdminProducts", "Products")])
        bl.addWidget(self.bundle_table)
        bb = QHBoxLayout()
        self.add_bundle_button = big_button(translate("AdminProducts", "New bundle"), bundles)
        self.edit_bundle_button = big_button(translate("AdminProducts", "Edit bundle"), bundles)
        self.delete_bundle_button = big_button(translate("AdminProducts", "Delete bundle"), bundles)
        for b in (self.add_bundle_button, self.edit_bundle_button, self.delete_bundle_button):
            bb.addWidget(b)
        bl.addLayout(bb)
        split.addWidget(self.table)
        split.addWidget(bundles)
        # the product grid takes the height the window has; bundles keep a quarter (issue 11.6)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.split = split
        lay.addWidget(split, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        self.io = CatalogIO(self)
        self.products: list[ProductView] = []
        self.bundles: list[BundleView] = []
        self.dialog: ProductDialog | BundleDialog | None = None
        self.register_combo.currentIndexChanged.connect(lambda _i: self.load_catalog())
        self.search_edit.textChanged.connect(lambda _t: self.show_products())
        self.group_combo.currentIndexChanged.connect(lambda _i: self.show_products())
        self.add_button.clicked.connect(self.add_product)
        self.edit_button.clicked.connect(self.edit_product)
        self.delete_button.clicked.connect(self.delete_product)
        self.import_button.clicked.connect(self.import_csv)
        self.import_1c_button.clicked.connect(self.import_1c)
        self.export_button.clicked.connect(self.export_csv)
        self.add_bundle_button.clicked.connect(lambda: self.open_bundle(None))
        self.edit_bundle_button.clicked.connect(self.edit_bundle)
        self.delete_bundle_button.clicked.connect(self.delete_bundle)

    # -- file choice hooks (tests replace them) -----------------------------------------------
    def ask_open_path(self, caption: str, pattern: str) -> str:
        return open_path(self, caption, pattern)

    def ask_save_path(self, caption: str, suggested: str) -> str:
        return save_path(self, caption, suggested, "CSV (*.csv)")

    # -- loading ---------------------------------------------------------------------------------
    @property
    def register_id(self) -> int | None:
        return self.register_combo.currentData()

    def refresh(self) -> None:
        self.call(load_registers(self.admin, self.principal), self.show_registers)

    def show_registers(self, registers: list) -> None:
        current = self.register_id
        self.register_combo.blockSignals(True)
        self.register_combo.clear()
        for r in registers:
            self.register_combo.addItem(f"{r.name} ({r.serial_number})", r.id)
        idx = self.register_combo.findData(current)
        self.register_combo.setCurrentIndex(idx if idx >= 0 else 0)
        self.register_combo.blockSignals(False)
        for b in (self.add_button, self.import_button, self.import_1c_button, self.export_button,
                  self.add_bundle_button):
            b.setEnabled(bool(registers))
        if not registers:
            self.say(translate("AdminProducts", "Create a register first: each register has its own catalog."))
        self.load_catalog()

    def load_catalog(self) -> None:
        rid = self.register_id
        if rid is None:
            return
        self.call(ops.load_catalog(self.admin, self.ctx.catalog, self.principal, rid), self._loaded)

    def _loaded(self, value: tuple) -> None:
        rid, products, bundles = value
        if rid != self.register_id:
            return
        self.products, self.bundles = products, bundles
        groups = sorted({p.group_code for p in products if p.group_code})
        current = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(translate("AdminProducts", "All groups"), None)
        for g in groups:
            self.group_combo.addItem(g, g)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(current)))
        self.group_combo.blockSignals(False)
        self.show_products()
        fill_table(self.bundle_table, [
            (b.name, b.barcode, ", ".join(f"{p.name} × {quantity_text(q)}" for p, q in b.items)) for b in bundles
        ], [b.uuid for b in bundles])

    def visible_products(self) -> list[ProductView]:
        text = self.search_edit.text().strip().casefold()
        group = self.group_combo.currentData()
        return [p for p in self.products
                if (group is None or p.group_code == group)
                and (not text or text in p.name.casefold() or text == p.code.casefold() or p.barcode.startswith(text))]

    def show_products(self) -> None:
        rows = sorted(self.visible_products(), key=code_order)
        yes, no = translate("AdminProducts", "yes"), translate("AdminProducts", "no")
        units = unit_names()
        fill_table(self.table, [
            (p.code, p.group_code, p.name, p.barcode, money_text(p.price), percent_text(p.markup_bp),
             percent_text(p.discount_bp), p.vat.percent_text if p.vat.taxable else translate("AdminProducts", "without VAT"),
             yes if p.editable_price else no, units.get(p.unit, p.unit.value), yes if p.marked else no)
            for p in rows[:SHOWN]
        ], [p.uuid for p in rows[:SHOWN]])
        text = translate("AdminProducts", "Products: %1 of %2").replace("%1", str(len(rows))).replace("%2", str(len(self.products)))
        if len(rows) > SHOWN:
            text += " " + translate("AdminProducts", "(first %1 shown; refine the search)").replace("%1", str(SHOWN))
        self.say(text)

    # -- products ---------------------------------------------------------------------------------
    def _product(self) -> ProductView | None:
        uuid = selected_key(self.table)
        return next((p for p in self.products if p.uuid == uuid), None)

    def add_product(self) -> None:
        if self.register_id is not None:
            self.dialog = ProductDialog(self, self.register_id)
            self.dialog.open()

    def edit_product(self) -> None:
        product = self._product()
        if product is not None and self.register_id is not None:
            self.dialog = ProductDialog(self, self.register_id, product)
            self.dialog.open()

    def delete_product(self) -> None:
        product = self._product()
        if product is None:
            return
        if self.confirm(translate("AdminProducts", "Delete %1? It is also removed from every bundle.").replace("%1", product.name)):
            self.call(ops.delete_product(self.admin, self.principal, product.uuid),
                      lambda _v: self.say(translate("AdminProducts", "Product deleted.")))

    # -- bundles -----------------------------------------------------------------------------------
    def _bundle(self) -> BundleView | None:
        uuid = selected_key(self.bundle_table)
        return next((b for b in self.bundles if b.uuid == uuid), None)

    def open_bundle(self, bundle: BundleView | None) -> None:
        if self.register_id is None:
            return
        self.dialog = BundleDialog(self, self.register_id, self.products, bundle)
        self.dialog.open()

    def edit_bundle(self) -> None:
        bundle = self._bundle()
        if bundle is not None:
            self.open_bundle(bundle)

    def delete_bundle(self) -> None:
        bundle = self._bundle()
        if bundle is not None and self.confirm(translate("AdminProducts", "Delete the bundle %1?").replace("%1", bundle.name)):
            self.call(ops.delete_bundle(self.admin, self.principal, bundle.uuid),
                      lambda _v: self.say(translate("AdminProducts", "Bundle deleted.")))

    # -- import / export ---------------------------------------------------------------------------
    def import_csv(self) -> None:
        rid = self.register_id
        if rid is None:
            return
        try:
            self.admin.catalog.check_local_import()  # with a cloud the file would be undone by the mirror
        except AlsepError as exc:
            self.fail(exc)
            return
        path = self.ask_open_path(translate("AdminProducts", "Choose a CSV file"), "CSV (*.csv *.txt)")
        if path and self.confirm(self._import_question()):
            self.io.start_import(rid, path)

    def import_1c(self) -> None:
        rid = self.register_id
        if rid is None:
            return
        try:
            self.admin.catalog.check_local_import()  # with a cloud the file would be undone by the mirror
        except AlsepError as exc:
            self.fail(exc)
            return
        path = self.ask_open_path(translate("AdminProducts", "Choose import.xml (offers.xml must be next to it)"), "1C (*.xml)")
        if path and self.confirm(self._import_question()):
            self.io.start_import(rid, path)

    def _import_question(self) -> str:
        if self.admin.in_cloud:  # the cloud's import adds and updates by code (decision 1419)
            return translate("AdminProducts", "Importing adds the file's products to this register's catalog in the "
                                              "cloud and updates those with the same code. Continue?")
        return translate("AdminProducts", "Importing replaces ALL products of this register. Continue?")

    def export_csv(self) -> None:
        rid = self.register_id
        if rid is None:
            return
        path = self.ask_save_path(translate("AdminProducts", "Export the catalog"), "products.csv")
        if path:
            self.io.export(rid, path)
