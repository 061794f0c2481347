"""Document templates: the built-in texts, their markup, checking an edited text, and laying one out.

The markup is described for admins in resources/templates/README.md:

- a line starting with ``# `` is a heading;
- blank lines separate paragraphs; a line break inside a paragraph is printed as a line break;
- ``{name}`` is replaced by a value; ``{{`` and ``}}`` print a brace; an unknown ``{name}`` prints as typed;
- a line holding only ``[[name]]`` inserts a generated block (a table, the signature area …);
- in the consent template, ``[[choice:KIND]]`` followed by a paragraph gives the statement printed in that
  separate consent's box; the paragraph is printed there, not where it stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from rehabdesk.documents.fonts import CJK_FONT, register_fonts
from rehabdesk.documents.forms import Template
from rehabdesk.documents.styles import paragraph, styles
from rehabdesk.documents.template_vocabulary import (
    BLOCKS,
    CHOICE_KINDS,
    CHOICE_PREFIX,
    KINDS,
    PLACEHOLDERS,
    REQUIRED_BLOCKS,
)
from rehabdesk.domain.consent import ConsentKind
from rehabdesk.domain.errors import ValidationError
from rehabdesk.paths import resource_path

DEFAULT_VERSION = 1
_HEADING = re.compile(r"#[ \u3000]+(?P<text>.*\S)")
_BLOCK = re.compile(r"\[\[\s*(?P<name>[^\[\]]*?)\s*\]\]")
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{(?P<name>[^{}\n]*)\}")


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Text:
    text: str  # may hold line breaks


@dataclass(frozen=True)
class Block:
    name: str
    statement: str | None = None  # for choice:KIND, the paragraph that followed it


Part = Heading | Text | Block


@cache
def default_template(kind: str) -> Template:
    """The built-in text for ``kind``, as version 1."""
    _check_kind(kind)
    body = resource_path("templates", f"{kind}.txt").read_text(encoding="utf-8")
    return Template(kind=kind, version=DEFAULT_VERSION, body=body)


def parse_template(body: str) -> list[Part]:
    parts: list[Part] = []
    lines: list[str] = []

    def end_paragraph() -> None:
        if lines:
            text = "\n".join(lines)
            previous = parts[-1] if parts else None
            if isinstance(previous, Block) and previous.name.startswith(CHOICE_PREFIX) and previous.statement is None:
                parts[-1] = Block(previous.name, text)
            else:
                parts.append(Text(text))
            lines.clear()

    for raw in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        heading = _HEADING.fullmatch(line)
        block = _BLOCK.fullmatch(line.strip())
        if not line.strip():
            end_paragraph()
        elif heading is not None:
            end_paragraph()
            parts.append(Heading(heading["text"]))
        elif block is not None:
            end_paragraph()
            parts.append(Block(block["name"]))
        else:
            lines.append(line)
    end_paragraph()
    return parts


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace ``{name}`` by its value; ``{{``/``}}`` become braces; unknown names stay as typed, never fail."""

    def replace(match: re.Match[str]) -> str:
        token = match[0]
        if token in ("{{", "}}"):
            return token[0]
        return values.get(match["name"].strip(), token)

    return _PLACEHOLDER.sub(replace, text)


def check_template(kind: str, body: str) -> None:
    """Refuse an edited template that would print wrongly: raises ValidationError on field "body"."""
    _check_kind(kind)
    if not body.strip():
        raise ValidationError("template_empty", "body")
    parts = parse_template(body)
    for part in parts:
        for name in _placeholder_names(part):
            if name not in PLACEHOLDERS[kind]:
                raise ValidationError("template_placeholder_unknown", "body", name=name)
    blocks = {part.name: part for part in parts if isinstance(part, Block)}
    for name in blocks:
        if name not in BLOCKS[kind]:
            raise ValidationError("template_block_unknown", "body", name=name)
    for name in REQUIRED_BLOCKS[kind]:
        block = blocks.get(name)
        # A separate consent without its statement would ask for a signature under nothing.
        if block is None or (name.startswith(CHOICE_PREFIX) and not block.statement):
            raise ValidationError("template_block_missing", "body", name=name)


def choice_statements(parts: list[Part], values: Mapping[str, str]) -> dict[ConsentKind, str]:
    """The filled statement of each separate consent the template defines."""
    statements = {}
    for part in parts:
        if isinstance(part, Block) and part.name in CHOICE_KINDS and part.statement:
            statements[CHOICE_KINDS[part.name]] = fill(part.statement, values)
    return statements


def template_story(
    parts: list[Part], values: Mapping[str, str], blocks: Mapping[str, Callable[[], list[Flowable]]]
) -> list[Flowable]:
    """Flowables for a parsed template: one per heading and paragraph, so long texts flow across pages.

    A block's first flowable stays on one page with the heading and paragraphs leading up to it: a signature
    area never stands alone on a page, away from the words it signs."""
    body = styles().body
    story: list[Flowable] = []
    section_start = 0
    for part in parts:
        if isinstance(part, Heading):
            section_start = len(story)
            story.append(paragraph(keep_wide_spaces(fill(part.text, values)), _heading_style()))
        elif isinstance(part, Text):
            story.append(paragraph(keep_wide_spaces(fill(part.text, values)), body))
        elif part.name in blocks:
            # The first flowable must not be a KeepTogether: nested in this one it always starts a new page.
            first, *rest = blocks[part.name]()
            story[section_start:] = [KeepTogether([*story[section_start:], first]), *rest]
            section_start = len(story)
        elif not part.name.startswith(CHOICE_PREFIX):
            # A block this document does not know (an unchecked template): visible, so someone fixes it.
            story.append(paragraph(f"[[{part.name}]]", body))
    return story


def keep_wide_spaces(text: str) -> str:
    """Full-width spaces as typed: reportlab collapses U+3000 like any space and drops it at a line's start,
    but keeps no-break spaces, so each becomes as many of those as make up its width."""
    return text.replace("\u3000", _wide_space())


@cache
def _wide_space() -> str:
    register_fonts()
    return "\xa0" * round(stringWidth("\u3000", CJK_FONT, 10) / stringWidth("\xa0", CJK_FONT, 10))


@cache
def _heading_style() -> ParagraphStyle:
    # A heading at the foot of a page, its text on the next, reads as a mistake.
    return ParagraphStyle("template_heading", parent=styles().heading, keepWithNext=1)


def _placeholder_names(part: Part) -> Iterator[str]:
    text = part.statement if isinstance(part, Block) else part.text
    for match in _PLACEHOLDER.finditer(text or ""):
        if match["name"] is not None:
            yield match["name"].strip()


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown template kind {kind!r}")
