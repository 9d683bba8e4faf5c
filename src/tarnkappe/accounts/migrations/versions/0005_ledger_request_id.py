"""One usage ledger row per request id: rows from an instance's Redis journal
(accounts/ledger_journal.py) may be written twice — committed, then the instance died before taking
them off its list — and the second copy is dropped by `ON CONFLICT DO NOTHING` on this unique index.
NULLs stay allowed more than once (both PostgreSQL and SQLite treat them as distinct).

Should an existing ledger hold one request id twice (the gateway never wrote that; an import might
have), the later rows keep their amounts and get the suffix `#<row id>`, so that no row is lost.

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
    op.execute(
        "UPDATE usage_ledger SET request_id = request_id || '#' || CAST(id AS VARCHAR(20)) "
        "WHERE request_id IS NOT NULL AND id NOT IN "
        "(SELECT MIN(id) FROM usage_ledger WHERE request_id IS NOT NULL GROUP BY request_id)"
    )
    op.create_index("ux_usage_ledger_request_id", "usage_ledger", ["request_id"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_usage_ledger_request_id", table_name="usage_ledger")
