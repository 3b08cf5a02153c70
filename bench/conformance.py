#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Conformance of pyobjtool against a recorded objtool corpus.

A corpus folder holds ``NAME.pre.o`` (before objtool), ``NAME.post.o``
(after the real objtool) and ``calls.jsonl`` (one JSON object per call:
``obj``, ``obj_arg``, ``args`` with the object path last, ``rc``,
``stderr``).  For every call this

1. copies ``pre.o`` to the path the build used (under a scratch folder),
2. runs pyobjtool on all of them in one batch process (``-j`` workers),
3. runs the real objtool one by one on a second copy (timing only),
4. compares pyobjtool's result with ``post.o``: byte-identical file,
   semantically identical (same sections and bytes, relocations by target
   name and addend, symbols regardless of index), ORC-identical, stderr and
   exit status identical,

and prints the counts, every difference, and both tools' timings.  It exits
1 if any compared object differs (so it is a gate, not just a report; with
``--semantic-ok`` a file that differs only in layout passes), 2 on usage
errors.

    python bench/conformance.py ../corpus/x86-6.1 [-j 2] [--objtool PATH] [--profile 6.1]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pyobjtool.elf.constants import (  # noqa: E402
    SHT_NOBITS,
    SHT_REL,
    SHT_RELA,
    SHT_SYMTAB,
    SHT_SYMTAB_SHNDX,
    STT_SECTION,
)
from pyobjtool.elf.file import ElfFile  # noqa: E402

#: the real objtool of each release, as Debian packages it
OBJTOOLS = {"6.1": "/usr/lib/linux-kbuild-6.1/tools/objtool/objtool",
            "6.12": "/usr/lib/linux-kbuild-6.12.117+deb12/tools/objtool/objtool.real-x86"}


def load_calls(corpus: Path) -> list[dict]:
    calls = []
    with open(corpus / "calls.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                calls.append(json.loads(line))
    return calls


def corpus_key(call: dict) -> str:
    obj = call["obj"]
    return obj[:-2].replace("/", "__") if obj.endswith(".o") else obj.replace("/", "__")


def stage(corpus: Path, calls: list[dict], root: Path) -> list[tuple[dict, Path]]:
    staged = []
    for call in calls:
        dest = root / call["args"][-1]
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus / (corpus_key(call) + ".pre.o"), dest)
        staged.append((call, dest))
    return staged


# --------------------------------------------------------------------------- comparison

def _sym_key(sym) -> tuple:
    sec = sym.sec.name if sym.sec.idx else ""
    name = sym.sec.name if sym.type == STT_SECTION else sym.name
    return (name, sym.type, sym.bind, sym.other, sec, sym.value, sym.size)


def _reloc_rows(elf: ElfFile, sec) -> list[tuple]:
    table = sec.relocs
    by_index = {s.idx: s for s in elf.symbols}
    rows = []
    for i in range(len(table.offsets)):
        sym = by_index.get(table.symidx[i])
        target = ("?",) if sym is None else (("sec", sym.sec.name) if sym.type == STT_SECTION else ("sym", sym.name))
        rows.append((table.offsets[i], table.types[i], target, table.addends[i]))
    return rows


def semantic_diff(ours: bytes, theirs: bytes) -> list[str]:
    """Differences that matter, ignoring symbol indices and file layout."""
    a, b = ElfFile(ours), ElfFile(theirs)
    diffs = []
    sa = [(s.name, s.type, s.flags, s.entsize, s.addralign) for s in a.sections]
    sb = [(s.name, s.type, s.flags, s.entsize, s.addralign) for s in b.sections]
    if sa != sb:
        only_a = sorted({x[0] for x in sa} - {x[0] for x in sb})
        only_b = sorted({x[0] for x in sb} - {x[0] for x in sa})
        diffs.append(f"section set differs: only pyobjtool {only_a}, only objtool {only_b}")
        return diffs
    for x, y in zip(a.sections, b.sections, strict=True):
        if x.type in (SHT_SYMTAB, SHT_SYMTAB_SHNDX):
            continue
        if x.name in (".strtab",):
            continue
        if x.type in (SHT_RELA, SHT_REL):
            ra, rb = _reloc_rows(a, x), _reloc_rows(b, y)
            if ra != rb:
                n = next((i for i, (p, q) in enumerate(zip(ra, rb, strict=False)) if p != q), min(len(ra), len(rb)))
                diffs.append(f"{x.name}: relocations differ ({len(ra)} vs {len(rb)}), first at #{n}: "
                             f"{ra[n] if n < len(ra) else None} vs {rb[n] if n < len(rb) else None}")
            continue
        if x.type == SHT_NOBITS:
            if x.size != y.size:
                diffs.append(f"{x.name}: size {x.size:#x} vs {y.size:#x}")
            continue
        if bytes(x.data or b"") != bytes(y.data or b""):
            da, db = bytes(x.data or b""), bytes(y.data or b"")
            n = next((i for i in range(min(len(da), len(db))) if da[i] != db[i]), min(len(da), len(db)))
            diffs.append(f"{x.name}: bytes differ ({len(da)} vs {len(db)} bytes), first at {n:#x}")
        if (x.link, x.info) != (y.link, y.info) and x.type not in (SHT_RELA, SHT_REL):
            diffs.append(f"{x.name}: link/info {x.link}/{x.info} vs {y.link}/{y.info}")
    syms_a = sorted(_sym_key(s) for s in a.symbols)
    syms_b = sorted(_sym_key(s) for s in b.symbols)
    if syms_a != syms_b:
        diffs.append(f"symbols differ: {len(syms_a)} vs {len(syms_b)}; "
                     f"only pyobjtool {sorted(set(syms_a) - set(syms_b))[:3]}, "
                     f"only objtool {sorted(set(syms_b) - set(syms_a))[:3]}")
    return diffs


def orc_identical(ours: bytes, theirs: bytes) -> bool:
    a, b = ElfFile(ours), ElfFile(theirs)

    def orc(elf: ElfFile):
        sec = elf.find_section(".orc_unwind")
        ip = elf.find_section(".orc_unwind_ip")
        rela = elf.find_section(".rela.orc_unwind_ip")
        if sec is None:
            return None
        return (bytes(sec.data or b""), bytes(ip.data or b"") if ip else None,
                _reloc_rows(elf, rela) if rela is not None else None)

    return orc(a) == orc(b)


# --------------------------------------------------------------------------- runs

def run_pyobjtool(staged: list[tuple[dict, Path]], root: Path, jobs: int,
                  profile: str) -> tuple[float, dict[str, dict]]:
    batch = root / "batch.txt"
    with open(batch, "w", encoding="utf-8") as fh:
        for call, _dest in staged:
            fh.write(" ".join(_quote(a) for a in call["args"]) + "\n")
    env = dict(os.environ)
    env.pop("OBJTOOL_ARGS", None)
    # every object really checked: no replay from the result cache (pyobjtool/cache.py)
    env.setdefault("PYOBJTOOL_CACHE", "0")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pyobjtool", "--profile", profile, "--batch", str(batch),
                           "-j", str(jobs), "--report", str(root / "report.jsonl")],
                          cwd=root, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    per_object: dict[str, dict] = {}
    with open(root / "report.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            per_object[rec["path"]] = rec
    if proc.returncode not in (0, 1) and not per_object:
        print(proc.stderr[-2000:], file=sys.stderr)
    return wall, per_object


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


def run_objtool(objtool: str, staged: list[tuple[dict, Path]], root: Path) -> tuple[list[float], dict[str, dict]]:
    """Run the real objtool once per object; returns the times and {object arg: {rc, stderr}}."""
    times = []
    results = {}
    env = dict(os.environ)
    env.pop("OBJTOOL_ARGS", None)
    for call, _dest in staged:
        t0 = time.perf_counter()
        proc = subprocess.run([objtool] + call["args"], cwd=root, env=env, capture_output=True)
        times.append(time.perf_counter() - t0)
        results[call["args"][-1]] = {"rc": proc.returncode, "stderr": proc.stderr.decode("utf-8", "replace"),
                                     "stdout": proc.stdout.decode("utf-8", "replace")}
    return times, results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--profile", default="6.1", choices=sorted(OBJTOOLS),
                    help="the objtool release the corpus was recorded with (default 6.1)")
    ap.add_argument("--objtool", help="the real objtool to time and run live (default: the release's)")
    ap.add_argument("--semantic-ok", action="store_true",
                    help="a file that differs from objtool's only in layout is not a failure")
    ap.add_argument("--no-objtool", action="store_true", help="don't time the real objtool")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--filter", default="", help="only objects whose path contains this")
    ap.add_argument("--show", type=int, default=50, help="differences to list per kind")
    ap.add_argument("--keep", type=Path, help="keep the scratch folder here")
    ap.add_argument("--json", type=Path, help="write the summary as JSON here")
    ap.add_argument("--live-args", metavar="ARGS",
                    help="instead of the recorded arguments and post.o, run both tools with ARGS "
                         "(e.g. '--stackval --orc') and compare pyobjtool with the real objtool's live output")
    args = ap.parse_args()
    args.objtool = args.objtool or OBJTOOLS[args.profile]

    calls = [c for c in load_calls(args.corpus) if args.filter in c["obj"]]
    if args.limit:
        calls = calls[:args.limit]
    if args.live_args is not None:
        import shlex

        extra = shlex.split(args.live_args)
        calls = [dict(c, args=extra + [c["args"][-1]]) for c in calls]
    scratch = Path(tempfile.mkdtemp(prefix="pyobjtool-conf-"))
    ours_root, real_root = scratch / "pyobjtool", scratch / "objtool"
    staged = stage(args.corpus, calls, ours_root)

    wall, report = run_pyobjtool(staged, ours_root, args.jobs, args.profile)
    real_times: list[float] = []
    real_results: dict[str, dict] = {}
    if args.live_args is not None or (not args.no_objtool and os.path.exists(args.objtool)):
        real_staged = stage(args.corpus, calls, real_root)
        real_times, real_results = run_objtool(args.objtool, real_staged, real_root)
    crashed = []
    if args.live_args is not None:
        # the expectation is what the real objtool does now with the same arguments
        for call in calls:
            live = real_results[call["args"][-1]]
            call["rc"] = live["rc"]
            call["stderr"] = live["stderr"]
            call["stdout"] = live["stdout"]

    # objtool 6.1 decodes ELF32 (i386/16-bit) objects as if they were x86-64 and
    # prints noise; pyobjtool rejects them with one error line (by design)
    rejected = []
    kept = []
    for call, dest in staged:
        pre = (args.corpus / (corpus_key(call) + ".pre.o")).read_bytes()
        if pre[4:5] == b"\x01":
            rec = report.get(call["args"][-1], {})
            rejected.append(f"{call['obj']}: {rec.get('stderr', '').strip()} (exit {rec.get('status')})")
        else:
            kept.append((call, dest))
    staged = kept
    n = len(staged)
    counts = {"byte_identical": 0, "semantic": 0, "orc": 0, "orc_expected": 0, "stderr": 0, "rc": 0}
    problems: dict[str, list[str]] = {"semantic": [], "orc": [], "stderr": [], "rc": []}
    our_times = []
    warned = 0
    for call, dest in staged:
        key = corpus_key(call)
        if call["rc"] < 0 or (call["rc"] >= 128 and call["rc"] != 255) or call.get("crashed"):
            crashed.append(f"{call['obj']}: objtool exit {call['rc']}")
            continue
        if call.get("stderr"):
            warned += 1
        if args.live_args is not None:
            post = (real_root / call["args"][-1]).read_bytes()
        else:
            post = (args.corpus / (key + ".post.o")).read_bytes()
        ours = dest.read_bytes()
        rec = report.get(call["args"][-1], {})
        our_times.append(rec.get("seconds", 0.0))
        if ours == post:
            counts["byte_identical"] += 1
            counts["semantic"] += 1
            diffs = []
        else:
            try:
                diffs = semantic_diff(ours, post)
            except Exception as exc:  # a broken output must show up, not stop the run
                diffs = [f"can't compare: {exc}"]
            if not diffs:
                counts["semantic"] += 1
            else:
                problems["semantic"].append(f"{call['obj']}: " + "; ".join(diffs))
        has_orc = b".orc_unwind" in post
        if has_orc:
            counts["orc_expected"] += 1
            try:
                same_orc = ours == post or orc_identical(ours, post)
            except Exception:
                same_orc = False
            if same_orc:
                counts["orc"] += 1
            else:
                problems["orc"].append(call["obj"])
        expected_err = call.get("stderr", "")
        got_err = rec.get("stderr", "")
        if "stdout" in call:  # live runs also compare stdout (--stats, --dump)
            expected_err += call["stdout"]
            got_err += rec.get("stdout", "")
        if got_err == expected_err:
            counts["stderr"] += 1
        else:
            problems["stderr"].append(f"{call['obj']}:\n    expected: {expected_err!r}\n    got:      {got_err!r}")
        if rec.get("status") == call.get("rc"):
            counts["rc"] += 1
        else:
            problems["rc"].append(f"{call['obj']}: rc {rec.get('status')} vs {call.get('rc')}")

    n -= len(crashed)

    def pct(k: str, total: int = n) -> str:
        return f"{counts[k]}/{total} ({100.0 * counts[k] / total:.2f}%)" if total else "0/0"

    print(f"corpus: {args.corpus}  objects: {n + len(rejected) + len(crashed)}"
          + (f"  live arguments: {args.live_args}" if args.live_args is not None else ""))
    if rejected:
        print(f"rejected by design (ELF32, not x86-64 code): {len(rejected)}; compared: {n}")
    print(f"byte-identical files:        {pct('byte_identical')}")
    print(f"semantically identical:      {pct('semantic')}")
    print(f"ORC-identical:               {pct('orc', counts['orc_expected'])}")
    print(f"stderr identical:            {pct('stderr')}"
          + (" (and stdout)" if args.live_args is not None else "")
          + f"; objtool printed something for {warned} of them")
    print(f"exit status identical:       {pct('rc')}")
    print(f"pyobjtool: batch wall {wall:.2f} s with -j {args.jobs}; per object in-process "
          f"median {statistics.median(our_times) * 1000:.1f} ms, sum {sum(our_times):.2f} s")
    if real_times:
        print(f"objtool:   one by one total {sum(real_times):.2f} s; per object median "
              f"{statistics.median(real_times) * 1000:.1f} ms (process start included)")
        print(f"ratio: pyobjtool batch wall / objtool one-by-one total = {wall / sum(real_times):.2f}")
    if crashed:
        print(f"\nthe real objtool crashed on {len(crashed)} (not compared):")
        for item in crashed[:args.show]:
            print("  " + item)
    if rejected:
        print(f"\nrejected ELF32 objects ({len(rejected)}):")
        for item in rejected[:args.show]:
            print("  " + item)
    for kind, items in problems.items():
        if items:
            print(f"\n{kind} differences ({len(items)}):")
            for item in items[:args.show]:
                print("  " + item)
    if args.json:
        args.json.write_text(json.dumps({
            "objects": n, **counts, "pyobjtool_wall": wall, "pyobjtool_median": statistics.median(our_times),
            "objtool_total": sum(real_times), "objtool_median": statistics.median(real_times) if real_times else None,
            "problems": problems}, indent=2))
    if args.keep:
        shutil.copytree(scratch, args.keep, dirs_exist_ok=True)
    shutil.rmtree(scratch, ignore_errors=True)
    failed = any(problems.values()) or (not args.semantic_ok and counts["byte_identical"] != n)
    if failed:
        print("\nFAIL: pyobjtool differs from objtool", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
