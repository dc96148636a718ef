"""Migration 0007 and the terminal journal repository on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import inspect

from alsep_desktop.app.demo import ensure_demo
from alsep_desktop.store import migrate
from alsep_desktop.store.db import make_engine


def _values(at, **over):
    values = dict(reference="sale-1", kind="payment", amount_tiyn=150_000, vendor="kaspi", state="wait",
                  process_id="p-1", started_at=at, updated_at=at)
    values.update(over)
    return values


def test_journal_upsert_and_queries(ctx, clock) -> None:
    ensure_demo(ctx)
    now = clock.now()
    with ctx.uow() as uow:
        register_id = uow.org.registers(uow.org.company().id)[0].id
        uow.terminal.upsert("op-1", _values(now, register_id=register_id, reported="stopped_waiting"))
        uow.terminal.upsert("op-2", _values(now + timedelta(seconds=5), reference="sale-2", process_id=None,
                                            state="start_unconfirmed", reported="unknown"))
        uow.terminal.upsert("op-3", _values(now + timedelta(seconds=9), reference="sale-3", process_id="p-3",
                                            state="success", transaction_id="RRN3", method="card",
                                            terminal_only=True, cheque={"amount": "1500", "rrn": "RRN3"}))
        uow.commit()
    with ctx.uow() as uow:
        assert [r.id for r in uow.terminal.to_resume()] == ["op-1"]
        assert [r.id for r in uow.terminal.pending()] == ["op-1", "op-2"]
        # the watch finds the outcome: the register columns are kept when not given again
        uow.terminal.upsert("op-1", {"state": "success", "transaction_id": "RRN1", "register_id": None})
        uow.commit()
    with ctx.uow() as uow:
        row = uow.terminal.get("op-1")
        assert (row.state, row.register_id, row.transaction_id) == ("success", register_id, "RRN1")
        assert uow.terminal.to_resume() == []
        assert [r.id for r in uow.terminal.pending()] == ["op-1", "op-2"]  # late approval, not acknowledged
        uow.terminal.acknowledge("op-1")
        assert [r.id for r in uow.terminal.terminal_only_open()] == ["op-3"]
        assert uow.terminal.get("op-3").cheque == {"amount": "1500", "rrn": "RRN3"}
        uow.terminal.upsert("op-4", _values(now + timedelta(seconds=20), kind="refund", state="success",
                                            process_id="p-4", amount_tiyn=50_000, original_transaction_id="RRN3"))
        uow.commit()
    with ctx.uow() as uow:
        assert [r.id for r in uow.terminal.pending()] == ["op-2"]
        assert uow.terminal.refunded_tiyn("RRN3") == 50_000
        assert uow.terminal.by_transaction("RRN3").id == "op-3"
        listed = uow.terminal.in_period(now, now + timedelta(seconds=10))
        assert [r.id for r in listed] == ["op-1", "op-2", "op-3"]
        assert [r.id for r in uow.terminal.in_period(now, now + timedelta(hours=1), kinds=["refund"])] == ["op-4"]
        assert listed[0].started_at.tzinfo is not None


def test_migration_0007_down_and_up(ctx, db_url) -> None:
    engine = make_engine(db_url)
    try:
        assert "terminal_operation" in inspect(engine).get_table_names()
        migrate.downgrade(engine, "0006")
        assert "terminal_operation" not in inspect(engine).get_table_names()
        migrate.upgrade(engine, "head")
        columns = {c["name"] for c in inspect(engine).get_columns("terminal_operation")}
        assert {"id", "reference", "kind", "amount_tiyn", "state", "process_id", "reported", "method",
                "transaction_id", "original_transaction_id", "acknowledged", "cheque", "register_id", "shift_id",
                "receipt_id", "fiscalized", "terminal_only", "cashier_id"} <= columns
    finally:
        engine.dispose()
