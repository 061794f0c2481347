"""What the consent form, the service agreement and the fee schedule share: placeholder values, writing
lines for blank forms, the page header, notices, tick boxes and the signature area with room for the seal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from rehabdesk import __version__
from rehabdesk.documents.fonts import CJK_FONT, text_width
from rehabdesk.documents.forms import ClientOnForm, GuardianOnForm, StationOnForm, Template
from rehabdesk.documents.labels import BLANK_ROLE, GENDER_LABELS, chinese_date
from rehabdesk.documents.page import MARGIN_X, MUTED_COLOR, PAGE_WIDTH, DocumentHeader, table
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.documents.templates import keep_wide_spaces

# A full-width low line: one glyph per character of room, in the CJK font, and extractable as text.
BLANK_CHAR = "＿"
BLANK_DATE = "＿＿＿＿年＿＿月＿＿日"
BLANK_GENDER = "☐男　☐女"
TICKED, UNTICKED = "☑", "☐"
DATE_TO_WRITE = f"日期：{BLANK_DATE}"
NOTICE_COLOR = colors.HexColor("#B00000")


def blank(chars: int) -> str:
    return BLANK_CHAR * chars


def or_blank(value: str, chars: int) -> str:
    return value if value.strip() else blank(chars)


def date_or_blank(day: date | None) -> str:
    return chinese_date(day) if day is not None else BLANK_DATE


def number_or_blank(number: str) -> str:
    return or_blank(number, 10)


def station_values(station: StationOnForm, printed_on: date) -> dict[str, str]:
    return {
        "station_name": station.name,
        "station_address": or_blank(station.address, 16),
        "station_phone": or_blank(station.contact_phone, 8),
        "station_head": or_blank(station.head_name, 6),
        "station_operator": or_blank(station.operator_name, 12),
        "today": chinese_date(printed_on),
    }


def people_values(client: ClientOnForm | None, guardian: GuardianOnForm | None) -> dict[str, str]:
    """Client and guardian placeholders; whatever is unknown becomes a line to write on."""
    values = {
        "client_name": blank(6),
        "client_gender": BLANK_GENDER,
        "client_birth_date": BLANK_DATE,
        "client_id_number": blank(12),
        "client_phone": blank(8),
        "client_address": blank(16),
        "case_number": blank(8),
        "guardian_name": blank(6),
        "guardian_relation": blank(5),
        "guardian_role": BLANK_ROLE,
        "guardian_phone": blank(8),
    }
    if client is not None:
        values |= {
            "client_name": client.name,
            "client_gender": GENDER_LABELS[client.gender],
            "client_birth_date": chinese_date(client.birth_date),
            "client_id_number": or_blank(client.id_number, 12),
            "client_phone": or_blank(client.phone, 8),
            "client_address": or_blank(client.address, 16),
            "case_number": or_blank(client.case_number, 8),
        }
    if guardian is not None:
        values |= {
            "guardian_name": guardian.name,
            "guardian_relation": guardian.relation_text,
            "guardian_role": guardian.role,
            "guardian_phone": or_blank(guardian.phone, 8),
        }
    return values


def document_header(station: StationOnForm, title: str, number: str, template: Template) -> DocumentHeader:
    return DocumentHeader(
        station_name=station.name,
        title=title,
        document_number=number_or_blank(number),
        version_label=f"{title} 模板第 {template.version} 版 · RehabDesk {__version__}",
    )


def title(text: str) -> Flowable:
    return paragraph(text, styles().title)


def notice(text: str) -> Flowable:
    """A red ruled box for what changes how the paper may be used: a withdrawn consent, an ended agreement."""
    style = styles().body.clone("notice", textColor=NOTICE_COLOR, fontSize=12, leading=18)
    return table(
        [[paragraph(text, style)]],
        ["100%"],
        [
            ("BOX", (0, 0), (-1, -1), 1.5, NOTICE_COLOR),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ],
        spaceAfter=4 * mm,
    )


def ticks(options: list[str], chosen: str | None) -> str:
    """'☑ 同意　　☐ 不同意': a box per option, ticked for ``chosen``."""
    return keep_wide_spaces("　　").join(f"{TICKED if option == chosen else UNTICKED} {option}" for option in options)


@dataclass(frozen=True)
class SignatureSide:
    """One column of the signature area: a heading line, then a signature line and a date per signer."""

    heading: str
    signers: tuple[str, ...]  # labels without "：", e.g. "负责人或授权代表签字"
    seal: bool = False


def signature_area(station: SignatureSide, people: SignatureSide, record: str = "") -> Flowable:
    """Station on the left with room for the seal, client and guardian on the right; one table row, so it
    is never split across pages. ``record`` (who signed when, on a reprint) goes above."""
    gap = 6 * mm
    column = (PAGE_WIDTH - 2 * MARGIN_X - gap) / 2
    rows: list[list] = [[paragraph(record, styles().small), ""]] if record else []
    rows.append([_side(station, column), _side(people, column)])
    return table(
        rows,
        [column + gap, column],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, -1), (0, -1), gap),
            *([("SPAN", (0, 0), (-1, 0)), ("BOTTOMPADDING", (0, 0), (-1, 0), 3 * mm)] if record else []),
        ],
        hAlign="LEFT",
        spaceBefore=4 * mm,
    )


def _side(side: SignatureSide, width: float) -> list[Flowable]:
    body = styles().body
    # Room above each line for a handwritten signature.
    signing = body.clone("signing", spaceBefore=8 * mm)
    flowables: list[Flowable] = [paragraph(side.heading, body)]
    if side.seal:
        flowables.append(_SealSpace(width))
    for signer in side.signers:
        label = f"{signer}："
        room = int((width - text_width(label, body.fontSize)) // text_width(BLANK_CHAR, body.fontSize))
        flowables += [paragraph(label + blank(max(room - 1, 6)), signing), paragraph(DATE_TO_WRITE, body)]
    return flowables


class _SealSpace(Flowable):
    """A dashed circle the size of an official seal (40 mm), so the stamp has a place of its own."""

    DIAMETER = 40 * mm

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = self.DIAMETER + 4 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        centre_x, centre_y = self.DIAMETER / 2 + 12 * mm, self.height / 2
        canvas.saveState()
        canvas.setStrokeColor(MUTED_COLOR)
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.6)
        canvas.circle(centre_x, centre_y, self.DIAMETER / 2)
        canvas.setFillColor(MUTED_COLOR)
        canvas.setFont(CJK_FONT, 9)
        canvas.drawCentredString(centre_x, centre_y - 3, "（盖章处）")
        canvas.restoreState()
