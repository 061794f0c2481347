"""What the training and drill printouts show: plain data filled by services (minutes, dates, domain codes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rehabdesk.documents.forms import StationOnForm
from rehabdesk.domain.people import Profession, RelevantDegree
from rehabdesk.domain.safety import ActionStatus, DrillScenario
from rehabdesk.domain.training import Compliance, TrainingType


@dataclass(frozen=True)
class TrainingLine:
    start_date: date
    end_date: date
    title: str
    kind: TrainingType
    provider: str
    minutes: int
    counts: bool
    certificate_number: str


@dataclass(frozen=True)
class WorkerTrainingRecord:
    """One worker's training in one calendar year, with the requirement and what is still missing."""

    station: StationOnForm
    year: int
    staff_number: str
    name: str
    profession: Profession
    start_date: date
    end_date: date | None
    lines: tuple[TrainingLine, ...]
    compliance: Compliance
    annual_hours: int
    printed_on: date


@dataclass(frozen=True)
class SummaryRow:
    staff_number: str
    name: str
    profession: Profession
    relevant_degree: RelevantDegree
    compliance: Compliance


@dataclass(frozen=True)
class TrainingSummary:
    """The station's training in one year: every worker employed in it, and the indicators of DOMAIN.md §7."""

    station: StationOnForm
    year: int
    rows: tuple[SummaryRow, ...]
    annual_hours: int
    printed_on: date


@dataclass(frozen=True)
class ActionLine:
    description: str
    owner: str
    due_date: date
    status: ActionStatus
    closed_on: date | None
    closing_note: str


@dataclass(frozen=True)
class DrillRecord:
    station: StationOnForm
    number: str  # e.g. "JK001-YL-2026-0003"
    drill_date: date
    scenario: DrillScenario
    plan_title: str  # "" when no plan is linked
    plan_version: str
    staff_present: tuple[str, ...]  # names
    clients_involved: int
    duration_minutes: int
    evaluation: str
    problems: str
    actions: tuple[ActionLine, ...]
    printed_on: date
