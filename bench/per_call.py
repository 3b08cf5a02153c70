#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Per-call cost of pyobjtool as kbuild calls it (one process per object), beside the real objtool.

For a corpus folder (``NAME.pre.o``, ``NAME.post.o``, ``calls.jsonl``; see
bench/conformance.py), in each of N rounds, in chunks of 10 objects taken by
every tool in turn (rotating order; the machine is shared and its load
drifts, so every object is timed by every tool close together, while each
tool mostly follows itself, as in a build), this puts a fresh copy of
``pre.o`` where the build had it (a new file, as the compiler writes it)
and runs one process on it:

``objtool``      the real objtool of the corpus's release (6.1, or 6.12's ``objtool.real-x86``)
``python -m``    ``python3 -m pyobjtool`` (the snapshot of this checkout; site and all)
``in-process``   the kbuild client with the server off: its exec of Python (``-I -S``)
``client``       the kbuild client with its server running (the cache off)
``client+cache`` the kbuild client replaying the result cache (warmed by a first pass)

Every output is compared with ``post.o`` (and stderr and status with the
recorded call).  Prints, per tool, the median wall and CPU time per call
(the server rows add the server's and its workers' CPU, per call), the
ratio of medians to objtool's, and the median of the per-object ratios; and
the client's own start-up (``objtool --pyobjtool-client``: exec, build-id
check, exit) beside a trivial static program's.

    python3 bench/per_call.py ../corpus/x86-6.1 [-n 200] [--rounds 3] [--json out.json]
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dropin  # noqa: E402

TOOLS = ("objtool", "python -m", "in-process", "client", "client+cache")


def tool_argv(harness: dropin.Harness, tool: str, release: str, args: list[str]) -> tuple[list[str], dict[str, str]]:
    if tool == "objtool":
        return [dropin.OBJTOOLS[release], *args], harness.base_env
    if tool == "python -m":
        return [harness.python, "-m", "pyobjtool", *args], harness.pyobjtool_env(release)
    if tool == "in-process":
        return [str(harness.client), *args], harness.client_env(release, cache=False, PYOBJTOOL_SERVER="0")
    return [str(harness.client), *args], harness.client_env(release, cache=tool == "client+cache")


def _call(harness: dropin.Harness, tool: str, release: str, call: dict, pre: dict, post: dict, tree: Path, trace: Path,
          wall: dict, cpu: dict, wrong: dict, paths: dict) -> None:
    """One timed call of *tool* on a fresh copy of the object, checked against post.o."""
    obj = call["args"][-1]
    dropin.stage_fresh(pre[obj], tree / obj)
    argv, env = tool_argv(harness, tool, release, call["args"])
    if tool.startswith("client") or tool == "in-process":
        env = dict(env, PYOBJTOOL_SERVER_TRACE=str(trace))
    seen = trace.stat().st_size
    t = harness.run(argv, tree, env)
    wall[tool].setdefault(obj, []).append(t.wall)
    cpu[tool].append(t.cpu)
    with open(trace, encoding="utf-8") as fh:
        fh.seek(seen)
        for way in fh.read().split():
            paths[f"{tool}: {way}"] = paths.get(f"{tool}: {way}", 0) + 1
    if (t.status, t.stderr.decode("utf-8", "replace")) != (call["rc"], call["stderr"]) or \
            (tree / obj).read_bytes() != post[obj]:
        wrong[tool].append(obj)


def startup(harness: dropin.Harness, rounds: int = 200) -> dict[str, float]:
    """Median wall time of the client doing nothing but starting (and of /bin/true and a static C no-op)."""
    with tempfile.TemporaryDirectory() as work:
        noop = Path(work) / "noop"
        src = Path(work) / "noop.c"
        src.write_text("int main(void) { return 0; }\n")
        built = subprocess.run(["cc", "-O2", "-static", "-o", str(noop), str(src)], capture_output=True)
        programs = {"client start-up": [str(harness.client), "--pyobjtool-client"], "/bin/true": ["/bin/true"]}
        if built.returncode == 0:
            programs["static C no-op"] = [str(noop)]
        times: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(rounds):
            for name, argv in programs.items():
                times[name].append(harness.run(argv, Path(work), harness.server_env).wall)
    return {name: statistics.median(t) * 1e3 for name, t in times.items()}


def main() -> int:
    ap = dropin.corpus_parser(__doc__)
    ap.add_argument("--chunk", type=int, default=10,
                    help="objects a tool runs in a row before the next tool takes them (default 10): a call "
                         "right after another tool's pays for that one's aftermath (its exit, its writes)")
    ap.add_argument("--tools", default=",".join(TOOLS), help=f"comma-separated subset of {', '.join(TOOLS)}")
    ap.add_argument("--json", type=Path, help="write the numbers here")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder")
    opts = ap.parse_args()
    tools = [t for t in opts.tools.split(",") if t]
    corpus = dropin.Corpus(opts.corpus, opts.objects)
    calls, release, pre, post = corpus.calls, corpus.release, corpus.pre, corpus.post
    harness = dropin.Harness()
    harness.install()
    tree = harness.scratch / "tree"
    print(f"{opts.corpus}: {len(calls)} objects, objtool {release} ({dropin.OBJTOOLS[release]}), {opts.rounds} rounds; "
          f"scratch {harness.scratch}; {dropin.machine_load()}", flush=True)

    server_pid = None
    wall: dict[str, dict[str, list[float]]] = {t: {} for t in tools}
    cpu: dict[str, list[float]] = {t: [] for t in tools}
    wrong: dict[str, list[str]] = {t: [] for t in tools}
    paths: dict[str, int] = {}
    try:
        # warm-up: start the server, fill the cache (and the page cache) with one pass
        for call in calls:
            obj = call["args"][-1]
            for cache in (True, False):
                dropin.stage_fresh(pre[obj], tree / obj)
                argv, env = tool_argv(harness, "client+cache" if cache else "client", release, call["args"])
                harness.run(argv, tree, env)
            if server_pid is None and "client" in tools:
                server_pid = harness.wait_for_server()
        cpu_server_start = harness.server_cpu(server_pid) if server_pid else 0.0
        trace = harness.scratch / "trace.txt"  # which way each client call went (appended, never recreated)
        trace.touch()
        for rnd in range(opts.rounds):
            order = list(calls)
            random.Random(rnd).shuffle(order)
            chunks = [order[i:i + opts.chunk] for i in range(0, len(order), opts.chunk)]
            for c, chunk in enumerate(chunks):
                for k in range(len(tools)):
                    tool = tools[(c + k + rnd) % len(tools)]
                    for call in chunk:
                        _call(harness, tool, release, call, pre, post, tree, trace, wall, cpu, wrong, paths)
            print(f"round {rnd + 1}/{opts.rounds} done", flush=True)
        server_cpu = 0.0
        if server_pid and "client" in tools:
            import time

            time.sleep(2)  # the server reaps its last workers
            server_cpu = harness.server_cpu(server_pid) - cpu_server_start
        start = startup(harness)
    finally:
        harness.stop()
        if not opts.keep:
            shutil.rmtree(harness.scratch, ignore_errors=True)

    def med(tool: str) -> float:
        return statistics.median(t for times in wall[tool].values() for t in times)

    def per_object(tool: str) -> float:
        return statistics.median(statistics.median(wall[tool][o]) / statistics.median(wall["objtool"][o])
                                 for o in wall[tool])

    base = med("objtool") if "objtool" in tools else None
    rows = {}
    print(f"\n{'tool':<14} {'wall ms':>9} {'CPU ms':>8} {'x objtool':>10} {'per-object x':>13} {'identical':>10}")
    for tool in tools:
        n_calls = sum(len(v) for v in wall[tool].values())
        tool_cpu = statistics.median(cpu[tool]) * 1e3
        extra = ""
        if tool == "client" and server_cpu:
            tool_cpu += server_cpu / n_calls * 1e3
            extra = " (client + server, per call)"
        ratio = med(tool) / base if base else float("nan")
        per_obj = per_object(tool) if base else float("nan")
        ok = n_calls - len(wrong[tool])
        rows[tool] = {"wall_ms": med(tool) * 1e3, "cpu_ms": tool_cpu, "ratio": ratio, "per_object_ratio": per_obj,
                      "identical": ok, "calls": n_calls}
        print(f"{tool:<14} {med(tool) * 1e3:9.2f} {tool_cpu:8.2f} {ratio:10.2f} {per_obj:13.2f} "
              f"{ok:>5}/{n_calls}{extra}")
    print(f"\n{dropin.machine_load()}")
    print("client start-up (median of 200): " + ", ".join(f"{k} {v:.2f} ms" for k, v in start.items()))
    print("paths taken: " + ", ".join(f"{k} {v}" for k, v in sorted(paths.items())))
    for tool in tools:
        if wrong[tool]:
            print(f"{tool}: {len(wrong[tool])} calls differ, e.g. {sorted(set(wrong[tool]))[:5]}")
    return dropin.write_json_and_status(opts.json, {
        "corpus": str(opts.corpus), "release": release, "objects": len(calls), "rounds": opts.rounds, "tools": rows,
        "startup_ms": start, "load": dropin.machine_load(), "paths": paths}, wrong)


if __name__ == "__main__":
    sys.exit(main())
