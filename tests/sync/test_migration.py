"""Migration 0009 up and down on SQLite and PostgreSQL (with rows in its tables when it goes down)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import create_engine, inspect, text

from alsep_desktop.store import migrate
from alsep_desktop.store.db import make_engine


def test_0009_upgrades_and_downgrades(db_url: str) -> None:
    engine = make_engine(db_url) if db_url.startswith("sqlite") else create_engine(db_url)
    try:
        migrate.upgrade(engine, "0008")
        assert "cloud_push" not in inspect(engine).get_table_names()
        migrate.upgrade(engine, "0009")
        tables = set(inspect(engine).get_table_names())
        assert {"cloud_push", "cloud_sync_state"} <= tables
        cols = {c["name"] for c in inspect(engine).get_columns("cloud_push")}
        assert {"key", "payload", "state", "next_attempt_at"} <= cols
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO cloud_sync_state (id, cloud_url, cloud_register_id) VALUES (1, 'http://c', 'r')")
            conn.execute(text("INSERT INTO cloud_push (kind, doc_uuid, key, register_id, created_at) "
                              "VALUES ('receipt', 'u', 'u', 1, :t)"), {"t": datetime.now(UTC)})
        migrate.downgrade(engine, "0008")
        assert not {"cloud_push", "cloud_sync_state"} & set(inspect(engine).get_table_names())
        migrate.upgrade(engine, "head")
    finally:
        engine.dispose()
