"""The web console: users, their sessions and sign-in throttling; an org's anonymization policy;
when a key was last used and by whom it was made; the region of each ledger row (for the privacy
report).

Revision ID: 0002_console
Revises: 0001_accounts
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import tarnkappe.accounts.models as tk

revision = "0002_console"
down_revision = "0001_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite cannot ALTER TABLE ... ADD COLUMN with every constraint; Alembic copies.
    with op.batch_alter_table("organizations") as table:
        table.add_column(sa.Column("anonymization", sa.String(12), nullable=True))
    with op.batch_alter_table("api_keys") as table:
        table.add_column(sa.Column("last_used_at", tk.UTCDateTime(), nullable=True))
        table.add_column(sa.Column("created_by", sa.String(40), nullable=True))
    with op.batch_alter_table("usage_ledger") as table:
        table.add_column(sa.Column("region", sa.String(40), nullable=True))
    op.create_table(
        "users",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("org_id", sa.String(40), sa.ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("created_at", tk.UTCDateTime(), nullable=False),
        sa.Column("last_login_at", tk.UTCDateTime(), nullable=True),
        sa.Column("disabled", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_users_org_id", "users", ["org_id"])
    op.create_table(
        "console_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(40), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", tk.UTCDateTime(), nullable=False),
        sa.Column("expires_at", tk.UTCDateTime(), nullable=False),
    )
    op.create_index("ix_console_sessions_user_id", "console_sessions", ["user_id"])
    op.create_index("ix_console_sessions_expires_at", "console_sessions", ["expires_at"])
    op.create_table(
        "login_failures",
        sa.Column("scope", sa.String(300), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_start", tk.UTCDateTime(), nullable=False),
        sa.Column("locked_until", tk.UTCDateTime(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("login_failures")
    op.drop_index("ix_console_sessions_expires_at", table_name="console_sessions")
    op.drop_index("ix_console_sessions_user_id", table_name="console_sessions")
    op.drop_table("console_sessions")
    op.drop_index("ix_users_org_id", table_name="users")
    op.drop_table("users")
    with op.batch_alter_table("usage_ledger") as table:
        table.drop_column("region")
    with op.batch_alter_table("api_keys") as table:
        table.drop_column("created_by")
        table.drop_column("last_used_at")
    with op.batch_alter_table("organizations") as table:
        table.drop_column("anonymization")
