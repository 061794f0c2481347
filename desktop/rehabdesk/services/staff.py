"""The staff register (工作人员). Accounts belong to staff members; the training issue builds on this."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from rehabdesk.domain import clock
from rehabdesk.domain.contact import parse_date
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.roles import Permission, Role, parse_roles
from rehabdesk.domain.staff import StaffInput, ValidStaff, validate_staff
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.storage.repositories import accounts as account_repository
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.schema import Staff
from rehabdesk.storage.unit_of_work import UnitOfWork

_FIELDS = tuple(f.name for f in fields(ValidStaff))


@dataclass(frozen=True)
class StaffInfo:
    id: str
    staff_number: str
    name: str
    profession: str
    direct_service: bool
    assessor: bool
    active: bool


def _info(staff: Staff, today: date) -> StaffInfo:
    active = staff.end_date is None or staff.end_date >= today
    return StaffInfo(
        staff.id, staff.staff_number, staff.name, staff.profession, staff.direct_service, staff.assessor, active
    )


@service(Permission.MANAGE_ACCOUNTS, mutating=True)
def register_staff(ctx: StationContext, data: StaffInput, *, today: date | None = None) -> str:
    valid = validate_staff(data, today=today or clock.today())
    with ctx.store.unit_of_work(ctx.actor) as uow:
        if staff_repository.by_number(uow.session, valid.staff_number) is not None:
            raise ValidationError("staff_number_taken", "staff_number")
        staff = Staff(**{name: getattr(valid, name) for name in _FIELDS})
        uow.session.add(staff)
        uow.session.flush()
        uow.audit("create", entity_type="staff", entity_id=staff.id)
        uow.commit()
        return staff.id


@service(Permission.MANAGE_ACCOUNTS, mutating=True)
def update_staff(ctx: StationContext, staff_id: str, data: StaffInput, *, today: date | None = None) -> None:
    valid = validate_staff(data, today=today or clock.today())
    with ctx.store.unit_of_work(ctx.actor) as uow:
        staff = staff_repository.by_id(uow.session, staff_id)
        if staff is None:
            raise DomainError("staff_not_found")
        other = staff_repository.by_number(uow.session, valid.staff_number)
        if other is not None and other.id != staff_id:
            raise ValidationError("staff_number_taken", "staff_number")
        changed = [name for name in _FIELDS if getattr(staff, name) != getattr(valid, name)]
        for name in changed:
            setattr(staff, name, getattr(valid, name))
        uow.audit("update", entity_type="staff", entity_id=staff.id, detail={"fields": changed})
        uow.commit()


@service(None, mutating=False)
def list_staff(ctx: StationContext, *, include_former: bool = False) -> list[StaffInfo]:
    """Every account may list who works here: admins keep the register, everyone picks colleagues in forms."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return _staff_in(uow, include_former)


@service(None, mutating=False)
def staff_to_choose(ctx: StationContext) -> tuple[list[StaffInfo], str | None]:
    """The staff working here and the signed-in account's own, in one read: what a form's "given by" offers, with
    the account's own worker chosen first."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return _staff_in(uow, False), _own_in(uow, ctx)


def _staff_in(uow: UnitOfWork, include_former: bool) -> list[StaffInfo]:
    today = clock.today()
    rows = staff_repository.all_staff(uow.session)
    return [info for info in (_info(staff, today) for staff in rows) if include_former or info.active]


@service(Permission.MANAGE_ACCOUNTS, mutating=False)
def get_staff(ctx: StationContext, staff_id: str) -> StaffInput:
    """A staff member's record as the edit form holds it."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        member = staff_repository.by_id(uow.session, staff_id)
        if member is None:
            raise DomainError("staff_not_found")
        return StaffInput(
            staff_number=member.staff_number,
            name=member.name,
            gender=member.gender,
            profession=member.profession,
            employment_type=member.employment_type,
            start_date=member.start_date,
            phone=member.phone,
            qualification=member.qualification,
            certificate_number=member.certificate_number,
            relevant_degree=member.relevant_degree,
            direct_service=member.direct_service,
            assessor=member.assessor,
            end_date=member.end_date or "",
        )


@service(Permission.MANAGE_ACCOUNTS, mutating=True)
def record_leaving(ctx: StationContext, staff_id: str, end_date: str | date, *, today: date | None = None) -> int:
    """A worker leaves: the end date is set, every account of theirs is disabled and its key slot removed, in one
    step. Their records stay attributed to them. Returns how many accounts were closed."""
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        member = staff_repository.by_id(uow.session, staff_id)
        if member is None:
            raise DomainError("staff_not_found")
        end = parse_date(end_date, field="end_date", today=today, not_before=member.start_date)
        closing = [a for a in account_repository.of_staff(uow.session, staff_id) if not a.disabled]
        if any(account.id == ctx.actor.account_id for account in closing):
            raise DomainError("cannot_disable_self")
        remaining_admins = [
            a
            for a in account_repository.all_accounts(uow.session)
            if not a.disabled and Role.ADMIN in parse_roles(a.roles) and a not in closing
        ]
        if not remaining_admins:
            raise DomainError("last_admin")
        member.end_date = end
        for account in closing:
            account.disabled = True
        if closing:
            ids = [account.id for account in closing]
            ctx.store.update_slot_file(
                uow.session,
                lambda current: current.next_generation(
                    slots=tuple(slot for slot in current.slots if slot.account_id not in ids)
                ),
            )
        uow.audit(
            "staff_leaving",
            entity_type="staff",
            entity_id=member.id,
            detail={"accounts_closed": len(closing)},
        )
        uow.commit()
        return len(closing)


@service(None, mutating=False)
def own_staff_id(ctx: StationContext) -> str | None:
    """The staff member the signed-in account belongs to (None for an account of no one), for "given by me"."""
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        return _own_in(uow, ctx)


def _own_in(uow: UnitOfWork, ctx: StationContext) -> str | None:
    account = account_repository.by_id(uow.session, ctx.actor.account_id) if ctx.actor.account_id else None
    return account.staff_id if account else None
