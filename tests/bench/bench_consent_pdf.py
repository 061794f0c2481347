"""Printing the consent form (知情同意书): render time, first render in a fresh process, and file size.

The render is compared with a bare reportlab document in the same font holding the same words as one plain
paragraph: what reportlab itself needs to lay out and write that much Chinese text. A bare document with only a
line of text takes about 3 ms, a floor no five-page form can come within 5× of; it is logged for reference."""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.bench.harness import BenchContext, Figure, benchmark, stopwatch

RENDER_TARGET_SECONDS = 0.150
RENDER_TARGET_RATIO = 5.0
FIRST_RENDER_TARGET_SECONDS = 0.600
SIZE_TARGET_KB = 300
FIRST_RENDER_RUNS = 5
REPO = Path(__file__).resolve().parents[2]

# In a fresh interpreter the clock starts before the first import of rehabdesk or reportlab: it covers the
# imports, the font registration and the render, not the interpreter's own start-up.
_FIRST_RENDER = """
import time
start = time.perf_counter()
from rehabdesk.documents.consent_form import render_consent_form
from tests.documents.samples import CONSENT
data = render_consent_form(CONSENT)
print(time.perf_counter() - start, len(data))
"""


@benchmark("consent_pdf_render", "consent form PDF render (fonts registered) against bare reportlab, same words")
def consent_pdf_render(ctx: BenchContext) -> list[Figure]:
    import io
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from rehabdesk.documents.consent_form import render_consent_form
    from rehabdesk.documents.fonts import CJK_FONT, register_fonts
    from tests.documents.samples import CONSENT

    register_fonts()
    style = ParagraphStyle("bare", fontName=CJK_FONT, fontSize=10.5, leading=16.8, wordWrap="CJK")
    words = escape(" ".join(CONSENT.template.body.split()))

    def bare(text: str) -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4, initialFontName=CJK_FONT).build([Paragraph(text, style)])
        return buffer.getvalue()

    def project() -> float:
        with stopwatch() as watch:
            render_consent_form(CONSENT)
        return watch.seconds

    def baseline() -> float:
        with stopwatch() as watch:
            bare(words)
        return watch.seconds

    paired = ctx.interleaved(project, baseline, what="render", min_runs=11)
    one_line = statistics.median(_timed(lambda: bare("康复对象知情同意书")) for _ in range(11))
    ctx.log(f"for reference, a bare document with one line: {one_line * 1000:.1f} ms")
    return [
        Figure.compared(paired, RENDER_TARGET_RATIO),
        Figure.duration(paired.project_median, RENDER_TARGET_SECONDS, label="time"),
    ]


@benchmark("consent_pdf_first_render", "consent form PDF in a new process: imports, font registration and render")
def consent_pdf_first_render(ctx: BenchContext) -> list[Figure]:
    first = []
    for _ in range(FIRST_RENDER_RUNS):
        result = subprocess.run(
            [sys.executable, "-c", _FIRST_RENDER], cwd=REPO, check=True, capture_output=True, text=True, timeout=60
        )
        seconds, _size = result.stdout.split()
        first.append(float(seconds))
    ctx.log("first render in a new process (ms): " + " ".join(f"{s * 1000:.0f}" for s in first))
    return [Figure.duration(statistics.median(first), FIRST_RENDER_TARGET_SECONDS)]


@benchmark("consent_pdf_size", "size of a filled consent form PDF (fonts embedded as subsets)")
def consent_pdf_size(ctx: BenchContext) -> list[Figure]:
    from rehabdesk.documents.consent_form import render_consent_form
    from tests.documents.samples import CONSENT

    return [Figure(len(render_consent_form(CONSENT)) / 1024, "KB", SIZE_TARGET_KB)]


def _timed(fn: Callable[[], object]) -> float:
    with stopwatch() as watch:
        fn()
    return watch.seconds
