"""Store failures reach the cashier as typed errors (issue 13): disk full, busy, out of range,
constraint, each injected into a real sale; SQL parameters never reach logs; write transactions
take SQLite's lock first; the store is private to its user; a network mount is warned about."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

import psycopg.errors
import pytest
from sqlalchemy import event, func, select
from sqlalchemy import exc as sa_exc

from alsep_desktop.domain.receipt import OperationKind
from alsep_desktop.errors import AlsepError
from alsep_desktop.store import db as store_db
from alsep_desktop.store.errors import (
    StoreBusy,
    StoreConstraint,
    StoreDiskFull,
    StoreRaceLost,
    StoreUnavailable,
    StoreValueOutOfRange,
    translate,
)
from alsep_desktop.store.models import Receipt
from tests.support.pos import make_pos

MILK = "4870001000029"
BUYER = "990101300995"  # a value that must never show up in a log or an error text


@pytest.fixture
def pos(tmp_path: Path):
    pos = make_pos(tmp_path)
    yield pos
    pos.ctx.close()
    pos.sandbox.stop()


def _sell(pos):
    basket = pos.basket(MILK)
    from alsep_desktop.domain.payment import Payment, PaymentKind

    total = basket.totals().total
    return pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, [Payment(PaymentKind.CASH, total)],
                              buyer_iin_bin=BUYER).value


def _inject(pos, error_factory, *, times: int | None = None, table: str = "receipt"):
    """Raise a driver error on the receipt insert (``times`` times, or always)."""
    left = [times]

    def hook(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        if statement.startswith(f"INSERT INTO {table} ") and (left[0] is None or left[0] > 0):
            if left[0] is not None:
                left[0] -= 1
            raise error_factory()

    event.listen(pos.ctx.engine, "before_cursor_execute", hook)
    return hook


def _sqlite_error(cls, code: int, text: str):
    def make():
        err = cls(text)
        err.sqlite_errorcode = code
        return err
    return make


def _receipts(pos) -> int:
    with pos.ctx.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Receipt)))


@pytest.mark.parametrize(("error", "expected"), [
    (_sqlite_error(sqlite3.OperationalError, 13, "database or disk is full"), StoreDiskFull),
    (_sqlite_error(sqlite3.OperationalError, 5, "database is locked"), StoreBusy),
    (_sqlite_error(sqlite3.IntegrityError, 2067, "UNIQUE constraint failed: receipt.shift_id, receipt.number"),
     StoreConstraint),
    (lambda: OverflowError("Python int too large to convert to SQLite INTEGER"), StoreValueOutOfRange),
], ids=["disk_full", "busy", "constraint", "out_of_range"])
def test_store_errors_reach_the_cashier_as_sentences(pos, error, expected, caplog) -> None:
    _sell(pos)
    before = _receipts(pos)
    _inject(pos, error)
    with caplog.at_level(logging.DEBUG), pytest.raises(expected) as raised:
        _sell(pos)
    assert isinstance(raised.value, AlsepError) and raised.value.code.startswith("store.")
    assert "INSERT" not in raised.value.message and "sqlite" not in raised.value.message.lower()
    assert BUYER not in str(raised.value.__cause__) and BUYER not in caplog.text  # hide_parameters
    assert _receipts(pos) == before  # nothing half-written


def test_a_lost_race_is_repeated_once_and_then_sells(pos) -> None:
    _inject(pos, _sqlite_error(sqlite3.IntegrityError, 2067, "UNIQUE constraint failed"), times=1)
    assert _sell(pos).state == "signed"
    assert _receipts(pos) == 1


def test_a_real_full_disk(pos) -> None:
    """SQLite's own SQLITE_FULL: the database may not grow past its current pages."""
    _sell(pos)
    with pos.ctx.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def cap(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(pos.ctx.engine, "connect", cap)
    pos.ctx.engine.dispose()
    with pytest.raises(StoreDiskFull):
        for _ in range(200):
            _sell(pos)


def test_a_real_busy_database(tmp_path: Path, monkeypatch) -> None:
    """Another program holds the write lock longer than the busy timeout."""
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    pos = make_pos(tmp_path)
    try:
        other = sqlite3.connect(pos.ctx.engine.url.database, timeout=0)
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreBusy):
            _sell(pos)
        other.rollback()
        other.close()
        assert _sell(pos).state == "signed"
    finally:
        pos.ctx.close()
        pos.sandbox.stop()


def test_a_unit_of_work_takes_the_write_lock_before_it_reads(pos) -> None:
    """BEGIN IMMEDIATE: while a unit of work is open, no other writer gets in (and none read its
    numbers from an older snapshot); a read-only unit takes no lock."""
    path = pos.ctx.engine.url.database
    with pos.ctx.uow() as uow:
        uow.receipts.next_number(1)
        other = sqlite3.connect(path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with pos.ctx.uow(read_only=True) as uow:
        uow.receipts.next_number(1)
        other = sqlite3.connect(path, timeout=0)
        other.execute("BEGIN IMMEDIATE")
        other.rollback()
        other.close()


@pytest.mark.parametrize(("orig", "expected"), [
    (psycopg.errors.DiskFull, StoreDiskFull),
    (psycopg.errors.NumericValueOutOfRange, StoreValueOutOfRange),
    (psycopg.errors.UniqueViolation, StoreConstraint),
    (psycopg.errors.SerializationFailure, StoreRaceLost),
    (psycopg.errors.DeadlockDetected, StoreRaceLost),
    (psycopg.errors.LockNotAvailable, StoreBusy),
    (psycopg.errors.AdminShutdown, StoreUnavailable),
])
def test_postgres_errors_have_their_codes(orig, expected) -> None:
    error = sa_exc.DBAPIError.instance("UPDATE x", {"a": BUYER}, orig("boom"), psycopg.Error, hide_parameters=True)
    typed = translate(error)
    assert type(typed) is expected and BUYER not in str(error)


@pytest.mark.postgres
def test_postgres_value_out_of_range_is_a_sentence(make_ctx, pg_server) -> None:
    """A real numeric_value_out_of_range from the server (bigint overflow in a counter)."""
    ctx = make_ctx(pg_server.create_database())
    from alsep_desktop.app.demo import ensure_demo

    ensure_demo(ctx)
    with pytest.raises(StoreValueOutOfRange), ctx.uow() as uow:
        uow.shifts.add_counters(_open_shift(uow, ctx), {"op:sale": (1, 2**63 - 1, 0)})
        uow.shifts.add_counters(_open_shift(uow, ctx), {"op:sale": (1, 2**63 - 1, 0)})
        uow.commit()


def _open_shift(uow, ctx) -> int:  # noqa: ANN001
    from alsep_desktop.domain.roles import Principal, Role
    from alsep_desktop.services.documents import shift_for_document

    return shift_for_document(uow, 1, Principal(1, "a", Role.ADMIN, 1), ctx.clock.now()).id


def test_the_store_is_private_to_its_user(pos, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    db = Path(pos.ctx.engine.url.database)
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    secrets_file = data / "secrets.json"
    assert secrets_file.exists() and stat.S_IMODE(secrets_file.stat().st_mode) == 0o600


def test_an_existing_data_dir_is_tightened(tmp_path: Path) -> None:
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    os.chmod(loose, 0o755)
    (loose / "alsep.sqlite").write_bytes(b"")
    os.chmod(loose / "alsep.sqlite", 0o644)
    store_db.private_dir(loose)
    store_db.prepare_private_file(loose / "alsep.sqlite")
    assert stat.S_IMODE(loose.stat().st_mode) == 0o700
    assert stat.S_IMODE((loose / "alsep.sqlite").stat().st_mode) == 0o600


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/pos /mnt/pos nfs4 rw,relatime 0 0
//nas/kassa /media/kassa\\040share cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_a_sqlite_file_on_a_network_mount_is_warned_about(tmp_path: Path, monkeypatch, make_ctx) -> None:
    assert store_db.network_mount(Path("/mnt/pos/alsep.sqlite"), MOUNTS).fstype == "nfs4"
    assert store_db.network_mount(Path("/media/kassa share/x/alsep.sqlite"), MOUNTS).fstype == "cifs"
    assert store_db.network_mount(Path("/home/kassa/alsep.sqlite"), MOUNTS) is None
    assert store_db.network_mount(Path("/tmp/alsep.sqlite"), MOUNTS) is None
    real = store_db.network_mount
    monkeypatch.setattr("alsep_desktop.app.bootstrap.network_mount",
                        lambda path: real(Path("/mnt/pos") / path.name, MOUNTS))
    ctx = make_ctx(f"sqlite:///{tmp_path / 'store.sqlite'}")
    [warning] = ctx.store_warnings
    assert warning.code == "store.network_mount" and warning.params["fstype"] == "nfs4"


def test_postgres_stores_get_no_network_warning(make_ctx, db_url) -> None:
    ctx = make_ctx(db_url)
    assert ctx.store_warnings == []


def test_return_operation_still_sells_after_errors(pos) -> None:
    """After a refused write the same register goes on selling (the transaction was rolled back)."""
    hook = _inject(pos, _sqlite_error(sqlite3.OperationalError, 13, "database or disk is full"))
    with pytest.raises(StoreDiskFull):
        _sell(pos)
    event.remove(pos.ctx.engine, "before_cursor_execute", hook)
    doc = _sell(pos)
    assert doc.state == "signed" and pos.ctx.sales.receipt(doc.id).operation is OperationKind.SALE
