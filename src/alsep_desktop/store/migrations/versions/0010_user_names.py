"""Every user has a name (issue 20, decision 2050).

``user_account.full_name`` has existed since 0001 but nothing asked for it, so receipts and OFD
tickets named the cashier by the login («Кассир anna@demo.kz»). Users without a name get their
login as the name until an admin edits it; from now on the services refuse a user without one.

Data only, no table rebuild (the column is already NOT NULL on SQLite and PostgreSQL). The
downgrade leaves the names: a name is valid data under 0009 too, and which ones were the
login copied here cannot be told apart from a name an admin typed the same.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    users = sa.table("user_account", sa.column("full_name", sa.String), sa.column("email", sa.String))
    blank = sa.func.trim(sa.func.coalesce(users.c.full_name, "")) == ""
    op.execute(users.update().where(blank).values(full_name=sa.func.substr(users.c.email, 1, 255)))


def downgrade() -> None:
    pass  # the names stay (see above)
