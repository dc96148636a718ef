"""The sale screen: KKM panel + basket, barcode field, payment (seed 9.3, 9.3.1).

Scanner input from anywhere in the window ends in :meth:`SaleScreen.on_scanned` (the lead
connects ``ui/devices``' ``ScannerBridge.scanned`` to it). The scan path runs synchronously on
the GUI thread (``ops.run_sync``): one indexed lookup, one row appended to the model.
"""

from __future__ import annotations

import uuid
from functools import partial
from typing import TYPE_CHECKING

from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.catalog import (
    FREE_POSITION_CODE,
    FREE_POSITION_GROUP,
    FREE_POSITION_NAME,
    ProductView,
)
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.services.card_payment import terminal_parts
from alsep_desktop.services.changes import Changes
from alsep_desktop.services.documents import DocumentResult
from alsep_desktop.services.scan import (
    BundleScan,
    ChooseScan,
    MarkingScan,
    NothingFound,
    ProductScan,
    add_or_merge,
)
from alsep_desktop.services.terminal_basket import SaleSnapshot
from alsep_desktop.ui.cashier.choose import ChooseProductDialog
from alsep_desktop.ui.cashier.common import (
    TOUCH_HEIGHT,
    Counter,
    MessageBar,
    big_button,
    bind_key,
    set_font,
    with_key,
)
from alsep_desktop.ui.cashier.keypad import KkmPanel
from alsep_desktop.ui.cashier.line_dialog import LineDialog, PriceDialog, WeightDialog
from alsep_desktop.ui.cashier.payment import PaymentDialog, pending_question
from alsep_desktop.ui.devices.marking_dialog import resolve_marking_scan
from alsep_desktop.ui.models.basket import BasketModel
from alsep_desktop.ui.ops import payment as pay_ops
from alsep_desktop.ui.ops import sale as sale_ops
from alsep_desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QEvent,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Slot,
    translate,
)
from alsep_desktop.ui.receipt_output import ReceiptOutput
from alsep_desktop.ui.receipt_preview import put_away_preview
from alsep_desktop.ui.terminal.flow import run_with_card

if TYPE_CHECKING:
    from alsep_desktop.services.terminal_journal import JournalEntry
    from alsep_desktop.ui.terminal.late_sale import LateSaleDialog

KEY_BARCODE, KEY_EDIT, KEY_DELETE, KEY_PAY, KEY_CLEAR, KEY_PRODUCTS = "F2", "F4", "Del", "F12", "Ctrl+Del", "Ctrl+U"


class SaleScreen(QWidget):
    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.basket = Basket()
        self.dialog: QDialog | None = None
        self._free: ProductView | None = None
        sc = counter.shortcut
        lay = QHBoxLayout(self)
        self.kkm = KkmPanel(counter, self)
        self.kkm.setMaximumWidth(380)
        self.kkm.add_requested.connect(self.add_free)
        self.kkm.quick_requested.connect(self.quick_pay)
        # on a low screen the panel scrolls instead of pushing the status bar off it (decision 2021)
        self.kkm_area = QScrollArea(self)
        self.kkm_area.setObjectName("kkm_area")
        self.kkm_area.setWidget(self.kkm)
        self.kkm_area.setWidgetResizable(True)
        self.kkm_area.setFrameShape(QFrame.Shape.NoFrame)
        self.kkm_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kkm_area.setMaximumWidth(380)
        lay.addWidget(self.kkm_area)
        right = QVBoxLayout()
        search = QHBoxLayout()
        self.barcode = QLineEdit(self)
        self.barcode.setObjectName("barcode_field")
        self.barcode.setMinimumHeight(TOUCH_HEIGHT)
        set_font(self.barcode, 18)
        self.barcode.returnPressed.connect(self._barcode_entered)
        self.search_button = big_button("", self, name="barcode_search")
        self.search_button.setMaximumWidth(200)
        sc(KEY_BARCODE, lambda: translate("CashierSale", "Barcode, code or name field"))  # the main window's F2
        self.search_button.clicked.connect(self._search_clicked)
        search.addWidget(self.barcode, 1)
        search.addWidget(self.search_button)
        right.addLayout(search)
        self.model = BasketModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("basket_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT - 8)
        header = self.table.horizontalHeader()
        for col, width in enumerate((40, 0, 72, 96, 76, 76, 104)):  # the name keeps ≥ 120 px at 1024×768
            if width:
                header.resizeSection(col, width)  # fixed: no per-row measuring on the scan path
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.edit_line())
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.edit_button = big_button("", self, name="line_edit")
        bind_key(self.edit_button, sc(KEY_EDIT, lambda: translate("CashierSale", "Edit the selected line")))
        self.edit_button.clicked.connect(self.edit_line)
        self.delete_button = big_button("", self, name="line_delete")
        bind_key(self.delete_button, sc(KEY_DELETE, lambda: translate("CashierSale", "Delete the selected line")))
        self.delete_button.clicked.connect(self.delete_line)
        self.clear_button = big_button("", self, name="basket_clear")
        bind_key(self.clear_button, sc(KEY_CLEAR, lambda: translate("CashierSale", "Clear the basket")))
        self.clear_button.clicked.connect(self.clear_basket)
        self.products_button = big_button("", self, name="fetch_products")
        bind_key(self.products_button, sc(KEY_PRODUCTS, lambda: translate("CashierSale", "Fetch products after an admin change")))
        self.products_button.clicked.connect(self.fetch_products)
        for b in (self.edit_button, self.delete_button, self.clear_button, self.products_button):
            buttons.addWidget(b)
        right.addLayout(buttons)
        self.message = MessageBar(self)
        right.addWidget(self.message)
        self.output = ReceiptOutput(counter, self, self.message)
        right.addWidget(self.output.offer)  # «чек без принтера»: a bar in the screen, never a window (2020)
        bottom = QHBoxLayout()
        self.total_label = QLabel(self)
        self.total_label.setObjectName("basket_total")
        set_font(self.total_label, 28, bold=True)
        self.total_label.setMinimumHeight(TOUCH_HEIGHT + 16)
        self.total_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.pay_button = big_button("", self, name="pay_button")
        self.pay_button.setMinimumHeight(TOUCH_HEIGHT + 16)
        set_font(self.pay_button, 20, bold=True)
        bind_key(self.pay_button, sc(KEY_PAY, lambda: translate("CashierSale", "Pay the basket")))
        self.pay_button.clicked.connect(self.pay)
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(self.pay_button, 1)
        right.addLayout(bottom)
        lay.addLayout(right, 1)
        counter.ops.changed.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.barcode.setPlaceholderText(translate("CashierSale", "Barcode, code or name — Enter"))
        self.search_button.setText(with_key(translate("CashierSale", "Find"), KEY_BARCODE))
        self.edit_button.setText(with_key(translate("CashierSale", "Edit"), KEY_EDIT))
        self.delete_button.setText(with_key(translate("CashierSale", "Delete"), KEY_DELETE))
        self.clear_button.setText(with_key(translate("CashierSale", "Clear"), KEY_CLEAR))
        self.products_button.setText(with_key(translate("CashierSale", "Fetch products"), KEY_PRODUCTS))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self._show_total()
        self.kkm_area.setMinimumWidth(min(380, self.kkm.minimumSizeHint().width()
                                          + self.kkm_area.verticalScrollBar().sizeHint().width()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- basket ---------------------------------------------------------------------------
    def set_basket(self, basket: Basket) -> None:
        self.basket = basket
        self.model.set_basket(basket)
        self._show_total()

    def _show_total(self) -> None:
        total = self.model.totals.total
        self.total_label.setText(translate("CashierSale", "Total: %1").replace("%1", total.format()))
        self.pay_button.setText(with_key(translate("CashierSale", "Pay %1").replace("%1", total.format()), KEY_PAY))

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return len(self.basket.lines) - 1 if self.basket.lines else None

    def add_lines(self, *items: LineItem) -> None:
        self.set_basket(self.basket.add(*items))
        self.table.scrollToBottom()
        put_away_preview(self)  # the last receipt's preview would hide this sale's basket

    def focus_barcode(self) -> None:
        self.barcode.setFocus()
        self.barcode.selectAll()

    # -- scanning and search ------------------------------------------------------------------
    def _barcode_entered(self) -> None:
        code = self.barcode.text()
        self.barcode.clear()
        self.on_scanned(code)

    def _search_clicked(self) -> None:
        if self.barcode.text().strip():
            self._barcode_entered()
        else:
            self.focus_barcode()

    @Slot(str)
    def on_scanned(self, code: str) -> None:
        """A scanned code (any scanner) or a typed barcode/code/name: add what it finds."""
        code = (code or "").strip()
        register_id = self.counter.register_id
        if not code or register_id is None or self.counter.cashier is None:
            return
        try:
            found = sale_ops.scan(self.counter, register_id, code)  # the rules: services/scan.py
            if isinstance(found, MarkingScan):
                line = resolve_marking_scan(self.counter.ctx, register_id, found.code, self,
                                            in_basket=[ln.marking_code for ln in self.basket.lines])
                if line is not None:
                    self.add_lines(line)
                    self.message.clear_message()
            elif isinstance(found, BundleScan):
                self.add_lines(*found.lines)
                self.message.clear_message()
            elif isinstance(found, ProductScan):
                self.add_product(found.product)
            elif isinstance(found, ChooseScan):
                self._choose(list(found.products))
            elif isinstance(found, NothingFound):
                self.message.show_error(translate("CashierSale", "Nothing found for «%1».").replace("%1", found.code))
        except Exception as exc:
            self.message.show_error(exc)

    def _choose(self, products: list[ProductView]) -> None:
        dlg = ChooseProductDialog(products, self)
        dlg.accepted.connect(lambda: dlg.chosen is not None and self.add_product(dlg.chosen))
        self.dialog = dlg
        dlg.open()

    def add_product(self, product: ProductView) -> None:
        self.message.clear_message()
        if product.unit is Unit.KILOGRAM:
            self._ask_weight(product)
            return
        if not product.editable_price:
            self.add_or_merge(product.line())
            return
        dlg = PriceDialog(product.name, product.price, self)

        def chosen() -> None:
            if dlg.price is not None:
                try:
                    self.add_lines(product.line(price=dlg.price))
                except Exception as exc:
                    self.message.show_error(exc)

        dlg.accepted.connect(chosen)
        self.dialog = dlg
        dlg.open()

    def _ask_weight(self, product: ProductView) -> None:
        dlg = WeightDialog(product.name, product.price, editable_price=product.editable_price, parent=self)

        def weighed() -> None:
            if dlg.quantity is not None:
                try:
                    self.add_lines(product.line(quantity=dlg.quantity, price=dlg.price))
                except Exception as exc:
                    self.message.show_error(exc)

        dlg.accepted.connect(weighed)
        self.dialog = dlg
        dlg.open()

    def add_or_merge(self, item: LineItem) -> None:
        """The same product scanned again adds to its line (setting ``merge_same_scans``)."""
        added = add_or_merge(self.basket, item, merge=self.counter.ctx.config.merge_same_scans)
        if added.merged:
            self.set_basket(added.basket)
            self.table.selectRow(added.row)
        else:
            self.add_lines(item)

    # -- KKM panel --------------------------------------------------------------------------
    def _free_product(self) -> ProductView | None:
        if self._free is None and self.counter.register_id is not None:
            self._free = self.counter.ctx.catalog.find_by_code(self.counter.register_id, FREE_POSITION_CODE)
        return self._free

    def add_free(self) -> None:
        """«+»: the typed amount, quantity and name as a free position."""
        try:
            price = self.kkm.money()
            if price.tiyn <= 0:
                self.message.show_error(translate("CashierSale", "Type the amount first."))
                return
            free = self._free_product()
            vat = free.vat if free else self.counter.ctx.vat_table.get("none")
            line = LineItem(name=self.kkm.name.text().strip() or FREE_POSITION_NAME, unit_price=price,
                            quantity=self.kkm.qty(), vat=vat, code=FREE_POSITION_CODE, group_code=FREE_POSITION_GROUP,
                            product_uuid=free.uuid if free else None, ntin=free.ntin if free else "")
        except Exception as exc:
            self.message.show_error(exc)
            return
        self.add_lines(line)
        self.kkm.reset()
        self.message.clear_message()

    def quick_pay(self) -> None:
        """«Быстрая оплата»: the typed amount as a one-line sale, paid at once (seed 9.3.1)."""
        from alsep_desktop.domain.payment import PaymentKind

        try:
            amount = self.kkm.money()
        except Exception as exc:
            self.message.show_error(exc)
            return
        if amount.tiyn <= 0:
            self.message.show_error(translate("CashierSale", "Type the amount first."))
            return
        c = self.counter
        cashier, register_id = c.cashier, c.register_id
        if cashier is None or register_id is None:
            return
        kind = PaymentKind.NON_CASH if self.kkm.non_cash.isChecked() else PaymentKind.CASH
        self.quick_button_enabled(False)
        sale_ops.quick_sale(c, cashier, register_id, amount, kind, self._quick_done, self._failed)

    def quick_button_enabled(self, on: bool) -> None:
        self.kkm.quick_button.setEnabled(on)
        self.pay_button.setEnabled(on)

    def _quick_done(self, result: DocumentResult) -> None:
        self.quick_button_enabled(True)
        self.kkm.reset()
        self._after_sale(result)

    def _failed(self, exc: Exception) -> None:
        self.quick_button_enabled(True)
        self.message.show_error(exc)
        self.counter.after_error(exc)

    # -- lines ------------------------------------------------------------------------------
    def edit_line(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dlg = LineDialog(self.basket.lines[row], self)

        def edited() -> None:
            if dlg.result_item is not None:
                self.set_basket(self.basket.replace_line(row, dlg.result_item))
                self.table.selectRow(row)

        dlg.accepted.connect(edited)
        self.dialog = dlg
        dlg.open()

    def delete_line(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.set_basket(self.basket.remove(row))

    def clear_basket(self) -> None:
        self.set_basket(Basket())

    def fetch_products(self) -> None:
        self._free = None
        self.counter.ops.announce(Changes(catalog=True))
        self.message.show_info(translate("CashierSale", "Products are up to date."))

    def _on_changes(self, changes: Changes) -> None:
        if changes.catalog:
            self._free = None

    # -- payment ----------------------------------------------------------------------------
    def pay(self) -> None:
        if not self.basket.lines:
            self.message.show_error(translate("CashierSale", "The basket is empty."))
            return
        pending = pay_ops.pending_payments(self.counter, self.counter.register_id, self.basket)
        if pending:  # its card payment is still pending: ask before charging the buyer twice (2014)
            question = self.pending_question = pending_question(self, pending)
            question.accepted.connect(partial(self._pending_answered, question, pending))
            question.open()
            return
        self._open_payment()

    def _pending_answered(self, question: LateSaleDialog, pending: list[JournalEntry]) -> None:
        if question.choice == "again":
            pay_ops.pay_again(self.counter, pending)
            self._open_payment()
            return
        window = self.window()
        tab = getattr(window, "terminal_tab", None)
        if tab is not None:
            window.show_tab(tab)
            tab.refresh()

    def _open_payment(self) -> None:
        dlg = PaymentDialog(self.basket, non_cash=self.kkm.non_cash.isChecked(), parent=self,
                            whole_tenge_card=terminal_parts(self.counter.terminal)[0] is not None,
                            check=self.counter.ctx.sales.check_payments)  # the cash limit (2042)
        dlg.accepted.connect(lambda: self._sell(dlg))
        self.dialog = dlg
        dlg.open()

    def _sell(self, dlg: PaymentDialog) -> None:
        c = self.counter
        cashier, register_id = c.cashier, c.register_id
        if cashier is None or register_id is None:
            return
        basket, payments = dlg.basket, list(dlg.payments)
        self.quick_button_enabled(False)
        # the card part goes through the connected terminal first, with the waiting dialog on top; the
        # receipt's uuid is the terminal operation's reference (a crash before the link is repaired, 0715)
        doc_uuid = str(uuid.uuid4())
        self.waiting = run_with_card(
            c, self, payments,
            sale_ops.sale_recorder(c, cashier, register_id, basket, payments, doc_uuid),
            self._sold, self._failed, reference=doc_uuid, sale=SaleSnapshot(basket, tuple(payments)))

    def _sold(self, result: DocumentResult) -> None:
        self.quick_button_enabled(True)
        self.set_basket(Basket())
        self._after_sale(result)

    def _after_sale(self, result: DocumentResult) -> None:
        self.last_result = result
        self.kkm.non_cash.setChecked(False)  # «Безнал» is for one receipt: the next sale starts with cash/card
        note = translate("CashierSale", "Receipt №%1: %2, change %3.").replace("%1", str(result.number)) \
            .replace("%2", result.total.format()).replace("%3", result.change.format())
        if result.offline:
            note += " " + translate("CashierSale", "Offline: the receipt will go to the OFD later.")
        self.message.show_info(note)
        self.output.deliver(result.id, note=note)

