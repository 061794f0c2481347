"""Excel exports of the lists staff keep by hand otherwise: the client list as filtered on screen, and the service
records of a period. Written by the one table writer (text never a formula); every export is audited, and full ID
numbers leave the program only for coordinators and admins."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rehabdesk.documents.table_writer import Sheet, write_xlsx
from rehabdesk.domain import clock
from rehabdesk.domain.clients import age_on, mask_id_number
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Permission, Role
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import clients as client_repository
from rehabdesk.storage.repositories import service_records as service_repository

_CHUNK = 500  # ids per IN (...) query, well under SQLite's limit on bound variables
_MAX_DAYS = 3 * 366  # a period longer than three years is a typing mistake, not a report


@dataclass(frozen=True)
class Wording:
    """What the sheet says, in the language of the person exporting (the UI translates it): the sheet's title, lines
    above the header (what, when, the filter), the column headings and, per column, the words for stored codes."""

    title: str
    notes: Sequence[str]
    header: Sequence[str]
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def word(self, column: str, code: str) -> str:
        return self.labels.get(column, {}).get(code, code)


def may_export_unmasked(ctx: StationContext) -> bool:
    return bool(ctx.actor.roles & {Role.COORDINATOR, Role.ADMIN})


def _write(target: Path, wording: Wording, rows: list[list[object]]) -> None:
    try:
        write_xlsx(Path(target), [Sheet(wording.title, wording.header, rows, notes=wording.notes)])
    except OSError as error:
        raise DomainError("export_unwritable", path=str(target)) from error


def _chunks(ids: Sequence[str]) -> list[list[str]]:
    return [list(ids[start : start + _CHUNK]) for start in range(0, len(ids), _CHUNK)]


@service(Permission.VIEW_RECORDS, mutating=True)
def export_client_list(
    ctx: StationContext, client_ids: Sequence[str], target: Path, wording: Wording, *, unmasked: bool = False
) -> int:
    """The clients in the order shown, with the columns of the list: case number, name, gender, age, ID number
    (masked unless ``unmasked``), status, responsible worker. Returns the number of rows."""
    if unmasked and not may_export_unmasked(ctx):
        raise DomainError("export_unmasked_refused")
    today = clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        rows = []
        for chunk in _chunks(client_ids):
            for client, worker in client_repository.rows(uow.session, chunk):
                rows.append(
                    [
                        client.case_number,
                        client.name,
                        wording.word("gender", client.gender),
                        age_on(client.birth_date, today),
                        client.id_number if unmasked else mask_id_number(client.id_number),
                        wording.word("status", client.status),
                        worker or "",
                    ]
                )
        _write(target, wording, rows)
        what = "client_list_unmasked" if unmasked else "client_list"
        uow.audit("export", detail={"what": what, "rows": len(rows)})
        uow.commit()
    return len(rows)


@service(Permission.VIEW_RECORDS, mutating=True)
def export_services(ctx: StationContext, first: date, last: date, target: Path, wording: Wording) -> int:
    """Every live service record from ``first`` to ``last``, oldest first: date, time, form, service types, who came,
    who was absent, how many came, staff, what was done. Returns the number of records."""
    if last < first:
        raise DomainError("export_period_reversed")
    if (last - first).days > _MAX_DAYS:
        raise DomainError("export_period_too_long")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        records = service_repository.between(uow.session, first, last)
        came: dict[str, list[str]] = {}
        absent: dict[str, list[str]] = {}
        workers: dict[str, list[str]] = {}
        for chunk in _chunks([record.id for record in records]):
            for service_id, _client_id, name, attended in service_repository.attendee_names(uow.session, chunk):
                (came if attended else absent).setdefault(service_id, []).append(name)
            for service_id, name in service_repository.staff_names(uow.session, chunk):
                workers.setdefault(service_id, []).append(name)
        rows = [
            [
                record.service_date,
                f"{record.start_time:%H:%M}–{record.end_time:%H:%M}",
                wording.word("form", record.form),
                "、".join(wording.word("service_type", kind) for kind in filter(None, record.service_types.split(","))),
                "、".join(came.get(record.id, ())),
                "、".join(absent.get(record.id, ())),
                len(came.get(record.id, ())),
                "、".join(workers.get(record.id, ())),
                record.content,
            ]
            for record in records
        ]
        _write(target, wording, rows)
        period = {"from": first.isoformat(), "to": last.isoformat()}
        uow.audit("export", detail={"what": "service_records", **period, "rows": len(rows)})
        uow.commit()
    return len(rows)
