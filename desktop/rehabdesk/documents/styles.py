"""Paragraph styles for Chinese documents; plain text → paragraph in the right fonts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors, textsplit
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as reportlab_paragraph

from rehabdesk.documents.fonts import CJK_FONT, register_fonts, text_runs

# GB/T 15834: these may not start a line. reportlab's list is Japanese and lacks them.
_CHINESE_CANNOT_START = "，；：！？》〉”’"

# Sizes follow Chinese office practice: 五号 (10.5 pt) body, 四号 (14 pt) headings,
# 小二 (18 pt) titles.
BODY_SIZE = 10.5


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    # Each module holds its own copy: paragraph's breaks mixed-font text, textsplit's text in one font.
    for module in (reportlab_paragraph, textsplit):
        if _CHINESE_CANNOT_START not in module.ALL_CANNOT_START:
            module.ALL_CANNOT_START += _CHINESE_CANNOT_START
    # wordWrap="CJK" breaks between any two ideographs; the default only at spaces.
    base = ParagraphStyle(
        "base",
        fontName=CJK_FONT,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.6,
        wordWrap="CJK",
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=base,
            fontSize=18,
            leading=26,
            alignment=TA_CENTER,
            spaceBefore=4,
            spaceAfter=14,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontSize=14,
            leading=20,
            spaceBefore=10,
            spaceAfter=5,
        ),
        body=ParagraphStyle("body", parent=base, spaceAfter=4),
        small=ParagraphStyle(
            "small",
            parent=base,
            fontSize=9,
            leading=13,
            textColor=colors.HexColor("#444444"),
        ),
        cell=ParagraphStyle("cell", parent=base, fontSize=10, leading=14),
    )


def markup(text: str) -> str:
    """Plain text as markup for a CJK-font style: escaped, Latin runs in the Latin font.

    Newlines become line breaks.
    """
    parts = []
    for font, run in text_runs(text):
        escaped = escape(run).replace("\n", "<br/>")
        parts.append(escaped if font == CJK_FONT else f'<font face="{font}">{escaped}</font>')
    return "".join(parts)


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)
