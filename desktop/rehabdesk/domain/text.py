"""Rules for text typed or imported by people: which characters a name or a note may hold, and what a spreadsheet
would run as a formula.

Every single-line field (names, places, titles, numbers typed as text) goes through ``clean_line`` and every
multi-line one (notes, content) through ``clean_text``, from forms, imports and the CLI alike: control characters,
bidi overrides and isolates (U+202E shows "gpj.exe" as "exe.jpg") and zero-width characters are refused with a field
message, the text is normalised to NFC (so 张 typed two ways is one name for search and duplicates) and a letter
with more than ``MAX_COMBINING`` combining marks stacked on it ("Zalgo" text that paints over the lines around it) is
refused.
"""

from __future__ import annotations

import re
import unicodedata

from rehabdesk.domain.errors import ValidationError

MAX_COMBINING = 2  # marks on one base character: Vietnamese needs two (ệ), nothing a station writes needs three

# Codes (the UI words them per field).
CONTROL_CHARACTER = "text_control_character"  # NUL, bell, a line break in a one-line field …
INVISIBLE_CHARACTER = "text_invisible_character"  # bidi overrides and isolates, zero-width characters
STACKED_MARKS = "text_stacked_marks"

# Bidi embeddings, overrides and isolates, marks that reorder text, zero-width characters and BOM.
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\u061c\ufeff"
)
_LINE_BREAKS = frozenset("\n\r\t")


def _checked(value: str, field: str, *, multiline: bool) -> str:
    text = unicodedata.normalize("NFC", value or "")
    marks = 0
    for character in text:
        if character in _INVISIBLE:
            raise ValidationError(INVISIBLE_CHARACTER, field)
        category = unicodedata.category(character)
        control = category == "Cc" or character in ("\u2028", "\u2029")
        if control and not (multiline and character in _LINE_BREAKS):
            raise ValidationError(CONTROL_CHARACTER, field)
        if category in ("Mn", "Me"):
            marks += 1
            if marks > MAX_COMBINING:
                raise ValidationError(STACKED_MARKS, field, maximum=MAX_COMBINING)
        else:
            marks = 0
    return text


def clean_line(value: str, field: str, max_length: int, *, required: bool = False) -> str:
    """A one-line field as stored: NFC, trimmed, no control, bidi or zero-width characters, marks not stacked."""
    text = _checked(value, field, multiline=False).strip()
    if required and not text:
        raise ValidationError("required", field)
    if len(text) > max_length:
        raise ValidationError("too_long", field, maximum=max_length)
    return text


def clean_text(value: str, field: str, max_length: int, *, required: bool = False) -> str:
    """A multi-line field (notes, content): as ``clean_line`` but line breaks and tabs are kept."""
    text = _checked(value, field, multiline=True).strip()
    if required and not text:
        raise ValidationError("required", field)
    if len(text) > max_length:
        raise ValidationError("too_long", field, maximum=max_length)
    return text


# OWASP "CSV Injection": a cell starting with one of these is read as a formula by Excel, WPS and LibreOffice.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would take ``text`` for a formula: it starts with = + - @ TAB or CR, also after
    leading spaces (LibreOffice and some import paths drop them before looking)."""
    return text.lstrip(" ").startswith(FORMULA_TRIGGERS)


_NUMBER_LIKE = re.compile(r"[+-]?[\d\s().\-]+")
FORMULA_LIKE = "import_formula_like"  # the code an import reports such a value with


def formula_suspect(text: str) -> bool:
    """A value an import should question: it looks like a formula and is not simply a signed number or a phone
    number ("+86 138 0000 0000", "-5", "-" for none)."""
    return looks_like_formula(text) and not _NUMBER_LIKE.fullmatch(text.strip())
