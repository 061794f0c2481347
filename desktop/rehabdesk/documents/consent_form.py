"""The informed consent form (知情同意书): the template's text, one signed box per separate consent, and the
main signatures, which give the consent to services."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether

from rehabdesk.documents.form_parts import (
    NOTICE_COLOR,
    SignatureSide,
    document_header,
    notice,
    number_or_blank,
    or_blank,
    people_values,
    signature_area,
    station_values,
    ticks,
    title,
)
from rehabdesk.documents.forms import ConsentChoice, ConsentFormData
from rehabdesk.documents.labels import BLANK_ROLE, CONSENT_KIND_TITLES, SIGNER_LABELS, chinese_date
from rehabdesk.documents.page import RULE_COLOR, build_pdf, signature_lines, table
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.documents.templates import choice_statements, parse_template, template_story
from rehabdesk.domain.consent import ConsentKind

TITLE = "知情同意书"
AGREE, REFUSE = "同意", "不同意"
NO_SEPARATE_CONSENT = "（本次没有需要单独同意的事项。）"


def render_consent_form(data: ConsentFormData) -> bytes:
    values = {
        **station_values(data.station, data.printed_on),
        **people_values(data.client, data.guardian),
        "document_number": number_or_blank(data.number),
    }
    parts = parse_template(data.template.body)
    statements = choice_statements(parts, values)
    story: list[Flowable] = [title(TITLE)]
    for choice in data.choices:
        if choice.kind is ConsentKind.SERVICE and choice.withdrawn_on is not None:
            story.append(
                notice(f"本同意书中的{CONSENT_KIND_TITLES[choice.kind]}已于{chinese_date(choice.withdrawn_on)}撤回。")
            )
    story += template_story(
        parts,
        values,
        {
            "consent_choices": lambda: _choice_boxes(data.choices, statements),
            "signatures": lambda: [_signatures(data)],
        },
    )
    return build_pdf(document_header(data.station, TITLE, data.number, data.template), story)


def _choice_boxes(choices: tuple[ConsentChoice, ...], statements: dict[ConsentKind, str]) -> list[Flowable]:
    separate = [choice for choice in choices if choice.kind is not ConsentKind.SERVICE]
    if not separate:
        return [paragraph(NO_SEPARATE_CONSENT, styles().body)]
    first, *rest = [
        _choice_box(number, choice, statements.get(choice.kind, "")) for number, choice in enumerate(separate, start=1)
    ]
    # template_story keeps the first box with the text before it; a KeepTogether inside that one would
    # always start a new page.
    return [first, *(KeepTogether([box]) for box in rest)]


def _choice_box(number: int, choice: ConsentChoice, statement: str) -> Flowable:
    body = styles().body
    withdrawn = choice.withdrawn_on is not None
    rows: list[list] = [
        [paragraph(f"{number}. {CONSENT_KIND_TITLES[choice.kind]}", body.clone("box_title", fontSize=11))]
    ]
    if withdrawn:
        mark = body.clone("withdrawn", fontSize=14, leading=20, textColor=NOTICE_COLOR)
        rows.append([paragraph(f"已于{chinese_date(choice.withdrawn_on)}撤回", mark)])
    rows.append([paragraph(statement, body)])
    chosen = None if choice.granted is None else (AGREE if choice.granted else REFUSE)
    rows.append([paragraph(ticks([AGREE, REFUSE], chosen), body.clone("ticks", fontSize=12, leading=18))])
    rows.append([signature_lines(["本人或监护人签字"])])
    border = NOTICE_COLOR if withdrawn else colors.black
    return table(
        rows,
        ["100%"],
        [
            ("BOX", (0, 0), (-1, -1), 1.5 if withdrawn else 1, border),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE_COLOR),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F0F0F0")),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ],
        spaceBefore=6,
        spaceAfter=6,
        # A statement an admin made very long must still print, split inside its row.
        splitInRow=1,
    )


def _signatures(data: ConsentFormData) -> Flowable:
    relation = data.guardian.relation_text if data.guardian is not None else ""
    role = data.guardian.role if data.guardian is not None else BLANK_ROLE
    station = SignatureSide(
        heading=f"本站（盖章）：{data.station.name}",
        signers=("见证工作人员签字",),
        seal=True,
    )
    people = SignatureSide(
        heading=f"康复对象和{role}签字：",
        signers=("康复对象本人", f"{role}（关系：{or_blank(relation, 4)}）"),
    )
    return signature_area(station, people, _signed_record(data))


def _signed_record(data: ConsentFormData) -> str:
    if data.signed_on is None:
        return ""
    details = [f"本同意书已于{chinese_date(data.signed_on)}签署"]
    if data.signer is not None:
        details.append(f"签字人：{SIGNER_LABELS[data.signer]}")
    if data.witness_name:
        details.append(f"见证工作人员：{data.witness_name}")
    return "；".join(details) + "。"
