"""Due lists counted and cut in SQL. Each kind of due item is one SELECT of the columns below (built by the kind's
own repository); these helpers narrow it to one worker's clients, count it and its overdue items, and fetch only
its first rows (overdue first, then by due date), so the Today page reads a screenful, not thousands of rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from sqlalchemy import (
    CompoundSelect,
    Date,
    Integer,
    Row,
    Select,
    Subquery,
    case,
    cast,
    func,
    literal,
    null,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from rehabdesk.storage.schema import Client


def due_columns(
    due_on: ColumnElement | None,
    *,
    item_id: ColumnElement | None = None,
    subject: ColumnElement | None = None,
    tiebreak: ColumnElement | None = None,
) -> tuple[ColumnElement, ...]:
    """The columns every due query selects: who, the due date (None: undated), the item and its subject, and
    what orders items of the same date (the case number unless the kind says otherwise)."""
    return (
        Client.id.label("client_id"),
        Client.case_number.label("case_number"),
        Client.name.label("client_name"),
        Client.responsible_worker_id.label("worker_id"),
        type_coerce(due_on if due_on is not None else null(), Date).label("due_on"),
        (item_id if item_id is not None else null()).label("item_id"),
        (subject if subject is not None else literal("")).label("subject"),
        (tiebreak if tiebreak is not None else Client.case_number).label("tiebreak"),
    )


def add_months(day: ColumnElement, months: int) -> ColumnElement:
    """SQLite's twin of ``domain.safety.add_months``: the same day ``months`` later, the 31st clamped to the
    month's last day (SQLite's own '+N months' would roll 2026-08-31 over into March)."""
    same_day = func.date(
        day, "start of month", f"+{months} months", func.printf("+%d days", cast(func.strftime("%d", day), Integer) - 1)
    )
    last_day = func.date(day, "start of month", f"+{months + 1} months", "-1 day")
    return type_coerce(func.min(same_day, last_day), Date)


def add_days(day: ColumnElement, days: int) -> ColumnElement:
    return type_coerce(func.date(day, f"{days:+d} days"), Date)


DueQuery = Select | CompoundSelect  # one kind's items, selecting ``due_columns``


class DueCut(NamedTuple):
    count: int
    overdue: int  # due before ``today``
    rows: list[Row]  # the first ``limit``, overdue first, then by due date; undated last


def _listed(query: DueQuery, worker_id: str | None, *extra: Callable[[Subquery], ColumnElement]) -> Select:
    """The kind's items (only the clients of ``worker_id`` when given: SQLite pushes the condition down into the
    query, or into each arm of a UNION ALL) in list order."""
    listed = query.subquery()
    statement = select(listed, *(column(listed) for column in extra)) if extra else select(listed)
    if worker_id is not None:
        statement = statement.where(listed.c.worker_id == worker_id)
    return statement.order_by(listed.c.due_on.is_(None), listed.c.due_on, listed.c.tiebreak)


def first_rows_statement(query: DueQuery, today: date, limit: int, *, worker_id: str | None = None) -> Select:
    """The kind's count, overdue count and first ``limit`` rows (overdue first, then by due date), in one statement
    (read by :func:`cut_by`): the window aggregates are computed over every row before LIMIT cuts the list."""
    return _listed(
        query,
        worker_id,
        lambda listed: func.count().over().label("total"),
        lambda listed: func.sum(case((listed.c.due_on < today, 1), else_=0)).over().label("late"),
    ).limit(limit)


def cut_by(session: Session, statement: DueQuery) -> DueCut:
    """The count, the overdue count and the first rows that a :func:`first_rows_statement` finds, in one
    statement."""
    rows = list(session.execute(statement))
    if not rows:
        return DueCut(0, 0, [])
    return DueCut(rows[0].total, rows[0].late, rows)


def all_rows(session: Session, query: DueQuery, *, worker_id: str | None = None) -> list[Row]:
    return list(session.execute(_listed(query, worker_id)))


def serves_clients(session: Session, staff_id: str) -> bool:
    """Whether ``staff_id`` is the responsible worker of any live client."""
    return (
        session.execute(
            select(Client.id).where(Client.responsible_worker_id == staff_id, Client.deleted_at.is_(None)).limit(1)
        ).first()
        is not None
    )
