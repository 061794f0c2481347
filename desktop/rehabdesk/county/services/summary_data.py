"""What the 推进情况汇总表 is computed from (the computation and its XLSX/PDF live elsewhere): the registry's
stations, every merged record and the county's manual figures, as plain data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rehabdesk.county.domain.roles import CountyPermission, require
from rehabdesk.county.domain.summary_table import SNAPSHOT, STATUS_CHANGE
from rehabdesk.county.services.context import CountyContext
from rehabdesk.county.storage import county, figures, records, registry


@dataclass(frozen=True)
class RegisteredStation:
    code: str
    name: str
    division: str
    area: str | None  # urban | rural, or None when the station's request did not say
    registered_at: datetime | None
    device_ids: tuple[str, ...]


@dataclass(frozen=True)
class MergedRecordData:
    type: str
    station_code: str
    body: dict[str, Any]


@dataclass(frozen=True)
class SummaryInputs:
    county_name: str
    county_division: str
    stations: tuple[RegisteredStation, ...]
    records: tuple[MergedRecordData, ...]
    figures: dict[tuple[str, str], dict[str, str]]  # {(division, period): {figure name: value}}


def summary_inputs(ctx: CountyContext, *, table_only: bool = False) -> SummaryInputs:
    """With ``table_only``, only the merged records the 汇总表 reads (county.domain.summary_table.summary_table
    says which): the snapshots and the status changes of people held at two or more stations."""
    require(ctx.actor, CountyPermission.VIEW_RECORDS)
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        row = county.county(uow.session)
        stations = tuple(
            RegisteredStation(item.code, item.name, item.division, item.area, item.registered_at, item.device_ids)
            for item in registry.stations(uow.session)
        )
        rows = (
            records.snapshots_and_shared_changes(uow.session, SNAPSHOT, STATUS_CHANGE)
            if table_only
            else records.all_records(uow.session)
        )
        merged = tuple(MergedRecordData(kind, station, json.loads(body)) for kind, station, body in rows)
        manual = figures.read(uow.session)
    return SummaryInputs(row.name, row.division, stations, merged, manual)
