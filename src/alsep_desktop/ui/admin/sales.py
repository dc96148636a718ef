"""Sales of one register (seed 8.8): code, item, price, qty, date, barcode, cash, card, cashier;
returns negative; period filter; CSV export."""

from __future__ import annotations

from alsep_desktop.services.reports import SaleLine
from alsep_desktop.ui.admin.common import Page, big_button, fill_table, make_table
from alsep_desktop.ui.admin.csv_labels import csv_labels
from alsep_desktop.ui.admin.ops import reports as ops
from alsep_desktop.ui.admin.ops.org import load_registers
from alsep_desktop.ui.file_dialogs import save_path
from alsep_desktop.ui.qt import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, translate
from alsep_desktop.ui.widgets.period_picker import PeriodPicker

SHOWN = 5000


def _qty(line: SaleLine) -> str:
    q = line.quantity
    text = type(q)(abs(q.milli), q.unit).format()
    return f"-{text}" if q.milli < 0 else text


class SalesPage(Page):
    def build(self) -> None:
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.register_combo = QComboBox(self)
        self.register_combo.setMinimumHeight(36)
        self.period = PeriodPicker(self.ctx.reports.default_period().end, self)
        self.export_button = big_button(translate("AdminSales", "Export CSV"), self, "Ctrl+Shift+E")
        top.addWidget(QLabel(translate("AdminSales", "Register"), self))
        top.addWidget(self.register_combo, 1)
        top.addWidget(self.period, 3)
        top.addWidget(self.export_button)
        lay.addLayout(top)
        self.table = make_table(self, [translate("AdminSales", "Code"), translate("AdminSales", "Item"), translate("AdminSales", "Price"), translate("AdminSales", "Qty"),
                                       translate("AdminSales", "Date"), translate("AdminSales", "Barcode"), translate("AdminSales", "Cash"), translate("AdminSales", "Card"),
                                       translate("AdminSales", "Cashier")])
        lay.addWidget(self.table, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        self.fields["period"] = self.period
        self.lines: list[SaleLine] = []
        self.register_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.period.changed.connect(lambda _a, _b: self.load())
        self.export_button.clicked.connect(self.export)

    def ask_save_path(self, suggested: str) -> str:
        return save_path(self, translate("AdminSales", "Export sales"), suggested, "CSV (*.csv)")

    def refresh(self) -> None:
        self.call(load_registers(self.admin, self.principal), self.show_registers)

    def show_registers(self, registers: list) -> None:
        current = self.register_combo.currentData()
        self.register_combo.blockSignals(True)
        self.register_combo.clear()
        for r in registers:
            self.register_combo.addItem(f"{r.name} ({r.serial_number})", r.id)
        self.register_combo.setCurrentIndex(max(0, self.register_combo.findData(current)))
        self.register_combo.blockSignals(False)
        self.load()

    def load(self) -> None:
        rid = self.register_combo.currentData()
        if rid is None:
            return
        period = self.period_of(self.period)
        if period is None:
            return
        self.call(ops.load_sales(self.ctx.reports, self.principal, rid, period, SHOWN + 1), self.show_lines)

    def show_lines(self, lines: list[SaleLine]) -> None:
        self.lines = lines[:SHOWN]
        fill_table(self.table, [
            (ln.code, ln.name, ln.unit_price.plain(), _qty(ln), ln.at.strftime("%d.%m.%Y %H:%M:%S"), ln.barcode,
             ln.cash.plain(), ln.card.plain(), ln.cashier)
            for ln in self.lines
        ])
        text = translate("AdminSales", "Lines: %1").replace("%1", str(len(self.lines)))
        if len(lines) > SHOWN:
            text += " " + translate("AdminSales", "(first %1 shown; export the CSV for all)").replace("%1", str(SHOWN))
        self.say(text)

    def export(self) -> None:
        rid = self.register_combo.currentData()
        if rid is None:
            return
        period = self.period_of(self.period)
        if period is None:
            return
        path = self.ask_save_path(f"sales-{period.start:%Y%m%d}-{period.end:%Y%m%d}.csv")
        if path:
            labels = csv_labels()  # the file in the window's language (decision 2041)
            self.call(ops.export_sales(self.ctx.reports, self.principal, rid, period, path, labels),
                      lambda n: self.say(translate("AdminSales", "Exported %n line(s).", None, n)))
