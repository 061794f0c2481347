"""Rules for text typed or imported by people: what a spreadsheet would run as a formula."""

from __future__ import annotations

import re

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
