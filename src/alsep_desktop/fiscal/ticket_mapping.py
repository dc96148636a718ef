"""Domain receipt -> ``TicketRequest`` (decision 0108). Pure.

* one COMMODITY item per line: quantity in milli-units, unit price, gross amount, the
  line VAT (on the line's final total), the marking code as ``excise_stamp``;
* the line's discount / markup (its own plus its share of a receipt-level one, as the
  domain already spreads them) follows the line as a DISCOUNT / MARKUP item, so
  sum(commodity) - sum(discount) + sum(markup) == total exactly;
* payments are merged per protocol payment type; ``taken`` and ``change`` as settled;
* ticket-level taxes are the domain's per-rate VAT totals.
"""

from __future__ import annotations

from datetime import datetime

from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.domain.receipt import OperationKind, Receipt
from alsep_desktop.domain.tax import VatRate
from alsep_desktop.fiscal.convert import datetime_to_pb, money_to_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import (
    DEFAULT_SECTION_CODE,
    PERCENT_SCALE_FROM_BASIS_POINTS,
    TAX_TYPE_VAT,
    TAXATION_TYPE_GENERAL,
)

OPERATION = {
    OperationKind.SALE: pb.OPERATION_SELL,
    OperationKind.SALE_RETURN: pb.OPERATION_SELL_RETURN,
    OperationKind.PURCHASE: pb.OPERATION_BUY,
    OperationKind.PURCHASE_RETURN: pb.OPERATION_BUY_RETURN,
}

PAYMENT = {
    PaymentKind.CASH: pb.PAYMENT_CASH,
    PaymentKind.CARD: pb.PAYMENT_CARD,
    PaymentKind.MOBILE: pb.PAYMENT_MOBILE,
    PaymentKind.NON_CASH: pb.PAYMENT_CARD,  # decision 0108: «безнал» is a card-type tender
}


def vat_tax(rate: VatRate, vat_tiyn: int) -> pb.Tax | None:
    if rate.basis_points is None:
        return None  # seller without VAT: no tax entry
    return pb.Tax(
        tax_type=TAX_TYPE_VAT,
        taxation_type=TAXATION_TYPE_GENERAL,
        percent=rate.basis_points * PERCENT_SCALE_FROM_BASIS_POINTS,
        sum=money_to_pb(vat_tiyn),
        is_in_total_sum=True,
    )


def receipt_to_ticket(
    receipt: Receipt,
    *,
    when: datetime,
    operator_code: int,
    operator_name: str | None = None,
    document_number: str | None = None,
    shift_number: int | None = None,
    offline_ticket_number: int | None = None,
) -> pb.TicketRequest:
    t = pb.TicketRequest(
        operation=OPERATION[receipt.operation],
        date_time=datetime_to_pb(when),
        domain=pb.Domain(type=pb.DOMAIN_TRADING),
    )
    t.operator.code = operator_code
    if operator_name:
        t.operator.name = operator_name
    for line in receipt.totals.lines:
        item = line.item
        c = t.items.add(type=pb.ITEM_TYPE_COMMODITY).commodity
        c.name = item.name
        c.section_code = item.group_code or DEFAULT_SECTION_CODE
        c.quantity = item.quantity.milli
        c.price.CopyFrom(money_to_pb(item.unit_price.tiyn))
        c.sum.CopyFrom(money_to_pb(line.gross.tiyn))
        if item.code.isdigit() and int(item.code) < 2**32:
            c.code = int(item.code)
        if item.barcode:
            c.barcode = item.barcode
        if item.marking_code:
            c.excise_stamp = item.marking_code
        c.measure_unit_code = item.quantity.unit.value
        tax = vat_tax(item.vat, line.vat.tiyn)
        if tax is not None:
            c.taxes.append(tax)
        if line.discount.tiyn:
            t.items.add(type=pb.ITEM_TYPE_DISCOUNT).discount.sum.CopyFrom(money_to_pb(line.discount.tiyn))
        if line.markup.tiyn:
            t.items.add(type=pb.ITEM_TYPE_MARKUP).markup.sum.CopyFrom(money_to_pb(line.markup.tiyn))
    merged: dict[int, int] = {}
    for p in receipt.payments:
        merged[PAYMENT[p.kind]] = merged.get(PAYMENT[p.kind], 0) + p.amount.tiyn
    for ptype, tiyn in sorted(merged.items()):
        t.payments.add(type=ptype, sum=money_to_pb(tiyn))
    for vt in receipt.totals.vat_totals:
        tax = vat_tax(vt.rate, vt.vat.tiyn)
        if tax is not None:
            t.taxes.append(tax)
    t.amounts.total.CopyFrom(money_to_pb(receipt.total.tiyn))
    t.amounts.taken.CopyFrom(money_to_pb(receipt.settlement.taken.tiyn))
    t.amounts.change.CopyFrom(money_to_pb(receipt.change.tiyn))
    if receipt.buyer_iin_bin:
        t.extension_options.customer_iin_or_bin = receipt.buyer_iin_bin
    if document_number is not None:
        t.printed_document_number = document_number
    if shift_number is not None:
        t.fr_shift_number = shift_number
    if offline_ticket_number is not None:
        t.offline_ticket_number = offline_ticket_number
    return t
