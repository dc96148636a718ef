"""The scan path: barcode → product in well under a millisecond.

On SQLite this reads through a dedicated read-only DB-API connection with one fixed,
statement-cached query (see docs/decisions/0003-barcode-lookup-fast-path.md); on other
databases it uses a SQLAlchemy Core statement. Either way the result is a ProductView.
"""

from __future__ import annotations

import sqlite3
import threading

from sqlalchemy import Engine, text

from alsep_desktop.domain.catalog import ProductView
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable
from alsep_desktop.store.repositories.mapping import PRODUCT_COLUMNS, product_from_tuple

_BARCODE_SQL = f"SELECT {PRODUCT_COLUMNS} FROM product WHERE register_id = ? AND barcode = ?"
_BARCODE_SQL_NAMED = f"SELECT {PRODUCT_COLUMNS} FROM product WHERE register_id = :r AND barcode = :b"


class BarcodeLookup:
    def __init__(self, engine: Engine, vat_table: VatTable = DEFAULT_VAT_TABLE) -> None:
        self._engine = engine
        self._vat = vat_table
        self._local = threading.local()
        self._sqlite_path: str | None = None
        if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
            self._sqlite_path = engine.url.database
        self._stmt = text(_BARCODE_SQL_NAMED)

    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                f"file:{self._sqlite_path}?mode=ro", uri=True, check_same_thread=True, cached_statements=16
            )
            conn.execute("PRAGMA query_only=ON")
            self._local.conn = conn
        return conn

    def find(self, register_id: int, barcode: str) -> ProductView | None:
        if self._sqlite_path is not None:
            row = self._connection().execute(_BARCODE_SQL, (register_id, barcode)).fetchone()
        else:
            with self._engine.connect() as conn:
                row = conn.execute(self._stmt, {"r": register_id, "b": barcode}).first()
        return product_from_tuple(tuple(row), self._vat) if row is not None else None

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
