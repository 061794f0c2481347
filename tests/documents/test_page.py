"""The shared page: fonts embedded, page numbering, flow across pages, helpers."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from reportlab.platypus import Paragraph

from rehabdesk.documents.fonts import CJK_FONT, LATIN_FONT, text_runs
from rehabdesk.documents.page import (
    DocumentHeader,
    boxed,
    build_pdf,
    signature_lines,
)
from rehabdesk.documents.styles import markup, paragraph, styles
from tests.documents.pdf_reading import page_texts

HEADER = DocumentHeader(
    station_name="朝阳区测试精神康复站",
    title="测试文书",
    document_number="T-0001",
    version_label="RehabDesk test",
)


def _reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _long_story_texts() -> list[str]:
    return [
        f"第{i}段：今日参加手工小组活动{i * 7}分钟，情绪平稳，与组员交流良好。"
        f"家属反映睡眠改善，服药依从性好，下次随访预约在第{i + 1}周。" * 3
        for i in range(200)
    ]


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    body = styles().body
    return build_pdf(HEADER, [paragraph(text, body) for text in _long_story_texts()])


def _body_text(page: pypdf.PageObject) -> str:
    furniture = ("编号：T-0001", "页 / 共", "RehabDesk test")
    lines = page.extract_text().splitlines()
    return "".join(line for line in lines if not any(f in line for f in furniture))


def test_long_story_flows_over_pages_without_losing_text(long_pdf: bytes) -> None:
    reader = _reader(long_pdf)
    assert len(reader.pages) > 5
    # A paragraph cut at the bottom of a page must continue at the top of the next.
    body = _squash("".join(_body_text(page) for page in reader.pages))
    assert body == _squash("".join(_long_story_texts()))


def test_every_page_says_which_page_of_how_many(long_pdf: bytes) -> None:
    reader = _reader(long_pdf)
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"第 {number} 页 / 共 {total} 页" in text
        assert "编号：T-0001" in text
        assert "朝阳区测试精神康复站" in text
        assert "RehabDesk test" in text


def _fonts(data: bytes) -> list[pypdf.generic.DictionaryObject]:
    fonts = {}
    for page in _reader(data).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    return list(fonts.values())


def test_every_font_is_an_embedded_subset(long_pdf: bytes) -> None:
    fonts = _fonts(long_pdf)
    names = {str(font["/BaseFont"]) for font in fonts}
    assert any(name.endswith("+DroidSansFallback") for name in names)
    assert any(name.endswith("+DejaVuSans") for name in names)  # the digits
    for font in fonts:
        assert re.fullmatch(r"/[A-Z]{6}\+\S+", str(font["/BaseFont"]))
        descriptor = font["/FontDescriptor"].get_object()
        assert len(descriptor["/FontFile2"].get_object().get_data()) > 1000


def test_metadata_carries_the_document_type_only(long_pdf: bytes) -> None:
    metadata = _reader(long_pdf).metadata
    assert metadata.title == "测试文书"
    assert metadata.author == "RehabDesk"
    assert not any(HEADER.station_name in str(value) for value in metadata.values())


def test_same_input_gives_same_bytes_and_story_is_not_consumed() -> None:
    story = [paragraph("同样的内容 123", styles().body)]
    first = build_pdf(HEADER, story)
    assert len(story) == 1
    assert build_pdf(HEADER, story) == first
    assert first.startswith(b"%PDF-")


def test_long_station_name_is_cut_before_it_reaches_the_document_number() -> None:
    long_name = "某某省某某市某某区某某街道" * 8 + "精神康复站"
    header = DocumentHeader(long_name, "测试文书", "NO-12345678", "v")
    text = _reader(build_pdf(header, [paragraph("正文", styles().body)])).pages[0]
    text = text.extract_text()
    assert "编号：NO-12345678" in text
    assert "…" in text
    assert long_name not in text


def test_signature_lines_and_box() -> None:
    story = [
        signature_lines(["保管人签字", "见证人签字"]),
        boxed("注意 & <b>不是标记</b>：ID 110101"),
    ]
    text = _reader(build_pdf(HEADER, story)).pages[0].extract_text()
    assert "保管人签字：" in text
    assert "见证人签字：" in text
    assert text.count("日期：") == 2
    assert "注意 & <b>不是标记</b>：ID 110101" in text


def test_text_runs_pick_the_font_that_has_the_glyph() -> None:
    assert text_runs("第 12 页") == [
        (CJK_FONT, "第 "),
        (LATIN_FONT, "12 "),
        (CJK_FONT, "页"),
    ]
    assert text_runs("设置 → 密钥") == [
        (CJK_FONT, "设置 "),
        (LATIN_FONT, "→ "),
        (CJK_FONT, "密钥"),
    ]


def test_markup_escapes_text_and_keeps_line_breaks() -> None:
    result = markup("甲<乙>&\n丙")
    assert "<乙>" not in result
    assert "&lt;" in result
    assert "&amp;" in result
    assert "<br/>" in result
    Paragraph(result, styles().body)  # parses


def test_chinese_punctuation_never_starts_a_line() -> None:
    # Widths vary so that some line of each paragraph ends right before a "，".
    texts = ["甲" * n + "ID 110101199001011234，电话 13800138000，情绪平稳；睡眠好：是！" * 3 for n in range(40)]
    data = build_pdf(HEADER, [paragraph(text, styles().body) for text in texts])
    lines = [line.strip() for page in _reader(data).pages for line in page.extract_text().splitlines()]
    assert len(lines) > 100
    assert not [line for line in lines if line[:1] in "，；：！？。、"]


def test_a_paragraph_never_leaves_one_line_alone_on_a_page() -> None:
    """Widows and orphans: wherever a page break falls in a five-line paragraph, each page holds two lines or more
    of it (a single line alone on the last page read as if something were missing)."""
    text = "畅" * 45 * 5  # about five lines of one character, easy to count on each page
    body = styles().body
    splits = set()
    for filler in range(30 * 45, 48 * 45, 15):
        story = [paragraph("填" * filler, body), paragraph(text, body)]
        counts = [sum("畅" in line for line in page.splitlines()) for page in page_texts(build_pdf(HEADER, story))]
        counts = [count for count in counts if count]
        assert 1 not in counts, (filler, counts)
        splits.add(tuple(counts))
    assert any(len(split) == 2 for split in splits), splits  # the sweep did put page breaks inside it
