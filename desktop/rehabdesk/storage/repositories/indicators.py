"""The queries behind the station's indicators: a handful of set-wise reads over a window of days, each returning
plain tuples; the rule itself is domain.indicators'. ``worker`` (a staff id) limits the client figures to that
worker's clients; None is the whole station."""

from __future__ import annotations

from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from itertools import chain
from typing import Any

from sqlalchemy import Row, Select, and_, case, func, or_, select, union
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import (
    Agreement,
    Assessment,
    AttendanceMonth,
    ChangeLogEntry,
    Client,
    Consent,
    Drill,
    Episode,
    Referral,
    RehabPlan,
    ServiceAttendee,
    ServiceRecord,
    ServiceStaff,
    Staff,
    StatusChange,
)


def _rows(session: Session, statement: Select) -> list[Row]:
    """Plain Core rows, fetched at once: the ORM's row processing, or fetching row by row, cost more than the
    queries here."""
    return session.connection().execute(statement).all()


def _tuples(session: Session, statement: Select) -> Iterator[tuple]:
    """The DB-API's own tuples, each value as stored (dates as ISO text): for the reads of every client's facts,
    where SQLAlchemy's Row objects and its parsing of every date cost more than the queries. Dates bound as ISO
    text, as SQLAlchemy stores them. The query runs now; its rows are handed out as they are fetched, so a caller
    that turns each into its facts never holds a large window's raw rows all at once (read them before the
    session's next query)."""
    compiled = statement.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    values = [_stored(params[name]) for name in compiled.positiontup or ()]
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(compiled.string, values)
    except BaseException:
        cursor.close()
        raise
    return _fetched(cursor)


def _fetched(cursor: Any) -> Iterator[tuple]:
    try:
        while rows := cursor.fetchmany(_FETCH_ROWS):
            yield from rows
    finally:
        cursor.close()


_FETCH_ROWS = 1000  # rows a fetch: few calls, and little held


def _stored(value: object) -> object:
    if isinstance(value, datetime):  # stored as "YYYY-MM-DD HH:MM:SS.ffffff": isoformat's "T" would compare wrongly
        raise TypeError("bind a date, not a date and time, in a facts query")
    return value.isoformat() if isinstance(value, date) else value


# Clients with ids from the first (inclusive) to the second (exclusive; None: to the end), or these clients (a few).
Among = tuple[str, str | None] | frozenset[str]


def _mine(statement: Select, client_column, worker: str | None, among: Among | None = None) -> Select:  # type: ignore[no-untyped-def]
    if isinstance(among, frozenset):
        statement = statement.where(client_column.in_(sorted(among)))
    elif among is not None:
        statement = statement.where(client_column >= among[0])
        if among[1] is not None:
            statement = statement.where(client_column < among[1])
    if worker is None:
        return statement
    return statement.where(client_column.in_(select(Client.id).where(Client.responsible_worker_id == worker)))


def _among(client_id: str, among: Among | None) -> bool:
    if isinstance(among, frozenset):
        return client_id in among
    return among is None or (among[0] <= client_id and (among[1] is None or client_id < among[1]))


# The records a client's facts are read from, by change-log entity type: each names its client in client_id.
_CLIENT_RECORDS = (Episode, StatusChange, Assessment, RehabPlan, Consent, Agreement, ServiceAttendee)


def clients_changed(session: Session, after: int, through: int, most: int) -> frozenset[str] | None:
    """The clients whose facts the change-log entries after ``after`` up to ``through`` may have changed: a client
    written, one of their records the facts read, or a service record they attend. None when there are more than
    ``most`` entries (reading every client's facts again costs less than finding whose)."""
    entries = (ChangeLogEntry.seq > after, ChangeLogEntry.seq <= through)
    if (session.scalar(select(func.count()).where(*entries)) or 0) > most:
        return None
    arms = [select(ChangeLogEntry.entity_id).where(*entries, ChangeLogEntry.entity_type == Client.__tablename__)]
    for model in _CLIENT_RECORDS:
        arms.append(
            select(model.client_id)
            .join(ChangeLogEntry, ChangeLogEntry.entity_id == model.id)
            .where(*entries, ChangeLogEntry.entity_type == model.__tablename__)
        )
    arms.append(
        select(ServiceAttendee.client_id)
        .join(ChangeLogEntry, ChangeLogEntry.entity_id == ServiceAttendee.service_id)
        .where(*entries, ChangeLogEntry.entity_type == ServiceRecord.__tablename__)
    )
    return frozenset(session.scalars(union(*arms)))


def client_ranges(session: Session, size: int) -> list[Among]:
    """The clients' ids cut into runs of ``size``, in order, as ranges that together hold every id."""
    numbered = select(Client.id, func.row_number().over(order_by=Client.id).label("n")).subquery()
    starts = list(
        session.connection()
        .execute(select(numbered.c.id).where((numbered.c.n - 1) % size == 0).order_by(numbered.c.id))
        .scalars()
    )
    if not starts:
        return [("", None)]
    starts[0] = ""  # from the first id there can be
    return [(start, following) for start, following in zip(starts, [*starts[1:], None], strict=True)]


def status_changes(
    session: Session, first: date, until: date, worker: str | None, among: Among | None = None
) -> Iterator[tuple]:
    """(client id, to status, changed on, episode id, application date; dates as ISO text) of live clients' status
    changes that say anything of the days from ``first`` to ``until``: the last change before ``first`` whose
    status still holds on it, and every change after, client by client in the order they happened. The earlier
    history (most of it on a station of some age) stays in the database: a client's changes are in order, so what
    is read is the tail of each client's list, and the spans built from it are the same on every day from
    ``first`` on."""
    order = (StatusChange.changed_on, StatusChange.created_at, StatusChange.id)
    live = select(
        StatusChange.client_id,
        StatusChange.to_status,
        StatusChange.changed_on,
        StatusChange.episode_id,
        StatusChange.created_at,
        StatusChange.id,
        func.lead(StatusChange.changed_on).over(partition_by=StatusChange.client_id, order_by=order).label("next"),
    ).where(
        StatusChange.changed_on <= until,
        StatusChange.deleted_at.is_(None),
        # A deleted episode's changes are no part of the client's history, so they are left out before the
        # next change of each is found.
        StatusChange.episode_id.not_in(select(Episode.id).where(Episode.deleted_at.is_not(None))),
    )
    live = _mine(live, StatusChange.client_id, worker, among).subquery()
    statement = (
        select(live.c.client_id, live.c.to_status, live.c.changed_on, live.c.episode_id, Episode.application_date)
        .join(Episode, Episode.id == live.c.episode_id)
        .join(Client, Client.id == live.c.client_id)
        .where(
            or_(live.c.changed_on >= first, live.c.next.is_(None), live.c.next > first),
            Client.deleted_at.is_(None),
        )
        .order_by(live.c.client_id, live.c.changed_on, live.c.created_at, live.c.id)
    )
    return _tuples(session, statement)


def clients(session: Session, ids: list[str]) -> list[Row]:
    """(id, case number, name, worker, birth date, legal capacity, diagnosis) of these clients."""
    found: list[Row] = []
    for chunk in _chunks(ids):
        found += _rows(
            session,
            select(
                Client.id,
                Client.case_number,
                Client.name,
                Client.responsible_worker_id,
                Client.birth_date,
                Client.legal_capacity,
                Client.diagnosis,
            ).where(Client.id.in_(chunk)),
        )
    return found


def _chunks(ids: list[str], size: int = 900) -> list[list[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def consents(session: Session, kinds: Iterable[str], worker: str | None, among: Among | None = None) -> Iterator[tuple]:
    """(client id, kind, status, signer, signed on, withdrawn on; dates as ISO text) of live consents of these
    kinds. Every client's: reading the few rows of clients not asked for costs less than sending their ids."""
    statement = select(
        Consent.client_id, Consent.kind, Consent.status, Consent.signer, Consent.signed_on, Consent.withdrawn_on
    ).where(Consent.kind.in_(list(kinds)), Consent.deleted_at.is_(None))
    return _tuples(session, _mine(statement, Consent.client_id, worker, among))


def agreements(session: Session, worker: str | None, among: Among | None = None) -> Iterator[tuple]:
    """(client id, number, status, signer, signed on, start, end, terminated on; dates as ISO text) of live
    agreements."""
    statement = select(
        Agreement.client_id,
        Agreement.number,
        Agreement.status,
        Agreement.signer,
        Agreement.signed_on,
        Agreement.start_date,
        Agreement.end_date,
        Agreement.terminated_on,
    ).where(Agreement.deleted_at.is_(None))
    return _tuples(session, _mine(statement, Agreement.client_id, worker, among))


def assessment_dates(
    session: Session, first: date, last: date, worker: str | None, among: Among | None = None
) -> Iterator[tuple]:
    """Per episode, what the rule asks of its live intake and stage assessments on any day from ``first`` to
    ``last``: (client id, episode id, the first intake on or before ``last``, the last assessment before
    ``first``, the assessments from ``first`` to ``last`` as "YYYY-MM-DD,…" or None; dates as ISO text)."""
    within = Assessment.assessed_on >= first
    statement = (
        select(
            Assessment.client_id,
            Assessment.episode_id,
            func.min(case((Assessment.kind == "intake", Assessment.assessed_on))).label("first_intake"),
            func.max(case((~within, Assessment.assessed_on))).label("before"),
            func.group_concat(case((within, Assessment.assessed_on))).label("within"),
        )
        .where(
            Assessment.kind.in_(("intake", "stage")),
            Assessment.assessed_on <= last,
            Assessment.deleted_at.is_(None),
        )
        .group_by(Assessment.episode_id)
    )
    return _tuples(session, _mine(statement, Assessment.client_id, worker, among))


def approved_plans(
    session: Session, first: date, last: date, worker: str | None, among: Among | None = None
) -> Iterator[tuple]:
    """(client id, episode id, approved on, period start, period end; dates as ISO text) of live plans approved by
    ``last`` whose period reaches ``first``: the only ones that can be in force on a day from ``first`` to
    ``last``."""
    statement = select(
        RehabPlan.client_id,
        RehabPlan.episode_id,
        RehabPlan.approved_on,
        RehabPlan.period_start,
        RehabPlan.period_end,
    ).where(
        RehabPlan.approved_on.is_not(None),
        RehabPlan.approved_on <= last,
        RehabPlan.period_end >= first,
        RehabPlan.status != "draft",
        RehabPlan.deleted_at.is_(None),
    )
    return _tuples(session, _mine(statement, RehabPlan.client_id, worker, among))


def attended_by_month(
    session: Session, first: date, last: date, worker: str | None, among: Among | None = None
) -> Iterator[tuple]:
    """(client id, "YYYY-MM", attended live records) from ``first`` to ``last``: the whole months from the
    counts kept in attendance_month, a month the range cuts by counting its attendances on the days inside.
    A cut month's rows are fetched at once (the whole months' query follows on the same connection)."""
    found: list[tuple] = []
    whole: list[str] = []
    for start, end in _months(first, last):
        if start.day == 1 and (end + timedelta(days=1)).day == 1:
            whole.append(start.strftime("%Y-%m"))
        else:
            # The clients picked here, not in the query: given a range of clients, SQLite reads every attendance
            # of theirs by the client index instead of the month's records by date (35 s against 0.1 s).
            found += [row for row in _attended_on_days(session, start, end, worker) if _among(row[0], among)]
    if not whole:
        return iter(found)
    statement = select(AttendanceMonth.client_id, AttendanceMonth.month, AttendanceMonth.attended).where(
        AttendanceMonth.month.between(whole[0], whole[-1]), AttendanceMonth.attended > 0
    )
    return chain(found, _tuples(session, _mine(statement, AttendanceMonth.client_id, worker, among)))


def _attended_on_days(session: Session, first: date, last: date, worker: str | None) -> Iterator[tuple]:
    month = func.substr(ServiceRecord.service_date, 1, 7)
    statement = (
        select(ServiceAttendee.client_id, month, func.count())
        .join(ServiceRecord, ServiceRecord.id == ServiceAttendee.service_id)
        .where(
            ServiceRecord.service_date.between(first, last),
            ServiceRecord.deleted_at.is_(None),
            ServiceAttendee.attended.is_(True),
            ServiceAttendee.deleted_at.is_(None),
        )
        .group_by(ServiceAttendee.client_id, month)
    )
    return _tuples(session, _mine(statement, ServiceAttendee.client_id, worker))


def _months(first: date, last: date) -> Iterator[tuple[date, date]]:
    """(first day, last day) of each calendar month from ``first`` to ``last``, cut to them."""
    start = first
    while start <= last:
        month_end = date(start.year, start.month, monthrange(start.year, start.month)[1])
        yield start, min(month_end, last)
        start = month_end + timedelta(days=1)


# Month-sized groupings already read in this transaction, by (what, first day, last day): several periods over
# the same months (the county snapshots' quarters, half-year and year) read each month once.
MonthsRead = dict[tuple[str, date, date], list]


def _month_rows(months_read: MonthsRead | None, key: tuple[str, date, date], read: Callable[[], list]) -> list:
    if months_read is None:
        return read()
    if key not in months_read:
        months_read[key] = read()
    return months_read[key]


def services(
    session: Session, first: date, last: date, worker: str | None, months_read: MonthsRead | None = None
) -> list[tuple]:
    """(form, service types, is group, records, attended client-times, hours) of live records from ``first`` to
    ``last``; for a worker, only the records one of their clients attended, and only those clients counted.
    Grouped a month at a time and added up here: SQLite sorts a GROUP BY's rows in memory (temp_store=MEMORY,
    so no sort ever spills to a plaintext temp file), and a year's records at once held 33 MB at full scale."""
    totals: dict[tuple, list] = {}
    for start, end in _months(first, last):
        rows = _month_rows(
            months_read, ("services", start, end), lambda s=start, e=end: _services_of(session, s, e, worker)
        )
        for form, types, is_group, records, attended, hours in rows:
            total = totals.setdefault((form, types, is_group), [0, 0, None])
            total[0] += records
            total[1] += attended
            if hours is not None:
                total[2] = hours if total[2] is None else total[2] + hours
    return [(*key, *total) for key, total in totals.items()]


def _services_of(session: Session, first: date, last: date, worker: str | None) -> list[Row]:
    attended = and_(
        ServiceAttendee.service_id == ServiceRecord.id,
        ServiceAttendee.attended.is_(True),
        ServiceAttendee.deleted_at.is_(None),
    )
    if worker is not None:
        attended = and_(
            attended, ServiceAttendee.client_id.in_(select(Client.id).where(Client.responsible_worker_id == worker))
        )
    hours = (func.julianday(ServiceRecord.end_time) - func.julianday(ServiceRecord.start_time)) * 24
    # Each record's attendance counted where it is read (no grouping by record), the record's columns from
    # ix_service_record_live_figures.
    client_times = select(func.count()).where(attended).scalar_subquery()
    per_record = select(
        ServiceRecord.form.label("form"),
        ServiceRecord.service_types.label("types"),
        ServiceRecord.is_group.label("is_group"),
        hours.label("hours"),
        client_times.label("attended"),
    ).where(ServiceRecord.service_date.between(first, last), ServiceRecord.deleted_at.is_(None))
    if worker is not None:
        per_record = per_record.where(select(ServiceAttendee.id).where(attended).exists())
    r = per_record.subquery()
    return _rows(
        session,
        select(r.c.form, r.c.types, r.c.is_group, func.count(), func.sum(r.c.attended), func.sum(r.c.hours)).group_by(
            r.c.form, r.c.types, r.c.is_group
        ),
    )


def records_by_month(session: Session, first: date, last: date, worker: str | None) -> list[Row]:
    """("YYYY-MM", live records) from ``first`` to ``last`` (for a worker, the records one of their clients
    attended): read from the date index alone. The month is the stored ISO date's first seven characters (what
    strftime would give, without parsing each date)."""
    month = func.substr(ServiceRecord.service_date, 1, 7)
    statement = (
        select(month, func.count())
        .where(ServiceRecord.service_date.between(first, last), ServiceRecord.deleted_at.is_(None))
        .group_by(month)
    )
    if worker is not None:
        statement = statement.where(ServiceRecord.id.in_(_attended_by_clients_of(worker)))
    return _rows(session, statement)


def _attended_by_clients_of(worker: str) -> Select:
    """The ids of the live records that one of ``worker``'s clients attended."""
    return select(ServiceAttendee.service_id).where(
        ServiceAttendee.attended.is_(True),
        ServiceAttendee.deleted_at.is_(None),
        ServiceAttendee.client_id.in_(select(Client.id).where(Client.responsible_worker_id == worker)),
    )


def service_staff(
    session: Session, first: date, last: date, worker: str | None, months_read: MonthsRead | None = None
) -> list[tuple]:
    """(staff id, profession, records) of the staff on live records from ``first`` to ``last`` (for a worker, the
    records one of their clients attended): grouped a month at a time, as ``services``."""
    totals: Counter[tuple[str, str]] = Counter()
    for start, end in _months(first, last):
        rows = _month_rows(
            months_read, ("staff", start, end), lambda s=start, e=end: _service_staff_of(session, s, e, worker)
        )
        for staff_id, profession, records in rows:
            totals[staff_id, profession] += records
    return [(*key, records) for key, records in totals.items()]


def _service_staff_of(session: Session, first: date, last: date, worker: str | None) -> list[Row]:
    statement = (
        select(ServiceStaff.staff_id, Staff.profession, func.count())
        .join(ServiceRecord, ServiceRecord.id == ServiceStaff.service_id)
        .join(Staff, Staff.id == ServiceStaff.staff_id)
        .where(
            ServiceRecord.service_date.between(first, last),
            ServiceRecord.deleted_at.is_(None),
            ServiceStaff.deleted_at.is_(None),
        )
        .group_by(ServiceStaff.staff_id, Staff.profession)
    )
    if worker is not None:
        statement = statement.where(ServiceRecord.id.in_(_attended_by_clients_of(worker)))
    return _rows(session, statement)


def applications(session: Session, first: date, last: date, worker: str | None) -> list[Row]:
    """(client id, channel, application date) of live episodes applied for from ``first`` to ``last``."""
    statement = select(Episode.client_id, Episode.channel, Episode.application_date).where(
        Episode.application_date.between(first, last), Episode.deleted_at.is_(None)
    )
    return _rows(session, _mine(statement, Episode.client_id, worker))


def closings(session: Session, first: date, last: date, worker: str | None) -> list[Row]:
    """(client id, outcome, closed on) of episodes closed from ``first`` to ``last``."""
    statement = select(Episode.client_id, Episode.closing_outcome, Episode.closed_on).where(
        Episode.closed_on.between(first, last), Episode.deleted_at.is_(None)
    )
    return _rows(session, _mine(statement, Episode.client_id, worker))


def referrals(session: Session, first: date, last: date, worker: str | None) -> list[Row]:
    """(client id, direction, kind, date) of live referrals from ``first`` to ``last``."""
    statement = select(Referral.client_id, Referral.direction, Referral.kind, Referral.referral_date).where(
        Referral.referral_date.between(first, last), Referral.deleted_at.is_(None)
    )
    return _rows(session, _mine(statement, Referral.client_id, worker))


def drills(session: Session, first: date, last: date) -> list[Row]:
    """(scenario, drill date) of live drills from ``first`` to ``last``."""
    return list(
        session.execute(
            select(Drill.scenario, Drill.drill_date).where(
                Drill.drill_date.between(first, last), Drill.deleted_at.is_(None)
            )
        )
    )


def status_changes_between(session: Session, first: date, last: date, worker: str | None) -> list[Row]:
    """(client id, to status, changed on) of live clients' status changes from ``first`` to ``last``."""
    statement = (
        select(StatusChange.client_id, StatusChange.to_status, StatusChange.changed_on)
        .join(Client, Client.id == StatusChange.client_id)
        .where(
            StatusChange.changed_on.between(first, last),
            StatusChange.deleted_at.is_(None),
            Client.deleted_at.is_(None),
        )
    )
    return _rows(session, _mine(statement, StatusChange.client_id, worker))


def staff_names(session: Session, ids: list[str]) -> dict[str, str]:
    """Staff id → name."""
    found: dict[str, str] = {}
    for chunk in _chunks(ids):
        found.update(_rows(session, select(Staff.id, Staff.name).where(Staff.id.in_(chunk))))
    return found
