"""due-list indexes: the Today page's queries read indexes, not whole tables, on a large station

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 02:40:00
"""

from __future__ import annotations

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_assessment_episode_kind_date', 'assessment', ['episode_id', 'kind', 'assessed_on'])
    op.create_index('ix_rehab_plan_status_review', 'rehab_plan', ['status', 'review_due'])
    op.create_index('ix_agreement_renews_id', 'agreement', ['renews_id'])


def downgrade() -> None:
    op.drop_index('ix_agreement_renews_id', table_name='agreement')
    op.drop_index('ix_rehab_plan_status_review', table_name='rehab_plan')
    op.drop_index('ix_assessment_episode_kind_date', table_name='assessment')
