"""due lists read from indexes alone: covering indexes for each kind's rows and for the client columns they show

The Today page counts every kind of due item at once. With indexes over the filtered columns only, each counted
row cost a read of its table row (to check ``deleted_at``, fetch the client id) and of the client's row, and a
partial index ``WHERE deleted_at IS NULL`` does not help: SQLite still reads the table for a column named in the
query. These indexes hold ``deleted_at`` and every column the due queries read, so the counts and first rows come
from the index b-trees (about 1.5 MB for 20 000 clients) and never touch the wide rows.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_episode_status_reviewed', table_name='episode')
    op.create_index(
        'ix_episode_due',
        'episode',
        ['status', 'deleted_at', 'last_reviewed_on', 'client_id', 'waitlist_confirmed_on', 'status_since'],
    )
    op.drop_index('ix_rehab_plan_status_review', table_name='rehab_plan')
    op.create_index('ix_rehab_plan_due', 'rehab_plan', ['status', 'deleted_at', 'review_due', 'client_id', 'id'])
    op.drop_index('ix_agreement_status_end', table_name='agreement')
    op.create_index(
        'ix_agreement_due',
        'agreement',
        ['status', 'deleted_at', 'end_date', 'client_id', 'id', 'number', 'signed_on'],
    )
    op.create_index(
        'ix_consent_form_due',
        'consent_form',
        ['status', 'deleted_at', 'client_id', 'id', 'number', 'signed_on', 'created_at'],
    )
    op.drop_index('ix_follow_up_open_due', table_name='follow_up')
    op.create_index('ix_follow_up_due', 'follow_up', ['done_on', 'deleted_at', 'due_date', 'client_id', 'id'])
    op.create_index(
        'ix_client_due_by_id', 'client', ['id', 'deleted_at', 'status', 'responsible_worker_id', 'case_number', 'name']
    )
    op.create_index(
        'ix_client_due_by_status',
        'client',
        ['status', 'deleted_at', 'id', 'responsible_worker_id', 'case_number', 'name'],
    )


def downgrade() -> None:
    op.drop_index('ix_client_due_by_status', table_name='client')
    op.drop_index('ix_client_due_by_id', table_name='client')
    op.drop_index('ix_follow_up_due', table_name='follow_up')
    op.create_index(
        'ix_follow_up_open_due',
        'follow_up',
        ['due_date', 'client_id', 'id'],
        sqlite_where=sa.text('done_on IS NULL AND deleted_at IS NULL'),
    )
    op.drop_index('ix_consent_form_due', table_name='consent_form')
    op.drop_index('ix_agreement_due', table_name='agreement')
    op.create_index('ix_agreement_status_end', 'agreement', ['status', 'end_date'])
    op.drop_index('ix_rehab_plan_due', table_name='rehab_plan')
    op.create_index('ix_rehab_plan_status_review', 'rehab_plan', ['status', 'review_due'])
    op.drop_index('ix_episode_due', table_name='episode')
    op.create_index('ix_episode_status_reviewed', 'episode', ['status', 'last_reviewed_on'])
