"""Logins unique per company, and every user named (issue 20, decisions 2050 and 2051).

* ``user_account``: the unique key on ``email`` alone becomes ``(company_id, email)``. A login
  used by another company is no longer refused (the 409 named the address, so one tenant learnt
  who uses another); the sign-in names the company.
* ``full_name`` blank → the login, until an admin edits it (receipts named the cashier by it).

The downgrade puts the global key back; it fails (and changes nothing) when two companies
already hold the same login, which only per-company logins allow.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    users = sa.table('user_account', sa.column('full_name', sa.String), sa.column('email', sa.String))
    op.execute(users.update().where(sa.func.trim(users.c.full_name) == '')
               .values(full_name=sa.func.substr(users.c.email, 1, 255)))
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_user_account_email'), type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_user_account_company_id_email'), ['company_id', 'email'])


def downgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_user_account_company_id_email'), type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_user_account_email'), ['email'])
