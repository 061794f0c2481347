"""Paragraph styles for Chinese documents; plain text → paragraph in the right fonts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors, textsplit
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as reportlab_paragraph

from rehabdesk.documents.fonts import CJK_FONT, register_fonts, text_runs

# GB/T 15834: these may not start a line. reportlab's list is Japanese and lacks them.
_CHINESE_CANNOT_START = "，；：！？》〉”’、。）」』】〕"

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


_reportlab_cjk_split = reportlab_paragraph.cjkFragSplit


def _cjk_split(frags, max_widths, calc_bounds, encoding="utf8"):
    """reportlab's CJK line breaking, but never starting a line with punctuation that may not start one.

    reportlab hangs one such character in the margin and stops there, so two in a row (the "）" of "（演示）" then
    "，") put the second at the start of the next line. Here, while a line after the first starts with one, the
    line before it is narrowed to end before its last two characters, which moves the character before the
    punctuation down with it (GB/T 15834: a closing mark stays with the text it closes)."""
    widths = list(max_widths)
    for _ in range(64):  # each round moves one break earlier; a paragraph never needs many
        result = _reportlab_cjk_split(frags, widths, calc_bounds, encoding)
        lines = result.lines
        bad = next(
            (n for n in range(1, len(lines)) if _first_char(lines[n]) in reportlab_paragraph.ALL_CANNOT_START), 0
        )
        if not bad:
            return result
        before = lines[bad - 1]
        tail = _last_chars_width(before, 2)
        if tail is None or before.currentWidth - tail <= 0:
            return result
        # Narrowings found earlier stay; lines beyond the list keep reportlab's rule (the last width given).
        widths = [widths[min(n, len(widths) - 1)] for n in range(max(len(widths), bad + 1))]
        widths[bad - 1] = before.currentWidth - tail + _BREAK_SLACK
    return result


_BREAK_SLACK = 0.01  # points: the narrowed line still holds what stays on it


def _first_char(line) -> str:
    for word in getattr(line, "words", ()):
        text = getattr(word, "text", "")
        if text:
            return text[0]
    return ""


def _last_chars_width(line, count: int) -> float | None:
    """Width of the last ``count`` characters of a line, in their own fonts; None when the line is shorter."""
    chars: list[tuple[str, object]] = []
    for word in reversed(getattr(line, "words", ())):
        for char in reversed(getattr(word, "text", "")):
            chars.append((char, word))
            if len(chars) == count:
                return sum(stringWidth(c, w.fontName, w.fontSize) for c, w in chars)
    return None


@cache
def styles() -> Styles:
    register_fonts()
    # Each module holds its own copy: paragraph's breaks mixed-font text, textsplit's text in one font.
    for module in (reportlab_paragraph, textsplit):
        if _CHINESE_CANNOT_START not in module.ALL_CANNOT_START:
            module.ALL_CANNOT_START += _CHINESE_CANNOT_START
    reportlab_paragraph.cjkFragSplit = _cjk_split
    # wordWrap="CJK" breaks between any two ideographs; the default only at spaces.
    base = ParagraphStyle(
        "base",
        fontName=CJK_FONT,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.6,
        wordWrap="CJK",
        # Never one line of a paragraph alone at the foot of a page (orphan) or the top of the next (widow).
        allowOrphans=0,
        allowWidows=0,
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
