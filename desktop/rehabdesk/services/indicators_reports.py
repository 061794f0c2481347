"""The indicators as files: a PDF with charts (documents.indicators_report) or an Excel workbook with one sheet a
table (documents.table_writer), the period and the rule on the first sheet. Each export is audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rehabdesk.documents.indicators_report import (
    period_text,
    render_indicators_report,
    report_tables,
    rule_lines,
)
from rehabdesk.documents.table_writer import Sheet, write_xlsx
from rehabdesk.domain import clock
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.indicators import Indicators, Period
from rehabdesk.domain.progress import NULL_PROGRESS, Progress
from rehabdesk.durable import atomic_write_bytes
from rehabdesk.services.context import StationContext
from rehabdesk.services.indicators import station_indicators
from rehabdesk.services.printing import station_on_form
from rehabdesk.services.registry import service

FORMATS = (".pdf", ".xlsx")


def workbook_sheets(station_name: str, ind: Indicators) -> list[Sheet]:
    notes = [f"{station_name} 康复服务统计报表", f"统计期：{period_text(ind)}", *rule_lines(ind.rule)]
    if ind.suppress_small_counts:
        notes.append("按岗位、按诊断的人数小于 5 时记为“<5”。")
    tables = report_tables(ind)
    first = tables[0]
    sheets = [Sheet(first.title, first.header, first.rows, tuple(notes))]
    sheets += [Sheet(t.title, t.header, t.rows) for t in tables[1:]]
    return sheets


@service(None, mutating=True)
def export_indicators(
    ctx: StationContext,
    period: Period,
    path: Path | str,
    *,
    today: date | None = None,
    indicators: Indicators | None = None,
    progress: Progress = NULL_PROGRESS,
) -> Path:
    """The figures the caller may see (station_indicators' scope) to ``path``: .pdf or .xlsx by its suffix. Pass
    ``indicators`` already computed (the Reports page has them) to skip computing again."""
    today = today or clock.today()
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("export_format", "path", formats="、".join(FORMATS))
    ind = indicators or station_indicators(ctx, period, today=today, progress=progress)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        station = station_on_form(uow)
        if suffix == ".pdf":
            atomic_write_bytes(target, render_indicators_report(station, ind, today))
        else:
            write_xlsx(target, workbook_sheets(station.name, ind))
        uow.audit("export", detail={"what": "indicators", "period": ind.period.label, "format": suffix[1:]})
        uow.commit()
    return target
