"""What a benchmark module uses: registration, figures, the measuring method and cached data.

A benchmark is a function ``(ctx: BenchContext) -> Sequence[Figure]`` registered with :func:`benchmark` in a
module ``tests/bench/bench_<something>.py``; the runner imports every such module, nothing else is needed.
Keep heavy imports (rehabdesk, SQLAlchemy, PySide6) inside the benchmark function, so that ``--list`` stays
quick and one benchmark's imports do not warm up the next one.

Method (DESIGN.md §8): the project and its baseline are measured in the same run, interleaved
(project, baseline, project, …) after a warm-up, ≥ 5 runs each, and the medians are compared
(:meth:`BenchContext.interleaved`); latency percentiles come from ≥ 200 samples (:func:`percentiles`).
"""

from __future__ import annotations

import atexit
import gc
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
CACHE_DIR = BENCH_DIR / ".cache"
MIN_RUNS = 5
MIN_PERCENTILE_SAMPLES = 200
_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
_BUILT_THIS_RUN: set[Path] = set()  # with --rebuild, each cached folder is rebuilt once, then shared


# --- numbers and figures -------------------------------------------------------------------------------------------


def format_number(value: float) -> str:
    """Three significant digits, never in exponent form, whole numbers from 100 up: 0.00123, 1.23, 12.3, 123, 1234."""
    if not math.isfinite(value):
        return str(value)
    if value == 0 or abs(value) >= 99.95:
        return str(round(value))
    value = float(f"{value:.3g}")
    decimals = 2 - math.floor(math.log10(abs(value)))
    return str(round(value)) if decimals <= 0 else f"{value:.{decimals}f}"


def _plain(value: float) -> str:
    """A target as written in the design: 1.5, not 1.50."""
    text = format_number(value)
    return text.rstrip("0").rstrip(".") if "." in text else text


def time_unit(*seconds: float) -> tuple[str, float]:
    """The unit that suits the largest of ``seconds``, and the factor from seconds into it."""
    largest = max((abs(s) for s in seconds if math.isfinite(s)), default=0.0)
    if largest >= 1:
        return "s", 1.0
    if largest >= 1e-3:
        return "ms", 1e3
    return "us", 1e6


@dataclass(frozen=True)
class Figure:
    """One measured figure. With a baseline the target bounds the ratio value/baseline, otherwise the value
    itself (in ``unit``). Targets are upper bounds: the figure passes when it is ≤ the target."""

    value: float
    unit: str
    target: float
    baseline: float | None = None
    label: str | None = None  # a benchmark with several figures names them: "<benchmark>.<label>"

    @property
    def ratio(self) -> float | None:
        if self.baseline is None:
            return None
        return self.value / self.baseline if self.baseline > 0 else math.inf

    @property
    def passed(self) -> bool:
        measured = self.ratio if self.baseline is not None else self.value
        assert measured is not None
        return math.isfinite(measured) and measured <= self.target

    def line(self, benchmark_name: str) -> str:
        name = benchmark_name if self.label is None else f"{benchmark_name}.{self.label}"
        parts = [f"BENCH {name}", f"value={format_number(self.value)}{self.unit}"]
        if self.baseline is not None:
            assert self.ratio is not None
            parts.append(f"baseline={format_number(self.baseline)}{self.unit}")
            parts.append(f"ratio={format_number(self.ratio)}")
            parts.append(f"target={_plain(self.target)}")
        else:
            parts.append(f"target={_plain(self.target)}{self.unit}")
        parts.append("PASS" if self.passed else "FAIL")
        return " ".join(parts)

    @classmethod
    def compared(cls, paired: Paired, target_ratio: float, label: str | None = None) -> Figure:
        """Median project time against median baseline time; the target bounds their ratio."""
        unit, factor = time_unit(paired.project_median, paired.baseline_median)
        return cls(paired.project_median * factor, unit, target_ratio, paired.baseline_median * factor, label)

    @classmethod
    def duration(cls, seconds: float, target_seconds: float, label: str | None = None) -> Figure:
        """An absolute time against an absolute target (both in seconds; shown in a common unit)."""
        unit, factor = time_unit(seconds, target_seconds)
        return cls(seconds * factor, unit, target_seconds * factor, None, label)


_SECONDS_PER = {"s": 1.0, "ms": 1e-3, "us": 1e-6}


@dataclass(frozen=True)
class Repeated:
    """One figure over consecutive whole runs (``--repeat``): the median of the runs' medians with their spread.

    A figure whose spread is wider than its headroom (target − median) is UNSTABLE rather than PASS: one run of
    it could land either side of the target, so it is not yet known to hold for the person at the desk."""

    runs: tuple[Figure, ...]

    @classmethod
    def of(cls, figures: Sequence[Figure]) -> Repeated:
        """The runs in one time unit (each run picks the unit that suits its own numbers)."""
        unit = figures[0].unit
        if unit in _SECONDS_PER and any(f.unit != unit for f in figures):
            figures = [
                Figure(
                    f.value * _SECONDS_PER[f.unit] / _SECONDS_PER[unit],
                    unit,
                    f.target * _SECONDS_PER[f.unit] / _SECONDS_PER[unit] if f.baseline is None else f.target,
                    None if f.baseline is None else f.baseline * _SECONDS_PER[f.unit] / _SECONDS_PER[unit],
                    f.label,
                )
                for f in figures
            ]
        return cls(tuple(figures))

    @property
    def measured(self) -> list[float]:
        return [f.ratio if f.baseline is not None else f.value for f in self.runs]  # type: ignore[misc]

    @property
    def median(self) -> float:
        return statistics.median(self.measured)

    @property
    def spread(self) -> tuple[float, float]:
        return min(self.measured), max(self.measured)

    @property
    def target(self) -> float:
        return self.runs[0].target

    @property
    def verdict(self) -> str:
        low, high = self.spread
        if not all(math.isfinite(m) for m in self.measured) or self.median > self.target:
            return "FAIL"
        return "UNSTABLE" if high - low > self.target - self.median else "PASS"

    @property
    def passed(self) -> bool:
        return self.verdict == "PASS"

    def line(self, name: str) -> str:
        first = self.runs[0]
        value = statistics.median(f.value for f in self.runs)
        parts = [f"BENCH {name}", f"value={format_number(value)}{first.unit}"]
        low, high = self.spread
        if first.baseline is not None:
            baseline = statistics.median(f.baseline for f in self.runs if f.baseline is not None)
            parts += [f"baseline={format_number(baseline)}{first.unit}", f"ratio={format_number(self.median)}"]
            parts += [f"target={_plain(self.target)}", f"spread={format_number(low)}–{format_number(high)}"]
        else:
            parts += [f"target={_plain(self.target)}{first.unit}"]
            parts += [f"spread={format_number(low)}–{format_number(high)}{first.unit}"]
        share = self.median / self.target * 100 if self.target else math.inf
        parts += [f"of_target={format_number(share)}%", f"runs={len(self.runs)}", self.verdict]
        return " ".join(parts)


# --- measuring -----------------------------------------------------------------------------------------------------


@dataclass
class Stopwatch:
    seconds: float = math.nan


@contextmanager
def stopwatch() -> Iterator[Stopwatch]:
    """``with stopwatch() as sw: …`` then ``sw.seconds``: to time only part of a run (not its set-up)."""
    watch = Stopwatch()
    start = time.perf_counter()
    try:
        yield watch
    finally:
        watch.seconds = time.perf_counter() - start


def _run_once(fn: Callable[[], float | None]) -> float:
    """A run returns the seconds it measured itself, or None to have the whole call timed."""
    gc.collect()
    start = time.perf_counter()
    measured = fn()
    elapsed = time.perf_counter() - start
    return elapsed if measured is None else float(measured)


@dataclass(frozen=True)
class Paired:
    project: tuple[float, ...]
    baseline: tuple[float, ...]

    @property
    def project_median(self) -> float:
        return statistics.median(self.project)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    @property
    def ratio(self) -> float:
        return self.project_median / self.baseline_median

    def describe(self) -> str:
        unit, factor = time_unit(self.project_median, self.baseline_median)

        def show(samples: tuple[float, ...]) -> str:
            return " ".join(format_number(s * factor) for s in samples)

        return f"project [{show(self.project)}]{unit}  baseline [{show(self.baseline)}]{unit}  ratio {self.ratio:.3f}"


def interleaved(
    project: Callable[[], float | None],
    baseline: Callable[[], float | None],
    *,
    runs: int = MIN_RUNS,
    warmup: int = 1,
) -> Paired:
    """Run project, baseline, project, baseline, … : ``warmup`` discarded pairs, then ``runs`` measured pairs.

    Each callable does one whole run and returns the seconds it measured (see :func:`stopwatch`), or None to
    have the whole call timed. A garbage collection precedes every run so neither side pays for the other's."""
    if runs < MIN_RUNS:
        raise ValueError(f"the method asks for at least {MIN_RUNS} runs, got {runs}")
    for _ in range(warmup):
        _run_once(project)
        _run_once(baseline)
    project_times, baseline_times = [], []
    for _ in range(runs):
        project_times.append(_run_once(project))
        baseline_times.append(_run_once(baseline))
    return Paired(tuple(project_times), tuple(baseline_times))


def sample(fn: Callable[[], float | None], count: int = MIN_PERCENTILE_SAMPLES, *, warmup: int = 5) -> list[float]:
    """``count`` timings of ``fn`` (same convention as :func:`interleaved`) after ``warmup`` discarded calls."""
    for _ in range(warmup):
        _run_once(fn)
    return [_run_once(fn) for _ in range(count)]


def percentiles(samples: Sequence[float], points: Sequence[float] = (50, 95, 99)) -> dict[float, float]:
    """Percentiles by linear interpolation between closest ranks; refuses fewer than 200 samples."""
    if len(samples) < MIN_PERCENTILE_SAMPLES:
        raise ValueError(f"percentiles need at least {MIN_PERCENTILE_SAMPLES} samples, got {len(samples)}")
    ordered = sorted(samples)
    result = {}
    for point in points:
        if not 0 <= point <= 100:
            raise ValueError(f"percentile out of range: {point}")
        position = (len(ordered) - 1) * point / 100
        low, high = math.floor(position), math.ceil(position)
        result[point] = ordered[low] + (ordered[high] - ordered[low]) * (position - low)
    return result


# --- context handed to each benchmark ------------------------------------------------------------------------------


@dataclass
class BenchContext:
    name: str
    scale: float = 1.0
    runs: int = MIN_RUNS
    warmup: int = 1
    rebuild: bool = False
    verbose: bool = False
    cache_root: Path = CACHE_DIR

    def log(self, message: str) -> None:
        print(f"  [{self.name}] {message}", file=sys.stderr, flush=True)

    def debug(self, message: str) -> None:
        if self.verbose:
            self.log(message)

    def scaled(self, full: int, minimum: int = 1) -> int:
        """``full`` (the benchmark's size at scale 1) shrunk by ``--scale``, never below ``minimum``."""
        return max(minimum, round(full * self.scale))

    def interleaved(
        self,
        project: Callable[[], float | None],
        baseline: Callable[[], float | None],
        *,
        what: str = "",
        min_runs: int = MIN_RUNS,
    ) -> Paired:
        """:func:`interleaved` with ``--runs`` runs, or ``min_runs`` if more: short runs take more, so that a
        burst of load from another process on a two-core machine cannot move the median."""
        paired = interleaved(project, baseline, runs=max(self.runs, min_runs), warmup=self.warmup)
        self.log(f"{what + ': ' if what else ''}{paired.describe()}")
        return paired

    def cached(self, key: str, version: str, build: Callable[[Path], None]) -> Path:
        """A folder of data that takes long to build, kept under tests/bench/.cache/ between runs.

        It is keyed by ``key``, ``version`` (bump it whenever the data would come out differently) and the
        scale. ``build(folder)`` fills an empty folder; only a build that finishes is kept (``--rebuild`` forces
        one)."""
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", f"{key}{version}"):
            raise ValueError("cache keys and versions are plain file-name characters")
        target = self.cache_root / f"{key}-v{version}-scale{_plain(self.scale)}"
        marker = target / ".complete"
        if marker.exists() and not (self.rebuild and target not in _BUILT_THIS_RUN):
            self.debug(f"cached data: {target}")
            return target
        self.cache_root.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".building-{key}-", dir=self.cache_root))
        self.log(f"building cached data {target.name} …")
        start = time.perf_counter()
        try:
            build(building)
            (building / ".complete").write_text(f"built in {time.perf_counter() - start:.1f}s\n")
            if target.exists():
                shutil.rmtree(target)
            os.replace(building, target)
        finally:
            shutil.rmtree(building, ignore_errors=True)
        _BUILT_THIS_RUN.add(target)
        self.log(f"built in {time.perf_counter() - start:.1f}s")
        return target

    def shared_copy(self, key: str, source: Path, prepare: Callable[[Path], None] | None = None) -> Path:
        """One scratch copy of the folder ``source`` for the whole invocation: every benchmark asking for ``key``,
        in every ``--repeat`` run, gets the same copy, which is deleted at the end. A multi-gigabyte copy per
        benchmark and run left the disk writing back (and discarding the deleted ones) through the later runs,
        which made them two to five times slower, bare-SQL baselines included. Benchmarks that only read (a
        sign-in's audit rows aside) share one key; those that write use another, so the readers see the same data
        in every run. ``prepare(copy)`` runs once, after the copy (e.g. to migrate it); then the disk is
        settled."""
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", key):
            raise ValueError("shared copy keys are plain file-name characters")
        found = _SHARED.get(key)
        if found is not None:
            return found
        target = _shared_root(self.cache_root) / key / source.name
        start = time.perf_counter()
        target.parent.mkdir(parents=True)
        # cp, not shutil: the source may be another shared copy that this process has SQLite connections to, and
        # closing any descriptor of a file drops every POSIX lock the process holds on it (SQLite's included).
        subprocess.run(["cp", "-r", "--", str(source), str(target)], check=True)
        for leftover in [*target.glob("*.lock"), target / "backups"]:
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink(missing_ok=True)
        if prepare is not None:
            prepare(target)
        settle_disk()
        _SHARED[key] = target
        self.log(f"shared copy {key} made in {time.perf_counter() - start:.1f}s (kept for this invocation)")
        return target

    @contextmanager
    def workdir(self) -> Iterator[Path]:
        """A scratch folder, removed afterwards. It sits on the same file system as the cache (a real disk, as
        the station folder is), not in a tmpfs /tmp where fsync would cost nothing."""
        root = self.cache_root / "tmp"
        root.mkdir(parents=True, exist_ok=True)
        path = Path(tempfile.mkdtemp(prefix=f"{self.name}-", dir=root))
        try:
            yield path
        finally:
            shutil.rmtree(path, ignore_errors=True)
            settle_disk()


# --- scratch copies shared by an invocation ------------------------------------------------------------------------

_SHARED: dict[str, Path] = {}
_SHARED_PREFIX = "shared-"


def settle_disk() -> None:
    """Write out every dirty page of the machine (``os.sync``), so that the write-back of a copy made or deleted
    before does not land inside a timing. ext4 also issues the deleted files' discards at this commit."""
    os.sync()


def fsync_seconds(folder: Path, samples: int = 21) -> float:
    """The median time to write and fsync 4 KiB in ``folder``: the disk's state as the next benchmark meets it
    (logged before each one, so a run slowed by the disk shows it)."""
    folder.mkdir(parents=True, exist_ok=True)
    times = []
    fd, name = tempfile.mkstemp(prefix="fsync-", dir=folder)
    try:
        for _ in range(samples):
            os.lseek(fd, 0, os.SEEK_SET)
            start = time.perf_counter()
            os.write(fd, os.urandom(4096))
            os.fsync(fd)
            times.append(time.perf_counter() - start)
    finally:
        os.close(fd)
        os.unlink(name)
    return statistics.median(times)


@dataclass(frozen=True)
class CpuSample:
    """The machine's CPU counters at one moment (Linux ``/proc/stat``, in clock ticks) and this process's own CPU
    time with its finished children's (seconds)."""

    busy: int  # every CPU's user, nice, system, irq and softirq ticks
    steal: int  # ticks the hypervisor gave another machine while this one wanted to run
    wall: float
    own: float


def cpu_sample() -> CpuSample | None:
    """None where there is no ``/proc/stat``."""
    try:
        with open("/proc/stat") as stat:
            fields = [int(value) for value in stat.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    mine = os.times()
    return CpuSample(
        user + nice + system + irq + softirq,
        steal,
        time.perf_counter(),
        mine.user + mine.system + mine.children_user + mine.children_system,
    )


def cpu_besides(before: CpuSample | None, after: CpuSample | None) -> str:
    """What else ran while a benchmark did, in cores: other processes' CPU and the hypervisor's steal. A figure
    measured while either was well above zero was not measured on a quiet machine."""
    if before is None or after is None or after.wall <= before.wall:
        return "unknown"
    ticks = os.sysconf("SC_CLK_TCK")
    seconds = after.wall - before.wall
    others = max(0.0, (after.busy - before.busy) / ticks - (after.own - before.own))
    steal = (after.steal - before.steal) / ticks
    return f"other processes {others / seconds:.2f} cores, steal {steal / seconds:.2f} cores"


def _shared_root(cache_root: Path) -> Path:
    root = cache_root / "tmp"
    root.mkdir(parents=True, exist_ok=True)
    for stale in root.glob(f"{_SHARED_PREFIX}*"):  # left by an invocation that was killed
        pid = stale.name.removeprefix(_SHARED_PREFIX)
        if pid.isdigit() and int(pid) != os.getpid() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(stale, ignore_errors=True)
    return root / f"{_SHARED_PREFIX}{os.getpid()}"


def remove_shared_copies() -> None:
    """Delete this invocation's shared copies (the runner calls it at the end; also at exit)."""
    for path in list(_SHARED.values()):
        shutil.rmtree(path.parent.parent, ignore_errors=True)
    _SHARED.clear()
    settle_disk()


atexit.register(remove_shared_copies)


# --- registry ------------------------------------------------------------------------------------------------------

BenchFunction = Callable[[BenchContext], Sequence[Figure]]


@dataclass(frozen=True)
class Benchmark:
    name: str
    function: BenchFunction
    description: str
    module: str


_REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str, description: str = "") -> Callable[[BenchFunction], BenchFunction]:
    """Register ``function`` under ``name`` (lower case, digits, underscores): ``@benchmark("unlock", "…")``."""
    if not _NAME.match(name):
        raise ValueError(f"benchmark names are lower_snake_case: {name!r}")

    def register(function: BenchFunction) -> BenchFunction:
        existing = _REGISTRY.get(name)
        if existing is not None and existing.module != function.__module__:
            raise ValueError(f"benchmark {name!r} registered twice ({existing.module}, {function.__module__})")
        doc = (function.__doc__ or "").strip().splitlines()
        _REGISTRY[name] = Benchmark(name, function, description or (doc[0] if doc else ""), function.__module__)
        return function

    return register


def registered() -> list[Benchmark]:
    return list(_REGISTRY.values())


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB: ``VmHWM``, the high-water mark of its own address space.
    ``ru_maxrss`` is not used: Linux carries the pre-exec high-water mark across exec, so a child started by the
    benchmark runner (vfork + exec) would report the runner's memory when that was larger."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("/proc/self/status has no VmHWM line")
