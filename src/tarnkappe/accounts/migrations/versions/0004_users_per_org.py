"""A console user's e-mail address is unique within an organization, no longer across all of them:
an owner who added an address that another organization has was told "exists already" — and so
learnt that it exists there. The address signs in to its oldest account that is not disabled.

On SQLite the table is copied (batch mode); with foreign keys enforced, dropping the old copy ends
the console sessions (everyone signs in again once).

Revision ID: 0004_users_per_org
Revises: 0003_overage
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0004_users_per_org"
down_revision = "0003_overage"
branch_labels = None
depends_on = None

# The name 0002's unnamed UNIQUE(email) has: PostgreSQL's own, and in SQLite's batch copy the one
# this convention gives the reflected constraint.
NAMING = {"uq": "%(table_name)s_%(column_0_name)s_key"}


def upgrade() -> None:
    with op.batch_alter_table("users", naming_convention=NAMING) as table:
        table.drop_constraint("users_email_key", type_="unique")
        table.create_unique_constraint("uq_users_org_email", ["org_id", "email"])
        table.create_index("ix_users_email", ["email"])


def downgrade() -> None:
    # Fails if an address is in several organizations by then: which account to keep is the
    # operator's decision.
    with op.batch_alter_table("users", naming_convention=NAMING) as table:
        table.drop_index("ix_users_email")
        table.drop_constraint("uq_users_org_email", type_="unique")
        table.create_unique_constraint("users_email_key", ["email"])
