"""attendance_month (migration 0011) is kept by triggers: after any sequence of writes to service records and their
attendees it must equal the live attendances counted from scratch. The writes here are raw SQL on the real
SQLCipher file, so they are every write the application could make (and some it never makes): inserts, attendance
flipped, soft deletes and restores of attendees and records, a record moved to another month or day, an attendee
moved to another client or record, hard deletes in foreign-key order, and the same value written again."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from typing import Any

import pytest

from rehabdesk.services import clients
from rehabdesk.services.context import StationContext
from tests.people_support import TODAY, client_input
from tests.support import raw_connection

LIVE_COUNTS = """
    SELECT substr(r.service_date, 1, 7), a.client_id, count(*)
    FROM service_record r JOIN service_attendee a ON a.service_id = r.id
    WHERE r.deleted_at IS NULL AND a.attended IS 1 AND a.deleted_at IS NULL
    GROUP BY 1, 2
"""
KEPT_COUNTS = "SELECT month, client_id, attended FROM attendance_month WHERE attended <> 0"
NOW = "2026-12-01 08:00:00.000000"


def _counts(connection: Any, sql: str) -> dict[tuple[str, str], int]:
    return {(month, client): n for month, client, n in connection.execute(sql)}


def _record(connection: Any, day: date) -> str:
    record_id = str(uuid.uuid4())
    connection.execute(
        "INSERT INTO service_record (id, created_at, updated_at, version, service_date, start_time, end_time, form,"
        " service_types, is_group, location, content, client_response, risks_seen, medication_check, next_step)"
        " VALUES (?, ?, ?, 1, ?, '09:00:00.000000', '10:00:00.000000', 'station', 'skills', 1, '', '', '', '', '', '')",
        (record_id, NOW, NOW, day.isoformat()),
    )
    return record_id


def _attend(connection: Any, record_id: str, client_id: str, attended: int) -> str:
    row_id = str(uuid.uuid4())
    connection.execute(
        "INSERT INTO service_attendee (id, created_at, updated_at, version, service_id, client_id, attended, note)"
        " VALUES (?, ?, ?, 1, ?, ?, ?, '')",
        (row_id, NOW, NOW, record_id, client_id, attended),
    )
    return row_id


@pytest.fixture
def station(admin_ctx: StationContext) -> tuple[Any, list[str]]:
    ids = [
        clients.register_client(admin_ctx, client_input(f"张{n}", serial=40 + n), today=TODAY).client_id
        for n in range(4)
    ]
    connection = raw_connection(admin_ctx.store.paths, admin_ctx.store.master)
    connection.execute("PRAGMA foreign_keys = ON")
    yield connection, ids
    connection.close()


def test_counts_follow_every_kind_of_write(station: tuple[Any, list[str]]) -> None:
    connection, client_ids = station
    rng = random.Random(11)
    days = [date(2026, 1, 30) + timedelta(days=n) for n in range(0, 70, 3)]  # across three month ends
    records = [_record(connection, rng.choice(days)) for _ in range(12)]
    attendees: list[str] = []
    for record_id in records:
        for client_id in rng.sample(client_ids, rng.randint(1, 3)):
            attendees.append(_attend(connection, record_id, client_id, rng.choice([1, 1, 0])))
    assert _counts(connection, KEPT_COUNTS) == _counts(connection, LIVE_COUNTS) != {}
    deleted = "'2026-12-02 00:00:00.000000'"
    writes = [
        lambda: connection.execute("UPDATE service_attendee SET attended = 1 - attended WHERE id = ?", (pick(),)),
        lambda: connection.execute(f"UPDATE service_attendee SET deleted_at = {deleted} WHERE id = ?", (pick(),)),
        lambda: connection.execute("UPDATE service_attendee SET deleted_at = NULL WHERE id = ?", (pick(),)),
        lambda: connection.execute(f"UPDATE service_record SET deleted_at = {deleted} WHERE id = ?", (record(),)),
        lambda: connection.execute("UPDATE service_record SET deleted_at = NULL WHERE id = ?", (record(),)),
        lambda: connection.execute(
            "UPDATE service_record SET service_date = ? WHERE id = ?", (rng.choice(days).isoformat(), record())
        ),
        # the same values written again (an ORM flush may set every column)
        lambda: connection.execute(
            "UPDATE service_attendee SET attended = attended, deleted_at = deleted_at, service_id = service_id,"
            " client_id = client_id WHERE id = ?",
            (pick(),),
        ),
        lambda: connection.execute(
            "UPDATE service_record SET service_date = service_date, deleted_at = deleted_at WHERE id = ?", (record(),)
        ),
        lambda: move_attendee(),
        lambda: connection.execute("DELETE FROM service_attendee WHERE id = ?", (attendees.pop(),)),
    ]

    def pick() -> str:
        return rng.choice(attendees)

    def record() -> str:
        return rng.choice(records)

    def taken(record_id: str, client_id: str) -> bool:
        return (
            connection.execute(
                "SELECT 1 FROM service_attendee WHERE service_id = ? AND client_id = ?", (record_id, client_id)
            ).fetchone()
            is not None
        )

    def move_attendee() -> None:
        # another client or another record; a pair already taken is refused by the unique constraint
        column, value = rng.choice([("client_id", rng.choice(client_ids)), ("service_id", record())])
        try:
            connection.execute(f"UPDATE service_attendee SET {column} = ? WHERE id = ?", (value, pick()))
        except Exception as error:  # sqlcipher3's IntegrityError: the row is left as it was
            assert "UNIQUE" in str(error)

    for step in range(400):
        if len(attendees) < 8:
            free = [(r, c) for r in records for c in client_ids if not taken(r, c)]
            attendees.append(_attend(connection, *rng.choice(free), 1))
        rng.choice(writes)()
        assert _counts(connection, KEPT_COUNTS) == _counts(connection, LIVE_COUNTS), f"after step {step}"
    # a record's row goes outright only after its attendees' (the foreign key)
    (gone,) = connection.execute("SELECT service_id FROM service_attendee WHERE id = ?", (attendees[0],)).fetchone()
    with pytest.raises(Exception, match="FOREIGN KEY"):
        connection.execute("DELETE FROM service_record WHERE id = ?", (gone,))
    connection.execute("DELETE FROM service_attendee WHERE service_id = ?", (gone,))
    connection.execute("DELETE FROM service_record WHERE id = ?", (gone,))
    assert _counts(connection, KEPT_COUNTS) == _counts(connection, LIVE_COUNTS)
