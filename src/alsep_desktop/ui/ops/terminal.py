"""Named operations of the card terminal: its tab and its settings page (decision 2122).

The terminal service is the one the composition root built (``Services.terminal``); the settings
page works on the one it was given.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alsep_desktop.domain.basket import Basket
    from alsep_desktop.domain.money import Money
    from alsep_desktop.domain.roles import Principal
    from alsep_desktop.services.terminal.service import TerminalService
    from alsep_desktop.services.terminal_journal import JournalEntry
    from alsep_desktop.ui.counter import Counter
    from alsep_desktop.ui.ops import Done, Failed, OpRunner


def _service(counter: Counter) -> TerminalService:
    svc = counter.terminal
    assert svc is not None, "the Terminal tab exists only with a terminal service"
    return svc


def _lists(svc: TerminalService, register_id: int | None) -> tuple[list[JournalEntry], list[JournalEntry]]:
    return svc.open_terminal_only(register_id), svc.pending(register_id)


def waiting_lists(counter: Counter, register_id: int | None, done: Done, failed: Failed) -> None:
    """What waits for the cashier: terminal-only payments without a receipt, and the pending
    reconciliation (late approvals, operations to check on the terminal)."""
    counter.ops.run(partial(_lists, _service(counter), register_id), done, failed)


def pay_terminal_only(counter: Counter, cashier: Principal | None, register_id: int, amount: Money,
                      done: Done, failed: Failed) -> None:
    """«ФИСКАЛИЗАЦИЯ» off: a payment on the terminal alone, its receipt issued later."""
    counter.ops.run(partial(_service(counter).pay_terminal_only, cashier, register_id, amount), done, failed)


def issue_receipt(counter: Counter, cashier: Principal | None, register_id: int, entry: JournalEntry, *,
                  basket: Basket | None, sold_again_ok: bool, done: Done, failed: Failed) -> None:
    """The fiscal receipt of an approved terminal payment (a late approval: its sale's lines, 2011)."""
    counter.ops.run(partial(_service(counter).issue_receipt, cashier, register_id, entry.id, basket=basket,
                            sold_again_ok=sold_again_ok), done, failed)


def refund_entry(counter: Counter, cashier: Principal | None, entry: JournalEntry, done: Done,
                 failed: Failed) -> None:
    """A journaled card payment back to the card."""
    counter.ops.run(partial(_service(counter).refund_entry, cashier, entry.id), done, failed)


def refund_by_transaction(counter: Counter, cashier: Principal | None, transaction_id: str, amount: Money,
                          method: str | None, register_id: int | None, done: Done, failed: Failed) -> None:
    """The seed's cancel: a refund by the card RRN or the QR order number."""
    counter.ops.run(partial(_service(counter).refund_by_transaction, cashier, transaction_id, amount, method,
                            register_id=register_id), done, failed)


def acknowledge(counter: Counter, entry: JournalEntry, done: Done, failed: Failed) -> None:
    """The cashier saw a pending entry that needs nothing more."""
    counter.ops.run(partial(_service(counter).acknowledge, entry.id), done, failed)


def update_keys(ops: OpRunner, svc: TerminalService, done: Done, failed: Failed) -> None:
    """«Обновить ключи» on the terminal (seed 9.4.1)."""
    ops.run(svc.update_keys, done, failed)


def trust_certificate(ops: OpRunner, svc: TerminalService, actor: Principal | None, fingerprint: str,
                      done: Done, failed: Failed) -> None:
    """The terminal's new TLS certificate is trusted (an administrator saw both fingerprints)."""
    ops.run(partial(svc.trust_certificate, actor, fingerprint), done, failed)
