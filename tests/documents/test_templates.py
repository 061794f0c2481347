"""Template texts: the built-in ones, the markup, checking an admin's edit, and the printed terms."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rehabdesk.documents.consent_form import render_consent_form
from rehabdesk.documents.labels import (
    CONSENT_KIND_TITLES,
    FUNDING_LABELS,
    GENDER_LABELS,
    RELATION_LABELS,
    SERVICE_FORM_LABELS,
    SERVICE_TYPE_LABELS,
    SIGNER_LABELS,
    chinese_date,
)
from rehabdesk.documents.templates import (
    BLOCKS,
    KINDS,
    PLACEHOLDERS,
    Block,
    Heading,
    Text,
    check_template,
    choice_statements,
    default_template,
    fill,
    keep_wide_spaces,
    parse_template,
)
from rehabdesk.domain.agreements import FundingSource
from rehabdesk.domain.consent import ConsentKind, Signer
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.people import Gender, Relation
from rehabdesk.domain.service_kinds import ServiceForm, ServiceType
from tests.documents.pdf_reading import page_texts, squash
from tests.documents.samples import CONSENT

MINIMAL = {
    "consent": "\n".join(
        [
            "[[consent_choices]]",
            *(f"[[choice:{kind}]]\n{kind} 的说明\n" for kind in ("sensitive_data", "data_provision", "media")),
            "[[choice:emergency]]\nemergency 的说明\n",
            "[[signatures]]",
        ]
    ),
    "agreement": "[[fee_table]]\n\n[[signatures]]\n",
    "fees": "收费标准如下：\n\n[[fee_table]]\n",
}


@pytest.mark.parametrize("kind", KINDS)
def test_built_in_templates_pass_their_own_check(kind: str) -> None:
    template = default_template(kind)
    assert template.kind == kind
    assert template.version == 1
    check_template(kind, template.body)
    assert "\ufffd" not in template.body


def test_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        default_template("receipt")
    with pytest.raises(ValueError):
        check_template("receipt", "text")


def test_placeholder_lists() -> None:
    people = {"client_name", "client_gender", "client_birth_date", "client_id_number", "client_phone"}
    people |= {"client_address", "case_number", "guardian_name", "guardian_relation", "guardian_phone", "guardian_role"}
    station = {"station_name", "station_address", "station_phone", "station_head", "station_operator", "today"}
    agreement = {"term_start", "term_end", "place", "schedule", "service_types", "service_forms", "renews_number"}
    assert PLACEHOLDERS["consent"] == station | people | {"document_number"}
    assert PLACEHOLDERS["agreement"] == station | people | agreement | {"document_number"}
    assert PLACEHOLDERS["fees"] == station
    assert BLOCKS["agreement"] == {"parties", "services", "fee_table", "signatures"}
    assert BLOCKS["fees"] == {"fee_table"}
    assert {"consent_choices", "signatures", "choice:media"} <= BLOCKS["consent"]
    assert "choice:service" not in BLOCKS["consent"]


@pytest.mark.parametrize("kind", KINDS)
def test_minimal_templates_are_accepted(kind: str) -> None:
    check_template(kind, MINIMAL[kind])


def test_built_in_consent_covers_what_the_law_asks() -> None:
    text = squash(default_template("consent").body)
    for phrase in (
        "{station_name}",
        "自愿",
        "撤回",
        "不会影响您看病",
        "评估",
        "家访",
        "健康信息",
        "敏感个人信息",
        "保存10年",
        "加密",
        "民政部门",
        "转介平台",
        "120",
        "保密",
        "法律要求或者允许",
        "查阅、复制",
        "更正",
        "删除",
        "15个工作日内答复",
    ):
        assert phrase in text, phrase


def test_built_in_agreement_covers_what_a_contract_needs() -> None:
    text = squash(default_template("agreement").body)
    for phrase in (
        "{term_start}",
        "{renews_number}",
        "续签",
        "一人一档",
        "家属培训",
        "按医嘱服药",
        "走失",
        "依法承担相应责任",
        "解除本协议",
        "保密",
        "争议",
        "附件",
        "康复计划",
        "收费项目清单",
        "甲方盖章",
    ):
        assert phrase in text, phrase


def test_parse_headings_paragraphs_and_blocks() -> None:
    body = "# 一、标题\r\n第一行\n第二行\n\n\n下一段 {client_name}\n[[fee_table]]\n#不是标题\n  [[ signatures ]]  \n"
    assert parse_template(body) == [
        Heading("一、标题"),
        Text("第一行\n第二行"),
        Text("下一段 {client_name}"),
        Block("fee_table"),
        Text("#不是标题"),
        Block("signatures"),
    ]


def test_choice_takes_the_next_paragraph_as_its_statement() -> None:
    parts = parse_template("[[choice:media]]\n\n我同意拍照，{client_name}。\n第二行\n\n之后的正文\n")
    assert parts == [Block("choice:media", "我同意拍照，{client_name}。\n第二行"), Text("之后的正文")]
    statements = choice_statements(parts, {"client_name": "张三"})
    assert statements == {ConsentKind.MEDIA: "我同意拍照，张三。\n第二行"}


def test_fill_replaces_escapes_and_leaves_unknown_names() -> None:
    values = {"client_name": "张三", "today": "2026年1月2日"}
    assert fill("{client_name}于{ today }签字", values) == "张三于2026年1月2日签字"
    assert fill("{{client_name}} 与 {{}}", values) == "{client_name} 与 {}"
    assert fill("{unknown} 和 { 和 }", values) == "{unknown} 和 { 和 }"


def _refusal(kind: str, body: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check_template(kind, body)
    assert caught.value.field == "body"
    return caught.value


@pytest.mark.parametrize("body", ["", "  \n\t\n"])
def test_empty_template_is_refused(body: str) -> None:
    assert _refusal("fees", body).code == "template_empty"


def test_unknown_placeholder_is_refused_by_name() -> None:
    error = _refusal("fees", "收费 {client_name}\n\n[[fee_table]]\n")
    assert (error.code, error.params["name"]) == ("template_placeholder_unknown", "client_name")
    error = _refusal("agreement", "# 第一条 {colour}\n[[fee_table]]\n[[signatures]]")
    assert (error.code, error.params["name"]) == ("template_placeholder_unknown", "colour")
    # Escaped braces are text, not placeholders.
    check_template("fees", "{{colour}}\n\n[[fee_table]]\n")


def test_unknown_block_is_refused_by_name() -> None:
    error = _refusal("fees", "[[fee_table]]\n[[signatures]]\n")
    assert (error.code, error.params["name"]) == ("template_block_unknown", "signatures")
    error = _refusal("consent", MINIMAL["consent"] + "\n[[choice:service]]\n服务\n")
    assert (error.code, error.params["name"]) == ("template_block_unknown", "choice:service")


@pytest.mark.parametrize(
    ("kind", "missing"),
    [
        ("consent", "consent_choices"),
        ("consent", "signatures"),
        ("consent", "choice:emergency"),
        ("agreement", "fee_table"),
        ("agreement", "signatures"),
        ("fees", "fee_table"),
    ],
)
def test_missing_required_block_is_refused_by_name(kind: str, missing: str) -> None:
    body = MINIMAL[kind].replace(f"[[{missing}]]", "")
    error = _refusal(kind, body)
    assert (error.code, error.params["name"]) == ("template_block_missing", missing)


def test_choice_without_its_statement_counts_as_missing() -> None:
    body = MINIMAL["consent"].replace("[[choice:media]]\nmedia 的说明\n", "[[choice:media]]\n")
    error = _refusal("consent", body)
    assert (error.code, error.params["name"]) == ("template_block_missing", "choice:media")


def test_unchecked_mistakes_print_as_typed_instead_of_failing() -> None:
    body = "{nonsense} 和 {{转义}}\n\n[[nonsense]]\n\n" + MINIMAL["consent"]
    data = render_consent_form(replace(CONSENT, template=replace(CONSENT.template, body=body)))
    text = squash("".join(page_texts(data)))
    assert "{nonsense}和{转义}" in text
    assert "[[nonsense]]" in text


def test_full_width_spaces_are_kept_as_no_break_spaces() -> None:
    kept = keep_wide_spaces("甲　　乙")
    assert "\u3000" not in kept
    assert kept.startswith("甲\xa0") and kept.endswith("\xa0乙")
    assert kept.count("\xa0") >= 6


def test_every_code_has_its_printed_term() -> None:
    for labels, enum in (
        (CONSENT_KIND_TITLES, ConsentKind),
        (SIGNER_LABELS, Signer),
        (GENDER_LABELS, Gender),
        (RELATION_LABELS, Relation),
        (FUNDING_LABELS, FundingSource),
        (SERVICE_TYPE_LABELS, ServiceType),
        (SERVICE_FORM_LABELS, ServiceForm),
    ):
        assert set(labels) == set(enum)
        assert all(labels.values())
    assert RELATION_LABELS[Relation.PARENT] == "父母"
    assert FUNDING_LABELS[FundingSource.SELF_PAID] == "自费"
    assert SERVICE_TYPE_LABELS[ServiceType.MEDICATION_TRAINING] == "服药训练"
    assert SERVICE_FORM_LABELS[ServiceForm.HOME_VISIT] == "居家支持/家访"


def test_chinese_date() -> None:
    assert chinese_date(date(2026, 11, 23)) == "2026年11月23日"
    assert chinese_date(date(2026, 12, 1)) == "2026年12月1日"
