"""Printing a case file with a year of day-programme attendance: 2 000 services listed month by month."""

from __future__ import annotations

import statistics

from tests.bench.harness import BenchContext, Figure, benchmark, stopwatch

SERVICES = 2000
RUNS = 5
TARGET_SECONDS = 3.0


@benchmark("case_file_pdf_render", "case file PDF with 2 000 services in the period (fonts registered); median of 5")
def case_file_pdf_render(ctx: BenchContext) -> list[Figure]:
    from dataclasses import replace

    from rehabdesk.documents.case_file import render_case_file
    from tests.documents.case_file_samples import CASE_FILE, FULL_DAYS, services

    data = replace(CASE_FILE, services=services(ctx.scaled(SERVICES, minimum=100), FULL_DAYS))
    render_case_file(data)  # warm-up: fonts, styles, imports
    seconds = []
    for _ in range(RUNS):
        with stopwatch() as watch:
            render_case_file(data)
        seconds.append(watch.seconds)
    ctx.log("renders (s): " + " ".join(f"{s:.2f}" for s in seconds))
    return [Figure.duration(statistics.median(seconds), TARGET_SECONDS)]
