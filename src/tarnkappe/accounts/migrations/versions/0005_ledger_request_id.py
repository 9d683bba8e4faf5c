"""An index on the usage ledger's request id: rows from an instance's Redis journal
(accounts/ledger_journal.py) are written only where the ledger does not have their request id yet,
which a row may be after its instance died between committing it and removing it from the journal.

Revision ID: 0005_ledger_request_id
Revises: 0004_users_per_org
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0005_ledger_request_id"
down_revision = "0004_users_per_org"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_usage_ledger_request_id", "usage_ledger", ["request_id"])


def downgrade() -> None:
    op.drop_index("ix_usage_ledger_request_id", table_name="usage_ledger")
