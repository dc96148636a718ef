"""Printing the counter's documents (Qt-free): stored receipts, X/Z reports and cash slips.

A stored :class:`ReceiptView` (or a :class:`ShiftReport`, or a cash move) is mapped to the
printable documents of ``hardware.printer.document``, laid out, and sent to the printer on the
device worker thread. The printer comes from the settings (``printer`` key, a JSON of
:class:`PrinterConfig` fields); demo mode defaults to a :class:`FakePrinter`.

Without a printer ("work without printer" at the self-test, or none configured) a receipt
goes by e-mail (SMTP settings under the ``smtp`` key) or is saved as a PDF file.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.receipt import OperationKind
from alsep_desktop.domain.roles import Principal
from alsep_desktop.domain.tax import VatTable
from alsep_desktop.errors import AlsepError, NotFoundError
from alsep_desktop.hardware.printer.config import PrinterConfig, build_printer
from alsep_desktop.hardware.printer.document import (
    CashMoveKind,
    CashSlip,
    FiscalInfo,
    OperationSummary,
    PrintableLine,
    PrintablePayment,
    PrintableReceipt,
    PrintableVat,
    ReceiptHeader,
    ReportData,
    ReportKind,
    ReportTerminal,
    TerminalMethodLine,
    TerminalOpenLine,
)
from alsep_desktop.hardware.printer.email import SmtpConfig, send_receipt
from alsep_desktop.hardware.printer.layout import receipt_document
from alsep_desktop.hardware.printer.model import PrintDocument
from alsep_desktop.hardware.printer.pdf import pdf_bytes
from alsep_desktop.hardware.printer.reports import cash_slip_document, report_document
from alsep_desktop.hardware.profiles import get_profile
from alsep_desktop.hardware.protocols import PrinterStatus, ReceiptPrinter
from alsep_desktop.hardware.worker import DeviceWorker
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.documents import DocumentResult, ReceiptView
from alsep_desktop.services.shift import ShiftReport
from alsep_desktop.store.uow import SqlUnitOfWork

DEFAULT_OFD_NAME = 'АО "Казахтелеком"'


class NoPrinter(AlsepError):
    """The cashier works without a printer: send the receipt by e-mail or save it as PDF."""

    code = "printing.no_printer"
    template = "There is no printer: send the receipt by e-mail or save it as PDF"


class SmtpNotConfigured(AlsepError):
    code = "printing.no_smtp"
    template = "E-mail is not set up (SMTP settings): save the receipt as PDF"


@dataclass(frozen=True, slots=True)
class PrinterState:
    """What the status bar and the self-test show."""

    configured: bool
    without_printer: bool
    status: PrinterStatus | None
    error_code: str | None = None

    @property
    def ready(self) -> bool:
        if not self.configured or self.without_printer or self.error_code:
            return False
        st = self.status
        return st is None or not st.known or (st.online and not st.paper_out and not st.cover_open)

    @property
    def problem(self) -> str | None:
        """A stable code of what is wrong (for a translated sentence), or None."""
        if self.without_printer or not self.configured:
            return "printing.no_printer"
        if self.error_code:
            return self.error_code
        st = self.status
        if st is not None and st.known:
            if st.paper_out:
                return "printer.paper_out"
            if st.cover_open:
                return "printer.cover_open"
            if not st.online:
                return "printer.offline"
        return None


def printer_config_from_json(text: str | None) -> PrinterConfig | None:
    if not text:
        return None
    raw = json.loads(text)
    known = {f.name for f in fields(PrinterConfig)}
    return PrinterConfig(**{k: v for k, v in raw.items() if k in known})


class PrintingService:
    def __init__(self, uow: Callable[..., SqlUnitOfWork], clock: Clock, vat_table: VatTable, *,
                 demo: bool = False, printer: ReceiptPrinter | None = None, pdf_folder: Path | None = None) -> None:
        self._uow = uow
        self._clock = clock
        self._vat = vat_table
        self._demo = demo
        self._printer = printer
        self._loaded = printer is not None
        self._lock = threading.Lock()
        self._worker: DeviceWorker | None = None
        self.without_printer = False
        self.pdf_folder = pdf_folder

    # -- the printer ----------------------------------------------------------------------
    @property
    def printer(self) -> ReceiptPrinter | None:
        with self._lock:
            if not self._loaded:
                self._loaded = True
                with self._uow() as uow:
                    raw = uow.org.get_setting("printer")
                cfg = printer_config_from_json(raw)
                if raw is None and self._demo:  # never set: the demo prints on a fake; "" means no printer
                    cfg = PrinterConfig(kind="fake", profile="epson-tm-t20ii")
                self._printer = build_printer(cfg) if cfg is not None else None
            return self._printer

    def reload(self) -> None:
        """Forget the printer; the next use builds it again from the settings."""
        with self._lock:
            self._loaded, self._printer = False, None

    def _device(self) -> DeviceWorker:
        if self._worker is None:
            self._worker = DeviceWorker("alsep-printer")
        return self._worker

    def _usable(self) -> ReceiptPrinter:
        printer = self.printer
        if printer is None or self.without_printer:
            raise NoPrinter()
        return printer

    def state(self) -> PrinterState:
        printer = self.printer
        if printer is None or self.without_printer:
            return PrinterState(printer is not None, self.without_printer, None)
        try:
            return PrinterState(True, False, self._device().call(printer.status, timeout=5.0))
        except AlsepError as exc:
            return PrinterState(True, False, None, exc.code)
        except Exception:  # a broken connection reads as "offline", never a crash of the status bar
            return PrinterState(True, False, None, "printer.offline")

    def columns(self) -> int:
        printer = self.printer
        return printer.profile.columns if printer is not None else get_profile("generic-80").columns

    def _send(self, doc: PrintDocument) -> None:
        printer = self._usable()
        self._device().call(printer.print_document, doc, timeout=30.0)

    def close(self) -> None:
        if self._worker is not None:
            self._worker.shutdown(wait=False)
            self._worker = None

    # -- receipts -------------------------------------------------------------------------
    def receipt_document(self, receipt_id: int, *, duplicate: bool = False) -> PrintDocument:
        view, header, cashier = self._receipt_data(receipt_id)
        printable = printable_from_view(view, header, cashier, self._vat, duplicate=duplicate)
        kick = (not duplicate) and printable.paid_in_cash and view.operation is OperationKind.SALE
        return receipt_document(printable, self.columns(), kick_drawer=kick)

    def print_receipt(self, receipt_id: int, *, duplicate: bool = False) -> None:
        """Print a stored receipt; raises :class:`NoPrinter` or a printer error."""
        self._usable()
        self._send(self.receipt_document(receipt_id, duplicate=duplicate))
        if not duplicate:
            self._mark_printed(receipt_id)

    def email_configured(self) -> bool:
        """Whether a receipt can go by e-mail at all (the ``smtp`` setting is saved)."""
        with self._uow() as uow:
            return _smtp(uow.org.get_setting("smtp"), uow.secret) is not None

    def email_receipt(self, receipt_id: int, to: str) -> None:
        with self._uow() as uow:
            cfg = _smtp(uow.org.get_setting("smtp"), uow.secret)
        if cfg is None:
            raise SmtpNotConfigured()
        doc = self.receipt_document(receipt_id)
        send_receipt(cfg, to.strip(), doc, pdf=pdf_bytes(doc, get_profile("generic-80")))
        self._mark_printed(receipt_id)

    def save_pdf(self, receipt_id: int, path: Path) -> Path:
        from alsep_desktop.hardware.errors import PdfExportFailed

        data = pdf_bytes(self.receipt_document(receipt_id), get_profile("generic-80"))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except OSError as exc:
            raise PdfExportFailed(reason=str(exc)) from exc
        self._mark_printed(receipt_id)
        return path

    def _mark_printed(self, receipt_id: int) -> None:
        from alsep_desktop.domain.errors import DomainError

        with self._uow() as uow:
            row = uow.receipts.get(receipt_id)
            if row is None or row.printed_at is not None:
                return
            from alsep_desktop.domain.states import ReceiptState, receipt_transition

            try:
                row.state = receipt_transition(ReceiptState(row.state), ReceiptState.PRINTED).value
            except DomainError:
                pass  # e.g. still "paid" (rejected by the OFD): keep the state, note the print
            row.printed_at = self._clock.now()
            uow.commit()

    def _receipt_data(self, receipt_id: int) -> tuple[ReceiptView, ReceiptHeader, str]:
        from alsep_desktop.services.documents import receipt_view

        with self._uow(read_only=True) as uow:
            row = uow.receipts.get(receipt_id)
            if row is None:
                raise NotFoundError(what="receipt", key=receipt_id)
            view = receipt_view(row, uow.shifts.get(row.shift_id))  # type: ignore[arg-type]
            header = _header(uow, row.register_id)
            user = uow.users.get(view.cashier_id) if view.cashier_id else None
            cashier = (user.full_name or user.email) if user else "-"
        return view, header, cashier

    # -- reports and cash slips -------------------------------------------------------------
    def report_document(self, register_id: int, report: ShiftReport, actor: Principal) -> PrintDocument:
        with self._uow() as uow:
            header = _header(uow, register_id)
        data = report_data(report, header, actor.full_name or actor.email, self._vat, self._clock.now())
        return report_document(data, self.columns())

    def print_report(self, register_id: int, report: ShiftReport, actor: Principal) -> None:
        self._usable()
        self._send(self.report_document(register_id, report, actor))

    def print_cash_slip(self, register_id: int, move: DocumentResult, deposit: bool, actor: Principal,
                        cash_in_drawer: Money) -> None:
        self._usable()
        with self._uow() as uow:
            header = _header(uow, register_id)
        slip = CashSlip(
            kind=CashMoveKind.DEPOSIT if deposit else CashMoveKind.WITHDRAWAL, header=header,
            shift_number=move.shift_number, document_number=max(1, move.number), issued_at=self._clock.now(),
            cashier_name=actor.full_name or actor.email, amount=move.total, cash_in_drawer=cash_in_drawer,
            fiscal_sign=move.fiscal_sign, offline=move.offline,
        )
        self._send(cash_slip_document(slip, self.columns()))


# -- mappings (pure) ------------------------------------------------------------------------
def _header(uow: SqlUnitOfWork, register_id: int) -> ReceiptHeader:
    reg = uow.org.register(register_id)
    if reg is None:
        raise NotFoundError(what="register", key=register_id)
    company = uow.org.company()
    vat_payer = bool(company and company.vat_payer and company.vat_series and company.vat_number)
    return ReceiptHeader(
        company_name=company.name if company else "-", bin_iin=company.iin_bin if company else "-",
        address=reg.trade_point.address or (company.legal_address if company else ""),
        register_serial=reg.serial_number, registration_number=reg.registration_number or "-",
        ofd_system_id=reg.ofd_system_id or "-",
        ofd_name=uow.org.get_setting("ofd_name") or DEFAULT_OFD_NAME,
        vat_payer=vat_payer, vat_series=company.vat_series if vat_payer else None,  # type: ignore[union-attr]
        vat_number=company.vat_number if vat_payer else None,  # type: ignore[union-attr]
        trade_point=reg.trade_point.name,
    )


def _smtp(text: str | None, secret: Callable[[str | None], str | None]) -> SmtpConfig | None:
    if not text:
        return None
    raw = json.loads(text)
    known = {f.name for f in fields(SmtpConfig)}
    values = {k: v for k, v in raw.items() if k in known}
    if raw.get("password_ref"):  # the password lives in the secrets store (decision 0013)
        values["password"] = secret(raw["password_ref"])
    cfg = SmtpConfig(**values)
    return cfg if cfg.host else None


def printable_from_view(view: ReceiptView, header: ReceiptHeader, cashier_name: str, vat_table: VatTable, *,
                        duplicate: bool = False) -> PrintableReceipt:
    """A stored receipt as the printer's document (the receipt-level adjustments are the
    stored totals minus the lines' own, which the store keeps together)."""
    lines = []
    own_discount = own_markup = 0
    vat_sums: dict[str, list[int]] = {}
    for ln in view.lines:
        qty = Quantity(ln.quantity_milli, Unit(ln.unit))
        gross = qty.price(ln.unit_price)
        rate = vat_table.get(ln.vat_code)
        # the line's own adjustment is what is not explained by the receipt-level share:
        # the store keeps only the sum, so print the line amount as gross − discount + markup
        lines.append(PrintableLine(
            name=ln.name, quantity=qty, unit_price=ln.unit_price, discount=ln.discount, markup=ln.markup,
            amount=gross - ln.discount + ln.markup, vat_text=rate.percent_text, vat=ln.vat,
            marking_code=ln.marking_code,
        ))
        own_discount += ln.discount.tiyn
        own_markup += ln.markup.tiyn
        if rate.taxable:
            acc = vat_sums.setdefault(ln.vat_code, [0, 0])
            acc[0] += ln.total.tiyn
            acc[1] += ln.vat.tiyn
    payments = tuple(PrintablePayment(k, m) for k, m in view.payments)
    received = Money.sum(m for _, m in view.payments)
    fiscal = FiscalInfo(
        shift_number=view.shift_number, receipt_number=max(1, view.number), issued_at=view.created_at,
        cashier_name=cashier_name, fiscal_sign=view.fiscal_sign or view.ofd_fiscal_sign or "-",
        check_url=view.check_url or "", offline=view.offline, duplicate=duplicate,
    )
    return PrintableReceipt(
        header=header, fiscal=fiscal, operation=view.operation, lines=tuple(lines),
        receipt_discount=Money(0), receipt_markup=Money(0), total=view.total,
        vat_totals=tuple(PrintableVat(vat_table.get(code).percent_text, Money(t), Money(v))
                         for code, (t, v) in sorted(vat_sums.items())),
        payments=payments, received=received, change=view.change, buyer_iin_bin=view.buyer_iin_bin,
    )


def report_data(report: ShiftReport, header: ReceiptHeader, cashier_name: str, vat_table: VatTable,
                now: datetime) -> ReportData:
    ops = []
    for op in report.totals.operations:
        if op.count == 0 and op.operation not in (OperationKind.SALE, OperationKind.SALE_RETURN):
            continue
        ops.append(OperationSummary(
            operation=op.operation, count=op.count, total=op.total,
            by_payment=tuple((k, m) for k, m in op.by_payment if isinstance(k, PaymentKind)),
            vat=tuple(PrintableVat(vat_table.get(code).percent_text, t, v) for code, t, v in op.vat
                      if vat_table.get(code).taxable),
            discounts=op.discounts, markups=op.markups,
        ))
    totals = report.totals
    return ReportData(
        kind=ReportKind.Z if report.kind == "Z" else ReportKind.X, header=header, shift_number=report.shift_number,
        opened_at=report.opened_at, printed_at=now, cashier_name=cashier_name, operations=tuple(ops),
        deposits=totals.deposits, deposit_count=totals.deposit_count, withdrawals=totals.withdrawals,
        withdrawal_count=totals.withdrawal_count, cash_in_drawer=report.cash_in_drawer,
        grand_totals=tuple((OperationKind(k), Money(v)) for k, v in sorted(report.grand_totals.items())),
        closed_at=report.closed_at if report.kind == "Z" else None, offline=report.offline,
        terminal=_report_terminal(report),
    )


def _report_terminal(report: ShiftReport) -> ReportTerminal | None:
    t = report.terminal
    if t is None:
        return None
    return ReportTerminal(
        methods=tuple(TerminalMethodLine(m.method, m.payments, m.paid, m.refunds, m.refunded) for m in t.methods),
        without_receipt=tuple(TerminalOpenLine(p.started_at, p.amount, p.transaction_id, p.earlier_shift)
                              for p in t.without_receipt),
    )
