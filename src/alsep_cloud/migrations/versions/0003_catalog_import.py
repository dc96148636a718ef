"""Catalog imports and their idempotency keys (decision 1419).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('catalog_import',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('company_id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('register_id', sa.String(length=36), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('created', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=255), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_catalog_import_company_id_company')),
    sa.ForeignKeyConstraint(['register_id'], ['register.id'], name=op.f('fk_catalog_import_register_id_register')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_import')),
    sa.UniqueConstraint('company_id', 'key', name=op.f('uq_catalog_import_company_id_key'))
    )


def downgrade() -> None:
    op.drop_table('catalog_import')
