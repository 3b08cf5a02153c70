#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Result-cache replay against the real objtool: one process per object, alone and under ``make -j``.

With the cache warmed by one pass of the kbuild client over the corpus (see
bench/per_call.py for the corpus format), this measures

1. one call at a time: for every object, a fresh ``pre.o`` and the real
   objtool, and a fresh ``pre.o`` and the client replaying the cache
   (in chunks of 10 objects taken by each in turn, N rounds): medians, the
   ratio of the medians, the median of the per-object ratios and the ratio
   of the totals;
2. the whole corpus as ``make -j2`` runs it: ``xargs -P2 -L1`` over the
   calls, for objtool and for the client (alternating, N rounds): the
   median total wall time of each and their ratio;

and checks every object against ``post.o`` after every run.

    python3 bench/cache_replay.py ../corpus/x86-6.1 [--rounds 3] [-P 2] [--json out.json]
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
    ap.add_argument("--chunk", type=int, default=10, help="objects a tool runs in a row (see bench/per_call.py)")
    ap.add_argument("-P", "--parallel", type=int, default=2, help="xargs -P for the make -j run (default 2)")
    ap.add_argument("--json", type=Path)
    opts = ap.parse_args()
    corpus = dropin.Corpus(opts.corpus, opts.objects)
    calls, release, pre, post = corpus.calls, corpus.release, corpus.pre, corpus.post
    harness = dropin.Harness()
    harness.install()
    objtool = dropin.OBJTOOLS[release]
    client_env = harness.client_env(release, cache=True)
    tree = harness.scratch / "tree"
    print(f"{opts.corpus}: {len(calls)} objects, objtool {release}, {opts.rounds} rounds; {dropin.machine_load()}", flush=True)
    wrong = {"objtool": 0, "client+cache": 0}
    try:
        for call in calls:  # warm the cache
            obj = call["args"][-1]
            dropin.stage_fresh(pre[obj], tree / obj)
            harness.run([str(harness.client), *call["args"]], tree, client_env)
        harness.wait_for_server()
        time.sleep(1)  # the last workers store their entries after replying

        times: dict[str, dict[str, list[float]]] = {"objtool": {}, "client+cache": {}}
        chunks = [calls[i:i + opts.chunk] for i in range(0, len(calls), opts.chunk)]
        for rnd in range(opts.rounds):
            for c, chunk in enumerate(chunks):
                tools = ["objtool", "client+cache"] if (c + rnd) % 2 == 0 else ["client+cache", "objtool"]
                for tool, call in ((tool, call) for tool in tools for call in chunk):
                    obj = call["args"][-1]
                    dropin.stage_fresh(pre[obj], tree / obj)
                    if tool == "objtool":
                        t = harness.run([objtool, *call["args"]], tree, harness.base_env)
                    else:
                        t = harness.run([str(harness.client), *call["args"]], tree, client_env)
                    times[tool].setdefault(obj, []).append(t.wall)
                    if t.status != call["rc"] or (tree / obj).read_bytes() != post[obj]:
                        wrong[tool] += 1

        # make -j: xargs -P over the calls
        lines = "".join(" ".join(shlex.quote(a) for a in c["args"]) + "\n" for c in calls)
        list_file = harness.scratch / "calls.txt"
        list_file.write_text(lines)
        parallel: dict[str, list[float]] = {"objtool": [], "client+cache": []}
        for rnd in range(opts.rounds):
            order = ["objtool", "client+cache"] if rnd % 2 == 0 else ["client+cache", "objtool"]
            for tool in order:
                for call in calls:
                    dropin.stage_fresh(pre[call["args"][-1]], tree / call["args"][-1])
                os.sync()  # (else the staging's writeback, not the tool, sets the pace)
                program = objtool if tool == "objtool" else str(harness.client)
                env = harness.base_env if tool == "objtool" else client_env
                with open(list_file, "rb") as fh:
                    start = time.perf_counter()
                    subprocess.run(["xargs", f"-P{opts.parallel}", "-L1", program], stdin=fh, cwd=tree, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
                    parallel[tool].append(time.perf_counter() - start)
                wrong[tool] += sum((tree / c["args"][-1]).read_bytes() != post[c["args"][-1]] for c in calls)
    finally:
        harness.stop()
        shutil.rmtree(harness.scratch, ignore_errors=True)

    def med(tool: str) -> float:
        return statistics.median(t for v in times[tool].values() for t in v)

    def total(tool: str) -> float:
        return sum(statistics.median(v) for v in times[tool].values())

    per_object = statistics.median(statistics.median(times["objtool"][o]) / statistics.median(times["client+cache"][o])
                                   for o in times["objtool"])
    result = {
        "objects": len(calls), "release": release, "rounds": opts.rounds,
        "objtool_ms": med("objtool") * 1e3, "replay_ms": med("client+cache") * 1e3,
        "speedup_of_medians": med("objtool") / med("client+cache"), "median_per_object_speedup": per_object,
        "speedup_of_totals": total("objtool") / total("client+cache"),
        f"xargs_P{opts.parallel}_objtool_s": statistics.median(parallel["objtool"]),
        f"xargs_P{opts.parallel}_replay_s": statistics.median(parallel["client+cache"]),
        f"xargs_P{opts.parallel}_speedup": statistics.median(parallel["objtool"]) / statistics.median(
            parallel["client+cache"]),
        "differing_outputs": wrong, "load": dropin.machine_load(),
    }
    print(f"one at a time: objtool {result['objtool_ms']:.2f} ms, replay {result['replay_ms']:.2f} ms per call "
          f"(medians): {result['speedup_of_medians']:.1f}x; per object (median) {per_object:.1f}x; "
          f"totals {result['speedup_of_totals']:.1f}x")
    print(f"xargs -P{opts.parallel} over the corpus: objtool {result[f'xargs_P{opts.parallel}_objtool_s']:.2f} s, "
          f"replay {result[f'xargs_P{opts.parallel}_replay_s']:.2f} s: {result[f'xargs_P{opts.parallel}_speedup']:.1f}x")
    print(f"outputs differing from post.o: {wrong}; {dropin.machine_load()}")
    return dropin.write_json_and_status(opts.json, result, wrong)


if __name__ == "__main__":
    sys.exit(main())
