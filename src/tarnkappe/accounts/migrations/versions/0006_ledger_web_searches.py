"""The usage ledger counts server-side web searches: Anthropic bills its `web_search` tool per
search, apart from tokens, so a row's `cost` includes them and `web_search_requests` says how many
there were — without it a row's cost could not be told from its tokens. Rows written before are 0:
the gateway priced no searches then.

Revision ID: 0006_ledger_web_searches
Revises: 0005_ledger_request_id
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_ledger_web_searches"
down_revision = "0005_ledger_request_id"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("usage_ledger") as table:
        table.add_column(sa.Column("web_search_requests", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("usage_ledger") as table:
        table.drop_column("web_search_requests")
