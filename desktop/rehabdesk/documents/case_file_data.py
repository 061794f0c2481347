"""What the case file printout (个案档案) shows: plain data filled by services (dates, minutes, domain codes).

Lists are oldest first and already limited to the period where the printout says so (services, assessments,
referrals, follow-ups); the record itself, the status steps and the risk history are given whole."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from rehabdesk.documents.forms import StationOnForm
from rehabdesk.domain.agreements import AgreementStatus
from rehabdesk.domain.consent import ConsentKind, Signer
from rehabdesk.domain.ids import IdType
from rehabdesk.domain.lifecycle import ClosingOutcome
from rehabdesk.domain.people import (
    Channel,
    ClientStatus,
    Diagnosis,
    Gender,
    IllnessStatus,
    LegalCapacity,
    MedicationAdherence,
    Relation,
)
from rehabdesk.domain.referrals import ReferralDirection, ReferralKind
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType


class CaseFileCopy(StrEnum):
    STATION = "station"  # 站存档案
    CLIENT = "client"  # 本人查阅副本


@dataclass(frozen=True)
class ClientRecord:
    case_number: str
    name: str
    gender: Gender
    birth_date: date
    id_type: IdType
    id_number: str
    ethnicity: str
    phone: str
    household_registration: str
    current_address: str
    living_situation: str
    channel: Channel
    responsible_worker: str  # "" when none is assigned
    diagnosis: Diagnosis
    diagnosing_hospital: str
    onset_date: date | None
    in_health_management: bool
    illness_status: IllnessStatus
    risk_level: int
    medication_adherence: MedicationAdherence
    disability_level: int | None
    low_income: bool
    extreme_poverty: bool
    legal_capacity: LegalCapacity


@dataclass(frozen=True)
class ContactLine:
    name: str
    relation: Relation  # the category
    is_legal_guardian: bool
    id_number: str
    phone: str
    address: str
    relation_word: str = ""  # the actual relation as written (父亲, 女儿), printed in place of the category


@dataclass(frozen=True)
class StatusStep:
    episode: int
    changed_on: date
    from_status: ClientStatus | None  # None: the application that opened the episode
    to_status: ClientStatus
    reason: str
    document: str
    outcome: ClosingOutcome | None = None  # on the step to closed


@dataclass(frozen=True)
class RiskLine:
    recorded_on: date
    risk_level: int
    illness_status: IllnessStatus
    source: str


@dataclass(frozen=True)
class AssessmentLine:
    assessed_on: date
    kind: str  # intake | stage | closing | referral
    instrument: str  # the scale's Chinese name
    total: int | None
    band: str  # the band's Chinese label, "" without one
    risk_level: int | None
    assessor: str


@dataclass(frozen=True)
class GoalLine:
    term: str  # long | short
    goal: str
    measure: str
    service_types: tuple[ServiceType, ...]
    service_form: ServiceForm
    frequency: str
    target_date: date
    responsible: str


@dataclass(frozen=True)
class PlanLine:
    version: int
    episode: int
    status: str  # draft | active | superseded | closed
    period_start: date
    period_end: date
    agreed_on: date | None
    review_due: date | None
    goals: tuple[GoalLine, ...]


@dataclass(frozen=True)
class ServiceLine:
    """One service as this client took part in it: never who else was there."""

    service_date: date
    start_time: time
    end_time: time
    form: ServiceForm
    service_types: tuple[ServiceType, ...]
    group: bool
    staff: tuple[str, ...]
    attended: bool
    note: str  # the note on this client's attendance

    @property
    def minutes(self) -> int:
        return (self.end_time.hour - self.start_time.hour) * 60 + self.end_time.minute - self.start_time.minute


@dataclass(frozen=True)
class ReferralLine:
    referral_date: date
    direction: ReferralDirection
    kind: ReferralKind
    organisation: str
    reason: str
    receipt_date: date | None


@dataclass(frozen=True)
class FollowUpLine:
    due_date: date
    done_on: date | None
    note: str


@dataclass(frozen=True)
class ConsentLine:
    kind: ConsentKind
    signer: Signer
    signed_on: date
    withdrawn_on: date | None


@dataclass(frozen=True)
class AgreementLine:
    number: str
    start: date
    end: date
    status: AgreementStatus  # effective on the print date: an active agreement past its end is expired


@dataclass(frozen=True)
class CaseFileData:
    station: StationOnForm
    copy: CaseFileCopy
    period_from: date
    period_to: date
    printed_on: date
    client: ClientRecord
    contacts: tuple[ContactLine, ...]
    status: ClientStatus  # of the current episode
    episode: int
    status_since: date
    steps: tuple[StatusStep, ...]
    risk: tuple[RiskLine, ...]
    assessments: tuple[AssessmentLine, ...]
    plans: tuple[PlanLine, ...]
    services: tuple[ServiceLine, ...]
    referrals: tuple[ReferralLine, ...]
    follow_ups: tuple[FollowUpLine, ...]
    consents: tuple[ConsentLine, ...]
    agreements: tuple[AgreementLine, ...]
