"""sync: enrolment with the county, device keys, bundles sent, acknowledged records

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 01:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_enrolment',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('county_name', sa.String(length=100), nullable=False),
    sa.Column('county_division', sa.String(length=6), nullable=False),
    sa.Column('age_recipient', sa.String(length=100), nullable=False),
    sa.Column('minisign_public_key', sa.String(length=100), nullable=False),
    sa.Column('pseudonym_key', sa.String(length=64), nullable=False),
    sa.Column('server', sa.String(length=200), nullable=True),
    sa.Column('tls_sha256', sa.String(length=64), nullable=True),
    sa.Column('fingerprint', sa.String(length=60), nullable=False),
    sa.Column('issued_at', sa.String(length=40), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('enrolled_by', sa.String(length=36), nullable=True),
    sa.Column('replaced_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_enrolment'))
    )
    op.create_table('sync_device',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('public_key', sa.String(length=100), nullable=False),
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('key_location', sa.String(length=16), nullable=False),
    sa.Column('secret_key', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['enrolment_id'], ['sync_enrolment.id'], name=op.f('fk_sync_device_enrolment_id_sync_enrolment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_device'))
    )
    with op.batch_alter_table('sync_device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_device_enrolment_id'), ['enrolment_id'], unique=False)

    op.create_table('sync_bundle',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=32), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('bundle_hash', sa.String(length=64), nullable=False),
    sa.Column('previous_hash', sa.String(length=64), nullable=True),
    sa.Column('file_name', sa.String(length=100), nullable=False),
    sa.Column('change_log_after', sa.Integer(), nullable=False),
    sa.Column('change_log_through', sa.Integer(), nullable=False),
    sa.Column('record_counts', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['device_id'], ['sync_device.id'], name=op.f('fk_sync_bundle_device_id_sync_device')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_bundle')),
    sa.UniqueConstraint('device_id', 'sequence', name='uq_sync_bundle_device_sequence')
    )
    op.create_table('sync_delivery',
    sa.Column('entity_type', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['bundle_id'], ['sync_bundle.id'], name=op.f('fk_sync_delivery_bundle_id_sync_bundle')),
    sa.PrimaryKeyConstraint('entity_type', 'entity_id', name=op.f('pk_sync_delivery'))
    )
    with op.batch_alter_table('sync_delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_delivery_bundle_id'), ['bundle_id'], unique=False)


def downgrade() -> None:
    op.drop_table('sync_delivery')
    op.drop_table('sync_bundle')
    op.drop_table('sync_device')
    op.drop_table('sync_enrolment')
