"""Documents waiting in the fiscal outbox are re-encoded in the OFD 2.0.3 layout.

Data only: no table changes. The work is done by the versioned data hook ``outbox.reencode.ofd-2.0.3``
(``services.outbox_reencode.reencode_to_203``, registered with ``store.migrate``; it reads the tables
of this revision with plain SQL). This script imports no application code (decision 0112).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


HOOK = "outbox.reencode.ofd-2.0.3"


def upgrade() -> None:
    conn = op.get_bind()
    waiting = conn.execute(sa.text("SELECT count(*) FROM fiscal_outbox WHERE state = 'pending'")).scalar()
    if not waiting:
        return
    hook = context.config.attributes.get("data_hooks", {}).get(HOOK)
    if hook is None:
        raise RuntimeError(f"{waiting} OFD documents wait in the outbox and must be re-encoded: run the upgrade "
                           "from the application (alsep-admin db-upgrade), which provides the data hook " + HOOK)
    hook(conn)


def downgrade() -> None:
    """The 2.0.3 payloads stay: the earlier layout is what the operator could not read."""
