"""Migration 0008 on SQLite and PostgreSQL: the registry table comes with its constraints, holds a
terminal, and goes away on downgrade to 0007 and back up."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from alsep_desktop.services.terminal.registry import TerminalEntry
from alsep_desktop.store import migrate
from alsep_desktop.store.db import make_engine


def test_0008_up_down_up(env, db_url) -> None:
    env.registry.create(env.admin, TerminalEntry("00021699584", "A90", iban="KZ428562203106541206", bik="KCJBKZKX"))
    env.ctx.close()
    engine = make_engine(db_url)
    try:
        insp = inspect(engine)
        assert "payment_terminal" in insp.get_table_names()
        columns = {c["name"] for c in insp.get_columns("payment_terminal")}
        assert {"serial_number", "model", "trade_point_id", "register_id", "cashier_id", "bank", "iban", "bik",
                "version"} <= columns
        with engine.connect() as conn, pytest.raises(IntegrityError):  # serial unique per company
            conn.execute(text("INSERT INTO payment_terminal (uuid, company_id, serial_number, model, bank, active, "
                              "version, created_at, updated_at) SELECT 'x', company_id, serial_number, '', '', "
                              "true, 1, created_at, updated_at FROM payment_terminal"))
        migrate.downgrade(engine, "0007")
        assert "payment_terminal" not in inspect(engine).get_table_names()
        assert migrate.current_revision(engine) == "0007"
        migrate.upgrade(engine, "0008")
        assert "payment_terminal" in inspect(engine).get_table_names()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM payment_terminal")).scalar_one() == 0
    finally:
        engine.dispose()
