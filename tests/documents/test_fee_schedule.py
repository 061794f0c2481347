"""The public fee notice: every item with its price and funding, on as many pages as it takes."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from rehabdesk.documents.fee_schedule import NO_ITEMS, render_fee_schedule
from rehabdesk.documents.forms import FeeItemOnForm
from rehabdesk.domain.agreements import FundingSource
from tests.documents.pdf_reading import (
    assert_fonts_embedded,
    assert_pages_numbered,
    assert_poppler_embeds_every_font,
    page_texts,
    poppler,
    squash,
)
from tests.documents.samples import FEES, STATION


@pytest.fixture(scope="module")
def notice() -> bytes:
    return render_fee_schedule(FEES)


def _text(data: bytes) -> str:
    return squash("".join(page_texts(data)))


def test_notice_lists_every_item_with_price_and_funding(notice: bytes) -> None:
    assert len(pypdf.PdfReader(io.BytesIO(notice)).pages) == 1
    text = _text(notice)
    assert "收费项目公示" in text
    assert "明码标价" in text
    assert "序号项目名称单位价格（元）资金来源" in text
    assert "1日间康复训练次0.00政府购买/免费" in text
    assert "3午餐餐15.00自费" in text
    assert "5职业康复技能培训期800.00补贴" in text
    assert "6过渡性住宿月1,234.50自费" in text
    assert squash(f"请拨打本站电话{STATION.contact_phone}") in text
    assert "公示日期：2026年11月23日" in text
    assert "编号：HD0107-SF-20261123" in text
    assert "收费项目公示模板第1版" in text


def test_long_price_list_continues_with_its_headings(tmp_path: Path) -> None:
    items = tuple(FeeItemOnForm(f"兴趣课程第{i}期", "期", 1000 * i + 5, FundingSource.SELF_PAID) for i in range(1, 81))
    data = render_fee_schedule(replace(FEES, items=items))
    texts = page_texts(data)
    assert len(texts) >= 3
    assert_pages_numbered(data)
    assert all("价格（元）" in page for page in texts if "兴趣课程" in page)
    text = squash("".join(texts))
    for index, item in enumerate(items, start=1):
        assert f"{index}{item.name}期" in text
    assert "80兴趣课程第80期期800.05自费" in text
    assert "公示日期：2026年11月23日" in text  # the text after the table is not lost
    assert "800.05" in squash(poppler("pdftotext", data, tmp_path))


def test_no_items_says_nothing_is_charged() -> None:
    text = _text(render_fee_schedule(replace(FEES, items=())))
    assert NO_ITEMS in text
    assert "价格（元）" not in text


def test_fonts_embedded(tmp_path: Path, notice: bytes) -> None:
    assert_fonts_embedded(notice)
    assert_poppler_embeds_every_font(notice, tmp_path)
