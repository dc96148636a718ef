"""Secrets out of the store (issue 13, decision 0013): the OS keyring or a 0600 file holds the
admin-entered OFD token and the SMTP password; the database names them; PCs of one store hand
them over sealed; revision 0006 moves the values a store kept in plain text."""

from __future__ import annotations

import json
import logging
import shutil
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import inspect, select

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.app.demo import ADMIN, ensure_demo
from alsep_desktop.fiscal.sandbox import FiscalMemory, OfdSandbox
from alsep_desktop.secrets import (
    FileSecrets,
    KeyringSecrets,
    MemorySecrets,
    keyring_usable,
    open_store,
)
from alsep_desktop.services.devices import DeviceService, SmtpSettings
from alsep_desktop.store.models import OfdSession, Register, SecretEnvelope
from tests.support.pos import FAST_ARGON2

TOKEN = "918273645"
SMTP_PASSWORD = "Пароль-s3cr3t-42"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "db"


def _everything_stored(ctx) -> str:
    """Every value of every table, as text (bytes decoded loosely)."""
    out = []
    with ctx.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"'):
                for value in row:
                    out.append(value.decode("utf-8", "replace") if isinstance(value, bytes | memoryview)
                               and not isinstance(value, memoryview) else str(value))
    return "\n".join(out)


def _set_up(ctx):
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    ctx.org.update_register_ofd(admin, ids.register_id, system_id="100001", registration_number="010100000001",
                                token=TOKEN, vat_payer=True)
    devices = DeviceService(ctx.uow, ctx.clock)
    settings = devices.load()
    from dataclasses import replace

    devices.save(admin, replace(settings, smtp=SmtpSettings(host="smtp.example.kz", user="kassa@example.kz",
                                                            password=SMTP_PASSWORD)))
    devices.close()
    return ids, admin


def test_no_secret_is_in_the_database_or_the_logs(ctx, caplog, tmp_path: Path) -> None:
    with caplog.at_level(logging.DEBUG):
        ids, _ = _set_up(ctx)
        memory = FiscalMemory()
        memory.register(100001, int(TOKEN))
        sandbox = OfdSandbox("127.0.0.1", 0, memory=memory).start()
        ctx.config.ofd_port = sandbox.port
        ctx.delivery.forget_channels()
        try:
            with ctx.uow(read_only=True) as uow:  # before the first request: "the entered token"
                assert uow.outbox.session_row(ids.register_id).token == 0
            cashier = ctx.auth.login("cashier@demo.kz", "cashier123")
            milk = ctx.catalog.find_by_barcode(ids.register_id, "4870001000029")
            from alsep_desktop.domain.basket import Basket
            from alsep_desktop.domain.payment import Payment, PaymentKind

            basket = Basket().add(milk.line())
            doc = ctx.sales.sell(cashier, ids.register_id, basket,
                                 [Payment(PaymentKind.CASH, basket.totals().total)]).value
            assert doc.state == "signed"  # the session started with the entered token from the secrets store
        finally:
            sandbox.stop()
        assert DeviceService(ctx.uow, ctx.clock).load().smtp.password == SMTP_PASSWORD
    stored = _everything_stored(ctx)
    assert TOKEN not in stored and SMTP_PASSWORD not in stored
    assert TOKEN not in caplog.text and SMTP_PASSWORD not in caplog.text
    with ctx.uow(read_only=True) as uow:
        reg = uow.org.register(ids.register_id)
        assert reg.ofd_token is None and uow.secret(reg.ofd_token_ref) == TOKEN
        assert uow.outbox.session_row(ids.register_id).token not in (0, int(TOKEN))  # the OFD's own now
    if ctx.engine.dialect.name == "sqlite":  # not even in the file's free pages or the WAL
        db = Path(ctx.engine.url.database)
        raw = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*") if p.is_file())
        assert TOKEN.encode() not in raw and SMTP_PASSWORD.encode() not in raw


def test_the_file_store_is_0600_and_survives_restarts(tmp_path: Path) -> None:
    store = FileSecrets(tmp_path / "dir" / "secrets.json")
    store.set("a/1", "x")
    store.set("b/2", "y")
    store.delete("a/1")
    again = FileSecrets(tmp_path / "dir" / "secrets.json")
    assert again.get("b/2") == "y" and again.get("a/1") is None
    assert stat.S_IMODE((tmp_path / "dir" / "secrets.json").stat().st_mode) == 0o600


def test_the_os_keyring_is_used_where_one_exists(tmp_path: Path) -> None:
    previous = keyring.get_keyring()  # chosen before a test backend exists, so it stays the real one

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.values: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.values.pop((service, username), None)

    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    try:
        assert keyring_usable()
        store = open_store(tmp_path)
        assert isinstance(store, KeyringSecrets)
        store.set("ofd-token/x", TOKEN)
        assert fake.values[("alsep-desktop", "ofd-token/x")] == TOKEN
        assert not (tmp_path / "secrets.json").exists()
    finally:
        keyring.set_keyring(previous)
    from keyring.backends import fail

    assert not keyring_usable(fail.Keyring())  # no keyring daemon (a server, CI): the 0600 file
    assert isinstance(open_store(tmp_path, "file"), FileSecrets)


def test_pcs_of_one_store_hand_secrets_over_sealed(db_url: str, tmp_path: Path, clock) -> None:
    """PC A enters the token; PC B (another data directory, another key pair) reads it; a PC that
    joins later gets it when a PC that holds it starts again; the store only ever holds public keys
    and sealed boxes."""
    stores = {name: MemorySecrets() for name in "abc"}  # each PC's own keyring

    def pc(name: str):
        cfg = AppConfig(data_dir=tmp_path / name, db_url=db_url, argon2=FAST_ARGON2)
        return build_context(cfg, clock=clock, secrets=stores[name])

    a, b = pc("a"), pc("b")
    ids, _ = _set_up(a)
    with b.uow(read_only=True) as uow:
        ref = uow.org.register(ids.register_id).ofd_token_ref
        assert uow.secret(ref) == TOKEN
    assert stores["b"].get(ref) == TOKEN  # kept in B's own store from now on
    c = pc("c")
    with c.uow(read_only=True) as uow:
        assert uow.secret(ref) is None  # nobody sealed it for C yet
    a.close()
    a = pc("a")  # A starts again and seals what it holds for the PCs that lack it
    with c.uow(read_only=True) as uow:
        assert uow.secret(ref) == TOKEN
    with b.uow(read_only=True) as uow:
        boxes = uow.session.scalars(select(SecretEnvelope)).all()
        assert {e.device_id for e in boxes} == {b.config.device_id(), c.config.device_id()}
        assert all(TOKEN.encode() not in bytes(e.sealed) for e in boxes)
    assert TOKEN not in _everything_stored(a)
    for ctx in (a, b, c):
        ctx.close()


@pytest.mark.parametrize("fixture", ["schema-0001", "schema-0002"])
def test_revision_0006_moves_plain_text_tokens_out(fixture: str, tmp_path: Path, make_ctx) -> None:
    db = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / f"{fixture}.sqlite", db)
    old_token = "demo-token-0001" if fixture == "schema-0001" else "555000"
    ctx = make_ctx(f"sqlite:///{db}")
    with ctx.uow(read_only=True) as uow:
        reg = uow.session.scalars(select(Register)).one()
        assert reg.ofd_token is None and uow.secret(reg.ofd_token_ref) == old_token
        sessions = uow.session.scalars(select(OfdSession)).all()
        assert all(s.token == 0 for s in sessions)  # was the entered token: now "the entered token"
    assert old_token not in _everything_stored(ctx)


def test_a_bare_alembic_upgrade_refuses_to_drop_plain_text_tokens(tmp_path: Path) -> None:
    from alsep_desktop.store import migrate
    from alsep_desktop.store.db import make_engine

    db = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema-0002.sqlite", db)
    engine = make_engine(f"sqlite:///{db}")
    with pytest.raises(RuntimeError, match="secrets.out-of-the-store"):
        migrate.upgrade(engine)
    engine.dispose()


def test_smtp_password_in_a_store_of_revision_0005_moves_out(tmp_path: Path, make_ctx) -> None:
    from alsep_desktop.store import migrate
    from alsep_desktop.store.db import make_engine

    db = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine, "0005")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('smtp', ?)",
                             (json.dumps({"host": "smtp.example.kz", "password": SMTP_PASSWORD}),))
    engine.dispose()
    ctx = make_ctx(f"sqlite:///{db}")
    assert SMTP_PASSWORD not in _everything_stored(ctx)
    assert DeviceService(ctx.uow, ctx.clock).load().smtp.password == SMTP_PASSWORD
