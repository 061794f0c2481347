"""Service agreements (服务协议) and the fee schedule (收费项目), DOMAIN.md §3.

An agreement's stored status is draft, active or terminated; "expired" is never typed: an active agreement
whose term has ended is expired from the day after its end date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.money import line_total

# A term longer than this is almost surely a typo in the year.
MAX_TERM_DAYS = 3 * 366
MAX_QUANTITY = 10_000


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class FundingSource(StrEnum):
    GOVERNMENT = "government"  # 政府购买/免费
    SELF_PAID = "self_paid"  # 自费
    SUBSIDISED = "subsidised"  # 补贴


def effective_status(stored: AgreementStatus, end: date, today: date) -> AgreementStatus:
    if stored is AgreementStatus.ACTIVE and end < today:
        return AgreementStatus.EXPIRED
    return stored


# Among agreements of one date, the one that counts comes first: signed and in force, then a draft awaiting
# signature, then one that has ended.
_STATUS_RANK = {
    AgreementStatus.ACTIVE: 3,
    AgreementStatus.DRAFT: 2,
    AgreementStatus.EXPIRED: 1,
    AgreementStatus.TERMINATED: 0,
}


def latest_first_key(start: date, stored: AgreementStatus, created: datetime) -> tuple[date, int, datetime]:
    """Sort key (use with ``reverse=True``) putting a client's agreements latest first: by the start of the term
    (the document's own date, not when it was typed in), then by status, then by entry time."""
    return (start, _STATUS_RANK[stored], created)


def check_term(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("term_end_before_start", "end_date")
    if (end - start).days > MAX_TERM_DAYS:
        raise ValidationError("term_too_long", "end_date")


def check_quantity(quantity: int, field: str) -> None:
    if not 0 < quantity <= MAX_QUANTITY:
        raise ValidationError("quantity_invalid", field)


def check_price(price_fen: int, field: str) -> None:
    if price_fen < 0:
        raise ValidationError("money_invalid", field)


@dataclass(frozen=True)
class FeeLine:
    """One line of an agreement's fee list as snapshotted at signing."""

    name: str
    unit: str
    quantity: int
    unit_price_fen: int
    funding: FundingSource

    @property
    def total_fen(self) -> int:
        return line_total(self.quantity, self.unit_price_fen)


def grand_total(lines: list[FeeLine] | tuple[FeeLine, ...]) -> int:
    return sum(line.total_fen for line in lines)


def self_paid_total(lines: list[FeeLine] | tuple[FeeLine, ...]) -> int:
    return sum(line.total_fen for line in lines if line.funding is FundingSource.SELF_PAID)


def document_number(station_code: str, prefix: str, year: int, sequence: int) -> str:
    """Station code + kind + year + sequence, e.g. 'JK001-XY-2026-0007'; sequences restart each year."""
    return f"{station_code}-{prefix}-{year}-{sequence:04d}"
