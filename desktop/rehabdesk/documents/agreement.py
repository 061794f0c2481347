"""The service agreement (服务协议) between the station (甲方), the client (乙方) and the guardian (丙方)."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from rehabdesk.documents.form_parts import (
    BLANK_GENDER,
    UNTICKED,
    SignatureSide,
    blank,
    date_or_blank,
    document_header,
    notice,
    number_or_blank,
    or_blank,
    people_values,
    signature_area,
    station_values,
    title,
)
from rehabdesk.documents.forms import AgreementFormData, FeeItemOnForm
from rehabdesk.documents.labels import (
    BLANK_ROLE,
    FUNDING_LABELS,
    GENDER_LABELS,
    SERVICE_FORM_LABELS,
    SERVICE_TYPE_LABELS,
    SIGNER_LABELS,
    chinese_date,
)
from rehabdesk.documents.page import RULE_COLOR, build_pdf, table
from rehabdesk.documents.report_parts import LABEL_BACKGROUND
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.documents.templates import keep_wide_spaces, parse_template, template_story
from rehabdesk.domain.agreements import FundingSource, grand_total, self_paid_total
from rehabdesk.domain.money import format_yuan

TITLE = "服务协议"
FREE_OF_CHARGE = "本协议服务项目均为政府购买/免费服务，不向服务对象收取费用。"
FEE_HEADINGS = ("项目", "单位", "数量", "单价（元）", "资金来源", "小计（元）")
BLANK_FEE_HEADINGS = ("项目（选用的打勾）", "单位", "单价（元）", "资金来源", "数量", "小计（元）")


def render_agreement(data: AgreementFormData) -> bytes:
    values = {
        **station_values(data.station, data.printed_on),
        **people_values(data.client, data.guardian),
        "document_number": number_or_blank(data.number),
        "term_start": date_or_blank(data.start),
        "term_end": date_or_blank(data.end),
        "place": or_blank(data.place, 12),
        "schedule": or_blank(data.schedule, 16),
        "service_types": "、".join(SERVICE_TYPE_LABELS[kind] for kind in data.service_types) or blank(20),
        "service_forms": "、".join(SERVICE_FORM_LABELS[kind] for kind in data.service_forms) or blank(12),
        # A filled form that renews nothing says so; a blank one leaves room to write.
        "renews_number": data.renews_number or ("无" if data.client is not None else blank(10)),
    }
    story: list[Flowable] = [title(TITLE)]
    if data.terminated_on is not None:
        reason = f"（原因：{data.termination_reason}）" if data.termination_reason.strip() else ""
        story.append(notice(f"本协议已于{chinese_date(data.terminated_on)}终止{reason}。"))
    story += template_story(
        parse_template(data.template.body),
        values,
        {
            "parties": lambda: [_parties(data)],
            "services": lambda: [_services(data)],
            "fee_table": lambda: _fee_table(data),
            "signatures": lambda: [_signatures(data)],
        },
    )
    return build_pdf(document_header(data.station, TITLE, data.number, data.template), story)


def _grid(rows: list[list], widths: list, extra: list | None = None, **kwargs) -> Flowable:
    """Label cells shaded, values white; every text a paragraph so it wraps and digits get their font."""
    cell = styles().cell
    return table(
        [[paragraph(keep_wide_spaces(text), cell) if isinstance(text, str) else text for text in row] for row in rows],
        widths,
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            *(extra or []),
        ],
        spaceBefore=4,
        spaceAfter=8,
        **kwargs,
    )


def _parties(data: AgreementFormData) -> Flowable:
    station, client, guardian = data.station, data.client, data.guardian
    # Blank cells of a grid are the writing space; only gender gets boxes to tick.
    client_cells = (
        [
            client.name,
            GENDER_LABELS[client.gender],
            chinese_date(client.birth_date),
            client.id_number,
            client.phone,
            client.case_number,
            client.address,
        ]
        if client is not None
        else ["", BLANK_GENDER, "　　　　年　　月　　日", "", "", "", ""]
    )
    name, gender, birth, id_number, phone, case_number, address = client_cells
    guardian_cells = [guardian.name, guardian.relation_text, guardian.phone] if guardian is not None else ["", "", ""]
    role = guardian.role if guardian is not None else BLANK_ROLE
    rows = [
        ["甲方（服务提供方）", station.name, "", ""],
        ["运营单位", station.operator_name, "负责人", station.head_name],
        ["地址", station.address, "联系电话", station.contact_phone],
        ["乙方（服务对象）", name, "性别", gender],
        ["出生日期", birth, "身份证号码", id_number],
        ["联系电话", phone, "个案编号", case_number],
        ["住址", address, "", ""],
        [f"丙方（{role}）", guardian_cells[0], "与乙方关系", guardian_cells[1]],
        ["联系电话", guardian_cells[2], "", ""],
    ]
    spans = [("SPAN", (1, row), (3, row)) for row in (0, 6, 8)]
    labels = [("BACKGROUND", (0, 0), (0, -1), LABEL_BACKGROUND), ("BACKGROUND", (2, 1), (2, 5), LABEL_BACKGROUND)]
    labels.append(("BACKGROUND", (2, 7), (2, 7), LABEL_BACKGROUND))
    return _grid(rows, [33 * mm, "*", 24 * mm, 46 * mm], [*spans, *labels])


def _services(data: AgreementFormData) -> Flowable:
    types = "、".join(SERVICE_TYPE_LABELS[kind] for kind in data.service_types)
    forms = "、".join(SERVICE_FORM_LABELS[kind] for kind in data.service_forms)
    if data.start is not None and data.end is not None:
        term = f"自{chinese_date(data.start)}起至{chinese_date(data.end)}止"
    else:
        term = f"自{date_or_blank(data.start)}起至{date_or_blank(data.end)}止"
    rows = [
        # Nothing chosen yet: every option with a box, to tick by hand.
        ["服务项目", types or _checklist(list(SERVICE_TYPE_LABELS.values()))],
        ["服务形式", forms or _checklist(list(SERVICE_FORM_LABELS.values()))],
        ["服务地点", data.place],
        ["时间安排", data.schedule],
        ["服务期限", term],
    ]
    return _grid(
        rows,
        [33 * mm, "*"],
        [("BACKGROUND", (0, 0), (0, -1), LABEL_BACKGROUND)],
        rowHeights=None if data.client is not None else [None, None, 10 * mm, 10 * mm, None],
    )


def _checklist(options: list[str], columns: int = 3) -> Flowable:
    """Every option with an empty box, in columns, for a blank form to tick by hand; a box never ends up on
    one line and its option on the next."""
    cell = styles().cell
    cells = [paragraph(f"{UNTICKED} {option}", cell) for option in options]
    cells += [""] * (-len(cells) % columns)
    rows = [cells[start : start + columns] for start in range(0, len(cells), columns)]
    return table(
        rows,
        [f"{100 / columns:.4f}%"] * columns,
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
    )


def _fee_table(data: AgreementFormData) -> list[Flowable]:
    lines = data.fee_lines
    if data.client is None and not lines:
        return _fee_table_to_fill(data.fee_schedule)
    if not lines:
        return [paragraph(FREE_OF_CHARGE, styles().body)]
    cell = styles().cell
    number = cell.clone("number", alignment=TA_RIGHT)
    rows: list[list] = [[paragraph(heading, cell) for heading in FEE_HEADINGS]]
    rows += [
        [
            paragraph(line.name, cell),
            paragraph(line.unit, cell),
            paragraph(str(line.quantity), number),
            paragraph(format_yuan(line.unit_price_fen), number),
            paragraph(FUNDING_LABELS[line.funding], cell),
            paragraph(format_yuan(line.total_fen), number),
        ]
        for line in lines
    ]
    rows.append([paragraph("合计", cell), "", "", "", "", paragraph(format_yuan(grand_total(lines)), number)])
    rows.append(
        [
            paragraph("其中自费合计（乙方支付）", cell),
            "",
            "",
            "",
            "",
            paragraph(format_yuan(self_paid_total(lines)), number),
        ]
    )
    return [
        _grid(
            rows,
            ["*", 15 * mm, 15 * mm, 24 * mm, 30 * mm, 26 * mm],
            [
                ("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND),
                ("SPAN", (0, -2), (4, -2)),
                ("SPAN", (0, -1), (4, -1)),
                ("BACKGROUND", (0, -2), (-1, -1), LABEL_BACKGROUND),
            ],
            # A long list continues on the next page under the column headings again.
            repeatRows=1,
        )
    ]


def _fee_table_to_fill(items: tuple[FeeItemOnForm, ...]) -> list[Flowable]:
    """The blank form's fee table: every item of the station's current schedule with its published price and a
    box to tick, quantity and subtotals left to write by hand. A station with nothing to pay for prints the
    sentence that everything is free instead."""
    if not any(item.funding is FundingSource.SELF_PAID for item in items):
        return [paragraph(FREE_OF_CHARGE, styles().body)]
    cell = styles().cell
    number = cell.clone("number", alignment=TA_RIGHT)
    rows: list[list] = [[paragraph(heading, cell) for heading in BLANK_FEE_HEADINGS]]
    rows += [
        [
            paragraph(f"{UNTICKED} {item.name}", cell),
            paragraph(item.unit, cell),
            paragraph(format_yuan(item.price_fen), number),
            paragraph(FUNDING_LABELS[item.funding], cell),
            "",
            "",
        ]
        for item in items
    ]
    rows.append([paragraph("合计", cell), "", "", "", "", ""])
    rows.append([paragraph("其中自费合计（乙方支付）", cell), "", "", "", "", ""])
    return [
        _grid(
            rows,
            ["*", 15 * mm, 24 * mm, 30 * mm, 18 * mm, 26 * mm],
            [
                ("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND),
                ("SPAN", (0, -2), (4, -2)),
                ("SPAN", (0, -1), (4, -1)),
                ("BACKGROUND", (0, -2), (-1, -1), LABEL_BACKGROUND),
            ],
            repeatRows=1,
            # Room to write a quantity and an amount by hand.
            rowHeights=[None] + [9 * mm] * (len(rows) - 1),
        )
    ]


def _signatures(data: AgreementFormData) -> Flowable:
    relation = data.guardian.relation_text if data.guardian is not None else ""
    role = data.guardian.role if data.guardian is not None else BLANK_ROLE
    station = SignatureSide(
        heading=f"甲方（盖章）：{data.station.name}",
        signers=("负责人或授权代表签字",),
        seal=True,
    )
    people = SignatureSide(
        heading="乙方、丙方签字：",
        signers=("乙方（服务对象）", f"丙方（{role}，关系：{or_blank(relation, 4)}）"),
    )
    record = ""
    if data.signed_on is not None:
        signer = f"（{SIGNER_LABELS[data.signer]}签字）" if data.signer is not None else ""
        record = f"本协议已于{chinese_date(data.signed_on)}签订{signer}。"
    return signature_area(station, people, record)
