#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Agreement of pyobjtool's CFA with GCC's .eh_frame on csmith programs.

Generates N random C programs with csmith (seeds S, S+1, ...), compiles each
with gcc at -O0, -O2 and -Os, with and without frame pointers (6 objects per
program, with .eh_frame), and counts per setting at how many instruction
boundaries (every instruction an FDE covers except NOP and int3 padding) the
CFA agrees with the compiler's:

* ``pyobjtool``: with the noreturn check (``--extra-checks=eh-frame,noreturn``:
  inferred noreturn functions, call-site evidence for external callees);
* ``objtool-walk``: pyobjtool without it (objtool 6.1's own walk: byte-identical
  ORC with the real objtool);
* ``objtool``: the real objtool 6.1's ORC table (``objtool --orc`` on a copy),
  when it is installed (``--objtool PATH``; ``--objtool none`` skips it).

An instruction the walk never reached counts as a disagreement.  ``--ubsan``
builds with ``-fsanitize=undefined -fno-sanitize-recover=all``: every check
then calls an aborting ``__ubsan_handle_*_abort()`` handler that the object
does not define and that objtool's noreturn list lacks.

    python bench/eh_frame_agreement.py -n 20 [-j 2] [--seed 1] [--ubsan] [--show 5]

Needs csmith and its headers (Debian: csmith libcsmith-dev).
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pyobjtool.analyses.eh_frame import (  # noqa: E402
    agrees,
    compare_path,
    described,
    follow_paths,
    our_rule,
    rule_text,
)

OPT_LEVELS = ("-O0", "-O2", "-Os")
FRAME_POINTER = (("fp", "-fno-omit-frame-pointer"), ("nofp", "-fomit-frame-pointer"))
CSMITH_INCLUDE = "/usr/include/csmith"
#: keep the programs to a few hundred lines: enough variety, seconds per program
CSMITH_ARGS = ("--max-funcs", "8", "--max-block-depth", "4", "--max-expr-complexity", "6")
UBSAN_FLAGS = ("-fsanitize=undefined", "-fno-sanitize-recover=all")
OBJTOOL_61 = "/usr/lib/linux-kbuild-6.1/tools/objtool/objtool"
COLUMNS = ("pyobjtool", "objtool-walk", "objtool")


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


# -- the real objtool's ORC table -------------------------------------------------------------------------

#: ORC sp_reg (6.1) -> objtool's CFI register number; 8/9 are BP/SP_INDIRECT
_ORC_REGS = {2: 2, 3: 7, 4: 5, 5: 4, 6: 10, 7: 13}


def orc_rules(path: str) -> dict[str, list[tuple[int, tuple]]] | None:
    """Section name -> [(offset, CFA rule)] from the 6.1 ORC table objtool wrote into *path*."""
    from pyobjtool.elf.file import ElfFile
    from pyobjtool.elf.naming import reloc_target

    with open(path, "rb") as fh:
        elf = ElfFile(fh.read(), path)
    orc = elf.find_section(".orc_unwind")
    ip = elf.find_section(".orc_unwind_ip")
    if orc is None or ip is None or ip.reloc is None:
        return None
    out: dict[str, list[tuple[int, tuple]]] = {}
    data = bytes(orc.data)
    for i, rel in enumerate(ip.reloc.relocs):
        sec, offset = reloc_target(rel.sym, rel.addend)
        sp_offset, _bp_offset, bits = struct.unpack_from("<hhH", data, i * 6)
        sp_reg = bits & 0xF
        if sp_reg in _ORC_REGS:
            rule = ("reg", _ORC_REGS[sp_reg], sp_offset)
        elif sp_reg == 8:
            rule = ("deref", 5, sp_offset)
        elif sp_reg == 9:
            rule = ("deref", 4, sp_offset)
        else:
            rule = ("undefined",)
        out.setdefault(sec.name, []).append((offset, rule))
    for rows in out.values():
        rows.sort(key=lambda row: row[0])
    return out


def _orc_rule_at(rows: list[tuple[int, tuple]] | None, offset: int):
    import bisect

    if not rows:
        return None
    pos = bisect.bisect_right(rows, offset, key=lambda row: row[0]) - 1
    return rows[pos][1] if pos >= 0 else None


def run_objtool(objtool: str, obj: Path) -> dict | None:
    copy = obj.with_suffix(".objtool.o")
    shutil.copyfile(obj, copy)
    subprocess.run([objtool, "--orc", str(copy)], capture_output=True)
    try:
        return orc_rules(str(copy))
    finally:
        copy.unlink()


# -- one object -------------------------------------------------------------------------------------------

def _verdicts(path: str, checks: set[str]):
    """{(section, offset): (agree, instruction, our rule, their rule)} on the object's boundaries."""
    from pyobjtool.analyses.context import AnalysisContext
    from pyobjtool.arch.insn import NOP, TRAP
    from pyobjtool.dwarf.cfi import read_frames
    from pyobjtool.elf.file import ElfFile
    from pyobjtool.options import Options
    from pyobjtool.output.diagnostics import Reporter

    with open(path, "rb") as fh:
        elf = ElfFile(fh.read(), path)
    ctx = AnalysisContext(elf, Options(extra_checks=checks), Reporter(path))
    file = ctx.decoded_file()
    _source, fdes = read_frames(elf)
    follow_paths(ctx, file)
    out = {}
    for insn, theirs in described(file, fdes):
        if insn.type == NOP or insn.type == TRAP:
            continue  # padding
        ours = our_rule(insn)
        out[(insn.sec.name, insn.offset)] = (agrees(insn, ours, theirs), insn, ours, theirs)
    return out


def measure(obj: Path, objtool: str | None) -> tuple[list[int], list[str]]:
    """([boundaries, pyobjtool agree, differ, unreached, objtool-walk agree, objtool agree], samples)."""
    ours = _verdicts(str(obj), {"eh-frame", "noreturn"})
    walk = _verdicts(str(obj), {"eh-frame"})
    orc = run_objtool(objtool, obj) if objtool else None
    counts = [len(walk), 0, 0, 0, 0, 0]
    samples = []
    for key, (ok, _insn, rule, theirs) in walk.items():
        counts[4] += ok
        if orc is not None:
            real = _orc_rule_at(orc.get(key[0]), key[1])
            counts[5] += (real == rule and ok) or (real is not None and real == theirs)
        mine = ours.get(key)
        if mine is None or mine[0]:
            counts[1] += mine is not None
            continue
        if mine[2] is None:
            counts[3] += 1
            samples.append(f"{obj.name}: {key[0]}+0x{key[1]:x}: not reached")
        else:
            counts[2] += 1
            samples.append(f"{obj.name}: {key[0]}+0x{key[1]:x}: ours {rule_text(mine[2])}, "
                           f".eh_frame {rule_text(mine[3])}")
    return counts, samples[:3]


def one_program(seed: int, workdir: str, csmith_args: tuple[str, ...] = CSMITH_ARGS,
                extra_flags: tuple[str, ...] = (), objtool: str | None = None) -> dict[str, tuple[list[int], list[str]]]:
    work = Path(workdir)
    src = generate(seed, work, csmith_args)
    out = {}
    for name, flags in settings():
        obj = work / f"p{seed}{name.replace(' ', '').replace('-', '_')}.o"
        out[name] = measure(compile_object(src, [*flags, *extra_flags], obj), objtool)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10, help="number of csmith programs (default 10)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=1, help="first csmith seed (default 1)")
    ap.add_argument("--show", type=int, default=5, help="print up to this many disagreements")
    ap.add_argument("--keep", help="keep sources and objects in this folder")
    ap.add_argument("--ubsan", action="store_true", help="build with " + " ".join(UBSAN_FLAGS))
    ap.add_argument("--objtool", default=OBJTOOL_61,
                    help=f"the real objtool 6.1 (default {OBJTOOL_61}; 'none': leave it out)")
    ap.add_argument("--csmith-args", default=" ".join(CSMITH_ARGS),
                    help=f"csmith options (default: {' '.join(CSMITH_ARGS)!r}; '' for csmith's defaults)")
    args = ap.parse_args(argv)
    if shutil.which("csmith") is None:
        print("csmith is not installed (Debian: apt-get install csmith libcsmith-dev)", file=sys.stderr)
        return 1
    objtool = args.objtool if args.objtool != "none" and os.access(args.objtool, os.X_OK) else None

    workdir = args.keep or tempfile.mkdtemp(prefix="eh_frame_agreement.")
    os.makedirs(workdir, exist_ok=True)
    start = time.perf_counter()
    totals = {name: [0] * 6 for name, _ in settings()}
    samples: list[str] = []
    seeds = range(args.seed, args.seed + args.n)
    extra = UBSAN_FLAGS if args.ubsan else ()
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        csmith_args = tuple(args.csmith_args.split())
        for per_setting in pool.map(one_program, seeds, [workdir] * args.n, [csmith_args] * args.n,
                                    [extra] * args.n, [objtool] * args.n):
            for name, (counts, lines) in per_setting.items():
                totals[name] = [a + b for a, b in zip(totals[name], counts, strict=True)]
                samples.extend(lines)
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)

    kind = "csmith programs" + (" with UBSAN (" + " ".join(UBSAN_FLAGS) + ")" if args.ubsan else "")
    print(f"{args.n} {kind} (seeds {args.seed}..{args.seed + args.n - 1}), {time.perf_counter() - start:.1f} s")
    print("boundaries: instructions .eh_frame covers, NOP/int3 padding left out; agreement: the same CFA")
    print(f"{'setting':<12} {'boundaries':>10} {'differ':>8} {'unreached':>9} {'pyobjtool':>10} "
          f"{'objtool-walk':>12} {'objtool':>10}")
    grand = [0] * 6
    for name, counts in [*totals.items(), ("all", None)]:
        if counts is None:
            counts = grand
        else:
            grand = [a + b for a, b in zip(grand, counts, strict=True)]
        total = counts[0]
        real = _rate(counts[5], total) if objtool else "-"
        print(f"{name:<12} {total:>10} {counts[2]:>8} {counts[3]:>9} {_rate(counts[1], total):>10} "
              f"{_rate(counts[4], total):>12} {real:>10}")
    for line in samples[:args.show]:
        print("  " + line)
    return 0


def _rate(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.3f}%" if whole else "-"


__all__ = ["compare_path", "compile_object", "generate", "settings", "measure", "main"]

if __name__ == "__main__":
    sys.exit(main())
