"""Register: why the OFD stopped it (``ofd_block``, e.g. "invalid_token"), kept on the row the
sale path loads anyway (reviewed by hand).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a plain ADD COLUMN on every backend: no batch rebuild of a table others reference
    op.add_column("register", sa.Column("ofd_block", sa.String(length=32), nullable=True))


def downgrade() -> None:
    # SQLite >= 3.35 (Python 3.11 ships newer) and PostgreSQL drop a column in place; a batch rebuild
    # of ``register`` would cascade-delete its products under enforced foreign keys (see 0003)
    op.execute(sa.text('ALTER TABLE "register" DROP COLUMN "ofd_block"'))
