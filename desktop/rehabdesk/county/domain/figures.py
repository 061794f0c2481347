"""The figures of the 推进情况汇总表 that the county types in itself (DOMAIN.md §8): they come from the county's own
records, not from the stations. Kept per (county division, period)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.domain.text import clean_line

COUNT, MONEY, TEXT = "count", "money", "text"
MAX_TEXT = 200
MAX_COUNT = 10_000_000
MAX_MONEY = Decimal("100000000000")


@dataclass(frozen=True)
class FigureSpec:
    name: str
    kind: str
    group: str  # the table's column group
    label: str  # the column heading on the provincial form


FIGURES: tuple[FigureSpec, ...] = (
    FigureSpec("patients_total", COUNT, "前期摸底情况", "辖区内严重精神障碍患者人数"),
    FigureSpec("patients_stable_at_home", COUNT, "前期摸底情况", "其中：居家病情稳定患者人数"),
    FigureSpec("patients_in_hospital", COUNT, "前期摸底情况", "其中：在医疗机构治疗人数"),
    FigureSpec("willing_to_join", COUNT, "前期摸底情况", "有意参加社会康复人数"),
    FigureSpec("unwilling_to_join", COUNT, "前期摸底情况", "无意参加社区康复人数"),
    # Stations that do not use RehabDesk exist too: typed in, these replace the count from the registry.
    FigureSpec("existing_urban_stations", COUNT, "前期摸底情况", "现有城市康复站点个数"),
    FigureSpec("existing_rural_stations", COUNT, "前期摸底情况", "现有乡村康复站点个数"),
    FigureSpec("work_plan", TEXT, "服务推进情况", "制定工作方案"),
    FigureSpec("leadership", TEXT, "服务推进情况", "加强组织领导"),
    FigureSpec("purchased_funds", MONEY, "保障情况", "购买服务情况：资金（元）"),
    FigureSpec("purchased_people", COUNT, "保障情况", "购买服务情况：人数"),
    FigureSpec("purchased_visits", COUNT, "保障情况", "购买服务情况：服务人次"),
    FigureSpec("funding_amount", MONEY, "保障情况", "资金投入情况：金额（元）"),
    FigureSpec("funding_sources", TEXT, "保障情况", "资金投入情况：来源（本级或财政捐赠或公益金等）"),
)
FIGURES_BY_NAME = {spec.name: spec for spec in FIGURES}
_DIVISION = re.compile(r"^[1-9]\d{5}$")
_PERIOD = re.compile(r"^\d{4}(Q[1-4]|H[12])?$")


def check_division(division: str) -> str:
    division = division.strip()
    if not _DIVISION.match(division):
        raise CountyRefused("county_division_invalid", division=division[:20])
    return division


def check_period(period: str) -> str:
    """A quarter, half-year or year as the 汇总表 is asked for: 2026Q3, 2026H1, 2026."""
    value = period.strip().upper()
    if not _PERIOD.match(value):
        raise CountyRefused("county_period_invalid", period=period[:20])
    return value


def check_figure(name: str, value: str) -> str:
    """The value as stored (text); an empty value clears the figure."""
    spec = FIGURES_BY_NAME.get(name)
    if spec is None:
        raise CountyRefused("county_figure_unknown", name=name[:40])
    value = value.strip()
    if value == "" or spec.kind == TEXT:
        return clean_line(value, name, MAX_TEXT)
    if spec.kind == COUNT:
        if not value.isascii() or not value.isdigit() or int(value) > MAX_COUNT:
            raise CountyRefused("county_figure_count_invalid", name=name)
        return str(int(value))
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise CountyRefused("county_figure_money_invalid", name=name) from None
    if not amount.is_finite() or amount < 0 or amount > MAX_MONEY or amount != amount.quantize(Decimal("0.01")):
        raise CountyRefused("county_figure_money_invalid", name=name)
    return f"{amount.quantize(Decimal('0.01'))}"
