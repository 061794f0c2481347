"""Client files through the services: register, duplicates, audited views and reveals, search, import."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from rehabdesk.domain.clients import GuardianInput
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.services import clients, staff
from rehabdesk.services.context import StationContext
from tests.people_support import TODAY, client_input, resident_id, staff_input
from tests.support import query


def _audit(ctx: StationContext) -> list[tuple]:
    """(action, entity_type, entity_id, detail) of every audit entry, oldest first."""
    sql = "SELECT action, entity_type, entity_id, detail FROM audit_log ORDER BY seq"
    return query(ctx.store.paths, ctx.store.master, sql)


def _register(ctx: StationContext, name: str = "张三丰", **changes) -> clients.Registered:
    return clients.register_client(ctx, client_input(name, **changes), today=TODAY)


def test_register_assigns_a_case_number_and_searches_find_the_client(admin_ctx) -> None:
    registered = _register(admin_ctx)
    assert registered.case_number == "TS01-2026-00001"
    assert _register(admin_ctx, "李四", serial=14).case_number == "TS01-2026-00002"
    for typed in ("张三丰", "三丰", "zsf", "ZhangSanFeng", "ｚｓｆ", "z s f", registered.case_number.lower()):
        found = clients.search_clients(admin_ctx, typed)
        assert found and found[0].id == registered.client_id, typed
    id_tail = resident_id()[-4:]
    assert clients.search_clients(admin_ctx, id_tail)[0].id == registered.client_id
    assert clients.search_clients(admin_ctx, "5678")[0].id == registered.client_id  # phone tail
    assert clients.search_clients(admin_ctx, "王五") == []


def test_search_results_are_masked(admin_ctx) -> None:
    _register(admin_ctx)
    row = clients.search_clients(admin_ctx, "zsf")[0]
    assert row.masked_id.startswith("110") and "*" in row.masked_id
    assert resident_id() not in repr(row)
    assert "schizophrenia" not in repr(row)


def test_same_id_number_is_refused_naming_the_existing_file(admin_ctx) -> None:
    first = _register(admin_ctx)
    with pytest.raises(DomainError) as refused:
        _register(admin_ctx, "张三")
    assert refused.value.code == "client_duplicate_id"
    assert refused.value.params["case_number"] == first.case_number


def test_same_name_and_birth_date_must_be_confirmed(admin_ctx) -> None:
    _register(admin_ctx)
    with pytest.raises(DomainError) as flagged:
        _register(admin_ctx, serial=40)
    assert flagged.value.code == "client_possibly_duplicate"
    second = clients.register_client(admin_ctx, client_input(serial=40), confirm_similar=True, today=TODAY)
    assert second.case_number.endswith("00002")


def test_opening_and_revealing_are_audited_without_the_values(admin_ctx) -> None:
    registered = _register(admin_ctx)
    detail = clients.open_client(admin_ctx, registered.client_id)
    assert detail.data.name == "张三丰"
    assert detail.data.guardians[0].name == "张大山"
    assert clients.reveal(admin_ctx, registered.client_id, "diagnosis") == "schizophrenia"
    entries = _audit(admin_ctx)
    assert [entry[:3] for entry in entries[-2:]] == [
        ("view", "client", registered.client_id),
        ("reveal", "client", registered.client_id),
    ]
    assert json.loads(entries[-1][3]) == {"field": "diagnosis"}
    for entry in entries:
        assert "张三丰" not in entry[3] and "schizophrenia" not in entry[3]


def test_update_refuses_a_stale_version_and_keeps_guardian_history(admin_ctx) -> None:
    registered = _register(admin_ctx)
    detail = clients.open_client(admin_ctx, registered.client_id)
    edited = replace(detail.data, guardians=(GuardianInput("李梅", "spouse", phone="010-62345678"),))
    clients.update_client(admin_ctx, registered.client_id, edited, expected_version=detail.version, today=TODAY)
    with pytest.raises(DomainError) as stale:
        clients.update_client(admin_ctx, registered.client_id, edited, expected_version=detail.version, today=TODAY)
    assert stale.value.code == "client_changed_meanwhile"
    reopened = clients.open_client(admin_ctx, registered.client_id)
    assert [g.name for g in reopened.data.guardians] == ["李梅"]
    assert clients.search_clients(admin_ctx, "zsf")[0].id == registered.client_id


def test_responsible_worker_must_exist(admin_ctx) -> None:
    with pytest.raises(ValidationError) as refused:
        _register(admin_ctx, responsible_worker_id="no-such-staff")
    assert refused.value.field == "responsible_worker_id"
    worker = staff.register_staff(admin_ctx, staff_input(), today=TODAY)
    registered = _register(admin_ctx, responsible_worker_id=worker)
    assert clients.client_summaries(admin_ctx, [registered.client_id])[0].responsible_worker == "李霞"


def test_import_is_all_or_nothing(admin_ctx) -> None:
    good = [client_input(f"测试{i}", serial=i) for i in range(10, 14)]
    bad = [*good, client_input("坏行", id_number="123")]
    problems = clients.preview_import(admin_ctx, bad, today=TODAY)
    assert [(p.row, p.field) for p in problems] == [(5, "id_number")]
    with pytest.raises(DomainError) as refused:
        clients.import_clients(admin_ctx, bad, today=TODAY)
    assert refused.value.code == "import_has_problems"
    assert clients.client_ids(admin_ctx) == []
    assert clients.import_clients(admin_ctx, good, today=TODAY) == 4
    assert len(clients.client_ids(admin_ctx)) == 4
    assert _audit(admin_ctx)[-1][0] == "import"


def test_import_reports_duplicates_in_the_file_and_in_the_station(admin_ctx) -> None:
    _register(admin_ctx)
    rows = [client_input("甲", serial=20), client_input("乙", serial=20), client_input("张三丰")]
    problems = clients.preview_import(admin_ctx, rows, today=TODAY)
    assert [(p.row, p.code) for p in problems] == [(2, "import_duplicate_in_file"), (3, "client_duplicate_id")]


def test_list_ids_filter_and_sort(admin_ctx) -> None:
    a = _register(admin_ctx, "阿明", serial=30, risk_level=3).client_id
    b = _register(admin_ctx, "白雪", serial=32, risk_level=0, birth=date(1990, 1, 1)).client_id
    assert clients.client_ids(admin_ctx, sort="name") in ([a, b], [b, a])
    only_risky = clients.client_ids(admin_ctx, clients.ClientFilter(risk_levels=frozenset({3})))
    assert only_risky == [a]
    assert clients.client_ids(admin_ctx, sort="birth_date", descending=True) == [b, a]
