"""Service records on a real station: individual and group sessions, who may be served, edit history, soft delete."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
from rehabdesk.services import cases, clients, consents, service_records
from rehabdesk.services.cases import TransitionRequest
from rehabdesk.services.client_paperwork import client_paperwork
from rehabdesk.services.context import StationContext
from tests.case_support import active_client
from tests.people_support import TODAY, client_input
from tests.support import audit_rows
from tests.support import station_query as query
from tests.training_support import worker


def _service(worker_id: str, *client_ids: str, **changes) -> ServiceInput:
    values = {
        "service_date": TODAY,
        "start_time": "9:00",
        "end_time": "10:30",
        "form": "case_management",
        "service_types": ("life_skills",),
        "staff_ids": (worker_id,),
        "attendees": tuple(AttendeeInput(c) for c in client_ids),
        "content": "练习乘公交车",
    }
    values.update(changes)
    return ServiceInput(**values)


@pytest.fixture
def worker_id(admin_ctx: StationContext) -> str:
    return worker(admin_ctx)


def test_an_individual_service_for_an_active_client(admin_ctx: StationContext, worker_id: str) -> None:
    client_id = active_client(admin_ctx, worker_id)
    service_id = service_records.record_service(admin_ctx, _service(worker_id, client_id), today=TODAY)
    (today,) = service_records.services_on(admin_ctx, TODAY)
    assert today.id == service_id and today.attendees == ((client_id, "张三丰", True),) and today.staff == ("李霞",)
    assert [s.id for s in service_records.client_services(admin_ctx, client_id)] == [service_id]


def test_a_group_session_is_one_record_with_attendance(admin_ctx: StationContext, worker_id: str) -> None:
    a = active_client(admin_ctx, worker_id)
    b = active_client(admin_ctx, worker_id, "李四", 44)
    registered = clients.register_client(admin_ctx, client_input("王五", serial=46), today=TODAY).client_id
    group = _service(
        worker_id,
        form="group_work",
        group=True,
        attendees=(AttendeeInput(a), AttendeeInput(b, note="情绪平稳"), AttendeeInput(registered, attended=False)),
    )
    before = len(audit_rows(admin_ctx))
    service_records.record_service(admin_ctx, group, today=TODAY)
    assert len(audit_rows(admin_ctx)) == before + 1
    assert query(admin_ctx, "SELECT count(*) FROM service_record") == [(1,)]
    assert sorted(query(admin_ctx, "SELECT attended, note FROM service_attendee")) == [
        (0, ""),
        (1, ""),
        (1, "情绪平稳"),
    ]


def test_who_may_not_be_served_is_refused_with_the_reason(admin_ctx: StationContext, worker_id: str) -> None:
    registered = clients.register_client(admin_ctx, client_input("王五", serial=46), today=TODAY).client_id
    with pytest.raises(DomainError) as caught:
        service_records.record_service(admin_ctx, _service(worker_id, registered), today=TODAY)
    assert caught.value.code == "service_refused" and caught.value.params["name"] == "王五"
    reasons = [r.code for r in caught.value.params["reasons"]]
    assert reasons == ["client_not_active", "consent_missing", "consent_missing", "agreement_missing"]

    client_id = active_client(admin_ctx, worker_id)
    cases.change_status(admin_ctx, client_id, TransitionRequest("suspended", TODAY, reason="住院"), today=TODAY)
    with pytest.raises(DomainError) as caught:
        service_records.record_service(admin_ctx, _service(worker_id, client_id), today=TODAY)
    assert [r.code for r in caught.value.params["reasons"]] == ["client_suspended"]
    service_records.record_service(admin_ctx, _service(worker_id, client_id, form="phone_follow_up"), today=TODAY)

    cases.change_status(admin_ctx, client_id, TransitionRequest("active", TODAY, reason="出院"), today=TODAY)
    sensitive = next(
        c.id
        for form in client_paperwork(admin_ctx, client_id, today=TODAY).forms
        for c in form.consents
        if c.kind == "sensitive_data"
    )
    consents.withdraw_consent(admin_ctx, sensitive, TODAY, "本人撤回", today=TODAY)
    with pytest.raises(DomainError) as caught:
        service_records.record_service(admin_ctx, _service(worker_id, client_id), today=TODAY)
    assert [r.code for r in caught.value.params["reasons"]] == ["consent_withdrawn"]
    assert query(admin_ctx, "SELECT count(*) FROM service_record") == [(1,)]


def test_the_saves_batch_check_agrees_with_each_clients_own_eligibility(
    admin_ctx: StationContext, worker_id: str
) -> None:
    """The save reads every attendee's papers in a few plain queries; each verdict must be the one the per-client
    eligibility check gives, on days around the signing, with rows withdrawn, terminated and soft-deleted."""
    from datetime import timedelta

    from tests.support import raw_sql

    ready = active_client(admin_ctx, worker_id)
    withdrawn = active_client(admin_ctx, worker_id, "李四", 44)
    consents.withdraw_consent(
        admin_ctx,
        next(
            c.id
            for form in client_paperwork(admin_ctx, withdrawn, today=TODAY).forms
            for c in form.consents
            if c.kind == "service"
        ),
        TODAY + timedelta(days=3),
        "本人撤回",
        today=TODAY + timedelta(days=3),
    )
    consent_erased = active_client(admin_ctx, worker_id, "赵六", 47)
    agreement_erased = active_client(admin_ctx, worker_id, "钱七", 48)
    unsigned = clients.register_client(admin_ctx, client_input("王五", serial=46), today=TODAY).client_id
    store = admin_ctx.store
    raw_sql(
        store.paths,
        store.master,
        (
            "UPDATE consent SET deleted_at = '2026-01-01 00:00:00' WHERE client_id = ? AND kind = 'sensitive_data'",
            (consent_erased,),
        ),
        ("UPDATE agreement SET deleted_at = '2026-01-01 00:00:00' WHERE client_id = ?", (agreement_erased,)),
    )
    everyone = [ready, withdrawn, consent_erased, agreement_erased, unsigned]
    for day in (TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=5), TODAY + timedelta(days=400)):
        refused = {
            r.client_id: [reason.code for reason in r.reasons if not reason.code.startswith("client_")]
            for r in service_records.who_may_not_be_served(admin_ctx, everyone, day, "case_management", today=TODAY)
        }
        for client_id in everyone:
            own = [r.code for r in consents.service_eligibility(admin_ctx, client_id, today=day).reasons]
            assert refused.get(client_id, []) == own, (day, client_id)
    on_day = {
        r.client_id
        for r in service_records.who_may_not_be_served(
            admin_ctx, everyone, TODAY + timedelta(days=5), "case_management", today=TODAY
        )
    }
    assert on_day == {withdrawn, consent_erased, agreement_erased, unsigned}


def test_a_huge_attendee_list_is_read_in_batches_and_refused_clearly(admin_ctx: StationContext, worker_id: str) -> None:
    """More attendees than SQLite binds in one statement: each unknown one is refused by name of its field, not by
    a database error; the known ones among them are still judged."""
    client_id = active_client(admin_ctx, worker_id)
    many = [f"00000000-0000-7000-8000-{n:012d}" for n in range(260_000)]
    assert service_records.who_may_not_be_served(admin_ctx, [client_id], TODAY, "case_management", today=TODAY) == []
    with pytest.raises(ValidationError) as caught:
        service_records.who_may_not_be_served(admin_ctx, [*many, client_id], TODAY, "case_management", today=TODAY)
    assert caught.value.code == "client_unknown" and caught.value.field == "attendees.0"
    group = _service(worker_id, form="group_work", group=True, attendees=tuple(map(AttendeeInput, [client_id, *many])))
    with pytest.raises(ValidationError) as caught:
        service_records.record_service(admin_ctx, group, today=TODAY)
    assert caught.value.code == "client_unknown" and caught.value.field == "attendees.1"
    assert query(admin_ctx, "SELECT count(*) FROM service_record") == [(0,)]


def test_edits_keep_the_record_as_it_was(admin_ctx: StationContext, worker_id: str) -> None:
    client_id = active_client(admin_ctx, worker_id)
    service_id = service_records.record_service(admin_ctx, _service(worker_id, client_id), today=TODAY)
    service_records.update_service(
        admin_ctx, service_id, _service(worker_id, client_id, content="练习购物"), today=TODAY
    )
    (revision,) = service_records.service_history(admin_ctx, service_id)
    assert revision.before["content"] == "练习乘公交车"
    assert revision.account_id == admin_ctx.actor.account_id
    assert service_records.services_on(admin_ctx, TODAY)[0].content == "练习购物"


def test_deletes_are_soft_audited_and_need_a_reason(admin_ctx: StationContext, worker_id: str) -> None:
    client_id = active_client(admin_ctx, worker_id)
    service_id = service_records.record_service(admin_ctx, _service(worker_id, client_id), today=TODAY)
    with pytest.raises(ValidationError):
        service_records.delete_service(admin_ctx, service_id, " ")
    service_records.delete_service(admin_ctx, service_id, "重复登记")
    assert service_records.services_on(admin_ctx, TODAY) == []
    assert query(admin_ctx, "SELECT count(*) FROM service_record WHERE deleted_at IS NOT NULL") == [(1,)]
    assert "delete" in [row[2] for row in audit_rows(admin_ctx)]
    with pytest.raises(DomainError):
        service_records.update_service(admin_ctx, service_id, _service(worker_id, client_id), today=TODAY)


def test_an_unknown_worker_or_client_is_named(admin_ctx: StationContext, worker_id: str) -> None:
    client_id = active_client(admin_ctx, worker_id)
    with pytest.raises(ValidationError) as caught:
        service_records.record_service(
            admin_ctx, replace(_service(worker_id, client_id), staff_ids=("nobody",)), today=TODAY
        )
    assert caught.value.code == "staff_unknown"
    with pytest.raises(ValidationError) as caught:
        service_records.record_service(admin_ctx, _service(worker_id, "nobody"), today=TODAY)
    assert (caught.value.code, caught.value.field) == ("client_unknown", "attendees.0")


def test_the_day_is_counted_and_read_a_page_at_a_time_in_start_time_order(
    admin_ctx: StationContext, worker_id: str
) -> None:
    """Pages of the day's list, put together, are the whole day's list, attendees and staff included."""
    client_id = active_client(admin_ctx, worker_id)
    for start in ("15:00", "9:00", "13:00", "9:00", "11:00"):
        data = _service(worker_id, client_id, start_time=start, end_time="16:30")
        service_records.record_service(admin_ctx, data, today=TODAY)
    whole = service_records.services_on(admin_ctx, TODAY)
    assert [s.start_time for s in whole] == ["09:00", "09:00", "11:00", "13:00", "15:00"]
    day = service_records.day_services(admin_ctx, TODAY, first=2)
    assert day.total == 5 and day.first == whole[:2]
    pages = day.first + service_records.services_on(admin_ctx, TODAY, offset=2, limit=2)
    pages += service_records.services_on(admin_ctx, TODAY, offset=4, limit=2)
    assert pages == whole
    assert all(s.attendees and s.staff for s in pages)
    assert service_records.services_on(admin_ctx, TODAY, offset=5, limit=2) == []
