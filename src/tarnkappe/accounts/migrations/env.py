"""Alembic environment, run programmatically by `tarnkappe.accounts.migrate` with a connection it
opened itself (there is no alembic.ini). Autogenerate a new revision with:

    python -m tarnkappe.accounts.migrate revision "what changed"
"""

from __future__ import annotations

from alembic import context

from tarnkappe.accounts.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through tarnkappe.accounts.migrate (tarnkappe db upgrade)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
