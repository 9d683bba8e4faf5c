"""The usage ledger records what an upstream reported beyond a request's reservation: `cost` is
what the organization is charged (never more than was reserved), `overage` what the upstream's
report would have added on top — for the operator to take up with the provider.

Revision ID: 0003_overage
Revises: 0002_console
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import tarnkappe.accounts.models as tk

revision = "0003_overage"
down_revision = "0002_console"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("usage_ledger") as table:
        table.add_column(sa.Column("overage", tk.Money(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("usage_ledger") as table:
        table.drop_column("overage")
