"""RehabDesk benchmarks (DESIGN.md §8); see tests/bench/README.md.

Run them as the README says, with bytecode compiled as an installed app has it::

    UV_COMPILE_BYTECODE=1 uv run python -m tests.bench            # all
    UV_COMPILE_BYTECODE=1 uv run python -m tests.bench NAME …     # only these
    uv run python -m tests.bench --scale 0.1                      # a quick look on less data
    uv run python -m tests.bench --list

Without ``UV_COMPILE_BYTECODE=1`` the runner compiles site-packages itself with compileall before measuring.
pytest does not collect this folder (``norecursedirs`` in pyproject.toml).

A new benchmark is a module ``tests/bench/bench_<name>.py`` that registers itself; the runner finds it::

    from tests.bench import BenchContext, Figure, benchmark

    @benchmark("unlock", "password entered → main window painted")
    def unlock(ctx: BenchContext) -> list[Figure]:
        ...
        return [Figure.duration(seconds, target_seconds=0.8)]
"""

from tests.bench.harness import (
    MIN_PERCENTILE_SAMPLES,
    MIN_RUNS,
    BenchContext,
    Benchmark,
    Figure,
    Paired,
    benchmark,
    format_number,
    interleaved,
    percentiles,
    sample,
    stopwatch,
    time_unit,
)

__all__ = [
    "MIN_PERCENTILE_SAMPLES",
    "MIN_RUNS",
    "BenchContext",
    "Benchmark",
    "Figure",
    "Paired",
    "benchmark",
    "format_number",
    "interleaved",
    "percentiles",
    "sample",
    "stopwatch",
    "time_unit",
]
