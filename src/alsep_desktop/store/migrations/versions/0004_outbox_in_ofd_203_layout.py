"""Documents waiting in the fiscal outbox are re-encoded in the OFD 2.0.3 layout.

Data only: no table changes. The work is done by the versioned function
``services.outbox_reencode.reencode_to_203`` (it reads the tables of this revision with plain SQL);
this script never imports the generated protocol code itself (decision 0112).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from alsep_desktop.services.outbox_reencode import reencode_to_203

    reencode_to_203(op.get_bind())


def downgrade() -> None:
    """The 2.0.3 payloads stay: the earlier layout is what the operator could not read."""
