"""The service agreement: parties, services, the fee table and its totals, flow over pages, blank and ended."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest

from rehabdesk.documents.agreement import FREE_OF_CHARGE, render_agreement
from rehabdesk.documents.forms import Template
from rehabdesk.domain.agreements import FeeLine, FundingSource
from rehabdesk.domain.consent import Signer
from rehabdesk.domain.people import Relation
from tests.documents.pdf_reading import (
    assert_fonts_embedded,
    assert_no_line_starts_with_closing_punctuation,
    assert_pages_numbered,
    assert_poppler_embeds_every_font,
    page_texts,
    poppler,
    squash,
)
from tests.documents.samples import (
    AGREEMENT,
    BLANK_AGREEMENT,
    CLIENT,
    FEE_ITEMS,
    FEE_LINES,
    GRAND_TOTAL_YUAN,
    GUARDIAN,
    SELF_PAID_TOTAL_YUAN,
    STATION,
)

LAST_PARAGRAPH = "最后一段：本协议未尽事宜，由三方另行协商确定，以此为准。"
# 1.50 × 1 + 3.00 × 2 + … + 60.00 × 40 = 1.50 × (1² + … + 40²) = 1.50 × 22 140
MANY_LINES = tuple(
    FeeLine(
        f"第{i}号康复服务项目（含材料）",
        "次",
        i,
        150 * i,
        FundingSource.SELF_PAID if i % 2 else FundingSource.GOVERNMENT,
    )
    for i in range(1, 41)
)
MANY_LINES_TOTAL = "33,210.00"
# Self-paid are the odd i: 1.50 × (1² + 3² + … + 39²) = 1.50 × 10 660
MANY_LINES_SELF_PAID = "15,990.00"


@pytest.fixture(scope="module")
def filled() -> bytes:
    return render_agreement(AGREEMENT)


@pytest.fixture(scope="module")
def long() -> bytes:
    clauses = "\n\n".join(
        f"# 第{n}条　补充约定\n\n" + f"第{n}条的内容：三方共同遵守本条约定，如有变化及时书面告知。" * 6
        for n in range(11, 21)
    )
    body = AGREEMENT.template.body.replace("[[signatures]]", f"{clauses}\n\n{LAST_PARAGRAPH}\n\n[[signatures]]")
    return render_agreement(replace(AGREEMENT, template=Template("agreement", 2, body), fee_lines=MANY_LINES))


def _text(data: bytes) -> str:
    return squash("".join(page_texts(data)))


def test_parties_services_and_term(filled: bytes) -> None:
    text = _text(filled)
    for value in (STATION.name, STATION.operator_name, STATION.head_name, CLIENT.name, CLIENT.id_number, GUARDIAN.name):
        assert squash(value) in text, value
    assert "编号：HD0107-XY-2026-0012" in text
    assert "与乙方关系父母" in text
    assert "服务项目服药训练、社交技能训练、职业康复训练" in text
    assert "服务形式日间训练/照料、小组工作、居家支持/家访" in text
    assert squash(AGREEMENT.schedule) in text
    assert "自2026年12月1日起至2027年11月30日止" in text
    assert "续签时原协议的编号：无" in text


def test_fee_table_lines_and_totals(filled: bytes) -> None:
    text = _text(filled)
    assert "项目单位数量单价（元）资金来源小计（元）" in text
    assert "午餐餐9615.00自费1,440.00" in text
    assert "手工材料费月1220.50自费246.00" in text
    assert "日间康复训练次960.00政府购买/免费0.00" in text
    assert "职业康复技能培训期1800.00补贴800.00" in text
    assert f"合计{GRAND_TOTAL_YUAN}" in text
    assert f"其中自费合计（乙方支付）{SELF_PAID_TOTAL_YUAN}" in text
    assert FREE_OF_CHARGE not in text


def test_no_fee_lines_says_everything_is_free() -> None:
    text = _text(render_agreement(replace(AGREEMENT, fee_lines=())))
    assert FREE_OF_CHARGE in text
    assert "合计" not in text
    assert "单价（元）" not in text


def test_signatures_with_seal_and_relation(filled: bytes) -> None:
    last = squash(page_texts(filled)[-1])
    for label in (
        "甲方（盖章）：",
        "（盖章处）",
        "负责人或授权代表签字：",
        "乙方（服务对象）：",
        "丙方（监护人，关系：父母）：",
    ):
        assert label in last, label
    assert last.count("日期：＿＿＿＿年＿＿月＿＿日") == 3
    assert "本协议一式三份" in last


def test_long_agreement_flows_over_pages_without_losing_anything(long: bytes) -> None:
    texts = page_texts(long)
    assert len(texts) >= 3
    assert_pages_numbered(long)
    text = squash("".join(texts))
    for line in MANY_LINES:
        assert f"{line.name}{line.unit}{line.quantity}" in text, line.name
    assert f"合计{MANY_LINES_TOTAL}" in text
    assert f"其中自费合计（乙方支付）{MANY_LINES_SELF_PAID}" in text
    # The table's column headings repeat on each page it continues on.
    table_pages = [page for page in texts if "号康复服务项目" in page]
    assert len(table_pages) >= 2
    assert all("单价（元）" in page for page in table_pages)
    assert squash(LAST_PARAGRAPH) in text
    assert "第20条的内容" in text
    assert text.index(squash(LAST_PARAGRAPH)) < text.rindex("甲方（盖章）")


def test_blank_agreement_shows_no_client_data_and_boxes_to_tick() -> None:
    data = render_agreement(BLANK_AGREEMENT)
    text = _text(data)
    for value in (CLIENT.name, CLIENT.id_number, CLIENT.phone, GUARDIAN.name, "HD0107-XY", "2027年", "父母"):
        assert value not in text, value
    assert "☐服药训练" in text and "☐社区融入" in text
    assert "☐电话随访" in text
    assert "☐男☐女" in text
    assert "本协议服务期限自＿＿＿＿年＿＿月＿＿日起至＿＿＿＿年＿＿月＿＿日止" in text
    assert "续签时原协议的编号：＿＿＿＿＿＿＿＿＿＿" in text
    assert "丙方（监护人/家属，关系：＿＿＿＿）：" in text
    assert "编号：＿＿＿＿＿＿＿＿＿＿" in squash(page_texts(data)[0])


def test_a_relative_who_is_not_the_legal_guardian_is_printed_as_family_with_the_relation_written() -> None:
    daughter = replace(GUARDIAN, relation=Relation.ADULT_CHILD, is_legal_guardian=False, relation_word="女儿")
    text = _text(render_agreement(replace(AGREEMENT, guardian=daughter)))
    assert "丙方（家属）" in text and "与乙方关系女儿" in text
    assert "丙方（家属，关系：女儿）：" in text
    assert "丙方（监护人" not in text and "成年子女" not in text
    committee = replace(GUARDIAN, relation=Relation.VILLAGE_COMMITTEE, is_legal_guardian=False)
    assert "丙方（联系人，关系：村（居）委会）：" in _text(render_agreement(replace(AGREEMENT, guardian=committee)))
    father = replace(GUARDIAN, relation_word="父亲")  # the legal guardian
    text = _text(render_agreement(replace(AGREEMENT, guardian=father)))
    assert "丙方（监护人）" in text and "丙方（监护人，关系：父亲）：" in text and "父母" not in text


def test_blank_agreement_lists_the_fee_schedule_to_tick_when_anything_is_self_paid() -> None:
    text = _text(render_agreement(replace(BLANK_AGREEMENT, fee_schedule=FEE_ITEMS)))
    # The template promises the self-paid items "在下表中逐项写明": the table is there, at the published prices.
    assert "在下表中逐项写明" in text
    assert "项目（选用的打勾）单位单价（元）资金来源数量小计（元）" in text
    assert "☐午餐餐15.00自费" in text
    assert "☐过渡性住宿月1,234.50自费" in text
    assert "☐日间康复训练次0.00政府购买/免费" in text
    assert "合计" in text and "其中自费合计（乙方支付）" in text
    assert FREE_OF_CHARGE not in text


def test_blank_agreement_says_everything_is_free_only_without_self_paid_items() -> None:
    free_only = tuple(item for item in FEE_ITEMS if item.funding is FundingSource.GOVERNMENT)
    text = _text(render_agreement(replace(BLANK_AGREEMENT, fee_schedule=free_only)))
    assert FREE_OF_CHARGE in text
    assert "单价（元）" not in text


def test_terminated_agreement_says_so_at_the_top() -> None:
    data = render_agreement(replace(AGREEMENT, terminated_on=date(2027, 3, 1), termination_reason="迁出服务区域"))
    first = squash(page_texts(data)[0])
    notice = "本协议已于2027年3月1日终止（原因：迁出服务区域）。"
    assert notice in first
    assert first.index(notice) < first.index("甲方（服务提供方）")
    without_reason = render_agreement(replace(AGREEMENT, terminated_on=date(2027, 3, 1)))
    assert "本协议已于2027年3月1日终止。" in _text(without_reason)
    assert "终止" not in _text(render_agreement(AGREEMENT)).replace("终止后", "")


def test_signed_record_on_reprint() -> None:
    text = _text(render_agreement(replace(AGREEMENT, signer=Signer.GUARDIAN, signed_on=date(2026, 11, 28))))
    assert "本协议已于2026年11月28日签订（监护人签字）。" in text


def test_fonts_lines_and_metadata(filled: bytes) -> None:
    assert_fonts_embedded(filled)
    assert_no_line_starts_with_closing_punctuation(filled)
    metadata = pypdf.PdfReader(io.BytesIO(filled)).metadata
    assert metadata.title == "服务协议"
    assert CLIENT.name not in str(metadata.values())


def test_poppler_reads_totals_and_embedded_fonts(tmp_path: Path, long: bytes) -> None:
    text = squash(poppler("pdftotext", long, tmp_path))
    assert MANY_LINES_TOTAL in text
    assert all(line.name in text for line in MANY_LINES)
    assert_poppler_embeds_every_font(long, tmp_path)


def test_money_is_never_a_float() -> None:
    # 3 × 0.10 is 0.30 exactly in fen; in float yuan it would be 0.30000000000000004.
    lines = (FeeLine("茶水", "杯", 3, 10, FundingSource.SELF_PAID), *FEE_LINES[:1])
    text = _text(render_agreement(replace(AGREEMENT, fee_lines=lines)))
    assert "茶水杯30.10自费0.30" in text
    assert "合计0.30" in text
