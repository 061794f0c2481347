"""Staff training hours (培训记录) and the annual requirement, DOMAIN.md §3, §7.

Hours are kept as whole minutes, so sums and the prorated requirement never pass through floats. A course counts
toward the calendar year in which it ends (its certificate's year)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError

DEFAULT_ANNUAL_HOURS = 20
ROUND_UP_TO_MINUTES = 30  # the prorated requirement is rounded up to half an hour
FOURTH_QUARTER_MONTH = 10
MAX_TITLE = 100


class TrainingType(StrEnum):
    INDUCTION = "induction"  # 岗前培训
    BLOCK = "block"  # 集中培训
    SUPERVISION = "supervision"  # 跟踪督导
    VOCATIONAL = "vocational"  # 职业技能培训
    ASSESSOR = "assessor"  # 需求评估能力培训
    SAFETY = "safety"  # 安全应急培训


def counts_by_default(kind: TrainingType) -> bool:
    """Safety training is kept and shown, but is not professional training toward the 20 hours."""
    return kind is not TrainingType.SAFETY


def parse_hours(text: str | float | int, field: str = "hours") -> int:
    """'2', '2.5', '1.25', '2小时' → minutes. Whole minutes only; more than two decimals is refused."""
    cleaned = str(text).strip().removesuffix("小时").removesuffix("h").strip()
    whole, _, fraction = cleaned.partition(".")
    if not whole.isdigit() or (fraction and (not fraction.isdigit() or len(fraction) > 2)):
        raise ValidationError("hours_invalid", field)
    hundredths = int(whole) * 100 + int(fraction.ljust(2, "0") or 0)
    if hundredths * 60 % 100:
        raise ValidationError("hours_invalid", field)
    return hundredths * 60 // 100


def format_hours(minutes: int) -> str:
    """150 → '2.5', 120 → '2', 75 → '1.25', 40 → '0.67': hundredths of an hour, rounded half up once from the
    minutes (never truncated: 40 minutes typed as 0.67 h must read back as 0.67, not 0.66)."""
    hours, rest = divmod(minutes, 60)
    if not rest:
        return str(hours)
    # rest × 100 / 60 rounded half up, in integers; at most 98 for 59 minutes, so it never carries into the hours.
    return f"{hours}.{(rest * 100 * 2 + 60) // 120:02d}".rstrip("0")


def check_course(start: date, end: date, minutes: int) -> None:
    if end < start:
        raise ValidationError("end_before_start", "end_date")
    if minutes <= 0:
        raise ValidationError("hours_invalid", "hours")
    days = (end - start).days + 1
    if minutes > 24 * 60 * days:
        raise ValidationError("hours_exceed_days", "hours", days=days, maximum=24 * days)


def days_in_year(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


def days_employed(year: int, start: date, end: date | None) -> int:
    first = max(start, date(year, 1, 1))
    last = min(end or date(year, 12, 31), date(year, 12, 31))
    return max(0, (last - first).days + 1)


def required_minutes(year: int, start: date, end: date | None, annual_hours: int = DEFAULT_ANNUAL_HOURS) -> int:
    """20 h × days employed / days in the year, rounded up to half an hour; the full 20 h for a whole year."""
    employed = days_employed(year, start, end)
    full = days_in_year(year)
    if employed >= full:
        return annual_hours * 60
    exact = annual_hours * 60 * employed
    steps = math.ceil(exact / (full * ROUND_UP_TO_MINUTES))
    return steps * ROUND_UP_TO_MINUTES


@dataclass(frozen=True)
class CourseFact:
    end_date: date
    minutes: int
    counts: bool
    kind: TrainingType


@dataclass(frozen=True)
class Compliance:
    year: int
    required_minutes: int
    counted_minutes: int
    other_minutes: int  # recorded but not counting (safety drills and training by default)
    prorated: bool
    days_employed: int
    direct_service: bool
    assessor: bool
    assessor_trained: bool
    late_in_year: bool  # the fourth quarter of the current year: time to warn

    @property
    def remaining_minutes(self) -> int:
        return max(0, self.required_minutes - self.counted_minutes)

    @property
    def compliant(self) -> bool:
        return not self.direct_service or self.counted_minutes >= self.required_minutes

    @property
    def warn(self) -> bool:
        return self.direct_service and not self.compliant and self.late_in_year

    @property
    def assessor_untrained(self) -> bool:
        return self.assessor and not self.assessor_trained


def compliance(
    year: int,
    *,
    start: date,
    end: date | None,
    direct_service: bool,
    assessor: bool,
    courses: list[CourseFact] | tuple[CourseFact, ...],
    today: date,
    annual_hours: int = DEFAULT_ANNUAL_HOURS,
) -> Compliance:
    """From the worker's courses; the station-wide figures come from totals summed in SQL (compliance_from_totals)."""
    in_year = [course for course in courses if course.end_date.year == year]
    return compliance_from_totals(
        year,
        start=start,
        end=end,
        direct_service=direct_service,
        assessor=assessor,
        counted_minutes=sum(course.minutes for course in in_year if course.counts),
        other_minutes=sum(course.minutes for course in in_year if not course.counts),
        assessor_trained=any(c.kind is TrainingType.ASSESSOR and c.end_date <= today for c in courses),
        today=today,
        annual_hours=annual_hours,
    )


def compliance_from_totals(
    year: int,
    *,
    start: date,
    end: date | None,
    direct_service: bool,
    assessor: bool,
    counted_minutes: int,
    other_minutes: int,
    assessor_trained: bool,
    today: date,
    annual_hours: int = DEFAULT_ANNUAL_HOURS,
) -> Compliance:
    employed = days_employed(year, start, end)
    return Compliance(
        year=year,
        required_minutes=required_minutes(year, start, end, annual_hours) if direct_service else 0,
        counted_minutes=counted_minutes,
        other_minutes=other_minutes,
        prorated=0 < employed < days_in_year(year),
        days_employed=employed,
        direct_service=direct_service,
        assessor=assessor,
        assessor_trained=assessor_trained,
        late_in_year=today.year == year and today.month >= FOURTH_QUARTER_MONTH,
    )


RELEVANT_DEGREE_TARGET_PERCENT = 30


def share_percent(part: int, whole: int) -> int:
    """Whole percent, rounded down: 29.9 % must not show as the 30 % target met."""
    return part * 100 // whole if whole else 0
