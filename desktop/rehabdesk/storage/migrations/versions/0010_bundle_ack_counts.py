"""sync: what the county's acknowledgement said of each bundle (committed, already held, rejected)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 13:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_bundle', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ack_counts', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_bundle', schema=None) as batch_op:
        batch_op.drop_column('ack_counts')
