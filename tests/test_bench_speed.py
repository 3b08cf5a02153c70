# SPDX-License-Identifier: GPL-2.0-only
"""The statistics of bench/speed.py on synthetic data (the benchmark itself needs the corpus and objtool).

A wrong fit would silently turn the issue-8 numbers (cost per instruction,
superlinear flags) into fiction, so the helpers are pinned here on points
whose answer is known.
"""

from __future__ import annotations

import importlib.util
import math
import random
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "bench" / "speed.py"


@pytest.fixture(scope="module")
def speed():
    spec = importlib.util.spec_from_file_location("bench_speed", _PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_speed"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("bench_speed", None)


def test_linear_fit_recovers_an_exact_line(speed):
    xs = [1, 10, 100, 1000, 10000]
    fit = speed.linear_fit(xs, [0.002 + 1e-6 * x for x in xs])
    assert fit.a == pytest.approx(0.002)
    assert fit.b == pytest.approx(1e-6)
    assert fit.r2 == pytest.approx(1.0)
    assert fit.points == 5


def test_linear_fit_with_noise_and_degenerate_input(speed):
    rng = random.Random(8)
    xs = [rng.uniform(10, 1e5) for _ in range(500)]
    ys = [0.001 + 5e-6 * x + rng.gauss(0, 0.01) for x in xs]
    fit = speed.linear_fit(xs, ys)
    assert fit.b == pytest.approx(5e-6, rel=0.05)
    assert 0.9 < fit.r2 < 1.0
    assert speed.linear_fit([3, 3, 3], [1, 2, 3]) is None
    assert speed.linear_fit([1], [1]) is None


def test_loglog_slope_tells_linear_from_superlinear(speed):
    xs = [10 ** (k / 4) for k in range(4, 28)]
    assert speed.loglog_slope(xs, [3e-6 * x for x in xs]) == pytest.approx(1.0)
    assert speed.loglog_slope(xs, [1e-9 * x * x for x in xs]) == pytest.approx(2.0)
    assert speed.loglog_slope(xs, [1e-7 * x * math.log(x) for x in xs]) < speed.SUPERLINEAR
    # points without code (0 instructions) are left out, not a math error
    assert speed.loglog_slope([0, *xs], [0.001, *(2 * x for x in xs)]) == pytest.approx(1.0)


def test_larger_keeps_the_top_quantile_and_a_minimum(speed):
    xs = list(range(1, 101))
    lx, ly, threshold = speed.larger(xs, [2 * x for x in xs], 0.75)
    # the 0.75 quantile of 1..100 is 75.25: the 25 points from 76 on
    assert threshold == 76 and len(lx) == 25 and lx[-1] == 100 and ly[0] == 152
    lx, _ly, _t = speed.larger(xs, xs, 0.99, minimum=10)
    assert lx == list(range(91, 101))


def test_spread_and_quantile(speed):
    assert speed.spread(list(range(100)), 5, key=lambda v: v) == [0, 25, 50, 74, 99]
    assert speed.spread([3, 1, 2], 10, key=lambda v: v) == [1, 2, 3]
    assert speed.quantile([4, 1, 3, 2], 0.5) == 2.5


def test_giant_spec_and_release_of_arguments(speed):
    path, args = speed.parse_giant('/a:b/vmlinux.o:["--orc", "--link"]')
    assert path == Path("/a:b/vmlinux.o") and args == ["--orc", "--link"]
    with pytest.raises(ValueError):
        speed.parse_giant("vmlinux.o")
    assert speed.release_of_args(["--orc", "--prefix=16", "x.o"]) == "6.12"
    assert speed.release_of_args(["--orc", "--uaccess", "x.o"]) == "6.1"
