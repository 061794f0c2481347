"""The station's annual training summary: the indicators, one row per worker, and a long table over pages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from rehabdesk.documents.training_summary import NO_STAFF, render_training_summary
from rehabdesk.domain.people import RelevantDegree
from tests.documents.pdf_reading import (
    assert_fonts_embedded,
    assert_no_line_starts_with_closing_punctuation,
    assert_pages_numbered,
    assert_poppler_embeds_every_font,
    page_texts,
    poppler,
    squash,
)
from tests.documents.samples import STATION
from tests.documents.training_samples import BIG_SUMMARY, SMALL_ROWS, SUMMARY

HEADER_ROW = "工号姓名岗位直接服务应完成已完成（计入）其他学时尚差状态"


@pytest.fixture(scope="module")
def small() -> bytes:
    return render_training_summary(SUMMARY)


@pytest.fixture(scope="module")
def big() -> bytes:
    return render_training_summary(BIG_SUMMARY)


def _text(data: bytes) -> str:
    return squash("".join(page_texts(data)))


def test_title_number_and_station(small: bytes) -> None:
    text = _text(small)
    assert "2026年度工作人员培训情况汇总" in text
    assert "编号：HD0107-PXHZ-2026" in text
    assert squash(STATION.name) in text
    assert "统计截至2026年11月23日；本年度在岗工作人员共4名。" in text


def test_indicators(small: bytes) -> None:
    text = _text(small)
    # Direct service: 周 (22 h) met, 吴 (8 of 10.5) and 孙 (12.5 of 20) not; 马 is not direct service.
    assert "直接服务人员培训达标（≥20学时）1/3人（33%）" in text
    # Assessors: 孙 trained (in 2024), 周 not.
    assert "需求评估人员已接受需求评估能力培训1/2人（50%）" in text
    assert "具有相关专业学历（精神卫生、社会工作、心理）2/4人（50%），目标≥30%，已达到" in text
    # 22 + 8 + 12.5 + 8
    assert "全体人员计入学时合计50.5学时" in text


def test_relevant_degree_below_the_target() -> None:
    rows = (*SMALL_ROWS[:1], *(replace(row, relevant_degree=RelevantDegree.NONE) for row in SMALL_ROWS[1:]))
    text = _text(render_training_summary(replace(SUMMARY, rows=rows)))
    assert "1/4人（25%），目标≥30%，未达到" in text


def test_nobody_to_count_is_not_zero_percent() -> None:
    rows = tuple(replace(row, compliance=replace(row.compliance, assessor=False)) for row in SMALL_ROWS)
    text = _text(render_training_summary(replace(SUMMARY, rows=rows)))
    assert "需求评估人员已接受需求评估能力培训本年度无此类人员" in text


def test_one_row_per_worker(small: bytes) -> None:
    text = _text(small)
    assert HEADER_ROW in text
    assert "HD0107-S01周文静社会工作者是202230达标" in text
    assert "HD0107-S02吴国强心理治疗师/咨询师是10.5（折算）802.5未达标" in text
    assert "HD0107-S03孙丽华精神科护士是2012.537.5未达标" in text
    assert "HD0107-S04马建军行政否—80—不适用" in text
    assert text.count("（折算）") == 2  # the row and the footnote


def test_footnote_explains_proration_and_safety(small: bytes) -> None:
    text = _text(small)
    assert "按20学时×在岗天数÷全年天数折算，并向上取整到0.5学时" in text
    assert "安全应急培训默认不计入20学时，列入“其他学时”" in text


def test_no_staff() -> None:
    text = _text(render_training_summary(replace(SUMMARY, rows=())))
    assert squash(NO_STAFF) in text
    assert HEADER_ROW not in text
    assert "直接服务人员培训达标（≥20学时）本年度无此类人员" in text


def test_two_hundred_rows_span_pages_with_the_header_repeated(big: bytes) -> None:
    texts = page_texts(big)
    assert len(texts) >= 4
    assert_pages_numbered(big)
    squashed = [squash(page) for page in texts]
    assert all(HEADER_ROW in page for page in squashed)
    text = "".join(squashed)
    for row in BIG_SUMMARY.rows:
        assert f"{row.staff_number}{row.name}" in text, row.staff_number
    # Rows stay in order, and the footnote comes after the last one.
    positions = [text.index(row.staff_number) for row in BIG_SUMMARY.rows]
    assert positions == sorted(positions)
    assert text.index("S0200") < text.index("注：")


def test_fonts_and_poppler(big: bytes, small: bytes, tmp_path: Path) -> None:
    assert_fonts_embedded(small)
    assert_no_line_starts_with_closing_punctuation(small)
    assert_poppler_embeds_every_font(big, tmp_path)
    poppler_text = squash(poppler("pdftotext", big, tmp_path))
    assert all(row.name in poppler_text for row in BIG_SUMMARY.rows)
