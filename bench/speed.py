#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""pyobjtool's speed and memory beside the real objtool, measured in the same run (issue 8).

Every number is measured here, now, for both tools on the same machine, so
that a ratio means something on a shared, loaded machine where absolute times
drift: the tools are interleaved (each round alternates which one goes first),
every object is staged as a fresh copy of its ``pre.o`` before each run, and
the medians over rounds are reported.  The load average at the start and end
is printed with the results.

For each release (``--release 6.1`` and/or ``6.12``; corpus folders as in
bench/conformance.py: ``NAME.pre.o``, ``NAME.post.o``, ``calls.jsonl``):

**batch** (issue 8 goal 3)
    the real objtool as a parallel kbuild runs it, one process per object,
    ``xargs -P JOBS``, against ``python3 -m pyobjtool --batch FILE -j JOBS``:
    wall time and CPU time (the children's user+sys from ``wait4``).
**scaling** (goal 5)
    per object, its instruction count (pyobjtool's own decoder over every
    executable section), pyobjtool's in-process seconds (``--batch -j 1
    --report``) and objtool's per-process seconds; the least-squares fit
    ``t = a + b*n`` of both, R^2, and the log-log slope over the larger
    objects (1 is linear; above 1.15 is flagged as superlinear).  Peak RSS
    (``ru_maxrss``) over a sample of objects across the size range, one
    process per object for both tools, fitted the same way.
**giants** (goal 1)
    ``--giant-corpus DIR`` (same corpus format, e.g. one vmlinux.o), ``--giant
    PATH:ARGS-JSON`` and ``--linked`` (the corpus linked with ``ld -r`` into one
    vmlinux.o-sized object, as bench/linked_object.py does): both tools, one
    process each, wall, CPU and peak RSS; also extra points of the scaling fits.

Every pyobjtool output is compared with ``post.o`` (with objtool's output of
the same run where there is no ``post.o``); any difference makes the exit
status 1.  ``PYOBJTOOL_CACHE=0`` is set for every pyobjtool run: the result
cache would replay recorded outputs instead of measuring the work.  The
package is run from a snapshot of this checkout taken at start, so that edits
made to the tree during a run do not change what is measured.

A plot (time and peak RSS against instructions, log-log, with the fits) is
written to ``bench/results/`` or ``--out`` if matplotlib is installed
(``pip install -e '.[bench]'``).

    python3 bench/speed.py --release 6.1 --release 6.12 --rounds 3 \\
        --giant-corpus ../corpus/x86-6.12-ibt --linked --json bench/results/speed.json
    python3 bench/speed.py --quick          # smoke run: a subset, one round
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import shlex
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent

#: the real objtool of each release, as Debian packages it (the same table as bench/conformance.py,
#: kept here so that this script imports nothing from the live tree: see ``snapshot``)
OBJTOOLS = {"6.1": "/usr/lib/linux-kbuild-6.1/tools/objtool/objtool",
            "6.12": "/usr/lib/linux-kbuild-6.12.117+deb12/tools/objtool/objtool.real-x86"}

#: a log-log slope above this is reported as superlinear
SUPERLINEAR = 1.15

#: options only objtool 6.12 has: a call that uses them was recorded with 6.12
_OPTIONS_612 = ("--prefix", "--hacks=skylake", "--noabs", "--cfi", "--mnop")


# --------------------------------------------------------------------------- statistics

@dataclass
class Fit:
    """A least-squares line ``y = a + b*x`` and how well it explains the points."""

    a: float
    b: float
    r2: float
    points: int


def linear_fit(xs: Sequence[float], ys: Sequence[float]) -> Fit | None:
    """Ordinary least squares of *ys* on *xs*; None with fewer than two distinct x values.

    Plain least squares (not a robust fit) because the question is the cost
    per instruction over the whole range, giants included, and R^2 says how
    much of the spread that line explains.
    """
    n = len(xs)
    if n < 2 or n != len(ys):
        return None
    mx = sum(xs) / n
    my = sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    b = sxy / sxx
    a = my - b * mx
    syy = sum((y - my) ** 2 for y in ys)
    sse = sum((y - a - b * x) ** 2 for x, y in zip(xs, ys, strict=True))
    r2 = 1.0 - sse / syy if syy > 0 else 1.0
    return Fit(a, b, r2, n)


def loglog_slope(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The exponent k of ``y ~ n^k``: the slope of the least-squares line through (log x, log y).

    Points with x or y not positive are left out (an object without code).
    1 means cost proportional to size, above 1 superlinear.
    """
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys, strict=True) if x > 0 and y > 0]
    fit = linear_fit([p[0] for p in pts], [p[1] for p in pts])
    return fit.b if fit is not None else None


def quantile(values: Sequence[float], q: float) -> float:
    """The *q* quantile of *values* (linear interpolation between order statistics)."""
    s = sorted(values)
    if not s:
        raise ValueError("no values")
    pos = q * (len(s) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def larger(xs: Sequence[float], ys: Sequence[float], q: float, minimum: int = 10
           ) -> tuple[list[float], list[float], float]:
    """The points whose x is at least the *q* quantile of *xs* (at least *minimum* of them, the largest).

    The log-log slope is taken on these: on small objects a fixed cost (process
    start for objtool, per-object set-up for pyobjtool) dominates and flattens
    the slope towards 0, which would hide a superlinear term.
    """
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    threshold = quantile(xs, q) if xs else 0.0
    chosen = [i for i in order if xs[i] >= threshold]
    if len(chosen) < minimum:
        chosen = order[-minimum:]
    return [xs[i] for i in chosen], [ys[i] for i in chosen], (xs[chosen[0]] if chosen else 0.0)


def spread(items: Sequence, k: int, key: Callable) -> list:
    """*k* items evenly spaced over *items* sorted by *key* (smallest and largest included)."""
    s = sorted(items, key=key)
    if k >= len(s):
        return s
    if k <= 1:
        return s[-1:]
    picks = sorted({round(i * (len(s) - 1) / (k - 1)) for i in range(k)})
    return [s[i] for i in picks]


def median_or_none(values: Iterable[float]) -> float | None:
    vals = list(values)
    return statistics.median(vals) if vals else None


def ratio(ours: float | None, theirs: float | None) -> float | None:
    return ours / theirs if ours is not None and theirs else None


def parse_giant(spec: str) -> tuple[Path, list[str]]:
    """``PATH:ARGS-JSON`` -> (path, arguments without the object), e.g.
    ``vmlinux.o:["--orc", "--link"]``; the split is at the last ``:[`` so that a
    path may hold colons."""
    path, sep, args = spec.rpartition(":[")
    if not sep or not path:
        raise ValueError(f"--giant {spec!r}: expected PATH:[\"--arg\", ...]")
    parsed = json.loads("[" + args)
    if not isinstance(parsed, list) or not all(isinstance(a, str) for a in parsed):
        raise ValueError(f"--giant {spec!r}: the arguments must be a JSON list of strings")
    return Path(path), parsed


def release_of_args(args: Sequence[str]) -> str:
    """6.12 if the arguments use an option objtool 6.1 does not have, else 6.1."""
    return "6.12" if any(a.startswith(_OPTIONS_612) for a in args) else "6.1"


# --------------------------------------------------------------------------- processes

@dataclass
class Timed:
    """One timed process: wall seconds, CPU seconds (user+sys, its reaped children included),
    peak RSS in bytes (its largest process), exit status."""

    wall: float
    cpu: float
    rss: int
    status: int


#: GNU time: measures a child's peak RSS from a process small enough not to distort it (see spawn_timed)
GNU_TIME = "/usr/bin/time"


def spawn_timed(argv: list[str], cwd: Path, env: dict[str, str], stdin: str = os.devnull,
                stdout: str = os.devnull, stderr: str = os.devnull, rss: bool = False) -> Timed:
    """Run *argv* once and measure it with ``wait4``.

    ``posix_spawn`` (vfork) rather than subprocess: the parent's cost per call
    is part of objtool's per-process wall time, and a kbuild ``make`` spawns as
    cheaply.  The rusage of ``wait4`` covers the child and every descendant it
    reaped (xargs' objtools, pyobjtool's -j workers).

    Peak RSS (*rss*) is not taken from that rusage: Linux folds the memory
    the child had before its exec into ``ru_maxrss``, and a vfork or fork
    child of this Python process starts out with this process's ~30 MB,
    more than a small objtool run ever uses.  So the command runs under GNU
    time, whose child starts from a process of a few hundred KiB; its ``%M``
    is the measured tool's peak (its largest process).  Without GNU time the
    RSS is wait4's, an upper bound (reported as such by the caller).
    """
    rss_file = None
    if rss and os.access(GNU_TIME, os.X_OK):
        fd, rss_file = tempfile.mkstemp(prefix="speed-rss-")
        os.close(fd)
        argv = [GNU_TIME, "-q", "-f", "%M", "-o", rss_file, *argv]
    actions = [(os.POSIX_SPAWN_OPEN, 0, stdin, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
               (os.POSIX_SPAWN_OPEN, 2, stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)]
    old = os.getcwd()
    os.chdir(cwd)
    try:
        start = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, env, file_actions=actions)
        _pid, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
    finally:
        os.chdir(old)
    peak = usage.ru_maxrss * 1024
    if rss_file is not None:
        try:
            with open(rss_file, encoding="ascii") as fh:
                words = fh.read().split()
            peak = int(words[-1]) * 1024 if words and words[-1].isdigit() else 0
        finally:
            os.unlink(rss_file)
    return Timed(wall, usage.ru_utime + usage.ru_stime, peak, os.waitstatus_to_exitcode(status))


def snapshot(scratch: Path) -> Path:
    """Copy the package (C accelerators included) to *scratch* and byte-compile it: the folder for PYTHONPATH.

    Other work edits pyobjtool/ while a benchmark runs; the snapshot keeps
    every round measuring the same code.
    """
    import compileall

    pkg = scratch / "pkg"
    shutil.copytree(ROOT / "pyobjtool", pkg / "pyobjtool", ignore=shutil.ignore_patterns("__pycache__"))
    compileall.compile_dir(str(pkg / "pyobjtool"), quiet=2)
    return pkg


class Tools:
    """The command lines and environments of both tools."""

    def __init__(self, pkg: Path, python: str = sys.executable) -> None:
        base = {k: v for k, v in os.environ.items() if not k.startswith(("OBJTOOL_", "PYOBJTOOL_"))}
        base.pop("MAKELEVEL", None)
        self.objtool_env = base
        # every object really checked: no replay from the result cache (pyobjtool/cache.py)
        self.pyobjtool_env = dict(base, PYTHONPATH=str(pkg), PYOBJTOOL_CACHE="0", PYOBJTOOL_SERVER="0")
        self.python = python

    def pyobjtool(self, release: str, *args: str) -> list[str]:
        return [self.python, "-m", "pyobjtool", "--profile", release, *args]

    def native_status(self) -> str:
        """Which C accelerators the snapshot uses (they change the numbers a lot)."""
        import subprocess

        code = "from pyobjtool.native import status; print(', '.join(f'{k.rsplit(\".\", 1)[1]}: {v}' for k, v in status().items()))"
        proc = subprocess.run([self.python, "-c", code], env=self.pyobjtool_env, capture_output=True, text=True)
        return proc.stdout.strip() or proc.stderr.strip()[-200:]


# --------------------------------------------------------------------------- corpus

@dataclass
class Obj:
    """One object of a corpus: where its copies go, its recorded arguments, its size in instructions."""

    name: str
    pre: Path
    post: Path | None
    args: list[str]  # objtool's arguments, the object path (relative to the staging root) last
    release: str
    insns: int = 0

    @property
    def rel(self) -> str:
        return self.args[-1]


def load_corpus(corpus: Path, release: str | None = None) -> list[Obj]:
    """The calls of a corpus folder (format of bench/conformance.py)."""
    objs = []
    with open(corpus / "calls.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            call = json.loads(line)
            obj = call["obj"]
            key = (obj[:-2] if obj.endswith(".o") else obj).replace("/", "__")
            post = corpus / (key + ".post.o")
            objs.append(Obj(obj, corpus / (key + ".pre.o"), post if post.exists() else None, list(call["args"]),
                            release or release_of_args(call["args"])))
    return objs


def stage(objs: Iterable[Obj], root: Path) -> None:
    """Fresh copies of the ``pre.o`` files under *root*, as a compiler leaves them: new files
    (the old tree is removed first), so that no run rewrites a file the previous one wrote."""
    shutil.rmtree(root, ignore_errors=True)
    for obj in objs:
        dest = root / obj.rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(obj.pre, dest)


def count_instructions(data: bytes, release: str) -> int:
    """Instructions in every executable section, by pyobjtool's own x86 decoder (the snapshot's).

    The count is what the checker works through (objtool's ``nr_insns``); a
    section with undecodable bytes counts as empty (both tools stop there).
    """
    from pyobjtool.arch.base import DecodeHooks
    from pyobjtool.arch.insn import DecodeError
    from pyobjtool.arch.x86.decoder import decode_section
    from pyobjtool.elf.file import ElfFile

    def nothing(*_args: object) -> None:
        return None

    elf = ElfFile(data, "count")
    total = 0
    for sec in elf.sections:
        if sec.is_exec and sec.data:
            hooks = DecodeHooks(sec.name, lambda _off: False, lambda _msg: None, None, release)
            with contextlib.suppress(DecodeError):
                total += len(decode_section(bytes(sec.data), hooks, nothing))
    return total


class Verdicts:
    """Byte comparisons of pyobjtool's outputs, per phase; any difference fails the run."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}  # phase -> [identical, compared]
        self.differ: list[str] = []
        self.objtool_counts: dict[str, list[int]] = {}

    def check(self, phase: str, objs: Iterable[Obj], ours: Path, theirs: Path | None = None) -> None:
        """Compare ``ours/rel`` with ``post.o`` (or ``theirs/rel``, objtool's output of the same run)."""
        tally = self.counts.setdefault(phase, [0, 0])
        mine = self.objtool_counts.setdefault(phase, [0, 0])
        for obj in objs:
            got = (ours / obj.rel).read_bytes()
            real = (theirs / obj.rel).read_bytes() if theirs is not None else None
            want = obj.post.read_bytes() if obj.post is not None else real
            if want is None:
                continue
            tally[1] += 1
            if got == want:
                tally[0] += 1
            else:
                self.differ.append(f"{phase}: {obj.name}")
            if real is not None and obj.post is not None:
                mine[1] += 1
                mine[0] += real == want

    def total(self) -> tuple[int, int]:
        return sum(c[0] for c in self.counts.values()), sum(c[1] for c in self.counts.values())


# --------------------------------------------------------------------------- measurements

def batch_round(objs: list[Obj], release: str, tools: Tools, scratch: Path, jobs: int, first: str,
                verdicts: Verdicts) -> dict[str, Timed]:
    """One round of the whole corpus: objtool by ``xargs -P``, pyobjtool by ``--batch -j``."""
    roots = {"objtool": scratch / "batch-objtool", "pyobjtool": scratch / "batch-pyobjtool"}
    for root in roots.values():
        stage(objs, root)
    lines = scratch / "batch.txt"
    lines.write_text("".join(" ".join(shlex.quote(a) for a in obj.args) + "\n" for obj in objs))
    order = ["objtool", "pyobjtool"] if first == "objtool" else ["pyobjtool", "objtool"]
    out: dict[str, Timed] = {}
    for tool in order:
        if tool == "objtool":
            out[tool] = spawn_timed(["/usr/bin/xargs", "-P", str(jobs), "-L", "1", OBJTOOLS[release]],
                                    roots[tool], tools.objtool_env, stdin=str(lines),
                                    stderr=str(scratch / "objtool.err"), rss=True)
        else:
            out[tool] = spawn_timed(tools.pyobjtool(release, "--batch", str(lines), "-j", str(jobs)),
                                    roots[tool], tools.pyobjtool_env, stderr=str(scratch / "pyobjtool.err"),
                                    rss=True)
    verdicts.check(f"{release} batch", objs, roots["pyobjtool"], roots["objtool"])
    return out


def scaling_round(objs: list[Obj], release: str, tools: Tools, scratch: Path, first: str,
                  verdicts: Verdicts) -> tuple[dict[str, Timed], dict[str, float], Timed]:
    """objtool once per object, one after the other ({rel: Timed}); pyobjtool ``--batch -j 1
    --report`` ({rel: in-process seconds}, and the whole batch's Timed)."""
    roots = {"objtool": scratch / "scale-objtool", "pyobjtool": scratch / "scale-pyobjtool"}
    for root in roots.values():
        stage(objs, root)
    lines = scratch / "scale.txt"
    lines.write_text("".join(" ".join(shlex.quote(a) for a in obj.args) + "\n" for obj in objs))
    report = scratch / "scale-report.jsonl"
    per_process: dict[str, Timed] = {}
    seconds: dict[str, float] = {}
    whole = Timed(0, 0, 0, 0)
    for tool in (["objtool", "pyobjtool"] if first == "objtool" else ["pyobjtool", "objtool"]):
        if tool == "objtool":
            for obj in objs:
                per_process[obj.rel] = spawn_timed([OBJTOOLS[release], *obj.args], roots[tool], tools.objtool_env)
        else:
            report.unlink(missing_ok=True)
            whole = spawn_timed(tools.pyobjtool(release, "--batch", str(lines), "-j", "1", "--report", str(report)),
                                roots[tool], tools.pyobjtool_env, stderr=str(scratch / "pyobjtool.err"))
            with open(report, encoding="utf-8") as fh:
                for line in fh:
                    rec = json.loads(line)
                    seconds[rec["path"]] = rec["seconds"]
    verdicts.check(f"{release} scaling", objs, roots["pyobjtool"], roots["objtool"])
    return per_process, seconds, whole


def process_pair(objs: list[Obj], tools: Tools, scratch: Path, first: str, verdicts: Verdicts, phase: str,
                 log: Callable[[str], None] | None = None) -> dict[str, dict[str, Timed]]:
    """Each object run once by each tool as a process of its own (peak RSS, giants): {rel: {tool: Timed}}."""
    out: dict[str, dict[str, Timed]] = {}
    roots = {"objtool": scratch / "pair-objtool", "pyobjtool": scratch / "pair-pyobjtool"}
    for obj in objs:
        for root in roots.values():
            stage([obj], root)
        res = {}
        for tool in (["objtool", "pyobjtool"] if first == "objtool" else ["pyobjtool", "objtool"]):
            if tool == "objtool":
                argv = [OBJTOOLS[obj.release], *obj.args]
                res[tool] = spawn_timed(argv, roots[tool], tools.objtool_env, stderr=str(scratch / "pair-objtool.err"),
                                        rss=True)
            else:
                argv = tools.pyobjtool(obj.release, *obj.args)
                res[tool] = spawn_timed(argv, roots[tool], tools.pyobjtool_env,
                                        stderr=str(scratch / "pair-pyobjtool.err"), rss=True)
            if log is not None:
                t = res[tool]
                log(f"    {obj.name} {tool}: {t.wall:.2f} s wall, {t.cpu:.2f} s CPU, {t.rss / 2**20:.0f} MiB, "
                    f"exit {t.status}")
        verdicts.check(phase, [obj], roots["pyobjtool"], roots["objtool"])
        out[obj.rel] = res
    for root in roots.values():
        shutil.rmtree(root, ignore_errors=True)
    return out


# --------------------------------------------------------------------------- a release's run

@dataclass
class ReleaseResult:
    """Everything measured for one release's corpus."""

    release: str
    corpus: str
    objects: int = 0
    instructions: int = 0
    batch: dict[str, list[Timed]] = field(default_factory=lambda: {"objtool": [], "pyobjtool": []})
    # per object: instructions, objtool per-process wall/CPU/RSS medians, pyobjtool in-process seconds
    per_object: list[dict] = field(default_factory=list)
    rss_sample: list[dict] = field(default_factory=list)
    giants: list[dict] = field(default_factory=list)


def fits_of(points: list[dict], xkey: str, ykey: str, q: float) -> dict:
    """Linear fit, log-log slope over the larger points, for one tool's measure."""
    xs = [p[xkey] for p in points if p.get(ykey) is not None]
    ys = [p[ykey] for p in points if p.get(ykey) is not None]
    fit = linear_fit(xs, ys)
    lx, ly, threshold = larger(xs, ys, q) if xs else ([], [], 0.0)
    slope = loglog_slope(lx, ly) if lx else None
    return {"a": fit.a if fit else None, "b": fit.b if fit else None, "r2": fit.r2 if fit else None,
            "points": len(xs), "slope": slope, "slope_from": threshold, "slope_points": len(lx)}


def analyse(res: ReleaseResult, q: float) -> dict:
    """The release's summary: medians, ratios, fits."""
    out: dict = {"release": res.release, "corpus": res.corpus, "objects": res.objects,
                 "instructions": res.instructions}
    for measure in ("wall", "cpu", "rss"):
        o = median_or_none(getattr(t, measure) for t in res.batch["objtool"])
        p = median_or_none(getattr(t, measure) for t in res.batch["pyobjtool"])
        out[f"batch_{measure}"] = {"objtool": o, "pyobjtool": p, "ratio": ratio(p, o)}
    out["batch_rounds"] = len(res.batch["pyobjtool"])
    if res.per_object:
        out["time_fit"] = {"objtool": fits_of(res.per_object, "insns", "objtool_wall", q),
                           "objtool_cpu": fits_of(res.per_object, "insns", "objtool_cpu", q),
                           "pyobjtool": fits_of(res.per_object, "insns", "pyobjtool_seconds", q)}
        out["per_object_median"] = {
            "objtool": median_or_none(p["objtool_wall"] for p in res.per_object),
            "pyobjtool": median_or_none(p["pyobjtool_seconds"] for p in res.per_object
                                        if p["pyobjtool_seconds"] is not None)}
        giants = [g for g in res.giants if g.get("insns")]
        if giants:
            out["slope_with_giants"] = {}
            for tool, key in (("objtool", "objtool_wall"), ("pyobjtool", "pyobjtool_seconds")):
                pts = [p for p in res.per_object if p.get(key) is not None]
                xs, ys, _ = larger([p["insns"] for p in pts], [p[key] for p in pts], q)
                out["slope_with_giants"][tool] = loglog_slope(xs + [g["insns"] for g in giants],
                                                              ys + [g[tool]["wall"] for g in giants])
    if res.rss_sample or res.giants:
        pts = list(res.rss_sample) + [{"insns": g["insns"], "objtool_rss": g["objtool"]["rss"],
                                       "pyobjtool_rss": g["pyobjtool"]["rss"]} for g in res.giants if g.get("insns")]
        out["rss_fit"] = {"objtool": fits_of(pts, "insns", "objtool_rss", q),
                          "pyobjtool": fits_of(pts, "insns", "pyobjtool_rss", q), "points": len(pts)}
    out["giants"] = res.giants
    return out


def run_release(release: str, corpus: Path, args: argparse.Namespace, tools: Tools, scratch: Path,
                verdicts: Verdicts, log: Callable[[str], None]) -> ReleaseResult:
    res = ReleaseResult(release, str(corpus))
    objs = load_corpus(corpus, release)
    if args.objects:
        objs = spread(objs, args.objects, key=lambda o: o.pre.stat().st_size)
        objs.sort(key=lambda o: o.rel)
    res.objects = len(objs)
    if args.scaling or args.rss_sample:
        t0 = time.perf_counter()
        for obj in objs:
            obj.insns = count_instructions(obj.pre.read_bytes(), release)
        res.instructions = sum(o.insns for o in objs)
        log(f"  {len(objs)} objects, {res.instructions:,} instructions (counted in {time.perf_counter() - t0:.1f} s)")
    objtool_runs: dict[str, list[Timed]] = {o.rel: [] for o in objs}
    our_seconds: dict[str, list[float]] = {o.rel: [] for o in objs}
    work = scratch / f"r{release}"
    work.mkdir(parents=True, exist_ok=True)
    for rnd in range(args.rounds):
        first = "objtool" if rnd % 2 == 0 else "pyobjtool"
        if args.batch:
            got = batch_round(objs, release, tools, work, args.jobs, first, verdicts)
            for tool, t in got.items():
                res.batch[tool].append(t)
            log(f"  round {rnd + 1} batch ({first} first): objtool xargs -P{args.jobs} {got['objtool'].wall:.2f} s "
                f"wall {got['objtool'].cpu:.2f} s CPU; pyobjtool --batch -j {args.jobs} {got['pyobjtool'].wall:.2f} s "
                f"wall {got['pyobjtool'].cpu:.2f} s CPU (exit {got['pyobjtool'].status}); load "
                f"{os.getloadavg()[0]:.1f}")
        if args.scaling:
            # the other tool first here, so that neither always runs right after the batch of the same tool
            second = "pyobjtool" if first == "objtool" else "objtool"
            per_process, seconds, whole = scaling_round(objs, release, tools, work, second, verdicts)
            for rel, t in per_process.items():
                objtool_runs[rel].append(t)
            for rel, s in seconds.items():
                if rel in our_seconds:
                    our_seconds[rel].append(s)
            log(f"  round {rnd + 1} per object: objtool one by one {sum(t.wall for t in per_process.values()):.2f} s; "
                f"pyobjtool -j 1 in-process sum {sum(seconds.values()):.2f} s (process {whole.wall:.2f} s)")
    for root in ("batch-objtool", "batch-pyobjtool", "scale-objtool", "scale-pyobjtool"):
        shutil.rmtree(work / root, ignore_errors=True)
    if args.scaling:
        for obj in objs:
            runs = objtool_runs[obj.rel]
            if not runs:
                continue
            res.per_object.append({
                "obj": obj.name, "insns": obj.insns,
                "objtool_wall": statistics.median(t.wall for t in runs),
                "objtool_cpu": statistics.median(t.cpu for t in runs),
                "pyobjtool_seconds": median_or_none(our_seconds[obj.rel])})
    if args.rss_sample:
        sample = spread(objs, args.rss_sample, key=lambda o: o.insns)
        pairs = process_pair(sample, tools, work, "objtool", verdicts, f"{release} peak RSS")
        for obj in sample:
            t = pairs[obj.rel]
            res.rss_sample.append({"obj": obj.name, "insns": obj.insns,
                                   "objtool_rss": t["objtool"].rss, "pyobjtool_rss": t["pyobjtool"].rss,
                                   "objtool_wall": t["objtool"].wall, "pyobjtool_wall": t["pyobjtool"].wall})
        log(f"  peak RSS over {len(sample)} objects, one process each: objtool median "
            f"{statistics.median(p['objtool_rss'] for p in res.rss_sample) / 2**20:.1f} MiB, pyobjtool "
            f"{statistics.median(p['pyobjtool_rss'] for p in res.rss_sample) / 2**20:.1f} MiB")
    return res


def linked_giant(corpus: Path, release: str, scratch: Path) -> Obj:
    """The corpus's built-in objects linked with ``ld -r`` into one object (bench/linked_object.py),
    with the corpus's own arguments plus ``--link``; no post.o: compared with objtool's output."""
    import subprocess

    sys.path.insert(0, str(BENCH))
    from linked_object import built_in_objects

    objs = load_corpus(corpus, release)
    common = next(o.args[:-1] for o in objs if "--module" not in o.args)
    dest = scratch / f"linked-{release}" / "vmlinux.pre.o"
    dest.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["ld", "-r", "-o", str(dest), *map(str, built_in_objects(corpus))], check=True,
                   capture_output=True)
    return Obj(f"linked {corpus.name}", dest, None, [*common, "--link", "vmlinux.o"], release)


def run_giants(giants: list[Obj], rounds: int, tools: Tools, scratch: Path, verdicts: Verdicts,
               log: Callable[[str], None]) -> list[dict]:
    out = []
    for obj in giants:
        obj.insns = count_instructions(obj.pre.read_bytes(), obj.release)
        log(f"  giant {obj.name} ({obj.pre.stat().st_size / 1e6:.0f} MB, {obj.insns:,} instructions, "
            f"objtool {obj.release}: {' '.join(obj.args)})")
        runs: dict[str, list[Timed]] = {"objtool": [], "pyobjtool": []}
        work = scratch / "giant"
        for rnd in range(rounds):
            first = "objtool" if rnd % 2 == 0 else "pyobjtool"
            pair = process_pair([obj], tools, work, first, verdicts, f"giant {obj.name}", log)[obj.rel]
            for tool, t in pair.items():
                runs[tool].append(t)
        rec: dict = {"obj": obj.name, "path": str(obj.pre), "insns": obj.insns, "release": obj.release,
                     "args": obj.args, "rounds": rounds}
        for tool, ts in runs.items():
            rec[tool] = {"wall": statistics.median(t.wall for t in ts), "cpu": statistics.median(t.cpu for t in ts),
                         "rss": statistics.median(t.rss for t in ts), "status": [t.status for t in ts]}
        out.append(rec)
    return out


# --------------------------------------------------------------------------- report

def _fmt(v: float | None, scale: float = 1.0, digits: int = 2) -> str:
    return "-" if v is None else f"{v * scale:.{digits}f}"


def table(summaries: list[dict], verdicts: Verdicts, load: tuple, native: str, q: float) -> str:
    """The plain-text table: one line per measure, objtool | pyobjtool | ratio."""
    rows: list[tuple[str, str, str, str]] = []

    def row(label: str, o: float | None, p: float | None, scale: float = 1.0, digits: int = 2,
            show_ratio: bool = True) -> None:
        r = ratio(p, o) if show_ratio else None
        rows.append((label, _fmt(o, scale, digits), _fmt(p, scale, digits), "-" if r is None else f"{r:.2f}x"))

    for s in summaries:
        rows.append((f"release {s['release']}: {s['corpus']}, {s['objects']} objects"
                     + (f", {s['instructions']:,} instructions" if s["instructions"] else ""), "", "", ""))
        if s.get("batch_rounds"):
            n = s["batch_rounds"]
            row(f"  batch wall s (xargs -P / --batch -j), median of {n}", s["batch_wall"]["objtool"],
                s["batch_wall"]["pyobjtool"])
            row("  batch CPU s (user+sys, children)", s["batch_cpu"]["objtool"], s["batch_cpu"]["pyobjtool"])
            row("  batch peak RSS MiB (largest process)", s["batch_rss"]["objtool"], s["batch_rss"]["pyobjtool"],
                1 / 2**20, 0)
        if "time_fit" in s:
            fo, fp = s["time_fit"]["objtool"], s["time_fit"]["pyobjtool"]
            row("  per object median ms (objtool process / ours in-process)", s["per_object_median"]["objtool"],
                s["per_object_median"]["pyobjtool"], 1e3)
            row("  time fit a ms (t = a + b*n)", fo["a"], fp["a"], 1e3, 2)
            row("  time fit b us per instruction", fo["b"], fp["b"], 1e6, 3)
            row("  time fit R^2", fo["r2"], fp["r2"], 1, 3, False)
            row(f"  log-log slope, n >= {fp['slope_from']:.0f} ({fp['slope_points']} objects)", fo["slope"],
                fp["slope"], 1, 2, False)
            if "slope_with_giants" in s:
                row("  log-log slope with the giants", s["slope_with_giants"]["objtool"],
                    s["slope_with_giants"]["pyobjtool"], 1, 2, False)
            fc = s["time_fit"]["objtool_cpu"]
            rows.append(("  (objtool CPU fit: a ms, b us/insn)", f"{_fmt(fc['a'], 1e3)} / {_fmt(fc['b'], 1e6, 3)}",
                         "", ""))
        if "rss_fit" in s:
            ro, rp = s["rss_fit"]["objtool"], s["rss_fit"]["pyobjtool"]
            row(f"  peak RSS fit a MiB ({s['rss_fit']['points']} processes)", ro["a"], rp["a"], 1 / 2**20, 1)
            row("  peak RSS fit b bytes per instruction", ro["b"], rp["b"], 1, 0)
            row("  peak RSS fit R^2", ro["r2"], rp["r2"], 1, 3, False)
            row("  peak RSS log-log slope (larger objects)", ro["slope"], rp["slope"], 1, 2, False)
        for g in s["giants"]:
            rows.append((f"  giant {g['obj']}: {g['insns']:,} instructions, {g['rounds']} round(s)", "", "", ""))
            row("    wall s", g["objtool"]["wall"], g["pyobjtool"]["wall"])
            row("    CPU s", g["objtool"]["cpu"], g["pyobjtool"]["cpu"])
            row("    peak RSS MiB", g["objtool"]["rss"], g["pyobjtool"]["rss"], 1 / 2**20, 0)
            if g["insns"]:
                row("    peak RSS bytes per instruction", g["objtool"]["rss"] / g["insns"],
                    g["pyobjtool"]["rss"] / g["insns"], 1, 0)
    width = max(len(r[0]) for r in rows) + 2
    lines = [f"{'':{width}}{'objtool':>12}{'pyobjtool':>12}{'ratio':>9}"]
    for label, o, p, r in rows:
        lines.append(f"{label:{width}}{o:>12}{p:>12}{r:>9}" if o or p else label)
    same, total = verdicts.total()
    lines.append(f"pyobjtool outputs byte-identical with objtool's: {same}/{total}"
                 + "".join(f"; {ph} {c[0]}/{c[1]}" for ph, c in verdicts.counts.items()))
    mine = [(ph, c) for ph, c in verdicts.objtool_counts.items() if c[1]]
    if mine:
        lines.append("the real objtool reproduces post.o: "
                     + "; ".join(f"{ph} {c[0]}/{c[1]}" for ph, c in mine))
    lines.append(f"superlinear: log-log slope > {SUPERLINEAR} over the objects at or above the {q:.0%} quantile "
                 "of instructions: "
                 + (", ".join(_superlinear(summaries)) or "none"))
    lines.append(f"load average (1/5/15 min): start {load[0][0]:.1f}/{load[0][1]:.1f}/{load[0][2]:.1f}, "
                 f"end {load[1][0]:.1f}/{load[1][1]:.1f}/{load[1][2]:.1f} on {os.cpu_count()} CPUs")
    lines.append(f"pyobjtool C accelerators: {native}")
    lines.append("peak RSS: " + ("GNU time's %M (the largest process of the run)" if os.access(GNU_TIME, os.X_OK)
                                 else "wait4's ru_maxrss, an upper bound (no /usr/bin/time: it includes the "
                                      "benchmark's own ~30 MB)"))
    return "\n".join(lines)


def _superlinear(summaries: list[dict]) -> list[str]:
    flagged = []
    for s in summaries:
        for kind in ("time_fit", "rss_fit"):
            for tool in ("objtool", "pyobjtool"):
                slope = s.get(kind, {}).get(tool, {}).get("slope")
                if slope is not None and slope > SUPERLINEAR:
                    flagged.append(f"{s['release']} {kind.split('_')[0]} {tool} {slope:.2f}")
        for tool, slope in s.get("slope_with_giants", {}).items():
            if slope is not None and slope > SUPERLINEAR:
                flagged.append(f"{s['release']} time with giants {tool} {slope:.2f}")
    return flagged


def plot(summaries: list[dict], results: dict[str, ReleaseResult], out: Path) -> str:
    """Time and peak RSS against instructions, log-log, one row per release; returns what was done."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "no plot: matplotlib is not installed (pip install -e '.[bench]')"
    rows = [s for s in summaries if "time_fit" in s or "rss_fit" in s]
    if not rows:
        return "no plot: no scaling data"
    fig, axes = plt.subplots(len(rows), 2, figsize=(13, 5 * len(rows)), squeeze=False)
    colours = {"objtool": "tab:blue", "pyobjtool": "tab:orange"}
    for (ax_t, ax_m), s in zip(axes, rows, strict=True):
        res = results[s["release"]]
        giants = [g for g in s["giants"] if g["insns"]]
        xmax = max([p["insns"] for p in res.per_object] + [g["insns"] for g in giants] + [10])
        grid = [10 ** (k / 20) for k in range(0, int(20 * math.log10(xmax)) + 2)]
        if "time_fit" in s:
            for tool, key in (("objtool", "objtool_wall"), ("pyobjtool", "pyobjtool_seconds")):
                pts = [(p["insns"], p[key]) for p in res.per_object if p["insns"] > 0 and p.get(key)]
                label = "objtool (one process per object)" if tool == "objtool" else "pyobjtool (in-process, batch)"
                ax_t.scatter([p[0] for p in pts], [p[1] for p in pts], s=6, alpha=0.4, color=colours[tool],
                             label=label)
                f = s["time_fit"][tool]
                if f["b"] is not None:
                    ax_t.plot(grid, [max(f["a"] + f["b"] * x, 1e-5) for x in grid], color=colours[tool],
                              label=f"fit {f['a'] * 1e3:.2f} ms + {f['b'] * 1e6:.3f} us*n (R^2 {f['r2']:.2f})")
                gs = [(g["insns"], g[tool]["wall"]) for g in giants]
                if gs:
                    ax_t.scatter([g[0] for g in gs], [g[1] for g in gs], s=80, marker="*", color=colours[tool],
                                 edgecolors="black", label=f"{tool} giant objects (process)")
            # on a loaded machine objtool's wall time per process is mostly waiting for a CPU: its CPU time too
            pts = [(p["insns"], p["objtool_cpu"]) for p in res.per_object if p["insns"] > 0 and p["objtool_cpu"] > 0]
            ax_t.scatter([p[0] for p in pts], [p[1] for p in pts], s=4, alpha=0.3, color="tab:gray",
                         label="objtool CPU time per process")
            f = s["time_fit"]["objtool_cpu"]
            if f["b"] is not None:
                ax_t.plot(grid, [max(f["a"] + f["b"] * x, 1e-5) for x in grid], color="tab:gray", linestyle="--",
                          label=f"fit {f['a'] * 1e3:.2f} ms + {f['b'] * 1e6:.3f} us*n")
            ax_t.set_xscale("log")
            ax_t.set_yscale("log")
            ax_t.set_xlabel("instructions")
            ax_t.set_ylabel("seconds")
            ax_t.set_title(f"objtool {s['release']}: time per object")
            ax_t.legend(fontsize=7)
            ax_t.grid(True, which="both", alpha=0.3)
        if "rss_fit" in s:
            for tool in ("objtool", "pyobjtool"):
                pts = [(p["insns"], p[f"{tool}_rss"] / 2**20) for p in res.rss_sample if p["insns"] > 0]
                pts += [(g["insns"], g[tool]["rss"] / 2**20) for g in giants]
                ax_m.scatter([p[0] for p in pts], [p[1] for p in pts], s=18, color=colours[tool], label=tool)
                f = s["rss_fit"][tool]
                if f["b"] is not None:
                    ax_m.plot(grid, [max((f["a"] + f["b"] * x) / 2**20, 1e-3) for x in grid], color=colours[tool],
                              label=f"fit {f['a'] / 2**20:.1f} MiB + {f['b']:.0f} B*n")
            ax_m.set_xscale("log")
            ax_m.set_yscale("log")
            ax_m.set_xlabel("instructions")
            ax_m.set_ylabel("peak RSS (MiB)")
            ax_m.set_title(f"objtool {s['release']}: peak RSS, one process per object")
            ax_m.legend(fontsize=7)
            ax_m.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return f"plot: {out}"


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--release", action="append", choices=sorted(OBJTOOLS),
                    help="objtool release to measure (repeatable; default: 6.1 and 6.12)")
    ap.add_argument("--corpus", type=Path, help="corpus folder (only with one --release; default "
                    "../corpus/x86-RELEASE next to this checkout)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of batch and per-object runs (default 3)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel objtools (xargs -P) and pyobjtool -j")
    ap.add_argument("--objects", type=int, default=0, help="only this many objects, spread over the size range")
    ap.add_argument("--rss-sample", type=int, default=30,
                    help="objects (spread over the size range) run one process each for peak RSS (0: none)")
    ap.add_argument("--no-batch", dest="batch", action="store_false", help="skip the batch measurement")
    ap.add_argument("--no-scaling", dest="scaling", action="store_false", help="skip the per-object timings")
    ap.add_argument("--giant", action="append", default=[], metavar="PATH:ARGS-JSON",
                    help='a big object and its objtool arguments, e.g. vmlinux.o:["--orc","--link"] (repeatable)')
    ap.add_argument("--giant-corpus", action="append", default=[], type=Path, metavar="DIR",
                    help="a corpus folder of big objects (e.g. ../corpus/x86-6.12-ibt; repeatable)")
    ap.add_argument("--linked", action="store_true",
                    help="also each release's corpus linked into one object (bench/linked_object.py)")
    ap.add_argument("--giant-rounds", type=int, default=1, help="runs of each tool on each giant object")
    ap.add_argument("--slope-quantile", type=float, default=0.75,
                    help="the log-log slope is fitted over objects at or above this quantile of size")
    ap.add_argument("--quick", action="store_true", help="smoke run: 100 objects, 1 round, 8 RSS samples")
    ap.add_argument("--out", type=Path, help="the PNG (default bench/results/speed-TIME.png)")
    ap.add_argument("--json", type=Path, help="write all results as JSON here")
    ap.add_argument("--scratch", type=Path, help="folder for the staged copies (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = ap.parse_args(argv)
    releases = args.release or ["6.1", "6.12"]
    if args.quick:
        args.objects = args.objects or 100
        args.rounds = 1
        args.rss_sample = min(args.rss_sample, 8)
        args.giant_rounds = 1
    if args.corpus and len(releases) != 1:
        ap.error("--corpus needs exactly one --release")
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")
    measure_corpus = args.batch or args.scaling or args.rss_sample or args.linked
    corpora = {r: args.corpus or ROOT.parent / "corpus" / f"x86-{r}" for r in releases} if measure_corpus else {}
    for r, c in corpora.items():
        if not (c / "calls.jsonl").exists():
            ap.error(f"no corpus for {r} at {c} (calls.jsonl missing)")
    giants_specs = []
    for spec in args.giant:
        try:
            path, gargs = parse_giant(spec)
        except ValueError as exc:
            ap.error(str(exc))
        giants_specs.append(Obj(path.name, path, None, [*gargs, path.name], release_of_args(gargs)))
    for gc in args.giant_corpus:
        giants_specs.extend(load_corpus(gc))
    needed = set(corpora) | {g.release for g in giants_specs}
    for r in needed:
        if not os.access(OBJTOOLS[r], os.X_OK):
            print(f"speed.py: the real objtool {r} is not installed ({OBJTOOLS[r]})", file=sys.stderr)
            return 2

    def log(msg: str) -> None:
        print(msg, flush=True)

    load_start = os.getloadavg()
    started = time.strftime("%Y%m%d-%H%M%S")
    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="pyobjtool-speed-"))
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        pkg = snapshot(scratch)
        sys.path.insert(0, str(pkg))  # the instruction counter uses the snapshot's decoder
        tools = Tools(pkg)
        native = tools.native_status()
        log(f"load average at start: {load_start[0]:.1f} {load_start[1]:.1f} {load_start[2]:.1f} "
            f"({os.cpu_count()} CPUs); pyobjtool snapshot in {pkg} ({native})")
        verdicts = Verdicts()
        results: dict[str, ReleaseResult] = {}
        for r, c in corpora.items():
            log(f"release {r}: {c}")
            if args.batch or args.scaling or args.rss_sample:
                results[r] = run_release(r, c, args, tools, scratch, verdicts, log)
            else:
                results[r] = ReleaseResult(r, str(c))
        giants = list(giants_specs)
        if args.linked:
            for r, c in corpora.items():
                giants.append(linked_giant(c, r, scratch))
        if giants:
            log("giant objects:")
            for rec in run_giants(giants, args.giant_rounds, tools, scratch, verdicts, log):
                results.setdefault(rec["release"], ReleaseResult(rec["release"], "-")).giants.append(rec)
        load_end = os.getloadavg()
        summaries = [analyse(results[r], args.slope_quantile) for r in sorted(results, key=lambda v: [
            int(x) for x in v.split(".")])]
        print()
        print(table(summaries, verdicts, (load_start, load_end), native, args.slope_quantile))
        out = args.out or BENCH / "results" / f"speed-{started}.png"
        print(plot(summaries, results, out))
        if verdicts.differ:
            print(f"\nFAIL: {len(verdicts.differ)} pyobjtool output(s) differ from objtool's:", file=sys.stderr)
            for item in verdicts.differ[:50]:
                print("  " + item, file=sys.stderr)
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps({
                "started": started, "load_start": load_start, "load_end": load_end, "cpus": os.cpu_count(),
                "native": native, "jobs": args.jobs, "rounds": args.rounds, "summaries": summaries,
                "per_object": {r: res.per_object for r, res in results.items()},
                "rss_sample": {r: res.rss_sample for r, res in results.items()},
                "batch_runs": {r: {tool: [t.__dict__ for t in ts] for tool, ts in res.batch.items()}
                               for r, res in results.items()},
                "identical": verdicts.counts, "objtool_reproduces_post": verdicts.objtool_counts,
                "differ": verdicts.differ}, indent=1))
        return 1 if verdicts.differ else 0
    finally:
        if args.keep:
            print(f"scratch kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
