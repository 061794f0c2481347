"""All mapped tables; importing this module registers every table on Base.metadata."""

from rehabdesk.storage.schema.base import Base
from rehabdesk.storage.schema.consents import (
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
from rehabdesk.storage.schema.station import Account, Station
from rehabdesk.storage.schema.system import AuditEntry, ChangeLogEntry, Setting, StoreMeta

__all__ = [
    "Account",
    "Agreement",
    "AgreementFeeLine",
    "AuditEntry",
    "Base",
    "ChangeLogEntry",
    "Client",
    "ClientSearchKey",
    "Consent",
    "ConsentForm",
    "DocumentScan",
    "DocumentSequence",
    "DocumentTemplate",
    "FeeItem",
    "Guardian",
    "Setting",
    "Staff",
    "Station",
    "StoreMeta",
]
