"""Command line: discover the benchmarks, compile bytecode, run the chosen ones, print BENCH lines.

BENCH lines go to standard output, one per figure; progress, samples and notes go to standard error.
The exit code is 0 when every figure passes, 1 when any fails or a benchmark crashes, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import importlib.util
import os
import pkgutil
import platform
import sys
import sysconfig
import time
import traceback
from pathlib import Path

from tests.bench import harness
from tests.bench.harness import MIN_RUNS, BenchContext, Benchmark, Figure, Repeated, format_number


def discover() -> list[Benchmark]:
    """Import every tests/bench/bench_*.py module; each registers its benchmarks on import."""
    for module in sorted(pkgutil.iter_modules([str(harness.BENCH_DIR)]), key=lambda m: m.name):
        if module.name.startswith("bench_"):
            importlib.import_module(f"tests.bench.{module.name}")
    return harness.registered()


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ensure_bytecode() -> None:
    """Measure what an installed app runs: compiled bytecode (DESIGN.md §8).

    ``UV_COMPILE_BYTECODE=1 uv run …`` compiles site-packages, but not the editable project source under
    desktop/, so the project is always compiled here; site-packages too when the variable is not set.
    compileall skips files whose bytecode is current, so this is quick after the first time."""
    start = time.perf_counter()
    spec = importlib.util.find_spec("rehabdesk")
    project = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    if not all(compileall.compile_dir(folder, quiet=1, workers=0) for folder in project):
        _log("warning: some project files failed to compile")
    if os.environ.get("UV_COMPILE_BYTECODE", "").lower() not in ("1", "true", "yes"):
        _log("note: UV_COMPILE_BYTECODE=1 is not set; compiling site-packages here instead")
        # quiet=2: a few packages ship templates named *.py that are not Python (uv skips them silently too).
        for folder in sorted({Path(sysconfig.get_paths()[k]) for k in ("purelib", "platlib")}):
            compileall.compile_dir(folder, quiet=2, workers=0)
    # Child processes (the GUI benchmarks start the app) find the same setting.
    os.environ.setdefault("UV_COMPILE_BYTECODE", "1")
    _log(f"bytecode checked in {time.perf_counter() - start:.1f}s")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench",
        description="RehabDesk benchmarks (DESIGN.md §8). Run as: UV_COMPILE_BYTECODE=1 uv run python -m tests.bench",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="shrink the data, e.g. 0.1 for a quick look (default 1)"
    )
    parser.add_argument(
        "--runs", type=int, default=MIN_RUNS, help=f"measured runs per side, at least {MIN_RUNS} (default)"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run the whole selection N times in a row and report the median of the runs with its spread",
    )
    parser.add_argument("--rebuild", action="store_true", help="rebuild cached data instead of reusing it")
    parser.add_argument("-v", "--verbose", action="store_true", help="more detail and diagnostics on stderr")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not 0 < args.scale <= 1:
        parser.error("--scale is a fraction in (0, 1]")
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS}")

    benchmarks = discover()
    if args.list:
        width = max((len(b.name) for b in benchmarks), default=0)
        for bench in benchmarks:
            print(f"{bench.name:<{width}}  {bench.description}")
        return 0
    known = {b.name: b for b in benchmarks}
    unknown = [name for name in args.names if name not in known]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(known) or 'none'}")
    chosen = [known[name] for name in dict.fromkeys(args.names)] if args.names else benchmarks

    _log(f"python {platform.python_version()} on {platform.platform()}, {os.cpu_count()} CPUs")
    if args.scale != 1:
        _log(f"scale {format_number(args.scale)}: a quick look; only scale 1 figures count")
    ensure_bytecode()

    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    _log(f"load average at start: {_load()}")
    total_start = time.perf_counter()
    results: dict[str, list[Figure]] = {}
    crashed: set[str] = set()
    for round_number in range(1, args.repeat + 1):
        if args.repeat > 1:
            _log(f"run {round_number} of {args.repeat}")
        for bench in chosen:
            _run(bench, args, results, crashed, show=args.repeat == 1)
    failed = bool(crashed)
    if args.repeat > 1:
        for name, figures in results.items():
            if len(figures) < args.repeat:
                continue  # its benchmark crashed in some run: reported as ERROR already
            repeated = Repeated.of(figures)
            print(repeated.line(name), flush=True)
            failed |= not repeated.passed
    else:
        failed |= any(not figure.passed for figures in results.values() for figure in figures)
    harness.remove_shared_copies()
    _log(f"load average at end: {_load()}")
    _log(f"total {time.perf_counter() - total_start:.1f}s")
    return 1 if failed else 0


def _load() -> str:
    """The machine's 1, 5 and 15-minute load averages: figures measured above a load of 1 are not quiet."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _run(
    bench: Benchmark, args: argparse.Namespace, results: dict[str, list[Figure]], crashed: set[str], *, show: bool
) -> None:
    """One benchmark once: its figures are added to ``results`` under their full names, and printed as BENCH lines
    when ``show`` (a single run); with --repeat each run's lines go to standard error."""
    _log(f"{bench.name}: {bench.description}")
    ctx = BenchContext(bench.name, scale=args.scale, runs=args.runs, rebuild=args.rebuild, verbose=args.verbose)
    harness.settle_disk()  # the previous benchmark's writes and deleted scratch files, written out before this one
    _log(f"  [{bench.name}] disk: 4 KiB write + fsync {harness.fsync_seconds(harness.CACHE_DIR / 'tmp') * 1000:.2f} ms")
    start, cpu_before = time.perf_counter(), harness.cpu_sample()
    try:
        figures = list(bench.function(ctx))
        if not figures:
            raise RuntimeError("the benchmark returned no figures")
    except Exception as error:
        traceback.print_exc(file=sys.stderr)
        print(f"BENCH {bench.name} ERROR {type(error).__name__}: {error}", flush=True)
        crashed.add(bench.name)
        return
    for figure in figures:
        name = bench.name if figure.label is None else f"{bench.name}.{figure.label}"
        results.setdefault(name, []).append(figure)
        if show:
            print(figure.line(bench.name), flush=True)
        else:
            _log(f"  {figure.line(bench.name)}")
    _log(
        f"  [{bench.name}] took {time.perf_counter() - start:.1f}s; meanwhile "
        f"{harness.cpu_besides(cpu_before, harness.cpu_sample())}"
    )
