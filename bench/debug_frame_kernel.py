#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""pyobjtool's CFA against GCC's .debug_frame on every instruction of a kernel build.

Kernel objects have no ``.eh_frame``, but a build with ``CONFIG_DEBUG_INFO``
carries GCC's call-frame information in ``.debug_frame``.  For every object
of a recorded corpus (``NAME.pre.o`` and kbuild's objtool arguments in
``calls.jsonl``; build one with a copy of ``build_corpus.sh`` and DEBUG_INFO
on) this runs objtool's check as kbuild asks for it, in memory (nothing is
written), and compares the CFA at every instruction with GCC's.  Each
disagreement is put in a class that explains it (see ``classify()``); what
no class explains is printed as a finding.

    python bench/debug_frame_kernel.py ../corpus-dbg/x86-6.1-dbg [--profile 6.1] [-j 2] [--checks noreturn]
        [--show CLASS] [--json out.json]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from conformance import corpus_key, load_calls  # noqa: E402

#: classes of disagreement, in the order classify() tries them, with what explains them
CLASSES = {
    "inline-asm-push-pop": "inline asm pushes and pops (pushf; pop in local_irq_save(), sync_core()'s "
                           "iret-to-self): GCC's CFI doesn't know, objtool counts them",
    "inline-asm-stack-switch": "inline asm switches stacks (call_on_stack() for IRQ and softirq stacks): "
                               "objtool's CFA is *(rsp+off) through the saved stack pointer, GCC's rsp+off",
    "hint": "an unwind hint (UNWIND_HINT_*) sets objtool's state: asm in the C object that GCC does not describe",
    "alternative": "inside an alternative or a jump label: objtool's CFI comes from the group shared by the "
                   "variants, GCC describes only the original bytes",
    "unreached-dead": "objtool never reaches the instruction: code after a noreturn call or a dead end "
                      "(GCC still describes it)",
    "unreached-other": "objtool never reaches the instruction, for another reason",
    "ignored": "the function is STACK_FRAME_NON_STANDARD (objtool skips it)",
    "other": "not explained: a finding",
}


def _verdicts_for(path: str, args: list[str], profile_name: str, checks: tuple[str, ...]):
    """Run objtool's check on one object as kbuild does (no writing); compare with .debug_frame."""
    from pyobjtool.analyses.eh_frame import fde_insns, our_rule
    from pyobjtool.analyses.registry import engine_hooks
    from pyobjtool.arch import for_machine
    from pyobjtool.arch.insn import NOP, TRAP
    from pyobjtool.cli import OptionTable, parse_args
    from pyobjtool.dwarf.cfi import read_debug_frame
    from pyobjtool.elf.file import ElfFile
    from pyobjtool.engine.decode import link_cold_functions
    from pyobjtool.engine.objfile import CheckAborted, ObjtoolFile
    from pyobjtool.output.diagnostics import Reporter
    from pyobjtool.profiles import select

    parsed = parse_args([f"--extra-checks={','.join(checks)}"] * bool(checks) + args[:-1] + [path],
                        table=OptionTable(profile_name))
    opts = parsed.opts
    opts.profile = profile_name
    with open(path, "rb") as fh:
        elf = ElfFile(fh.read(), path)
    profile = select(profile_name)
    file = ObjtoolFile(elf, opts, Reporter(path), for_machine(elf.e_machine), profile, engine_hooks(opts))
    try:
        link_cold_functions(file)
        profile.check(file)
    except CheckAborted:
        pass
    fdes = [f for f in read_debug_frame(elf) if f.sec.is_exec]
    counts = collections.Counter()
    samples: dict[str, list] = collections.defaultdict(list)
    covered = set()
    for fde in fdes:
        for insn, theirs in fde_insns(file, fde):
            covered.add(id(insn))
            if insn.type == NOP or insn.type == TRAP:
                counts["padding"] += 1
                continue
            counts["boundaries"] += 1
            ours = our_rule(insn)
            if ours is not None and (ours == theirs or _same_address(insn, theirs)):
                counts["agree"] += 1
                continue
            cls = classify(file, insn, ours, theirs)
            counts[cls] += 1
            if len(samples[cls]) < 40:
                samples[cls].append(_describe(file, insn, ours, theirs))
    # instructions no FDE describes: asm objects and functions, replacement code
    for insn in file.insns():
        if id(insn) not in covered and insn.type != NOP and insn.type != TRAP:
            counts["no FDE: " + _no_fde_class(insn, bool(fdes))] += 1
    return counts, samples


def _same_address(insn, theirs) -> bool:
    from pyobjtool.analyses.eh_frame import _same_address as same

    return same(insn, theirs)


def _no_fde_class(insn, c_object: bool) -> str:
    if insn.sec.name.startswith(".altinstr_replacement"):
        return "alternative replacement code"
    if insn.sec.name == ".altinstr_aux":
        return ".altinstr_aux (static_cpu_has()'s run-time test, inline asm)"
    if not c_object:
        return "asm objects (.S: kernel asm has no CFI directives)"
    return "top-level asm in C objects (rethook trampoline, PV callee-save thunks, ...)"


def _in_alternative(insn) -> bool:
    return insn.alt_group is not None or bool(insn.alts)


def _hinted_before(file, insn, limit: int = 64) -> bool:
    """An unwind hint earlier in the same function (a hint sets the state of what follows)."""
    prev = insn
    for _ in range(limit):
        if prev is None or prev.func is not insn.func:
            return False
        if prev.hint:
            return True
        prev = prev.prev
    return False


def _stack_asm_before(file, insn, theirs, ours, limit: int = 64) -> bool:
    """A stack operation since which pyobjtool's CFA moved and GCC's didn't: the CFA offsets
    differ by what inline asm pushed (or the asm switched stacks)."""
    from pyobjtool.analyses.eh_frame import our_rule

    if ours is None or theirs is None or ours[0] != "reg" or theirs[0] != "reg":
        return False
    prev = insn.prev
    for _ in range(limit):
        if prev is None or prev.func is not insn.func:
            return False
        if prev.stack_ops and our_rule(prev) is not None:
            if our_rule(prev) != ours or prev.next is insn:
                return True
        prev = prev.prev
    return False


def classify(file, insn, ours, theirs) -> str:
    if insn.ignore:
        return "ignored"
    if ours is None:
        return "unreached-dead" if _after_dead_end(insn) else "unreached-other"
    if _in_alternative(insn):
        return "alternative"
    if insn.hint or _hinted_before(file, insn):
        return "hint"
    sp = file.arch.regs.sp
    if ours[0] == "deref" and ours[1] == sp and theirs is not None and theirs[:2] == ("reg", sp):
        return "inline-asm-stack-switch"
    if _stack_asm_before(file, insn, theirs, ours):
        return "inline-asm-push-pop"
    return "other"


def _after_dead_end(insn) -> bool:
    from pyobjtool.arch.insn import CALL, NOP

    prev = insn.prev
    while prev is not None and prev.sec is insn.sec and not prev.visited:
        prev = prev.prev
    if prev is None or prev.sec is not insn.sec:
        return False
    return prev.dead_end or (prev.type == CALL and prev.call_dest is not None) or prev.type == NOP


def _describe(file, insn, ours, theirs) -> str:
    from pyobjtool.analyses.eh_frame import rule_text
    from pyobjtool.output.disasm import Disassembler

    text = Disassembler(file.arch.relocs.pc_relative).text(insn.sec, insn.offset, insn.len) if not insn.fake \
        else "nop"
    where = file.reporter.offstr(insn.sec, insn.offset)
    return (f"{where}: {text}: pyobjtool {rule_text(ours) if ours else 'not reached'}, "
            f".debug_frame {rule_text(theirs) if theirs else 'none'}")


def _one(job):
    path, args, profile, checks = job
    try:
        counts, samples = _verdicts_for(path, args, profile, checks)
    except Exception as exc:  # noqa: BLE001
        return path, collections.Counter({"error": 1}), {"error": [f"{type(exc).__name__}: {exc}"]}
    return path, counts, samples


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--profile", default="6.1", choices=("6.1", "6.12"))
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--checks", default="", help="extra checks to turn on, e.g. noreturn")
    ap.add_argument("--show", action="append", default=[], help="print the samples of this class")
    ap.add_argument("--json", help="write counts and samples here")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    checks = tuple(c for c in args.checks.split(",") if c)
    jobs = [(str(corpus / (corpus_key(c) + ".pre.o")), c["args"], args.profile, checks)
            for c in load_calls(corpus) if (corpus / (corpus_key(c) + ".pre.o")).exists()]
    start = time.perf_counter()
    if args.jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            results = pool.map(_one, jobs, chunksize=2)
    else:
        results = [_one(job) for job in jobs]
    total = collections.Counter()
    samples: dict[str, list] = collections.defaultdict(list)
    per_object = {}
    for path, counts, obj_samples in results:
        total.update(counts)
        per_object[Path(path).name] = dict(counts)
        for cls, lines in obj_samples.items():
            samples[cls].extend(f"{Path(path).name}: {line}" for line in lines[:5])
    bounds = total["boundaries"]
    print(f"{len(jobs)} objects of {corpus}, objtool {args.profile} with kbuild's arguments"
          f"{' and --extra-checks=' + ','.join(checks) if checks else ''}, {time.perf_counter() - start:.1f} s")
    with_fde = sum(1 for c in per_object.values() if c.get("boundaries"))
    print(f"objects with .debug_frame FDEs: {with_fde}")
    print(f"instructions .debug_frame describes (NOP/int3 padding left out): {bounds}")
    print(f"  agree: {total['agree']} ({100.0 * total['agree'] / max(bounds, 1):.3f}%)")
    for cls, why in CLASSES.items():
        if total[cls]:
            print(f"  {cls:<18} {total[cls]:>8}  {why}")
    if total["error"]:
        print(f"  errors: {total['error']}")
    for key in sorted(k for k in total if k.startswith("no FDE: ")):
        print(f"{key}: {total[key]} instructions")
    for cls in args.show:
        print(f"\n== {cls} ==")
        for line in samples.get(cls, []):
            print("  " + line)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"total": dict(total), "objects": per_object, "samples": samples}, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
