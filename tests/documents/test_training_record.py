"""A worker's annual training record: facts, courses and totals, the requirement (prorated or not), the verdict and
the assessor note."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest

from rehabdesk.documents.training_labels import PROFESSION_LABELS, RELEVANT_DEGREE_LABELS, TRAINING_TYPE_LABELS
from rehabdesk.documents.training_record import ASSESSOR_UNTRAINED, NO_COURSES, render_training_record
from rehabdesk.domain.people import Profession, RelevantDegree
from rehabdesk.domain.training import TrainingType
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
from tests.documents.training_samples import (
    COMPLIANT_RECORD,
    LINES,
    PRORATED_RECORD,
    RECORD,
    worker_compliance,
)

PRORATION = "应完成学时按20学时×"


@pytest.fixture(scope="module")
def short_of_hours() -> bytes:
    return render_training_record(RECORD)


def _text(data: bytes) -> str:
    return squash("".join(page_texts(data)))


def test_worker_facts_and_number(short_of_hours: bytes) -> None:
    text = _text(short_of_hours)
    assert "编号：HD0107-PX-2026-HD0107-S03" in text
    assert squash(STATION.name) in text
    assert "工号HD0107-S03姓名刘芳" in text
    assert "专业/岗位社会工作者统计年度2026年" in text
    assert "入职日期2019年4月1日离职日期在岗" in text
    left = _text(render_training_record(replace(RECORD, end_date=date(2026, 8, 31))))
    assert "离职日期2026年8月31日" in left


def test_courses_and_totals(short_of_hours: bytes) -> None:
    text = _text(short_of_hours)
    assert "起止日期培训名称类型主办单位学时计入20学时证书编号" in text
    assert "2026年3月10日至3月11日区级精神卫生社会工作集中培训（第一期）集中培训海淀区民政局8是HDMZ-2026-0315" in text
    assert "2026年5月20日个案管理跟踪督导跟踪督导北京康宁社会工作服务中心2.5是" in text
    assert "2026年6月12日消防安全与疏散演练培训安全应急培训学院路街道办事处3否" in text
    # 8 + 2.5 + 3 + 2 in all, 3 of them (safety) not counted.
    assert "合计15.5其中计入12.5学时" in text
    assert NO_COURSES not in text


def test_a_course_over_the_new_year_shows_both_years() -> None:
    line = replace(LINES[0], start_date=date(2025, 12, 30), end_date=date(2026, 1, 2))
    text = _text(render_training_record(replace(RECORD, lines=(line,))))
    assert "2025年12月30日至2026年1月2日" in text


def test_short_of_hours_says_how_many(short_of_hours: bytes) -> None:
    text = _text(short_of_hours)
    assert "应完成学时：20学时。" in text
    assert "已完成学时（计入20学时）：12.5学时；另有不计入的学时（如安全应急培训）：3学时。" in text
    assert "尚差学时：7.5学时。" in text
    assert "结论：截至2026年11月23日，未达标，尚差7.5学时。本年度已进入第四季度，请尽快安排培训。" in text
    assert "已达标" not in text
    assert PRORATION not in text


def test_twenty_hours_meets_the_requirement() -> None:
    text = _text(render_training_record(COMPLIANT_RECORD))
    assert "已完成学时（计入20学时）：20学时" in text
    assert "尚差学时：0学时。" in text
    assert "结论：截至2026年11月23日，已达标。" in text
    assert "未达标" not in text


def test_a_finished_year_gives_the_verdict_without_a_date() -> None:
    text = _text(render_training_record(replace(COMPLIANT_RECORD, printed_on=date(2027, 1, 8))))
    assert "结论：已达标。" in text


def test_joining_mid_year_explains_the_proration() -> None:
    text = _text(render_training_record(PRORATED_RECORD))
    # 1 July to 31 December: 184 days; 20 × 184 ÷ 365 = 10.08, rounded up to 10.5.
    assert "本年度在岗184天，应完成学时按20学时×184÷365天折算并向上取整到0.5学时：10.5学时。" in text
    assert "应完成学时：" not in text
    assert "未达标，尚差0.5学时" in text


def test_proration_divides_by_366_in_a_leap_year() -> None:
    record = replace(
        PRORATED_RECORD,
        year=2028,
        lines=(),
        compliance=worker_compliance((), year=2028, start=date(2028, 7, 1)),
        printed_on=date(2029, 1, 5),
    )
    text = _text(render_training_record(record))
    assert "本年度在岗184天，应完成学时按20学时×184÷366天折算并向上取整到0.5学时：10.5学时。" in text
    assert NO_COURSES in text
    assert "合计" not in text
    assert "结论：未达标，尚差10.5学时。" in text


def test_assessor_without_assessor_training_is_pointed_out(short_of_hours: bytes) -> None:
    assert squash(ASSESSOR_UNTRAINED) in _text(short_of_hours)
    trained = render_training_record(COMPLIANT_RECORD)
    assert squash(ASSESSOR_UNTRAINED) not in _text(trained)
    not_assessor = replace(RECORD, compliance=worker_compliance(LINES, assessor=False))
    assert squash(ASSESSOR_UNTRAINED) not in _text(render_training_record(not_assessor))


def test_no_requirement_without_direct_service() -> None:
    record = replace(
        RECORD,
        profession=Profession.ADMINISTRATIVE,
        compliance=worker_compliance(LINES, direct_service=False),
    )
    text = _text(render_training_record(record))
    assert "专业/岗位行政" in text
    assert "该工作人员不承担直接服务，不适用每年20学时的培训要求。" in text
    assert "已完成学时（计入20学时）：12.5学时" in text
    for absent in ("结论", "尚差", "应完成学时："):
        assert absent not in text, absent


def test_every_code_has_a_printed_term() -> None:
    assert set(TRAINING_TYPE_LABELS) == set(TrainingType)
    assert set(PROFESSION_LABELS) == set(Profession)
    assert set(RELEVANT_DEGREE_LABELS) == set(RelevantDegree)
    lines = tuple(replace(LINES[0], kind=kind, title=f"课程{index}") for index, kind in enumerate(TrainingType))
    text = _text(render_training_record(replace(RECORD, lines=lines)))
    for label in TRAINING_TYPE_LABELS.values():
        assert label in text, label


def test_signatures_fonts_and_metadata(short_of_hours: bytes, tmp_path: Path) -> None:
    text = _text(short_of_hours)
    assert "本人签字：日期：站点负责人签字：日期：" in text
    assert_fonts_embedded(short_of_hours)
    assert_poppler_embeds_every_font(short_of_hours, tmp_path)
    assert_pages_numbered(short_of_hours)
    assert_no_line_starts_with_closing_punctuation(short_of_hours)
    assert "12.5" in squash(poppler("pdftotext", short_of_hours, tmp_path))
    metadata = pypdf.PdfReader(io.BytesIO(short_of_hours)).metadata
    assert metadata.title == "工作人员年度培训记录"
    assert RECORD.name not in str(metadata.values())


def test_a_long_year_continues_under_the_headings() -> None:
    lines = tuple(replace(LINES[1], title=f"第{index}次个案管理跟踪督导") for index in range(1, 41))
    data = render_training_record(replace(RECORD, lines=lines))
    texts = page_texts(data)
    assert len(texts) >= 2
    assert_pages_numbered(data)
    text = squash("".join(texts))
    assert all(f"第{index}次个案管理跟踪督导" in text for index in range(1, 41))
    assert all("起止日期" in page for page in texts if "次个案管理跟踪督导" in page)
    assert "合计100" in text
