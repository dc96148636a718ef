"""A document the OFD refuses is kept with what the OFD said, and «Автономные данные» lists every
document type with its time and OFD state (issue 20, decisions 2070, 2071). The OFD is the
project's sandbox over loopback TCP; the Z it refuses is judged by the sandbox itself (result 13,
«z_report disagrees …») after its own counters were made to differ from the register's."""

from __future__ import annotations

from datetime import timedelta

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.fiscal.protocol import ResultCode
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.ofd.documents_list import (
    ADVICE_DATA,
    ADVICE_OFD,
    ADVICE_SHIFT,
    ADVICE_Z,
    OFD_ACCEPTED,
    OFD_NOT_SENT,
    OFD_QUEUED,
    OFD_REJECTED,
    advice_for,
    documents,
)
from alsep_desktop.store.repositories.fiscal_log import X_KIND, Z_KIND
from tests.support.pos import DEVICE, Pos

MILK = "4870001000029"
DAY_KINDS = ["sale", "sale_return", "deposit", "withdrawal", X_KIND, Z_KIND]


def skew_the_ofd_cash(pos: Pos, tiyn: int = 10_000) -> None:
    """The OFD now holds more cash in this shift than the register: the register's Z disagrees."""
    memory = pos.memory
    with memory._lock:  # noqa: SLF001 - the test reaches into the sandbox's fiscal memory
        memory._registers[DEVICE].shift.cash += tiyn  # noqa: SLF001


def a_day(pos: Pos) -> None:
    """Sale, return, deposit, withdrawal, X report and Z, a minute apart, the Z refused (13)."""
    step = timedelta(minutes=1)
    sale = pos.sell(MILK, cash="1000")
    pos.clock.advance(step)
    pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign, [(1, Quantity.of(1))])
    pos.clock.advance(step)
    pos.ctx.shifts.deposit(pos.cashier, pos.register_id, Money.parse("500"))
    pos.clock.advance(step)
    pos.ctx.shifts.withdraw(pos.cashier, pos.register_id, Money.parse("200"))
    pos.clock.advance(step)
    x = pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    assert x.ofd_checked and x.ofd_rejection is None
    pos.clock.advance(step)
    skew_the_ofd_cash(pos)


def test_a_refused_z_says_what_the_ofd_said_and_the_list_holds_the_whole_day(pos_any_db: Pos) -> None:
    """On SQLite and PostgreSQL (the list's joins and its time cursor)."""
    pos = pos_any_db
    a_day(pos)
    z = pos.ctx.shifts.close_shift(pos.cashier, *pos.admin_creds(), pos.register_id).value
    assert z.ofd_rejection is not None
    code, text = z.ofd_rejection
    assert code == ResultCode.INCORRECT_REQUEST_DATA and text.startswith("z_report disagrees: cash_sum")
    assert pos.ctx.shifts.status(pos.register_id).fiscal.rejected == 1

    docs = documents(pos.ctx.uow, pos.register_id)
    assert [d.kind for d in docs] == list(reversed(DAY_KINDS))  # newest first
    assert all(d.at.tzinfo is ALMATY for d in docs)
    assert [d.at for d in docs] == sorted((d.at for d in docs), reverse=True)
    by_kind = {d.kind: d for d in docs}
    zdoc = by_kind[Z_KIND]
    assert (zdoc.ofd, zdoc.result_code, zdoc.result_text, zdoc.advice) == (OFD_REJECTED, 13, text, ADVICE_Z)
    assert zdoc.shift_number == 1
    assert all(d.ofd == OFD_ACCEPTED for d in docs if d.kind != Z_KIND)
    assert [by_kind[k].number for k in ("sale", "sale_return", "deposit", "withdrawal", X_KIND)] == [1, 2, 3, 4, 1]
    assert by_kind["sale"].receipt_id is not None and by_kind["sale"].fiscal_sign
    assert by_kind["deposit"].amount == Money.parse("500") and by_kind["withdrawal"].amount == Money.parse("200")
    assert by_kind["sale_return"].amount is not None and by_kind["sale_return"].amount.tiyn > 0

    # filtered: only what the OFD refused; only the X and Z reports
    assert [d.kind for d in documents(pos.ctx.uow, pos.register_id, rejected_only=True)] == [Z_KIND]
    reports = documents(pos.ctx.uow, pos.register_id, kinds=frozenset({X_KIND, Z_KIND}))
    assert [d.kind for d in reports] == [Z_KIND, X_KIND]


def test_pages_of_documents_of_the_same_instant_never_skip_or_repeat_one(pos: Pos) -> None:
    """A long list is read a page at a time (the cursor of the last row shown), even when many
    documents share one timestamp."""
    for _ in range(3):
        pos.sell(MILK)
        pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    pos.ctx.shifts.deposit(pos.cashier, pos.register_id, Money.parse("10"))
    everything = documents(pos.ctx.uow, pos.register_id)
    assert len(everything) == 7
    seen, before = [], None
    while True:
        page = documents(pos.ctx.uow, pos.register_id, limit=2, before=before)
        if not page:
            break
        assert len(page) <= 2
        seen += page
        before = page[-1].cursor
    assert seen == everything


def test_an_x_report_not_sent_while_documents_wait_is_listed_as_not_sent(pos: Pos) -> None:
    pos.sell(MILK)
    pos.stop_ofd()
    pos.sell(MILK)  # waits in the outbox: the X report is not sent to the OFD
    pos.clock.advance(timedelta(seconds=5))
    x = pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    assert not x.ofd_checked
    docs = documents(pos.ctx.uow, pos.register_id)
    assert [(d.kind, d.ofd) for d in docs][:2] == [(X_KIND, OFD_NOT_SENT), ("sale", OFD_QUEUED)]


def test_what_to_do_follows_the_class_of_the_result_code() -> None:
    assert advice_for(13, Z_KIND) == ADVICE_Z
    assert advice_for(13, "sale") == ADVICE_DATA
    assert advice_for(14, "withdrawal") == ADVICE_DATA
    assert advice_for(17, "sale") == ADVICE_DATA
    assert advice_for(11, "sale") == ADVICE_SHIFT
    assert advice_for(15, "sale") == ADVICE_OFD and advice_for(99, "sale") == ADVICE_OFD
    assert advice_for(1, "sale") == advice_for(2, "sale") == "ofd_rejection.register"


def test_an_admin_marks_a_refusal_handled_and_it_no_longer_counts(pos: Pos) -> None:
    import pytest

    from alsep_desktop.errors import AlsepError
    from alsep_desktop.services.ofd.documents_list import mark_handled

    a_day(pos)
    pos.ctx.shifts.close_shift(pos.cashier, *pos.admin_creds(), pos.register_id)
    z = documents(pos.ctx.uow, pos.register_id, rejected_only=True)[0]
    assert z.entry_id is not None and z.handled_at is None
    with pytest.raises(AlsepError):
        mark_handled(pos.ctx.uow, pos.ctx.auth, pos.clock, pos.admin_creds()[0], "wrong", pos.register_id, z.entry_id)
    assert pos.ctx.shifts.status(pos.register_id).fiscal.rejected == 1
    done = mark_handled(pos.ctx.uow, pos.ctx.auth, pos.clock, *pos.admin_creds(), pos.register_id, z.entry_id)
    assert done.value is True and done.changes.receipts
    assert pos.ctx.shifts.status(pos.register_id).fiscal.rejected == 0
    again = documents(pos.ctx.uow, pos.register_id, rejected_only=True)[0]
    assert again.ofd == OFD_REJECTED and again.handled_at == pos.clock.now()
    assert mark_handled(pos.ctx.uow, pos.ctx.auth, pos.clock, *pos.admin_creds(), pos.register_id,
                        z.entry_id).value is False  # once
    with pos.ctx.uow(read_only=True) as u:
        assert any(e.action == "ofd_rejection_handled" for e in u.audit.recent())


def test_a_page_reads_the_outbox_by_its_register_and_time_index(pos: Pos) -> None:
    """A long history stays fast: SQLite's plan for a page (with a cursor) walks the (register_id,
    created_at) index of 0011, never the whole outbox or a sort of it."""
    from sqlalchemy import text

    from alsep_desktop.store.repositories.fiscal_log import Cursor, outbox_statement

    stmt = outbox_statement(pos.register_id, 100, Cursor(pos.clock.now(), 1, 10**9))
    with pos.ctx.uow(read_only=True) as u:
        conn = u.session.connection()
        compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
        plan = " | ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + str(compiled))))
    assert "ix_fiscal_outbox_register_created" in plan, plan
    assert "SCAN fiscal_outbox" not in plan and "TEMP B-TREE" not in plan, plan


def test_an_x_report_the_ofd_refuses_says_so_and_is_listed_refused(pos: Pos) -> None:
    """The sandbox answers the X report's COMMAND_REPORT with result 11 (a shift too old) once."""
    from alsep_desktop.fiscal.sandbox.faults import Fault, FaultKind

    pos.sell(MILK)
    pos.clock.advance(timedelta(seconds=5))
    pos.sandbox.faults.inject(Fault(FaultKind.RESULT, result_code=ResultCode.OPEN_SHIFT_TIMEOUT_EXPIRED, times=1))
    x = pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    assert x.ofd_rejection == (11, "injected 11") and not x.ofd_checked
    top = documents(pos.ctx.uow, pos.register_id)[0]
    assert (top.kind, top.ofd, top.result_code, top.result_text, top.advice) == (
        X_KIND, OFD_REJECTED, 11, "injected 11", ADVICE_SHIFT)
    assert top.entry_id is None  # not an outbox document: shown, not counted in the status bar
    assert pos.ctx.shifts.status(pos.register_id).fiscal.rejected == 0
