"""The demo station: real encryption and real records, all made up by the project (demo.people),
deterministic for a given seed."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from rehabdesk.demo.cases import DEFAULT_SERVICES_PER_CLIENT, SERVICES_PER_STEP, add_demo_cases
from rehabdesk.demo.paperwork import add_demo_paperwork
from rehabdesk.demo.people import DemoClient, DemoStaff, generate_clients, generate_staff
from rehabdesk.demo.training import DEFAULT_TRAINING_YEARS, add_demo_training
from rehabdesk.domain.clients import ClientInput, GuardianInput
from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.domain.roles import Role
from rehabdesk.domain.staff import StaffInput
from rehabdesk.services import accounts, clients, staff
from rehabdesk.services.station_setup import FirstAdmin, NewStationResult, StationDetails, create_station
from rehabdesk.storage.keys import PRODUCTION_POLICY, KeyPolicy
from rehabdesk.storage.paths import StationPaths

DEMO_LOGIN = "admin"
DEMO_PASSWORD = "rehab-demo"
DEFAULT_CLIENTS = 300
DEFAULT_STAFF = 12
DEMO_STATION = StationDetails(
    name="阳光家园精神障碍社区康复服务站（演示）",
    code="DEMO01",
    county_code="110105",
    station_type="城市 / 综合",
    operator_name="朝阳区阳光社会工作服务中心（演示）",
    purchased_service=True,
    address="北京市朝阳区示例街道 1 号",
    contact_phone="010-62345678",
    head_name="刘建华",
)
_LIVING = {
    "with_parents": "与父母同住",
    "with_spouse": "与配偶同住",
    "with_children": "与子女同住",
    "with_relatives": "与亲属同住",
    "alone": "独居",
    "institution": "机构供养",
}


@dataclass
class DemoStationResult(NewStationResult):
    heavy_case_number: str | None = None  # the case with demo.cases.HEAVY_CASE_SERVICES service records
    service_records: int = 0


def _staff_input(member: DemoStaff) -> StaffInput:
    return StaffInput(
        staff_number=member.staff_number,
        name=member.name,
        gender=member.gender,
        profession=member.profession,
        employment_type=member.employment_type,
        start_date=member.start_date,
        phone=member.phone,
        qualification=member.qualification or "",
        certificate_number=member.certificate_number or "",
        relevant_degree=member.relevant_degree or "none",
        direct_service=member.direct_service,
        assessor=member.assessor,
    )


def _client_input(person: DemoClient, worker_id: str | None) -> ClientInput:
    return ClientInput(
        name=person.name,
        diagnosis=person.diagnosis,
        id_number=person.id_number,
        gender=person.gender,
        birth_date=person.birth_date,
        ethnicity=person.ethnicity,
        phone=person.phone,
        household_registration=person.household_address,
        county_code=person.county_code,
        current_address=person.current_address,
        living_situation=_LIVING.get(person.living_situation, person.living_situation),
        diagnosing_hospital=person.diagnosing_hospital,
        onset_date=person.onset_date,
        in_health_management=person.in_health_management,
        illness_status=person.illness_status,
        risk_level=person.risk_level,
        medication_adherence=person.medication_adherence,
        disability_level=person.disability_level,
        low_income=person.low_income,
        extreme_poverty=person.extreme_poverty,
        legal_capacity=person.legal_capacity,
        responsible_worker_id=worker_id,
        channel=person.channel,
        guardians=tuple(
            GuardianInput(g.name, g.relation, g.legal_guardian, g.id_number or "", g.phone, g.address)
            for g in person.guardians
        ),
    )


def create_demo_station(
    paths: StationPaths,
    *,
    seed: int = 1,
    clients_count: int = DEFAULT_CLIENTS,
    staff_count: int = DEFAULT_STAFF,
    policy: KeyPolicy = PRODUCTION_POLICY,
    progress: Progress = NULL_PROGRESS,
    today: date | None = None,
    training_years: int = DEFAULT_TRAINING_YEARS,
    services_per_client: int = DEFAULT_SERVICES_PER_CLIENT,
    station: StationDetails = DEMO_STATION,
) -> DemoStationResult:
    """The admin ``admin`` / ``rehab-demo`` (admin and coordinator); each generated staff member gets an account
    (the first a coordinator) with the same first password; clients are spread over the direct-service staff and
    given case histories with about ``services_per_client`` service records each (demo.cases)."""
    today = today or date.today()
    cases_steps = clients_count + clients_count * services_per_client // SERVICES_PER_STEP
    total = 1 + staff_count + clients_count + cases_steps
    progress.step(0, total, "station")
    result = create_station(paths, station, FirstAdmin(DEMO_LOGIN, "演示管理员", DEMO_PASSWORD), policy)
    ctx = result.ctx
    workers: list[str] = []
    for done, member in enumerate(generate_staff(staff_count, seed, reserved_logins=[DEMO_LOGIN]), start=1):
        staff_id = staff.register_staff(ctx, _staff_input(member), today=today)
        roles = frozenset({Role.COORDINATOR if done == 1 else Role.STAFF})
        accounts.create_account(ctx, member.login, member.name, roles, DEMO_PASSWORD, staff_id=staff_id)
        if member.direct_service:
            workers.append(staff_id)
        progress.step(1 + done, total, "staff")
    rng = random.Random(seed)
    rows = [
        _client_input(person, rng.choice(workers) if workers else None)
        for person in generate_clients(clients_count, seed, today=today, station_county=station.county_code)
    ]

    class _Offset:
        def step(self, done: int, of: int, note: str = "") -> None:
            progress.step(1 + staff_count + done, total, "clients")

    class _Cases:
        def step(self, done: int, of: int, note: str = "") -> None:
            progress.step(1 + staff_count + clients_count + done * cases_steps // max(of, 1), total, note)

    cases = None
    if rows:
        clients.import_clients(ctx, rows, today=today, progress=_Offset())
        add_demo_paperwork(ctx, clients.client_ids(ctx), seed, today)
        cases = add_demo_cases(ctx, seed, today, services_per_client=services_per_client, progress=_Cases())
    if training_years > 0:
        add_demo_training(ctx, seed, today, years=training_years)
    progress.step(total, total, "done")
    return DemoStationResult(
        result.ctx,
        result.recovery_code,
        cases.heavy_case_number if cases else None,
        cases.service_records if cases else 0,
    )
