"""Per-kind payment totals of a receipt as rows, not columns (issue 21, decision 2141).

* New table ``receipt_tender`` (receipt, company, kind, amount): one row per tender kind the
  receipt used, what it left with the shop under that kind (cash net of change), so a new kind
  of ``domain.tender`` needs no migration.
* Every nonzero ``receipt.cash_tiyn`` / ``card_tiyn`` / ``mobile_tiyn`` / ``non_cash_tiyn``
  becomes a row; the four columns are dropped.

The columns are dropped with ``ALTER TABLE … DROP COLUMN`` on both backends, never by a batch
copy of ``receipt``: on SQLite (foreign keys on) dropping the old table would cascade-delete the
receipts' lines, payments and tender rows.

The downgrade adds the columns back (0 by default) and fills them from the rows; it refuses (and
changes nothing) while a row holds a kind that has no column, which only the rows allow.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

#: the kinds that were columns ``<kind>_tiyn`` of ``receipt`` (revision 0001)
COLUMNS = ('cash', 'card', 'mobile', 'non_cash')
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')

receipt = sa.table('receipt', sa.column('id', BIG_ID), sa.column('company_id', sa.String),
                   *(sa.column(f'{k}_tiyn', sa.BigInteger) for k in COLUMNS))
tender = sa.table('receipt_tender', sa.column('receipt_id', BIG_ID), sa.column('company_id', sa.String),
                  sa.column('kind', sa.String), sa.column('amount_tiyn', sa.BigInteger))


def upgrade() -> None:
    op.create_table(
        'receipt_tender',
        sa.Column('id', BIG_ID, nullable=False),
        sa.Column('receipt_id', BIG_ID, nullable=False),
        sa.Column('company_id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('amount_tiyn', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], name=op.f('fk_receipt_tender_receipt_id_receipt'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_tender')),
        sa.UniqueConstraint('receipt_id', 'kind', name='uq_receipt_tender_receipt_kind'),
    )
    for kind in COLUMNS:  # one INSERT … SELECT per kind: the data never leaves the database
        column = receipt.c[f'{kind}_tiyn']
        op.execute(tender.insert().from_select(
            ['receipt_id', 'company_id', 'kind', 'amount_tiyn'],
            sa.select(receipt.c.id, receipt.c.company_id, sa.literal(kind, sa.String), column)
            .where(column != 0).order_by(receipt.c.id)))
    for kind in COLUMNS:
        op.execute(f'ALTER TABLE receipt DROP COLUMN {kind}_tiyn')


def downgrade() -> None:
    bind = op.get_bind()
    other = bind.execute(sa.select(tender.c.kind).where(tender.c.kind.not_in(COLUMNS)).distinct()).scalars().all()
    if other:
        raise RuntimeError(f"receipt_tender holds kinds without a column before 0005: {', '.join(sorted(other))}; "
                           "nothing was changed")
    for kind in COLUMNS:
        op.add_column('receipt', sa.Column(f'{kind}_tiyn', sa.BigInteger(), nullable=False, server_default='0'))
    for kind in COLUMNS:
        amount = (sa.select(tender.c.amount_tiyn).where(tender.c.receipt_id == receipt.c.id, tender.c.kind == kind)
                  .scalar_subquery())
        op.execute(receipt.update().where(sa.exists().where(tender.c.receipt_id == receipt.c.id,
                                                            tender.c.kind == kind))
                   .values({f'{kind}_tiyn': amount}))
    if bind.dialect.name == 'postgresql':  # as 0001 made them (SQLite cannot drop a default in place)
        for kind in COLUMNS:
            op.alter_column('receipt', f'{kind}_tiyn', server_default=None)
    op.drop_table('receipt_tender')
