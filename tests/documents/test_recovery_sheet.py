"""The recovery sheet: what is printed on it, and saving it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest

from rehabdesk.documents.output import write_pdf
from rehabdesk.documents.recovery_sheet import RecoverySheet, render_recovery_sheet

CODE = "7K3M-Q9XA-2BHT-WZ4N-8PDE-R6VC-0FJ5"
SHEET = RecoverySheet(
    station_name="海淀区学院路街道精神康复站",
    station_code="HD0107",
    county_code="110108",
    recovery_code=CODE,
    created_at=datetime(2024, 5, 6, 14, 30),
    created_by="zhang.wei",
)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_recovery_sheet(SHEET)


def _text(data: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_sheet_shows_code_station_and_creator(pdf: bytes) -> None:
    text = _text(pdf)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
    assert "数据恢复凭证" in text
    assert CODE in text
    for value in ("海淀区学院路街道精神康复站", "HD0107", "110108", "zhang.wei"):
        assert value in text
    assert "2024年05月06日 14:30" in text
    assert "第 1 页 / 共 1 页" in text


def test_sheet_tells_how_to_keep_it_and_what_to_do_if_it_leaks(pdf: bytes) -> None:
    text = re.sub(r"\s+", "", _text(pdf))  # lines wrap anywhere in Chinese
    for phrase in (
        "带锁的文件柜",
        "不要拍照",
        "全部个案档案",
        "设置→备份与密钥",
        "重新生成",
    ):
        assert phrase in text
    assert "保管人签字：" in text
    assert "日期：" in text


def test_second_reader_poppler_finds_the_code(tmp_path: Path, pdf: bytes) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("poppler's pdftotext is not installed")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        [pdftotext, "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert CODE in text
    assert "海淀区学院路街道精神康复站" in text


def test_code_and_station_stay_out_of_the_metadata(pdf: bytes) -> None:
    metadata = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert metadata.title == "数据恢复凭证"
    values = " ".join(str(value) for value in metadata.values())
    for secret in (CODE, "HD0107", "海淀区", "zhang.wei"):
        assert secret not in values


def test_code_font_is_embedded(pdf: bytes) -> None:
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()]
    mono = [font for font in fonts if str(font["/BaseFont"]).endswith("+DejaVuSansMono-Bold")]
    assert len(mono) == 1
    assert "/FontFile2" in mono[0]["/FontDescriptor"].get_object()
    assert all("/FontFile2" in font["/FontDescriptor"].get_object() for font in fonts)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs POSIX time zones")
def test_utc_time_is_printed_as_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        sheet = RecoverySheet(**{**SHEET.__dict__, "created_at": datetime(2024, 5, 6, 6, 30, tzinfo=UTC)})
        assert "2024年05月06日 14:30" in _text(render_recovery_sheet(sheet))
    finally:
        monkeypatch.undo()
        time.tzset()


def test_empty_code_is_refused() -> None:
    with pytest.raises(ValueError):
        render_recovery_sheet(RecoverySheet(**{**SHEET.__dict__, "recovery_code": "  "}))


def test_write_pdf_saves_exact_bytes(tmp_path: Path, pdf: bytes) -> None:
    target = tmp_path / "recovery.pdf"
    target.write_bytes(b"%PDF-old")
    write_pdf(target, pdf)
    assert target.read_bytes() == pdf
    assert [p.name for p in tmp_path.iterdir()] == ["recovery.pdf"]


@pytest.mark.parametrize("bad", [b"", b"hello", b"<html>%PDF-", "truncated"])
def test_write_pdf_refuses_what_is_not_a_complete_pdf(tmp_path: Path, pdf: bytes, bad: bytes | str) -> None:
    data = pdf[: len(pdf) // 2] if bad == "truncated" else bad
    target = tmp_path / "recovery.pdf"
    with pytest.raises(ValueError):
        write_pdf(target, data)
    assert list(tmp_path.iterdir()) == []
