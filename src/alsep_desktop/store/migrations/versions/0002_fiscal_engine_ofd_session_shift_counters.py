"""Fiscal engine: OFD session per register, running shift counters, cash-move numbers,
the OFD's own fiscal sign when it differs, the Z report kept with its shift (reviewed by hand).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 04:02:19.807186
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ofd_session",
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.BigInteger(), nullable=False),
        sa.Column("token", sa.BigInteger(), nullable=False),
        sa.Column("req_num", sa.Integer(), nullable=False),
        sa.Column("pending_payload", sa.LargeBinary(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["register.id"],
            name=op.f("fk_ofd_session_register_id_register"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("register_id", name=op.f("pk_ofd_session")),
    )
    op.create_table(
        "shift_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("extra", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"],
            ["shift.id"],
            name=op.f("fk_shift_counter_shift_id_shift"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift_counter")),
        sa.UniqueConstraint("shift_id", "name", name=op.f("uq_shift_counter_shift_id_name")),
    )
    with op.batch_alter_table("cash_move", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("offline", sa.Boolean(), nullable=False, server_default=sa.false()))

    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ofd_fiscal_sign", sa.String(length=64), nullable=True))

    with op.batch_alter_table("receipt_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("original_position", sa.Integer(), nullable=True))

    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.add_column(sa.Column("z_report", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("ofd_mismatch", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.drop_column("ofd_mismatch")
        batch_op.drop_column("z_report")

    with op.batch_alter_table("receipt_line", schema=None) as batch_op:
        batch_op.drop_column("original_position")

    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.drop_column("ofd_fiscal_sign")

    with op.batch_alter_table("cash_move", schema=None) as batch_op:
        batch_op.drop_column("offline")
        batch_op.drop_column("number")

    op.drop_table("shift_counter")
    op.drop_table("ofd_session")
