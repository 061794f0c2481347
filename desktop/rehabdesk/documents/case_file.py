"""The case file printout (康复对象个案档案) for a period: the client's record, contacts, the lifecycle with every
status step, the risk history, and for the period the assessments, plans, services, referrals and follow-ups,
with the consents and agreements (a withdrawn consent is marked, DOMAIN.md §6).

Two copies, the same facts in both:
- 站存档案, the station's copy for the client's file (一人一档): every identifier in full, a line on
  confidentiality (精神卫生法 第四条), and lines for whoever compiled and checked it to sign.
- 本人查阅副本, the client's own copy under the right of access (个人信息保护法 第四十五条): the same record,
  since everything on it is the client's own personal information and nothing in it is a staff-only remark
  (service content and risk notes, which could name other people, are on neither copy). It differs in three
  ways: the title; a notice on what the copy is and a closing paragraph on the rights to correct, delete and
  withdraw consent (第四十六、四十七条, 第十五条) with the station's contact; and ID numbers — the client's and
  the contacts' — masked as the screens mask them (first 3 and last 4 characters). A copy leaves the station
  and can be lost, the client knows their own number, and a contact's number is a third person's data; the full
  numbers stay in the station's copy, where the client may see them.
Neither copy names anyone else who attended a group session, and file metadata and page headers carry the case
number, never the name."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehabdesk import __version__
from rehabdesk.documents.case_file_data import CaseFileCopy, CaseFileData, ClientRecord
from rehabdesk.documents.case_file_history import history_sections, link_sections
from rehabdesk.documents.case_file_services import service_section
from rehabdesk.documents.case_labels import (
    CHANNEL_LABELS,
    CLIENT_STATUS_LABELS,
    DIAGNOSIS_LABELS,
    DISABILITY_LEVEL_LABELS,
    ID_TYPE_LABELS,
    ILLNESS_STATUS_LABELS,
    LEGAL_CAPACITY_LABELS,
    MEDICATION_LABELS,
    risk_level_label,
)
from rehabdesk.documents.form_parts import title
from rehabdesk.documents.labels import GENDER_LABELS, chinese_date, relation_text
from rehabdesk.documents.page import RULE_COLOR, DocumentHeader, boxed, build_pdf, signature_lines, table
from rehabdesk.documents.report_parts import LABEL_BACKGROUND, listing, section_heading
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.domain.clients import age_on, mask_id_number

TITLE = "康复对象个案档案"
COPY_NAMES = {CaseFileCopy.STATION: "站存档案", CaseFileCopy.CLIENT: "本人查阅副本"}
CONFIDENTIAL = (
    "本档案含有敏感个人信息（健康信息），依照《中华人民共和国精神卫生法》第四条予以保密，"
    "仅供本站工作人员在履行职责所需范围内使用，不得外借、复制或向无关人员透露。"
)
CLIENT_COPY_NOTICE = (
    "本副本依据《中华人民共和国个人信息保护法》第四十五条，应康复对象本人（或其监护人）查阅、复制个人信息的请求提供，"
    "内容与本站存档的个案档案一致。为防止副本遗失后被他人冒用，证件号码只显示前 3 位和后 4 位，"
    "完整号码可到本站查阅。请妥善保管本副本。"
)
RIGHTS = (
    "如发现本档案中的个人信息不准确或不完整，您有权要求本站更正、补充（个人信息保护法第四十六条）；"
    "您也可以依法要求删除个人信息，或撤回已作出的同意（第四十七条、第十五条），"
    "撤回同意不影响撤回前基于同意已进行的处理活动的效力。"
)
NONE_YET = "（未填写）"


def render_case_file(data: CaseFileData) -> bytes:
    copy_name = COPY_NAMES[data.copy]
    header = DocumentHeader(
        station_name=data.station.name,
        title=f"{TITLE}（{copy_name}）",
        document_number=data.client.case_number,
        version_label=f"{_copy_line(data)} · {chinese_date(data.printed_on)}打印 · RehabDesk {__version__}",
    )
    s = styles()
    story: list[Flowable] = [
        title(f"{TITLE}（{copy_name}）"),
        paragraph(
            f"档案期间：{chinese_date(data.period_from)}至{chinese_date(data.period_to)}"
            f"　　打印日期：{chinese_date(data.printed_on)}",
            s.body.clone("period", alignment=TA_CENTER),
        ),
        Spacer(0, 2 * mm),
        boxed(CLIENT_COPY_NOTICE) if data.copy is CaseFileCopy.CLIENT else paragraph(CONFIDENTIAL, s.small),
        *section_heading("一、基本信息"),
        _record(data),
        *section_heading("二、健康状况"),
        _health(data.client),
        *section_heading("三、监护人及联系人"),
        _contacts(data),
        *history_sections(data),
        *service_section(data),
        *link_sections(data),
        *_ending(data),
    ]
    return build_pdf(header, story)


def _copy_line(data: CaseFileData) -> str:
    if data.copy is CaseFileCopy.CLIENT:
        return "本人查阅副本（个人信息保护法第四十五条）"
    return "站存档案 · 按档案管理规定保管，不得外借"


def _id_number(data: CaseFileData, number: str) -> str:
    return mask_id_number(number) if data.copy is CaseFileCopy.CLIENT else number


def _facts(rows: list[tuple[str, str, str, str]]) -> Flowable:
    """Label–value pairs, two to a row; a row with only its first pair spans the value across."""
    cell = styles().cell
    commands: list = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
        ("BOX", (0, 0), (-1, -1), 1, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BACKGROUND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for index, (_, _, label, _) in enumerate(rows):
        if label:
            commands.append(("BACKGROUND", (2, index), (2, index), LABEL_BACKGROUND))
        else:
            commands.append(("SPAN", (1, index), (3, index)))
    return table(
        [[paragraph(text, cell) if text else "" for text in row] for row in rows],
        # Percentages: two "*" columns come out unequal once a row spans them.
        ["17%", "33%", "17%", "33%"],
        commands,
        spaceAfter=4,
    )


def _record(data: CaseFileData) -> Flowable:
    client = data.client
    flags = "、".join(name for name, held in (("低保", client.low_income), ("特困", client.extreme_poverty)) if held)
    status = CLIENT_STATUS_LABELS[data.status]
    return _facts(
        [
            ("个案编号", client.case_number, "当前状态", f"{status}（自{chinese_date(data.status_since)}起）"),
            ("姓名", client.name, "性别", GENDER_LABELS[client.gender]),
            (
                "出生日期",
                f"{chinese_date(client.birth_date)}（{age_on(client.birth_date, data.printed_on)} 岁）",
                "民族",
                client.ethnicity or NONE_YET,
            ),
            ("证件类型", ID_TYPE_LABELS[client.id_type], "证件号码", _id_number(data, client.id_number)),
            ("联系电话", client.phone or NONE_YET, "服务周期", f"第 {data.episode} 个"),
            ("户籍地", client.household_registration or NONE_YET, "", ""),
            ("现住址", client.current_address or NONE_YET, "", ""),
            ("居住情况", client.living_situation or NONE_YET, "责任社工", client.responsible_worker or "未指定"),
            ("申请渠道", CHANNEL_LABELS[client.channel], "低保/特困", flags or "否"),
        ]
    )


def _health(client: ClientRecord) -> Flowable:
    disability = DISABILITY_LEVEL_LABELS.get(client.disability_level or 0, "无")
    return _facts(
        [
            ("诊断", DIAGNOSIS_LABELS[client.diagnosis], "确诊医院", client.diagnosing_hospital or NONE_YET),
            (
                "发病日期",
                chinese_date(client.onset_date) if client.onset_date else NONE_YET,
                "纳入健康管理",
                "是" if client.in_health_management else "否",
            ),
            (
                "病情状况",
                ILLNESS_STATUS_LABELS[client.illness_status],
                "危险性评估",
                risk_level_label(client.risk_level),
            ),
            ("服药情况", MEDICATION_LABELS[client.medication_adherence], "精神残疾证", disability),
            ("民事行为能力", LEGAL_CAPACITY_LABELS[client.legal_capacity], "", ""),
        ]
    )


def _contacts(data: CaseFileData) -> Flowable:
    if not data.contacts:
        return paragraph("没有登记监护人或联系人。", styles().body)
    rows = [
        (
            contact.name,
            relation_text(contact.relation, contact.relation_word),
            "是" if contact.is_legal_guardian else "否",
            _id_number(data, contact.id_number) if contact.id_number else "",
            contact.phone,
            contact.address,
        )
        for contact in data.contacts
    ]
    return listing(
        ("姓名", "关系", "法定监护人", "证件号码", "联系电话", "住址"),
        rows,
        [22 * mm, 22 * mm, 18 * mm, 42 * mm, 27 * mm, "*"],
        centred=(2,),
    )


def _ending(data: CaseFileData) -> list[Flowable]:
    if data.copy is CaseFileCopy.STATION:
        # Both signers on the same page.
        return [KeepTogether([Spacer(0, 6 * mm), signature_lines(["整理人", "审核人"])])]
    station = data.station
    contact = "，".join(
        part
        for part in (
            station.name,
            f"地址：{station.address}" if station.address else "",
            f"电话：{station.contact_phone}" if station.contact_phone else "",
        )
        if part
    )
    return [*section_heading("您的权利"), paragraph(f"{RIGHTS}请联系：{contact}。", styles().body)]
