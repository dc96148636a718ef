"""X reports are kept, and the documents list reads by time (issue 20, decision 2070).

``x_report``: one row per X report the register made, with what the OFD said of it (accepted,
not sent because documents were waiting, no answer, or refused with its result code and text).
X reports never went through the outbox (they are not queued for a resend), so nothing kept them
and «Автономные данные» could not list them.

``ix_fiscal_outbox_register_created``: the documents list pages the outbox newest first by
``created_at`` within a register; the index keeps a page cheap on a register with years of
receipts.

``fiscal_outbox.handled_at`` / ``handled_by_id``: an administrator marked a document the OFD
refused as dealt with (decision 2070); the status bar counts only refusals nobody handled yet.
Two nullable columns (batch mode on SQLite), nothing to fill: every refusal so far is unhandled.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "x_report"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ofd_state", sa.String(length=16), nullable=False),
        sa.Column("result_code", sa.Integer(), nullable=True),
        sa.Column("result_text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["register_id"], ["register.id"], name=op.f("fk_x_report_register_id_register")),
        sa.ForeignKeyConstraint(["shift_id"], ["shift.id"], name=op.f("fk_x_report_shift_id_shift")),
        sa.ForeignKeyConstraint(["user_id"], ["user_account.id"], name=op.f("fk_x_report_user_id_user_account")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_x_report")),
        sa.UniqueConstraint("uuid", name=op.f("uq_x_report_uuid")),
    )
    op.create_index("ix_x_report_register_created", TABLE, ["register_id", "created_at"])
    op.create_index("ix_fiscal_outbox_register_created", "fiscal_outbox", ["register_id", "created_at"])
    with op.batch_alter_table("fiscal_outbox") as batch:
        batch.add_column(sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("handled_by_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_fiscal_outbox_handled_by_id_user_account"), "user_account",
                                 ["handled_by_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("fiscal_outbox") as batch:
        batch.drop_constraint(op.f("fk_fiscal_outbox_handled_by_id_user_account"), type_="foreignkey")
        batch.drop_column("handled_by_id")
        batch.drop_column("handled_at")
    op.drop_index("ix_fiscal_outbox_register_created", table_name="fiscal_outbox")
    op.drop_index("ix_x_report_register_created", table_name=TABLE)
    op.drop_table(TABLE)
