"""The words of the Excel exports (sheet titles, the lines above the header, column headings, stored codes)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.people import ClientStatus, Gender
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.services.list_exports import Wording
from rehabdesk.ui.text import labels


def _codes(kind) -> dict[str, str]:
    return dict(labels.choices(kind))


def client_list_wording(station: str, shown: str, *, unmasked: bool, today: date) -> Wording:
    translate = QCoreApplication.translate
    notes = [
        translate("exports", "{station} client list").format(station=station),
        translate("exports", "Exported {day}; {shown}").format(day=today.isoformat(), shown=shown),
    ]
    notes.append(
        translate("exports", "Full ID numbers: keep this file locked away and delete it when done.")
        if unmasked
        else translate("exports", "ID numbers masked as in the list.")
    )
    header = [
        translate("exports", "Case number"),
        translate("exports", "Name"),
        translate("exports", "Gender"),
        translate("exports", "Age"),
        translate("exports", "ID number"),
        translate("exports", "Status"),
        translate("exports", "Responsible worker"),
    ]
    return Wording(
        translate("exports", "Clients"),
        notes,
        header,
        {"gender": _codes(Gender), "status": _codes(ClientStatus)},
    )


def services_wording(station: str, first: date, last: date) -> Wording:
    translate = QCoreApplication.translate
    notes = [
        translate("exports", "{station} service records").format(station=station),
        translate("exports", "From {first} to {last}").format(first=first.isoformat(), last=last.isoformat()),
    ]
    header = [
        translate("exports", "Date"),
        translate("exports", "Time"),
        translate("exports", "Form"),
        translate("exports", "Services"),
        translate("exports", "Clients present"),
        translate("exports", "Clients absent"),
        translate("exports", "Number present"),
        translate("exports", "Given by"),
        translate("exports", "What was done"),
    ]
    return Wording(
        translate("exports", "Service records"),
        notes,
        header,
        {"form": _codes(ServiceForm), "service_type": _codes(ServiceType)},
    )
