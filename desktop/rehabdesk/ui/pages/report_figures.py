"""The Reports page's lists behind its other figures, in words: who applied, enrolled, closed or was referred, who
waits, which staff took part, the services by type and form, and the training year of each direct-service worker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rehabdesk.domain.indicators import ClientEvent, Indicators, StaffTaking
from rehabdesk.domain.lifecycle import ClosingOutcome
from rehabdesk.domain.people import Channel, Profession
from rehabdesk.domain.referrals import ReferralKind
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from rehabdesk.services.training import TrainingOverview
from rehabdesk.ui.text.labels import label_of

translate = QCoreApplication.translate


def event_text(event: str) -> str:
    texts = {
        "applied": translate("ReportFigures", "Applied"),
        "registered": translate("ReportFigures", "Registered"),
        "enrolled": translate("ReportFigures", "Enrolled"),
        "closed": translate("ReportFigures", "Closed"),
        "referred_in": translate("ReportFigures", "Referred in"),
        "referred_out": translate("ReportFigures", "Referred out"),
        "waiting": translate("ReportFigures", "On the waiting list"),
    }
    return texts.get(event, event)


def _detail_text(row: ClientEvent) -> str:
    if not row.detail:
        return ""
    if row.event == "applied":
        return label_of(Channel, row.detail)
    if row.event == "closed":
        return label_of(ClosingOutcome, row.detail)
    if row.event.startswith("referred_"):
        return label_of(ReferralKind, row.detail)
    if row.event == "waiting":
        return translate("ReportFigures", "{days} days").format(days=row.detail)
    return row.detail


def client_event_headers() -> list[str]:
    return [
        translate("ReportFigures", "Date"),
        translate("ReportFigures", "Case number"),
        translate("ReportFigures", "Name"),
        translate("ReportFigures", "What"),
        translate("ReportFigures", "Detail"),
    ]


def client_event_rows(rows: list[ClientEvent]) -> list[list[str]]:
    return [[row.on.isoformat(), row.case_number, row.name, event_text(row.event), _detail_text(row)] for row in rows]


def staff_headers() -> list[str]:
    return [
        translate("ReportFigures", "Name"),
        translate("ReportFigures", "Profession"),
        translate("ReportFigures", "Service records"),
    ]


def staff_rows(rows: list[StaffTaking]) -> list[list[str]]:
    return [[row.name, label_of(Profession, row.profession), str(row.records)] for row in rows]


def service_headers() -> list[str]:
    return [
        translate("ReportFigures", "Kind"),
        translate("ReportFigures", "Records"),
        translate("ReportFigures", "Client-times"),
    ]


def service_rows(result: Indicators) -> list[list[str]]:
    """By form, by type, then individual and group: the parts the services figure is made of."""
    rows = [
        [translate("ReportFigures", "Form: {form}").format(form=label_of(ServiceForm, form)), str(records), str(times)]
        for form, (records, times) in result.services_by_form.items()
    ]
    rows += [
        [translate("ReportFigures", "Type: {type}").format(type=label_of(ServiceType, code)), str(records), str(times)]
        for code, (records, times) in result.services_by_type.items()
    ]
    rows.append([translate("ReportFigures", "Individual"), str(result.individual[0]), str(result.individual[1])])
    rows.append([translate("ReportFigures", "Group"), str(result.group[0]), str(result.group[1])])
    return rows


def training_headers() -> list[str]:
    return [
        translate("ReportFigures", "Name"),
        translate("ReportFigures", "Profession"),
        translate("ReportFigures", "Hours counted"),
        translate("ReportFigures", "Hours required"),
        translate("ReportFigures", "Met"),
    ]


def training_rows(overview: TrainingOverview) -> list[list[str]]:
    return [
        [
            worker.name,
            label_of(Profession, worker.profession),
            f"{worker.compliance.counted_minutes / 60:.1f}",
            f"{worker.compliance.required_minutes / 60:.1f}",
            translate("ReportFigures", "Yes") if worker.compliance.compliant else translate("ReportFigures", "No"),
        ]
        for worker in overview.direct_service
    ]
