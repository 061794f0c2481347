"""indicators: covering indexes over live rows for the figures of a period

The station's indicators read every registered client's status history, papers, assessments and plans, and the
period's service records with their staff, on a station of a million records. Each read now comes from an index
over live rows that holds every column it asks for, so no table row (with its long texts) is decrypted for it.
Each index ends with ``deleted_at`` (always NULL in it, a byte an entry): SQLite's planner counts an index as
covering only when it holds every column the query names, the partial index's own condition included.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 16:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

LIVE = sa.text('deleted_at IS NULL')
INDEXES = (
    (
        'ix_status_change_live_history',
        'status_change',
        ['client_id', 'changed_on', 'created_at', 'id', 'to_status', 'episode_id', 'deleted_at'],
        LIVE,
    ),
    ('ix_consent_live_facts', 'consent', ['client_id', 'kind', 'status', 'signer', 'signed_on', 'withdrawn_on', 'deleted_at'], LIVE),
    (
        'ix_agreement_live_facts',
        'agreement',
        ['client_id', 'number', 'status', 'signer', 'signed_on', 'start_date', 'end_date', 'terminated_on', 'deleted_at'],
        LIVE,
    ),
    ('ix_assessment_live_episode', 'assessment', ['episode_id', 'kind', 'assessed_on', 'client_id', 'deleted_at'], LIVE),
    (
        'ix_rehab_plan_live_approved',
        'rehab_plan',
        ['period_end', 'approved_on', 'status', 'client_id', 'episode_id', 'period_start', 'deleted_at'],
        sa.text('approved_on IS NOT NULL AND deleted_at IS NULL'),
    ),
    (
        'ix_service_record_live_figures',
        'service_record',
        ['service_date', 'id', 'form', 'service_types', 'is_group', 'start_time', 'end_time', 'deleted_at'],
        LIVE,
    ),
    ('ix_service_staff_live', 'service_staff', ['service_id', 'staff_id', 'deleted_at'], LIVE),
)


def upgrade() -> None:
    for name, table, columns, where in INDEXES:
        op.create_index(name, table, columns, sqlite_where=where)


def downgrade() -> None:
    for name, table, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
