"""The engine under every injected OFD fault: a defined outcome, nothing lost, nothing twice."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from alsep_desktop.fiscal.engine import DocumentRejected
from alsep_desktop.fiscal.protocol import ResultCode
from alsep_desktop.fiscal.sandbox.faults import Fault, FaultKind
from alsep_desktop.services.documents import RegisterTokenInvalid
from alsep_desktop.store.models import FiscalOutbox, Receipt
from tests.support.pos import DEVICE, receipt_keys

MILK, BREAD = "4870001000029", "4870001000012"


def _check_invariants(pos) -> None:
    """Every non-rejected receipt is in the OFD exactly once (after a full drain)."""
    pos.sandbox.clear_faults()
    assert pos.ctx.delivery.drain(pos.register_id).left == 0
    with pos.ctx.uow() as uow:
        ours = receipt_keys(uow.session)
    docs = [d for d in pos.memory.documents(DEVICE) if d.key.startswith("ticket:")]
    keys = [d.key.removeprefix("ticket:") for d in docs]
    assert len(keys) == len(set(keys)), "a document reached the OFD twice"
    assert set(keys) == set(ours), "lost or unknown documents"
    by_key = {d.key.removeprefix("ticket:"): d for d in docs}
    for uuid, signs in ours.items():
        assert by_key[uuid].fiscal_sign in signs


@pytest.mark.parametrize(
    "kind",
    [FaultKind.DROP_BEFORE_READ, FaultKind.DROP_AFTER_READ, FaultKind.GARBAGE, FaultKind.BAD_PAYLOAD,
     FaultKind.PARTIAL, FaultKind.DROP_AFTER_PROCESS],
)
def test_every_network_fault_ends_in_a_completed_sale(pos, kind) -> None:
    pos.sandbox.inject(Fault(kind))  # until cleared: every attempt fails
    r = pos.sell(MILK)
    assert r.state == "queued" and r.offline
    assert pos.ctx.shifts.status(pos.register_id).fiscal.pending == 1
    _check_invariants(pos)


def test_lost_answer_is_recovered_by_the_protocol_retry(pos) -> None:
    pos.sandbox.inject(Fault(FaultKind.DROP_AFTER_PROCESS, times=1))
    r = pos.sell(MILK)  # the client resends the same request; the OFD repeats its answer
    assert r.state == "signed" and pos.memory.fiscal_signs(DEVICE) == [r.fiscal_sign]
    assert pos.memory.stats(DEVICE)["retries_served"] == 1
    _check_invariants(pos)


def test_answer_lost_twice_then_offline_keeps_one_document(pos) -> None:
    pos.sandbox.inject(Fault(FaultKind.DROP_AFTER_PROCESS, times=2))
    r = pos.sell(MILK)
    assert r.state == "queued"  # printed with its offline sign
    _check_invariants(pos)
    assert len(pos.memory.fiscal_signs(DEVICE)) == 1
    with pos.ctx.uow() as uow:
        row = uow.session.get(Receipt, r.id)
        # the OFD had processed the online request: its sign is recorded beside the printed one
        assert row.ofd_fiscal_sign == pos.memory.fiscal_signs(DEVICE)[0]


def test_delay_beyond_timeout_goes_offline_then_uploads(pos) -> None:
    pos.sandbox.inject(Fault(FaultKind.DELAY, delay=1.5, times=2))
    r = pos.sell(MILK)
    assert r.state in ("queued", "signed")
    _check_invariants(pos)


def test_document_refused_by_the_ofd(pos) -> None:
    pos.sandbox.inject(Fault(FaultKind.RESULT, result_code=int(ResultCode.INCORRECT_REQUEST_DATA), times=1))
    with pytest.raises(DocumentRejected):
        pos.sell(MILK)
    with pos.ctx.uow() as uow:
        states = uow.session.scalars(select(Receipt.state)).all()
        outbox = uow.session.scalars(select(FiscalOutbox.state)).all()
    assert states == ["rejected"] and outbox == ["rejected"]
    x = pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    assert x.totals.document_count == 0  # a refused receipt is not in the totals
    assert pos.sell(BREAD).state == "signed"
    assert pos.ctx.shifts.status(pos.register_id).fiscal.rejected == 1


@pytest.mark.parametrize("code", [ResultCode.BLOCKED, ResultCode.SERVICE_TEMPORARILY_UNAVAILABLE,
                                  ResultCode.UNKNOWN_ERROR, ResultCode.INVALID_TOKEN])
def test_register_level_refusals_keep_selling_offline(pos, code) -> None:
    pos.sandbox.inject(Fault(FaultKind.RESULT, result_code=int(code)))
    r = pos.sell(MILK)
    assert r.state == "queued"
    status = pos.ctx.shifts.status(pos.register_id).fiscal
    assert status.last_error_code == code.stable_code and not status.online
    _check_invariants(pos)


def test_invalid_token_fixed_by_admin(pos) -> None:
    pos.sell(MILK)
    pos.memory.reset_token(DEVICE, 777001)  # the OFD issued a new token (seed 8.4)
    r = pos.sell(BREAD)
    assert r.state == "queued"
    assert pos.ctx.shifts.status(pos.register_id).fiscal.last_error_code == "ofd.invalid_token"
    with pytest.raises(RegisterTokenInvalid):  # blocked until an admin enters a new token (seed 8.4)
        pos.sell(MILK)
    admin = pos.ctx.auth.login(*pos.admin_creds())
    pos.ctx.admin.local.registers.update_token(admin, pos.register_id, "777001")  # Admin tab → Registers → new token
    assert pos.ctx.delivery.drain(pos.register_id).left == 0
    assert pos.sell(MILK).state == "signed"
    _check_invariants(pos)


def test_thousand_sales_under_random_faults_lose_nothing(pos) -> None:
    rng = random.Random(20261125)
    kinds = [FaultKind.DROP_BEFORE_READ, FaultKind.DROP_AFTER_READ, FaultKind.DROP_AFTER_PROCESS,
             FaultKind.GARBAGE, FaultKind.PARTIAL]
    went_offline = came_back = 0
    for i in range(1000):
        if rng.random() < 0.08:  # one fault at a time, lasting 1-3 connections
            pos.sandbox.clear_faults()
            pos.sandbox.inject(Fault(rng.choice(kinds), times=rng.randint(1, 3)))
        before = pos.ctx.shifts.status(pos.register_id).fiscal.online
        pos.sell(rng.choice([MILK, BREAD]))
        if i % 10 == 0:  # what the background uploader does
            pos.ctx.delivery.drain(pos.register_id)
        after = pos.ctx.shifts.status(pos.register_id).fiscal.online
        went_offline += before and not after
        came_back += (not before) and after
    assert went_offline > 0 and came_back > 0
    _check_invariants(pos)
    with pos.ctx.uow() as uow:
        assert len(uow.session.scalars(select(Receipt.id)).all()) == 1000


def test_refused_receipt_is_not_in_the_sales_report(pos) -> None:
    from alsep_desktop.services.reports import Period

    pos.sandbox.inject(Fault(FaultKind.RESULT, result_code=int(ResultCode.INCORRECT_REQUEST_DATA), times=1))
    with pytest.raises(DocumentRejected):
        pos.sell(MILK)
    pos.sell(BREAD)
    admin = pos.ctx.auth.login(*pos.admin_creds())
    lines = pos.ctx.reports.sales(admin, pos.register_id, Period.last_week(pos.clock.now().date()))
    assert [ln.name for ln in lines] == ["Хлеб пшеничный"]


def test_ofd_says_the_shift_is_too_old(pos) -> None:
    """Result 11: the document is refused and the cashier is sent to close the shift (seed 9.3.4)."""
    from alsep_desktop.domain.shift import ShiftExpired

    pos.sell(MILK)
    pos.sandbox.inject(Fault(FaultKind.RESULT, result_code=int(ResultCode.OPEN_SHIFT_TIMEOUT_EXPIRED), times=1))
    with pytest.raises(ShiftExpired):
        pos.sell(BREAD)
    report = pos.ctx.shifts.close_shift(pos.cashier, *pos.admin_creds(), pos.register_id).value
    assert report.totals.document_count == 1 and not report.ofd_differences  # the refused sale is not counted
    assert pos.sell(BREAD).state == "signed"  # a new shift


def test_return_of_an_offline_receipt_waits_for_its_upload(pos) -> None:
    """parent_ticket needs the OFD's number of the original: an offline receipt is returned once uploaded."""
    from alsep_desktop.services.sale import ReturnWaitsForUpload

    pos.stop_ofd()
    sale = pos.sell(MILK)
    assert sale.state == "queued"
    pos.start_ofd()
    pos.ctx.delivery.forget_channels()
    with pytest.raises(ReturnWaitsForUpload) as info:
        pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign)
    assert info.value.code == "sale.return_waits_for_upload"
    assert pos.ctx.delivery.drain(pos.register_id).left == 0
    ret = pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign).value
    assert ret.state == "signed"
    _check_invariants(pos)
