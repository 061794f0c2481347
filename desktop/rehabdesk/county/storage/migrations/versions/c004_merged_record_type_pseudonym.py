"""an index of merged records by type, pseudonym and station: the 汇总表 finds the people held at two or more
stations from it, without reading the records

Revision ID: c004
Revises: c003
Create Date: 2026-12-07 14:00:00
"""

from __future__ import annotations

from alembic import op

revision = "c004"
down_revision = "c003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_merged_record_type_pseudonym", "merged_record", ["type", "pseudonym", "station_code"])


def downgrade() -> None:
    op.drop_index("ix_merged_record_type_pseudonym", table_name="merged_record")
