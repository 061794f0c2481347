"""Client files: register, edit, open (an audited view), reveal a masked field (audited), search, list, import."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from rehabdesk.domain import clock, names
from rehabdesk.domain.clients import (
    ClientInput,
    GuardianInput,
    ValidClient,
    age_on,
    mask_id_number,
    validate_client,
)
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.people import ClientStatus
from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.domain.roles import Permission
from rehabdesk.services.context import StationContext
from rehabdesk.services.episodes import open_episode
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import clients as repository
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.repositories import station as station_repository
from rehabdesk.storage.repositories.clients import ClientFilter
from rehabdesk.storage.schema import Client, Guardian
from rehabdesk.storage.schema.base import new_id, utc_now
from rehabdesk.storage.unit_of_work import UnitOfWork

ALL_CLIENTS = ClientFilter()
SENSITIVE_FIELDS = ("id_number", "diagnosis", "risk_level", "medication_adherence")
_GUARDIAN_FIELDS = tuple(f.name for f in fields(GuardianInput))


@dataclass(frozen=True)
class Registered:
    client_id: str
    case_number: str
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class ClientSummary:
    """A list row: nothing sensitive in it (ID masked; diagnosis and risk only through ``reveal``)."""

    id: str
    case_number: str
    name: str
    gender: str
    age: int
    masked_id: str
    status: str
    responsible_worker: str


@dataclass(frozen=True)
class ClientDetail:
    id: str
    version: int
    data: ClientInput
    status: str
    masked_id: str


def _search_keys(client: Client) -> set[str]:
    return names.name_keys(client.name) | names.digit_keys(client.id_number, client.phone, client.case_number)


class _CaseNumbers:
    """Hands out station code, year and a running number: TS01-2026-00042. Reads the highest number once, so a
    large import does not rescan the existing numbers for every row."""

    def __init__(self, uow: UnitOfWork, today: date) -> None:
        code = station_repository.the_station(uow.session).code
        self._prefix = f"{code}-{today.year}-"
        existing = repository.case_numbers_with_prefix(uow.session, self._prefix)
        tails = (number[len(self._prefix) :] for number in existing)
        self._highest = max((int(tail) for tail in tails if tail.isdigit()), default=0)

    def next(self) -> str:
        self._highest += 1
        return f"{self._prefix}{self._highest:05d}"


def _check_duplicates(uow: UnitOfWork, valid: ValidClient, *, confirm_similar: bool, exclude: str | None) -> None:
    same_id = repository.by_identity(uow.session, valid.id_type.value, valid.id_number)
    if same_id is not None and same_id.id != exclude:
        raise DomainError("client_duplicate_id", client_id=same_id.id, case_number=same_id.case_number)
    if not confirm_similar:
        similar = [
            c for c in repository.by_name_and_birth(uow.session, valid.name, valid.birth_date) if c.id != exclude
        ]
        if similar:
            raise DomainError("client_possibly_duplicate", client_id=similar[0].id, case_number=similar[0].case_number)


def _apply(client: Client, valid: ValidClient) -> None:
    for name in (
        "name",
        "id_number",
        "birth_date",
        "ethnicity",
        "phone",
        "household_registration",
        "county_code",
        "current_address",
        "living_situation",
        "diagnosing_hospital",
        "onset_date",
        "in_health_management",
        "risk_level",
        "disability_level",
        "low_income",
        "extreme_poverty",
        "responsible_worker_id",
    ):
        setattr(client, name, getattr(valid, name))
    for name in (
        "gender",
        "id_type",
        "diagnosis",
        "illness_status",
        "medication_adherence",
        "legal_capacity",
        "channel",
    ):
        setattr(client, name, getattr(valid, name).value)


def _write_guardians(uow: UnitOfWork, client_id: str, guardians: tuple[GuardianInput, ...]) -> None:
    # Old contacts are kept as tombstones: the sync bundle and the history need to see they were removed.
    for old in repository.guardians_of(uow.session, client_id):
        uow.soft_delete(old)
    for position, guardian in enumerate(guardians):
        uow.session.add(Guardian(client_id=client_id, position=position, **guardian.__dict__))


def _check_worker(uow: UnitOfWork, valid: ValidClient) -> None:
    if valid.responsible_worker_id and staff_repository.by_id(uow.session, valid.responsible_worker_id) is None:
        raise ValidationError("choice_invalid", "responsible_worker_id")


@service(Permission.RECORD_SERVICES, mutating=True)
def register_client(
    ctx: StationContext, data: ClientInput, *, confirm_similar: bool = False, today: date | None = None
) -> Registered:
    """A new client file. A second client with the same ID number is refused (naming the existing file); the same
    name and birth date must be confirmed as a different person (``confirm_similar``)."""
    day = today or clock.today()
    valid = validate_client(data, today=day)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        _check_duplicates(uow, valid, confirm_similar=confirm_similar, exclude=None)
        _check_worker(uow, valid)
        case_number = valid.case_number or _CaseNumbers(uow, day).next()
        if case_number in repository.case_numbers_with_prefix(uow.session, case_number):
            raise ValidationError("case_number_taken", "case_number")
        client = Client(case_number=case_number, status=ClientStatus.REGISTERED.value)
        _apply(client, valid)
        uow.session.add(client)
        uow.session.flush()
        _write_guardians(uow, client.id, valid.guardians)
        repository.replace_search_keys(uow.session, client.id, _search_keys(client))
        open_episode(uow, client, 1, day, registered=True)
        uow.audit("create", entity_type="client", entity_id=client.id)
        uow.commit()
        return Registered(client.id, case_number, valid.warnings)


def _input_of(client: Client, guardians: list[Guardian]) -> ClientInput:
    return ClientInput(
        name=client.name,
        diagnosis=client.diagnosis,
        id_number=client.id_number,
        id_type=client.id_type,
        gender=client.gender,
        birth_date=client.birth_date,
        case_number=client.case_number,
        ethnicity=client.ethnicity,
        phone=client.phone,
        household_registration=client.household_registration,
        county_code=client.county_code,
        current_address=client.current_address,
        living_situation=client.living_situation,
        diagnosing_hospital=client.diagnosing_hospital,
        onset_date=client.onset_date or "",
        in_health_management=client.in_health_management,
        illness_status=client.illness_status,
        risk_level=client.risk_level,
        medication_adherence=client.medication_adherence,
        disability_level=client.disability_level,
        low_income=client.low_income,
        extreme_poverty=client.extreme_poverty,
        legal_capacity=client.legal_capacity,
        responsible_worker_id=client.responsible_worker_id,
        channel=client.channel,
        guardians=tuple(GuardianInput(**{f: getattr(g, f) for f in _GUARDIAN_FIELDS}) for g in guardians),
    )


def _client(uow: UnitOfWork, client_id: str) -> Client:
    client = repository.by_id(uow.session, client_id)
    if client is None:
        raise DomainError("client_not_found")
    return client


@service(Permission.RECORD_SERVICES, mutating=True)
def update_client(
    ctx: StationContext,
    client_id: str,
    data: ClientInput,
    *,
    expected_version: int,
    confirm_similar: bool = False,
    today: date | None = None,
) -> tuple[str, ...]:
    """Save an edited file; refused when someone else saved it since it was opened (``expected_version``)."""
    valid = validate_client(data, today=today or clock.today())
    with ctx.store.unit_of_work(ctx.actor) as uow:
        client = _client(uow, client_id)
        if client.version != expected_version:
            raise DomainError("client_changed_meanwhile")
        _check_duplicates(uow, valid, confirm_similar=confirm_similar, exclude=client.id)
        _check_worker(uow, valid)
        if valid.case_number and valid.case_number != client.case_number:
            raise ValidationError("case_number_fixed", "case_number")
        changed = [f for f in ("name", "phone", "diagnosis", "risk_level") if getattr(client, f) != getattr(valid, f)]
        _apply(client, valid)
        client.updated_at = utc_now()  # the file's version moves even when only its contacts changed
        _write_guardians(uow, client.id, valid.guardians)
        repository.replace_search_keys(uow.session, client.id, _search_keys(client))
        uow.audit("update", entity_type="client", entity_id=client.id, detail={"fields": sorted(changed)})
        uow.commit()
        return valid.warnings


@service(Permission.VIEW_RECORDS, mutating=True)
def open_client(ctx: StationContext, client_id: str) -> ClientDetail:
    """Everything in the file, for the person who opened it; the opening is an audited view."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        client = _client(uow, client_id)
        detail = ClientDetail(
            client.id,
            client.version,
            _input_of(client, repository.guardians_of(uow.session, client.id)),
            client.status,
            mask_id_number(client.id_number),
        )
        uow.audit("view", entity_type="client", entity_id=client.id)
        uow.commit()
        return detail


@service(Permission.VIEW_RECORDS, mutating=True)
def reveal(ctx: StationContext, client_id: str, field: str) -> str:
    """A masked field shown in the clear, on purpose, and audited with the field's name (never its value)."""
    if field not in SENSITIVE_FIELDS:
        raise ValueError(f"{field} is not a masked field")
    with ctx.store.unit_of_work(ctx.actor) as uow:
        client = _client(uow, client_id)
        uow.audit("reveal", entity_type="client", entity_id=client.id, detail={"field": field})
        uow.commit()
        return str(getattr(client, field))


def _summary(client: Client, worker: str | None, today: date) -> ClientSummary:
    return ClientSummary(
        client.id,
        client.case_number,
        client.name,
        client.gender,
        age_on(client.birth_date, today),
        mask_id_number(client.id_number),
        client.status,
        worker or "",
    )


@service(Permission.VIEW_RECORDS, mutating=False)
def search_clients(ctx: StationContext, query: str, *, limit: int = 50) -> list[ClientSummary]:
    """Name, pinyin, initials, the last 4+ digits of the ID number or phone, case number; best matches first."""
    query_keys = names.query_keys(query)
    if not query_keys:
        return []
    today = clock.today()
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        ranges = [names.key_range(key) for key in query_keys]
        # Rank on the keys alone and fetch rows only for the best few: a two-letter query matches thousands.
        best: dict[str, tuple[int, int, str]] = {}
        for client_id, matched in repository.match_keys(uow.session, ranges, limit * 5):
            query_key = next(key for key in query_keys if matched.startswith(key))
            order = (*names.rank(query_key, matched), matched)
            if client_id not in best or order < best[client_id]:
                best[client_id] = order
        top = sorted(best, key=best.__getitem__)[:limit]
        return [_summary(client, worker, today) for client, worker in repository.rows(uow.session, top)]


@service(Permission.VIEW_RECORDS, mutating=False)
def client_ids(
    ctx: StationContext,
    client_filter: ClientFilter = ALL_CLIENTS,
    *,
    sort: str = "case_number",
    descending: bool = False,
) -> list[str]:
    """Only ids: the client list holds these and fetches rows a page at a time."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return repository.ids(uow.session, client_filter, sort, descending)


@service(Permission.VIEW_RECORDS, mutating=False)
def client_summaries(ctx: StationContext, ids: list[str]) -> list[ClientSummary]:
    today = clock.today()
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return [_summary(client, worker, today) for client, worker in repository.rows(uow.session, ids)]


@dataclass(frozen=True)
class RowProblem:
    row: int  # 1-based, as a spreadsheet shows it
    field: str
    code: str
    params: dict


def check_import_rows(
    uow: UnitOfWork, rows: list[ClientInput], today: date
) -> tuple[list[ValidClient], list[RowProblem]]:
    """Every row with the form's rules, against the station and against the other rows."""
    checked: list[tuple[int, ValidClient]] = []
    problems: list[RowProblem] = []
    seen_ids: dict[tuple[str, str], int] = {}
    for number, row in enumerate(rows, start=1):
        try:
            valid = validate_client(row, today=today)
        except ValidationError as error:
            problems.append(RowProblem(number, error.field, error.code, error.params))
            continue
        identity = (valid.id_type.value, valid.id_number)
        if identity in seen_ids:
            problems.append(RowProblem(number, "id_number", "import_duplicate_in_file", {"row": seen_ids[identity]}))
            continue
        seen_ids[identity] = number
        checked.append((number, valid))
    registered = repository.case_numbers_of_identities(uow.session, list(seen_ids))
    valid_rows = []
    for number, valid in checked:
        existing = registered.get((valid.id_type.value, valid.id_number))
        if existing is not None:
            problems.append(RowProblem(number, "id_number", "client_duplicate_id", {"case_number": existing}))
        else:
            valid_rows.append(valid)
    problems.sort(key=lambda problem: problem.row)
    return valid_rows, problems


@service(Permission.RECORD_SERVICES, mutating=False)
def preview_import(ctx: StationContext, rows: list[ClientInput], *, today: date | None = None) -> list[RowProblem]:
    """What importing would refuse, row by row; writes nothing."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return check_import_rows(uow, rows, today or clock.today())[1]


@service(Permission.RECORD_SERVICES, mutating=True)
def import_clients(
    ctx: StationContext, rows: list[ClientInput], *, today: date | None = None, progress: Progress = NULL_PROGRESS
) -> int:
    """All rows in one transaction, or none: any problem, a cancel or a failure leaves nothing behind."""
    day = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        valid_rows, problems = check_import_rows(uow, rows, day)
        if problems:
            raise DomainError("import_has_problems", rows=len({p.row for p in problems}))
        case_numbers = _CaseNumbers(uow, day)
        key_rows: list[dict[str, str]] = []
        total = len(valid_rows)
        for done, valid in enumerate(valid_rows, start=1):
            case_number = valid.case_number or case_numbers.next()
            # The id is set here, not at flush, so rows can be flushed in batches.
            client = Client(id=new_id(), case_number=case_number, status=ClientStatus.REGISTERED.value)
            _apply(client, valid)
            uow.session.add(client)
            open_episode(uow, client, 1, day, registered=True)
            for position, guardian in enumerate(valid.guardians):
                uow.session.add(Guardian(client_id=client.id, position=position, **guardian.__dict__))
            key_rows += [{"client_id": client.id, "key": key} for key in _search_keys(client)]
            if done % 500 == 0 or done == total:
                uow.session.flush()
                repository.add_search_keys(uow.session, key_rows)
                key_rows = []
            if done % 25 == 0 or done == total:  # often enough for a Cancel to be felt in a small file
                progress.step(done, total)
        uow.audit("import", entity_type="client", detail={"rows": total})
        uow.commit()
        return total
