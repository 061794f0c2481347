"""Alembic environment: always runs on a connection handed over by rehabdesk.storage.migrate."""

from __future__ import annotations

from alembic import context

from rehabdesk.storage.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
