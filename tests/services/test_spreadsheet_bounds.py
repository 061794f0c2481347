"""The .xlsx reader has a memory bound: hostile workbooks are refused in seconds and a few dozen megabytes.

Each hostile file is read in a child process that reports its own time and peak RSS, so the test process's memory
does not count and a reader that runs away is killed by the timeout instead of taking the machine with it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from rehabdesk.domain.errors import DomainError
from rehabdesk.services import spreadsheet_reader
from rehabdesk.services.spreadsheet_reader import read_table

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_OPEN = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _workbook(path: Path, sheet_chunks) -> Path:
    """A minimal .xlsx whose one sheet's XML is written chunk by chunk (so a 300 MB cell never sits in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for chunk in sheet_chunks:
                sheet.write(chunk.encode("utf-8"))
    return path


def far_cell(path: Path, *, dimension: bool = False) -> Path:
    """The probe's 1.6 KB workbook: its only cell is at XFD1048576 (with or without a <dimension> saying so)."""
    head = SHEET_OPEN + ('<dimension ref="A1:XFD1048576"/>' if dimension else "")
    body = '<sheetData><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    return _workbook(path, [head, body, "</worksheet>"])


def huge_cell(path: Path, megabytes: int = 300, block: str = "A" * (1024 * 1024)) -> Path:
    """A header row and one cell of ``megabytes`` blocks of text (a MB each by default)."""

    def chunks():
        yield SHEET_OPEN + "<sheetData>"
        yield '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c>'
        yield '<c r="B1" t="inlineStr"><is><t>身份证号</t></is></c></row>'
        yield '<row r="2"><c r="A2" t="inlineStr"><is><t>'
        for _ in range(megabytes):
            yield block
        yield "</t></is></c></row></sheetData></worksheet>"

    return _workbook(path, chunks())


CHILD = """
import json, resource, sys, time
from rehabdesk.domain.errors import DomainError
from rehabdesk.services.spreadsheet_reader import read_table
start = time.monotonic()
try:
    read_table(sys.argv[1], lambda headers: {})
    code = None
except DomainError as error:
    code = error.code
seconds = time.monotonic() - start
try:  # this process's own peak: ru_maxrss would carry over the parent's (pytest's) peak across fork and exec
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"code": code, "seconds": seconds, "rss_mb": peak_kb / 1024}))
"""


def read_in_child(path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=60, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("build", "code"),
    [
        (far_cell, spreadsheet_reader.SHEET_TOO_LARGE),
        (lambda path: far_cell(path, dimension=True), spreadsheet_reader.SHEET_TOO_LARGE),
        (huge_cell, spreadsheet_reader.BLOATED),
    ],
    ids=["cell-at-XFD1048576", "declared-XFD1048576", "300MB-cell"],
)
def test_hostile_workbooks_are_refused_quickly_and_small(tmp_path: Path, build, code: str) -> None:
    path = build(tmp_path / "hostile.xlsx")
    result = read_in_child(path)
    assert result["code"] == code
    assert result["seconds"] <= 5
    assert result["rss_mb"] < 200


def test_a_cell_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    path = huge_cell(tmp_path / "long.xlsx", megabytes=1, block="长" * 40_000)
    with pytest.raises(DomainError) as caught:
        read_table(path, lambda headers: {})
    assert caught.value.code == spreadsheet_reader.CELL_TOO_LONG
    assert caught.value.params == {"row": 2, "maximum": 32_767}


def test_too_many_cells_are_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spreadsheet_reader, "MAX_CELLS", 10)
    cells = "".join(f'<c r="A{row}"/>' for row in range(1, 20))
    path = _workbook(
        tmp_path / "many.xlsx", [SHEET_OPEN, f"<sheetData><row r='1'>{cells}</row></sheetData>", "</worksheet>"]
    )
    with pytest.raises(DomainError) as caught:
        read_table(path, lambda headers: {})
    assert caught.value.code == spreadsheet_reader.SHEET_TOO_LARGE


def test_a_suspicious_compression_ratio_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spreadsheet_reader, "RATIO_FLOOR", 1000)
    path = huge_cell(tmp_path / "ratio.xlsx", megabytes=1)
    with pytest.raises(DomainError) as caught:
        read_table(path, lambda headers: {})
    assert caught.value.code == spreadsheet_reader.BLOATED


def test_a_small_hand_built_workbook_still_reads(tmp_path: Path) -> None:
    body = (
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>年龄</t></is></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>张三</t></is></c><c r="C3"><v>40</v></c></row></sheetData>'
    )
    path = _workbook(tmp_path / "ok.xlsx", [SHEET_OPEN, body, "</worksheet>"])
    table = read_table(path, lambda headers: {"name": 0, "age": 2} if "姓名" in headers else {})
    assert table.headers == ["姓名", "", "年龄"]
    assert table.rows == [[], ["张三", "", "40"]] or table.rows == [["", "", ""], ["张三", "", "40"]]
