"""county keys carry their generation: a rotation retires the age identity and the minisign key together

Revision ID: c003
Revises: c002
Create Date: 2026-12-07 06:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c003"
down_revision = "c002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every key made before rotation existed is of the first generation.
    with op.batch_alter_table("county_key", schema=None) as batch_op:
        batch_op.add_column(sa.Column("generation", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("county_key", schema=None) as batch_op:
        batch_op.drop_column("generation")
