"""Referrals (转介) in and out, and follow-ups after closing (回访), DOMAIN.md §2–3."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from rehabdesk.domain.safety import add_months

DEFAULT_FOLLOW_UP_MONTHS = (1, 3)


class ReferralDirection(StrEnum):
    IN = "in"
    OUT = "out"


class ReferralKind(StrEnum):
    HOSPITAL_GREEN_CHANNEL = "hospital_green_channel"  # 医院绿色通道
    EMPLOYMENT = "employment"  # 就业
    SHELTERED_WORK = "sheltered_work"  # 庇护性就业
    COMMUNITY_SERVICE = "community_service"  # 其他社区服务
    TRANSFER = "transfer"  # 转至其他站点


def follow_up_dates(closed_on: date, months: tuple[int, ...] = DEFAULT_FOLLOW_UP_MONTHS) -> list[date]:
    return [add_months(closed_on, m) for m in months]
