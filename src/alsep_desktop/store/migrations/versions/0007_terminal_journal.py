"""Card terminal operations journal (issue 15, decision 0703): ``terminal_operation``.

One row per terminal operation (payment or refund), upserted by the driver's operation id on every
change the driver reports. Besides 0703's columns the app keeps who and where (register, shift,
cashier), the fiscal receipt the money belongs to (``receipt_id``), ``fiscalized`` (a fiscal receipt
holds this money) and ``terminal_only`` (taken from the terminal page with «ФИСКАЛИЗАЦИЯ» off, seed
9.4: in view until its receipt with «Безнал» is issued or it is refunded). A new table only: nothing to
move, plain CREATE/DROP on SQLite and PostgreSQL.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "terminal_operation"
INDEXED = ("reference", "process_id", "transaction_id", "state", "started_at", "register_id", "shift_id",
           "receipt_id")


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("vendor", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("process_id", sa.String(length=128), nullable=True),
        sa.Column("sub_status", sa.String(length=128), nullable=False, server_default=""),
        sa.Column("reported", sa.String(length=32), nullable=True),
        sa.Column("method", sa.String(length=16), nullable=True),
        sa.Column("transaction_id", sa.String(length=128), nullable=True),
        sa.Column("original_transaction_id", sa.String(length=128), nullable=True),
        sa.Column("auth_code", sa.String(length=64), nullable=True),
        sa.Column("card_mask", sa.String(length=64), nullable=True),
        sa.Column("card_type", sa.String(length=64), nullable=True),
        sa.Column("terminal_id", sa.String(length=64), nullable=True),
        sa.Column("message", sa.Text(), nullable=False, server_default=""),
        sa.Column("actualize_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("acknowledged", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("cheque", sa.JSON(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=True),
        sa.Column("shift_id", sa.Integer(), nullable=True),
        sa.Column("cashier_id", sa.Integer(), nullable=True),
        sa.Column("receipt_id", sa.Integer(), nullable=True),
        sa.Column("fiscalized", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("terminal_only", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.ForeignKeyConstraint(
            ["register_id"], ["register.id"], name=op.f("fk_terminal_operation_register_id_register")
        ),
        sa.ForeignKeyConstraint(["shift_id"], ["shift.id"], name=op.f("fk_terminal_operation_shift_id_shift")),
        sa.ForeignKeyConstraint(
            ["cashier_id"], ["user_account.id"], name=op.f("fk_terminal_operation_cashier_id_user_account")
        ),
        sa.ForeignKeyConstraint(["receipt_id"], ["receipt.id"], name=op.f("fk_terminal_operation_receipt_id_receipt")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terminal_operation")),
    )
    for column in INDEXED:
        op.create_index(op.f(f"ix_{TABLE}_{column}"), TABLE, [column])


def downgrade() -> None:
    for column in reversed(INDEXED):
        op.drop_index(op.f(f"ix_{TABLE}_{column}"), table_name=TABLE)
    op.drop_table(TABLE)
