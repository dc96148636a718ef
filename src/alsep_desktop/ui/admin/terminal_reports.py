"""Terminal reports (seed 8.9): a period and a terminal (or all terminals), the transaction list,
the summary by method and status, and «Выписка»: the statement with an ESTIMATED commission saved
as .xlsx, with progress and cancel. The commission rates per method are set here too."""

from __future__ import annotations

import threading
from pathlib import Path

from alsep_desktop.services.terminal.figures import (
    CommissionRates,
    OperationRecord,
    Statement,
    Summary,
)
from alsep_desktop.services.terminal.reports import ALL, COMPANY, ScopeChoice
from alsep_desktop.services.terminal.xlsx import LABELS
from alsep_desktop.ui.admin.common import Page, big_button, fill_table, make_table
from alsep_desktop.ui.admin.ops import reports as ops
from alsep_desktop.ui.file_dialogs import save_path
from alsep_desktop.ui.qt import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QObject,
    QProgressDialog,
    Qt,
    QTabWidget,
    QVBoxLayout,
    Signal,
    translate,
)
from alsep_desktop.ui.translator import current_language, translate_in
from alsep_desktop.ui.widgets.numbers import money_text
from alsep_desktop.ui.widgets.period_picker import PeriodPicker

SHOWN = 5000


class _Progress(QObject):
    moved = Signal(int, int)


class TerminalReportsPage(Page):
    def build(self) -> None:
        # built by the composition root: the company scope goes over the admin's cloud session
        self.service = self.ctx.terminal_reports
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scope_combo = QComboBox(self)
        self.scope_combo.setMinimumHeight(36)
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope_combo.setMinimumContentsLength(18)
        self.period = PeriodPicker(self.service.default_period().end, self)
        self.export_button = big_button(translate("AdminTerminalReports", "Statement (Excel)"), self, "Ctrl+Shift+E")
        top.addWidget(QLabel(translate("AdminTerminalReports", "Terminal"), self))
        top.addWidget(self.scope_combo, 1)
        top.addWidget(self.export_button)
        lay.addLayout(top)
        lay.addWidget(self.period)
        self.views = QTabWidget(self)
        self.table = make_table(self, [
            translate("AdminTerminalReports", "Time"), translate("AdminTerminalReports", "Type"),
            translate("AdminTerminalReports", "Method"), translate("AdminTerminalReports", "Status"),
            translate("AdminTerminalReports", "Amount"), translate("AdminTerminalReports", "RRN / order"),
            translate("AdminTerminalReports", "Card"), translate("AdminTerminalReports", "Terminal"),
            translate("AdminTerminalReports", "Register"), translate("AdminTerminalReports", "Cashier"),
            translate("AdminTerminalReports", "Receipt")])
        self.summary_table = make_table(self, [
            translate("AdminTerminalReports", "Type"), translate("AdminTerminalReports", "Method"),
            translate("AdminTerminalReports", "Status"), translate("AdminTerminalReports", "Operations"),
            translate("AdminTerminalReports", "Amount")])
        self.views.addTab(self.table, translate("AdminTerminalReports", "Transactions"))
        self.views.addTab(self.summary_table, translate("AdminTerminalReports", "Summary"))
        lay.addWidget(self.views, 1)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        lay.addWidget(self.totals)
        rates_box = QGroupBox(translate("AdminTerminalReports", "Commission rates for the estimate"), self)
        rates = QHBoxLayout()
        self.card_rate_edit, self.qr_rate_edit = QLineEdit(rates_box), QLineEdit(rates_box)
        for e in (self.card_rate_edit, self.qr_rate_edit):
            e.setMaximumWidth(90)
            e.setPlaceholderText("1.29")
        self.save_rates_button = big_button(translate("AdminTerminalReports", "Save rates"), rates_box)
        rates.addWidget(QLabel(translate("AdminTerminalReports", "Card, %"), rates_box))
        rates.addWidget(self.card_rate_edit)
        rates.addWidget(QLabel(translate("AdminTerminalReports", "QR, %"), rates_box))
        rates.addWidget(self.qr_rate_edit)
        rates.addWidget(self.save_rates_button)
        rates.addStretch(1)
        rates_lay = QVBoxLayout()
        rates_lay.addLayout(rates)
        hint = QLabel(translate("AdminTerminalReports", "The terminal does not report the bank's commission: the "
                                "statement estimates it from these rates. The bank's own statement is the payment document."),
                      rates_box)
        hint.setWordWrap(True)
        rates_lay.addWidget(hint)
        rates_box.setLayout(rates_lay)
        lay.addWidget(rates_box)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        self.fields.update(period=self.period, terminal=self.scope_combo, card_rate=self.card_rate_edit,
                           qr_rate=self.qr_rate_edit)
        self.records: list[OperationRecord] = []
        self.summary: Summary | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.period.changed.connect(lambda _a, _b: self.load())
        self.export_button.clicked.connect(self.export)
        self.save_rates_button.clicked.connect(self.save_rates)

    # -- hooks the tests replace (no modal dialogs in tests) ----------------------------------
    def ask_save_path(self, suggested: str) -> str:
        return save_path(self, translate("AdminTerminalReports", "Save the statement"), suggested,
                         translate("AdminTerminalReports", "Excel workbook (*.xlsx)"))

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.call(ops.load_scopes_and_rates(self.service, self.principal), self._loaded)

    def _loaded(self, value: tuple[list[ScopeChoice], CommissionRates]) -> None:
        choices, rates = value
        current = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        for c in choices:
            if c.scope.key == ALL:
                label = translate("AdminTerminalReports", "All terminals")
            elif c.scope.key == COMPANY:
                label = translate("AdminTerminalReports", "All terminals of the company (cloud)")
            else:
                label = c.label
            self.scope_combo.addItem(label, c.scope)
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(current)) if current is not None else 0)
        self.scope_combo.blockSignals(False)
        self.card_rate_edit.setText(CommissionRates.percent_text(rates.card_bp))
        self.qr_rate_edit.setText(CommissionRates.percent_text(rates.qr_bp))
        self.load()

    def load(self) -> None:
        scope = self.scope_combo.currentData()
        if scope is None:
            return
        period = self.period_of(self.period)
        if period is None:
            return
        self.call(ops.load_operations(self.service, self.principal, period, scope, SHOWN + 1), self._show)

    def _show(self, value: tuple[list[OperationRecord], Summary]) -> None:
        records, summary = value
        self.records, self.summary = records[:SHOWN], summary
        fill_table(self.table, [
            (r.at.strftime("%d.%m.%Y %H:%M:%S"), _kind(r.kind), _method(r.method), _status(r.status),
             money_text(r.signed), r.transaction_id, r.card_mask, r.terminal, r.register, r.cashier,
             r.receipt or (translate("AdminTerminalReports", "not fiscalized") if r.status == "approved" else ""))
            for r in self.records
        ])
        fill_table(self.summary_table, [(_kind(s.kind), _method(s.method or None), _status(s.status), s.count,
                                         money_text(s.amount)) for s in summary.rows])
        self.totals.setText(
            translate("AdminTerminalReports", "Approved payments %1, refunds %2, net %3; operations: %4.")
            .replace("%1", summary.approved_payments.format()).replace("%2", summary.approved_refunds.format())
            .replace("%3", summary.net.format()).replace("%4", str(summary.count)))
        if len(records) > SHOWN:
            self.say(translate("AdminTerminalReports", "The first %1 operations are shown; the summary counts all.")
                     .replace("%1", str(SHOWN)))
        else:
            self.say("")

    # -- rates ----------------------------------------------------------------------------
    def save_rates(self) -> None:
        op = ops.save_rates(self.service, self.principal, self.card_rate_edit.text(), self.qr_rate_edit.text())
        self.call(op, lambda _r: self.say(translate("AdminTerminalReports", "Commission rates saved.")))

    # -- statement ------------------------------------------------------------------------
    def export(self) -> None:
        scope = self.scope_combo.currentData()
        if scope is None:
            return
        period = self.period_of(self.period)
        if period is None:
            return
        path = self.ask_save_path(f"statement-{period.start:%Y%m%d}-{period.end:%Y%m%d}.xlsx")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        labels = {k: translate_in(current_language(), "TerminalStatement", v) for k, v in LABELS.items()}
        self._cancel = threading.Event()
        cancel = self._cancel
        bridge = _Progress(self)
        bridge.moved.connect(self._moved)
        dlg = QProgressDialog(translate("AdminTerminalReports", "Writing the statement…"),
                              translate("AdminTerminalReports", "Cancel"), 0, 1000, self)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(400)
        dlg.canceled.connect(cancel.set)
        self.progress_dialog = dlg
        self.export_button.setEnabled(False)
        self.call(ops.export_statement(self.service, self.principal, period, scope, path, labels=labels,
                                       progress=bridge.moved.emit, cancel=cancel),
                  lambda st: self._exported(st, path), self._export_failed)

    def _moved(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and total > 0:
            self.progress_dialog.setValue(min(999, done * 1000 // total))

    def _close_progress(self) -> None:
        self.export_button.setEnabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _exported(self, statement: Statement, path: str) -> None:
        self._close_progress()
        self.say(translate("AdminTerminalReports", "Statement saved to %1 (lines: %2, credited %3). The "
                           "commission in it is an estimate.").replace("%1", Path(path).name).replace("%2", str(len(statement.rows)))
                 .replace("%3", statement.credited.format()))

    def _export_failed(self, exc: Exception) -> None:
        self._close_progress()
        self.fail(exc)


def _kind(kind: str) -> str:
    return {"payment": translate("AdminTerminalReports", "Payment"),
            "refund": translate("AdminTerminalReports", "Refund")}.get(kind, kind)


def _method(method: str | None) -> str:
    return {"card": translate("AdminTerminalReports", "Card"), "qr": translate("AdminTerminalReports", "QR")}.get(
        method or "", translate("AdminTerminalReports", "not known"))


def _status(status: str) -> str:
    return {"approved": translate("AdminTerminalReports", "Approved"),
            "declined": translate("AdminTerminalReports", "Declined"),
            "pending": translate("AdminTerminalReports", "Not known yet")}.get(status, status)
