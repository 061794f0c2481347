"""The client register/edit form, driven by the keyboard as station staff use it (issue 3)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.ids import make_resident_id
from rehabdesk.domain.people import Diagnosis, Gender, Relation
from rehabdesk.services import clients, staff
from rehabdesk.services.context import StationContext
from rehabdesk.ui.dialogs.client_form import ClientForm
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels, people_text
from rehabdesk.ui.text.messages import message_for
from tests.people_support import client_input, staff_input

ENTER = Qt.Key.Key_Return


def _open(qtbot, ctx: StationContext, ops: Operations, detail: clients.ClientDetail | None = None) -> ClientForm:
    form = ClientForm(ctx, ops, detail)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _enter(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focused(), ENTER)


def _save(qtbot) -> None:
    qtbot.keyClick(_focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _type(qtbot, widget: QWidget, text: str) -> None:
    """Keys for ASCII; Chinese arrives as an input method's commit, as it does from a real pinyin keyboard."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _fill_minimum(qtbot, form: ClientForm, name: str, id_number: str, *, legal: bool = False) -> None:
    """Name, ID number, diagnosis and one contact, typed."""
    _type(qtbot, form.name_edit, name)
    _type(qtbot, form.id_number_edit, id_number)
    form.diagnosis_combo.setFocus()
    qtbot.keyClick(form.diagnosis_combo, Qt.Key.Key_Down)  # the first diagnosis after "Choose…"
    row = form.guardian_rows[0]
    _type(qtbot, row.name_edit, "张大山")
    row.relation_combo.setFocus()
    qtbot.keyClick(row.relation_combo, Qt.Key.Key_Down)
    qtbot.keyClick(row.relation_combo, Qt.Key.Key_Down)  # Choose… → spouse → parent
    if legal:
        row.legal_check.setFocus()
        qtbot.keyClick(row.legal_check, Qt.Key.Key_Space)
    _type(qtbot, row.phone_edit, "13912345678")


def _count(ctx: StationContext) -> int:
    return len(clients.client_ids(ctx))


def test_register_a_client_with_the_keyboard_only(qtbot, zh, admin_ctx, ops) -> None:
    worker_id = staff.register_staff(admin_ctx, staff_input())
    form = _open(qtbot, admin_ctx, ops)
    assert form.name_edit.hasFocus(), "the form opens on the first field"
    _type(qtbot, form.name_edit, "张三丰")
    _enter(qtbot)
    assert form.id_type_combo.hasFocus(), "Enter moves to the next field"
    assert form.isVisible() and _count(admin_ctx) == 0, "Enter never submits"
    _enter(qtbot)
    assert form.id_number_edit.hasFocus()

    number = make_resident_id("110105", date(1980, 5, 6), 13, True)
    qtbot.keyClicks(form.id_number_edit, number[:-1])
    assert form.birth_date_edit.text() == "", "nothing is derived from an unfinished number"
    qtbot.keyClick(form.id_number_edit, number[-1])
    assert form.birth_date_edit.text() == "1980-05-06"
    assert form.gender_combo.currentText() == labels.label_of(Gender, Gender.FEMALE)
    assert not form.gender_combo.isEnabled() and not form.birth_date_edit.isEnabled()
    assert "北京市朝阳区" in form.id_hint.text()

    _enter(qtbot)
    assert form.ethnicity_edit.hasFocus(), "gender and birth date come from the number, so Enter skips them"
    assert form.ethnicity_edit.text() == "汉族"
    _enter(qtbot)
    qtbot.keyClicks(_focused(), "138 1234 5678")
    assert form.phone_edit.text() == "138 1234 5678"
    _enter(qtbot, 2)  # case number (assigned when saved) → household registration
    assert form.household_edit.hasFocus()
    _enter(qtbot, 4)  # county code, current address, living situation → diagnosis
    assert form.diagnosis_combo.hasFocus()
    qtbot.keyClick(form.diagnosis_combo, Qt.Key.Key_Down)
    assert form.diagnosis_combo.currentText() == labels.label_of(Diagnosis, Diagnosis.SCHIZOPHRENIA)
    _enter(qtbot, 10)  # hospital … poverty → legal capacity
    assert form.capacity_combo.hasFocus()
    _enter(qtbot)
    assert form.worker_combo.hasFocus()
    qtbot.keyClick(form.worker_combo, Qt.Key.Key_Down)
    assert "李霞" in form.worker_combo.currentText()
    _enter(qtbot, 2)  # channel → the first contact's name
    row = form.guardian_rows[0]
    assert row.name_edit.hasFocus()
    _type(qtbot, row.name_edit, "张大山")
    _enter(qtbot)
    assert row.relation_combo.hasFocus()
    qtbot.keyClick(row.relation_combo, Qt.Key.Key_Down)
    qtbot.keyClick(row.relation_combo, Qt.Key.Key_Down)
    assert row.relation_combo.currentData() == Relation.PARENT.value
    _enter(qtbot, 2)  # legal-guardian box → phone
    assert row.phone_edit.hasFocus()
    qtbot.keyClicks(row.phone_edit, "13912345678")

    with qtbot.waitSignal(form.saved) as saved:
        _save(qtbot)
    assert not form.isVisible()
    found = clients.search_clients(admin_ctx, "张三丰")
    assert [summary.id for summary in found] == [saved.args[0]]
    data = clients.open_client(admin_ctx, saved.args[0]).data
    assert data.id_number == number
    assert (data.gender, data.birth_date) == ("female", date(1980, 5, 6))
    assert data.phone == "13812345678"
    assert data.diagnosis == Diagnosis.SCHIZOPHRENIA.value
    assert data.responsible_worker_id == worker_id
    assert [(g.name, g.relation, g.phone) for g in data.guardians] == [("张大山", "parent", "13912345678")]


def test_bad_id_number_marks_the_field_and_keeps_everything_typed(qtbot, zh, admin_ctx, ops) -> None:
    form = _open(qtbot, admin_ctx, ops)
    good = make_resident_id("110105", date(1980, 5, 6), 12, False)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    _fill_minimum(qtbot, form, "李四", bad)
    _type(qtbot, form.phone_edit, "13812345678")
    _type(qtbot, form.current_address_edit, "朝阳路 1 号")
    assert form.id_hint.isVisibleTo(form), "a complete but wrong number is flagged while typing"
    assert form.birth_date_edit.text() == ""
    before = form.client_input()

    _save(qtbot)
    assert form.isVisible()
    assert form.id_number_edit.property("invalid") is True
    assert form.id_number_edit.hasFocus()
    assert form.message.text() == message_for(ValidationError("id_check_digit", "id_number"))
    assert form.message.isVisibleTo(form)
    assert _count(admin_ctx) == 0
    assert form.client_input() == before
    assert form.name_edit.text() == "李四"
    assert form.guardian_rows[0].phone_edit.text() == "13912345678"
    assert form.current_address_edit.text() == "朝阳路 1 号"

    form.id_number_edit.selectAll()
    qtbot.keyClicks(form.id_number_edit, good)
    assert form.birth_date_edit.text() == "1980-05-06"
    with qtbot.waitSignal(form.saved):
        _save(qtbot)
    assert _count(admin_ctx) == 1


def test_a_minor_without_legal_guardian_marks_the_contacts(qtbot, zh, admin_ctx, ops) -> None:
    today = date.today()
    minor = make_resident_id("110105", date(today.year - 10, 1, 15), 21, False)
    form = _open(qtbot, admin_ctx, ops)
    _fill_minimum(qtbot, form, "王小明", minor)
    _save(qtbot)
    assert form.isVisible()
    assert form.message.text() == message_for(ValidationError("legal_guardian_required", "guardians"))
    assert form.guardians_hint.property("invalid") is True
    row = form.guardian_rows[0]
    assert row.legal_check.property("invalid") is True
    assert row.legal_check.hasFocus(), "the box to tick has the focus"
    assert _count(admin_ctx) == 0
    assert row.name_edit.text() == "张大山"

    qtbot.keyClick(row.legal_check, Qt.Key.Key_Space)
    with qtbot.waitSignal(form.saved):
        _save(qtbot)
    guardians = clients.open_client(admin_ctx, clients.client_ids(admin_ctx)[0]).data.guardians
    assert [g.is_legal_guardian for g in guardians] == [True]


def test_errors_in_a_contact_mark_that_contacts_field(qtbot, zh, admin_ctx, ops) -> None:
    form = _open(qtbot, admin_ctx, ops)
    _fill_minimum(qtbot, form, "赵六", make_resident_id("110105", date(1975, 3, 1), 30, False))
    qtbot.mouseClick(form.add_guardian_button, Qt.MouseButton.LeftButton)  # left empty: not sent
    assert form.guardian_rows[1].name_edit.hasFocus()
    qtbot.mouseClick(form.add_guardian_button, Qt.MouseButton.LeftButton)
    third = form.guardian_rows[2]
    _type(qtbot, third.name_edit, "赵大")
    third.relation_combo.setCurrentIndex(third.relation_combo.findData(Relation.ADULT_CHILD.value))
    _type(qtbot, third.phone_edit, "12345")

    _save(qtbot)
    # The empty row was not sent, so the error names contact 2 (guardians.1) and means the third row.
    assert form.message.text() == message_for(ValidationError("phone_invalid", "guardians.1.phone"))
    assert third.phone_edit.property("invalid") is True
    assert form.guardian_rows[1].phone_edit.property("invalid") is not True
    assert third.phone_edit.hasFocus()
    assert _count(admin_ctx) == 0

    third.phone_edit.selectAll()
    qtbot.keyClicks(third.phone_edit, "010-62345678")
    with qtbot.waitSignal(form.saved) as saved:
        _save(qtbot)
    assert third.phone_edit.property("invalid") is False, "a later save clears the marks"
    guardians = clients.open_client(admin_ctx, saved.args[0]).data.guardians
    assert [(g.name, g.phone) for g in guardians] == [("张大山", "13912345678"), ("赵大", "010-62345678")]


def test_no_contact_at_all_is_refused(qtbot, zh, admin_ctx, ops) -> None:
    form = _open(qtbot, admin_ctx, ops)
    _type(qtbot, form.name_edit, "钱七")
    _type(qtbot, form.id_number_edit, make_resident_id("110105", date(1970, 8, 8), 3, False))
    form.diagnosis_combo.setCurrentIndex(1)
    _save(qtbot)
    assert form.message.text() == message_for(ValidationError("contact_required", "guardians"))
    assert form.guardians_hint.property("invalid") is True
    assert form.guardian_rows[0].name_edit.hasFocus()
    assert _count(admin_ctx) == 0


def test_same_id_number_offers_to_open_the_existing_file(qtbot, zh, admin_ctx, ops) -> None:
    existing = clients.register_client(admin_ctx, client_input())
    form = _open(qtbot, admin_ctx, ops)
    _fill_minimum(qtbot, form, "张三", client_input().id_number)
    assert not form.open_existing_button.isVisibleTo(form)
    _save(qtbot)
    assert form.isVisible()
    assert form.message.text() == message_for(
        DomainError("client_duplicate_id", client_id=existing.client_id, case_number=existing.case_number)
    )
    assert existing.case_number in form.message.text()
    assert form.id_number_edit.property("invalid") is True
    assert form.open_existing_button.isVisibleTo(form)
    assert _count(admin_ctx) == 1
    with qtbot.waitSignal(form.open_existing) as opened:
        qtbot.mouseClick(form.open_existing_button, Qt.MouseButton.LeftButton)
    assert opened.args == [existing.client_id]
    assert not form.isVisible()


def test_same_name_and_birth_date_asks_before_saving(qtbot, zh, admin_ctx, ops) -> None:
    existing = clients.register_client(admin_ctx, client_input())
    form = _open(qtbot, admin_ctx, ops)
    _fill_minimum(qtbot, form, "张三丰", make_resident_id("110105", date(1980, 5, 6), 40, False))
    _save(qtbot)
    assert form.isVisible()
    assert existing.case_number in form.message.text()
    assert form.save_anyway_button.isVisibleTo(form)
    assert not form.open_existing_button.isVisibleTo(form)
    assert _count(admin_ctx) == 1, "nothing is saved until the user confirms"

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_anyway_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] != existing.client_id
    assert len(clients.search_clients(admin_ctx, "张三丰")) == 2


def test_edit_loads_the_file_and_saves_a_change(qtbot, zh, admin_ctx, ops) -> None:
    registered = clients.register_client(admin_ctx, client_input(onset_date="2010-04-01", risk_level=2))
    detail = clients.open_client(admin_ctx, registered.client_id)
    form = _open(qtbot, admin_ctx, ops, detail)
    assert form.name_edit.text() == "张三丰"
    assert form.id_number_edit.text() == client_input().id_number, "the opened file shows the full ID number"
    assert form.birth_date_edit.text() == "1980-05-06"
    assert form.gender_combo.currentData() == "male"
    assert form.case_number_edit.text() == registered.case_number and not form.case_number_edit.isEnabled()
    assert form.onset_edit.text() == "2010-04-01"
    assert form.risk_combo.currentData() == 2
    assert [row.name_edit.text() for row in form.guardian_rows] == ["张大山"]
    assert not form.is_dirty()

    form.phone_edit.setFocus()
    form.phone_edit.selectAll()
    qtbot.keyClicks(form.phone_edit, "13600001111")
    form.risk_combo.setFocus()
    qtbot.keyClick(form.risk_combo, Qt.Key.Key_Down)
    with qtbot.waitSignal(form.saved) as saved:
        _save(qtbot)
    assert saved.args == [registered.client_id]
    after = clients.open_client(admin_ctx, registered.client_id)
    assert after.data.phone == "13600001111"
    assert after.data.risk_level == 3
    assert after.version > detail.version
    assert _count(admin_ctx) == 1


def test_edit_refused_when_saved_meanwhile_keeps_the_form(qtbot, zh, admin_ctx, ops) -> None:
    registered = clients.register_client(admin_ctx, client_input())
    detail = clients.open_client(admin_ctx, registered.client_id)
    clients.update_client(
        admin_ctx, registered.client_id, client_input(phone="13700000000"), expected_version=detail.version
    )
    form = _open(qtbot, admin_ctx, ops, detail)
    _type(qtbot, form.living_edit, "与父母同住")
    _save(qtbot)
    assert form.isVisible()
    assert form.message.text() == message_for(DomainError("client_changed_meanwhile"))
    assert form.living_edit.text() == "与父母同住"


def test_unknown_county_in_the_id_number_only_warns(qtbot, zh, admin_ctx, ops) -> None:
    form = _open(qtbot, admin_ctx, ops)
    _fill_minimum(qtbot, form, "孙八", make_resident_id("119999", date(1966, 2, 2), 5, False))
    assert form.id_hint.isVisibleTo(form)
    assert form.birth_date_edit.text() == "1966-02-02"
    with qtbot.waitSignal(form.saved):
        _save(qtbot)


def test_other_id_types_take_gender_and_birth_date_as_typed(qtbot, zh, admin_ctx, ops) -> None:
    form = _open(qtbot, admin_ctx, ops)
    form.id_type_combo.setCurrentIndex(form.id_type_combo.findData("passport"))
    assert form.gender_combo.isEnabled() and form.birth_date_edit.isEnabled()
    _fill_minimum(qtbot, form, "周九", "E12345678")
    _save(qtbot)
    assert form.birth_date_edit.property("invalid") is True, "without a resident number the birth date is typed"
    _type(qtbot, form.birth_date_edit, "1990年3月5日")
    form.gender_combo.setCurrentIndex(form.gender_combo.findData("female"))
    with qtbot.waitSignal(form.saved) as saved:
        _save(qtbot)
    data = clients.open_client(admin_ctx, saved.args[0]).data
    assert (data.id_type, data.id_number, data.birth_date, data.gender) == (
        "passport",
        "E12345678",
        date(1990, 3, 5),
        "female",
    )


def test_escape_closes_an_untouched_form_at_once(qtbot, zh, admin_ctx, ops) -> None:
    form = _open(qtbot, admin_ctx, ops)
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Escape)
    assert not form.isVisible()


@pytest.mark.parametrize("answer", ["keep", "escape_again", "discard"])
def test_escape_asks_before_throwing_away_what_was_typed(qtbot, zh, admin_ctx, ops, answer) -> None:
    form = _open(qtbot, admin_ctx, ops)
    _type(qtbot, form.name_edit, "吴十")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Escape)
    assert form.isVisible()
    assert form.discard_button.isVisibleTo(form) and form.keep_editing_button.isVisibleTo(form)
    if answer == "keep":
        qtbot.mouseClick(form.keep_editing_button, Qt.MouseButton.LeftButton)
    elif answer == "escape_again":
        qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(form.discard_button, Qt.MouseButton.LeftButton)
        assert not form.isVisible()
        return
    assert form.isVisible()
    assert not form.discard_button.isVisibleTo(form)
    assert form.name_edit.text() == "吴十"


def test_people_text_names_every_member() -> None:
    from rehabdesk.domain import people

    kinds = [
        people.Gender,
        people.Diagnosis,
        people.IllnessStatus,
        people.MedicationAdherence,
        people.LegalCapacity,
        people.Relation,
        people.Channel,
        people.ClientStatus,
        people.Profession,
        people.RelevantDegree,
        people.EmploymentType,
    ]
    for kind in kinds:
        names = [text for _value, text in labels.choices(kind)]
        assert len(names) == len(kind) and all(names), kind
        assert len(set(names)) == len(names), kind
    # Members of different enumerations share values ("none", "other"); each keeps its own name.
    no_capacity = labels.label_of(people.LegalCapacity, people.LegalCapacity.NONE)
    assert no_capacity != labels.label_of(people.MedicationAdherence, people.MedicationAdherence.NONE)
    assert labels.label_of(people.Diagnosis, "no_such_code") == "no_such_code"
    assert len({people_text.risk_level_text(level) for level in range(people.MAX_RISK_LEVEL + 1)}) == 6


def test_the_actual_relation_can_be_typed_and_is_shown_again(qtbot, zh, admin_ctx, ops) -> None:
    form = _open(qtbot, admin_ctx, ops)
    _fill_minimum(qtbot, form, "赵六", make_resident_id("110105", date(1975, 3, 1), 30, False))
    row = form.guardian_rows[0]
    assert row.relation_combo.currentData() == Relation.PARENT.value  # a category from the list still works
    row.relation_combo.lineEdit().selectAll()
    _type(qtbot, row.relation_combo.lineEdit(), "父亲")
    assert row.input().relation == "父亲"
    with qtbot.waitSignal(form.saved) as saved:
        _save(qtbot)
    detail = clients.open_client(admin_ctx, saved.args[0])
    assert [g.relation for g in detail.data.guardians] == ["父亲"]

    again = _open(qtbot, admin_ctx, ops, detail)
    assert again.guardian_rows[0].relation_combo.currentText() == "父亲"
    assert again.guardian_rows[0].input().relation == "父亲"
    assert not again.is_dirty()
