"""Demo people: deterministic, valid ID numbers, distinct enough at scale, guardians where the law wants them."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from rehabdesk.demo.people import DemoClient, generate_clients, generate_staff
from rehabdesk.domain import divisions
from rehabdesk.domain.clients import age_on
from rehabdesk.domain.contact import normalise_phone
from rehabdesk.domain.ids import check_agrees, parse_resident_id
from rehabdesk.domain.people import ADULT_AGE
from rehabdesk.domain.station import check_login

TODAY = date(2025, 6, 1)
STATION_COUNTY = "110105"
LARGE = 20_000
PROFESSIONS = {
    "psychiatrist",
    "psychiatric_nurse",
    "social_worker",
    "psychotherapist",
    "rehab_therapist",
    "vocational_instructor",
    "peer_supporter",
    "volunteer",
    "administrative",
}
RELATIONS = {"spouse", "parent", "adult_child", "other_relative", "village_committee", "civil_affairs", "other"}


@pytest.fixture(scope="module")
def large() -> tuple[list[DemoClient], float]:
    # CPU time, not wall time: a parallel test run on a busy machine must not fail a generator that is fast enough.
    started = time.process_time()
    clients = list(generate_clients(LARGE, 7, today=TODAY, station_county=STATION_COUNTY))
    return clients, time.process_time() - started


@pytest.fixture(scope="module")
def clients(large: tuple[list[DemoClient], float]) -> list[DemoClient]:
    return large[0]


def test_same_seed_same_people_other_seed_other_people() -> None:
    first = list(generate_clients(200, 1, today=TODAY))
    assert first == list(generate_clients(200, 1, today=TODAY))
    other = list(generate_clients(200, 2, today=TODAY))
    assert sum(a.name != b.name for a, b in zip(first, other, strict=True)) > 150
    assert {c.id_number for c in first}.isdisjoint({c.id_number for c in other})


def test_a_smaller_run_is_the_start_of_a_larger_one() -> None:
    assert list(generate_clients(50, 3, today=TODAY)) == list(generate_clients(120, 3, today=TODAY))[:50]


def test_twenty_thousand_clients_generate_in_a_few_seconds(large: tuple[list[DemoClient], float]) -> None:
    clients, seconds = large
    assert len(clients) == LARGE
    assert seconds < 5, f"{seconds:.1f} s"


def test_name_and_birth_date_are_distinct_for_at_least_95_percent(clients: list[DemoClient]) -> None:
    distinct = len({(c.name, c.birth_date) for c in clients})
    assert distinct >= 0.95 * len(clients)
    # Not only thanks to the birth dates: the names themselves are varied, and yet some repeat as they do in life.
    assert 0.6 * len(clients) < len({c.name for c in clients}) < len(clients)
    assert set(Counter(len(c.name) for c in clients if "·" not in c.name)) >= {2, 3, 4}


def test_every_id_number_is_valid_and_agrees_with_birth_date_and_gender(clients: list[DemoClient]) -> None:
    for client in clients:
        parsed = parse_resident_id(client.id_number, today=TODAY)
        check_agrees(parsed, client.birth_date, client.gender)
        assert parsed.number == client.id_number
        assert parsed.county_known


def test_guardian_id_numbers_are_valid(clients: list[DemoClient]) -> None:
    numbers = [g.id_number for c in clients for g in c.guardians if g.id_number is not None]
    assert len(numbers) > LARGE
    for number in numbers:
        assert age_on(parse_resident_id(number, today=TODAY).birth_date, TODAY) >= ADULT_AGE


def test_id_numbers_are_unique_across_clients_and_guardians(clients: list[DemoClient]) -> None:
    numbers = [c.id_number for c in clients] + [g.id_number for c in clients for g in c.guardians if g.id_number]
    assert len(numbers) == len(set(numbers))


def test_minors_and_clients_without_full_capacity_have_a_legal_guardian_first(clients: list[DemoClient]) -> None:
    needing = [c for c in clients if age_on(c.birth_date, TODAY) < ADULT_AGE or c.legal_capacity != "full"]
    assert any(age_on(c.birth_date, TODAY) < ADULT_AGE for c in needing), "no minors: the rule goes untested"
    assert 0.05 * LARGE < len(needing) < 0.4 * LARGE
    for client in needing:
        assert client.guardians[0].legal_guardian
        assert sum(g.legal_guardian for g in client.guardians) == 1


def test_every_client_has_one_or_two_contacts_of_a_known_relation(clients: list[DemoClient]) -> None:
    counts = Counter(len(c.guardians) for c in clients)
    assert set(counts) == {1, 2}
    assert counts[2] > 0.2 * LARGE
    relations = Counter(g.relation for c in clients for g in c.guardians)
    assert set(relations) <= RELATIONS
    assert relations["parent"] > relations["village_committee"] > 0
    adults_with_capacity = [c for c in clients if c.legal_capacity == "full" and age_on(c.birth_date, TODAY) >= 18]
    assert not any(g.legal_guardian for c in adults_with_capacity for g in c.guardians)


def test_relatives_are_of_age_and_siblings_share_the_surname(clients: list[DemoClient]) -> None:
    han = [c for c in clients if c.ethnicity != "藏族" and "·" not in c.name]
    siblings = [(c, g) for c in han for g in c.guardians if g.relation == "other_relative"]
    assert siblings
    assert all(g.name[0] == c.name[0] for c, g in siblings)
    assert all(g.name != c.name for c in clients for g in c.guardians)


def test_ages_and_onset_after_the_fifteenth_birthday(clients: list[DemoClient]) -> None:
    for client in clients:
        assert 16 <= age_on(client.birth_date, TODAY) <= 90
        # Already 15 the day before onset: onset is strictly after the 15th birthday.
        assert age_on(client.birth_date, client.onset_date - timedelta(days=1)) >= 15
        assert client.onset_date < TODAY


def test_addresses_lie_under_real_counties(clients: list[DemoClient]) -> None:
    label = divisions.county_label(STATION_COUNTY)
    assert all(c.county_code == STATION_COUNTY and c.current_address.startswith(label) for c in clients)
    # Most are registered where they live; some come from elsewhere in the province or the country.
    registered_here = sum(c.household_address.startswith(label) for c in clients) / len(clients)
    assert 0.6 < registered_here < 0.9


def test_addresses_nationwide_without_a_station_county() -> None:
    clients = list(generate_clients(300, 5, today=TODAY))
    assert len({c.county_code[:2] for c in clients}) > 20
    assert all(c.current_address.startswith(divisions.county_label(c.county_code)) for c in clients)


def test_field_distributions_are_believable(clients: list[DemoClient]) -> None:
    def share(predicate: Callable[[DemoClient], bool]) -> float:
        return sum(map(predicate, clients)) / len(clients)

    diagnoses = Counter(c.diagnosis for c in clients)
    assert diagnoses.most_common(1)[0][0] == "schizophrenia"
    assert len(diagnoses) == 9
    assert share(lambda c: c.risk_level <= 1) > 0.85
    assert share(lambda c: c.risk_level >= 3) > 0
    assert 0.9 < share(lambda c: c.ethnicity == "汉族") < 0.995
    assert 0.3 < share(lambda c: c.disability_level is not None) < 0.6
    assert 0.1 < share(lambda c: c.low_income) < 0.4
    assert 0 < share(lambda c: c.extreme_poverty) < 0.1
    assert not any(c.low_income and c.extreme_poverty for c in clients)
    assert 0.7 < share(lambda c: c.legal_capacity == "full") < 0.9
    assert all(
        c.diagnosing_hospital.startswith("北京市") or c.diagnosing_hospital.startswith("朝阳区") for c in clients
    )
    assert all(normalise_phone(c.phone) == c.phone for c in clients[:2000])


def test_staff_are_deterministic_and_well_formed() -> None:
    staff = generate_staff(200, 1)
    assert staff == generate_staff(200, 1)
    assert [s.name for s in staff] != [s.name for s in generate_staff(200, 2)]
    assert len({s.staff_number for s in staff}) == 200
    assert {s.profession for s in staff} == PROFESSIONS
    assert all(check_login(s.login) == s.login for s in staff)
    assert len({s.login for s in staff}) == 200
    assert all(normalise_phone(s.phone) == s.phone for s in staff)
    degree_share = sum(s.relevant_degree is not None for s in staff) / len(staff)
    assert 0.3 <= degree_share <= 0.55
    assert all(s.employment_type == "volunteer" for s in staff if s.profession == "volunteer")
    assert not any(s.direct_service for s in staff if s.profession == "administrative")
    assert 0 < sum(s.assessor for s in staff) < 100
    assert all(date(2015, 1, 1) <= s.start_date < date(2024, 1, 1) for s in staff)


def test_first_staff_member_can_assess() -> None:
    first = generate_staff(1, 9)[0]
    assert (first.profession, first.assessor, first.employment_type) == ("social_worker", True, "full_time")


def test_logins_are_pinyin_numbered_when_taken() -> None:
    first = generate_staff(1, 4)[0]
    again = generate_staff(1, 4, reserved_logins=[first.login, first.login + "2"])[0]
    assert again.name == first.name
    assert again.login == first.login + "3"
    assert first.login.isascii() and first.login.isalpha()


def test_generated_codes_are_the_ones_the_records_use() -> None:
    from rehabdesk.domain.people import (
        Channel,
        Diagnosis,
        EmploymentType,
        IllnessStatus,
        LegalCapacity,
        MedicationAdherence,
        Profession,
        Relation,
        RelevantDegree,
    )

    for client in generate_clients(500, seed=3, today=TODAY):
        Diagnosis(client.diagnosis), IllnessStatus(client.illness_status), Channel(client.channel)
        MedicationAdherence(client.medication_adherence), LegalCapacity(client.legal_capacity)
        for guardian in client.guardians:
            Relation(guardian.relation)
    for member in generate_staff(40, seed=3):
        Profession(member.profession), EmploymentType(member.employment_type)
        RelevantDegree(member.relevant_degree or "none")
