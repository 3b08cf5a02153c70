#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""The result cache in a batch, against the real objtool over the same corpus.

For every round (alternating the order of the tools), with every object
staged fresh from its ``pre.o`` before each run:

``objtool xargs -PN``  the real objtool once per object, N at a time (as ``make -jN``)
``objtool one by one`` the real objtool once per object, one after the other
``replay -j N``        ``pyobjtool --batch -j N`` with the cache warm (every line replayed)
``replay -j 1``        the same in one process
``record -j N``        ``pyobjtool --batch -j N`` with none of its lines in the cache (checks and
                       records; the cache as it is after the rounds before: every
                       ``PYOBJTOOL_*`` variable is in the key, so a new
                       ``PYOBJTOOL_BENCH_SALT`` makes every line new)
``no cache -j N``      ``pyobjtool --batch -j N --no-cache`` (checks only)

and prints the median wall time of each and the ratios.  After every run
each object is compared with its ``post.o``, and a replay's output with the
recording run's (stdout, stderr, status): any difference is counted and
makes the exit status 1.

    python3 bench/batch_replay.py ../corpus/x86-6.1 [-n 300] [--rounds 3] [-j 2] [--json out.json]
"""

from __future__ import annotations

import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dropin  # noqa: E402


def main() -> int:
    ap = dropin.corpus_parser(__doc__)
    ap.add_argument("-j", "--jobs", type=int, default=2, help="processes for both tools (default 2)")
    ap.add_argument("--json", type=Path)
    opts = ap.parse_args()
    corpus = dropin.Corpus(opts.corpus, opts.objects)
    calls, release, pre, post = corpus.calls, corpus.release, corpus.pre, corpus.post
    objtool = dropin.OBJTOOLS[release]
    harness = dropin.Harness()
    harness.install()
    tree = harness.scratch / "tree"
    list_file = harness.scratch / "calls.txt"
    list_file.write_text("".join(" ".join(shlex.quote(a) for a in c["args"]) + "\n" for c in calls))
    cache = harness.scratch / "batch-cache"
    env = dict(harness.pyobjtool_env(release), PYOBJTOOL_CACHE="1", PYOBJTOOL_CACHE_DIR=str(cache))
    batch = [harness.python, "-m", "pyobjtool", "--batch", str(list_file)]
    jn = f"-j {opts.jobs}"
    runs: dict[str, tuple[list[str], dict[str, str] | None]] = {
        f"objtool xargs -P{opts.jobs}": (["xargs", f"-P{opts.jobs}", "-L1", objtool], None),
        "objtool one by one": (["xargs", "-P1", "-L1", objtool], None),
        f"replay {jn}": ([*batch, "-j", str(opts.jobs)], env),
        "replay -j 1": (batch, env),
        f"record {jn}": ([*batch, "-j", str(opts.jobs)], env),
        f"no cache {jn}": ([*batch, "-j", str(opts.jobs), "--no-cache"], env),
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    wrong: dict[str, int] = {name: 0 for name in runs}
    recorded: tuple[int, bytes, bytes] | None = None
    print(f"{opts.corpus}: {len(calls)} objects, objtool {release}, {opts.rounds} rounds; {dropin.machine_load()}", flush=True)

    salt = [0]

    def run(name: str) -> tuple[int, bytes, bytes]:
        argv, run_env = runs[name]
        if name.startswith("record") and salt[0]:
            run_env = dict(env, PYOBJTOOL_BENCH_SALT=str(salt[0]))
        salt[0] += name.startswith("record")
        for call in calls:
            dropin.stage_fresh(pre[call["args"][-1]], tree / call["args"][-1])
        os.sync()  # (else the staging's writeback, not the tool, sets the pace)
        with open(list_file, "rb") as fh:
            start = time.perf_counter()
            proc = subprocess.run(argv, stdin=fh, cwd=tree, env=run_env or harness.base_env, capture_output=True,
                                  check=False)
            times[name].append(time.perf_counter() - start)
        wrong[name] += sum((tree / c["args"][-1]).read_bytes() != post[c["args"][-1]] for c in calls)
        return proc.returncode, proc.stdout, proc.stderr

    first_fill = 0.0
    try:
        recorded = run(f"record {jn}")  # fills the cache for the replays (and the page cache); not counted
        first_fill = times[f"record {jn}"].pop()  # (into an empty cache: its folders made too)
        for rnd in range(opts.rounds):
            names = list(runs) if rnd % 2 == 0 else list(runs)[::-1]
            for name in names:
                said = run(name)
                if said != recorded and not name.startswith("objtool"):
                    wrong[name] += 1
            print(f"  round {rnd + 1}: " + ", ".join(f"{n} {times[n][-1]:.2f} s" for n in runs), flush=True)
    finally:
        shutil.rmtree(harness.scratch, ignore_errors=True)
        shutil.rmtree(harness.run_dir, ignore_errors=True)

    med = {name: statistics.median(t) for name, t in times.items()}
    par, one = med[f"objtool xargs -P{opts.jobs}"], med["objtool one by one"]
    result = {
        "objects": len(calls), "release": release, "rounds": opts.rounds, "jobs": opts.jobs,
        "median_seconds": med,
        f"replay_j{opts.jobs}_vs_objtool_P{opts.jobs}": par / med[f"replay {jn}"],
        "replay_j1_vs_objtool_one_by_one": one / med["replay -j 1"],
        f"replay_j{opts.jobs}_vs_objtool_one_by_one": one / med[f"replay {jn}"],
        "record_overhead": med[f"record {jn}"] / med[f"no cache {jn}"],
        "record_into_empty_cache_s": first_fill,
        "differing": wrong, "load": dropin.machine_load(),
    }
    for name in runs:
        print(f"{name:22s} {med[name]:7.3f} s")
    print(f"replay {jn} against objtool xargs -P{opts.jobs}: {result[f'replay_j{opts.jobs}_vs_objtool_P{opts.jobs}']:.1f}x"
          f" faster; replay -j 1 against objtool one by one: {result['replay_j1_vs_objtool_one_by_one']:.1f}x;"
          f" replay {jn} against objtool one by one: {result[f'replay_j{opts.jobs}_vs_objtool_one_by_one']:.1f}x")
    print(f"recording costs {100 * (result['record_overhead'] - 1):.0f}% over checking without the cache "
          f"(the first run, into an empty cache: {first_fill:.2f} s)")
    print(f"differing outputs: {wrong}; {dropin.machine_load()}")
    return dropin.write_json_and_status(opts.json, result, wrong)


if __name__ == "__main__":
    sys.exit(main())
