"""Dashboard on entry (seed 8.1): the last week by default, revenue per day, payment mix,
top products, returns; CSV export of what is shown."""

from __future__ import annotations

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.tender import tender_kinds
from alsep_desktop.services.reports import Dashboard
from alsep_desktop.ui.admin.common import Page, big_button, fill_table, make_table
from alsep_desktop.ui.admin.csv_labels import csv_labels
from alsep_desktop.ui.admin.ops import reports as ops
from alsep_desktop.ui.admin.ops.org import load_registers
from alsep_desktop.ui.file_dialogs import save_path
from alsep_desktop.ui.qt import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    translate,
)
from alsep_desktop.ui.widgets.bar_chart import BarChart
from alsep_desktop.ui.widgets.period_picker import PeriodPicker

_translate_marker = translate  # a kind's label is a marked literal of the tender table (context Tender)

class DashboardPage(Page):
    def build(self) -> None:
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.register_combo = QComboBox(self)
        self.register_combo.setMinimumHeight(36)
        self.period = PeriodPicker(self.ctx.reports.default_period().end, self)
        self.export_button = big_button(translate("AdminDashboard", "Export CSV"), self)
        top.addWidget(self.register_combo, 1)
        top.addWidget(self.period, 3)
        top.addWidget(self.export_button)
        lay.addLayout(top)
        self.revenue_label, self.sales_label, self.returns_label, self.average_label = (
            QLabel(self), QLabel(self), QLabel(self), QLabel(self))
        cards = QHBoxLayout()
        for lbl in (self.revenue_label, self.sales_label, self.returns_label, self.average_label):
            lbl.setStyleSheet("font-size: 15px; padding: 8px; border: 1px solid #ccc; border-radius: 6px;")
            cards.addWidget(lbl)
        lay.addLayout(cards)
        self.chart = BarChart(self)
        lay.addWidget(QLabel(translate("AdminDashboard", "Revenue per day"), self))
        lay.addWidget(self.chart, 2)
        grid = QGridLayout()
        self.mix_table = make_table(self, [translate("AdminDashboard", "Payment"), translate("AdminDashboard", "Amount")])
        self.top_table = make_table(self, [translate("AdminDashboard", "Code"), translate("AdminDashboard", "Product"), translate("AdminDashboard", "Qty"), translate("AdminDashboard", "Revenue")])
        grid.addWidget(QLabel(translate("AdminDashboard", "Payment mix"), self), 0, 0)
        grid.addWidget(QLabel(translate("AdminDashboard", "Top products"), self), 0, 1)
        grid.addWidget(self.mix_table, 1, 0)
        grid.addWidget(self.top_table, 1, 1)
        grid.setColumnStretch(1, 2)
        lay.addLayout(grid, 1)
        note = QLabel(translate("AdminDashboard", "Card data are approximate and are not payment documents."), self)
        note.setWordWrap(True)
        lay.addWidget(note)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        self.fields["period"] = self.period
        self.data: Dashboard | None = None
        self.register_combo.addItem(translate("AdminDashboard", "All registers"), None)
        self.register_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.period.changed.connect(lambda _a, _b: self.load())
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)

    def ask_save_path(self, suggested: str) -> str:
        return save_path(self, translate("AdminDashboard", "Export the dashboard"), suggested, "CSV (*.csv)")

    def refresh(self) -> None:
        self.call(load_registers(self.admin, self.principal), self.show_registers)

    def show_registers(self, registers: list) -> None:
        current = self.register_combo.currentData()
        self.register_combo.blockSignals(True)
        while self.register_combo.count() > 1:
            self.register_combo.removeItem(1)
        for r in registers:
            self.register_combo.addItem(r.name, r.id)
        self.register_combo.setCurrentIndex(max(0, self.register_combo.findData(current)))
        self.register_combo.blockSignals(False)
        self.load()

    def load(self) -> None:
        period = self.period_of(self.period)
        if period is None:
            return
        rid = self.register_combo.currentData()
        self.call(ops.load_dashboard(self.ctx.reports, self.principal, period, rid), self.show_dashboard)

    def show_dashboard(self, d: Dashboard) -> None:
        self.data = d
        self.export_button.setEnabled(True)
        self.revenue_label.setText(translate("AdminDashboard", "Revenue: %1").replace("%1", d.revenue.format()))
        self.sales_label.setText(translate("AdminDashboard", "Sales: %n receipt(s), %1", None, d.sales_count)
                                 .replace("%1", d.sales_total.format()))
        self.returns_label.setText(translate("AdminDashboard", "Returns: %n receipt(s), %1", None, d.returns_count)
                                   .replace("%1", (-d.returns_total).format()))
        self.average_label.setText(translate("AdminDashboard", "Average receipt: %1").replace("%1", d.average_check.format()))
        self.chart.set_data([(x.day.strftime("%d.%m"), x.revenue.tiyn) for x in d.days],
                            lambda v: Money(v).format(currency=False))
        kinds = {k.key: _translate_marker("Tender", k.label) for k in tender_kinds()}  # the table (decision 2140)
        fill_table(self.mix_table, [(kinds.get(k, k), m.format()) for k, m in d.payment_mix.items()])
        fill_table(self.top_table, [(t.code, t.name, milli_text(t.quantity_milli), t.revenue.format())
                                    for t in d.top_products])

    def export(self) -> None:
        d = self.data
        if d is None:
            return
        path = self.ask_save_path(f"dashboard-{d.period.start:%Y%m%d}-{d.period.end:%Y%m%d}.csv")
        if path:
            labels = csv_labels()  # the file in the window's language (decision 2041)
            self.call(ops.export_dashboard(self.ctx.reports, self.principal, d, path, labels),
                      lambda _v: self.say(translate("AdminDashboard", "Dashboard exported.")))


def milli_text(milli: int) -> str:
    """A quantity in milli-units with the window's decimal comma: ``3``, ``1,25`` (no float)."""
    whole, frac = divmod(abs(milli), 1000)
    text = f"{'-' if milli < 0 else ''}{whole}"
    return text + ("," + f"{frac:03d}".rstrip("0") if frac else "")
