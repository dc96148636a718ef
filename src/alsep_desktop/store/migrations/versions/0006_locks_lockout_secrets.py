"""PIN lockout per user, admin prompt counters per register and method, secrets out of the store
(reviewed by hand).

* ``user_account``: ``pin_failed_attempts``, ``pin_locked_until``, ``pin_locks`` (PIN locks since
  the last password sign-in; after 3 only the password works, decision 0014).
* ``auth_prompt``: failed admin passwords at the prompt of returns and Z reports, per register and
  method, so a cashier cannot lock the admin's account for the whole shop.
* ``register.ofd_token_ref``: a reference into the secrets store; ``device_key`` (each PC's public
  key) and ``secret_envelope`` (a secret sealed to one PC, waiting for it) carry secrets between
  PCs that share one PostgreSQL store without the value ever being in the database (decision 0013).
* Data: the admin-entered OFD tokens (``register.ofd_token``) and the SMTP password (``setting``
  ``smtp``) move into the secrets store through the data hook ``secrets.out-of-the-store`` that the
  application provides (decision 0112's pattern: this script imports no application code). An OFD
  session whose next token is still the entered one keeps 0 ("the entered token") instead.

Every column is a plain ADD COLUMN (no table rebuild on SQLite).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import context, op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HOOK = "secrets.out-of-the-store"


def upgrade() -> None:
    op.add_column("user_account", sa.Column("pin_failed_attempts", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("user_account", sa.Column("pin_locked_until", sa.DateTime(timezone=True), nullable=True))
    op.add_column("user_account", sa.Column("pin_locks", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("register", sa.Column("ofd_token_ref", sa.String(length=255), nullable=True))
    op.create_table(
        "auth_prompt",
        sa.Column("register_id", sa.Integer(), nullable=False),  # 0: not at a register (operator tool)
        sa.Column("method", sa.String(length=32), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("register_id", "method", name=op.f("pk_auth_prompt")),
    )
    op.create_table(
        "device_key",
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_key")),
    )
    op.create_table(
        "secret_envelope",
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", "device_id", name=op.f("pk_secret_envelope")),
    )
    conn = op.get_bind()
    tokens = conn.execute(sa.text(
        "SELECT count(*) FROM register WHERE ofd_token IS NOT NULL AND ofd_token <> ''")).scalar()
    smtp = conn.execute(sa.text("SELECT value FROM setting WHERE key = 'smtp'")).scalar()
    smtp_password = isinstance(smtp, str) and bool(_json(smtp).get("password"))
    if not tokens and not smtp_password:
        return
    hook = context.config.attributes.get("data_hooks", {}).get(HOOK)
    if hook is None:
        raise RuntimeError("OFD tokens or the SMTP password are stored in plain text and must move into the "
                           "secrets store: run the upgrade from the application (alsep-admin db-upgrade), which "
                           "provides the data hook " + HOOK)
    hook(conn)


def _json(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def downgrade() -> None:
    """The secrets stay in the secrets store (the store never gets them back in plain text)."""
    op.drop_table("secret_envelope")
    op.drop_table("device_key")
    op.drop_table("auth_prompt")
    for table, column in (("register", "ofd_token_ref"), ("user_account", "pin_locks"),
                          ("user_account", "pin_locked_until"), ("user_account", "pin_failed_attempts")):
        # in place on SQLite >= 3.35 and PostgreSQL; a batch rebuild would cascade (see 0003, 0005)
        op.execute(sa.text(f'ALTER TABLE "{table}" DROP COLUMN "{column}"'))
