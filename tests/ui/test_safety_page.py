"""The Safety page on a real station: a new station is behind on no drill, a drill recorded through the dialog
moves the schedule and fills the drills table, a corrective action needs a note to close, and a plan past its
annual review shows in red."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from rehabdesk.domain import clock
from rehabdesk.domain.roles import Role
from rehabdesk.domain.safety import ActionStatus, DueState
from rehabdesk.services import safety
from rehabdesk.services.safety import ActionInput, PlanInput
from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from rehabdesk.ui.dialogs.safety_dialogs import CloseActionDialog, DateDialog, DrillDialog, PlanDialog
from rehabdesk.ui.kit.colours import RED
from rehabdesk.ui.pages.safety import SafetyPage
from rehabdesk.ui.text.labels import label_of
from tests.conftest import STAFF_PASSWORD
from tests.support import login_as
from tests.training_support import drill_input, worker


@pytest.fixture(autouse=True)
def _one_day() -> Iterator[None]:
    """The test and the page read the same day from the one clock, even when the suite runs across midnight."""
    with clock.frozen(clock.today()):
        yield


STATE, LAST, DUE = 4, 2, 3


def _page(qtbot, ctx, ops) -> SafetyPage:
    page = SafetyPage(ctx, ops)
    qtbot.addWidget(page)
    page.show()
    return page


def _schedule(page: SafetyPage) -> dict[str, tuple]:
    table = page.schedule_table
    return {
        entry.scenario.value: tuple(table.item(row, column) for column in range(table.columnCount()))
        for row, entry in enumerate(page.status.schedule)
    }


def test_a_new_station_opens_with_no_drill_overdue(qtbot, zh, admin_ctx, ops) -> None:
    page = _page(qtbot, admin_ctx, ops)
    schedule = _schedule(page)
    assert set(schedule) == {"fire", "missing", "armed_violence", "self_harm", "choking"}
    for items in schedule.values():
        assert items[STATE].text() == label_of(DueState, "ok")
        assert items[STATE].foreground().color() != RED
    assert page.drills_table.rowCount() == 0 and not page.print_drill_button.isEnabled()


def test_recording_a_drill_updates_the_schedule_and_the_drills(qtbot, zh, admin_ctx, ops) -> None:
    first, second = worker(admin_ctx), worker(admin_ctx, "S002", "王芳")
    page = _page(qtbot, admin_ctx, ops)
    page.record_drill_button.click()
    dialog = page.dialog
    assert isinstance(dialog, DrillDialog) and dialog.participants.count() == 2
    dialog.scenario_combo.setCurrentIndex(dialog.scenario_combo.findData("fire"))
    dialog.clients_spin.setValue(12)
    dialog.add_action_row("更换二楼应急灯", first, (clock.today() + timedelta(days=10)).isoformat())
    dialog.submit()
    assert dialog.isVisible() and dialog.participants.property("invalid")  # nobody ticked: refused
    dialog.set_participants([first, second])
    dialog.evaluation_edit.setPlainText("疏散有序。")
    dialog.add_action_row("复训", second, "2026-13-01")
    dialog.add_action_row("补充应急灯", second)  # the newest row is the current one
    dialog.submit()
    assert dialog.isVisible() and dialog.actions_table.currentRow() == 1  # the action with the impossible date
    dialog.actions_table.setCurrentCell(1, 0)
    dialog.remove_action_button.click()
    dialog.submit()
    assert not dialog.isVisible()

    fire = _schedule(page)["fire"]
    assert fire[LAST].text() == clock.today().isoformat()
    assert fire[STATE].text() == label_of(DueState, "ok") and fire[STATE].foreground().color() != RED
    assert page.drills_table.rowCount() == 1
    assert [page.drills_table.item(0, column).text() for column in (1, 3, 4, 6)] == [
        clock.today().isoformat(),
        "2",
        "12",
        "2",
    ]
    assert page.actions_table.rowCount() == 2 and page.actions_table.item(0, 2).text() == "更换二楼应急灯"

    page.scenario_filter.setCurrentIndex(page.scenario_filter.findData("choking"))
    assert page.drills_table.rowCount() == 0


def test_closing_a_corrective_action_needs_a_note(qtbot, zh, admin_ctx, ops) -> None:
    member = worker(admin_ctx)
    late = ActionInput("更换过期灭火器", clock.today() - timedelta(days=5), member)
    safety.record_drill(admin_ctx, drill_input(member, day=clock.today(), actions=(late,)))
    page = _page(qtbot, admin_ctx, ops)
    assert page.actions_table.item(0, 1).foreground().color() == RED  # overdue
    page.actions_table.selectRow(0)
    page.close_action_button.click()
    dialog = page.dialog
    assert isinstance(dialog, CloseActionDialog)
    dialog.submit()
    assert dialog.isVisible() and dialog.note_edit.property("invalid")
    dialog.note_edit.setPlainText("已更换两具灭火器。")
    dialog.submit()
    assert not dialog.isVisible()
    assert page.actions[0].status == ActionStatus.DONE
    assert page.actions_table.item(0, 5).text() == "已更换两具灭火器。"
    assert page.actions_table.item(0, 1).foreground().color() != RED

    page.actions_table.selectRow(0)
    page.reopen_action_button.click()
    reopening = page.dialog
    assert isinstance(reopening, DateDialog)
    reopening.submit()
    assert page.actions[0].status == ActionStatus.OPEN


def test_a_plan_past_its_review_is_red_and_a_new_plan_is_added(qtbot, zh, admin_ctx, ops) -> None:
    old = clock.today().replace(year=clock.today().year - 2, day=1)
    safety.add_plan(admin_ctx, PlanInput("火灾事故应急预案", ("fire",), "2024版", old))
    page = _page(qtbot, admin_ctx, ops)
    assert page.plans_table.item(0, 4).foreground().color() == RED

    page.new_plan_button.click()
    dialog = page.dialog
    assert isinstance(dialog, PlanDialog)
    dialog.title_edit.setText("服务对象走失应急预案")
    dialog.version_edit.setText("2026版")
    dialog.submit()
    assert dialog.isVisible() and dialog.scenarios_box.property("invalid")  # no scenario ticked
    dialog.scenario_checks["missing"].setChecked(True)
    dialog.submit()
    assert not dialog.isVisible()
    assert page.plans_table.rowCount() == 2
    new_row = next(row for row, plan in enumerate(page.plans) if plan.title == "服务对象走失应急预案")
    assert page.plans_table.item(new_row, 4).foreground().color() != RED

    page.plans_table.selectRow(1 - new_row)
    page.review_plan_button.click()
    page.dialog.submit()
    assert all(page.plans_table.item(row, 4).foreground().color() != RED for row in range(2))


def test_without_training_rights_the_page_is_read_only(qtbot, zh, admin_ctx, ops) -> None:
    member = worker(admin_ctx)
    safety.record_drill(admin_ctx, drill_input(member, day=clock.today()))
    ctx = login_as(admin_ctx, "wangfang", {Role.STAFF}, STAFF_PASSWORD)
    try:
        page = _page(qtbot, ctx, ops)
        assert page.drills_table.rowCount() == 1 and page.actions_table.rowCount() == 1
        for hidden in (
            page.new_plan_button,
            page.edit_plan_button,
            page.review_plan_button,
            page.record_drill_button,
            page.add_action_button,
            page.close_action_button,
            page.reopen_action_button,
        ):
            assert hidden.isHidden()
        page.drills_table.selectRow(0)
        page.print_drill_button.click()  # anyone may print the record
        assert isinstance(page.dialog, PdfPreviewDialog) and page.dialog.page_count() >= 1
        assert page.dialog.windowTitle().endswith(page.drills[0].number)
    finally:
        ctx.close()


PLAN_PDF = b"%PDF-1.4\n% plan text\n%%EOF\n"


def test_a_plan_file_is_attached_and_opened_and_safety_training_is_listed(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    from rehabdesk.services import training
    from rehabdesk.ui.dialogs.scan_viewer import ScanViewerDialog
    from tests.training_support import course_input

    member = worker(admin_ctx)
    training.record_training(
        admin_ctx, course_input(member, kind="safety", title="消防安全培训", day=clock.today()), today=clock.today()
    )
    safety.add_plan(admin_ctx, PlanInput("火灾事故应急预案", ("fire",), "1", clock.today()), today=clock.today())
    page = _page(qtbot, admin_ctx, ops)
    page.refresh()
    assert page.safety_training_table.rowCount() == 1
    assert page.safety_training_table.item(0, 1).text() == "消防安全培训"
    assert page.tabs.tabText(3) == "安全培训"
    page.plans_table.selectRow(0)
    assert not page.view_plan_button.isEnabled()
    file = tmp_path / "plan.pdf"
    file.write_bytes(PLAN_PDF)
    page.attach_plan_file(file)
    page.plans_table.selectRow(0)
    assert page.view_plan_button.isEnabled()
    page.view_plan_file()
    assert isinstance(page.dialog, ScanViewerDialog)
    page.dialog.close()
