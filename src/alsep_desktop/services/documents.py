"""Shared steps of every fiscal document: the shift it belongs to, rows, counters, results."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.domain.receipt import OperationKind
from alsep_desktop.domain.roles import Principal
from alsep_desktop.domain.shift import DEFAULT_SECTION, Delta, check_shift_age
from alsep_desktop.domain.tender import change_tender, drawer_keys
from alsep_desktop.errors import AlsepError, NotFoundError
from alsep_desktop.fiscal.engine import OfflineWindow
from alsep_desktop.store.models import Receipt as ReceiptRow
from alsep_desktop.store.models import Register, Shift
from alsep_desktop.store.uow import SqlUnitOfWork


class RegisterInactive(AlsepError):
    code = "fiscal.register_inactive"
    template = "The register is not active: an admin completes its OFD data first"


class RegisterTokenInvalid(AlsepError):
    code = "fiscal.token_invalid"
    template = ("Invalid token: the OFD does not accept the register's token. Generate a new token on the "
                "OFD portal, then enter it in the admin tab: Registers → Update data")



@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What the window shows and prints after a fiscal document."""

    id: int
    uuid: str
    kind: str  # receipt | cash_move | z_report
    shift_number: int
    number: int
    state: str
    offline: bool
    fiscal_sign: str | None
    check_url: str | None
    total: Money
    change: Money = Money(0)


def active_register(uow: SqlUnitOfWork, register_id: int, *, lock: bool = False) -> Register:
    """The register, refused when it may not make documents. ``lock``: the documents of this register
    are written one at a time (PostgreSQL row lock; SQLite holds its write lock already)."""
    reg = uow.org.register(register_id, lock=lock)
    if reg is None:
        raise NotFoundError(what="register", key=register_id)
    if reg.status != "active":
        raise RegisterInactive()
    if reg.ofd_block == "invalid_token":
        raise RegisterTokenInvalid()
    return reg


def offline_window(uow: SqlUnitOfWork, register_id: int) -> OfflineWindow:
    return OfflineWindow(*uow.outbox.pending_summary(register_id))


def shift_for_document(uow: SqlUnitOfWork, register_id: int, actor: Principal, now: datetime) -> Shift:
    """The open shift, or a new one: a shift opens by itself with its first document (seed 9.3.4)."""
    shift = uow.shifts.current(register_id, lock=True)
    if shift is not None:
        check_shift_age(shift.opened_at, now)
        return shift
    last = uow.shifts.last(register_id)
    cash = 0
    if last is not None and last.z_report:
        cash = int(json.loads(last.z_report).get("cash_in_drawer", 0))
    return uow.shifts.add(
        Shift(register_id=register_id, number=(last.number + 1) if last else 1, state="open", opened_at=now,
              opened_by_id=actor.user_id, cash_at_open_tiyn=cash)
    )


def stored_result(uow: SqlUnitOfWork, receipt_id: int) -> DocumentResult:
    rid, uuid, shift_number, number, state, offline, sign, url, total, change = uow.receipts.result(receipt_id)
    return DocumentResult(id=rid, uuid=uuid, kind="receipt", shift_number=shift_number, number=number, state=state,
                          offline=bool(offline), fiscal_sign=sign, check_url=url, total=Money(total),
                          change=Money(change))


def row_deltas(row: ReceiptRow) -> dict[str, Delta]:
    """Counter deltas of a stored receipt (to take back a receipt the OFD refused); the same
    counters ``domain.shift.receipt_deltas`` wrote for it."""
    op = OperationKind(row.operation)
    out: dict[str, list[int]] = {}

    def add(name: str, count: int = 0, amount: int = 0, extra: int = 0) -> None:
        acc = out.setdefault(name, [0, 0, 0])
        acc[0] += count
        acc[1] += amount
        acc[2] += extra

    add(f"op:{op.value}", 1, row.total_tiyn)
    kept: dict[str, int] = {}
    for p in row.payments:
        kept[p.kind] = kept.get(p.kind, 0) + p.amount_tiyn
    change = change_tender()
    if change is not None and change.key in kept:
        kept[change.key] -= row.change_tiyn
    for kind, amount in kept.items():
        if amount:
            add(f"pay:{op.value}:{kind}", 1, amount)
    if row.change_tiyn:
        add(f"change:{op.value}", 0, row.change_tiyn)
    for line in row.lines:
        add(f"vat:{op.value}:{line.vat_code}", 0, line.total_tiyn, line.vat_tiyn)
        add(f"sec:{op.value}:{line.group_code or DEFAULT_SECTION}", 1, line.total_tiyn)
    if row.discount_tiyn:
        add(f"disc:{op.value}", 1, row.discount_tiyn)
    if row.markup_tiyn:
        add(f"markup:{op.value}", 1, row.markup_tiyn)
    if row.offline:
        add(f"offline:{op.value}", 1)
    cash = sum(v for k, v in kept.items() if k in drawer_keys())
    if cash:
        add("cash", 0, op.cash_sign * cash)
    return {k: (v[0], v[1], v[2]) for k, v in out.items() if v != [0, 0, 0]}


def negate(deltas: dict[str, Delta]) -> dict[str, Delta]:
    return {k: (-c, -a, -e) for k, (c, a, e) in deltas.items()}


def receipt_result(row: ReceiptRow, shift: Shift) -> DocumentResult:
    return DocumentResult(
        id=row.id, uuid=row.uuid, kind="receipt", shift_number=shift.number, number=row.number, state=row.state,
        offline=row.offline, fiscal_sign=row.fiscal_sign, check_url=row.check_url, total=Money(row.total_tiyn),
        change=Money(row.change_tiyn),
    )


@dataclass(frozen=True, slots=True)
class LineView:
    position: int
    name: str
    code: str
    barcode: str
    unit_price: Money
    quantity_milli: int
    unit: str
    discount: Money
    markup: Money
    total: Money
    vat_code: str
    vat: Money
    marking_code: str | None
    ntin: str = ""  # the product's National Catalogue code when sold


@dataclass(frozen=True, slots=True)
class ReceiptView:
    """A stored receipt as plain values (safe outside any session; for the window and printing)."""

    id: int
    uuid: str
    shift_number: int
    number: int
    operation: OperationKind
    state: str
    offline: bool
    fiscal_sign: str | None
    ofd_fiscal_sign: str | None
    check_url: str | None
    created_at: datetime
    cashier_id: int | None
    total: Money
    change: Money
    discount: Money
    markup: Money
    vat: Money
    lines: tuple[LineView, ...]
    payments: tuple[tuple[PaymentKind, Money], ...]
    buyer_iin_bin: str | None
    printed: bool


def receipt_view(row: ReceiptRow, shift: Shift) -> ReceiptView:
    return ReceiptView(
        id=row.id, uuid=row.uuid, shift_number=shift.number, number=row.number,
        operation=OperationKind(row.operation), state=row.state, offline=row.offline, fiscal_sign=row.fiscal_sign,
        ofd_fiscal_sign=row.ofd_fiscal_sign, check_url=row.check_url, created_at=row.created_at,
        cashier_id=row.cashier_id, total=Money(row.total_tiyn), change=Money(row.change_tiyn),
        discount=Money(row.discount_tiyn), markup=Money(row.markup_tiyn), vat=Money(row.vat_tiyn),
        lines=tuple(
            LineView(ln.position, ln.name, ln.code, ln.barcode or "", Money(ln.unit_price_tiyn), ln.quantity_milli,
                     ln.unit, Money(ln.discount_tiyn), Money(ln.markup_tiyn), Money(ln.total_tiyn), ln.vat_code,
                     Money(ln.vat_tiyn), ln.marking_code, ln.ntin or "")
            for ln in row.lines
        ),
        payments=tuple((PaymentKind.of(p.kind), Money(p.amount_tiyn)) for p in row.payments),
        buyer_iin_bin=row.buyer_iin_bin, printed=row.printed_at is not None,
    )
