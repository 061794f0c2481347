"""A client's whole path through the real windows, from the keyboard: register → assess → consent and agreement →
plan → active → a group service on the Today page → suspend → resume → close → follow-up.

Buttons are pressed with Space once focused (Tab order is Qt's; what a keyboard user does is focus and press),
combo boxes moved with the arrow keys, dialogs submitted with Enter, the quick entry saved with Ctrl+S. Chinese
arrives as an input method's commit, as it does from a pinyin keyboard (QTest types only ASCII). The plan's
service-type menu is the one exception: a popup menu runs its own event loop, so the test ticks it directly."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDialog, QMessageBox, QWidget

from rehabdesk.domain.ids import make_resident_id
from rehabdesk.domain.people import ClientStatus
from rehabdesk.domain.service_kinds import ServiceType
from rehabdesk.services import cases, clients, service_records
from rehabdesk.services.context import StationContext
from rehabdesk.ui.dialogs.agreement_dialogs import AgreementDialog, RecordAgreementSignedDialog
from rehabdesk.ui.dialogs.assessment_dialog import AssessmentDialog
from rehabdesk.ui.dialogs.case_dialogs import TransitionDialog
from rehabdesk.ui.dialogs.client_form import ClientForm
from rehabdesk.ui.dialogs.consent_dialogs import NewConsentFormDialog, RecordConsentSignedDialog
from rehabdesk.ui.dialogs.plan_dialog import PlanDialog
from rehabdesk.ui.dialogs.referral_dialogs import DatedNoteDialog
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.pages.case_detail import CaseDetailView
from rehabdesk.ui.pages.today import TodayPage
from rehabdesk.ui.text import labels
from tests.case_support import active_client
from tests.training_support import worker

ENTER = Qt.Key.Key_Return


def _activate(qtbot, widget: QWidget) -> None:
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def _type(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _press(qtbot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.objectName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _arrow_to(qtbot, combo: QComboBox, value: object) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value, value


def _enter_in(qtbot, field: QWidget) -> None:
    field.setFocus()
    qtbot.keyClick(field, ENTER)


def _step(qtbot, view: CaseDetailView, target: str, reason: str, outcome: str | None = None) -> None:
    _press(qtbot, view.change_status_button)
    dialog = view.dialog
    assert isinstance(dialog, TransitionDialog)
    _arrow_to(qtbot, dialog.target_combo, target)
    if outcome is not None:
        _arrow_to(qtbot, dialog.outcome_combo, outcome)
    _type(qtbot, dialog.reason_edit, reason)
    _enter_in(qtbot, dialog.reason_edit)
    assert not dialog.isVisible(), dialog.message.text()
    assert view.status_label.text() == labels.label_of(ClientStatus, target)


def _register(qtbot, ctx: StationContext, ops: Operations) -> str:
    form = ClientForm(ctx, ops)
    qtbot.addWidget(form)
    _activate(qtbot, form)
    _type(qtbot, form.name_edit, "张三丰")
    _type(qtbot, form.id_number_edit, make_resident_id("110105", date(1980, 5, 6), 13, True))
    form.diagnosis_combo.setFocus()
    qtbot.keyClick(form.diagnosis_combo, Qt.Key.Key_Down)
    row = form.guardian_rows[0]
    _type(qtbot, row.name_edit, "张大山")
    row.relation_combo.setFocus()
    qtbot.keyClick(row.relation_combo, Qt.Key.Key_Down)
    qtbot.keyClick(row.relation_combo, Qt.Key.Key_Down)
    _type(qtbot, row.phone_edit, "13912345678")
    qtbot.keyClick(row.phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible(), form.message.text()
    [found] = clients.search_clients(ctx, "zsf")
    return found.id


def _sign_papers(qtbot, view: CaseDetailView) -> None:
    panel = view.documents
    view.tabs.setCurrentWidget(panel)
    _press(qtbot, panel.new_consent)
    consent = panel.dialog
    assert isinstance(consent, NewConsentFormDialog)
    qtbot.keyClick(consent, ENTER)
    assert not consent.isVisible()
    panel.forms_table.setFocus()
    qtbot.keyClick(panel.forms_table, Qt.Key.Key_Home)
    _press(qtbot, panel.sign_consent)
    signing = panel.dialog
    assert isinstance(signing, RecordConsentSignedDialog)
    for kind in ("sensitive_data", "data_provision"):
        _press(qtbot, signing.checks[kind])
    _enter_in(qtbot, signing.signed_on)
    assert not signing.isVisible(), signing.message.text()

    _press(qtbot, panel.new_agreement)
    agreement = panel.dialog
    assert isinstance(agreement, AgreementDialog)
    for value in ("life_skills", "social_skills"):
        _press(qtbot, agreement.type_checks[value])
    _press(qtbot, agreement.form_checks["group_work"])
    _enter_in(qtbot, agreement.place_edit)
    assert not agreement.isVisible(), agreement.message.text()
    panel.agreements_table.setFocus()
    qtbot.keyClick(panel.agreements_table, Qt.Key.Key_Home)
    _press(qtbot, panel.sign_agreement)
    signed = panel.dialog
    assert isinstance(signed, RecordAgreementSignedDialog)
    _enter_in(qtbot, signed.signed_on)
    assert not signed.isVisible(), signed.message.text()


def test_a_whole_case_from_the_keyboard(admin_ctx: StationContext, ops: Operations, zh, qtbot, prefs) -> None:
    assessor = worker(admin_ctx, assessor=True)
    client_id = _register(qtbot, admin_ctx, ops)
    view = CaseDetailView(admin_ctx, ops, client_id)
    qtbot.addWidget(view)
    _activate(qtbot, view)

    _step(qtbot, view, "assessing", "本人申请")
    _press(qtbot, view.assessment_button)
    assessment = view.dialog
    assert isinstance(assessment, AssessmentDialog)
    _arrow_to(qtbot, assessment.assessor_combo, assessor)
    for combo in assessment.item_combos.values():
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    _enter_in(qtbot, assessment.date_edit)
    assert not assessment.isVisible(), assessment.message.text()
    notice = view.dialog
    if isinstance(notice, QMessageBox):  # the assessor has no assessor training on record
        qtbot.keyClick(notice, ENTER)

    _sign_papers(qtbot, view)
    _step(qtbot, view, "enrolled", "已签署知情同意书和服务协议")

    _press(qtbot, view.plan_button)
    plan = view.dialog
    assert isinstance(plan, PlanDialog)
    _type(qtbot, plan.goal_widget(0, "goal"), "参加社交技能小组")
    plan.goal_widget(0, "service_types").choose((ServiceType.SOCIAL_SKILLS.value,))
    _arrow_to(qtbot, plan.goal_widget(0, "service_form"), "group_work")
    _type(qtbot, plan.goal_widget(0, "frequency"), "每周一次")
    _enter_in(qtbot, plan.start_edit)
    assert not plan.isVisible(), plan.message.text()
    _press(qtbot, view.approve_button)
    approval = view.dialog
    assert isinstance(approval, QDialog)
    qtbot.keyClick(approval, ENTER)
    assert view.status_label.text() == labels.label_of(ClientStatus, "active")

    other = active_client(admin_ctx, assessor, "李四光", serial=13)
    today = TodayPage(admin_ctx, ops, prefs)
    qtbot.addWidget(today)
    _activate(qtbot, today)
    entry = today.entry
    _arrow_to(qtbot, entry.staff_combo, assessor)
    for query in ("zsf", "lsg"):
        _type(qtbot, entry.search_edit, query)
        entry.search_edit.textEdited.emit(query)
        qtbot.keyClick(entry.search_edit, ENTER)
    assert entry.attendee_ids() == [client_id, other]
    _arrow_to(qtbot, entry.form_combo, "group_work")
    entry.types_list.setFocus()
    entry.types_list.setCurrentRow(0)
    qtbot.keyClick(entry.types_list, Qt.Key.Key_Space)
    _type(qtbot, entry.content_edit, "社交技能小组：自我介绍与倾听")
    qtbot.keyClick(entry.content_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not entry.message.isVisible(), entry.message.text()
    assert today.services_model.rowCount() == 1
    [service] = service_records.client_services(admin_ctx, client_id)
    assert service.group and [who for who, _name, _came in service.attendees] == [client_id]  # no one else named
    today.close()

    view.activateWindow()
    _step(qtbot, view, "suspended", "住院治疗")
    _step(qtbot, view, "active", "出院复诊稳定")
    _step(qtbot, view, "closed", "多次联系未果", outcome="lost_contact")

    view.tabs.setCurrentWidget(view.referrals_tab)
    _press(qtbot, view.referrals_tab.follow_up_button)
    follow_up = view.referrals_tab.dialog
    assert isinstance(follow_up, DatedNoteDialog)
    _type(qtbot, follow_up.note_edit, "电话回访：家属表示已回老家居住")
    _enter_in(qtbot, follow_up.date_edit)
    assert not follow_up.isVisible(), follow_up.message.text()
    assert cases.case_path(admin_ctx, client_id).status == "follow_up"
    assert view.status_label.text() == labels.label_of(ClientStatus, "follow_up")
    timeline = [view.timeline.item(row, 1).text() for row in range(view.timeline.rowCount())]
    assert any(text.startswith("服务：") for text in timeline) and "回访" in timeline
