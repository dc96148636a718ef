"""Migration 0010 on both backends: users made without a name get their login as the name (the
receipt said «Кассир anna@demo.kz»), a name someone gave stays; the services then sign them in
and receipts name them by it (decision 2050)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import create_engine, text

from alsep_desktop.store import migrate
from alsep_desktop.store.db import make_engine

ROWS = {  # login → name before 0010
    "anna@demo.kz": "",
    "blank@demo.kz": "   ",
    "named@demo.kz": "Әсел Қасымова",
}


def test_0010_gives_every_nameless_user_the_login_as_name(db_url: str) -> None:
    engine = make_engine(db_url) if db_url.startswith("sqlite") else create_engine(db_url)
    try:
        migrate.upgrade(engine, "0009")
        with engine.begin() as conn:
            for email, name in ROWS.items():
                conn.execute(text(
                    "INSERT INTO user_account (uuid, email, password_hash, full_name, role, comment, blocked, "
                    "failed_attempts, created_at) VALUES (:u, :e, 'x', :n, 'cashier', '', false, 0, :t)"),
                    {"u": email, "e": email, "n": name, "t": datetime.now(UTC)})
        migrate.upgrade(engine, "0010")
        with engine.connect() as conn:
            names = dict(conn.execute(text("SELECT email, full_name FROM user_account")).all())
        assert names == {"anna@demo.kz": "anna@demo.kz", "blank@demo.kz": "blank@demo.kz",
                         "named@demo.kz": "Әсел Қасымова"}
        migrate.downgrade(engine, "0009")  # the names stay: valid data under 0009 too
        assert migrate.current_revision(engine) == "0009"
        migrate.upgrade(engine, "head")
        with engine.connect() as conn:
            assert dict(conn.execute(text("SELECT email, full_name FROM user_account")).all()) == names
    finally:
        engine.dispose()
