"""Selling and returning: one unit of work writes the whole receipt and its outbox entry,
then the OFD is asked for the fiscal sign (or the receipt goes offline and waits)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from alsep_desktop.domain.adjustment import Adjustment
from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import CardSlip, CashLimits, Payment, PaymentKind
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.receipt import OperationKind, Receipt, build_receipt
from alsep_desktop.domain.roles import Principal
from alsep_desktop.domain.rounding import div_half_up, spread
from alsep_desktop.domain.shift import (
    NotEnoughCash,
    ShiftExpired,
    ShiftTotals,
    document_number,
    offline_delta,
    receipt_deltas,
)
from alsep_desktop.domain.states import ReceiptState, receipt_transition
from alsep_desktop.domain.tax import VatTable
from alsep_desktop.domain.tender import change_tender, tender_for_method
from alsep_desktop.errors import AlsepError, NotFoundError, ValidationError
from alsep_desktop.fiscal.codec import encode_message
from alsep_desktop.fiscal.engine import (
    DocumentRejected,
    Verdict,
    as_offline,
    check_url,
    offline_sign,
)
from alsep_desktop.fiscal.protocol import ResultCode
from alsep_desktop.fiscal.requests import ticket_request
from alsep_desktop.fiscal.ticket_mapping import ParentRef, receipt_to_ticket
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import ALMATY, Clock
from alsep_desktop.services.auth import AuthService
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.documents import (
    DocumentResult,
    ReceiptView,
    active_register,
    offline_window,
    receipt_result,
    receipt_view,
    shift_for_document,
    stored_result,
)
from alsep_desktop.services.guard import require_user
from alsep_desktop.services.ofd.delivery import DeliveryService
from alsep_desktop.services.ofd.document_facts import document_service
from alsep_desktop.store.errors import retry_once
from alsep_desktop.store.locks import RegisterLocks
from alsep_desktop.store.models import Receipt as ReceiptRow
from alsep_desktop.store.repositories.outbox import SENT
from alsep_desktop.store.uow import SqlUnitOfWork

SOLD_STATES = ("signed", "queued", "printed")
RETURN_OF = {OperationKind.SALE: OperationKind.SALE_RETURN, OperationKind.PURCHASE: OperationKind.PURCHASE_RETURN}


class ReceiptNotFound(AlsepError):
    code = "sale.receipt_not_found"
    template = "No receipt of this register with fiscal sign {sign}"


class ReturnWaitsForUpload(AlsepError):
    code = "sale.return_waits_for_upload"
    template = ("Receipt {sign} was made offline and has not reached the OFD yet; a return needs its OFD "
                "number: connect to the OFD, let the register upload it, then return")


class NothingToReturn(AlsepError):
    code = "sale.nothing_to_return"
    template = "Line {position}: only {left} can still be returned"


@dataclass(frozen=True, slots=True)
class ReturnableLine:
    position: int
    name: str
    unit_price: Money
    sold: Quantity
    returned: Quantity
    total: Money
    marking_code: str | None

    @property
    def left(self) -> Quantity:
        return Quantity(self.sold.milli - self.returned.milli, self.sold.unit)


@dataclass(frozen=True, slots=True)
class ReturnableReceipt:
    receipt_id: int
    fiscal_sign: str
    operation: OperationKind
    total: Money
    lines: tuple[ReturnableLine, ...]
    payments: tuple[tuple[PaymentKind, Money], ...]


class SaleService:
    def __init__(self, uow: Callable[..., SqlUnitOfWork], clock: Clock, delivery: DeliveryService,
                 auth: AuthService, vat_table: VatTable, wake_uploader: Callable[[], None] = lambda: None,
                 locks: RegisterLocks | None = None, cash_limits: CashLimits | None = None) -> None:
        self._uow = uow
        self._locks = locks
        self.cash_limits = cash_limits or CashLimits()
        self._clock = clock
        self._delivery = delivery
        self._auth = auth
        self._vat = vat_table
        self._wake = wake_uploader

    # -- selling ------------------------------------------------------------------------
    def sell(
        self, cashier: Principal | None, register_id: int, basket: Basket, payments: Sequence[Payment], *,
        operation: OperationKind = OperationKind.SALE, buyer_iin_bin: str | None = None,
        card_slip: CardSlip | None = None, doc_uuid: str | None = None,
    ) -> OpResult[DocumentResult]:
        """Sell the basket. Validation happens before anything is stored. ``card_slip``: what the
        terminal reported for the card part (it goes into the OFD ticket); ``doc_uuid``: the receipt's
        uuid, given when the terminal operation was started with it as its reference (0715)."""
        cashier = require_user(cashier)
        receipt = basket.to_receipt(with_slip(payments, card_slip), operation, buyer_iin_bin)
        self.check_payments(receipt.total, payments)
        return self._record(cashier, register_id, receipt, doc_uuid=doc_uuid)

    def check_payments(self, total: Money, payments: Sequence[Payment]) -> None:
        """The cash sanity limit (decision 2042): ``ValidationError`` on ``received`` when the change
        would pass the configured limit. The payment dialog calls it too, before a card is charged."""
        self.cash_limits.check_tendered(total, payments)

    def quick_sale(self, cashier: Principal, register_id: int, amount: Money, kind: PaymentKind,
                   received: Money | None = None) -> OpResult[DocumentResult]:
        """«Быстрая оплата»: one free-position line of ``amount`` (seed 9.3.1)."""
        from alsep_desktop.domain.catalog import FREE_POSITION_CODE

        with self._uow(read_only=True) as uow:
            product = uow.catalog.by_code(register_id, FREE_POSITION_CODE)
            vat = self._vat.get(product.vat_code) if product else self._vat.get("none")
        line = LineItem(name="Свободная позиция", unit_price=amount, quantity=Quantity.one(), vat=vat,
                        code=FREE_POSITION_CODE, group_code="9.9")
        paid = received if (kind.gives_change and received is not None) else amount
        return self.sell(cashier, register_id, Basket().add(line), [Payment(kind, paid)])

    def _record(self, cashier: Principal, register_id: int, receipt: Receipt, *, original_id: int | None = None,
                original_positions: list[int] | None = None, cash_needed: Money | None = None,
                parent: ParentRef | None = None, doc_uuid: str | None = None) -> OpResult[DocumentResult]:
        if self._locks is not None:
            self._locks.ensure(register_id)  # one register, one process (decision 0011)
        # a number or a shift taken by a concurrent writer: the whole document once more
        row_id, entry_id, queued = retry_once(lambda: self._write(
            cashier, register_id, receipt, original_id, original_positions, cash_needed, parent, doc_uuid))
        verdict = None if queued else self._delivery.deliver(register_id, entry_id)
        if verdict is not Verdict.SIGNED:
            self._wake()
        with self._uow(read_only=True) as uow:
            result = stored_result(uow, row_id)
            if verdict is Verdict.REJECTED:
                entry_row = uow.outbox.get(entry_id)
                if entry_row is not None and entry_row.result_code == ResultCode.OPEN_SHIFT_TIMEOUT_EXPIRED:
                    raise ShiftExpired()  # the OFD says the shift is over: close it (seed 9.3.4)
                raise DocumentRejected(reason=(entry_row.last_error if entry_row else "") or "-")
        return OpResult(result, Changes(basket=True, shift=True, receipts=True))

    def _write(self, cashier: Principal, register_id: int, receipt: Receipt, original_id: int | None,
               original_positions: list[int] | None, cash_needed: Money | None, parent: ParentRef | None,
               doc_uuid: str | None = None) -> tuple[int, int, bool]:
        """The receipt, its counters and its outbox entry in one transaction: (receipt id, entry id, queued)."""
        now = self._clock.now()
        with self._uow() as uow:
            cashier = require_user(cashier, uow)
            reg = active_register(uow, register_id, lock=True)
            window = offline_window(uow, register_id)
            window.check(now)
            shift = shift_for_document(uow, register_id, cashier, now)
            if cash_needed is not None and cash_needed.tiyn:
                totals = ShiftTotals.from_counters(uow.shifts.counters(shift.id))
                in_drawer = Money(shift.cash_at_open_tiyn) + totals.cash_delta
                if cash_needed > in_drawer:
                    raise NotEnoughCash(cash=in_drawer.format(), amount=cash_needed.format())
            number = uow.receipts.next_number(shift.id)
            queued = window.pending > 0  # older documents wait: this one joins them, made offline
            sign = offline_sign(shift.number, number) if queued else None
            offline = None
            if sign is not None:
                offline = (str(sign), check_url(str(sign), reg.registration_number or "", receipt.total.tiyn,
                                                now.astimezone(ALMATY)))
            row_id, row_uuid = uow.receipts.insert(
                receipt, register_id=register_id, shift_id=shift.id, number=number, cashier_id=cashier.user_id,
                now=now, original_id=original_id, original_positions=original_positions, offline=offline,
                doc_uuid=doc_uuid,
            )
            deltas = receipt_deltas(receipt)
            if sign is not None:
                deltas.update(offline_delta(receipt.operation.value))
            uow.shifts.add_counters(shift.id, deltas)
            ticket = receipt_to_ticket(receipt, when=now, operator_code=cashier.user_id,
                                       operator_name=cashier.full_name or cashier.email,
                                       document_number=document_number(shift.number, number), shift_number=shift.number,
                                       shift_document_number=number, parent=parent)
            payload = encode_message(ticket_request(ticket, document_service(uow, reg)))
            if sign is not None:
                payload = as_offline(payload, sign)
            entry_id = uow.outbox.enqueue(register_id=register_id, doc_type="ticket", doc_uuid=row_uuid,
                                          payload=payload, now=now)
            uow.commit()
        return row_id, entry_id, queued

    # -- returns ------------------------------------------------------------------------
    def find_for_return(self, register_id: int, fiscal_sign: str) -> ReturnableReceipt:
        with self._uow(read_only=True) as uow:
            row = self._original(uow, register_id, fiscal_sign)
            returned: dict[int, int] = {}
            for ret in uow.receipts.returns_of(row.id):
                for line in ret.lines:
                    if line.original_position is not None:
                        returned[line.original_position] = returned.get(line.original_position, 0) + line.quantity_milli
            lines = tuple(
                ReturnableLine(
                    position=ln.position, name=ln.name, unit_price=Money(ln.unit_price_tiyn),
                    sold=Quantity(ln.quantity_milli, Unit(ln.unit)),
                    returned=Quantity(returned.get(ln.position, 0), Unit(ln.unit)),
                    total=Money(ln.total_tiyn), marking_code=ln.marking_code,
                )
                for ln in row.lines
            )
            kept: dict[PaymentKind, int] = {}
            for p in row.payments:
                kept[PaymentKind.of(p.kind)] = kept.get(PaymentKind.of(p.kind), 0) + p.amount_tiyn
            for k in kept:
                if k.gives_change:
                    kept[k] -= row.change_tiyn
            return ReturnableReceipt(row.id, fiscal_sign, OperationKind(row.operation), Money(row.total_tiyn), lines,
                                     tuple((k, Money(v)) for k, v in kept.items() if v > 0))

    def refund(
        self, cashier: Principal, admin_email: str, admin_password: str, register_id: int, fiscal_sign: str,
        items: Sequence[tuple[int, Quantity]] | None = None,
        pay_back: Callable[[Sequence[Payment], Callable[[], OpResult[DocumentResult]]], OpResult[DocumentResult]]
        | None = None, *, tiyn_to_cash: bool = False, doc_uuid: str | None = None,
    ) -> OpResult[DocumentResult]:
        """Return goods of a receipt found by its fiscal sign (seed 9.3.2); needs an admin's credentials.

        ``items`` = (line position, quantity); None returns everything not yet returned. Money goes
        back by the original tenders, in proportion. ``pay_back(payments, record)`` lets the caller
        pay the card part back through the terminal around recording (``card_payment.with_card``).
        ``tiyn_to_cash``: a card share with tiyn (a terminal takes whole tenge) is rounded down and the
        tiyn go back in cash, as the cashier chose (decision 0714). ``doc_uuid``: the return receipt's
        uuid, the terminal operation's reference (what links them after a crash, decision 0715).
        """
        require_user(cashier)
        self._auth.require_admin_credentials(admin_email, admin_password, register_id=register_id, method="return")
        info = self.find_for_return(register_id, fiscal_sign)
        by_pos = {ln.position: ln for ln in info.lines}
        wanted = list(items) if items is not None else [(ln.position, ln.left) for ln in info.lines if ln.left.milli]
        if not wanted:
            raise NothingToReturn(position="-", left="0")
        line_items: list[LineItem] = []
        positions: list[int] = []
        with self._uow(read_only=True) as uow:
            original = self._original(uow, register_id, fiscal_sign)
            parent = self._parent_ref(uow, original)
            orig_lines = {ln.position: ln for ln in original.lines}
            for pos, qty in wanted:
                ln = by_pos.get(pos)
                if ln is None:
                    raise ValidationError("position", QT_TRANSLATE_NOOP("Reasons", "the receipt has no line {position}"), position=pos)
                if qty.milli <= 0 or qty.milli > ln.left.milli:
                    raise NothingToReturn(position=pos, left=ln.left.format())
                row = orig_lines[pos]
                # money of this part: proportional, and exactly the rest when the last part goes back
                if qty.milli == ln.left.milli:
                    already = div_half_up(row.total_tiyn * ln.returned.milli, row.quantity_milli)
                    amount = row.total_tiyn - already
                else:
                    amount = div_half_up(row.total_tiyn * qty.milli, row.quantity_milli)
                gross = Quantity(qty.milli, Unit(row.unit)).price(Money(row.unit_price_tiyn)).tiyn
                diff = gross - amount
                line_items.append(LineItem(
                    name=row.name, unit_price=Money(row.unit_price_tiyn), quantity=Quantity(qty.milli, Unit(row.unit)),
                    vat=self._vat.get(row.vat_code),
                    discount=Adjustment.amount(Money(diff)) if diff > 0 else None,
                    markup=Adjustment.amount(Money(-diff)) if diff < 0 else None,
                    code=row.code, group_code=row.group_code, barcode=row.barcode or "",
                    marking_code=row.marking_code, product_uuid=row.product_uuid, **_ntin_of(row),
                ))
                positions.append(pos)
        total = sum(li.amount.tiyn for li in line_items)
        payments = [Payment(k, m) for k, m in return_shares(info.payments, Money(total), tiyn_to_cash=tiyn_to_cash)]
        receipt = build_receipt(RETURN_OF.get(info.operation, OperationKind.SALE_RETURN), line_items, payments)
        cash_back = receipt.in_drawer

        def record(card_slip: CardSlip | None = None) -> OpResult[DocumentResult]:
            final = receipt if card_slip is None else build_receipt(
                receipt.operation, line_items, with_slip(receipt.payments, card_slip))
            return self._record(cashier, register_id, final, original_id=info.receipt_id,
                                original_positions=positions, parent=parent, doc_uuid=doc_uuid,
                                cash_needed=cash_back if receipt.operation is OperationKind.SALE_RETURN else None)

        return pay_back(receipt.payments, record) if pay_back is not None else record()

    @staticmethod
    def _parent_ref(uow: SqlUnitOfWork, original: ReceiptRow) -> ParentRef:
        """``parent_ticket`` of a return: the OFD's number of the original, known once it is uploaded."""
        entry = uow.outbox.entry_of(original.uuid)
        if entry is not None and entry.state != SENT:
            raise ReturnWaitsForUpload(sign=original.fiscal_sign or "-")
        reg = uow.org.register(original.register_id)
        return ParentRef(
            fiscal_sign=original.ofd_fiscal_sign or original.fiscal_sign or "", when=original.created_at,
            kgd_kkm_id=(reg.registration_number if reg else "") or "", total_tiyn=original.total_tiyn,
            offline=bool(original.offline),
        )

    def _original(self, uow: SqlUnitOfWork, register_id: int, sign: str) -> ReceiptRow:
        row = uow.receipts.by_sign(register_id, (sign or "").strip())
        if row is None or row.state not in SOLD_STATES or OperationKind(row.operation).is_return:
            raise ReceiptNotFound(sign=sign)
        return row

    # -- lists and duplicates -----------------------------------------------------------
    def shift_receipts(self, register_id: int) -> list[DocumentResult]:
        with self._uow(read_only=True) as uow:
            shift = uow.shifts.current(register_id) or uow.shifts.last(register_id)
            if shift is None:
                return []
            return [receipt_result(r, shift) for r in uow.receipts.of_shift(shift.id)]

    def receipt(self, receipt_id: int) -> ReceiptView:
        with self._uow(read_only=True) as uow:
            row = uow.receipts.get(receipt_id)
            if row is None:
                raise NotFoundError(what="receipt", key=receipt_id)
            return receipt_view(row, uow.shifts.get(row.shift_id))  # type: ignore[arg-type]

    def last_receipt_id(self, register_id: int) -> int:
        with self._uow(read_only=True) as uow:
            row = uow.receipts.last(register_id)
            if row is None:
                raise NotFoundError(what="receipt", key="last")
            return row.id

    def mark_printed(self, receipt_id: int) -> None:
        with self._uow() as uow:
            row = uow.receipts.get(receipt_id)
            if row is None:
                raise NotFoundError(what="receipt", key=receipt_id)
            if row.printed_at is None:
                row.state = receipt_transition(ReceiptState(row.state), ReceiptState.PRINTED).value
                row.printed_at = self._clock.now()
                uow.commit()


def return_shares(tenders: Sequence[tuple[PaymentKind, Money]], total: Money, *,
                  tiyn_to_cash: bool = False) -> list[tuple[PaymentKind, Money]]:
    """How ``total`` of a return goes back by the original ``tenders``, in proportion (what
    :meth:`SaleService.refund` pays). With ``tiyn_to_cash`` a card or QR share with tiyn is rounded
    down to whole tenge and the tiyn join the cash share (a terminal takes whole tenge, 0714)."""
    cash = change_tender() or PaymentKind.CASH
    kinds = [k for k, _ in tenders] or [cash]
    shares = dict.fromkeys(kinds, 0)
    for k, s in zip(kinds, spread(total.tiyn, [m.tiyn for _, m in tenders] or [1]), strict=True):
        shares[k] += s
    if tiyn_to_cash:
        for k in [k for k in shares if k.via_terminal]:
            extra = shares.get(k, 0) % 100
            if extra:
                shares[k] -= extra
                shares[cash] = shares.get(cash, 0) + extra
    return [(k, Money(s)) for k, s in shares.items() if s > 0]


def card_share_has_tiyn(shares: Sequence[tuple[PaymentKind, Money]]) -> bool:
    """A share the terminal pays back (card or QR) is not whole tenge."""
    return any(m.tiyn % 100 for k, m in shares if k.via_terminal)


def with_slip(payments: Sequence[Payment], slip: CardSlip | None) -> list[Payment]:
    """The payments with the terminal's slip on the card part (the only card payment). A part the
    buyer paid by QR on the terminal is a mobile payment (OFD ``PAYMENT_MOBILE``)."""
    if slip is None:
        return list(payments)
    kind = tender_for_method(slip.method)
    return [Payment(kind, p.amount, slip) if p.kind.via_terminal else p for p in payments]


def _ntin_of(row: object) -> dict[str, str]:
    ntin = getattr(row, "ntin", None)
    return {"ntin": ntin} if ntin else {}
