"""The quarterly (half-year, year) 推进情况汇总表 written to a file: the registry, the merged records and the county's
typed figures (summary_data) through the one computation (county.domain.summary_table) to XLSX or PDF. Writing it
is audited: the table holds the county's figures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from rehabdesk.county.documents.summary_table_pdf import write_summary_pdf
from rehabdesk.county.documents.summary_table_xlsx import write_summary_xlsx
from rehabdesk.county.domain.errors import CountyRefused
from rehabdesk.county.domain.figures import check_period
from rehabdesk.county.domain.roles import CountyPermission, require
from rehabdesk.county.domain.summary_table import (
    ManualFigures,
    RateSeries,
    StationEntry,
    SummaryTable,
    rate_by_quarter,
    summary_table,
)
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.services.summary_data import SummaryInputs, summary_inputs
from rehabdesk.domain import clock
from rehabdesk.domain.indicators import DEFAULT_TARGETS, Period, parse_targets, target_for

SUFFIXES = (".xlsx", ".pdf")
_TEN_THOUSAND = Decimal(10_000)  # the county types yuan; the form reports 万元


def _count(values: Mapping[str, str], name: str) -> int | None:
    return int(values[name]) if values.get(name) else None


def _wan(values: Mapping[str, str], name: str) -> Decimal | None:
    return Decimal(values[name]) / _TEN_THOUSAND if values.get(name) else None


def manual_figures(values: Mapping[str, str]) -> ManualFigures:
    """The typed figures of one division and period (county.domain.figures names, checked when typed)."""
    return ManualFigures(
        patients=_count(values, "patients_total"),
        stable_at_home=_count(values, "patients_stable_at_home"),
        in_treatment=_count(values, "patients_in_hospital"),
        willing=_count(values, "willing_to_join"),
        unwilling=_count(values, "unwilling_to_join"),
        existing_urban=_count(values, "existing_urban_stations"),
        existing_rural=_count(values, "existing_rural_stations"),
        work_plan=values.get("work_plan", ""),
        leadership=values.get("leadership", ""),
        purchase_funds=_wan(values, "purchased_funds"),
        purchase_people=_count(values, "purchased_people"),
        purchase_times=_count(values, "purchased_visits"),
        funding_amount=_wan(values, "funding_amount"),
        funding_sources=values.get("funding_sources", ""),
    )


def _stations(inputs: SummaryInputs) -> list[StationEntry]:
    """Stations with an approved computer; one still pending has sent nothing the table could count."""
    return [
        StationEntry(s.code, s.name, s.division, s.area, s.registered_at.astimezone().date())
        for s in inputs.stations
        if s.registered_at is not None
    ]


def build_summary(ctx: CountyContext, period: Period) -> tuple[SummaryTable, SummaryInputs, list[StationEntry]]:
    inputs = summary_inputs(ctx, table_only=True)
    stations = _stations(inputs)
    records = [(r.station_code, {**r.body, "type": r.type}) for r in inputs.records]
    manual = {key: manual_figures(values) for key, values in inputs.figures.items()}
    table = summary_table(period, stations, records, manual, county_name=inputs.county_name)
    return table, inputs, stations


def write_summary(ctx: CountyContext, period_text: str, out: Path, *, today: date | None = None) -> Path:
    """Write the table of ``period_text`` (2026Q3, 2026H1, 2026) to ``out`` (.xlsx, or .pdf with the year's
    规范服务率 chart) and audit it."""
    require(ctx.actor, CountyPermission.VIEW_RECORDS)
    period = Period.parse(check_period(period_text))
    if out.suffix.lower() not in SUFFIXES:
        raise CountyRefused("county_summary_suffix", suffix=out.suffix[:10])
    today = today or clock.today()
    table, inputs, stations = build_summary(ctx, period)
    if out.suffix.lower() == ".xlsx":
        write_summary_xlsx(out, table, printed_on=today)
    else:
        records = [(r.station_code, {**r.body, "type": r.type}) for r in inputs.records]
        rates = rate_by_quarter(stations, records, period.end.year)
        write_summary_pdf(out, table, printed_on=today, rates=rates, stations=stations)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.audit("summary_written", entity_type="summary", entity_id=period.label,
                  detail={"format": out.suffix.lower().lstrip("."), "stations": len(stations)})  # fmt: skip
        uow.commit()
    return out


@dataclass(frozen=True)
class Overview:
    """Each quarter of a year: every station's figures (the table's StationLines) and the 规范服务率 series."""

    year: int
    quarters: tuple[SummaryTable, ...]
    rates: RateSeries
    default_target: int | None  # the year's target where no snapshot states one


def stations_overview(ctx: CountyContext, year: int) -> Overview:
    require(ctx.actor, CountyPermission.VIEW_RECORDS)
    inputs = summary_inputs(ctx, table_only=True)
    # Every snapshot a station sent, as the chart shows it: the summary table counts a station only from the
    # quarter it was registered in, but a station that joined in Q4 may well send its Q3 snapshot.
    stations = [replace(s, registered_on=date.min) for s in _stations(inputs)]
    records = [(r.station_code, {**r.body, "type": r.type}) for r in inputs.records]
    quarters = tuple(
        summary_table(Period.quarter(year, quarter), stations, records, {}, county_name=inputs.county_name)
        for quarter in range(1, 5)
    )
    rates = rate_by_quarter(stations, records, year)
    return Overview(year, quarters, rates, target_for(parse_targets(DEFAULT_TARGETS), year))
