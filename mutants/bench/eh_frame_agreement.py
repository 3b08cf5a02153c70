#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Agreement of pyobjtool's CFA with GCC's .eh_frame on csmith programs.

Generates N random C programs with csmith (seeds S, S+1, ...), compiles each
with gcc at -O0, -O2 and -Os, with and without frame pointers (6 objects per
program, with .eh_frame), runs the eh-frame cross-check on every object and
prints, per setting and in total, how many instruction boundaries agree.
The target is 100%.

    python bench/eh_frame_agreement.py -n 20 [-j 2] [--seed 1] [--show 5] [--csmith-args '']

Needs csmith and its headers (Debian: csmith libcsmith-dev).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pyobjtool.analyses.eh_frame import compare_path, rule_text  # noqa: E402

OPT_LEVELS = ("-O0", "-O2", "-Os")
FRAME_POINTER = (("fp", "-fno-omit-frame-pointer"), ("nofp", "-fomit-frame-pointer"))
CSMITH_INCLUDE = "/usr/include/csmith"
#: keep the programs to a few hundred lines: enough variety, seconds per program
CSMITH_ARGS = ("--max-funcs", "8", "--max-block-depth", "4", "--max-expr-complexity", "6")


def settings() -> list[tuple[str, list[str]]]:
    return [(f"{opt} {name}", [opt, flag]) for opt in OPT_LEVELS for name, flag in FRAME_POINTER]


def generate(seed: int, workdir: Path, csmith_args: tuple[str, ...] = CSMITH_ARGS) -> Path:
    src = workdir / f"p{seed}.c"
    subprocess.run(["csmith", "--seed", str(seed), *csmith_args, "-o", str(src)], check=True,
                   capture_output=True, cwd=workdir)
    return src


def compile_object(src: Path, flags: list[str], out: Path) -> Path:
    subprocess.run(["gcc", "-c", "-w", f"-I{CSMITH_INCLUDE}", *flags, "-o", str(out), str(src)],
                   check=True, capture_output=True)
    return out


def measure(obj: Path) -> tuple[int, int, int, list[str]]:
    """(matched, mismatched, uncovered, sample lines) for one object."""
    result = compare_path(str(obj))
    if result is None:
        return 0, 0, 0, [f"{obj.name}: no .eh_frame"]
    samples = [f"{obj.name}: {insn.sec.name}+0x{insn.offset:x}: ours {rule_text(ours)}, "
               f".eh_frame {rule_text(theirs)}" for insn, ours, theirs in result.mismatches[:3]]
    samples += [f"{obj.name}: {insns[0].sec.name}+0x{insns[0].offset:x}: {len(insns)} not reached"
                for _fde, insns in result.uncovered[:3]]
    uncovered = sum(len(insns) for _fde, insns in result.uncovered)
    return result.matched, len(result.mismatches), uncovered, samples


def one_program(seed: int, workdir: str,
                csmith_args: tuple[str, ...] = CSMITH_ARGS) -> dict[str, tuple[int, int, int, list[str]]]:
    work = Path(workdir)
    src = generate(seed, work, csmith_args)
    out = {}
    for name, flags in settings():
        obj = work / f"p{seed}{name.replace(' ', '').replace('-', '_')}.o"
        out[name] = measure(compile_object(src, flags, obj))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10, help="number of csmith programs (default 10)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=1, help="first csmith seed (default 1)")
    ap.add_argument("--show", type=int, default=5, help="print up to this many disagreements")
    ap.add_argument("--keep", help="keep sources and objects in this folder")
    ap.add_argument("--csmith-args", default=" ".join(CSMITH_ARGS),
                    help=f"csmith options (default: {' '.join(CSMITH_ARGS)!r}; '' for csmith's defaults)")
    args = ap.parse_args(argv)
    if shutil.which("csmith") is None:
        print("csmith is not installed (Debian: apt-get install csmith libcsmith-dev)", file=sys.stderr)
        return 1

    workdir = args.keep or tempfile.mkdtemp(prefix="eh_frame_agreement.")
    os.makedirs(workdir, exist_ok=True)
    start = time.perf_counter()
    totals = {name: [0, 0, 0] for name, _ in settings()}
    samples: list[str] = []
    seeds = range(args.seed, args.seed + args.n)
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        csmith_args = tuple(args.csmith_args.split())
        for per_setting in pool.map(one_program, seeds, [workdir] * args.n, [csmith_args] * args.n):
            for name, (matched, mismatched, uncovered, lines) in per_setting.items():
                totals[name][0] += matched
                totals[name][1] += mismatched
                totals[name][2] += uncovered
                samples.extend(lines)
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"{args.n} csmith programs (seeds {args.seed}..{args.seed + args.n - 1}), "
          f"{time.perf_counter() - start:.1f} s")
    print(f"{'setting':<12} {'boundaries':>10} {'agree':>10} {'differ':>8} {'unreached':>9} {'agreement':>10}")
    grand = [0, 0, 0]
    for name, (matched, mismatched, uncovered) in totals.items():
        total = matched + mismatched + uncovered
        grand = [grand[0] + matched, grand[1] + mismatched, grand[2] + uncovered]
        print(f"{name:<12} {total:>10} {matched:>10} {mismatched:>8} {uncovered:>9} {_rate(matched, total):>10}")
    total = sum(grand)
    print(f"{'all':<12} {total:>10} {grand[0]:>10} {grand[1]:>8} {grand[2]:>9} {_rate(grand[0], total):>10}")
    for line in samples[:args.show]:
        print("  " + line)
    return 0


def _rate(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.3f}%" if whole else "-"


if __name__ == "__main__":
    sys.exit(main())
