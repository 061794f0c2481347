"""What the service calls made on this thread committed, and the kinds of data a view can follow.

A kind is the name of a table the commit wrote. The unit of work reports them (storage.unit_of_work); the UI's
Operations gathers them around each job with ``watching_commits`` and broadcasts them, and each view refreshes when
a kind it shows is among them. The groups below name them as the views think of them."""

from __future__ import annotations

from rehabdesk.storage.schema import (
    Account,
    Agreement,
    AgreementFeeLine,
    Assessment,
    AuditEntry,
    Client,
    Consent,
    ConsentForm,
    CorrectiveAction,
    DocumentScan,
    DocumentTemplate,
    Drill,
    DrillParticipant,
    EmergencyPlan,
    Episode,
    FeeItem,
    FollowUp,
    Guardian,
    PlanGoal,
    Referral,
    RehabPlan,
    RiskRecord,
    ServiceAttendee,
    ServiceRecord,
    ServiceStaff,
    Setting,
    Staff,
    Station,
    StatusChange,
    SyncBundle,
    SyncDelivery,
    SyncDevice,
    SyncEnrolment,
    TrainingAttendance,
    TrainingCourse,
)
from rehabdesk.storage.unit_of_work import watching_commits

__all__ = [
    "ACCOUNTS",
    "AUDIT",
    "CASE_FILES",
    "CLIENTS",
    "PAPERWORK",
    "SAFETY",
    "SCANS",
    "SERVICES",
    "SETTINGS",
    "STAFF",
    "SYNC",
    "TRAINING",
    "watching_commits",
]


def _kinds(*models: type) -> frozenset[str]:
    return frozenset(model.__tablename__ for model in models)  # type: ignore[attr-defined]


CLIENTS = _kinds(Client, Guardian)
STAFF = _kinds(Staff)
CASE_FILES = _kinds(Episode, StatusChange, Assessment, RehabPlan, PlanGoal, RiskRecord, Referral, FollowUp)
SERVICES = _kinds(ServiceRecord, ServiceAttendee, ServiceStaff)
PAPERWORK = _kinds(ConsentForm, Consent, Agreement, AgreementFeeLine, FeeItem, DocumentTemplate)
SCANS = _kinds(DocumentScan)  # scans of signed papers, and station files (certificates, emergency plans)
TRAINING = _kinds(TrainingCourse, TrainingAttendance)
SAFETY = _kinds(EmergencyPlan, Drill, DrillParticipant, CorrectiveAction)
ACCOUNTS = _kinds(Account)
SETTINGS = _kinds(Setting, Station)
AUDIT = _kinds(AuditEntry)
SYNC = _kinds(SyncEnrolment, SyncDevice, SyncBundle, SyncDelivery)
