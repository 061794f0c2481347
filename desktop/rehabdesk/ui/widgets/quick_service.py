"""Quick service entry for the shared PC: clients picked by a few letters of the name or its pinyin initials,
date today and staff the signed-in worker by default, everything reachable from the keyboard. Ctrl+S (or Enter in
a one-line field) saves; the form then clears for the next entry and keeps what the next entry likely shares
(date, times, form, types, staff). A refused save keeps everything typed and says why.

Two clients or more make a group session: one record, each attendee ticked as present or not. The form follows:
小组工作 from the second client, 个案管理 again when one is left, unless the worker picked a form themselves (then it
is theirs until they pick again). Each client is checked the moment they are added (and again when the date or form
changes): one who may not be served is marked with the reasons, and a save refused for some offers to save the
session for the others.

Keys: Ctrl+F (or Alt+C) goes to the clients, Alt+T to the service types; two clients, a type and the save take
Ctrl+F, zsf, Enter, lsg, Enter, Alt+T, Space, Ctrl+S."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
from rehabdesk.services import clients, committed, service_records, staff
from rehabdesk.services.clients import ClientSummary
from rehabdesk.services.context import StationContext
from rehabdesk.services.service_records import Refusal, ServiceDetail
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.kit.checklists import checkable_item, checked_values
from rehabdesk.ui.kit.colours import RED
from rehabdesk.ui.kit.discard import may_discard
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.kit.fields import combo_box, fill_staff, line_edit, pick
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels
from rehabdesk.ui.text.messages import message_for
from rehabdesk.ui.text.paperwork_text import reason_text
from rehabdesk.ui.text.punctuation import listing, sentences

_ROLE = Qt.ItemDataRole.UserRole
_LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # the attendee's name and case number, without a mark
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
_REFUSED_CODES = ("service_refused", "services_refused")
_MATCHES_SHOWN = 8
_SAVED_STYLE = "color: #1b5e20;"


class QuickServiceForm(QWidget):
    def __init__(
        self, ctx: StationContext, ops: Operations, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._matches: list[ClientSummary] = []
        self._editing: str | None = None  # the record being changed, or None for a new one
        self._other_staff: tuple[str, ...] = ()  # co-workers of a record being changed, kept as they were
        self._clearing = False  # emptying the list for the next entry does not move the form
        self._form_chosen = False  # the worker picked the form: it no longer follows the number of clients
        self.refused: dict[str, Refusal] = {}  # attendees who may not be served, as last checked
        self.question: QMessageBox | None = None  # "save for the others?" while it is open

        self.title = QLabel(self.tr("New service"))
        self.title.setObjectName("quickEntryTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.date_edit = line_edit("serviceDateEdit", (today or clock.today()).isoformat())
        self.search_edit = line_edit("clientSearchEdit", "")
        self.search_edit.setPlaceholderText(self.tr("Name, pinyin initials or case number; Enter adds (Ctrl+F)"))
        self.matches_list = QListWidget()
        self.matches_list.setObjectName("clientMatchesList")
        self.matches_list.setMaximumHeight(110)
        self.matches_list.hide()
        self.attendees_list = QListWidget()
        self.attendees_list.setObjectName("attendeeList")
        self.attendees_list.setMaximumHeight(120)
        self.attendees_list.setWordWrap(True)  # a refused client's reasons read in full
        self.attendees_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attendees_list.setToolTip(self.tr("Ticked: came. Space ticks or unticks, Delete removes."))
        self.form_combo = combo_box("serviceFormCombo", labels.choices(ServiceForm))
        self.types_list = QListWidget()
        self.types_list.setObjectName("serviceTypesList")
        self.types_list.setMaximumHeight(110)
        for value, text in labels.choices(ServiceType):
            checkable_item(text, value, self.types_list, False)
        self.types_list.setCurrentRow(0)  # Space ticks at once when the list is reached from the keyboard
        self.start_edit = line_edit("startTimeEdit", "09:00")
        self.end_edit = line_edit("endTimeEdit", "10:00")
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("serviceStaffCombo")
        self.location_edit = line_edit("locationEdit", "")
        self.content_edit = QPlainTextEdit()
        self.content_edit.setObjectName("serviceContentEdit")
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setMaximumHeight(70)
        self.response_edit = line_edit("clientResponseEdit", "")
        self.next_step_edit = line_edit("nextStepEdit", "")
        self.message = QLabel()
        self.status = QLabel()
        self.status.setObjectName("quickEntryStatus")
        self.status.setStyleSheet(_SAVED_STYLE)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveServiceButton")
        self.cancel_button = QPushButton(self.tr("Cancel changes"))
        self.cancel_button.setObjectName("cancelEditButton")
        self.cancel_button.hide()
        self._layout()
        self.errors = FieldErrors(
            self.message,
            {
                "service_date": self.date_edit,
                "attendees": self.attendees_list,
                "form": self.form_combo,
                "service_types": self.types_list,
                "start_time": self.start_edit,
                "end_time": self.end_edit,
                "staff_ids": self.staff_combo,
                "location": self.location_edit,
                "content": self.content_edit,
                "client_response": self.response_edit,
                "next_step": self.next_step_edit,
            },
        )

        self.search_edit.textEdited.connect(self._search)
        self.search_edit.installEventFilter(self)
        self.matches_list.installEventFilter(self)
        self.attendees_list.installEventFilter(self)
        self.content_edit.installEventFilter(self)
        self.matches_list.itemActivated.connect(self._add_item)
        self.form_combo.activated.connect(self._form_picked)
        self.form_combo.currentIndexChanged.connect(lambda _: self._check_eligibility())
        self.date_edit.editingFinished.connect(self._check_eligibility)
        self.attendees_list.model().rowsRemoved.connect(lambda *_: self._attendees_changed())
        for edit in (self.date_edit, self.start_edit, self.end_edit, self.location_edit):
            edit.returnPressed.connect(self.save)
        for edit in (self.response_edit, self.next_step_edit):
            edit.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel_changes)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        # Window-wide, as on the other pages: the form is on screen only while its page is.
        QShortcut(QKeySequence("Ctrl+F"), self, self.search_edit.setFocus)
        follow_changes(self, ops, committed.STAFF | committed.ACCOUNTS, self._load_staff)
        self._load_staff()

    def _load_staff(self) -> None:
        """Staff registered, linked to an account or leaving since the page was built show up without signing out."""
        self._ops.run(
            self,
            lambda: staff.staff_to_choose(self._ctx),
            on_success=lambda found: fill_staff(self.staff_combo, found),
        )

    def _layout(self) -> None:
        clients_box = QVBoxLayout()
        clients_box.addWidget(self.search_edit)
        clients_box.addWidget(self.matches_list)
        clients_box.addWidget(self.attendees_list)
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_edit)
        form = QFormLayout()
        clients_label = QLabel(self.tr("&Clients"))
        clients_label.setBuddy(self.search_edit)
        types_label = QLabel(self.tr("Service &types"))
        types_label.setBuddy(self.types_list)
        form.addRow(clients_label, clients_box)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Service form"), self.form_combo)
        form.addRow(types_label, self.types_list)
        form.addRow(self.tr("Given by"), self.staff_combo)
        form.addRow(self.tr("Place"), self.location_edit)
        form.addRow(self.tr("What was done"), self.content_edit)
        form.addRow(self.tr("Client's response"), self.response_edit)
        form.addRow(self.tr("Next step"), self.next_step_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

    # --- picking clients ---------------------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        if not text.strip():
            self._show_matches([])
            return
        self._ops.run(
            self, lambda: clients.search_clients(self._ctx, text, limit=_MATCHES_SHOWN), on_success=self._show_matches
        )

    def _show_matches(self, found: list[ClientSummary]) -> None:
        self._matches = found
        self.matches_list.clear()
        for match in found:
            item = QListWidgetItem(f"{match.name}　{match.case_number}　{match.masked_id}", self.matches_list)
            item.setData(_ROLE, match.id)
        self.matches_list.setVisible(bool(found))
        if found:
            self.matches_list.setCurrentRow(0)

    def _add_item(self, item: QListWidgetItem) -> None:
        match = next((m for m in self._matches if m.id == item.data(_ROLE)), None)
        if match is not None:
            self.add_client(match.id, match.name, match.case_number)

    def add_client(self, client_id: str, name: str, case_number: str = "", attended: bool = True) -> None:
        """Added once; the search box clears for the next name."""
        if client_id not in self.attendee_ids():
            label = f"{name}　{case_number}" if case_number else name
            item = checkable_item(label, client_id, self.attendees_list, attended)
            item.setData(_LABEL_ROLE, label)
            item.setData(_NAME_ROLE, name)
            self._attendees_changed()
        self.search_edit.clear()
        self._show_matches([])
        self.search_edit.setFocus()

    def _attendees_changed(self) -> None:
        count = self.attendees_list.count()
        if self._clearing:
            return
        if not self._form_chosen and self._editing is None and count:
            wanted = ServiceForm.GROUP_WORK if count > 1 else ServiceForm.CASE_MANAGEMENT
            if self.form_combo.currentData() in (ServiceForm.GROUP_WORK, ServiceForm.CASE_MANAGEMENT):
                pick(self.form_combo, wanted.value)  # a changed form checks eligibility again
        self._check_eligibility()

    def _form_picked(self, _index: int) -> None:
        self._form_chosen = True

    # --- who may be served -------------------------------------------------------------------------------------

    def _check_eligibility(self) -> None:
        ids = self.attendee_ids()
        if not ids:
            self.refused = {}
            return
        day, form = self.date_edit.text(), self.form_combo.currentData()
        self._ops.run(
            self,
            lambda: service_records.who_may_not_be_served(self._ctx, ids, day, form),
            on_success=self._mark,
        )

    def _mark(self, refused: list[Refusal]) -> None:
        """Each attendee who may not be served: a cross, the reasons after the name, red."""
        self.refused = {refusal.client_id: refusal for refusal in refused}
        for row in range(self.attendees_list.count()):
            item = self.attendees_list.item(row)
            refusal = self.refused.get(item.data(_ROLE))
            if refusal is None:
                item.setText(item.data(_LABEL_ROLE))
                item.setForeground(QBrush())
                item.setToolTip("")
                continue
            reasons = sentences(reason_text(reason) for reason in refusal.reasons)
            item.setText(
                self.tr("{client}　✗ cannot be served: {reasons}").format(
                    client=item.data(_LABEL_ROLE), reasons=reasons
                )
            )
            item.setForeground(RED)
            item.setToolTip(reasons)

    def attendee_ids(self) -> list[str]:
        return [self.attendees_list.item(row).data(_ROLE) for row in range(self.attendees_list.count())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.search_edit:
            if enter:
                current = self.matches_list.currentItem()
                if current is not None and self.matches_list.isVisible():
                    self._add_item(current)
                elif not self.search_edit.text().strip() and self.attendees_list.count():
                    self.save()  # an empty search box: Enter saves, like the other one-line fields
                return True
            if key == Qt.Key.Key_Down and self.matches_list.isVisible():
                row = min(self.matches_list.currentRow() + 1, self.matches_list.count() - 1)
                self.matches_list.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Up and self.matches_list.isVisible():
                self.matches_list.setCurrentRow(max(self.matches_list.currentRow() - 1, 0))
                return True
            if key == Qt.Key.Key_Escape and self.matches_list.isVisible():
                self._show_matches([])
                return True
        elif watched is self.attendees_list and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            row = self.attendees_list.currentRow()
            if row >= 0:
                self.attendees_list.takeItem(row)
            return True
        elif watched is self.content_edit and enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return True
        return super().eventFilter(watched, event)

    # --- saving ------------------------------------------------------------------------------------------------

    def service_input(self) -> ServiceInput:
        attendees = tuple(
            AttendeeInput(item.data(_ROLE), item.checkState() == Qt.CheckState.Checked)
            for item in (self.attendees_list.item(row) for row in range(self.attendees_list.count()))
        )
        chosen = self.staff_combo.currentData()
        staff_ids = tuple(dict.fromkeys(((chosen,) if chosen else ()) + self._other_staff))
        return ServiceInput(
            service_date=self.date_edit.text(),
            start_time=self.start_edit.text(),
            end_time=self.end_edit.text(),
            form=self.form_combo.currentData(),
            service_types=tuple(checked_values(self.types_list)),
            staff_ids=staff_ids,
            attendees=attendees,
            group=len(attendees) > 1,
            location=self.location_edit.text(),
            content=self.content_edit.toPlainText(),
            client_response=self.response_edit.text(),
            next_step=self.next_step_edit.text(),
        )

    def save(self) -> None:
        data = self.service_input()
        editing = self._editing
        self.status.clear()
        if editing is None:
            work = lambda: service_records.record_service(self._ctx, data)  # noqa: E731
        else:
            work = lambda: (service_records.update_service(self._ctx, editing, data), editing)[1]  # noqa: E731
        self._ops.run(self, work, on_success=lambda service_id: self._saved(service_id, data), on_failure=self._refused)

    def _refused(self, error: DomainError) -> None:
        """Some who came may not be served: all of them are named, and the others can be saved without them."""
        self.errors.show(error)
        if error.code not in _REFUSED_CODES:
            return
        refused = {refusal.client_id for refusal in error.params.get("refused", ())}
        others = [
            item
            for item in (self.attendees_list.item(row) for row in range(self.attendees_list.count()))
            if item.data(_ROLE) not in refused
        ]
        if not any(item.checkState() == Qt.CheckState.Checked for item in others):
            return
        self._mark(list(error.params["refused"]))
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Save for the others?"),
            message_for(error),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        question.setObjectName("saveOthersQuestion")
        question.setInformativeText(
            self.tr("Save the session for the other {count} without them? They are taken off this entry.").format(
                count=len(others)
            )
        )
        save = question.addButton(self.tr("Save for the others"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("saveOthersButton")
        keep = question.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepEditingButton")
        question.setDefaultButton(save)
        question.finished.connect(lambda _: self._answered(question.clickedButton() is save, refused))
        self.question = question
        question.open()

    def _answered(self, save_others: bool, refused: set[str]) -> None:
        self.question = None
        if not save_others:
            return
        for row in reversed(range(self.attendees_list.count())):
            if self.attendees_list.item(row).data(_ROLE) in refused:
                self.attendees_list.takeItem(row)
        self.save()

    def _saved(self, service_id: str, data: ServiceInput) -> None:
        names = listing(self.attendees_list.item(row).data(_NAME_ROLE) for row in range(self.attendees_list.count()))
        self.clear()
        self.status.setText(
            self.tr("Saved: {start}–{end} {form} · {names}").format(
                start=data.start_time,
                end=data.end_time,
                form=labels.label_of(ServiceForm, data.form),
                names=names,
            )
        )

    def clear(self) -> None:
        """Ready for the next entry: the people and what was said go; date, times, form, types and staff stay."""
        self._editing = None
        self._other_staff = ()
        self.title.setText(self.tr("New service"))
        self.cancel_button.hide()
        self._clearing = True  # emptied for the next entry: the form stays as it was
        self.attendees_list.clear()
        self._clearing = False
        self.refused = {}
        for edit in (self.location_edit, self.response_edit, self.next_step_edit, self.search_edit):
            edit.clear()
        self.content_edit.clear()
        for edit in self.findChildren(QLineEdit):  # what stays (date, times) is no longer "typed, unsaved"
            edit.setModified(False)
        self.content_edit.document().setModified(False)
        self._show_matches([])
        self.errors.clear()
        self.search_edit.setFocus()

    def cancel_changes(self) -> None:
        """Back to a new entry, the saved record as it was; changes typed into it go only when the user says so."""
        if may_discard(self):
            self.clear()

    def edit(self, detail: ServiceDetail) -> None:
        """A saved record back in the form; saving changes it (the record as it was goes into its history)."""
        self.clear()
        self._editing = detail.id
        data = detail.data
        self.title.setText(self.tr("Changing a saved service"))
        self.cancel_button.show()
        for attendee in data.attendees:
            self.add_client(attendee.client_id, detail.names.get(attendee.client_id, ""), attended=attendee.attended)
        self.date_edit.setText(str(data.service_date))
        self.start_edit.setText(data.start_time)
        self.end_edit.setText(data.end_time)
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(data.form)))
        for row in range(self.types_list.count()):
            item = self.types_list.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(_ROLE) in data.service_types else Qt.CheckState.Unchecked
            )
        if data.staff_ids:
            pick(self.staff_combo, data.staff_ids[0])
            self._other_staff = data.staff_ids[1:]
        self.location_edit.setText(data.location)
        self.content_edit.setPlainText(data.content)
        self.response_edit.setText(data.client_response)
        self.next_step_edit.setText(data.next_step)
