"""Typed work kept and forms that say what they do (issue 18, item 4): Esc asks before typed work goes, the plan's
service picker stays open while ticking, a corrected field loses its red mark, one day's timeline reads newest
first, one word for 在册服务, the case-print button says 打印, and Chinese messages use Chinese punctuation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.people import ClientStatus
from rehabdesk.services import cases, clients, plans
from rehabdesk.services.cases import TransitionRequest
from rehabdesk.storage.keys import KeyPolicy
from rehabdesk.storage.paths import StationPaths
from rehabdesk.ui.dialogs.account_dialog import AccountDialog
from rehabdesk.ui.dialogs.case_print_dialog import CasePrintDialog
from rehabdesk.ui.dialogs.plan_dialog import PlanDialog
from rehabdesk.ui.dialogs.staff_dialog import StaffDialog
from rehabdesk.ui.first_run import FirstRunWizard
from rehabdesk.ui.pages.case_detail import CaseDetailView
from rehabdesk.ui.pages.today import TodayPage
from rehabdesk.ui.text import labels
from rehabdesk.ui.text.messages import message_for
from tests.case_support import active_client
from tests.paperwork_support import sign_papers
from tests.people_support import TODAY, client_input
from tests.training_support import worker

ZH_TS = Path(__file__).parents[2] / "i18n" / "rehabdesk_zh_CN.ts"
CJK = "[\u3400-\u9fff]"
ASCII_BETWEEN_CJK = re.compile(rf"{CJK}\s*[,:?!()]\s*{CJK}")


def _answer_next_question(button_name: str) -> None:
    """Click ``button_name`` on the question the next call opens (it runs its own event loop)."""

    def click() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, QMessageBox) and question.objectName() == "discardQuestion"
        question.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, click)


def test_esc_asks_before_typed_work_goes_and_the_service_picker_stays_open(admin_ctx, ops, zh, qtbot) -> None:
    member = worker(admin_ctx)
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    dialog = PlanDialog(admin_ctx, ops, client_id, [])
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    goal = dialog.goal_widget(0, "goal")
    QTest.keyClicks(goal, "walk daily")  # typed, as a worker would

    picker = dialog.goal_widget(0, "service_types").menu()
    picker.popup(dialog.mapToGlobal(QPoint(10, 10)))
    qtbot.waitExposed(picker)
    first, second = picker.actions()[0], picker.actions()[3]
    for action in (first, second):
        QTest.mouseClick(picker, Qt.MouseButton.LeftButton, pos=picker.actionGeometry(action).center())
        assert picker.isVisible()  # open for the next pick
    assert first.isChecked() and second.isChecked()
    QTest.keyClick(picker, Qt.Key.Key_Escape)
    assert not picker.isVisible() and dialog.isVisible()  # Esc closed the menu only

    _answer_next_question("keepTypingButton")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and goal.text() == "walk daily"
    _answer_next_question("discardTypedButton")
    dialog.reject()  # Cancel or the close button end here too
    assert not dialog.isVisible()
    assert plans.list_plans(admin_ctx, client_id) == []
    assert member


def test_a_form_nobody_typed_into_closes_at_once(admin_ctx, ops, zh, qtbot) -> None:
    dialog = StaffDialog(admin_ctx, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("程序填入")  # filled by the program, not typed: nothing to lose
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_field_marks_go_as_the_user_corrects_them(admin_ctx, ops, zh, qtbot, tmp_path) -> None:
    wizard = FirstRunWizard(StationPaths(tmp_path / "station"), KeyPolicy.for_tests(), ops)
    qtbot.addWidget(wizard)
    wizard.show()
    form = wizard.station_page.form
    form.code_edit.setText("cy0301")
    form.county_edit.setText("110105")
    wizard.next()  # no station name
    name = form.name_edit
    assert name.property("invalid") is True and form.message.isVisible()
    QTest.keyClicks(name, "A")
    assert name.property("invalid") is False and not form.message.isVisible()
    assert name.styleSheet() == ""
    _answer_next_question("discardTypedButton")  # typed into: closing asks
    wizard.reject()
    assert not wizard.isVisible()

    dialog = AccountDialog(admin_ctx, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.login_edit.setText("no spaces allowed")
    dialog.name_edit.setText("王芳")
    dialog.password_edit.setText("a-long-password-9")
    dialog.submit()
    assert dialog.login_edit.property("invalid") is True
    QTest.keyClick(dialog.login_edit, Qt.Key.Key_Backspace)
    assert dialog.login_edit.property("invalid") is False and not dialog.message.isVisible()
    assert dialog.name_edit.property("invalid") is False
    _answer_next_question("discardTypedButton")
    dialog.reject()


def test_one_days_timeline_reads_newest_first(admin_ctx, ops, zh, qtbot) -> None:
    """Everything of active_client happens on one day: registered → assessing → (assessment) → enrolled →
    (plan approved) → active. Newest first, the day reads back in the order it was done."""
    member = worker(admin_ctx, assessor=True)
    client_id = active_client(admin_ctx, member)
    view = CaseDetailView(admin_ctx, ops, client_id)
    qtbot.addWidget(view)
    rows = [what for day, what, _ in view.timeline_rows(view.path) if day == TODAY]
    active, enrolled, assessing = (labels.label_of(ClientStatus, s) for s in ("active", "enrolled", "assessing"))
    positions = {
        "active": next(i for i, what in enumerate(rows) if what.endswith(active)),
        "plan": next(i for i, what in enumerate(rows) if "计划" in what),
        "enrolled": next(i for i, what in enumerate(rows) if what.endswith(enrolled)),
        "assessment": next(i for i, what in enumerate(rows) if what.startswith("评估")),
        "assessing": next(i for i, what in enumerate(rows) if what.endswith(assessing)),
    }
    assert list(positions.values()) == sorted(positions.values()), rows


def test_one_word_for_an_active_case_and_the_print_button_says_print(admin_ctx, ops, zh, qtbot) -> None:
    assert labels.label_of(ClientStatus, "active") == "在册服务"  # as DOMAIN.md and the printed papers say
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    sign_papers(admin_ctx, client_id, TODAY)
    cases.change_status(admin_ctx, client_id, TransitionRequest("assessing", TODAY), today=TODAY)
    dialog = CasePrintDialog(admin_ctx, ops, client_id)
    qtbot.addWidget(dialog)
    assert dialog.print_button.text() == "打印…"
    assert all(b.text() != "保存" for b in dialog.findChildren(QPushButton))


def test_chinese_messages_use_chinese_punctuation(zh) -> None:
    root = ET.parse(ZH_TS).getroot()
    offenders = []
    for message in root.iter("message"):
        translation = message.find("translation")
        for text in [translation.text or "", *(form.text or "" for form in translation.findall("numerusform"))]:
            if ASCII_BETWEEN_CJK.search(text):
                offenders.append(text)
    assert offenders == []
    # Text put together in code: a field and its message, a row and its field.
    text = message_for(ValidationError("required", "attendees.2.note"))
    assert not ASCII_BETWEEN_CJK.search(text) and "：" in text, text


def test_cancelling_changes_to_a_saved_service_asks_when_something_was_typed(admin_ctx, ops, zh, qtbot, prefs) -> None:
    member = worker(admin_ctx)
    active_client(admin_ctx, member)
    page = TodayPage(admin_ctx, ops, prefs, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    entry = page.entry
    entry.staff_combo.setCurrentIndex(entry.staff_combo.findData(member))
    entry.search_edit.setText("zsf")
    entry.search_edit.textEdited.emit("zsf")
    QTest.keyClick(entry.search_edit, Qt.Key.Key_Return)
    entry.types_list.item(0).setCheckState(Qt.CheckState.Checked)
    QTest.keyClicks(entry.location_edit, "room 2")
    QTest.keyClick(entry.location_edit, Qt.Key.Key_Return)
    assert len(page.services) == 1

    page.services_table.setCurrentIndex(page.services_model.index(0, 0))
    page.edit_button.click()
    entry.cancel_button.click()  # nothing typed since it was opened: back at once
    assert not entry.cancel_button.isVisible()

    page.edit_button.click()
    QTest.keyClicks(entry.next_step_edit, "call family")
    _answer_next_question("keepTypingButton")
    entry.cancel_button.click()
    assert entry.cancel_button.isVisible() and entry.next_step_edit.text() == "call family"
    _answer_next_question("discardTypedButton")
    entry.cancel_button.click()
    assert not entry.cancel_button.isVisible() and entry.next_step_edit.text() == ""
