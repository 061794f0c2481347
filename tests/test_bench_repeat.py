"""The benchmark runner's --repeat verdict (tests/bench is not collected; its harness is plain code tested here):
the median of the runs against the target, and UNSTABLE when the runs spread wider than the headroom left; and
what else used the machine while a benchmark ran."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.bench.harness import CpuSample, Figure, Repeated, cpu_besides, cpu_sample


def _runs(*values: float, target: float = 1.0, unit: str = "s") -> Repeated:
    return Repeated.of([Figure(v, unit, target) for v in values])


def test_a_median_well_under_the_target_passes_with_its_spread() -> None:
    repeated = _runs(0.61, 0.55, 0.70)
    assert repeated.verdict == "PASS" and repeated.median == 0.61
    assert repeated.line("today_page").endswith("target=1s spread=0.550–0.700s of_target=61.0% runs=3 PASS")


def test_a_best_run_under_the_target_does_not_make_it_pass() -> None:
    assert _runs(0.87, 1.17, 1.19).verdict == "FAIL"


def test_runs_spread_wider_than_the_headroom_are_unstable() -> None:
    assert _runs(0.90, 0.95, 0.70).verdict == "UNSTABLE"  # median 0.90, headroom 0.10, spread 0.25


def test_ratios_use_the_ratio_and_units_are_made_one() -> None:
    repeated = Repeated.of(
        [Figure(900, "ms", 3, baseline=400), Figure(1.2, "s", 3, baseline=0.5), Figure(950, "ms", 3, baseline=380)]
    )
    assert [round(m, 2) for m in repeated.measured] == [2.25, 2.4, 2.5]
    assert repeated.verdict == "PASS"
    assert "value=950ms baseline=400ms ratio=2.40 target=3 spread=2.25–2.50" in repeated.line("group_session_save")


def test_what_else_ran_is_the_machine_s_cpu_less_the_benchmark_s_own() -> None:
    ticks = os.sysconf("SC_CLK_TCK")
    before = CpuSample(busy=1000 * ticks, steal=10 * ticks, wall=100.0, own=5.0)
    # 10 s later: the machine worked 13 s (3 of them this process's), and 1 s was stolen.
    after = CpuSample(busy=1013 * ticks, steal=11 * ticks, wall=110.0, own=8.0)
    assert cpu_besides(before, after) == "other processes 1.00 cores, steal 0.10 cores"
    assert cpu_besides(None, after) == "unknown"


def test_a_busy_loop_in_another_process_shows_as_other_processes() -> None:
    if cpu_sample() is None:
        pytest.skip("no /proc/stat here")
    busy = subprocess.Popen(
        [sys.executable, "-c", "import time\nend = time.time() + 1.5\nwhile time.time() < end: pass"]
    )
    try:
        before = cpu_sample()
        time.sleep(1.0)
        after = cpu_sample()
    finally:
        busy.wait()
    others = float(cpu_besides(before, after).split()[2])
    assert others >= 0.5  # the loop held about one core; this process slept
