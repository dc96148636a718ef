"""Named operations of the sale and returns screens (decision 2122)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from alsep_desktop.services.scan import ScanResult, resolve_scan

if TYPE_CHECKING:
    from alsep_desktop.domain.basket import Basket
    from alsep_desktop.domain.money import Money
    from alsep_desktop.domain.payment import CardSlip, Payment, PaymentKind
    from alsep_desktop.domain.quantity import Quantity
    from alsep_desktop.domain.roles import Principal
    from alsep_desktop.ui.counter import Counter
    from alsep_desktop.ui.ops import Done, Failed


def scan(counter: Counter, register_id: int, code: str) -> ScanResult:
    """What a scanned or typed code stands for (services/scan.py); on the GUI thread, one frame."""
    result: ScanResult = counter.ops.run_sync(partial(resolve_scan, counter.ctx.catalog, register_id, code))
    return result


def quick_sale(counter: Counter, cashier: Principal, register_id: int, amount: Money, kind: PaymentKind,
               done: Done, failed: Failed) -> None:
    """«Быстрая оплата»: the typed amount as a one-line receipt, paid at once (seed 9.3.1)."""
    counter.ops.run(partial(counter.ctx.sales.quick_sale, cashier, register_id, amount, kind), done, failed)


def sale_recorder(counter: Counter, cashier: Principal, register_id: int, basket: Basket,
                  payments: Sequence[Payment], doc_uuid: str) -> Callable[[CardSlip | None], Any]:
    """The receipt of a paid basket, written once the card part (if any) went through: the card
    flow (ui/terminal/flow.py) calls it with the terminal's slip."""
    sales = counter.ctx.sales

    def record(slip: CardSlip | None) -> Any:
        return sales.sell(cashier, register_id, basket, payments, card_slip=slip, doc_uuid=doc_uuid)

    return record


def find_for_return(counter: Counter, register_id: int, fiscal_sign: str, done: Done, failed: Failed) -> None:
    """The sale receipt a return starts from, by its fiscal sign (seed 9.3.2)."""
    counter.ops.run(partial(counter.ctx.sales.find_for_return, register_id, fiscal_sign), done, failed)


def refund(counter: Counter, cashier: Principal, email: str, password: str, register_id: int, fiscal_sign: str,
           items: Sequence[tuple[int, Quantity]] | None, *, pay_back: Callable[..., Any], tiyn_to_cash: bool, doc_uuid: str,
           done: Done, failed: Failed) -> None:
    """The return receipt, confirmed by an administrator; ``pay_back`` returns the card part first."""
    counter.ops.run(partial(counter.ctx.sales.refund, cashier, email, password, register_id, fiscal_sign, items,
                            pay_back=pay_back, tiyn_to_cash=tiyn_to_cash, doc_uuid=doc_uuid), done, failed)
