"""Initial schema: company, trade points, users, registers, catalog, bundles, shifts,
receipts, payments, cash moves, fiscal outbox, audit log, settings (reviewed by hand).

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 03:49:30.038697
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("iin_bin", sa.String(length=12), nullable=False),
        sa.Column("tax_regime", sa.String(length=64), nullable=False),
        sa.Column("vat_payer", sa.Boolean(), nullable=False),
        sa.Column("vat_series", sa.String(length=16), nullable=True),
        sa.Column("vat_number", sa.String(length=16), nullable=True),
        sa.Column("legal_address", sa.String(length=512), nullable=False),
        sa.Column("oked", sa.String(length=5), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("iban", sa.String(length=20), nullable=True),
        sa.Column("bik", sa.String(length=11), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
        sa.UniqueConstraint("iin_bin", name=op.f("uq_company_iin_bin")),
        sa.UniqueConstraint("uuid", name=op.f("uq_company_uuid")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "trade_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("address", sa.String(length=512), nullable=False),
        sa.Column("coordinates", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_trade_point_company_id_company")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trade_point")),
        sa.UniqueConstraint("uuid", name=op.f("uq_trade_point_uuid")),
    )
    with op.batch_alter_table("trade_point", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trade_point_company_id"), ["company_id"], unique=False)

    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("pin_hash", sa.String(length=255), nullable=True),
        sa.Column("full_name", sa.String(length=255), nullable=False),
        sa.Column("iin", sa.String(length=12), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_user_account_company_id_company")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("email", name=op.f("uq_user_account_email")),
        sa.UniqueConstraint("uuid", name=op.f("uq_user_account_uuid")),
    )
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_user_account_company_id"), ["company_id"], unique=False
        )

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_audit_log_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "register",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("trade_point_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("serial_number", sa.String(length=20), nullable=False),
        sa.Column("year_of_manufacture", sa.Integer(), nullable=False),
        sa.Column("ofd_system_id", sa.String(length=32), nullable=True),
        sa.Column("registration_number", sa.String(length=32), nullable=True),
        sa.Column("ofd_token", sa.String(length=128), nullable=True),
        sa.Column("ofd_token_updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("vat_payer", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("bound_device_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_register_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["trade_point_id"],
            ["trade_point.id"],
            name=op.f("fk_register_trade_point_id_trade_point"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register")),
        sa.UniqueConstraint("serial_number", name=op.f("uq_register_serial_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_register_uuid")),
    )
    with op.batch_alter_table("register", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_company_id"), ["company_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_register_trade_point_id"), ["trade_point_id"], unique=False
        )

    op.create_table(
        "bundle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("barcode", sa.String(length=14), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["register.id"],
            name=op.f("fk_bundle_register_id_register"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle")),
        sa.UniqueConstraint("uuid", name=op.f("uq_bundle_uuid")),
    )
    with op.batch_alter_table("bundle", schema=None) as batch_op:
        batch_op.create_index("ix_bundle_register_barcode", ["register_id", "barcode"], unique=True)

    op.create_table(
        "fiscal_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=32), nullable=False),
        sa.Column("doc_uuid", sa.String(length=36), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("result_code", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["register_id"], ["register.id"], name=op.f("fk_fiscal_outbox_register_id_register")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fiscal_outbox")),
        sa.UniqueConstraint("uuid", name=op.f("uq_fiscal_outbox_uuid")),
    )
    with op.batch_alter_table("fiscal_outbox", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_fiscal_outbox_register_id"), ["register_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_fiscal_outbox_state"), ["state"], unique=False)

    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("group_code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("name_search", sa.String(length=255), nullable=False),
        sa.Column("barcode", sa.String(length=14), nullable=True),
        sa.Column("price_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("markup_bp", sa.Integer(), nullable=False),
        sa.Column("discount_bp", sa.Integer(), nullable=False),
        sa.Column("vat_code", sa.String(length=8), nullable=False),
        sa.Column("editable_price", sa.Boolean(), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["register.id"],
            name=op.f("fk_product_register_id_register"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
        sa.UniqueConstraint("register_id", "code", name=op.f("uq_product_register_id_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_product_uuid")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(
            "ix_product_register_barcode", ["register_id", "barcode"], unique=True
        )
        batch_op.create_index(
            "ix_product_register_name", ["register_id", "name_search"], unique=False
        )

    op.create_table(
        "shift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("opened_by_id", sa.Integer(), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("cash_at_open_tiyn", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["user_account.id"], name=op.f("fk_shift_closed_by_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["user_account.id"], name=op.f("fk_shift_opened_by_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["register_id"], ["register.id"], name=op.f("fk_shift_register_id_register")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift")),
        sa.UniqueConstraint("register_id", "number", name=op.f("uq_shift_register_id_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_shift_uuid")),
    )
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shift_register_id"), ["register_id"], unique=False)

    op.create_table(
        "bundle_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundle.id"],
            name=op.f("fk_bundle_item_bundle_id_bundle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_bundle_item_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_item")),
    )
    with op.batch_alter_table("bundle_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bundle_item_bundle_id"), ["bundle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bundle_item_product_id"), ["product_id"], unique=False)

    op.create_table(
        "cash_move",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"], ["register.id"], name=op.f("fk_cash_move_register_id_register")
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"], ["shift.id"], name=op.f("fk_cash_move_shift_id_shift")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_cash_move_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_move")),
        sa.UniqueConstraint("uuid", name=op.f("uq_cash_move_uuid")),
    )
    with op.batch_alter_table("cash_move", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cash_move_register_id"), ["register_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cash_move_shift_id"), ["shift_id"], unique=False)

    op.create_table(
        "receipt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("operation", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("total_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("discount_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("markup_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("vat_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("change_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("cashier_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("offline", sa.Boolean(), nullable=False),
        sa.Column("fiscal_sign", sa.String(length=64), nullable=True),
        sa.Column("ofd_ticket_number", sa.String(length=64), nullable=True),
        sa.Column("check_url", sa.Text(), nullable=True),
        sa.Column("original_receipt_id", sa.Integer(), nullable=True),
        sa.Column("buyer_iin_bin", sa.String(length=12), nullable=True),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["cashier_id"], ["user_account.id"], name=op.f("fk_receipt_cashier_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["original_receipt_id"],
            ["receipt.id"],
            name=op.f("fk_receipt_original_receipt_id_receipt"),
        ),
        sa.ForeignKeyConstraint(
            ["register_id"], ["register.id"], name=op.f("fk_receipt_register_id_register")
        ),
        sa.ForeignKeyConstraint(["shift_id"], ["shift.id"], name=op.f("fk_receipt_shift_id_shift")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt")),
        sa.UniqueConstraint("shift_id", "number", name=op.f("uq_receipt_shift_id_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_receipt_uuid")),
    )
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_receipt_fiscal_sign"), ["fiscal_sign"], unique=False)
        batch_op.create_index(batch_op.f("ix_receipt_register_id"), ["register_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_receipt_shift_id"), ["shift_id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_tiyn", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["receipt.id"],
            name=op.f("fk_payment_receipt_id_receipt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_receipt_id"), ["receipt_id"], unique=False)

    op.create_table(
        "receipt_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_uuid", sa.String(length=36), nullable=True),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("group_code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("barcode", sa.String(length=14), nullable=True),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("unit_price_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("discount_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("markup_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("total_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("vat_code", sa.String(length=8), nullable=False),
        sa.Column("vat_bp", sa.Integer(), nullable=True),
        sa.Column("vat_tiyn", sa.BigInteger(), nullable=False),
        sa.Column("marking_code", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["receipt.id"],
            name=op.f("fk_receipt_line_receipt_id_receipt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_line")),
        sa.UniqueConstraint(
            "receipt_id", "position", name=op.f("uq_receipt_line_receipt_id_position")
        ),
    )
    with op.batch_alter_table("receipt_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_receipt_line_receipt_id"), ["receipt_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("receipt_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipt_line_receipt_id"))

    op.drop_table("receipt_line")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_receipt_id"))

    op.drop_table("payment")
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_receipt_shift_id"))
        batch_op.drop_index(batch_op.f("ix_receipt_register_id"))
        batch_op.drop_index(batch_op.f("ix_receipt_fiscal_sign"))

    op.drop_table("receipt")
    with op.batch_alter_table("cash_move", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cash_move_shift_id"))
        batch_op.drop_index(batch_op.f("ix_cash_move_register_id"))

    op.drop_table("cash_move")
    with op.batch_alter_table("bundle_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundle_item_product_id"))
        batch_op.drop_index(batch_op.f("ix_bundle_item_bundle_id"))

    op.drop_table("bundle_item")
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shift_register_id"))

    op.drop_table("shift")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index("ix_product_register_name")
        batch_op.drop_index("ix_product_register_barcode")

    op.drop_table("product")
    with op.batch_alter_table("fiscal_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fiscal_outbox_state"))
        batch_op.drop_index(batch_op.f("ix_fiscal_outbox_register_id"))

    op.drop_table("fiscal_outbox")
    with op.batch_alter_table("bundle", schema=None) as batch_op:
        batch_op.drop_index("ix_bundle_register_barcode")

    op.drop_table("bundle")
    with op.batch_alter_table("register", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_trade_point_id"))
        batch_op.drop_index(batch_op.f("ix_register_company_id"))

    op.drop_table("register")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_account_company_id"))

    op.drop_table("user_account")
    with op.batch_alter_table("trade_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trade_point_company_id"))

    op.drop_table("trade_point")
    op.drop_table("setting")
    op.drop_table("company")
