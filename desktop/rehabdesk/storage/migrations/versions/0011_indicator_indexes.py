"""indicators: covering indexes over live rows, and each client's attended records by month


The station's indicators read every registered client's status history, papers, assessments and plans, and the
period's service records with their staff, on a station of a million records. Each read now comes from an index
over live rows that holds every column it asks for, so no table row (with its long texts) is decrypted for it.
Each index ends with ``deleted_at`` (always NULL in it, a byte an entry): SQLite's planner counts an index as
covering only when it holds every column the query names, the partial index's own condition included.

``attendance_month`` holds how many live records each client attended in each month, kept by triggers: a year of a
large station is over a million attendances, and the services part of the rule needs only these counts. A live
attendance is an attended, undeleted attendee row of an undeleted record; each trigger takes away what a row
counted before the change and adds what it counts after, so every order of edits leaves the counts right. A
record's row can only be deleted outright after its attendees' (a foreign key), whose own trigger counts them out.

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


# The month of a live record, or no row for a deleted or missing one.
_LIVE_MONTH = "SELECT substr(r.service_date, 1, 7) FROM service_record r WHERE r.id = {row}.service_id AND r.deleted_at IS NULL"
_ADD = """INSERT INTO attendance_month (month, client_id, attended)
        SELECT substr(r.service_date, 1, 7), NEW.client_id, 1 FROM service_record r
        WHERE NEW.attended IS 1 AND NEW.deleted_at IS NULL AND r.id = NEW.service_id AND r.deleted_at IS NULL
        ON CONFLICT (month, client_id) DO UPDATE SET attended = attended + 1;"""
_TAKE = f"""UPDATE attendance_month SET attended = attended - 1
        WHERE OLD.attended IS 1 AND OLD.deleted_at IS NULL AND client_id = OLD.client_id
          AND month = ({_LIVE_MONTH.format(row="OLD")});"""
TRIGGERS = (
    f"""CREATE TRIGGER attendance_month_attendee_insert AFTER INSERT ON service_attendee BEGIN
        {_ADD}
    END""",
    f"""CREATE TRIGGER attendance_month_attendee_update
    AFTER UPDATE OF service_id, client_id, attended, deleted_at ON service_attendee BEGIN
        {_TAKE}
        {_ADD}
    END""",
    f"""CREATE TRIGGER attendance_month_attendee_delete AFTER DELETE ON service_attendee BEGIN
        {_TAKE}
    END""",
    """CREATE TRIGGER attendance_month_record_update AFTER UPDATE OF service_date, deleted_at ON service_record BEGIN
        UPDATE attendance_month SET attended = attended - 1
        WHERE OLD.deleted_at IS NULL AND month = substr(OLD.service_date, 1, 7) AND client_id IN (
            SELECT a.client_id FROM service_attendee a
            WHERE a.service_id = OLD.id AND a.attended IS 1 AND a.deleted_at IS NULL);
        INSERT INTO attendance_month (month, client_id, attended)
        SELECT substr(NEW.service_date, 1, 7), a.client_id, 1 FROM service_attendee a
        WHERE NEW.deleted_at IS NULL AND a.service_id = NEW.id AND a.attended IS 1 AND a.deleted_at IS NULL
        ON CONFLICT (month, client_id) DO UPDATE SET attended = attended + 1;
    END""",
)


def upgrade() -> None:
    for name, table, columns, where in INDEXES:
        op.create_index(name, table, columns, sqlite_where=where)
    op.create_table(
        'attendance_month',
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('client_id', sa.String(length=36), nullable=False),
        sa.Column('attended', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('month', 'client_id', name=op.f('pk_attendance_month')),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO attendance_month (month, client_id, attended)"
        " SELECT substr(r.service_date, 1, 7), a.client_id, count(*)"
        " FROM service_record r JOIN service_attendee a ON a.service_id = r.id"
        " WHERE r.deleted_at IS NULL AND a.attended IS 1 AND a.deleted_at IS NULL"
        " GROUP BY 1, 2"
    )
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in ('record_update', 'attendee_delete', 'attendee_update', 'attendee_insert'):
        op.execute(f'DROP TRIGGER attendance_month_{name}')
    op.drop_table('attendance_month')
    for name, table, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
