"""Cloud sync (issue 14): the mirror's cursor and the cloud push queue.

* ``cloud_sync_state``: one row while this store mirrors a cloud register: the cloud's URL and
  register id, the local register it fills, the feed cursor (the last ``seq`` applied: a page
  and its cursor are written in one transaction, decision 1406), how many changes the first
  mirror expects, when the last round went through, and bundles whose products have not come yet
  (``pending_json``: a compacted feed may send a bundle before a later change of its product).
* ``cloud_push``: documents waiting for the cloud, in the order they were written. ``key`` is
  the cloud's idempotency key (the document uuid, ``<shift uuid>:open``/``:z``); ``payload``
  is frozen (JSON) at the first attempt so every retry sends the same body (decision 1407).

Plain CREATE TABLEs: works on SQLite and PostgreSQL; the downgrade drops them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cloud_sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cloud_url", sa.String(length=512), nullable=False),
        sa.Column("cloud_register_id", sa.String(length=64), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=True),
        sa.Column("cursor", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("mirror_total", sa.BigInteger(), nullable=True),
        sa.Column("mirror_done", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("last_synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pending_json", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cloud_sync_state")),
    )
    op.create_table(
        "cloud_push",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("doc_uuid", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False, server_default="waiting"),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cloud_push")),
        sa.UniqueConstraint("key", name=op.f("uq_cloud_push_key")),
    )
    op.create_index(op.f("ix_cloud_push_state"), "cloud_push", ["state", "id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_cloud_push_state"), table_name="cloud_push")
    op.drop_table("cloud_push")
    op.drop_table("cloud_sync_state")
