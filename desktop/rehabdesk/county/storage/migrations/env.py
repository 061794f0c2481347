"""Alembic environment of the county database: always runs on a connection handed over by
rehabdesk.storage.migrate (with the county's migrations folder)."""

from __future__ import annotations

from alembic import context

from rehabdesk.county.storage.schema import CountyBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=CountyBase.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
