"""Creating a new station: key slots, database, station record and its first admin (a staff member too, when the
admin serves clients), in one step."""

from __future__ import annotations

from dataclasses import dataclass, fields

from rehabdesk.domain import clock, passwords, station
from rehabdesk.domain.roles import Actor, Role, format_roles
from rehabdesk.domain.staff import StaffInput, ValidStaff, validate_staff
from rehabdesk.domain.text import clean_line
from rehabdesk.services.context import StationContext
from rehabdesk.storage import opening
from rehabdesk.storage.keys import KeyPolicy
from rehabdesk.storage.paths import StationPaths
from rehabdesk.storage.schema import Account, Staff, Station


@dataclass(frozen=True)
class StationDetails:
    name: str
    code: str
    county_code: str
    station_type: str = ""
    operator_name: str = ""
    purchased_service: bool = False
    address: str = ""
    contact_phone: str = ""
    head_name: str = ""

    def validated(self) -> StationDetails:
        return StationDetails(
            name=station.check_station_name(self.name),
            code=station.check_station_code(self.code),
            county_code=station.check_county_code(self.county_code),
            station_type=clean_line(self.station_type, "station_type", 50),
            operator_name=clean_line(self.operator_name, "operator_name", 100),
            purchased_service=self.purchased_service,
            address=clean_line(self.address, "address", 200),
            contact_phone=clean_line(self.contact_phone, "contact_phone", 50),
            head_name=clean_line(self.head_name, "head_name", 50),
        )


@dataclass(frozen=True)
class FirstAdmin:
    login: str
    display_name: str
    password: str
    staff: StaffInput | None = None  # the admin's own staff record: services are given by staff, not accounts


@dataclass
class NewStationResult:
    ctx: StationContext
    recovery_code: str


FIRST_ADMIN_ROLES = frozenset({Role.ADMIN, Role.COORDINATOR})


def create_station(
    paths: StationPaths, details: StationDetails, admin: FirstAdmin, policy: KeyPolicy
) -> NewStationResult:
    details = details.validated()
    login = station.check_login(admin.login)
    display_name = clean_line(admin.display_name, "display_name", 50) or login
    passwords.check_password(admin.password, login)
    member = validate_staff(admin.staff, today=clock.today()) if admin.staff is not None else None
    created = opening.create_station_files(
        paths, station_code=details.code, admin_login=login, admin_password=admin.password, policy=policy
    )
    actor = Actor(created.admin_account_id, login, FIRST_ADMIN_ROLES)
    try:
        with created.store.unit_of_work(actor) as uow:
            record = Station(**details.__dict__)
            uow.session.add(record)
            staff = _staff_row(member) if member is not None else None
            if staff is not None:
                uow.session.add(staff)
                uow.session.flush()
            uow.session.add(
                Account(
                    id=created.admin_account_id,
                    login=login,
                    display_name=display_name,
                    roles=format_roles(FIRST_ADMIN_ROLES),
                    staff_id=staff.id if staff is not None else None,
                )
            )
            uow.session.flush()
            uow.audit("station_create", entity_type="station", entity_id=record.id)
            uow.commit()
    except BaseException:
        created.store.close()
        opening.remove_partial_station(paths)
        raise
    return NewStationResult(StationContext(created.store, actor), created.recovery_code)


def _staff_row(member: ValidStaff) -> Staff:
    return Staff(**{field.name: getattr(member, field.name) for field in fields(ValidStaff)})
