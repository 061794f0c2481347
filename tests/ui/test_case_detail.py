"""The case file view on a real station: a client walked from registration to active through the dialogs, a refused
step naming what is missing, and a high risk record offering the green channel's suspension."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from rehabdesk.domain.people import ClientStatus
from rehabdesk.services import cases, clients
from rehabdesk.services.context import StationContext
from rehabdesk.ui.dialogs.assessment_dialog import AssessmentDialog
from rehabdesk.ui.dialogs.case_dialogs import RiskDialog, TransitionDialog
from rehabdesk.ui.dialogs.plan_dialog import PlanDialog
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages.case_detail import CaseDetailView
from rehabdesk.ui.text import labels
from tests.paperwork_support import sign_papers
from tests.people_support import TODAY, client_input
from tests.support import audit_rows
from tests.training_support import worker


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _step(view: CaseDetailView, target: str, reason: str = "") -> TransitionDialog:
    view.change_status_button.click()
    dialog = view.dialog
    assert isinstance(dialog, TransitionDialog)
    _choose(dialog.target_combo, target)
    dialog.reason_edit.setText(reason)
    dialog.submit()
    return dialog


def _status(view: CaseDetailView) -> str:
    return view.status_label.text()


def test_a_client_walked_from_registration_to_active_and_suspended(
    admin_ctx: StationContext, ops: Operations, zh, qtbot
) -> None:
    assessor = worker(admin_ctx, assessor=True)
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    view = CaseDetailView(admin_ctx, ops, client_id)
    qtbot.addWidget(view)
    assert _status(view) == labels.label_of(ClientStatus, "registered")
    assert "张三丰" in view.name_label.text() and "*" in view.id_label.text()

    step = _step(view, "assessing", "本人申请，材料齐全")
    assert step.result_value is None and not step.message.isVisible(), step.message.text()
    assert _status(view) == labels.label_of(ClientStatus, "assessing")

    view.assessment_button.click()
    dialog = view.dialog
    assert isinstance(dialog, AssessmentDialog)
    _choose(dialog.assessor_combo, assessor)
    assert dialog.instrument_combo.currentData() == "sdss"
    for combo in dialog.item_combos.values():
        _choose(combo, 1)
    assert "10" in dialog.total_label.text()
    dialog.needs_list.item(3).setCheckState(Qt.CheckState.Checked)
    dialog.submit()
    assert dialog.result_value is not None and dialog.result_value.score.total == 10
    notice = view.dialog
    assert isinstance(notice, QMessageBox) and notice.objectName() == "untrainedNotice"
    notice.accept()

    refused = _step(view, "enrolled")
    assert refused.isVisible() and refused.result_value is None
    assert refused.message.isVisible()
    assert refused.message.text().count("\n") >= 2  # the heading, then a line for each missing piece
    refused.reject()
    assert _status(view) == labels.label_of(ClientStatus, "assessing")

    sign_papers(admin_ctx, client_id, TODAY)
    _step(view, "enrolled")
    assert _status(view) == labels.label_of(ClientStatus, "enrolled")

    view.plan_button.click()
    plan = view.dialog
    assert isinstance(plan, PlanDialog)
    plan.goal_widget(0, "goal").setText("每周参加三次日间训练")
    plan.goal_widget(0, "service_types").choose(("life_skills", "social_skills"))
    plan.goal_widget(0, "frequency").setText("每周三次")
    plan.submit()
    assert view.draft_plan_id == plan.result_value
    assert view.approve_button.isEnabled()

    view.approve_button.click()
    view.dialog.submit()
    assert _status(view) == labels.label_of(ClientStatus, "active")
    assert not view.approve_button.isEnabled()

    view.risk_button.click()
    risk = view.dialog
    assert isinstance(risk, RiskDialog)
    _choose(risk.risk_combo, 3)
    risk.source_edit.setText("家属来电")
    risk.submit()
    assert risk.result_value is True
    question = view.dialog
    assert isinstance(question, QMessageBox) and question.objectName() == "greenChannelQuestion"
    assert _status(view) == labels.label_of(ClientStatus, "active")  # nothing happened on its own
    question.findChild(object, "suspendNowButton").click()
    suspend = view.dialog
    assert isinstance(suspend, TransitionDialog)
    assert suspend.target_combo.currentData() == "suspended"
    assert suspend.document_edit.text() == "家属来电"
    suspend.reason_edit.setText("住院治疗")
    suspend.submit()
    assert _status(view) == labels.label_of(ClientStatus, "suspended")
    assert cases.case_path(admin_ctx, client_id).status == "suspended"

    texts = [view.timeline.item(row, 1).text() for row in range(view.timeline.rowCount())]
    # applied, registered, assessing, enrolled, active, the risk record, suspended; the assessment, the plan
    assert len(texts) == 9
    steps = [text for text in texts if "→" in text]
    assert steps[0].endswith(labels.label_of(ClientStatus, "suspended"))
    assert any("住院治疗" in view.timeline.item(row, 2).text() for row in range(view.timeline.rowCount()))
    views = [detail for _seq, _who, action, _outcome, detail in audit_rows(admin_ctx) if action == "view"]
    assert len([detail for detail in views if "documents" not in (detail or "")]) == 1  # the file opened once


def test_the_client_list_opens_the_case_file_in_a_window(qtbot, zh, admin_ctx, ops, prefs) -> None:
    from rehabdesk.services import clients as client_service
    from rehabdesk.ui.pages.case_detail import CaseDetailView
    from rehabdesk.ui.pages.clients import ClientsPage
    from tests.people_support import TODAY as REGISTERED_ON
    from tests.people_support import client_input as new_client

    client_service.register_client(admin_ctx, new_client(), today=REGISTERED_ON)
    page = ClientsPage(admin_ctx, ops, prefs)
    qtbot.addWidget(page)
    page.show()
    page.view.selectRow(0)
    page.case_button.click()
    window = page.case_window
    assert window is not None and window.isVisible()
    assert window.windowTitle() == "个案档案"
    assert window.findChild(CaseDetailView) is not None
    window.close()


def test_assessments_and_plans_have_their_tabs(qtbot, zh, admin_ctx, ops) -> None:
    from rehabdesk.ui.pages.case_detail import CaseDetailView
    from tests.case_support import active_client
    from tests.training_support import worker as new_worker

    client_id = active_client(admin_ctx, new_worker(admin_ctx, assessor=True))
    view = CaseDetailView(admin_ctx, ops, client_id)
    qtbot.addWidget(view)
    view.show()
    assert view.assessments_table.rowCount() == 1
    assert view.assessments_table.item(0, 1).text() == "初评"
    assert view.plans_table.rowCount() == 1
    assert view.plans_table.item(0, 1).text() == "执行中"
    assert view.draft_plan_id is None and not view.approve_button.isEnabled()
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())][:3] == ["时间线", "评估", "康复计划"]


def test_the_timeline_is_built_once_per_refresh(qtbot, zh, admin_ctx, ops, monkeypatch) -> None:
    """The tabs' parts are read in one job and shown together: the timeline is built from all of them once, not
    once per part as each arrived (a case file of 250 rows spent a sixth of its opening time on the rebuilds)."""
    from tests.case_support import active_client

    client_id = active_client(admin_ctx, worker(admin_ctx, assessor=True))
    built: list[int] = []
    real = CaseDetailView.timeline_rows

    def counted(view: CaseDetailView, path):  # type: ignore[no-untyped-def]
        rows = real(view, path)
        built.append(len(rows))
        return rows

    monkeypatch.setattr(CaseDetailView, "timeline_rows", counted)
    view = CaseDetailView(admin_ctx, ops, client_id)
    qtbot.addWidget(view)
    texts = [view.timeline.item(row, 1).text() for row in range(view.timeline.rowCount())]
    assert len(built) == 1 and built[0] == len(texts)
    assert any(text.startswith("评估") for text in texts) and any("计划" in text for text in texts)  # every part
    view.refresh()
    assert len(built) == 2


def test_the_case_file_prints_either_copy_into_the_preview(
    admin_ctx: StationContext, ops: Operations, zh, qtbot
) -> None:
    import io

    import pypdf

    from rehabdesk.ui.dialogs.case_print_dialog import CasePrintDialog
    from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog

    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    view = CaseDetailView(admin_ctx, ops, client_id)
    qtbot.addWidget(view)
    view.show()
    assert view.print_button.isEnabled()
    view.print_button.click()
    dialog = view.dialog
    assert isinstance(dialog, CasePrintDialog)
    dialog.to_edit.setText("2099-01-01")
    dialog.submit()
    assert dialog.isVisible() and dialog.to_edit.property("invalid")  # refused, nothing printed
    dialog.to_edit.setText(TODAY.isoformat())
    dialog.copy_combo.setCurrentIndex(dialog.copy_combo.findData("client"))
    dialog.submit()
    preview = view.dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.page_count() >= 1
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(preview.pdf_bytes)).pages)
    assert "本人查阅副本" in text and "张三丰" in text
    preview.close()
    prints = [detail for _seq, _who, action, _outcome, detail in audit_rows(admin_ctx) if action == "print"]
    assert len(prints) == 1 and "client" in prints[0]
