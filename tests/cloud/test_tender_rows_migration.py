"""Cloud migration 0005 (decision 2141) on a real database holding receipts: the four per-kind
columns become ``receipt_tender`` rows, nothing else of a receipt is lost (on SQLite with its
foreign keys on, a copied-and-dropped ``receipt`` would have cascade-deleted the lines), and the
downgrade puts the columns back from the rows, or refuses, changing nothing, while a row holds a
kind that never had a column."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text

from alsep_cloud.store.db import make_engine
from alsep_cloud.store.migrate import alembic_config, upgrade
from tests.support.postgres import PostgresServer

NOW = "2026-12-01T10:00:00+00:00"
#: (id, cash, card, mobile, non_cash, change) as 0004 stored them; cash is net of change
RECEIPTS = [(1, 45_000, 0, 0, 0, 5_000), (2, 0, 60_000, 0, 0, 0), (3, 10_000, 20_000, 15_000, 0, 0),
            (4, 0, 0, 0, 7_700, 0)]
KINDS = ("cash", "card", "mobile", "non_cash")


def _downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as conn:
        cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def _fill_0004(engine: Engine) -> None:
    with engine.begin() as conn:
        for rid, cash, card, mobile, non_cash, change in RECEIPTS:
            total = cash + card + mobile + non_cash
            conn.execute(text(
                "INSERT INTO receipt (id, trade_point_id, operation, number, shift_key, shift_number, total_tiyn, "
                "discount_tiyn, markup_tiyn, vat_tiyn, change_tiyn, cash_tiyn, card_tiyn, mobile_tiyn, non_cash_tiyn, "
                "cashier, offline, company_id, register_id, key, body_hash, created_at, local_day, received_at, raw) "
                "VALUES (:id, 'tp', 'sale', :id, 's-1', 1, :total, 0, 0, 0, :change, :cash, :card, :mobile, :nc, "
                "'', false, 'c-1', 'r-1', :key, 'h', :t, '2026-12-01', :t, '{}')"),
                {"id": rid, "total": total, "change": change, "cash": cash, "card": card, "mobile": mobile,
                 "nc": non_cash, "key": f"k-{rid}", "t": NOW})
            conn.execute(text(
                "INSERT INTO receipt_line (receipt_id, company_id, position, code, group_code, name, unit, "
                "unit_price_tiyn, quantity_milli, discount_tiyn, markup_tiyn, total_tiyn, vat_code, vat_tiyn) "
                "VALUES (:id, 'c-1', 1, '1', '', 'Хлеб', '796', :total, 1000, 0, 0, :total, 'none', 0)"),
                {"id": rid, "total": total})
            conn.execute(text("INSERT INTO receipt_payment (receipt_id, company_id, kind, amount_tiyn) "
                              "VALUES (:id, 'c-1', 'cash', :a)"), {"id": rid, "a": total + change})


@pytest.mark.parametrize("backend", ["postgres", "sqlite"])
def test_migration_0005_moves_the_per_kind_columns_into_rows_and_back(backend: str, pg_server: PostgresServer,
                                                                      tmp_path: Path) -> None:
    url = pg_server.create_database() if backend == "postgres" else f"sqlite:///{tmp_path / 'cloud.sqlite'}"
    engine = make_engine(url)  # the app's engine: SQLite with foreign keys on
    try:
        upgrade(engine, "0004")
        _fill_0004(engine)
        upgrade(engine, "0005")
        with engine.begin() as conn:
            rows = conn.execute(text("SELECT receipt_id, kind, amount_tiyn FROM receipt_tender "
                                     "ORDER BY receipt_id, id")).all()
            assert [tuple(r) for r in rows] == [
                (1, "cash", 45_000), (2, "card", 60_000), (3, "cash", 10_000), (3, "card", 20_000),
                (3, "mobile", 15_000), (4, "non_cash", 7_700)]
            columns = {c["name"] for c in inspect(conn).get_columns("receipt")}
            assert not {f"{k}_tiyn" for k in KINDS} & columns and "change_tiyn" in columns
            assert conn.execute(text("SELECT count(*) FROM receipt_line")).scalar_one() == 4  # nothing cascaded
            assert conn.execute(text("SELECT count(*) FROM receipt_payment")).scalar_one() == 4
            conn.execute(text("INSERT INTO receipt_tender (receipt_id, company_id, kind, amount_tiyn) "
                              "VALUES (2, 'c-1', 'voucher', 100)"))

        with pytest.raises(RuntimeError, match="voucher"):  # no column to hold it: refused, nothing changed
            _downgrade(engine, "0004")
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM receipt_tender")).scalar_one() == 7
            assert not {f"{k}_tiyn" for k in KINDS} & {c["name"] for c in inspect(conn).get_columns("receipt")}
            conn.execute(text("DELETE FROM receipt_tender WHERE kind = 'voucher'"))

        _downgrade(engine, "0004")
        with engine.begin() as conn:
            back = conn.execute(text("SELECT id, cash_tiyn, card_tiyn, mobile_tiyn, non_cash_tiyn, change_tiyn "
                                     "FROM receipt ORDER BY id")).all()
            assert [tuple(r) for r in back] == RECEIPTS
            assert "receipt_tender" not in inspect(conn).get_table_names()
            assert conn.execute(text("SELECT count(*) FROM receipt_line")).scalar_one() == 4
        upgrade(engine)  # and forward again to the head
    finally:
        engine.dispose()
