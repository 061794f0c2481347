"""What the consent form, the service agreement and the fee schedule print: plain data, filled by services.

Dates are dates (the documents format them the Chinese way); money is integer fen; enumerations are their
domain codes (the documents print their Chinese terms). ``client=None`` prints a blank form to fill by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rehabdesk.documents.labels import relation_text, role_of
from rehabdesk.domain.agreements import FeeLine, FundingSource
from rehabdesk.domain.consent import ConsentKind, Signer
from rehabdesk.domain.people import Gender, Relation
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType


@dataclass(frozen=True)
class StationOnForm:
    name: str
    code: str
    address: str
    contact_phone: str
    head_name: str
    operator_name: str


@dataclass(frozen=True)
class Template:
    """An admin-editable, versioned template; the version printed is the version recorded."""

    kind: str  # "consent" | "agreement" | "fees"
    version: int
    body: str


@dataclass(frozen=True)
class ClientOnForm:
    name: str
    case_number: str
    gender: Gender
    birth_date: date
    id_number: str
    phone: str
    address: str


@dataclass(frozen=True)
class GuardianOnForm:
    name: str
    relation: Relation  # the category
    is_legal_guardian: bool
    id_number: str
    phone: str
    relation_word: str = ""  # the actual relation as written (父亲, 女儿), printed in place of the category

    @property
    def relation_text(self) -> str:
        return relation_text(self.relation, self.relation_word)

    @property
    def role(self) -> str:
        """监护人 for the legal guardian only; 家属 or 联系人 for anyone else."""
        return role_of(self.is_legal_guardian, self.relation)


@dataclass(frozen=True)
class ConsentChoice:
    kind: ConsentKind
    # Filled once the form is recorded signed: what was ticked, and when a consent was withdrawn.
    granted: bool | None = None
    withdrawn_on: date | None = None


@dataclass(frozen=True)
class ConsentFormData:
    station: StationOnForm
    template: Template
    number: str  # "" on a blank form
    client: ClientOnForm | None
    guardian: GuardianOnForm | None
    choices: tuple[ConsentChoice, ...]  # the kinds offered, SERVICE first
    printed_on: date
    signer: Signer | None = None
    signed_on: date | None = None
    witness_name: str = ""


@dataclass(frozen=True)
class FeeItemOnForm:
    name: str
    unit: str
    price_fen: int
    funding: FundingSource


@dataclass(frozen=True)
class AgreementFormData:
    station: StationOnForm
    template: Template
    number: str  # "" on a blank form
    client: ClientOnForm | None
    guardian: GuardianOnForm | None
    service_types: tuple[ServiceType, ...]
    service_forms: tuple[ServiceForm, ...]
    place: str
    schedule: str
    start: date | None
    end: date | None
    fee_lines: tuple[FeeLine, ...]
    printed_on: date
    renews_number: str = ""
    signer: Signer | None = None
    signed_on: date | None = None
    terminated_on: date | None = None
    termination_reason: str = ""
    # A blank form (client=None) lists the station's current fee schedule with boxes to tick and room to write
    # the quantity, so the paper names the same prices as the 收费项目公示.
    fee_schedule: tuple[FeeItemOnForm, ...] = ()


@dataclass(frozen=True)
class FeeScheduleData:
    station: StationOnForm
    template: Template
    items: tuple[FeeItemOnForm, ...]
    printed_on: date
