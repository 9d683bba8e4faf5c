"""Accounts: organizations, API keys, budgets, reservations, usage ledger; the built-in "default"
organization (no limits) that the keys of the configuration file belong to.

Revision ID: 0001_accounts
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import tarnkappe.accounts.models as tk

revision = "0001_accounts"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    organizations = op.create_table(
        "organizations",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("limit_amount", tk.Money(), nullable=True),
        sa.Column("limit_period", sa.String(10), nullable=False),
        sa.Column("allowed_models", sa.JSON(), nullable=True),
        sa.Column("regions", sa.JSON(), nullable=True),
        sa.Column("gdpr_only", sa.Boolean(), nullable=False),
        sa.Column("requests_per_minute", sa.Integer(), nullable=True),
        sa.Column("tokens_per_minute", sa.Integer(), nullable=True),
        sa.Column("created_at", tk.UTCDateTime(), nullable=False),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("org_id", sa.String(40), sa.ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("allowed_models", sa.JSON(), nullable=True),
        sa.Column("requests_per_minute", sa.Integer(), nullable=True),
        sa.Column("tokens_per_minute", sa.Integer(), nullable=True),
        sa.Column("created_at", tk.UTCDateTime(), nullable=False),
        sa.Column("expires_at", tk.UTCDateTime(), nullable=True),
        sa.Column("revoked_at", tk.UTCDateTime(), nullable=True),
    )
    op.create_index("ix_api_keys_org_id", "api_keys", ["org_id"])
    op.create_table(
        "budgets",
        sa.Column("org_id", sa.String(40), sa.ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("period_start", tk.UTCDateTime(), primary_key=True),
        sa.Column("spent", tk.Money(), nullable=False),
        sa.Column("reserved", tk.Money(), nullable=False),
    )
    op.create_table(
        "budget_reservations",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("org_id", sa.String(40), nullable=False),
        sa.Column("period_start", tk.UTCDateTime(), nullable=False),
        sa.Column("amount", tk.Money(), nullable=False),
        sa.Column("expires_at", tk.UTCDateTime(), nullable=False),
    )
    op.create_index("ix_budget_reservations_expires_at", "budget_reservations", ["expires_at"])
    op.create_table(
        "usage_ledger",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("created_at", tk.UTCDateTime(), nullable=False),
        sa.Column("request_id", sa.String(40), nullable=True),
        sa.Column("org_id", sa.String(40), nullable=True),
        sa.Column("key_id", sa.String(40), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("provider", sa.String(100), nullable=False),
        sa.Column("stream", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(60), nullable=False),
        sa.Column("prompt_tokens", sa.Integer(), nullable=False),
        sa.Column("completion_tokens", sa.Integer(), nullable=False),
        sa.Column("estimated", sa.Boolean(), nullable=False),
        sa.Column("cost", tk.Money(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.Column("anonymized", sa.Boolean(), nullable=False),
        sa.Column("entity_counts", sa.JSON(), nullable=True),
    )
    op.create_index("ix_usage_ledger_org_created", "usage_ledger", ["org_id", "created_at"])
    op.bulk_insert(organizations, [{
        "id": tk.DEFAULT_ORG_ID, "name": "default", "currency": "CHF", "limit_amount": None,
        "limit_period": "month", "allowed_models": None, "regions": None, "gdpr_only": False,
        "requests_per_minute": None, "tokens_per_minute": None, "created_at": datetime.now(UTC),
    }])


def downgrade() -> None:
    op.drop_table("usage_ledger")
    op.drop_table("budget_reservations")
    op.drop_table("budgets")
    op.drop_index("ix_api_keys_org_id", table_name="api_keys")
    op.drop_table("api_keys")
    op.drop_table("organizations")
