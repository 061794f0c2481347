"""The bundled fonts, registered with reportlab once, and the choice between them.

Droid Sans Fallback covers Chinese but has no Latin letters or digits, so mixed text
is split into runs: the CJK font wherever it has the glyph, DejaVu Sans elsewhere.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rehabdesk.paths import resource_path

CJK_FONT = "RehabDesk-CJK"
LATIN_FONT = "RehabDesk-Latin"
MONO_FONT = "RehabDesk-Mono"

_FILES = {
    CJK_FONT: "DroidSansFallbackFull.ttf",
    LATIN_FONT: "DejaVuSans.ttf",
    MONO_FONT: "DejaVuSansMono-Bold.ttf",
}

_lock = threading.Lock()
_cjk_codepoints: frozenset[int] | None = None


def register_fonts() -> str:
    """Register the fonts on first use (parsing is slow); return the CJK font name."""
    _cjk_coverage()
    return CJK_FONT


def _cjk_coverage() -> frozenset[int]:
    global _cjk_codepoints
    if _cjk_codepoints is None:
        with _lock:
            if _cjk_codepoints is None:
                for name, filename in _FILES.items():
                    pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
                    # <b>/<i> in markup need a family; there are no bold faces.
                    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
                _cjk_codepoints = frozenset(pdfmetrics.getFont(CJK_FONT).face.charToGlyph)
    return _cjk_codepoints


def text_runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, text) runs with a glyph for every character."""
    cjk_codepoints = _cjk_coverage()
    runs: list[tuple[str, list[str]]] = []
    for char in text:
        font = CJK_FONT if ord(char) in cjk_codepoints else LATIN_FONT
        if char == " " and runs:
            # Both fonts have a space: keep "2024 年" or "A B" in one run.
            font = runs[-1][0]
        if runs and runs[-1][0] == font:
            runs[-1][1].append(char)
        else:
            runs.append((font, [char]))
    return [(font, "".join(chars)) for font, chars in runs]


def text_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in text_runs(text))
