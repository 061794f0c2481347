"""The recovery sheet (数据恢复凭证): the printed copy of the station's recovery code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehabdesk import __version__
from rehabdesk.documents.fonts import MONO_FONT
from rehabdesk.documents.page import (
    RULE_COLOR,
    DocumentHeader,
    boxed,
    build_pdf,
    signature_lines,
    table,
)
from rehabdesk.documents.styles import paragraph, styles

TEMPLATE_VERSION = 1

TITLE = "数据恢复凭证"
WHAT_HEADING = "一、这是什么"
WHAT_TEXT = (
    "本凭证上的恢复码是本站点加密数据库的备用钥匙。"
    "如果所有账号的密码都遗忘或丢失，可以用恢复码打开数据库，找回全部数据；"
    "账号因多次输错密码被锁定时，也可以用恢复码解锁。"
)
CODE_HEADING = "二、恢复码"
CODE_NOTE = "请逐字核对。输入恢复码时，按上面印出的字母、数字和短横线原样输入即可。"
FIELD_LABELS = ("站点名称", "站点编码", "所属区县编码", "生成时间", "生成人（账号）")
KEEPING_HEADING = "三、保管要求"
KEEPING_RULES = (
    "请把本凭证锁在带锁的文件柜里，与电脑分开存放。",
    "不要拍照、复印或扫描，也不要把恢复码保存在电脑、手机、U 盘或网盘上。",
    "谁拿到恢复码，谁就能查看本站点的全部个案档案。请像保管公章一样保管它，不要交给无关人员。",
)
LEAK_TEXT = (
    "如果恢复码可能已经泄露（被别人看到、拍照，或凭证丢失）：\n"
    "管理员必须立即在“设置 → 备份与密钥”中重新生成恢复码，打印新的凭证，并销毁本页。\n"
    "重新生成后，本页上的恢复码随即作废。"
)
SIGNATURE_ROWS = ["保管人签字"]

CODE_MAX_SIZE = 20


@dataclass(frozen=True)
class RecoverySheet:
    station_name: str
    station_code: str
    county_code: str
    recovery_code: str
    created_at: datetime
    created_by: str  # account login


def render_recovery_sheet(sheet: RecoverySheet) -> bytes:
    if not sheet.recovery_code.strip():
        raise ValueError("recovery code is empty")
    local_time = _local(sheet.created_at)
    header = DocumentHeader(
        station_name=sheet.station_name,
        title=TITLE,
        document_number=f"HF-{sheet.station_code}-{local_time:%Y%m%d%H%M}",
        version_label=f"RehabDesk {__version__} · {TITLE} 第 {TEMPLATE_VERSION} 版",
    )
    s = styles()
    story = [
        paragraph(TITLE, s.title),
        paragraph(WHAT_HEADING, s.heading),
        paragraph(WHAT_TEXT, s.body),
        KeepTogether(
            [
                paragraph(CODE_HEADING, s.heading),
                _code_box(sheet.recovery_code),
                Spacer(0, 2 * mm),
                paragraph(CODE_NOTE, s.small),
                Spacer(0, 4 * mm),
                _details_table(sheet),
            ]
        ),
        paragraph(KEEPING_HEADING, s.heading),
        *(paragraph(f"{number}. {rule}", s.body) for number, rule in enumerate(KEEPING_RULES, start=1)),
        Spacer(0, 3 * mm),
        boxed(LEAK_TEXT),
        Spacer(0, 8 * mm),
        signature_lines(SIGNATURE_ROWS),
    ]
    return build_pdf(header, story)


def _local(moment: datetime) -> datetime:
    # Stored times are UTC; print the wall clock. Naive times are local already.
    return moment.astimezone() if moment.tzinfo is not None else moment


def _format_time(moment: datetime) -> str:
    # Built by hand: strftime with non-ASCII text in the format fails on some Windows.
    local = _local(moment)
    date = f"{local.year}年{local.month:02d}月{local.day:02d}日"
    return f"{date} {local.hour:02d}:{local.minute:02d}"


class _CodeLine(Flowable):
    """The code on one line, as large as fits, monospaced so characters stand apart."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self._code = code
        self._size = CODE_MAX_SIZE

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # Leave air at the sides: a code touching the frame is harder to read and copy.
        fitting = 0.9 * available_width / pdfmetrics.stringWidth(self._code, MONO_FONT, 1)
        self._size = min(CODE_MAX_SIZE, fitting)
        self.width = available_width
        self.height = self._size * 1.3
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFont(MONO_FONT, self._size)
        self.canv.drawCentredString(self.width / 2, self._size * 0.3, self._code)


def _code_box(code: str) -> Flowable:
    return table(
        [[_CodeLine(code)]],
        ["100%"],
        [
            ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 12),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ("LEFTPADDING", (0, 0), (-1, -1), 12),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ],
    )


def _details_table(sheet: RecoverySheet) -> Flowable:
    cell = styles().cell
    values = (
        sheet.station_name,
        sheet.station_code,
        sheet.county_code,
        _format_time(sheet.created_at),
        sheet.created_by,
    )
    return table(
        [[paragraph(label, cell), paragraph(value, cell)] for label, value in zip(FIELD_LABELS, values, strict=True)],
        [32 * mm, "*"],
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F0F0F0")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )
