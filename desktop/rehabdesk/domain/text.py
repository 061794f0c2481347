"""Rules for text typed or imported by people: what a spreadsheet would run as a formula."""

from __future__ import annotations

# OWASP "CSV Injection": a cell starting with one of these is read as a formula by Excel, WPS and LibreOffice.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would take ``text`` for a formula: it starts with = + - @ TAB or CR, also after
    leading spaces (LibreOffice and some import paths drop them before looking)."""
    return text.lstrip(" ").startswith(FORMULA_TRIGGERS)
