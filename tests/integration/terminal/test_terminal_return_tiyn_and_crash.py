"""Issue 15 gaps, through the real Kaspi driver and the emulator over HTTPS on a real SQLite file:

* a partial return whose card share has tiyn: refused by the driver unless the cashier moves the
  tiyn to cash (decision 0714), then card, cash and the emulator's ledger agree;
* the crash window of decision 0706: the register dies between writing the receipt and linking
  it in the journal (or before writing it); a fresh context on the same file links what it can by
  the receipt's uuid and lists the rest in the pending list (decision 0715).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from terminal_app_support import kaspi_service, ledger_agrees

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.demo import ADMIN, CASHIER
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.errors import AlsepError
from alsep_desktop.services.card_payment import with_card
from alsep_desktop.services.sale import card_share_has_tiyn, return_shares
from alsep_desktop.services.terminal_journal import RECONCILE, OperationContext
from tests.support.pos import Pos


class Crash(BaseException):
    """The process dies here (nothing below it runs; no ``except Exception`` catches it)."""


def _mixed_sale(pos: Pos, svc, doc_uuid: str | None = None):  # noqa: ANN001, ANN202
    basket = pos.basket("4870001000029", "4870001000012")  # 520 + 250 = 770 ₸
    pays = [Payment(PaymentKind.CARD, Money.parse("500")), Payment(PaymentKind.CASH, Money.parse("270"))]
    return with_card(svc.driver, pays,
                     lambda slip: pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays, card_slip=slip,
                                                     doc_uuid=doc_uuid),
                     journal=svc.journal, context=OperationContext(pos.register_id, pos.cashier.user_id),
                     reference=doc_uuid)


def _return_250(pos: Pos, svc, sold, *, tiyn_to_cash: bool):  # noqa: ANN001, ANN202
    info = pos.ctx.sales.find_for_return(pos.register_id, sold.fiscal_sign)
    [line] = [ln for ln in info.lines if ln.total == Money.parse("250")]
    original = svc.original_of_receipt(sold.id)
    return pos.ctx.sales.refund(
        pos.cashier, *ADMIN, pos.register_id, sold.fiscal_sign, [(line.position, line.sold)],
        pay_back=lambda pays, record: with_card(svc.driver, pays, record, refund=True, original=original,
                                                journal=svc.journal),
        tiyn_to_cash=tiyn_to_cash)


def test_return_shares_move_only_the_card_tiyn_to_cash() -> None:
    tenders = ((PaymentKind.CARD, Money.parse("500")), (PaymentKind.CASH, Money.parse("270")))
    plain = dict(return_shares(tenders, Money.parse("250")))
    assert plain == {PaymentKind.CARD: Money(16_234), PaymentKind.CASH: Money(8_766)}  # 250·500/770 has tiyn
    assert card_share_has_tiyn(list(plain.items()))
    moved = dict(return_shares(tenders, Money.parse("250"), tiyn_to_cash=True))
    assert moved == {PaymentKind.CARD: Money(16_200), PaymentKind.CASH: Money(8_800)}
    only_card = dict(return_shares(((PaymentKind.MOBILE, Money.parse("770")),), Money(25_050), tiyn_to_cash=True))
    assert only_card == {PaymentKind.MOBILE: Money(25_000), PaymentKind.CASH: Money(50)}  # cash appears
    whole = return_shares(tenders, Money.parse("770"), tiyn_to_cash=True)
    assert dict(whole) == {PaymentKind.CARD: Money.parse("500"), PaymentKind.CASH: Money.parse("270")}


def test_partial_return_with_card_tiyn_is_refused_unless_the_tiyn_go_to_cash(pos, server, emulator) -> None:
    svc = kaspi_service(pos, server)
    try:
        sold = _mixed_sale(pos, svc).value
        before = len(pos.ctx.sales.shift_receipts(pos.register_id))
        with pytest.raises(AlsepError) as refused:  # 162.34 ₸ to the card: the terminal takes whole tenge
            _return_250(pos, svc, sold, tiyn_to_cash=False)
        assert "tiyn" in refused.value.code
        assert emulator.ledger_now().refunds() == [] and len(pos.ctx.sales.shift_receipts(pos.register_id)) == before

        ret = _return_250(pos, svc, sold, tiyn_to_cash=True).value
        assert ret.total == Money.parse("250")
        view = pos.ctx.sales.receipt(ret.id)
        assert dict(view.payments) == {PaymentKind.CARD: Money.parse("162"), PaymentKind.CASH: Money.parse("88")}
        [refund] = emulator.ledger_now().refunds()
        assert refund.amount == 162
        with pos.ctx.uow(read_only=True) as uow:
            [row] = [r for r in uow.terminal.of_receipt(ret.id) if r.kind == "refund"]
            assert row.amount_tiyn == 16_200 and row.fiscalized
        ledger_agrees(pos, emulator, svc)
    finally:
        svc.close()


def _fresh(pos: Pos) -> Pos:
    """The register started again on the same SQLite file (the OFD sandbox kept running)."""
    ctx = build_context(pos.ctx.config, clock=pos.clock)
    return Pos(ctx, pos.sandbox, pos.register_id, ctx.auth.login(CASHIER[0], CASHIER[1]), pos.clock)


def test_a_crash_between_the_receipt_and_the_link_is_repaired_at_start(pos, server, emulator) -> None:
    svc = kaspi_service(pos, server)
    db_file = Path(str(pos.ctx.config.data_dir))
    assert any(p.suffix in (".sqlite", ".db", ".sqlite3") for p in db_file.rglob("*")), "a real SQLite file"

    def crash(*_a: object) -> None:
        raise Crash()

    # 1: the receipt is written, the register dies before the journal links it
    svc.journal.link_receipt = crash  # type: ignore[method-assign]
    doc = "0c1f3d6e-4b0a-4c55-9e51-7d1e8f0a2b31"
    with pytest.raises(Crash):
        _mixed_sale(pos, svc, doc_uuid=doc)
    # 2: the charge is approved, the register dies before the receipt is written
    pays = [Payment(PaymentKind.CARD, Money.parse("250"))]

    def dies_before_writing(_slip: object) -> None:
        raise Crash()

    with pytest.raises(Crash):
        with_card(svc.driver, pays, dies_before_writing, journal=svc.journal,
                  context=OperationContext(pos.register_id, pos.cashier.user_id), reference=None)
    svc.close()
    with pos.ctx.uow(read_only=True) as uow:
        receipt = uow.receipts.by_uuid(doc)
        assert receipt is not None  # the sale's receipt exists …
        receipt_id, receipt_shift = receipt.id, receipt.shift_id
        [linked_later] = uow.terminal.by_reference(doc)
        assert linked_later.receipt_id is None and not linked_later.fiscalized  # … the journal does not know it
    pos.ctx.close()

    again = _fresh(pos)
    try:
        svc2 = kaspi_service(again, server, register=False)  # paired already; start() reconciles
        try:
            with again.ctx.uow(read_only=True) as uow:
                [row] = uow.terminal.by_reference(doc)
                row_id = row.id
                assert (row.receipt_id, row.fiscalized, row.shift_id) == (receipt_id, True, receipt_shift)
            assert svc2.original_of_receipt(receipt_id) is not None  # its return pays back by the RRN again
            pending = svc2.pending(again.register_id)
            assert [(e.amount, e.action) for e in pending] == [(Money.parse("250"), RECONCILE)]
            assert row_id not in {e.id for e in pending}
            issued = svc2.issue_receipt(again.cashier, again.register_id, pending[0].id).value
            assert issued.total == Money.parse("250")
            assert svc2.pending(again.register_id) == []
            ledger_agrees(again, emulator, svc2)
        finally:
            svc2.close()
    finally:
        again.ctx.close()
        pos.ctx = build_context(pos.ctx.config, clock=pos.clock)  # the fixture closes one context


def test_a_receipt_the_ofd_refused_is_not_linked_at_start(pos, server, emulator) -> None:
    """The receipt was written under the payment's reference, the OFD refused it and the charge was
    reversed: the next start must not call that payment fiscalized."""
    svc = kaspi_service(pos, server)
    doc = "5d0e2a9b-1c3f-4e6a-8b7d-9f0a1b2c3d4e"
    try:
        with pytest.raises(Crash):
            svc.journal.link_receipt = lambda *_a: (_ for _ in ()).throw(Crash())  # type: ignore[method-assign]
            _mixed_sale(pos, svc, doc_uuid=doc)
        with pos.ctx.uow() as uow:
            uow.receipts.by_uuid(doc).state = "rejected"  # as the OFD's refusal leaves it
            uow.commit()
    finally:
        svc.close()
    fresh = kaspi_service(pos, server, register=False)
    try:
        with pos.ctx.uow(read_only=True) as uow:
            [row] = uow.terminal.by_reference(doc)
            assert row.receipt_id is None and not row.fiscalized
            row_id = row.id
        assert [e.id for e in fresh.pending(pos.register_id)] == [row_id]  # visible: issue a receipt or refund
    finally:
        fresh.close()


def test_a_sale_under_way_is_not_listed_as_an_orphan(pos, server, emulator) -> None:
    svc = kaspi_service(pos, server)
    try:
        seen: list[list] = []
        basket = pos.basket("4870001000012")
        pays = [Payment(PaymentKind.CARD, Money.parse("250"))]

        def record(slip):  # noqa: ANN001, ANN202
            seen.append(svc.pending(pos.register_id))  # approved, receipt not written yet: not pending
            return pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays, card_slip=slip)

        with_card(svc.driver, pays, record, journal=svc.journal,
                  context=OperationContext(pos.register_id, pos.cashier.user_id))
        assert seen == [[]] and svc.pending(pos.register_id) == []
    finally:
        svc.close()
