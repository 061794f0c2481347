"""All mapped tables; importing this module registers every table on Base.metadata."""

from rehabdesk.storage.schema.base import Base
from rehabdesk.storage.schema.case_files import (
    Assessment,
    Episode,
    FollowUp,
    PlanGoal,
    Referral,
    RehabPlan,
    RiskRecord,
    StatusChange,
)
from rehabdesk.storage.schema.paperwork import (
    Agreement,
    AgreementFeeLine,
    Consent,
    ConsentForm,
    DocumentScan,
    DocumentSequence,
    DocumentTemplate,
    FeeItem,
)
from rehabdesk.storage.schema.people import Client, ClientSearchKey, Guardian, Staff
from rehabdesk.storage.schema.service_records import (
    AttendanceMonth,
    ServiceAttendee,
    ServiceRecord,
    ServiceRevision,
    ServiceStaff,
)
from rehabdesk.storage.schema.station import Account, Station
from rehabdesk.storage.schema.sync_state import SyncBundle, SyncDelivery, SyncDevice, SyncEnrolment
from rehabdesk.storage.schema.system import AuditEntry, ChangeLogEntry, Setting, StoreMeta
from rehabdesk.storage.schema.training import (
    CorrectiveAction,
    Drill,
    DrillParticipant,
    EmergencyPlan,
    TrainingAttendance,
    TrainingCourse,
)

__all__ = [
    "Account",
    "Agreement",
    "AgreementFeeLine",
    "Assessment",
    "AttendanceMonth",
    "AuditEntry",
    "Base",
    "ChangeLogEntry",
    "Client",
    "ClientSearchKey",
    "Consent",
    "ConsentForm",
    "CorrectiveAction",
    "DocumentScan",
    "DocumentSequence",
    "DocumentTemplate",
    "Drill",
    "DrillParticipant",
    "EmergencyPlan",
    "Episode",
    "FeeItem",
    "FollowUp",
    "Guardian",
    "PlanGoal",
    "Referral",
    "RehabPlan",
    "RiskRecord",
    "ServiceAttendee",
    "ServiceRecord",
    "ServiceRevision",
    "ServiceStaff",
    "Setting",
    "Staff",
    "Station",
    "StatusChange",
    "StoreMeta",
    "SyncBundle",
    "SyncDelivery",
    "SyncDevice",
    "SyncEnrolment",
    "TrainingAttendance",
    "TrainingCourse",
]
