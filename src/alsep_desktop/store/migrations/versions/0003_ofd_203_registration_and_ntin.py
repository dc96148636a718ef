"""OFD 2.0.3 data: product NTIN and marked flag, NTIN kept on receipt lines, Kazakh addresses of
the company and trade points, trade point latitude/longitude in millionths of a degree (reviewed by hand).

Readable ``trade_point.coordinates`` texts ("lat,lon") move into ``latitude``/``longitude`` and the
text is cleared; a text that cannot be read (or lies outside Kazakhstan either way round) stays in
``coordinates`` untouched. The old column is kept: dropping it would rebuild ``trade_point`` on
SQLite, which ``register`` references, and the rebuild fails under enforced foreign keys
(docs/decisions/0402-registration-data.md).

Every column is added without a table rebuild on SQLite (plain string server defaults).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 19:00:00
"""

import re
import sqlite3
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the rules of this revision (never import the app from a migration).
_LATITUDE = (40_500_000, 55_500_000)  # Kazakhstan, millionths of a degree
_LONGITUDE = (46_500_000, 87_500_000)
_NUMBER = r"[+-]?\d{1,3}(?:\.\d+)?"
_PAIR_RE = re.compile(rf"^\s*({_NUMBER})\s*(?:[,;]\s*|\s+)({_NUMBER})\s*$")

_trade_point = sa.table(
    "trade_point",
    sa.column("id", sa.Integer()),
    sa.column("coordinates", sa.String()),
    sa.column("latitude", sa.Integer()),
    sa.column("longitude", sa.Integer()),
)


def _micro(text: str) -> int:
    """Decimal degrees → millionths, half away from zero past the sixth decimal."""
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("+-").partition(".")
    value = int(whole) * 1_000_000 + int(frac[:6].ljust(6, "0"))
    if len(frac) > 6 and frac[6] >= "5":
        value += 1
    return sign * value


def _inside(lat: int, lon: int) -> bool:
    return _LATITUDE[0] <= lat <= _LATITUDE[1] and _LONGITUDE[0] <= lon <= _LONGITUDE[1]


def position_of(text: str | None) -> tuple[int, int] | None:
    """(latitude, longitude) of an old "lat,lon" text, swapped back if typed the wrong way round."""
    m = _PAIR_RE.match(text or "")
    if not m:
        return None
    a, b = _micro(m.group(1)), _micro(m.group(2))
    if _inside(a, b):
        return a, b
    if _inside(b, a):
        return b, a
    return None


def _degrees(micro: int) -> str:
    whole, frac = divmod(abs(micro), 1_000_000)
    return f"{'-' if micro < 0 else ''}{whole}.{frac:06d}"


def upgrade() -> None:
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address_kz", sa.String(length=512), nullable=False, server_default=""))

    with op.batch_alter_table("trade_point", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address_kz", sa.String(length=512), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("latitude", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("longitude", sa.Integer(), nullable=True))

    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ntin", sa.String(length=14), nullable=True))
        # "0", not sa.false(): a SQL-expression default would make SQLite rebuild the table
        # (bundle_item references product with ON DELETE CASCADE).
        batch_op.add_column(sa.Column("marked", sa.Boolean(), nullable=False, server_default="0"))

    with op.batch_alter_table("receipt_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ntin", sa.String(length=14), nullable=True))

    conn = op.get_bind()
    rows = conn.execute(
        sa.select(_trade_point.c.id, _trade_point.c.coordinates).where(_trade_point.c.coordinates.is_not(None))
    ).all()
    for tp_id, text in rows:
        pos = position_of(text)
        if pos is not None:
            conn.execute(
                _trade_point.update().where(_trade_point.c.id == tp_id)
                .values(latitude=pos[0], longitude=pos[1], coordinates=None)
            )


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(_trade_point.c.id, _trade_point.c.latitude, _trade_point.c.longitude).where(
            _trade_point.c.latitude.is_not(None), _trade_point.c.longitude.is_not(None),
            _trade_point.c.coordinates.is_(None),
        )
    ).all()
    for tp_id, lat, lon in rows:
        conn.execute(
            _trade_point.update().where(_trade_point.c.id == tp_id)
            .values(coordinates=f"{_degrees(lat)},{_degrees(lon)}")
        )
    for table, column in (("receipt_line", "ntin"), ("product", "marked"), ("product", "ntin"),
                          ("trade_point", "longitude"), ("trade_point", "latitude"),
                          ("trade_point", "address_kz"), ("company", "address_kz")):
        _drop_column(table, column)


def _drop_column(table: str, column: str) -> None:
    """SQLite ≥ 3.35 drops a plain column in place; a batch rebuild of a table other tables
    reference fails under enforced foreign keys once it holds rows."""
    if op.get_bind().dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 35):
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        return
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.drop_column(column)
