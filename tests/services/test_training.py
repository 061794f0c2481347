"""Training records on a real station: one course for many workers, compliance per year, who sees what, the
leaving workflow, roster import and the summary workbook."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, sessions, staff, training, training_import, training_reports
from rehabdesk.services import settings as settings_service
from rehabdesk.services.context import StationContext
from rehabdesk.services.training import Attendee
from tests.conftest import TEST_POLICY
from tests.documents.pdf_reading import page_texts, squash
from tests.people_support import TODAY
from tests.support import audit_rows, raw_sql
from tests.support import station_query as query
from tests.training_support import course_input, worker

PASSWORD = "worker-pass-81"


def _status(ctx: StationContext, staff_id: str, year: int = 2026):
    overview = training.training_overview(ctx, year, today=TODAY)
    return next(w.compliance for w in overview.workers if w.staff_id == staff_id)


def test_one_course_for_five_workers_is_one_entry(admin_ctx: StationContext) -> None:
    workers = [worker(admin_ctx, f"S00{i}", name) for i, name in enumerate(["李霞", "王芳", "赵磊", "钱芳", "孙丽"])]
    course_id = training.record_training(admin_ctx, course_input(*workers, hours="6"), today=TODAY)
    assert query(admin_ctx, "SELECT count(*) FROM training_course") == [(1,)]
    assert query(admin_ctx, "SELECT count(*) FROM training_attendance WHERE course_id = ?", course_id) == [(5,)]
    assert all(_status(admin_ctx, w).counted_minutes == 360 for w in workers)
    assert [row[2] for row in audit_rows(admin_ctx)].count("create") >= 1


def test_compliance_follows_the_records_and_the_setting(admin_ctx: StationContext) -> None:
    member = worker(admin_ctx)
    training.record_training(admin_ctx, course_input(member, hours="12"), today=TODAY)
    training.record_training(admin_ctx, course_input(member, hours="8", day=date(2026, 6, 2)), today=TODAY)
    training.record_training(admin_ctx, course_input(member, hours="6", kind="safety"), today=TODAY)
    status = _status(admin_ctx, member)
    assert (status.required_minutes, status.counted_minutes, status.other_minutes) == (1200, 1200, 360)
    assert status.compliant
    settings_service.update_settings(
        admin_ctx, replace(settings_service.read_settings(admin_ctx), training_annual_hours=24)
    )
    assert _status(admin_ctx, member).remaining_minutes == 240


def test_a_joiner_is_prorated(admin_ctx: StationContext) -> None:
    member = worker(admin_ctx, start_date="2026-07-01")
    status = _status(admin_ctx, member)
    assert status.prorated and status.required_minutes == 630


def test_courses_outside_employment_and_bad_input_are_refused(admin_ctx: StationContext) -> None:
    member = worker(admin_ctx, start_date="2026-07-01")
    with pytest.raises(ValidationError) as caught:
        training.record_training(admin_ctx, course_input(member, day=date(2026, 3, 10)), today=TODAY)
    assert (caught.value.code, caught.value.field) == ("training_outside_employment", "attendees.0")
    with pytest.raises(ValidationError) as caught:
        training.record_training(admin_ctx, course_input(member, hours="25", day=date(2026, 8, 1)), today=TODAY)
    assert caught.value.code == "hours_exceed_days"
    with pytest.raises(ValidationError) as caught:
        training.record_training(admin_ctx, course_input(), today=TODAY)
    assert caught.value.code == "attendees_required"
    with pytest.raises(ValidationError) as caught:
        training.record_training(admin_ctx, course_input(member, member, day=date(2026, 8, 1)), today=TODAY)
    assert caught.value.code == "attendee_twice"
    assert query(admin_ctx, "SELECT count(*) FROM training_course") == [(0,)]


def test_editing_and_deleting_a_course(admin_ctx: StationContext) -> None:
    first, second = worker(admin_ctx), worker(admin_ctx, "S002", "王芳")
    course_id = training.record_training(admin_ctx, course_input(first, hours="4"), today=TODAY)
    training.update_training(
        admin_ctx,
        course_id,
        replace(course_input(hours="5"), attendees=(Attendee(second, "PX-2026-01"),)),
        today=TODAY,
    )
    assert _status(admin_ctx, first).counted_minutes == 0
    assert _status(admin_ctx, second).counted_minutes == 300
    assert training.get_training(admin_ctx, course_id).attendees == (Attendee(second, "PX-2026-01"),)
    training.delete_training(admin_ctx, course_id)
    assert _status(admin_ctx, second).counted_minutes == 0
    assert query(admin_ctx, "SELECT count(*) FROM training_course WHERE deleted_at IS NOT NULL") == [(1,)]


def _worker_login(admin_ctx: StationContext, staff_id: str, login: str = "lixia") -> StationContext:
    accounts.create_account(admin_ctx, login, "李霞", frozenset({Role.STAFF}), PASSWORD, staff_id=staff_id)
    return sessions.unlock(admin_ctx.store.paths, login, PASSWORD, TEST_POLICY)


def test_workers_see_and_record_only_their_own_training(admin_ctx: StationContext) -> None:
    own, other = worker(admin_ctx), worker(admin_ctx, "S002", "王芳")
    training.record_training(admin_ctx, course_input(other, hours="3"), today=TODAY)
    ctx = _worker_login(admin_ctx, own)
    try:
        training.record_own_training(ctx, course_input(own, hours="2"), today=TODAY)
        overview = training.training_overview(ctx, 2026, today=TODAY)
        assert [w.staff_id for w in overview.workers] == [own] and not overview.everyone
        assert overview.workers[0].compliance.counted_minutes == 120
        with pytest.raises(ValidationError) as caught:
            training.record_own_training(ctx, course_input(other, hours="2"), today=TODAY)
        assert caught.value.code == "own_training_only"
        with pytest.raises(DomainError) as caught:
            training.worker_courses(ctx, other)
        assert caught.value.code == "own_training_only"
        assert len(training.worker_courses(ctx, own)) == 1
    finally:
        ctx.close()


def test_leaving_disables_the_account_and_keeps_the_history(admin_ctx: StationContext) -> None:
    member = worker(admin_ctx)
    training.record_training(admin_ctx, course_input(member, hours="3"), today=TODAY)
    _worker_login(admin_ctx, member).close()
    closed = staff.record_leaving(admin_ctx, member, "2026-11-20", today=TODAY)
    assert closed == 1
    with pytest.raises(DomainError) as caught:
        sessions.unlock(admin_ctx.store.paths, "lixia", PASSWORD, TEST_POLICY)
    assert caught.value.code in ("unknown_account", "wrong_password", "account_disabled")
    assert query(admin_ctx, "SELECT end_date FROM staff WHERE id = ?", member) == [("2026-11-20",)]
    assert len(training.worker_courses(admin_ctx, member)) == 1
    assert _status(admin_ctx, member).days_employed == 324
    assert "staff_leaving" in [row[2] for row in audit_rows(admin_ctx)]


def test_nobody_records_their_own_leaving(admin_ctx: StationContext) -> None:
    member = worker(admin_ctx)
    own_account = admin_ctx.actor.account_id
    # The first admin has no staff record; make it this worker's account.
    raw_sql(
        admin_ctx.store.paths,
        admin_ctx.store.master,
        ("UPDATE account SET staff_id = ? WHERE id = ?", (member, own_account)),
    )
    with pytest.raises(DomainError) as caught:
        staff.record_leaving(admin_ctx, member, TODAY, today=TODAY)
    assert caught.value.code == "cannot_disable_self"
    assert query(admin_ctx, "SELECT end_date FROM staff WHERE id = ?", member) == [(None,)]


ROSTER = [
    ["工号", "姓名", "开始日期", "结束日期", "学时", "培训名称", "培训类型", "主办单位", "证书编号"],
    ["S001", "李霞", "2026-05-10", "2026-05-11", "12", "区精康集中培训", "集中培训", "区民政局", "JK-01"],
    ["S002", "王芳", "2026-05-10", "2026-05-11", "12", "区精康集中培训", "集中培训", "区民政局", "JK-02"],
    ["", "李霞", "2026/6/1", "2026/6/1", "2.5", "个案督导", "跟踪督导", "本站", ""],
]


def _roster(path: Path, rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_clean_roster_imports_in_one_transaction(admin_ctx: StationContext, tmp_path: Path) -> None:
    first, second = worker(admin_ctx), worker(admin_ctx, "S002", "王芳")
    path = _roster(tmp_path / "roster.xlsx", ROSTER)
    preview = training_import.preview_training_import(admin_ctx, path, today=TODAY)
    assert (preview.rows, preview.courses, preview.attendances, preview.problems) == (3, 2, 3, ())
    assert query(admin_ctx, "SELECT count(*) FROM training_course") == [(0,)]  # a preview writes nothing
    before = len(audit_rows(admin_ctx))
    assert training_import.import_training(admin_ctx, path, today=TODAY) == 2
    assert len(audit_rows(admin_ctx)) == before + 1
    assert _status(admin_ctx, first).counted_minutes == 12 * 60 + 150
    assert _status(admin_ctx, second).counted_minutes == 12 * 60


def test_bad_rows_are_named_by_row_and_column_and_nothing_is_imported(
    admin_ctx: StationContext, tmp_path: Path
) -> None:
    worker(admin_ctx)
    rows = [
        *ROSTER[:2],
        ["S404", "无此人", "2026-05-10", "2026-05-10", "2", "培训", "集中培训", "", ""],
        ["S001", "李霞", "2026-05-32", "2026-05-10", "2", "培训", "集中培训", "", ""],
        ["S001", "李霞", "2026-05-10", "2026-05-10", "30", "培训", "集中培训", "", ""],
        ["S001", "李霞", "2026-05-10", "2026-05-10", "2", "培训", "看电影", "", ""],
    ]
    path = _roster(tmp_path / "mixed.xlsx", rows)
    problems = training_import.preview_training_import(admin_ctx, path, today=TODAY).problems
    assert [(p.row, p.column, p.code) for p in problems] == [
        (3, "工号", "staff_number_unknown"),
        (4, "开始日期", "date_invalid"),
        (5, "学时", "hours_exceed_days"),
        (6, "培训类型", "choice_invalid"),
    ]
    with pytest.raises(DomainError) as caught:
        training_import.import_training(admin_ctx, path, today=TODAY)
    assert caught.value.code == "import_has_problems" and caught.value.params["rows"] == 4
    assert query(admin_ctx, "SELECT count(*) FROM training_course") == [(0,)]


def test_a_roster_without_a_needed_column_says_which(admin_ctx: StationContext, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("姓名,培训名称,学时\n李霞,培训,2\n", encoding="utf-8")
    problems = training_import.preview_training_import(admin_ctx, path, today=TODAY).problems
    assert {(p.column, p.code) for p in problems} == {
        ("开始日期", "import_column_missing"),
        ("结束日期", "import_column_missing"),
        ("培训类型", "import_column_missing"),
    }


def test_the_summary_exports_to_a_workbook(admin_ctx: StationContext, tmp_path: Path) -> None:
    member = worker(admin_ctx)
    worker(admin_ctx, "S002", "王芳", start_date="2026-07-01")
    training.record_training(admin_ctx, course_input(member, hours="20"), today=TODAY)
    target = training_reports.export_training_summary(admin_ctx, 2026, tmp_path / "汇总.xlsx", today=TODAY)
    sheet = openpyxl.load_workbook(target).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[1][0] == "工号"
    by_number = {row[0]: row for row in rows[2:4]}
    assert by_number["S001"][8:13] == [20.0, 20.0, 0.0, 0.0, "达标"]
    assert by_number["S002"][8] == 10.5 and by_number["S002"][12] == "未达标（折算）"
    assert any("1 / 2" in str(row[0]) for row in rows[4:])


def test_a_roster_with_formula_like_values_is_questioned(admin_ctx: StationContext, tmp_path: Path) -> None:
    worker(admin_ctx)
    path = tmp_path / "roster.csv"
    path.write_text(
        "工号,姓名,培训名称,培训类型,开始日期,结束日期,学时\n"
        'S001,李霞,"=HYPERLINK(""http://x"",""y"")",集中培训,2026-03-10,2026-03-10,2\n'
        "S001,李霞,@SUM(A1),集中培训,2026-03-11,2026-03-11,-2+3\n",
        encoding="utf-8",
    )
    problems = training_import.preview_training_import(admin_ctx, path, today=TODAY).problems
    assert {(p.row, p.column, p.code) for p in problems} == {
        (2, "培训名称", "import_formula_like"),
        (3, "培训名称", "import_formula_like"),
        (3, "学时", "import_formula_like"),
    }


def test_the_workbook_says_what_the_printed_summary_says(admin_ctx: StationContext, tmp_path: Path) -> None:
    member = worker(admin_ctx)
    clerk = worker(admin_ctx, "S003", "赵敏", profession="administrative", direct_service=False)
    training.record_training(admin_ctx, course_input(member, clerk, hours="20"), today=TODAY)
    target = training_reports.export_training_summary(admin_ctx, 2026, tmp_path / "汇总.xlsx", today=TODAY)
    rows = [[cell.value for cell in row] for row in openpyxl.load_workbook(target).active.iter_rows()]
    by_number = {row[0]: row for row in rows[2:4]}
    # Not in direct service: no hours are required, printed "—" on paper, never 0.
    assert by_number["S003"][8:13] == ["—", 20.0, 0.0, "—", "不适用"]
    printed = squash("".join(page_texts(training_reports.print_training_summary(admin_ctx, 2026, today=TODAY).pdf)))
    lines = [str(row[0]) for row in rows[4:] if row and row[0]]
    for label in (
        "直接服务人员培训达标",
        "需求评估人员已接受需求评估能力培训",
        "具有相关专业学历",
        "全体人员计入学时合计",
    ):
        line = next((line for line in lines if line.startswith(label)), None)
        assert line is not None, label
        assert squash(line).replace("：", "", 1) in printed, line
    assert any(line.endswith("全体人员计入学时合计：40 学时") for line in lines)
