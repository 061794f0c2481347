"""The case file's services tab: the client's services, newest first (the newest 200; the printout covers any
period in full), with this client's attendance. Other attendees of a group session are not named here."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.services.service_records import ServiceSummary
from rehabdesk.ui.kit.tables import list_table, set_row
from rehabdesk.ui.text import labels

SHOWN = 200


class CaseServices(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = list_table(
            "caseServicesTable",
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Form"),
                self.tr("Service types"),
                self.tr("Given by"),
                self.tr("Came"),
                self.tr("What was done"),
            ],
            stretch=(6,),
        )
        self.note = QLabel()
        self.note.setObjectName("caseServicesNote")
        self.note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.note)

    def show_services(self, client_id: str, services: list[ServiceSummary]) -> None:
        """``services`` holds one more than is shown when there are more."""
        shown = services[:SHOWN]
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(shown))
        for row, service in enumerate(shown):
            came = next((attended for who, _name, attended in service.attendees if who == client_id), True)
            set_row(
                self.table,
                row,
                [
                    service.service_date.isoformat(),
                    f"{service.start_time}–{service.end_time}",
                    labels.label_of(ServiceForm, service.form),
                    "、".join(labels.label_of(ServiceType, t) for t in service.service_types),
                    "、".join(service.staff),
                    self.tr("yes") if came else self.tr("absent"),
                    service.content.replace("\n", " "),
                ],
            )
        self.table.setUpdatesEnabled(True)
        more = len(services) > SHOWN
        self.note.setText(
            self.tr("The newest {shown} are shown; print the case file for a period to see them all.").format(
                shown=SHOWN
            )
            if more
            else ""
        )
        self.note.setVisible(more)
