"""Named operations of the shift: reports, the Z report, cash in and out (decision 2122)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alsep_desktop.domain.money import Money
    from alsep_desktop.domain.roles import Principal
    from alsep_desktop.services.documents import DocumentResult
    from alsep_desktop.services.shift import ShiftReport
    from alsep_desktop.ui.counter import Counter
    from alsep_desktop.ui.ops import Done, Failed


def x_report(counter: Counter, cashier: Principal, register_id: int, done: Done, failed: Failed) -> None:
    """The X report of the open shift (seed 9.3.4)."""
    counter.ops.run(partial(counter.ctx.shifts.x_report, cashier, register_id), done, failed)


def close_shift(counter: Counter, cashier: Principal, email: str, password: str, register_id: int, *,
                carry_over: bool, done: Done, failed: Failed) -> None:
    """The Z report, confirmed by an administrator; ``carry_over``: terminal payments without a
    receipt go on to the next shift."""
    counter.ops.run(partial(counter.ctx.shifts.close_shift, cashier, email, password, register_id,
                            carry_over_terminal=carry_over), done, failed)


def print_report(counter: Counter, register_id: int, report: ShiftReport, cashier: Principal,
                 done: Done, failed: Failed) -> None:
    """An X or Z report on paper."""
    counter.ops.run(partial(counter.printing.print_report, register_id, report, cashier), done, failed)


def cash_in_drawer(counter: Counter, register_id: int, done: Done, failed: Failed) -> None:
    """What the drawer holds now."""
    counter.ops.run(partial(counter.ctx.shifts.cash_in_drawer, register_id), done, failed)


def _move_cash(counter: Counter, cashier: Principal, register_id: int, amount: Money,
               deposit: bool) -> tuple[DocumentResult, Money]:
    shifts = counter.ctx.shifts
    result = (shifts.deposit if deposit else shifts.withdraw)(cashier, register_id, amount).value
    return result, shifts.cash_in_drawer(register_id)


def move_cash(counter: Counter, cashier: Principal, register_id: int, amount: Money, *, deposit: bool,
              done: Done, failed: Failed) -> None:
    """A cash deposit or withdrawal; reports the document and the drawer after it."""
    counter.ops.run(partial(_move_cash, counter, cashier, register_id, amount, deposit), done, failed)


def print_cash_slip(counter: Counter, register_id: int, result: DocumentResult, deposit: bool,
                    cashier: Principal, drawer: Money, failed: Failed) -> None:
    """The slip of a deposit or withdrawal."""
    counter.ops.run(partial(counter.printing.print_cash_slip, register_id, result, deposit, cashier, drawer),
                    None, failed)


def check_registration(counter: Counter, register_id: int, done: Done, failed: Failed) -> None:
    """What the OFD holds about this register (a difference is shown at start-up)."""
    counter.ops.run(partial(counter.ctx.registration.check, register_id), done, failed)
