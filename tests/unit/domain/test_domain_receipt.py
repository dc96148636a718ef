import pytest

from alsep_desktop.domain.adjustment import Adjustment
from alsep_desktop.domain.basket import Basket, LineIndexError
from alsep_desktop.domain.errors import (
    EmptyReceipt,
    InsufficientPayment,
    InvalidAdjustment,
    InvalidAmount,
    InvalidPayment,
    UnknownVatRate,
)
from alsep_desktop.domain.lines import LineItem, compute_totals
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind, settle
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.domain.receipt import OperationKind, build_receipt
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VAT_0, VAT_12, VAT_16, WITHOUT_VAT
from alsep_desktop.errors import ValidationError


def line(price: str, qty: str = "1", vat=VAT_16, **kw) -> LineItem:
    return LineItem(name="Товар", unit_price=Money.parse(price), quantity=Quantity.parse(qty), vat=vat, **kw)


def test_vat_included_per_line_half_up() -> None:
    # 1160.00 at 16 % contains 160.00; 100.00 at 12 % contains 10.714… → 10.71
    t = compute_totals([line("1160"), line("100", vat=VAT_12), line("50", vat=WITHOUT_VAT), line("70", vat=VAT_0)])
    by = {v.rate.code: v for v in t.vat_totals}
    assert by["16"].vat.tiyn == 16000 and by["12"].vat.tiyn == 1071
    assert by["none"].vat.tiyn == 0 and by["0"].vat.tiyn == 0
    assert t.total.tiyn == 138000 and t.vat_total.tiyn == 17071


def test_line_discount_and_markup() -> None:
    item = line("200", "3", discount=Adjustment.percent("10"), markup=Adjustment.amount(Money(500)))
    assert item.gross.tiyn == 60000 and item.discount_amount.tiyn == 6000 and item.amount.tiyn == 54500


def test_receipt_discount_spread_to_the_tiyn() -> None:
    t = compute_totals([line("0.01"), line("0.01"), line("0.01")], Adjustment.amount(Money(2)))
    assert [lt.total.tiyn for lt in t.lines] == [0, 0, 1]
    assert t.total.tiyn == 1 and sum(lt.total.tiyn for lt in t.lines) == t.total.tiyn


def test_cash_change_and_mixed() -> None:
    r = build_receipt(OperationKind.SALE, [line("950")], [Payment(PaymentKind.CASH, Money.parse("1000"))])
    assert r.change.tiyn == 5000 and r.paid_by(PaymentKind.CASH).tiyn == 95000
    r = build_receipt(
        OperationKind.SALE, [line("950")],
        [Payment(PaymentKind.CARD, Money.parse("500")), Payment(PaymentKind.CASH, Money.parse("500"))],
    )
    assert r.change.tiyn == 5000 and r.paid_by(PaymentKind.CARD).tiyn == 50000


def test_payment_short_of_total_is_refused() -> None:
    with pytest.raises(InsufficientPayment) as err:
        settle(Money(1000), [Payment(PaymentKind.CASH, Money(999))])
    assert err.value.code == "domain.insufficient_payment"
    assert "9,99" in str(err.value)


def test_card_cannot_overpay() -> None:
    with pytest.raises(InvalidPayment):
        settle(Money(1000), [Payment(PaymentKind.CARD, Money(1500))])
    with pytest.raises(InvalidPayment):
        Payment(PaymentKind.CASH, Money(0))


def test_bad_input_is_refused_clearly() -> None:
    with pytest.raises(InvalidAmount) as err:
        line("-1")
    assert err.value.field == "price"
    with pytest.raises(UnknownVatRate) as err2:
        DEFAULT_VAT_TABLE.get("18")
    assert "18" in str(err2.value) and "16" in str(err2.value)
    with pytest.raises(InvalidAdjustment):
        Adjustment.percent("100.5")
    with pytest.raises(InvalidAdjustment):
        line("10", discount=Adjustment.amount(Money(1001)))
    with pytest.raises(InvalidAdjustment):
        compute_totals([line("10")], Adjustment.amount(Money(1001)))
    with pytest.raises(EmptyReceipt):
        build_receipt(OperationKind.SALE, [], [])
    with pytest.raises(ValidationError):
        LineItem(name=" ", unit_price=Money(1), quantity=Quantity.of(1), vat=VAT_16)
    with pytest.raises(ValidationError) as err3:
        build_receipt(OperationKind.SALE, [line("1")], [Payment(PaymentKind.CASH, Money(100))], buyer_iin_bin="123")
    assert err3.value.field == "buyer_iin_bin"


def test_vat_table_normalises_codes() -> None:
    assert DEFAULT_VAT_TABLE.get("12.00").code == "12"
    assert DEFAULT_VAT_TABLE.get("16%").code == "16"
    assert DEFAULT_VAT_TABLE.get("").code == "none"
    assert DEFAULT_VAT_TABLE.default is VAT_16


def test_basket_edits() -> None:
    b = Basket().add(line("10"), line("20"))
    b = b.replace_line(1, line("30")).remove(0)
    assert [li.unit_price.tiyn for li in b.lines] == [3000]
    with pytest.raises(LineIndexError):
        b.remove(5)
    with pytest.raises(InvalidAdjustment):
        b.with_adjustments(Adjustment.amount(Money(10_000)), None)
    r = b.to_receipt([Payment(PaymentKind.NON_CASH, Money(3000))])
    assert r.total.tiyn == 3000 and r.change.tiyn == 0
