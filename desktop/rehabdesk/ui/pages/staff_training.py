"""The Staff & training page (人员与培训): who has done their yearly training hours, each worker's courses, recording
and importing courses, the printed record and summary, and a worker leaving.

Coordinators and admins see everyone; any other worker sees and records only their own training (the services
filter; the page hides what the account may not do)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.people import Profession
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.training import (
    RELEVANT_DEGREE_TARGET_PERCENT,
    ROUND_UP_TO_MINUTES,
    TrainingType,
    days_in_year,
    format_hours,
)
from rehabdesk.services import committed, scans, training, training_reports
from rehabdesk.services.context import StationContext
from rehabdesk.services.printing import PrintedDocument
from rehabdesk.services.training import CourseInfo, TrainingInput, TrainingOverview, WorkerStatus
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.dialogs.opening import open_dialog
from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from rehabdesk.ui.dialogs.staff_dialog import StaffDialog
from rehabdesk.ui.dialogs.training_dialogs import LeavingDialog, TrainingDialog
from rehabdesk.ui.dialogs.training_import_dialog import TrainingImportDialog
from rehabdesk.ui.kit.colours import AMBER, GREEN, RED, State, box_style
from rehabdesk.ui.kit.fields import button, year_spin
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.kit.tables import list_table, set_row
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels, training_text
from rehabdesk.ui.text import why_not as why_not_text
from rehabdesk.ui.widgets.attached_files import attach, choose_file, show_file

_NAMES_IN_BANNER = 5
_CARD_STYLE = box_style(None)
_CARD_BAD_STYLE = box_style(State.OVERDUE)
_BANNER_STYLE = box_style(State.DUE, bold=True)


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def _dates(start: date, end: date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"


class StaffTrainingPage(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self.overview: TrainingOverview | None = None
        self.courses: list[CourseInfo] = []
        self._selected_id: str | None = None
        self.dialog: QDialog | None = None  # the last dialog opened, for tests to fill in
        manager = ctx.actor.may(Permission.MANAGE_TRAINING)

        self.year_spin = year_spin("trainingYearSpin")
        self.import_button = button(self.tr("Import roster…"), "importRosterButton")
        self.summary_button = button(self.tr("Print summary…"), "printSummaryButton")
        self.export_button = button(self.tr("Export to Excel…"), "exportSummaryButton")
        for widget in (self.import_button, self.summary_button, self.export_button):
            widget.setVisible(manager)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.summary_button)
        top.addWidget(self.export_button)

        self.compliant_label = self._card("trainingCompliantCard")
        self.assessors_label = self._card("trainingAssessorsCard")
        self.degree_label = self._card("trainingDegreeCard")
        self.cards = QWidget()
        cards = QHBoxLayout(self.cards)
        cards.setContentsMargins(0, 0, 0, 0)
        for card in (self.compliant_label, self.assessors_label, self.degree_label):
            cards.addWidget(card, 1)
        self.cards.setVisible(manager)  # station-wide figures: a worker seeing only their own line has none
        self.warning_banner = QLabel()
        self.warning_banner.setObjectName("trainingWarningBanner")
        self.warning_banner.setWordWrap(True)
        self.warning_banner.setStyleSheet(_BANNER_STYLE)
        self.warning_banner.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("trainingStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.workers_table = list_table(
            "trainingWorkersTable",
            [
                self.tr("Staff number"),
                self.tr("Name"),
                self.tr("Profession"),
                self.tr("Required"),
                self.tr("Counted"),
                self.tr("Not counted"),
                self.tr("Still needed"),
                self.tr("Status"),
                self.tr("Assessor"),
            ],
        )
        # Registering staff is an admin's; others see the button greyed with the reason, where they look for it.
        self.add_staff_button = button(self.tr("New staff member…"), "addStaffButton")
        self.print_record_button = button(self.tr("Print record…"), "printRecordButton")
        self.leave_button = button(self.tr("Worker leaves…"), "workerLeavesButton")
        self.leave_button.setVisible(ctx.actor.may(Permission.MANAGE_ACCOUNTS))
        self.workers_group = self._group(
            self.tr("Workers"), self.workers_table, [self.add_staff_button, self.print_record_button, self.leave_button]
        )

        self.courses_table = list_table(
            "trainingCoursesTable",
            [
                self.tr("Dates"),
                self.tr("Title"),
                self.tr("Type"),
                self.tr("Provider"),
                self.tr("Hours"),
                self.tr("Counts"),
                self.tr("Certificate"),
            ],
            stretch=(1,),
        )
        self.record_training_button = button(self.tr("Record training…"), "recordTrainingButton")
        self.edit_button = button(self.tr("Edit course…"), "editCourseButton")
        self.delete_button = button(self.tr("Delete course…"), "deleteCourseButton")
        self.attach_certificate_button = button(self.tr("Attach certificate…"), "attachCertificateButton")
        self.view_certificate_button = button(self.tr("Open certificate"), "viewCertificateButton")
        self.edit_button.setVisible(manager)
        self.delete_button.setVisible(manager)
        self.attach_certificate_button.setVisible(manager)
        self.courses_group = self._group(
            self.tr("Courses"),
            self.courses_table,
            [
                self.record_training_button,
                self.edit_button,
                self.delete_button,
                self.attach_certificate_button,
                self.view_certificate_button,
            ],
        )

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.workers_group)
        splitter.addWidget(self.courses_group)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.cards)
        layout.addWidget(self.warning_banner)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)

        self.year_spin.valueChanged.connect(lambda _: self.refresh())
        self.workers_table.itemSelectionChanged.connect(self._worker_selected)
        self.courses_table.itemSelectionChanged.connect(self._update_buttons)
        self.courses_table.doubleClicked.connect(lambda _: self.edit_course())
        self.record_training_button.clicked.connect(self.record_training)
        self.edit_button.clicked.connect(self.edit_course)
        self.delete_button.clicked.connect(self.delete_course)
        self.attach_certificate_button.clicked.connect(self._pick_certificate)
        self.view_certificate_button.clicked.connect(self.view_certificate)
        self.import_button.clicked.connect(self.import_roster)
        self.print_record_button.clicked.connect(self.print_record)
        self.summary_button.clicked.connect(self.print_summary)
        self.export_button.clicked.connect(self._choose_export)
        self.leave_button.clicked.connect(self.worker_leaves)
        self.add_staff_button.clicked.connect(self.add_staff)
        self._update_buttons()
        # Loaded the first time the page is shown, not when the window is built; then whenever what it shows changes.
        follow_changes(
            self,
            ops,
            committed.STAFF | committed.TRAINING | committed.SCANS | committed.ACCOUNTS,
            self.refresh,
            loaded=False,
        )

    def _card(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(_CARD_STYLE)
        return label

    @staticmethod
    def _group(title: str, table: QTableWidget, buttons: list[QPushButton]) -> QGroupBox:
        group = QGroupBox(title)
        row = QHBoxLayout()
        for widget in buttons:
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return group

    # --- loading -------------------------------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return self.year_spin.value()

    def refresh(self) -> None:
        year = self.year
        self._ops.run(self, lambda: training.training_overview(self._ctx, year), on_success=self._show)

    def _show(self, overview: TrainingOverview) -> None:
        self.overview = overview
        self.workers_group.setTitle(
            self.tr("Workers employed in {year} (direct-service workers need {hours} a year)").format(
                year=overview.year, hours=training_text.hours_text(overview.annual_hours * 60)
            )
        )
        self._show_cards(overview)
        self._show_warning(overview)
        table = self.workers_table
        table.blockSignals(True)
        table.setRowCount(len(overview.workers))
        ids = [worker.staff_id for worker in overview.workers]
        for row, worker in enumerate(overview.workers):
            self._fill_worker(row, worker, overview)
        if ids:
            table.selectRow(ids.index(self._selected_id) if self._selected_id in ids else 0)
        table.blockSignals(False)
        self._worker_selected()  # selecting the same row again may or may not signal: the courses load once, here
        if not overview.everyone and not overview.workers:
            self._say(self.tr("Your account is not linked to a staff member, so there is no training record to show."))

    def _show_cards(self, overview: TrainingOverview) -> None:
        direct = len(overview.direct_service)
        self.compliant_label.setText(
            self.tr("Direct-service workers with their hours: {done} / {total}").format(
                done=overview.compliant_count, total=direct
            )
        )
        assessors = len(overview.assessors)
        self.assessors_label.setText(
            self.tr("Assessors with assessor training: {done} / {total}").format(
                done=overview.assessors_trained, total=assessors
            )
        )
        self.assessors_label.setStyleSheet(_CARD_STYLE if overview.assessors_trained == assessors else _CARD_BAD_STYLE)
        self.degree_label.setText(
            self.tr("Staff with a relevant degree: {percent} % (target {target} %)").format(
                percent=overview.relevant_degree_percent, target=RELEVANT_DEGREE_TARGET_PERCENT
            )
        )
        self.degree_label.setStyleSheet(_CARD_STYLE if overview.relevant_degree_met else _CARD_BAD_STYLE)
        self.degree_label.setProperty("below_target", not overview.relevant_degree_met)

    def _show_warning(self, overview: TrainingOverview) -> None:
        behind = [worker for worker in overview.workers if worker.compliance.warn]
        if not behind:
            self.warning_banner.hide()
            return
        if overview.everyone:
            names = "、".join(worker.name for worker in behind[:_NAMES_IN_BANNER])
            if len(behind) > _NAMES_IN_BANNER:
                names += "…"
            text = self.tr(
                "Fourth quarter: %n direct-service worker(s) have not done their training hours for this year yet: "
                "{names}",
                "",
                len(behind),
            ).format(names=names)
        else:
            text = self.tr("Fourth quarter: you still need {hours} of training this year.").format(
                hours=training_text.hours_text(behind[0].compliance.remaining_minutes)
            )
        self.warning_banner.setText(text)
        self.warning_banner.show()

    def _fill_worker(self, row: int, worker: WorkerStatus, overview: TrainingOverview) -> None:
        status = worker.compliance
        direct = status.direct_service
        required = training_text.hours_text(status.required_minutes) if direct else "—"
        if direct and status.prorated:
            required = self.tr("{hours} (prorated)").format(hours=required)
        if not direct:
            verdict, colour = self.tr("Not applicable"), None
        elif status.compliant:
            verdict, colour = self.tr("Compliant"), GREEN
        else:
            verdict, colour = self.tr("Behind"), RED if status.warn else AMBER
        if status.assessor_untrained:
            assessor = self.tr("No assessor training")
        else:
            assessor = self.tr("Trained") if status.assessor else ""
        items = set_row(
            self.workers_table,
            row,
            [
                worker.staff_number,
                worker.name,
                labels.label_of(Profession, worker.profession),
                required,
                training_text.hours_text(status.counted_minutes),
                training_text.hours_text(status.other_minutes),
                training_text.hours_text(status.remaining_minutes) if direct else "—",
                verdict,
                assessor,
            ],
        )
        if direct and status.prorated:
            items[3].setToolTip(
                self.tr(
                    "{hours} h × {days} days employed / {year_days} days in the year, rounded up to {step} h"
                ).format(
                    hours=overview.annual_hours,
                    days=status.days_employed,
                    year_days=days_in_year(overview.year),
                    step=format_hours(ROUND_UP_TO_MINUTES),
                )
            )
        items[5].setToolTip(self.tr("Recorded, but not counted toward the yearly hours (safety training by default)"))
        if colour is not None:
            items[7].setForeground(colour)
        if status.assessor_untrained:
            items[8].setForeground(RED)

    def selected_worker(self) -> WorkerStatus | None:
        row = self.workers_table.currentRow()
        if self.overview is None or not 0 <= row < len(self.overview.workers):
            return None
        return self.overview.workers[row]

    def select_worker(self, staff_id: str) -> None:
        if self.overview is not None:
            ids = [worker.staff_id for worker in self.overview.workers]
            self.workers_table.selectRow(ids.index(staff_id))

    def _worker_selected(self) -> None:
        worker = self.selected_worker()
        self._selected_id = worker.staff_id if worker else None
        if worker is None:
            self._show_courses(None, [])
            return
        year = self.year
        self._ops.run(
            self,
            lambda: training.worker_courses(self._ctx, worker.staff_id, year),
            on_success=lambda courses: self._show_courses(worker, courses),
        )

    def _show_courses(self, worker: WorkerStatus | None, courses: list[CourseInfo]) -> None:
        if worker is not None and worker.staff_id != self._selected_id:
            return  # another worker was selected while these loaded
        self.courses = courses
        self.courses_group.setTitle(
            self.tr("Courses of {name} in {year}").format(name=worker.name, year=self.year)
            if worker
            else self.tr("Courses")
        )
        self.courses_table.setRowCount(len(courses))
        for row, course in enumerate(courses):
            items = set_row(
                self.courses_table,
                row,
                [
                    _dates(course.start_date, course.end_date),
                    course.title,
                    labels.label_of(TrainingType, course.kind),
                    course.provider,
                    training_text.hours_text(course.minutes),
                    self.tr("Yes") if course.counts else self.tr("No"),
                    course.certificate_number,
                ],
            )
            items[1].setToolTip(course.title)
        self._update_buttons()

    def selected_course(self) -> CourseInfo | None:
        row = self.courses_table.currentRow()
        return self.courses[row] if 0 <= row < len(self.courses) and self.courses_table.selectedItems() else None

    def _update_buttons(self) -> None:
        has_workers = bool(self.overview and self.overview.workers)
        allow(
            self.add_staff_button,
            why_not(
                (
                    self._ctx.actor.may(Permission.MANAGE_ACCOUNTS),
                    self.tr("Only an admin registers staff members. Ask an admin to add them."),
                )
            ),
        )
        allow(
            self.record_training_button,
            why_not((has_workers, self.tr("No staff member is registered yet: add one with “New staff member…”."))),
        )
        worker_chosen = (self.selected_worker() is not None, self.tr("Select a worker in the list first."))
        allow(self.print_record_button, why_not(worker_chosen))
        allow(self.leave_button, why_not(worker_chosen))
        selected = self.selected_course()
        course_chosen = (selected is not None, self.tr("Select a course in the list first."))
        for widget in (self.edit_button, self.delete_button, self.attach_certificate_button):
            allow(widget, why_not(course_chosen))
        allow(
            self.view_certificate_button,
            why_not(course_chosen, (selected is not None and bool(selected.files), why_not_text.no_file_attached())),
        )

    def add_staff(self) -> None:
        self.dialog = StaffDialog(self._ctx, self._ops, parent=self)
        self.dialog.open()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # --- courses -------------------------------------------------------------------------------------------------

    def record_training(self) -> None:
        if self.overview is None or not self.overview.workers:
            return
        today = clock.today()
        dialog = TrainingDialog(
            self._ctx,
            self._ops,
            list(self.overview.workers),
            default_day=today if self.year == today.year else None,
            parent=self,
        )
        self.dialog = open_dialog(dialog)

    def edit_course(self) -> None:
        course = self.selected_course()
        if course is None or self.overview is None or not self.edit_button.isVisible():
            return
        people = list(self.overview.workers)

        def show(current: TrainingInput) -> None:
            dialog = TrainingDialog(self._ctx, self._ops, people, course_id=course.id, current=current, parent=self)
            self.dialog = open_dialog(dialog)

        self._ops.run(self, lambda: training.get_training(self._ctx, course.id), on_success=show)

    def delete_course(self) -> None:
        course = self.selected_course()
        if course is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete course"),
            self.tr(
                "Delete “{title}” ({dates}) for every attendee? It no longer counts toward anyone's hours; "
                "the audit log keeps a trace."
            ).format(title=course.title, dates=_dates(course.start_date, course.end_date)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._ops.run(self, lambda: training.delete_training(self._ctx, course.id))

    def _pick_certificate(self) -> None:
        path = choose_file(self)
        if path is not None:
            self.attach_certificate(path)

    def attach_certificate(self, path: Path) -> None:
        course = self.selected_course()
        if course is not None:
            attach(
                self,
                self._ops,
                path,
                lambda content: scans.attach_station_file(self._ctx, "training_course", course.id, content),
            )

    def view_certificate(self) -> None:
        course = self.selected_course()
        if course is not None and course.files:
            file_id = course.files[-1].id
            show_file(self, self._ops, lambda: scans.view_station_file(self._ctx, file_id), self._keep_dialog)

    def _keep_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog

    def import_roster(self) -> TrainingImportDialog:
        dialog = TrainingImportDialog(self._ctx, self._ops, self)
        self.dialog = open_dialog(dialog)
        return dialog

    # --- printing and export -------------------------------------------------------------------------------------

    def _preview(self, printed: PrintedDocument, title: str, file_name: str) -> None:
        self.dialog = open_dialog(PdfPreviewDialog(printed.pdf, title, file_name, parent=self))

    def print_record(self) -> None:
        worker, year = self.selected_worker(), self.year
        if worker is None:
            return
        # Title and file name carry the staff number, never the name (DESIGN.md §6).
        title = self.tr("Training record {number}, {year}").format(number=worker.staff_number, year=year)
        self._ops.run(
            self,
            lambda: training_reports.print_training_record(self._ctx, worker.staff_id, year),
            on_success=lambda printed: self._preview(printed, title, f"培训记录-{worker.staff_number}-{year}.pdf"),
        )

    def print_summary(self) -> None:
        year = self.year
        title = self.tr("Training summary {year}").format(year=year)
        self._ops.run(
            self,
            lambda: training_reports.print_training_summary(self._ctx, year),
            on_success=lambda printed: self._preview(printed, title, f"培训汇总-{year}.pdf"),
        )

    def _choose_export(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the training summary"),
            str(documents_folder() / f"培训汇总-{self.year}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if chosen:
            self.export_to(chosen if chosen.lower().endswith(".xlsx") else f"{chosen}.xlsx")

    def export_to(self, path: str | Path) -> None:
        year = self.year
        self._ops.run(
            self,
            lambda: training_reports.export_training_summary(self._ctx, year, path),
            on_success=lambda target: self._say(self.tr("Saved to {path}").format(path=str(target))),
        )

    # --- leaving -------------------------------------------------------------------------------------------------

    def worker_leaves(self) -> None:
        worker = self.selected_worker()
        if worker is None:
            return
        dialog = LeavingDialog(self._ctx, self._ops, worker, self)

        def left() -> None:
            closed = dialog.result_value or 0
            self._say(self.tr("Leaving recorded; %n account(s) disabled.", "", closed))
            self.refresh()

        self.dialog = open_dialog(dialog, left)
