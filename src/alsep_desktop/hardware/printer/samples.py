"""Sample documents for the test print, demo mode, benches and golden files."""

from __future__ import annotations

from datetime import datetime

from alsep_desktop.domain.adjustment import Adjustment
from alsep_desktop.domain.lines import LineItem, compute_totals
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.receipt import OperationKind, build_receipt
from alsep_desktop.domain.tax import VAT_16, WITHOUT_VAT
from alsep_desktop.hardware.printer.document import (
    ALMATY,
    CashMoveKind,
    CashSlip,
    FiscalInfo,
    OperationSummary,
    PrintableReceipt,
    PrintableVat,
    ReceiptHeader,
    ReportData,
    ReportKind,
    printable_from_receipt,
)
from alsep_desktop.hardware.printer.layout import receipt_document
from alsep_desktop.hardware.printer.model import (
    Align,
    Cut,
    PrintDocument,
    QrCode,
    Separator,
    TextLine,
)

SAMPLE_MARKING = "0104600439931256215Ab+Cx7\x1d93dGVz"

SAMPLE_HEADER = ReceiptHeader(
    company_name='ТОО "Алсеп Демо Дүкен"',
    bin_iin="123456789012",
    address="г. Алматы, ул. Абая, 150",
    register_serial="ALS-000123",
    registration_number="010102030405",
    ofd_system_id="45678",
    ofd_name='АО "Казахтелеком"',
    vat_payer=True,
    vat_series="60001",
    vat_number="1234567",
    trade_point="Магазин №1",
)

#: a full name (family, given, patronymic) too long to stand beside «Кассир» on 58 mm paper
SAMPLE_LONG_NAME = "Абдрахманова Айгерим Нурлановна"

SAMPLE_FISCAL = FiscalInfo(
    shift_number=12,
    receipt_number=34,
    issued_at=datetime(2026, 1, 27, 14, 5, 9, tzinfo=ALMATY),
    cashier_name="Әсел Қасымова",
    fiscal_sign="2784356910",
    check_url="https://consumer.oofd.kz?i=2784356910&f=010102030405&s=1234.50&t=20260127T140509",
)


def sample_receipt(lines: int = 3, *, kazakh: bool = True, offline: bool = False,
                   duplicate: bool = False) -> PrintableReceipt:
    names = ["Құрт ірімшік", "Сүт 2,5% 1 л", "Хлеб белый нарезной 500 г", "Сигареты (маркированные)"]
    if not kazakh:
        names = ["Курт сырный", "Молоко 2,5% 1 л", "Хлеб белый нарезной 500 г", "Сигареты (маркированные)"]
    items = []
    for i in range(lines):
        k = i % 4
        items.append(
            LineItem(
                name=names[k] if i < 4 else f"{names[k]} #{i + 1}",
                unit_price=Money(45000 + 1250 * i),
                quantity=Quantity(1250, Unit.KILOGRAM) if k == 1 else Quantity.of(1 + i % 3),
                vat=WITHOUT_VAT if k == 2 else VAT_16,
                discount=Adjustment.percent(10) if k == 0 else None,
                marking_code=SAMPLE_MARKING if k == 3 else None,
            )
        )
    discount = Adjustment.amount(Money(1000))
    total = compute_totals(items, discount).total
    cash = Money((total.tiyn - 20000) // 100000 * 100000 + 100000)  # next 1 000 ₸ above
    receipt = build_receipt(
        OperationKind.SALE, items, [Payment(PaymentKind.CARD, Money(20000)), Payment(PaymentKind.CASH, cash)],
        receipt_discount=discount,
    )
    fiscal = SAMPLE_FISCAL
    if not kazakh:
        fiscal = FiscalInfo(**{**_fields(fiscal), "cashier_name": "Иванова Анна"})
    if offline or duplicate:
        fiscal = FiscalInfo(**{**_fields(fiscal), "offline": offline, "duplicate": duplicate})
    header = SAMPLE_HEADER
    if not kazakh:
        header = ReceiptHeader(**{**_fields(header), "company_name": 'ТОО "Алсеп Демо"'})
    return printable_from_receipt(receipt, header, fiscal)


def _fields(obj: object) -> dict[str, object]:
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}  # type: ignore[attr-defined]


def sample_report(kind: ReportKind = ReportKind.Z) -> ReportData:
    opened = datetime(2026, 1, 27, 9, 0, tzinfo=ALMATY)
    closed = datetime(2026, 1, 27, 21, 0, 5, tzinfo=ALMATY)
    return ReportData(
        kind=kind,
        header=SAMPLE_HEADER,
        shift_number=12,
        opened_at=opened,
        printed_at=closed,
        closed_at=closed if kind is ReportKind.Z else None,
        cashier_name="Әсел Қасымова",
        operations=(
            OperationSummary(OperationKind.SALE, 41, Money(12345600),
                             ((PaymentKind.CASH, Money(4000000)), (PaymentKind.CARD, Money(8345600))),
                             (PrintableVat("16%", Money(10000000), Money(1379310)),), Money(12000)),
            OperationSummary(OperationKind.SALE_RETURN, 1, Money(45000), ((PaymentKind.CASH, Money(45000)),)),
        ),
        deposits=Money(2000000), deposit_count=1, withdrawals=Money(500000), withdrawal_count=1,
        cash_in_drawer=Money(5455000),
        grand_totals=((OperationKind.SALE, Money(987654321)), (OperationKind.SALE_RETURN, Money(1234500)),
                      (OperationKind.PURCHASE, Money(0)), (OperationKind.PURCHASE_RETURN, Money(0))),
        fiscal_sign="3344556677" if kind is ReportKind.Z else None,
    )


def sample_slip(kind: CashMoveKind = CashMoveKind.DEPOSIT) -> CashSlip:
    return CashSlip(kind, SAMPLE_HEADER, 12, 7, datetime(2026, 1, 27, 9, 1, tzinfo=ALMATY),
                    SAMPLE_LONG_NAME, Money(2000000), Money(2000000), fiscal_sign="1122334455")


def test_page(columns: int, profile_name: str) -> PrintDocument:
    """The printer self-test page: profile, every Kazakh letter, a ruler and a QR."""
    ruler = ("1234567890" * 5)[:columns]
    blocks = [
        TextLine("ТЕСТОВАЯ ПЕЧАТЬ", Align.CENTER, bold=True, double=True),
        TextLine(profile_name[:columns], Align.CENTER),
        Separator(),
        TextLine(ruler),
        TextLine("Кириллица: АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"[:columns]),
        TextLine("Қазақ әріптері: ӘҒҚҢӨҰҮҺІ әғқңөұүһі"[:columns]),
        TextLine("Жирный шрифт", bold=True),
        TextLine("Право", Align.RIGHT),
        QrCode("https://alsep.kz/test", module=4),
        Cut(),
    ]
    return PrintDocument(columns, tuple(blocks))


def demo_receipt_document(columns: int = 48) -> PrintDocument:
    return receipt_document(sample_receipt(4), columns, kick_drawer=True)
