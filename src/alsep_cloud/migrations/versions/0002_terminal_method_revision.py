"""Terminal operations: card/QR ``method`` and the ``revision`` of a later state (decision 1415).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('terminal_operation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('method', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('revision', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('terminal_operation', schema=None) as batch_op:
        batch_op.drop_column('revision')
        batch_op.drop_column('method')
