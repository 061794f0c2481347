"""The consent form: filled, blank and reprinted after signing; read back with pypdf and poppler."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest

from rehabdesk.documents.consent_form import render_consent_form
from rehabdesk.documents.forms import ConsentChoice, Template
from rehabdesk.documents.labels import CONSENT_KIND_TITLES
from rehabdesk.domain.consent import ConsentKind
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
from tests.documents.samples import BLANK_CONSENT, CLIENT, CONSENT, GUARDIAN, SIGNED_CONSENT, STATION

SEPARATE = [kind for kind in ConsentKind if kind is not ConsentKind.SERVICE]
CLIENT_DATA = (CLIENT.name, CLIENT.id_number, CLIENT.phone, CLIENT.case_number, GUARDIAN.name, GUARDIAN.phone, "父母")


@pytest.fixture(scope="module")
def filled() -> bytes:
    return render_consent_form(CONSENT)


@pytest.fixture(scope="module")
def blank() -> bytes:
    return render_consent_form(BLANK_CONSENT)


@pytest.fixture(scope="module")
def signed() -> bytes:
    return render_consent_form(SIGNED_CONSENT)


def _text(data: bytes) -> str:
    return squash("".join(page_texts(data)))


def test_filled_form_names_client_guardian_station_and_number(filled: bytes) -> None:
    text = _text(filled)
    assert all(f"{STATION.name}知情同意书" in squash(page) for page in page_texts(filled))
    for value in (*CLIENT_DATA, STATION.name, STATION.address, STATION.head_name, STATION.operator_name):
        assert squash(value) in text, value
    assert "编号：HD0107-TY-2026-0007" in text
    assert "出生日期：1985年3月14日" in text
    assert "性别：男" in text
    assert "监护人（关系：父母）：" in text
    assert "知情同意书模板第1版·RehabDesk0.1.0" in text


def test_a_relative_who_is_not_the_legal_guardian_signs_as_family_with_the_relation_written() -> None:
    daughter = replace(GUARDIAN, relation=Relation.ADULT_CHILD, is_legal_guardian=False, relation_word="女儿")
    text = _text(render_consent_form(replace(CONSENT, guardian=daughter)))
    assert f"家属：{GUARDIAN.name}" in text and "与康复对象的关系：女儿" in text
    assert "康复对象和家属签字：" in text and "家属（关系：女儿）：" in text
    assert "监护人（关系" not in text and f"监护人：{GUARDIAN.name}" not in text and "成年子女" not in text
    legal = _text(render_consent_form(CONSENT))
    assert f"监护人：{GUARDIAN.name}" in legal and "监护人（关系：父母）：" in legal


def test_every_separate_consent_has_its_own_box_ticks_and_signature(filled: bytes) -> None:
    text = _text(filled)
    for number, kind in enumerate(SEPARATE, start=1):
        assert f"{number}.{CONSENT_KIND_TITLES[kind]}" in text
    assert text.count("☐同意☐不同意") == len(SEPARATE)
    assert text.count("本人或监护人签字：") == len(SEPARATE)
    assert "☑" not in text
    # The statements come from the template.
    assert "只用于评估、制定康复计划和提供康复服务" in text
    assert "遮住面部、不写姓名" in text


def test_main_signatures_station_seal_witness_client_guardian(filled: bytes) -> None:
    last = squash(page_texts(filled)[-1])
    for label in ("本站（盖章）：", "（盖章处）", "见证工作人员签字：", "康复对象本人：", "监护人（关系：父母）："):
        assert label in last, label
    assert last.count("日期：＿＿＿＿年＿＿月＿＿日") == 3
    # The signatures stay on the page of the words they sign.
    assert "本同意书一式两份" in last


def test_only_the_kinds_offered_get_a_box() -> None:
    choices = (ConsentChoice(ConsentKind.SERVICE), ConsentChoice(ConsentKind.MEDIA))
    text = _text(render_consent_form(replace(CONSENT, choices=choices)))
    assert f"1.{CONSENT_KIND_TITLES[ConsentKind.MEDIA]}" in text
    assert text.count("本人或监护人签字：") == 1
    for kind in (ConsentKind.SENSITIVE_DATA, ConsentKind.DATA_PROVISION, ConsentKind.EMERGENCY):
        assert CONSENT_KIND_TITLES[kind] not in text


def test_service_only_says_there_is_nothing_separate() -> None:
    text = _text(render_consent_form(replace(CONSENT, choices=(ConsentChoice(ConsentKind.SERVICE),))))
    assert "本次没有需要单独同意的事项" in text
    assert "本人或监护人签字：" not in text


def test_blank_form_shows_lines_and_no_client_data(blank: bytes) -> None:
    text = _text(blank)
    for value in (*CLIENT_DATA, "HD0107-TY"):
        assert value not in text, value
    assert "康复对象：＿＿＿＿＿＿" in text
    assert "性别：☐男☐女" in text
    assert "出生日期：＿＿＿＿年＿＿月＿＿日" in text
    assert "监护人/家属（关系：＿＿＿＿）：" in text
    assert "☑" not in text
    for page_text in page_texts(blank):
        assert "编号：＿＿＿＿＿＿＿＿＿＿" in squash(page_text)
    # The station is known even on a blank form.
    assert STATION.name in text


def test_signed_form_shows_ticks_withdrawal_and_record(signed: bytes) -> None:
    text = _text(signed)
    assert text.count("☑同意☐不同意") == 3
    assert text.count("☐同意☑不同意") == 1
    withdrawn = text.index("已于2026年12月1日撤回")
    # The mark sits in the box of the consent withdrawn, between its title and its statement.
    assert (
        text.index(CONSENT_KIND_TITLES[ConsentKind.DATA_PROVISION]) < withdrawn < text.index("报送给县（区）民政部门")
    )
    assert text.count("撤回") > 1 and text.count("已于") == 2
    assert "本同意书已于2026年11月25日签署；签字人：本人及监护人；见证工作人员：刘芳。" in text


def test_withdrawn_service_consent_is_announced_on_the_first_page() -> None:
    choices = (ConsentChoice(ConsentKind.SERVICE, granted=True, withdrawn_on=date(2027, 2, 3)),)
    first = squash(page_texts(render_consent_form(replace(SIGNED_CONSENT, choices=choices)))[0])
    notice = f"本同意书中的{CONSENT_KIND_TITLES[ConsentKind.SERVICE]}已于2027年2月3日撤回。"
    assert notice in first
    assert first.index(notice) < first.index("康复对象：")


def test_pages_fonts_and_metadata(filled: bytes) -> None:
    assert len(pypdf.PdfReader(io.BytesIO(filled)).pages) >= 3
    assert_pages_numbered(filled)
    assert_fonts_embedded(filled)
    metadata = pypdf.PdfReader(io.BytesIO(filled)).metadata
    assert metadata.title == "知情同意书"
    assert not any(value in str(metadata.values()) for value in (CLIENT.name, STATION.name))


def test_chinese_punctuation_never_starts_a_line(filled: bytes, signed: bytes) -> None:
    assert_no_line_starts_with_closing_punctuation(filled)
    assert_no_line_starts_with_closing_punctuation(signed)


def test_recorded_template_version_is_printed() -> None:
    template = Template("consent", 3, CONSENT.template.body.replace("# 一、我们是谁", "# 一、关于本站"))
    text = _text(render_consent_form(replace(CONSENT, template=template)))
    assert "知情同意书模板第3版" in text
    assert "一、关于本站" in text and "一、我们是谁" not in text


def test_poppler_reads_text_and_embedded_fonts(tmp_path: Path, signed: bytes) -> None:
    text = squash(poppler("pdftotext", signed, tmp_path))
    assert CLIENT.name in text
    assert "已于2026年12月1日撤回" in text
    assert "☑同意" in text
    assert_poppler_embeds_every_font(signed, tmp_path)
