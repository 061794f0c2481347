"""The case file printed from a real station: what the services recorded, for the period asked, one audit entry,
the period checked, and only accounts that may read case files may print one."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from rehabdesk.domain.errors import DomainError, PermissionDenied, ValidationError
from rehabdesk.domain.roles import Role
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
from rehabdesk.services import case_printout, clients, referrals, service_records
from rehabdesk.services.context import StationContext
from tests.case_support import active_client
from tests.documents.pdf_reading import assert_fonts_embedded, assert_pages_numbered, page_texts, squash
from tests.people_support import TODAY, resident_id
from tests.support import audit_count, audit_rows, login_as
from tests.training_support import worker

YEAR_AGO = TODAY - timedelta(days=364)
OTHER_NOTE = "对小组活动兴趣不高"


@pytest.fixture
def served(admin_ctx: StationContext) -> tuple[str, str]:
    """张三丰 with an individual service, a group session shared with 李四, and a deleted record: (client id,
    case number)."""
    worker_id = worker(admin_ctx)
    client_id = active_client(admin_ctx, worker_id)
    other_id = active_client(admin_ctx, worker_id, "李四", 44)

    def record(start: str, end: str, form: str, attendees: tuple[AttendeeInput, ...], **more) -> str:
        data = ServiceInput(TODAY, start, end, form, ("life_skills",), (worker_id,), attendees, **more)
        return service_records.record_service(admin_ctx, data, today=TODAY)

    record("9:00", "10:30", "case_management", (AttendeeInput(client_id, note="按时服药"),), content="练习乘公交车")
    record(
        "14:00",
        "16:00",
        "group_work",
        (AttendeeInput(client_id, note="主动发言"), AttendeeInput(other_id, note=OTHER_NOTE)),
        group=True,
        content="与李四一起做社交技能练习",
    )
    mistake = record("16:00", "17:00", "case_management", (AttendeeInput(client_id),))
    service_records.delete_service(admin_ctx, mistake, "重复登记")
    referrals.record_referral(
        admin_ctx, client_id, referrals.ReferralInput("in", "transfer", TODAY, "邻区站点"), today=TODAY
    )
    return client_id, clients.client_summaries(admin_ctx, [client_id])[0].case_number


def _print(ctx: StationContext, client_id: str, **options) -> case_printout.PrintedCaseFile:
    options.setdefault("period_from", YEAR_AGO)
    options.setdefault("period_to", TODAY)
    return case_printout.print_case_file(ctx, client_id, today=TODAY, **options)


def test_the_station_copy_holds_what_was_recorded(admin_ctx: StationContext, served: tuple[str, str]) -> None:
    client_id, case_number = served
    printed = _print(admin_ctx, client_id)
    assert_fonts_embedded(printed.pdf)
    assert_pages_numbered(printed.pdf)
    text = squash("".join(page_texts(printed.pdf)))
    assert "康复对象个案档案（站存档案）" in text and f"编号：{case_number}" in text
    assert "张三丰" in text and resident_id(serial=12) in text
    assert "签约入组→在册服务" in text and "康复计划第1版" in text
    assert "初评社会功能缺陷筛选量表（SDSS）0" in text and "李霞" in text
    assert "参加日间训练" in text
    assert "档案期间内参加服务2次，合计3小时30分钟（个别服务1次，小组或集体服务1次）" in text
    assert "09:00–10:30个案管理生活技能训练李霞出勤；按时服药" in text
    assert "14:00–16:00小组工作生活技能训练李霞出勤；主动发言" in text
    assert "16:00–17:00" not in text  # deleted
    assert "邻区站点" in text
    # Nobody else from the group session, and no free text that could name them.
    assert "李四" not in text and OTHER_NOTE not in text and "练习乘公交车" not in text


def test_the_clients_own_copy_masks_the_id_number(admin_ctx: StationContext, served: tuple[str, str]) -> None:
    client_id, case_number = served
    printed = _print(admin_ctx, client_id, copy="client")
    text = squash("".join(page_texts(printed.pdf)))
    full = resident_id(serial=12)
    assert "康复对象个案档案（本人查阅副本）" in text and "第四十五条" in text
    assert full not in text and f"{full[:3]}***********{full[-4:]}" in text
    assert printed.copy == "client"
    assert printed.file_name == f"个案档案-{case_number}-本人查阅副本-{YEAR_AGO:%Y%m%d}-{TODAY:%Y%m%d}.pdf"
    assert "张三丰" not in printed.file_name


def test_one_audit_entry_with_copy_and_period(admin_ctx: StationContext, served: tuple[str, str]) -> None:
    client_id, _ = served
    before = audit_count(admin_ctx)
    _print(admin_ctx, client_id, copy="client")
    rows = audit_rows(admin_ctx)
    assert len(rows) == before + 1
    _seq, login, action, outcome, detail = rows[-1]
    assert (login, action, outcome) == ("admin", "print", "ok")
    assert json.loads(detail) == {
        "document": "case_file",
        "copy": "client",
        "from": YEAR_AGO.isoformat(),
        "to": TODAY.isoformat(),
    }
    assert "张三丰" not in detail


def test_the_period_bounds_what_is_listed(admin_ctx: StationContext, served: tuple[str, str]) -> None:
    client_id, _ = served
    yesterday = TODAY - timedelta(days=1)
    text = squash("".join(page_texts(_print(admin_ctx, client_id, period_to=yesterday).pdf)))
    assert "档案期间内没有服务记录。" in text and "档案期间内没有评估记录。" in text
    assert "档案期间内没有转介。" in text and "档案期间内没有康复计划。" in text
    # The record and the whole path are the client's file whatever the period.
    assert "张三丰" in text and "签约入组→在册服务" in text


def test_the_default_period_is_the_twelve_months_to_today(admin_ctx: StationContext, served: tuple[str, str]) -> None:
    client_id, _ = served
    printed = case_printout.print_case_file(admin_ctx, client_id, today=TODAY)
    assert "档案期间：2025年11月24日至2026年11月23日" in squash(page_texts(printed.pdf)[0])
    assert json.loads(audit_rows(admin_ctx)[-1][4])["from"] == "2025-11-24"


@pytest.mark.parametrize(
    ("options", "code", "field"),
    [
        ({"period_from": TODAY, "period_to": TODAY - timedelta(days=1)}, "end_before_start", "period_to"),
        ({"period_to": TODAY + timedelta(days=1)}, "date_in_future", "period_to"),
        ({"period_from": TODAY + timedelta(days=1)}, "date_in_future", "period_from"),
        ({"period_from": "2026-02-30"}, "date_invalid", "period_from"),
        ({"copy": "family"}, "choice_invalid", "copy"),
    ],
)
def test_a_bad_request_is_refused_before_anything_is_printed(
    admin_ctx: StationContext, served: tuple[str, str], options: dict, code: str, field: str
) -> None:
    client_id, _ = served
    before = audit_count(admin_ctx)
    with pytest.raises(ValidationError) as caught:
        _print(admin_ctx, client_id, **options)
    assert (caught.value.code, caught.value.field) == (code, field)
    assert audit_count(admin_ctx) == before


def test_an_unknown_client_is_named(admin_ctx: StationContext) -> None:
    with pytest.raises(DomainError) as caught:
        _print(admin_ctx, "nobody")
    assert caught.value.code == "client_not_found"
    with pytest.raises(DomainError) as caught:
        case_printout.client_id_of(admin_ctx, "NO-SUCH")
    assert caught.value.code == "client_not_found"


def test_the_case_number_finds_the_client(admin_ctx: StationContext, served: tuple[str, str]) -> None:
    client_id, case_number = served
    assert case_printout.client_id_of(admin_ctx, f" {case_number.lower()} ") == client_id


def test_a_coordinator_prints_a_worker_or_an_admin_without_case_work_may_not(
    admin_ctx: StationContext, served: tuple[str, str]
) -> None:
    client_id, _ = served
    coordinator = login_as(admin_ctx, "coordinator", {Role.STAFF, Role.COORDINATOR}, "coord-pass-77")
    try:
        assert _print(coordinator, client_id).pdf.startswith(b"%PDF-")
    finally:
        coordinator.close()
    for login, roles in (("caseworker", {Role.STAFF}), ("itadmin", {Role.ADMIN})):
        other = login_as(admin_ctx, login, roles, "other-pass-77")
        try:
            before = audit_count(admin_ctx)
            with pytest.raises(PermissionDenied):
                _print(other, client_id)
            assert [row[2:4] for row in audit_rows(admin_ctx)[before:]] == [("denied", "denied")]
        finally:
            other.close()


def test_a_period_before_any_service_still_prints(admin_ctx: StationContext, served: tuple[str, str]) -> None:
    client_id, _ = served
    printed = _print(admin_ctx, client_id, period_from=date(2020, 1, 1), period_to=date(2020, 12, 31))
    assert "档案期间：2020年1月1日至2020年12月31日" in squash(page_texts(printed.pdf)[0])
