"""The Staff & training page on a real station: a course for two workers, a refused value kept in the form,
editing and deleting a course, a roster import with a bad row and then a clean one, the Excel export, a worker's
own view, and a worker leaving."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.roles import Role
from rehabdesk.services import accounts, sessions, training
from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from rehabdesk.ui.dialogs.training_dialogs import LeavingDialog, TrainingDialog
from rehabdesk.ui.dialogs.training_import_dialog import TrainingImportDialog
from rehabdesk.ui.kit.colours import RED
from rehabdesk.ui.pages.staff_training import StaffTrainingPage
from rehabdesk.ui.text.training_text import hours_text
from tests.conftest import TEST_POLICY
from tests.training_support import course_input, worker


@pytest.fixture(autouse=True)
def _one_day() -> Iterator[None]:
    """The test and the page read the same day from the one clock, even when the suite runs across midnight."""
    with clock.frozen(clock.today()):
        yield


PASSWORD = "worker-pass-81"
COUNTED, REQUIRED, ASSESSOR = 4, 3, 8
HEADERS = ["工号", "姓名", "开始日期", "结束日期", "学时", "培训名称", "培训类型", "主办单位", "证书编号"]


def _page(qtbot, ctx, ops) -> StaffTrainingPage:
    page = StaffTrainingPage(ctx, ops)
    qtbot.addWidget(page)
    page.show()
    return page


def _cell(page: StaffTrainingPage, number: str, column: int):
    table = page.workers_table
    row = next(row for row in range(table.rowCount()) if table.item(row, 0).text() == number)
    return table.item(row, column)


def _login(admin_ctx, staff_id: str):
    accounts.create_account(admin_ctx, "lixia", "李霞", frozenset({Role.STAFF}), PASSWORD, staff_id=staff_id)
    return sessions.unlock(admin_ctx.store.paths, "lixia", PASSWORD, TEST_POLICY)


def test_a_course_for_two_workers_counts_for_both(qtbot, zh, admin_ctx, ops) -> None:
    first, second = worker(admin_ctx), worker(admin_ctx, "S002", "王芳")
    worker(admin_ctx, "S003", "赵磊", start_date=f"{clock.today().year}-07-01", assessor=True)
    page = _page(qtbot, admin_ctx, ops)
    assert page.workers_table.rowCount() == 3
    assert _cell(page, "S001", COUNTED).text() == hours_text(0)
    joiner = _cell(page, "S003", REQUIRED)
    assert joiner.text() != hours_text(20 * 60) and "184" in joiner.toolTip()  # prorated, and the UI says how
    assert _cell(page, "S003", ASSESSOR).foreground().color() == RED
    assert page.degree_label.property("below_target")  # nobody here has a relevant degree

    page.record_training_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TrainingDialog)
    dialog.title_edit.setText("区精康集中培训")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("block"))
    dialog.set_attendee(first)
    dialog.set_attendee(second, certificate="JK-02")
    dialog.hours_edit.setText("6,5")
    dialog.submit()
    assert dialog.isVisible() and dialog.hours_edit.property("invalid")  # refused, everything typed kept
    assert dialog.hours_edit.text() == "6,5" and dialog.title_edit.text() == "区精康集中培训"
    assert dialog.message.isVisible() and "hours_invalid" not in dialog.message.text()
    dialog.hours_edit.setText("6.5")
    joiner_id = dialog.attendee_ids[2]
    dialog.set_attendee(joiner_id)
    dialog.start_edit.setText(f"{clock.today().year}-01-02")
    dialog.end_edit.setText(f"{clock.today().year}-01-02")
    dialog.submit()
    assert dialog.isVisible() and dialog.attendees_table.currentRow() == 2  # the one not yet employed, shown
    assert "赵磊" in dialog.message.text()
    dialog.set_attendee(joiner_id, attended=False)
    dialog.start_edit.setText(clock.today().isoformat())
    dialog.end_edit.setText(clock.today().isoformat())
    dialog.submit()
    assert not dialog.isVisible()
    assert _cell(page, "S001", COUNTED).text() == hours_text(390)
    assert _cell(page, "S002", COUNTED).text() == hours_text(390)
    assert _cell(page, "S003", COUNTED).text() == hours_text(0)

    page.select_worker(second)
    assert page.courses_table.rowCount() == 1
    assert page.courses_table.item(0, 6).text() == "JK-02"


def test_editing_and_deleting_a_course(qtbot, zh, admin_ctx, ops, monkeypatch) -> None:
    member = worker(admin_ctx)
    training.record_training(admin_ctx, course_input(member, hours="4", day=clock.today()))
    page = _page(qtbot, admin_ctx, ops)
    page.courses_table.selectRow(0)
    page.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TrainingDialog) and dialog.title_edit.text() == "精神障碍社区康复服务规范培训"
    dialog.hours_edit.setText("5")
    dialog.submit()
    assert _cell(page, "S001", COUNTED).text() == hours_text(300)

    monkeypatch.setattr(
        "rehabdesk.ui.pages.staff_training.QMessageBox.question", lambda *args: QMessageBox.StandardButton.Yes
    )
    page.courses_table.selectRow(0)
    page.delete_button.click()
    assert _cell(page, "S001", COUNTED).text() == hours_text(0)
    assert page.courses_table.rowCount() == 0


def _roster(path: Path, rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    for row in [HEADERS, *rows]:
        book.active.append(row)
    book.save(path)
    return path


def test_a_roster_with_a_bad_row_imports_nothing_then_a_clean_one_imports(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    worker(admin_ctx)
    worker(admin_ctx, "S002", "王芳")
    day = clock.today().isoformat()
    good = [
        ["S001", "李霞", day, day, "3", "个案督导", "跟踪督导", "本站", ""],
        ["S002", "王芳", day, day, "3", "个案督导", "跟踪督导", "本站", ""],
    ]
    page = _page(qtbot, admin_ctx, ops)
    dialog = page.import_roster()
    assert isinstance(dialog, TrainingImportDialog)
    dialog.load(_roster(tmp_path / "bad.xlsx", [*good, ["S404", "无此人", day, day, "2", "培训", "集中培训", "", ""]]))
    table = dialog.problems_table
    assert table.rowCount() == 1
    row, column, message = (table.item(0, index).text() for index in range(3))
    assert (row, column) == ("4", "工号")
    assert message and "staff_number_unknown" not in message
    assert not dialog.import_button.isEnabled()
    dialog.confirm()
    assert training.courses_in_year(admin_ctx, clock.today().year) == []

    dialog.load(_roster(tmp_path / "good.xlsx", good))
    assert dialog.problems_table.rowCount() == 0 and dialog.import_button.isEnabled()
    assert dialog.preview.courses == 1 and dialog.preview.attendances == 2
    dialog.confirm()
    assert len(training.courses_in_year(admin_ctx, clock.today().year)) == 1
    assert _cell(page, "S002", COUNTED).text() == hours_text(180)  # the page refreshed after the import
    assert not dialog.import_button.isEnabled()


def test_the_summary_exports_to_a_workbook(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    member = worker(admin_ctx)
    training.record_training(admin_ctx, course_input(member, hours="20", day=clock.today()))
    page = _page(qtbot, admin_ctx, ops)
    target = tmp_path / f"培训汇总-{clock.today().year}.xlsx"
    page.export_to(target)
    rows = [[cell.value for cell in row] for row in openpyxl.load_workbook(target).active.iter_rows()]
    assert rows[1][0] == "工号" and rows[2][:2] == ["S001", "李霞"]
    assert str(target) in page.status_label.text()


def test_a_worker_sees_only_their_own_line_and_no_edit_buttons(qtbot, zh, admin_ctx, ops) -> None:
    own = worker(admin_ctx)
    other = worker(admin_ctx, "S002", "王芳")
    training.record_training(admin_ctx, course_input(other, hours="3", day=clock.today()))
    ctx = _login(admin_ctx, own)
    try:
        page = _page(qtbot, ctx, ops)
        assert page.workers_table.rowCount() == 1 and page.workers_table.item(0, 0).text() == "S001"
        for hidden in (
            page.edit_button,
            page.delete_button,
            page.import_button,
            page.summary_button,
            page.export_button,
            page.leave_button,
            page.cards,
        ):
            assert hidden.isHidden()
        assert page.record_training_button.isEnabled() and page.print_record_button.isEnabled()

        page.record_training_button.click()
        dialog = page.dialog
        assert isinstance(dialog, TrainingDialog) and dialog.attendees_table.rowCount() == 1
        dialog.title_edit.setText("同伴支持技能提升班")
        dialog.hours_edit.setText("2")
        dialog.submit()
        assert not dialog.isVisible()
        assert page.workers_table.item(0, COUNTED).text() == hours_text(120)
        page.print_record_button.click()
        assert isinstance(page.dialog, PdfPreviewDialog) and page.dialog.page_count() >= 1
        assert "李霞" not in page.dialog.windowTitle() and "S001" in page.dialog.windowTitle()
    finally:
        ctx.close()


def test_a_worker_leaving_disables_their_account(qtbot, zh, admin_ctx, ops) -> None:
    member = worker(admin_ctx)
    _login(admin_ctx, member).close()
    page = _page(qtbot, admin_ctx, ops)
    page.select_worker(member)
    page.leave_button.click()
    dialog = page.dialog
    assert isinstance(dialog, LeavingDialog) and dialog.warning.text()
    dialog.end_edit.setText("2020-01-01")  # before the start date: refused, kept
    dialog.submit()
    assert dialog.isVisible() and dialog.end_edit.property("invalid")
    dialog.end_edit.setText(clock.today().isoformat())
    dialog.submit()
    assert not dialog.isVisible()
    assert "1" in page.status_label.text()
    with pytest.raises(DomainError):
        sessions.unlock(admin_ctx.store.paths, "lixia", PASSWORD, TEST_POLICY)


def test_a_certificate_is_attached_to_a_course(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    from rehabdesk.services import training as training_service
    from rehabdesk.ui.dialogs.scan_viewer import ScanViewerDialog
    from rehabdesk.ui.pages.staff_training import StaffTrainingPage
    from tests.people_support import TODAY as PEOPLE_TODAY
    from tests.training_support import course_input, worker

    member = worker(admin_ctx)
    training_service.record_training(admin_ctx, course_input(member), today=PEOPLE_TODAY)
    page = StaffTrainingPage(admin_ctx, ops)
    qtbot.addWidget(page)
    page.show()
    page.year_spin.setValue(2026)
    page.refresh()
    page.select_worker(member)
    page.courses_table.selectRow(0)
    assert page.attach_certificate_button.isEnabled() and not page.view_certificate_button.isEnabled()
    certificate = tmp_path / "certificate.png"
    certificate.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    page.attach_certificate(certificate)
    page.select_worker(member)
    page.courses_table.selectRow(0)
    assert page.view_certificate_button.isEnabled()
    page.view_certificate()
    assert isinstance(page.dialog, ScanViewerDialog)
    page.dialog.close()
