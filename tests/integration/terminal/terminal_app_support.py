"""A whole register (store, OFD sandbox) with its TerminalService on the Kaspi driver against the
emulator over real HTTPS, and the check that the emulator's ledger and the register agree."""

from __future__ import annotations

import time
from collections.abc import Callable

from kaspi_support import FAST

from alsep_desktop.hardware.terminal.kaspi.client import KaspiConfig
from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal
from alsep_desktop.hardware.terminal.kaspi.tokens import SecretTokenStore
from alsep_desktop.services.devices import TerminalSettings
from alsep_desktop.services.terminal.service import TerminalService
from alsep_desktop.store.models import Receipt
from alsep_terminal_emulator import EmulatorServer, KaspiEmulator


def kaspi_service(pos, server: EmulatorServer, *, register: bool = True, fiscalization: bool = False,  # noqa: ANN001
                  **timings: object) -> TerminalService:
    """The app's service, its driver built with test timings (production: 1 s poll, 180 s wait).
    «ФИСКАЛИЗАЦИЯ» off by default here, so terminal-only payments are allowed too."""
    svc = TerminalService(pos.ctx.uow, pos.clock, pos.ctx.sales, pos.ctx.vat_table,
                          SecretTokenStore(pos.ctx.vault.store))
    settings = TerminalSettings(vendor="kaspi", host="127.0.0.1", port=server.port, fiscalization=fiscalization)
    cfg = KaspiConfig(host="127.0.0.1", port=server.port, **{**FAST, **timings})  # type: ignore[arg-type]
    svc.configure(settings, driver=KaspiTerminal(cfg, svc.tokens, listener=svc.journal, now=pos.clock.now))
    svc.start(pos.register_id)
    svc.set_cashier(pos.register_id, pos.cashier)
    if register:
        svc.driver.register()  # type: ignore[union-attr]
    return svc


def wait_for(condition: Callable[[], object], timeout: float = 8.0) -> object:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def ledger_agrees(pos, emulator: KaspiEmulator, svc: TerminalService) -> None:  # noqa: ANN001
    """No card money without a fiscal receipt or a visible entry (terminal-only / pending), every
    approval the register fiscalized is booked once, and no payment refunded beyond its amount."""
    ledger = emulator.ledger_now()
    with pos.ctx.uow(read_only=True) as uow:
        rows = {r.process_id: r for r in uow.terminal.by_state(
            ["success", "fail", "wait", "unknown", "starting", "start_unconfirmed", "lost", "not_started"])
            if r.process_id}
        receipts = {r.id for r in uow.session.query(Receipt).all()}
        visible = {e.id for e in svc.pending(pos.register_id)} | {e.id for e in svc.open_terminal_only(None)}
        unconfirmed = [r for r in uow.terminal.by_state(["start_unconfirmed"])]
        for entry in ledger.payments():
            row = rows.get(entry.process_id)
            if row is None:
                match = [u for u in unconfirmed if u.amount_tiyn == entry.amount * 100 and u.id in visible]
                assert match, f"money taken, the register does not show it: {entry}"
                unconfirmed.remove(match[0])
                continue
            assert row.amount_tiyn == entry.amount * 100 and row.transaction_id == entry.transaction_id
            refunded = ledger.refunded_of(entry.transaction_id)
            fiscal = row.fiscalized and row.receipt_id in receipts
            assert fiscal or row.id in visible or refunded == entry.amount, (
                f"card money with neither a fiscal receipt nor a visible entry: {entry}")
        for txn in {r.refund_of for r in ledger.refunds()}:
            paid = next(p for p in ledger.payments() if p.transaction_id == txn)
            assert ledger.refunded_of(txn) <= paid.amount, f"refunded twice: {txn}"
        for row in rows.values():
            if row.state == "success":
                assert any(e.process_id == row.process_id for e in ledger.entries()), f"not booked: {row.id}"
