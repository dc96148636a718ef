"""What a Kazakhstan fiscal receipt, shift report and cash slip must carry, ready to lay out.

``printable_from_receipt`` is the bridge from the domain ``Receipt`` plus the fiscal
engine's answer (:class:`FiscalInfo`) to a :class:`PrintableReceipt`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.domain.receipt import OperationKind, Receipt
from alsep_desktop.errors import ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import ALMATY

DOCUMENT_TITLES: dict[OperationKind, str] = {
    OperationKind.SALE: "ПРОДАЖА",
    OperationKind.SALE_RETURN: "ВОЗВРАТ ПРОДАЖИ",
    OperationKind.PURCHASE: "ПОКУПКА",
    OperationKind.PURCHASE_RETURN: "ВОЗВРАТ ПОКУПКИ",
}


def _aware(value: datetime, field: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "a naive datetime; give an aware one (Asia/Almaty)"))
    return value.astimezone(ALMATY)


@dataclass(frozen=True, slots=True)
class ReceiptHeader:
    """Register data that stays the same on every receipt of the register."""

    company_name: str
    bin_iin: str
    address: str
    register_serial: str  # заводской номер ККМ (ЗНМ)
    registration_number: str  # регистрационный номер ККМ (РНМ)
    ofd_system_id: str  # идентификатор ККМ в системе ОФД
    ofd_name: str
    vat_payer: bool = False
    vat_series: str | None = None
    vat_number: str | None = None
    trade_point: str = ""

    def __post_init__(self) -> None:
        if self.vat_payer and not (self.vat_series and self.vat_number):
            raise ValidationError(
                "vat_series",
                QT_TRANSLATE_NOOP("Reasons", "a VAT payer must print the VAT certificate series and number"),
            )


@dataclass(frozen=True, slots=True)
class FiscalInfo:
    """The fiscal engine's answer for one document."""

    shift_number: int
    receipt_number: int  # number of the receipt within the shift
    issued_at: datetime
    cashier_name: str
    fiscal_sign: str  # ФП (online) or the autonomous sign made offline
    check_url: str = ""
    offline: bool = False
    duplicate: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "issued_at", _aware(self.issued_at, "issued_at"))
        if self.shift_number <= 0:
            raise ValidationError("shift_number", QT_TRANSLATE_NOOP("Reasons", "must be positive"))
        if self.receipt_number <= 0:
            raise ValidationError("receipt_number", QT_TRANSLATE_NOOP("Reasons", "must be positive"))


@dataclass(frozen=True, slots=True)
class PrintableLine:
    name: str
    quantity: Quantity
    unit_price: Money
    discount: Money  # the line's own discount
    markup: Money  # the line's own markup
    amount: Money  # after its own discount/markup, before receipt-level ones
    vat_text: str  # "16%", "без НДС"
    vat: Money  # VAT of the final line total
    marking_code: str | None = None


@dataclass(frozen=True, slots=True)
class PrintableVat:
    rate_text: str
    turnover: Money
    vat: Money


@dataclass(frozen=True, slots=True)
class PrintablePayment:
    kind: PaymentKind
    amount: Money

    @property
    def title(self) -> str:
        return self.kind.printed  # the tender table's printed line (decision 2140)


@dataclass(frozen=True, slots=True)
class PrintableReceipt:
    header: ReceiptHeader
    fiscal: FiscalInfo
    operation: OperationKind
    lines: tuple[PrintableLine, ...]
    receipt_discount: Money
    receipt_markup: Money
    total: Money
    vat_totals: tuple[PrintableVat, ...]
    payments: tuple[PrintablePayment, ...]
    received: Money
    change: Money
    buyer_iin_bin: str | None = None

    @property
    def title(self) -> str:
        return DOCUMENT_TITLES[self.operation]

    @property
    def paid_in_cash(self) -> bool:
        return any(p.kind.in_drawer for p in self.payments)  # the drawer opens for its tenders

    @property
    def marking_codes(self) -> tuple[str, ...]:
        return tuple(line.marking_code for line in self.lines if line.marking_code)


def printable_from_receipt(receipt: Receipt, header: ReceiptHeader, fiscal: FiscalInfo) -> PrintableReceipt:
    totals = receipt.totals
    lines = tuple(
        PrintableLine(
            name=lt.item.name,
            quantity=lt.item.quantity,
            unit_price=lt.item.unit_price,
            discount=lt.item.discount_amount,
            markup=lt.item.markup_amount,
            amount=lt.item.amount,
            vat_text=lt.item.vat.percent_text,
            vat=lt.vat,
            marking_code=lt.item.marking_code,
        )
        for lt in totals.lines
    )
    vat = tuple(
        PrintableVat(v.rate.percent_text, v.turnover, v.vat) for v in totals.vat_totals if v.rate.taxable
    )
    payments = tuple(PrintablePayment(p.kind, p.amount) for p in receipt.payments)
    return PrintableReceipt(
        header=header,
        fiscal=fiscal,
        operation=receipt.operation,
        lines=lines,
        receipt_discount=totals.receipt_discount,
        receipt_markup=totals.receipt_markup,
        total=totals.total,
        vat_totals=vat,
        payments=payments,
        received=receipt.settlement.taken,
        change=receipt.change,
        buyer_iin_bin=receipt.buyer_iin_bin,
    )


class ReportKind(Enum):
    X = "x"
    Z = "z"


@dataclass(frozen=True, slots=True)
class OperationSummary:
    operation: OperationKind
    count: int
    total: Money
    by_payment: tuple[tuple[PaymentKind, Money], ...] = ()
    vat: tuple[PrintableVat, ...] = ()
    discounts: Money = Money(0)
    markups: Money = Money(0)


@dataclass(frozen=True, slots=True)
class TerminalMethodLine:
    """One payment method of the card terminal's journal in a shift (X/Z report, decision 0717)."""

    method: str  # "card" | "qr"
    payments: int
    paid: Money
    refunds: int
    refunded: Money


@dataclass(frozen=True, slots=True)
class TerminalOpenLine:
    """A terminal-only payment without its fiscal receipt, named on the report as a warning."""

    started_at: datetime
    amount: Money
    transaction_id: str
    earlier_shift: bool


@dataclass(frozen=True, slots=True)
class ReportTerminal:
    methods: tuple[TerminalMethodLine, ...]
    without_receipt: tuple[TerminalOpenLine, ...]


@dataclass(frozen=True, slots=True)
class ReportData:
    """X (interim) or Z (closing) shift report."""

    kind: ReportKind
    header: ReceiptHeader
    shift_number: int
    opened_at: datetime
    printed_at: datetime
    cashier_name: str
    operations: tuple[OperationSummary, ...]
    deposits: Money
    deposit_count: int
    withdrawals: Money
    withdrawal_count: int
    cash_in_drawer: Money
    grand_totals: tuple[tuple[OperationKind, Money], ...]  # non-nullable totals at the end of the shift
    closed_at: datetime | None = None
    fiscal_sign: str | None = None
    offline: bool = False
    terminal: ReportTerminal | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "opened_at", _aware(self.opened_at, "opened_at"))
        object.__setattr__(self, "printed_at", _aware(self.printed_at, "printed_at"))
        if self.closed_at is not None:
            object.__setattr__(self, "closed_at", _aware(self.closed_at, "closed_at"))
        if self.kind is ReportKind.Z and self.closed_at is None:
            raise ValidationError("closed_at", QT_TRANSLATE_NOOP("Reasons", "a Z report needs the shift closing time"))


class CashMoveKind(Enum):
    DEPOSIT = "deposit"
    WITHDRAWAL = "withdrawal"

    @property
    def title(self) -> str:
        return "ВНЕСЕНИЕ НАЛИЧНЫХ" if self is CashMoveKind.DEPOSIT else "ИЗЪЯТИЕ НАЛИЧНЫХ"


@dataclass(frozen=True, slots=True)
class CashSlip:
    kind: CashMoveKind
    header: ReceiptHeader
    shift_number: int
    document_number: int
    issued_at: datetime
    cashier_name: str
    amount: Money
    cash_in_drawer: Money
    fiscal_sign: str | None = None
    offline: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "issued_at", _aware(self.issued_at, "issued_at"))
        if self.amount.tiyn <= 0:
            raise ValidationError("amount", QT_TRANSLATE_NOOP("Reasons", "a cash move must be greater than zero"))
