"""The demo county: three demo stations with different seeds, their first bundles received."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.county.demo import create_demo_county
from rehabdesk.county.services.figures import read_figures, set_figures
from rehabdesk.county.services.maintenance import backup_now, check_county
from rehabdesk.county.services.registry import list_stations
from rehabdesk.county.services.summary import write_summary
from rehabdesk.county.services.summary_data import summary_inputs
from rehabdesk.county.storage.paths import CountyPaths
from tests.conftest import TEST_POLICY
from tests.county.support import TODAY


def test_the_demo_county_has_three_stations_received(tmp_path: Path) -> None:
    ctx = create_demo_county(CountyPaths(tmp_path / "county"), policy=TEST_POLICY, clients=6, today=TODAY)
    try:
        stations = list_stations(ctx, today=TODAY)
        assert [line.code for line in stations] == ["DEMO01", "DEMO02", "DEMO03"]
        assert all(line.last_received is not None and line.device_ids for line in stations)
        inputs = summary_inputs(ctx)
        assert {record.station_code for record in inputs.records} == {"DEMO01", "DEMO02", "DEMO03"}
        assert {record.type for record in inputs.records} >= {"client", "service", "staff"}
        set_figures(ctx, "110105", "2026Q4", {"patients_total": "88"})
        assert read_figures(ctx) == {("110105", "2026Q4"): {"patients_total": "88"}}
        assert summary_inputs(ctx).figures == {("110105", "2026Q4"): {"patients_total": "88"}}
        _the_summary_adds_up_the_stations(ctx, tmp_path)
        assert check_county(ctx).faults == ()
        assert backup_now(ctx, tmp_path / "backups").path.exists()
        assert not [p for p in (tmp_path / "county").iterdir() if p.name.startswith(".rehabdesk-demo-")]
    finally:
        ctx.close()


def _the_summary_adds_up_the_stations(ctx, tmp_path: Path) -> None:
    """The 汇总表 of the demo's quarter: the division's 登记 figure is the stations' snapshots' people counted once,
    the typed figure is in its column, and the PDF reads back."""
    import openpyxl
    from pypdf import PdfReader

    period = "2026Q4"
    snapshots = [
        record.body
        for record in summary_inputs(ctx).records
        if record.type == "indicator_snapshot" and record.body["period"] == period
    ]
    assert len(snapshots) == 3
    out = write_summary(ctx, period, tmp_path / "summary.xlsx", today=TODAY)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows = [row for row in sheet.iter_rows(values_only=True) if any(cell is not None for cell in row)]
    division = next(row for row in rows if row[0] == 1)
    assert 88 in division  # 辖区内严重精神障碍患者人数, typed by the county
    registered = sum(snapshot["registered"] for snapshot in snapshots)
    assert registered > 0 and registered in division  # three stations' different people: none counted twice
    pdf = write_summary(ctx, period, tmp_path / "summary.pdf", today=TODAY)
    assert "推进情况汇总表" in "".join(page.extract_text() for page in PdfReader(pdf).pages)
