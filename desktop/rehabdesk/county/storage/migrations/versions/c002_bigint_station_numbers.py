"""record versions and bundle sequences as 64-bit integers (PostgreSQL's INTEGER is 32 bits; SQLite's was 64)

Revision ID: c002
Revises: c001
Create Date: 2026-12-07 04:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c002"
down_revision = "c001"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("merged_record", "version", True),
    ("received_bundle", "sequence", False),
    ("held_bundle", "sequence", False),
    ("quarantine", "sequence", True),
)


def upgrade() -> None:
    for table, column, nullable in _COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=nullable)


def downgrade() -> None:
    for table, column, nullable in reversed(_COLUMNS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=nullable)
