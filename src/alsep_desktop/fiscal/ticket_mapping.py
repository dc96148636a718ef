"""Domain receipt -> ``TicketRequest`` of protocol 2.0.3 (decision 0108). Pure.

* one COMMODITY item per line: quantity in thousandths (``uint64``), unit price, gross amount,
  the line VAT (on the line's final total), ``measure_unit_code`` (OKEI code of the unit),
  ``barcode``, ``ntin`` when the product has a national catalogue code, and one
  ``list_excise_stamp`` entry per marked unit;
* the line's discount / markup (its own plus its share of a receipt-level one, as the
  domain already spreads them) follows the line as a DISCOUNT / MARKUP item, so
  sum(commodity) - sum(discount) + sum(markup) == total exactly;
* payments are merged per protocol payment type, except card payments that carry the
  terminal's slip (``card_payment_fields``) and QR payments made on the terminal
  (``mobile_payment_fields``: qr_type = what the terminal names the method, qr_id = the order
  number); ``taken`` and ``change`` as settled;
* ticket-level taxes are the domain's per-rate VAT totals;
* returns carry ``parent_ticket``; ``Domain`` is never sent (decision 0109).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from alsep_desktop.domain.payment import CardSlip, PaymentKind
from alsep_desktop.domain.receipt import OperationKind, Receipt
from alsep_desktop.domain.tax import VatRate
from alsep_desktop.domain.tender import OfdPaymentType, OfdSlip
from alsep_desktop.fiscal.convert import datetime_to_pb, money_to_pb
from alsep_desktop.fiscal.errors import OfdEncodeError
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import (
    DEFAULT_SECTION_CODE,
    PERCENT_SCALE_FROM_BASIS_POINTS,
    TAX_TYPE_VAT,
    TAXATION_TYPE_GENERAL,
)

Item = pb.TicketRequest.Item

OPERATION = {
    OperationKind.SALE: pb.OPERATION_SELL,
    OperationKind.SALE_RETURN: pb.OPERATION_SELL_RETURN,
    OperationKind.PURCHASE: pb.OPERATION_BUY,
    OperationKind.PURCHASE_RETURN: pb.OPERATION_BUY_RETURN,
}

def payment_type(kind: PaymentKind) -> pb.PaymentTypeEnum.ValueType:
    """The protocol payment type of a tender kind (its ``ofd_type``, the table of decision 2140;
    «безнал» is a card-type tender, decision 0108)."""
    return pb.PaymentTypeEnum.ValueType(int(kind.ofd_type))


if any(pb.PaymentTypeEnum.Value(f"PAYMENT_{t.name}") != t.value for t in OfdPaymentType):
    raise RuntimeError("domain.tender.OfdPaymentType differs from the protocol's PaymentTypeEnum")


#: Names of the discount / markup items (the operator's receipt shows them).
DISCOUNT_NAME = "Скидка"
MARKUP_NAME = "Наценка"


@dataclass(frozen=True, slots=True)
class ParentRef:
    """The receipt a return refers to (``TicketRequest.parent_ticket``)."""

    fiscal_sign: str  # the OFD's fiscal number of the original receipt
    when: datetime
    kgd_kkm_id: str  # registration number (RNM) of the register that issued it
    total_tiyn: int
    offline: bool


def vat_tax(rate: VatRate, vat_tiyn: int) -> pb.TicketRequest.Tax | None:
    if rate.basis_points is None:
        return None  # seller without VAT: no tax entry
    return pb.TicketRequest.Tax(
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
    document_number: int | None = None,
    shift_number: int | None = None,
    shift_document_number: int | None = None,
    offline_ticket_number: int | None = None,
    parent: ParentRef | None = None,
) -> pb.TicketRequest:
    if receipt.operation.is_return and parent is None:
        raise OfdEncodeError(detail="a return needs parent_ticket (the original receipt)")
    t = pb.TicketRequest(operation=OPERATION[receipt.operation], date_time=datetime_to_pb(when))
    t.operator.code = operator_code
    if operator_name:
        t.operator.name = operator_name
    for line in receipt.totals.lines:
        item = line.item
        c = t.items.add(type=Item.ITEM_TYPE_COMMODITY).commodity
        c.name = item.name
        c.section_code = item.group_code or DEFAULT_SECTION_CODE
        c.quantity = item.quantity.milli
        c.price.CopyFrom(money_to_pb(item.unit_price.tiyn))
        c.sum.CopyFrom(money_to_pb(line.gross.tiyn))
        if item.code.isdigit() and int(item.code) < 2**64:
            c.code = int(item.code)
        if item.barcode:
            c.barcode = item.barcode
        c.measure_unit_code = item.quantity.unit.value
        if item.marking_code:
            c.list_excise_stamp.append(item.marking_code)
        ntin = getattr(item, "ntin", "")
        if ntin:
            c.ntin = ntin
        tax = vat_tax(item.vat, line.vat.tiyn)
        if tax is not None:
            c.taxes.append(tax)
        if line.discount.tiyn:
            t.items.add(type=Item.ITEM_TYPE_DISCOUNT, discount=_modifier(DISCOUNT_NAME, line.discount.tiyn))
        if line.markup.tiyn:
            t.items.add(type=Item.ITEM_TYPE_MARKUP, markup=_modifier(MARKUP_NAME, line.markup.tiyn))
    _payments(t, receipt)
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
    if shift_document_number is not None:
        t.shift_document_number = shift_document_number
    if offline_ticket_number is not None:
        t.offline_ticket_number = offline_ticket_number
    if parent is not None:
        p = t.parent_ticket
        p.parent_ticket_number = parent.fiscal_sign
        p.parent_ticket_data_time.CopyFrom(datetime_to_pb(parent.when))
        p.kgd_kkm_id = parent.kgd_kkm_id
        p.parent_ticket_total.CopyFrom(money_to_pb(parent.total_tiyn))
        p.parent_ticket_is_offline = parent.offline
    return t


def _modifier(name: str, tiyn: int) -> pb.TicketRequest.Modifier:
    """A line's discount or markup; ``name`` is "required since 201" (spec §3.4)."""
    return pb.TicketRequest.Modifier(name=name, sum=money_to_pb(tiyn))


def _payments(t: pb.TicketRequest, receipt: Receipt) -> None:
    merged: dict[int, int] = {}
    for p in receipt.payments:
        if p.card is not None and p.kind.ofd_slip is OfdSlip.CARD:
            entry = t.payments.add(type=payment_type(p.kind), sum=money_to_pb(p.amount.tiyn))
            _card_fields(entry.card_payment_fields, p.card)
        elif p.card is not None and p.kind.ofd_slip is OfdSlip.MOBILE:
            entry = t.payments.add(type=payment_type(p.kind), sum=money_to_pb(p.amount.tiyn))
            if p.card.card_type:
                entry.mobile_payment_fields.qr_type = p.card.card_type
            if p.card.rrn:
                entry.mobile_payment_fields.qr_id = p.card.rrn  # the QR order number
        else:
            merged[payment_type(p.kind)] = merged.get(payment_type(p.kind), 0) + p.amount.tiyn
    for ptype, tiyn in sorted(merged.items()):
        t.payments.add(type=ptype, sum=money_to_pb(tiyn))


def _card_fields(out: pb.TicketRequest.Payment.CardPaymentFields, slip: CardSlip) -> None:
    """The terminal's slip; numeric fields only when the terminal gave digits that fit."""
    if slip.terminal_id:
        out.pos_terminal_id = slip.terminal_id
    if slip.card_type:
        out.pos_card_type = slip.card_type
    if slip.auth_code.isdigit() and int(slip.auth_code) < 2**32:
        out.pos_autorization_code = int(slip.auth_code)
    if slip.rrn.isdigit() and int(slip.rrn) < 2**64:
        out.pos_rrn = int(slip.rrn)
    if slip.receipt_number.isdigit() and int(slip.receipt_number) < 2**32:
        out.pos_receipt_number = int(slip.receipt_number)
