"""Terminal registry of the admin tab (issue 15, seed 7 and 8.6): ``payment_terminal``.

One row per card terminal of the company: serial number, model, trade point, the register it serves,
its cashier, the bank and the settlement IBAN/BIK (validated by the app, decision 0711). Changes are
audited in ``audit_log`` (decision 0713); ``version`` counts them. A new table only: plain
CREATE/DROP on SQLite and PostgreSQL.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "payment_terminal"
INDEXED = ("company_id", "trade_point_id", "register_id")


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("serial_number", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=64), nullable=False, server_default=""),
        sa.Column("trade_point_id", sa.Integer(), nullable=True),
        sa.Column("register_id", sa.Integer(), nullable=True),
        sa.Column("cashier_id", sa.Integer(), nullable=True),
        sa.Column("bank", sa.String(length=128), nullable=False, server_default=""),
        sa.Column("iban", sa.String(length=20), nullable=True),
        sa.Column("bik", sa.String(length=11), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_payment_terminal_company_id_company")),
        sa.ForeignKeyConstraint(
            ["trade_point_id"], ["trade_point.id"], name=op.f("fk_payment_terminal_trade_point_id_trade_point")
        ),
        sa.ForeignKeyConstraint(
            ["register_id"], ["register.id"], name=op.f("fk_payment_terminal_register_id_register")
        ),
        sa.ForeignKeyConstraint(
            ["cashier_id"], ["user_account.id"], name=op.f("fk_payment_terminal_cashier_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_terminal")),
        sa.UniqueConstraint("uuid", name=op.f("uq_payment_terminal_uuid")),
        sa.UniqueConstraint("company_id", "serial_number", name=op.f("uq_payment_terminal_company_id_serial_number")),
    )
    for column in INDEXED:
        op.create_index(op.f(f"ix_{TABLE}_{column}"), TABLE, [column])


def downgrade() -> None:
    for column in reversed(INDEXED):
        op.drop_index(op.f(f"ix_{TABLE}_{column}"), table_name=TABLE)
    op.drop_table(TABLE)
