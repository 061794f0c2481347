"""Staff training (培训记录): courses with their attendees, and compliance with the yearly requirement.

Coordinators and admins record and correct training for anyone; a worker sees only their own and may record their
own attendance (a course they went to)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rehabdesk.domain import clock
from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.people import RelevantDegree, parse_choice
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.text import clean_line
from rehabdesk.domain.training import (
    MAX_TITLE,
    RELEVANT_DEGREE_TARGET_PERCENT,
    Compliance,
    TrainingType,
    check_course,
    compliance_from_totals,
    counts_by_default,
    format_hours,
    parse_hours,
    share_percent,
)
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.scans import ScanInfo, scan_infos
from rehabdesk.services.settings import read_settings
from rehabdesk.storage.repositories import accounts as account_repository
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.repositories import training as repository
from rehabdesk.storage.schema import TrainingAttendance, TrainingCourse
from rehabdesk.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Attendee:
    staff_id: str
    certificate_number: str = ""


@dataclass(frozen=True)
class TrainingInput:
    title: str
    kind: str
    start_date: str | date
    end_date: str | date
    hours: str
    attendees: tuple[Attendee, ...]
    provider: str = ""
    counts: bool | None = None  # None: as the kind has it (安全应急 does not count, the others do)


@dataclass(frozen=True)
class ValidTraining:
    title: str
    kind: TrainingType
    provider: str
    start_date: date
    end_date: date
    minutes: int
    counts: bool
    attendees: tuple[Attendee, ...]


@dataclass(frozen=True)
class CourseInfo:
    id: str
    title: str
    kind: str
    provider: str
    start_date: date
    end_date: date
    minutes: int
    counts: bool
    attendee_count: int
    certificate_number: str = ""  # for one worker's list
    files: tuple[ScanInfo, ...] = ()  # certificates attached


@dataclass(frozen=True)
class WorkerStatus:
    staff_id: str
    staff_number: str
    name: str
    profession: str
    relevant_degree: str
    start_date: date
    end_date: date | None
    compliance: Compliance


@dataclass(frozen=True)
class TrainingOverview:
    year: int
    annual_hours: int
    workers: tuple[WorkerStatus, ...]
    everyone: bool  # False: a worker looking at their own record only

    @property
    def direct_service(self) -> list[WorkerStatus]:
        return [w for w in self.workers if w.compliance.direct_service]

    @property
    def compliant_count(self) -> int:
        return sum(1 for w in self.direct_service if w.compliance.compliant)

    @property
    def assessors(self) -> list[WorkerStatus]:
        return [w for w in self.workers if w.compliance.assessor]

    @property
    def assessors_trained(self) -> int:
        return sum(1 for w in self.assessors if w.compliance.assessor_trained)

    @property
    def relevant_degree_count(self) -> int:
        return sum(1 for w in self.workers if w.relevant_degree != RelevantDegree.NONE)

    @property
    def relevant_degree_percent(self) -> int:
        return share_percent(self.relevant_degree_count, len(self.workers))

    @property
    def relevant_degree_met(self) -> bool:
        return self.relevant_degree_percent >= RELEVANT_DEGREE_TARGET_PERCENT


def validate_training(data: TrainingInput, *, today: date) -> ValidTraining:
    title = clean_line(data.title, "title", MAX_TITLE, required=True)
    provider = clean_line(data.provider, "provider", MAX_TITLE)
    kind = parse_choice(TrainingType, data.kind, "kind")
    start = parse_date(data.start_date, field="start_date", today=today, not_future=True)
    end = parse_date(data.end_date, field="end_date", today=today, not_future=True)
    minutes = parse_hours(data.hours)
    check_course(start, end, minutes)
    if not data.attendees:
        raise ValidationError("attendees_required", "attendees")
    if len({a.staff_id for a in data.attendees}) != len(data.attendees):
        raise ValidationError("attendee_twice", "attendees")
    certificates = [
        clean_line(a.certificate_number, f"attendees.{index}.certificate_number", 50)
        for index, a in enumerate(data.attendees)
    ]
    counts = counts_by_default(kind) if data.counts is None else data.counts
    attendees = tuple(Attendee(a.staff_id, n) for a, n in zip(data.attendees, certificates, strict=True))
    return ValidTraining(title, kind, provider, start, end, minutes, counts, attendees)


def _check_attendees(uow: UnitOfWork, valid: ValidTraining) -> None:
    for index, attendee in enumerate(valid.attendees):
        member = staff_repository.by_id(uow.session, attendee.staff_id)
        if member is None:
            raise ValidationError("staff_unknown", f"attendees.{index}")
        if valid.end_date < member.start_date or (member.end_date and valid.start_date > member.end_date):
            raise ValidationError("training_outside_employment", f"attendees.{index}", name=member.name)


def add_course(uow: UnitOfWork, valid: ValidTraining) -> TrainingCourse:
    """One course and its attendances, in the caller's unit of work (the import adds many in one)."""
    _check_attendees(uow, valid)
    course = TrainingCourse(
        title=valid.title,
        kind=valid.kind.value,
        provider=valid.provider,
        start_date=valid.start_date,
        end_date=valid.end_date,
        minutes=valid.minutes,
        counts=valid.counts,
    )
    uow.session.add(course)
    uow.session.flush()
    uow.session.add_all(
        TrainingAttendance(course_id=course.id, staff_id=a.staff_id, certificate_number=a.certificate_number)
        for a in valid.attendees
    )
    return course


def own_staff_id(uow: UnitOfWork, ctx: StationContext) -> str | None:
    account = account_repository.by_id(uow.session, ctx.actor.account_id) if ctx.actor.account_id else None
    return account.staff_id if account else None


@service(Permission.MANAGE_TRAINING, mutating=True)
def record_training(ctx: StationContext, data: TrainingInput, *, today: date | None = None) -> str:
    valid = validate_training(data, today=today or clock.today())
    with ctx.store.unit_of_work(ctx.actor) as uow:
        course = add_course(uow, valid)
        uow.audit(
            "create",
            entity_type="training_course",
            entity_id=course.id,
            detail={"attendees": len(valid.attendees), "kind": valid.kind.value},
        )
        uow.commit()
        return course.id


@service(Permission.RECORD_SERVICES, mutating=True)
def record_own_training(ctx: StationContext, data: TrainingInput, *, today: date | None = None) -> str:
    """A worker records a course they attended themselves; only themselves as the attendee."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        own = own_staff_id(uow, ctx)
        if own is None:
            raise DomainError("account_without_staff")
        if [a.staff_id for a in data.attendees] != [own]:
            raise ValidationError("own_training_only", "attendees")
        valid = validate_training(data, today=today or clock.today())
        course = add_course(uow, valid)
        uow.audit("create", entity_type="training_course", entity_id=course.id, detail={"own": True})
        uow.commit()
        return course.id


@service(Permission.MANAGE_TRAINING, mutating=True)
def update_training(ctx: StationContext, course_id: str, data: TrainingInput, *, today: date | None = None) -> None:
    valid = validate_training(data, today=today or clock.today())
    with ctx.store.unit_of_work(ctx.actor) as uow:
        course = repository.course(uow.session, course_id)
        if course is None:
            raise DomainError("training_not_found")
        _check_attendees(uow, valid)
        course.title, course.kind, course.provider = valid.title, valid.kind.value, valid.provider
        course.start_date, course.end_date = valid.start_date, valid.end_date
        course.minutes, course.counts = valid.minutes, valid.counts
        # A worker taken off the list keeps a tombstone, and gets the same row back if put on again.
        current = {row.staff_id: row for row in repository.attendance(uow.session, course.id, include_deleted=True)}
        wanted = {a.staff_id: a for a in valid.attendees}
        for staff_id, row in current.items():
            if staff_id in wanted:
                row.certificate_number = wanted[staff_id].certificate_number
                uow.restore(row)
            elif row.deleted_at is None:
                uow.soft_delete(row)
        uow.session.add_all(
            TrainingAttendance(course_id=course.id, staff_id=a.staff_id, certificate_number=a.certificate_number)
            for staff_id, a in wanted.items()
            if staff_id not in current
        )
        uow.audit("update", entity_type="training_course", entity_id=course.id)
        uow.commit()


@service(Permission.MANAGE_TRAINING, mutating=True)
def delete_training(ctx: StationContext, course_id: str) -> None:
    """Soft delete: the course leaves every total but stays in the database and the audit log."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        course = repository.course(uow.session, course_id)
        if course is None:
            raise DomainError("training_not_found")
        uow.soft_delete(course)
        uow.audit("delete", entity_type="training_course", entity_id=course.id)
        uow.commit()


@service(Permission.MANAGE_TRAINING, mutating=False)
def get_training(ctx: StationContext, course_id: str) -> TrainingInput:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        course = repository.course(uow.session, course_id)
        if course is None:
            raise DomainError("training_not_found")
        return TrainingInput(
            title=course.title,
            kind=course.kind,
            start_date=course.start_date,
            end_date=course.end_date,
            hours=format_hours(course.minutes),
            attendees=tuple(
                Attendee(row.staff_id, row.certificate_number) for row in repository.attendance(uow.session, course.id)
            ),
            provider=course.provider,
            counts=course.counts,
        )


@service(Permission.MANAGE_TRAINING, mutating=False)
def courses_in_year(ctx: StationContext, year: int) -> list[CourseInfo]:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        courses = repository.courses_in_year(uow.session, year)
        counts = repository.attendee_counts(uow.session, [c.id for c in courses])
        return [_course_info(uow, c, counts.get(c.id, 0)) for c in courses]


def _course_info(uow: UnitOfWork, course: TrainingCourse, attendees: int, certificate: str = "") -> CourseInfo:
    return CourseInfo(
        course.id,
        course.title,
        course.kind,
        course.provider,
        course.start_date,
        course.end_date,
        course.minutes,
        course.counts,
        attendees,
        certificate,
        scan_infos(uow, "training_course", course.id),
    )


def may_see_worker(uow: UnitOfWork, ctx: StationContext, staff_id: str) -> bool:
    return ctx.actor.may(Permission.MANAGE_TRAINING) or own_staff_id(uow, ctx) == staff_id


@service(None, mutating=False)
def worker_courses(ctx: StationContext, staff_id: str, year: int | None = None) -> list[CourseInfo]:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        if not may_see_worker(uow, ctx, staff_id):
            raise DomainError("own_training_only")
        return [
            _course_info(uow, c, 1, certificate)
            for c, certificate in repository.courses_of(uow.session, staff_id, year)
        ]


def overview_in(uow: UnitOfWork, ctx: StationContext, year: int, today: date, annual_hours: int) -> TrainingOverview:
    everyone = ctx.actor.may(Permission.MANAGE_TRAINING)
    own = None if everyone else own_staff_id(uow, ctx)
    totals = repository.yearly_totals(uow.session, year, today)
    workers = []
    for member in repository.staff_employed_in(uow.session, year):
        if not everyone and member.id != own:
            continue
        counted, other, trained = totals.get(member.id, (0, 0, False))
        workers.append(
            WorkerStatus(
                member.id,
                member.staff_number,
                member.name,
                member.profession,
                member.relevant_degree,
                member.start_date,
                member.end_date,
                compliance_from_totals(
                    year,
                    start=member.start_date,
                    end=member.end_date,
                    direct_service=member.direct_service,
                    assessor=member.assessor,
                    counted_minutes=counted,
                    other_minutes=other,
                    assessor_trained=trained,
                    today=today,
                    annual_hours=annual_hours,
                ),
            )
        )
    return TrainingOverview(year, annual_hours, tuple(workers), everyone)


@service(None, mutating=False)
def training_overview(ctx: StationContext, year: int, *, today: date | None = None) -> TrainingOverview:
    """Everyone employed in ``year`` for coordinators and admins; a worker's own line for anyone else."""
    today = today or clock.today()
    annual_hours = read_settings(ctx).training_annual_hours
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return overview_in(uow, ctx, year, today, annual_hours)


@service(None, mutating=False)
def safety_courses(ctx: StationContext, year: int) -> list[CourseInfo]:
    """Safety and emergency training sessions of ``year``: training records that the Safety page lists too."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        courses = [c for c in repository.courses_in_year(uow.session, year) if c.kind == TrainingType.SAFETY]
        counts = repository.attendee_counts(uow.session, [c.id for c in courses])
        return [_course_info(uow, c, counts.get(c.id, 0)) for c in courses]
