"""The county's 推进情况汇总表 worked out by hand for a small case, and its XLSX and PDF read back.

The case, 2026Q3: division 230102 (道里区) has ST0001 (urban, registered 2025) and ST0002 (rural, registered in
August 2026: new, and named like a formula); division 230103 (南岗区) has ST0003 (urban), which sent only its Q2
snapshot; ST0004 was registered after the quarter and is in no row. Person P is registered at ST0001 until 1 August
and at ST0002 from 12 August: counted once. Person R left ST0001 in June and joined ST0002 in September: counted at
ST0002 only, nothing to take off. ST0001 also sent an older Q3 snapshot (lower version) that must lose.

By hand, division 230102: 登记 20 + 5 − 1 = 24; 规范服务 12 + 3 = 15; 精神科 2+1 people, 30+4 times; 社会工作 3+1,
40+6; 现有城市 1 (ST0001), 新增乡村 1 (ST0002). Division 230103: nothing reported (empty, not 0), 现有城市 1.
Totals: 24, 15, 3人/34次, 4人/46次, 现有城市 2, 新增乡村 1, and the typed figures of 230102."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from rehabdesk.county.documents.summary_table_pdf import render_summary_pdf
from rehabdesk.county.documents.summary_table_xlsx import write_summary_xlsx
from rehabdesk.county.domain.summary_table import (
    COLUMNS,
    ManualFigures,
    StationEntry,
    rate_by_quarter,
    row_cells,
    summary_table,
)
from rehabdesk.documents.output import write_pdf
from rehabdesk.domain.indicators import Period
from rehabdesk.sync.records import SNAPSHOT_FIELDS, check_record, snapshot_id

Q3 = Period.parse("2026Q3")
FORMULA_NAME = '=HYPERLINK("http://x","新站")'
P, R, Q = "aa" * 32, "bb" * 32, "cc" * 32
STATIONS = [
    StationEntry("ST0001", "道里一站", "230102", "urban", date(2025, 5, 1)),
    StationEntry("ST0002", FORMULA_NAME, "230102", "rural", date(2026, 8, 10)),
    StationEntry("ST0003", "南岗站", "230103", "urban", date(2026, 1, 5)),
    StationEntry("ST0004", "后来站", "230103", "rural", date(2026, 10, 2)),
]
MANUAL = {
    ("230102", "2026Q3"): ManualFigures(
        patients=120, stable_at_home=80, in_treatment=20, willing=40, unwilling=60, work_plan="已制定",
        leadership="成立领导小组", purchase_funds=Decimal("12.5"), purchase_people=30, purchase_times=1200,
        funding_amount=Decimal("20"), funding_sources="本级财政",
    ),
    ("230102", "2026Q2"): ManualFigures(patients=999),  # another quarter's figures: not this table's
}  # fmt: skip


def snapshot(
    station: str,
    period: str,
    registered: int,
    standardised: int,
    psychiatric: tuple,
    social: tuple,
    *,
    version: int = 5_000_739_800,
    counted_to: str = "2026-09-30",
    target: int = 60,
) -> dict[str, Any]:
    record = {name: 0 for name in SNAPSHOT_FIELDS} | {
        "type": "indicator_snapshot", "op": "upsert", "id": snapshot_id(station, period), "version": version,
        "period": period, "counted_to": counted_to, "registered": registered, "standardised": standardised,
        "rate": round(100 * standardised / registered, 1) if registered else 0.0, "target_percent": target,
        "psychiatric_medical": {"people": psychiatric[0], "records": psychiatric[1]},
        "social_work": {"people": social[0], "records": social[1]},
    }  # fmt: skip
    check_record(record)  # exactly what a bundle may carry
    return record


def change(pseudonym: str, episode: str, to_status: str, on: str) -> dict[str, Any]:
    return {
        "type": "status_change", "op": "upsert", "id": str(uuid.uuid4()),
        "version": 1, "pseudonym": pseudonym, "episode_id": episode, "from_status": "", "to_status": to_status,
        "changed_on": on,
    }  # fmt: skip


RECORDS = [
    ("ST0001", snapshot("ST0001", "2026Q3", 99, 99, (9, 9), (9, 9), version=1)),  # older: loses
    ("ST0001", snapshot("ST0001", "2026Q3", 20, 12, (2, 30), (3, 40))),
    ("ST0001", snapshot("ST0001", "2026Q2", 18, 9, (2, 20), (2, 20))),
    ("ST0002", snapshot("ST0002", "2026Q3", 5, 3, (1, 4), (1, 6), counted_to="2026-09-25")),
    ("ST0003", snapshot("ST0003", "2026Q2", 7, 4, (1, 5), (1, 5))),
    ("ST0001", change(P, "e1", "enrolled", "2026-03-01")),
    ("ST0001", change(P, "e1", "active", "2026-03-05")),
    ("ST0001", change(P, "e1", "closed", "2026-08-01")),
    ("ST0002", change(P, "e2", "enrolled", "2026-08-12")),
    ("ST0002", change(P, "e2", "active", "2026-08-15")),
    ("ST0001", change(R, "e3", "active", "2026-02-01")),
    ("ST0001", change(R, "e3", "closed", "2026-06-10")),
    ("ST0002", change(R, "e4", "active", "2026-09-01")),
    ("ST0001", change(Q, "e5", "active", "2026-01-10")),
    ("ST0002", change(Q, "e6", "applied", "2026-09-20")),  # an applicant is not registered: no double count
]


@pytest.fixture(scope="module")
def table():
    return summary_table(Q3, STATIONS, RECORDS, MANUAL, county_name="哈尔滨市民政局")


def test_the_small_case_worked_out_by_hand(table) -> None:
    first, second = table.rows
    assert (first.number, first.division, first.name, second.name) == (1, "230102", "道里区", "南岗区")
    assert (first.registered, first.standardised, first.counted_twice) == (24, 15, 1)
    assert (first.psychiatric.people, first.psychiatric.times, first.social_work.people, first.social_work.times) == (
        3, 34, 4, 46,
    )  # fmt: skip
    assert (first.existing_urban, first.existing_rural, first.new_urban, first.new_rural) == (1, 0, 0, 1)
    assert (second.existing_urban, second.stations, second.reporting) == (1, 1, 0)
    cells = dict(zip(COLUMNS, row_cells(second), strict=True))
    assert cells["登记参加社区康复人数"] is None and cells["参与社会工作人数及次数"] is None  # not reported ≠ 0
    total = dict(zip(COLUMNS, row_cells(table.total), strict=True))
    assert total == {
        "序号": "", "县（市、区）": "合计", "辖区内严重精神障碍患者人数": 120, "其中：居家病情稳定患者人数": 80,
        "其中：在医疗机构治疗人数": 20, "有意参加社会康复人数": 40, "无意参加社区康复人数": 60,
        "现有城市康复站点个数": 2, "现有乡村康复站点个数": 0, "登记参加社区康复人数": 24,
        "登记康复对象接受规范服务人数": 15, "新增城市康复站点个数": 0, "新增乡村康复站点个数": 1,
        "制定工作方案": None, "加强组织领导": None, "参与精神科医务人员及次数": "3人/34次",
        "参与社会工作人数及次数": "4人/46次", "购买服务情况（资金、人数和服务人次）": "12.50万元；30人；1200人次",
        "资金投入情况（本级或财政捐赠或公益金等）": "20.00万元",
    }  # fmt: skip
    row = dict(zip(COLUMNS, row_cells(first), strict=True))
    assert (row["制定工作方案"], row["资金投入情况（本级或财政捐赠或公益金等）"]) == ("已制定", "20.00万元（本级财政）")
    assert [s.code for s in table.not_reported] == ["ST0003"]
    assert [(p.station.code, p.counted_to) for p in table.partial] == [("ST0002", date(2026, 9, 25))]
    assert table.manual_missing == ("230103",)
    assert "ST0004" not in {line.station.code for line in table.stations}


def test_the_same_person_across_divisions_counts_once_in_the_totals() -> None:
    moved = [StationEntry("ST0003", "南岗站", "230103", "urban", date(2026, 1, 5))]
    records = [
        *RECORDS,
        ("ST0003", snapshot("ST0003", "2026Q3", 7, 4, (1, 5), (1, 5))),
        ("ST0003", change(P, "e7", "active", "2026-09-01")),
    ]
    result = summary_table(Q3, [*STATIONS[:2], *moved], records, {})
    assert [row.registered for row in result.rows] == [24, 7]  # each division counts P once
    assert result.total.registered == 24 + 7 - 1  # and the county once: P was at three stations
    assert result.total.counted_twice == 2


def test_half_year_and_year_read_their_own_snapshots() -> None:
    records = [
        ("ST0001", snapshot("ST0001", "2026H2", 30, 20, (2, 60), (3, 80))),
        ("ST0001", snapshot("ST0001", "2026Q3", 20, 12, (2, 30), (3, 40))),
    ]
    half = summary_table(Period.parse("2026H2"), STATIONS, records, {})
    assert half.rows[0].registered == 30  # not a sum of quarters
    assert {s.code for s in half.not_reported} == {"ST0002", "ST0003", "ST0004"}
    year = summary_table(Period.parse("2026"), STATIONS, records, {})
    assert year.total.reporting == 0 and year.total.stations == 4


def test_xlsx_is_laid_out_like_the_paper_form(table, tmp_path: Path) -> None:
    path = tmp_path / "汇总表.xlsx"
    write_summary_xlsx(path, table, printed_on=date(2026, 10, 15))
    book = openpyxl.load_workbook(path)
    sheet = book["推进情况汇总表"]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:S1", "A3:A4", "B3:B4", "C3:I3", "J3:Q3", "R3:S3"} <= merged
    assert (sheet["C3"].value, sheet["J3"].value, sheet["R3"].value) == ("前期摸底情况", "服务推进情况", "保障情况")
    assert [sheet.cell(row=4, column=c).value for c in range(3, 20)] == list(COLUMNS[2:])
    assert (sheet["A3"].value, sheet["B3"].value) == ("序号", "县（市、区）")
    assert sheet["A1"].value == "社区康复服务工作推进情况汇总表（2026年第三季度）"
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$3:$4"
    assert [sheet.cell(row=5, column=c).value for c in (1, 2, 10, 11)] == [1, "道里区", 24, 15]
    assert [sheet.cell(row=7, column=c).value for c in (2, 3, 10, 11, 16)] == ["合计", 120, 24, 15, "3人/34次"]
    assert sheet.cell(row=7, column=2).font.bold
    assert sheet.cell(row=6, column=10).value is None  # 南岗区 did not report
    footer = [sheet.cell(row=r, column=1).value for r in range(8, sheet.max_row + 1)]
    assert any(line and "南岗站（ST0003）" in line and "不按零计" in line for line in footer)
    assert any(line and "单位负责人签字" in line and "盖章" in line and "2026年10月15日" in line for line in footer)
    # The station named like a formula stays text, with the apostrophe in front, in the stations sheet.
    stations = book["各站点报送情况"]
    cells = [c for row in stations.iter_rows() for c in row if c.value is not None]
    assert not [
        c.coordinate for sheet_ in book.worksheets for row in sheet_.iter_rows() for c in row if c.data_type == "f"
    ]
    assert "'" + FORMULA_NAME in {c.value for c in cells}
    assert [c.value for c in stations[3]][:3] == ["ST0001", "道里一站", "道里区"]


def test_pdf_reads_back_with_the_table_the_notes_and_the_charts(table, tmp_path: Path) -> None:
    rates = rate_by_quarter(STATIONS, RECORDS, 2026)
    assert rates.stations["ST0001"] == (None, 50.0, 60.0, None)
    assert rates.county[1] == round(100 * 13 / 25, 1) and rates.targets[2] == 60
    data = render_summary_pdf(table, printed_on=date(2026, 10, 15), rates=rates, stations=STATIONS)
    path = tmp_path / "汇总表.pdf"
    write_pdf(path, data)
    reader = PdfReader(path)
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    text = "".join(page.extract_text() for page in reader.pages).replace(" ", "").replace("\n", "")
    for expected in ("推进情况汇总表", "前期摸底情况", "服务推进情况", "保障情况", "道里区", "合计", "南岗站（ST0003）",
                     "单位负责人签字", "盖章", "2026年10月15日", "规范服务率", "3人/34次"):  # fmt: skip
        assert expected in text, expected
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")], check=True)
        assert sorted(p.name for p in tmp_path.glob("page-*.png"))


def test_the_store_hands_the_table_only_what_it_reads_and_the_table_is_the_same(county_paths) -> None:
    """On both engines: the snapshots and the status changes of people held at two or more stations, not the
    changes of someone at one station nor any other record, and the table from them equals the one from all."""
    from rehabdesk.county.services.summary_data import summary_inputs
    from rehabdesk.county.storage import records
    from tests.county.support import make_county

    alone = "dd" * 32
    service = {"type": "service", "op": "upsert", "id": str(uuid.uuid4()), "version": 1, "service_date": "2026-08-02",
               "attendees": [P, alone], "staff": [], "group_size": 2}  # fmt: skip
    kept: dict[tuple[str, str], tuple[str, dict]] = {}
    for station, record in [*RECORDS, ("ST0001", change(alone, "e7", "active", "2026-07-01")), ("ST0002", service)]:
        key = (record["type"], record["id"])
        if key not in kept or kept[key][1]["version"] < record["version"]:  # the store keeps the newest
            kept[key] = (station, record)
    ctx = make_county(county_paths)
    try:
        with ctx.store.unit_of_work(ctx.actor) as uow:
            for station, record in kept.values():
                records.write(uow.session, {(record["type"], record["id"]): record}, (), station)
            uow.commit()
        everything = summary_inputs(ctx).records
        read = summary_inputs(ctx, table_only=True).records
    finally:
        ctx.close()
    assert len(everything) == len(kept)
    assert sorted((r.type, r.body.get("pseudonym")) for r in read) == sorted(
        (r.type, r.body.get("pseudonym"))
        for r in everything
        if r.type == "indicator_snapshot" or (r.type == "status_change" and r.body["pseudonym"] != alone)
    )
    assert {r.body.get("pseudonym") for r in read} == {None, P, Q, R}

    def table_of(rows):
        return summary_table(Q3, STATIONS, [(r.station_code, {**r.body, "type": r.type}) for r in rows], MANUAL)

    assert table_of(read) == table_of(everything)
