"""due-list reads: an episode's last review date, and indexes over live rows only

The Today page's lists read only what may be due, from indexes alone, on a large station: the stage reviews from
the episode's last review date (the newest intake or stage assessment, filled in here from the assessments).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('episode', sa.Column('last_reviewed_on', sa.Date(), nullable=True))
    op.execute(
        "UPDATE episode SET last_reviewed_on = (SELECT max(assessed_on) FROM assessment WHERE"
        " assessment.episode_id = episode.id AND assessment.kind IN ('intake', 'stage')"
        " AND assessment.deleted_at IS NULL)"
    )
    op.drop_index('ix_episode_status', table_name='episode')
    op.create_index('ix_episode_status_reviewed', 'episode', ['status', 'last_reviewed_on'])
    # 0007's index for the stage-review query, which now reads the episode's date instead.
    op.drop_index('ix_assessment_episode_kind_date', table_name='assessment')
    op.create_index(
        'ix_service_record_live_date', 'service_record', ['service_date', 'id'], sqlite_where=sa.text('deleted_at IS NULL')
    )
    op.create_index(
        'ix_service_attendee_attended',
        'service_attendee',
        ['service_id', 'client_id'],
        sqlite_where=sa.text('attended IS 1 AND deleted_at IS NULL'),
    )
    op.create_index(
        'ix_follow_up_open_due',
        'follow_up',
        ['due_date', 'client_id', 'id'],
        sqlite_where=sa.text('done_on IS NULL AND deleted_at IS NULL'),
    )
    op.drop_index('ix_agreement_status', table_name='agreement')
    op.create_index('ix_agreement_status_end', 'agreement', ['status', 'end_date'])
    op.drop_index('ix_document_scan_owner', table_name='document_scan')
    op.create_index('ix_document_scan_owner', 'document_scan', ['owner_type', 'owner_id', 'deleted_at'])


def downgrade() -> None:
    op.drop_index('ix_document_scan_owner', table_name='document_scan')
    op.create_index('ix_document_scan_owner', 'document_scan', ['owner_type', 'owner_id'])
    op.drop_index('ix_agreement_status_end', table_name='agreement')
    op.create_index('ix_agreement_status', 'agreement', ['status'])
    op.drop_index('ix_follow_up_open_due', table_name='follow_up')
    op.drop_index('ix_service_attendee_attended', table_name='service_attendee')
    op.drop_index('ix_service_record_live_date', table_name='service_record')
    op.create_index('ix_assessment_episode_kind_date', 'assessment', ['episode_id', 'kind', 'assessed_on'])
    op.drop_index('ix_episode_status_reviewed', table_name='episode')
    op.create_index('ix_episode_status', 'episode', ['status'])
    op.drop_column('episode', 'last_reviewed_on')
