"""people: staff, clients, guardians, search keys

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 21:26:21.768906
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('staff',
    sa.Column('staff_number', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('gender', sa.String(length=8), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('profession', sa.String(length=32), nullable=False),
    sa.Column('qualification', sa.String(length=100), nullable=False),
    sa.Column('certificate_number', sa.String(length=50), nullable=False),
    sa.Column('relevant_degree', sa.String(length=20), nullable=False),
    sa.Column('employment_type', sa.String(length=20), nullable=False),
    sa.Column('direct_service', sa.Boolean(), nullable=False),
    sa.Column('assessor', sa.Boolean(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('staff_number', name=op.f('uq_staff_staff_number'))
    )
    op.create_table('client',
    sa.Column('case_number', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('gender', sa.String(length=8), nullable=False),
    sa.Column('id_type', sa.String(length=32), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('ethnicity', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('household_registration', sa.String(length=200), nullable=False),
    sa.Column('county_code', sa.String(length=6), nullable=False),
    sa.Column('current_address', sa.String(length=200), nullable=False),
    sa.Column('living_situation', sa.String(length=100), nullable=False),
    sa.Column('diagnosis', sa.String(length=40), nullable=False),
    sa.Column('diagnosing_hospital', sa.String(length=100), nullable=False),
    sa.Column('onset_date', sa.Date(), nullable=True),
    sa.Column('in_health_management', sa.Boolean(), nullable=False),
    sa.Column('illness_status', sa.String(length=20), nullable=False),
    sa.Column('risk_level', sa.Integer(), nullable=False),
    sa.Column('medication_adherence', sa.String(length=20), nullable=False),
    sa.Column('disability_level', sa.Integer(), nullable=True),
    sa.Column('low_income', sa.Boolean(), nullable=False),
    sa.Column('extreme_poverty', sa.Boolean(), nullable=False),
    sa.Column('legal_capacity', sa.String(length=10), nullable=False),
    sa.Column('responsible_worker_id', sa.String(length=36), nullable=True),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['responsible_worker_id'], ['staff.id'], name=op.f('fk_client_responsible_worker_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client')),
    sa.UniqueConstraint('case_number', name=op.f('uq_client_case_number'))
    )
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_diagnosis'), ['diagnosis'], unique=False)
        batch_op.create_index('ix_client_identity', ['id_type', 'id_number'], unique=True)
        batch_op.create_index('ix_client_name_birth', ['name', 'birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_responsible_worker_id'), ['responsible_worker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_risk_level'), ['risk_level'], unique=False)
        batch_op.create_index(batch_op.f('ix_client_status'), ['status'], unique=False)

    op.create_table('client_search_key',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_client_search_key_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', 'key', name=op.f('pk_client_search_key'))
    )
    with op.batch_alter_table('client_search_key', schema=None) as batch_op:
        batch_op.create_index('ix_client_search_key_key', ['key'], unique=False)

    op.create_table('guardian',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('is_legal_guardian', sa.Boolean(), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_guardian_client_id_client')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guardian'))
    )
    with op.batch_alter_table('guardian', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guardian_client_id'), ['client_id'], unique=False)

    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('staff_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_account_staff_id'), ['staff_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_account_staff_id_staff'), 'staff', ['staff_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_account_staff_id_staff'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_account_staff_id'))
        batch_op.drop_column('staff_id')

    with op.batch_alter_table('guardian', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guardian_client_id'))

    op.drop_table('guardian')
    with op.batch_alter_table('client_search_key', schema=None) as batch_op:
        batch_op.drop_index('ix_client_search_key_key')

    op.drop_table('client_search_key')
    with op.batch_alter_table('client', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_status'))
        batch_op.drop_index(batch_op.f('ix_client_risk_level'))
        batch_op.drop_index(batch_op.f('ix_client_responsible_worker_id'))
        batch_op.drop_index('ix_client_name_birth')
        batch_op.drop_index('ix_client_identity')
        batch_op.drop_index(batch_op.f('ix_client_diagnosis'))

    op.drop_table('client')
    op.drop_table('staff')
