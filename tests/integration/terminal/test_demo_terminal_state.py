"""The demo's Kaspi emulator keeps its ledger and processes in ``kaspi-emulator.state`` (decision
0716): a payment still under way when the app stopped is resolved by the next run through the
register's journal (a late approval in the pending list), not lost. Real HTTPS, real SQLite file,
the production driver timings the demo uses."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from terminal_app_support import ledger_agrees, wait_for

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.app.demo_terminal import STATE_FILE, start_demo_terminal
from alsep_desktop.app.terminal import open_terminal, terminal_service
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.services.card_payment import CardWaitStopped, with_card
from alsep_desktop.services.terminal_journal import RECONCILE, OperationContext
from alsep_terminal_emulator import KaspiEmulator, Plan
from tests.support.pos import Pos, make_pos
from tests.support.waiting import wait_until


@pytest.fixture
def pos(tmp_path: Path) -> Iterator[Pos]:
    p = make_pos(tmp_path)
    try:
        yield p
    finally:
        p.ctx.close()
        p.sandbox.stop()  # type: ignore[attr-defined]


def test_emulator_state_round_trip_keeps_an_open_process_where_it_was() -> None:
    em = KaspiEmulator(auto_allow=True, default_plan=Plan(delay=60))
    em.payment({"amount": "300"})
    [pid] = list(em.processes)
    state = json.loads(json.dumps(em.to_state()))
    again = KaspiEmulator(auto_allow=True)
    again.load_state(state, grants=False)
    p = again.processes[pid]
    assert (p.status, p.amount, p.plan.delay) == ("wait", 300, 60)
    assert again.grants.names() == []  # the demo pairs again with its new certificate
    assert again.payment({"amount": "5"}).body["statusCode"] == 107  # the open one still holds the terminal


def test_a_payment_open_at_exit_is_resolved_by_the_next_run(pos: Pos) -> None:
    ctx = pos.ctx
    admin = ctx.auth.login(*ADMIN)
    svc = terminal_service(ctx)
    demo = start_demo_terminal(ctx, svc, admin)
    assert svc.driver is not None
    demo.emulator.plan(Plan.late_approval(6.0))  # the customer pays after the cashier gave up and the app stopped
    pays = [Payment(PaymentKind.CARD, Money.parse("250"))]
    basket = pos.basket("4870001000012")
    stopper = threading.Timer(1.5, svc.cancel_wait)  # «Прекратить ожидание»
    stopper.start()
    with pytest.raises(CardWaitStopped):
        with_card(svc.driver, pays,
                  lambda slip: ctx.sales.sell(pos.cashier, pos.register_id, basket, pays, card_slip=slip),
                  journal=svc.journal, context=OperationContext(pos.register_id, pos.cashier.user_id))
    [pid] = list(demo.emulator.processes)
    svc.close()  # the app exits while the terminal still waits for the customer
    demo.stop()
    state_file = Path(ctx.config.data_dir) / STATE_FILE
    saved = json.loads(state_file.read_text(encoding="utf-8"))
    assert [(p["id"], p["status"]) for p in saved["processes"]] == [(pid, "wait")]
    assert saved["ledger"] == []

    # the next run: the saved settings' driver (the old port is gone), then the demo emulator again
    svc2 = open_terminal(ctx)
    demo2 = start_demo_terminal(ctx, svc2, admin)
    try:
        assert demo2.port != demo.port and pid in demo2.emulator.processes
        entry = wait_for(lambda: next((e for e in svc2.pending(None) if e.action == RECONCILE), None), timeout=25)
        assert entry.amount == Money.parse("250") and entry.process_id == pid
        [paid] = demo2.emulator.ledger_now().payments()
        assert (paid.process_id, paid.amount) == (pid, 250)
        svc2.issue_receipt(pos.cashier, pos.register_id, entry.id)  # the cashier fiscalizes it
        assert [e for e in svc2.pending(None) if e.action == RECONCILE] == []
        ledger_agrees(pos, demo2.emulator, svc2)
    finally:
        svc2.close()
        demo2.stop()
    assert json.loads(state_file.read_text(encoding="utf-8"))["ledger"][0]["process_id"] == pid


def test_status_polls_that_move_nothing_do_not_ask_for_a_save() -> None:
    """The demo writes its state file on every change: a poll of a settled process is no change."""
    em = KaspiEmulator(auto_allow=True, default_plan=Plan(delay=0.3))
    _code, tokens = em.grants.register("pos", 1.0)
    token = tokens["accessToken"]
    saves: list[int] = []
    em.on_change = lambda: saves.append(1)
    started = em.handle("/v2/payment", {"amount": "300"}, token)
    pid = started.body["data"]["processId"]
    assert len(saves) == 1  # the payment itself
    assert em.handle("/v2/status", {"processId": pid}, token).body["data"]["status"] == "wait"
    waiting = len(saves)  # the first poll may move the sub-status on
    assert em.handle("/v2/status", {"processId": pid}, token).body["data"]["status"] == "wait"
    assert len(saves) == waiting  # still waiting: nothing moved
    saved_by: list[int] = []  # saves made by the poll that saw the customer pay

    def paid() -> bool:
        before = len(saves)  # a poll past half the delay moves the sub-status on (one save of its own)
        done = em.handle("/v2/status", {"processId": pid}, token).body["data"]["status"] == "success"
        if done:
            saved_by.append(len(saves) - before)
        return done

    wait_until(paid, timeout=5, what="the customer to pay on the emulated terminal")
    assert saved_by == [1]  # the poll saw the customer pay: the money moved, the state is saved once
    settled = len(saves)
    for _ in range(3):
        em.handle("/v2/status", {"processId": pid}, token)
    em.handle("/v2/deviceinfo", {}, token)
    assert len(saves) == settled
