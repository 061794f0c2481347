"""Client look-ups: identity, duplicates, search keys, id lists for the paged table, rows by id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from rehabdesk.storage.schema import Client, ClientSearchKey, Guardian, Staff

SORTABLE = {
    "case_number": Client.case_number,
    "name": Client.name,
    "gender": Client.gender,
    "birth_date": Client.birth_date,
    "diagnosis": Client.diagnosis,
    "risk_level": Client.risk_level,
    "status": Client.status,
    "responsible_worker": Staff.name,
    "updated_at": Client.updated_at,
}

# Who a listed item is about: what the due lists show and filter by ("only my clients").
WHO_COLUMNS = (Client.id, Client.case_number, Client.name, Client.responsible_worker_id)


@dataclass(frozen=True)
class ClientFilter:
    statuses: frozenset[str] = frozenset()
    diagnoses: frozenset[str] = frozenset()
    risk_levels: frozenset[int] = frozenset()
    responsible_worker_id: str | None = None


def _live():
    return Client.deleted_at.is_(None)


def by_id(session: Session, client_id: str) -> Client | None:
    client = session.get(Client, client_id)
    return client if client is not None and client.deleted_at is None else None


def by_identity(session: Session, id_type: str, id_number: str) -> Client | None:
    return session.scalar(select(Client).where(Client.id_type == id_type, Client.id_number == id_number, _live()))


def case_numbers_of_identities(session: Session, identities: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Case numbers of the live clients holding any of these (id_type, id_number) pairs, in a few queries."""
    found: dict[tuple[str, str], str] = {}
    numbers = sorted({number for _, number in identities})
    wanted = set(identities)
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        statement = select(Client.id_type, Client.id_number, Client.case_number).where(
            Client.id_number.in_(chunk), _live()
        )
        for id_type, id_number, case_number in session.execute(statement):
            if (id_type, id_number) in wanted:
                found[(id_type, id_number)] = case_number
    return found


def by_name_and_birth(session: Session, name: str, birth_date: date) -> list[Client]:
    return list(session.scalars(select(Client).where(Client.name == name, Client.birth_date == birth_date, _live())))


def case_numbers_with_prefix(session: Session, prefix: str) -> list[str]:
    return list(session.scalars(select(Client.case_number).where(Client.case_number.like(prefix + "%"))))


def guardians_of(session: Session, client_id: str) -> list[Guardian]:
    return list(
        session.scalars(
            select(Guardian)
            .where(Guardian.client_id == client_id, Guardian.deleted_at.is_(None))
            .order_by(Guardian.position)
        )
    )


def replace_search_keys(session: Session, client_id: str, keys: set[str]) -> None:
    session.execute(delete(ClientSearchKey).where(ClientSearchKey.client_id == client_id))
    if keys:
        session.execute(insert(ClientSearchKey), [{"client_id": client_id, "key": key} for key in sorted(keys)])


def add_search_keys(session: Session, rows: list[dict[str, str]]) -> None:
    if rows:
        session.execute(insert(ClientSearchKey), rows)


def match_keys(session: Session, ranges: list[tuple[str, str]], limit: int) -> list[tuple[str, str]]:
    """(client_id, matched key) for keys inside any of the ranges; one index range scan per range, reading the
    index alone (deleted clients are dropped later, by ``rows``)."""
    matches: list[tuple[str, str]] = []
    for low, high in ranges:
        statement = (
            select(ClientSearchKey.client_id, ClientSearchKey.key)
            .where(ClientSearchKey.key >= low, ClientSearchKey.key < high)
            .limit(limit)
        )
        matches.extend((row.client_id, row.key) for row in session.execute(statement))
    return matches


def ids(session: Session, client_filter: ClientFilter, sort: str, descending: bool) -> list[str]:
    column = SORTABLE.get(sort, Client.case_number)
    statement = select(Client.id).outerjoin(Staff, Staff.id == Client.responsible_worker_id).where(_live())
    if client_filter.statuses:
        statement = statement.where(Client.status.in_(client_filter.statuses))
    if client_filter.diagnoses:
        statement = statement.where(Client.diagnosis.in_(client_filter.diagnoses))
    if client_filter.risk_levels:
        statement = statement.where(Client.risk_level.in_(client_filter.risk_levels))
    if client_filter.responsible_worker_id:
        statement = statement.where(Client.responsible_worker_id == client_filter.responsible_worker_id)
    order = column.desc() if descending else column.asc()
    return list(session.scalars(statement.order_by(order, Client.case_number)))


def rows(session: Session, client_ids: list[str]) -> list[tuple[Client, str | None]]:
    """The clients with these ids and their responsible worker's name, in the order of ``client_ids``."""
    if not client_ids:
        return []
    found = {
        client.id: (client, worker)
        for client, worker in session.execute(
            select(Client, Staff.name)
            .outerjoin(Staff, Staff.id == Client.responsible_worker_id)
            .where(Client.id.in_(client_ids), _live())
        )
    }
    return [found[client_id] for client_id in client_ids if client_id in found]


def by_case_number(session: Session, case_number: str) -> Client | None:
    return session.scalar(select(Client).where(Client.case_number == case_number, _live()))
