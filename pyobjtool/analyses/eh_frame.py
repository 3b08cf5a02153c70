# SPDX-License-Identifier: GPL-2.0-only
"""eh-frame: compare pyobjtool's CFA with the compiler's own ``.eh_frame``.

An object built without ``-fno-asynchronous-unwind-tables`` carries GCC's
DWARF call-frame information: the CFA (canonical frame address: a register
plus an offset, or ``*(reg+off)`` for realigned DRAP frames) at every
instruction.  pyobjtool computes the same thing by following every path (the
state that becomes ORC).  The two were made independently, so each
difference is either a compiler bug or, far more likely, a case objtool's
stack model gets wrong.  The check reports every instruction where they
differ, and once per function the instructions the compiler describes but
pyobjtool never reached.

It works on the object alone (``pyobjtool --extra-checks=eh-frame foo.o``):
when objtool's own check did not follow the paths (no ``--orc``,
``--stackval`` or ``--uaccess``), it runs the path walk itself, with
objtool's warnings from that walk kept out of the output, and writes
nothing.

Kernel objects have no ``.eh_frame`` (kbuild passes
``-fno-asynchronous-unwind-tables``), but with ``CONFIG_DEBUG_INFO`` GCC
writes the same information to ``.debug_frame``: without ``.eh_frame`` the
check compares with that.  Objects with neither are skipped silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arch.base import CFI_BP_INDIRECT, CFI_CFA, CFI_SP_INDIRECT, CFI_UNDEFINED
from ..arch.insn import NOP, TRAP
from ..arch.x86.registers import CFI_BP, CFI_SP, DWARF_TO_CFI, REG_NAMES
from ..dwarf.cfi import FDE, CFIError, Rule, read_frames
from .x86_object import x86_file

if TYPE_CHECKING:
    from ..engine.instruction import Instruction
    from ..engine.objfile import ObjtoolFile
    from .context import AnalysisContext

CHECK = "eh-frame"


class Comparison:
    """Per-instruction agreement between pyobjtool's CFA and ``.eh_frame``."""

    def __init__(self, source: str = ".eh_frame") -> None:
        #: the section compared with: ``.eh_frame``, or ``.debug_frame`` (kernel objects with debug info)
        self.source = source
        self.matched = 0
        #: (instruction, pyobjtool's rule, .eh_frame's rule)
        self.mismatches: list[tuple[Instruction, Rule, Rule]] = []
        #: per FDE: the instructions it covers that pyobjtool has no CFA for
        self.uncovered: list[tuple[FDE, list[Instruction]]] = []

    @property
    def boundaries(self) -> int:
        return self.matched + len(self.mismatches) + sum(len(insns) for _, insns in self.uncovered)


def our_rule(insn: Instruction) -> Rule | None:
    """pyobjtool's CFA at *insn* as a rule, None if the path walk never reached it."""
    cfi = insn.cfi
    if cfi is None or not insn.visited:
        return None
    base = cfi.cfa_base
    if base == CFI_UNDEFINED:
        return ("undefined",)
    if base == CFI_SP_INDIRECT:
        return ("deref", CFI_SP, cfi.cfa_offset)
    if base == CFI_BP_INDIRECT:
        return ("deref", CFI_BP, cfi.cfa_offset)
    return ("reg", base, cfi.cfa_offset)


def rule_text(rule: Rule) -> str:
    def reg(num: int) -> str:
        return REG_NAMES[num] if 0 <= num < len(REG_NAMES) else f"DWARF register {-100 - num}"

    if rule[0] == "reg":
        return f"{reg(rule[1])}{rule[2]:+d}"
    if rule[0] == "deref":
        return f"*({reg(rule[1])}{rule[2]:+d})"
    if rule[0] == "expr":
        return f"a DWARF expression ({rule[1].hex()})"
    return "undefined"


def follow_paths(ctx: AnalysisContext, file: ObjtoolFile) -> None:
    """Give every reachable instruction its CFI, unless objtool's check already did."""
    from ..engine.objfile import CheckAborted
    from ..engine.validate import BranchValidator
    from ..output.diagnostics import Reporter

    opts = ctx.opts
    if (opts.any_action() and (opts.stackval or opts.orc or opts.uaccess)) or ctx.shared.get("cfi-walked"):
        return
    ctx.shared["cfi-walked"] = True
    saved = file.reporter
    file.reporter = Reporter(saved.objname)  # the walk's objtool warnings are not this check's output
    try:
        validator = BranchValidator(file)
        validator.validate_functions()
        validator.validate_unwind_hints(None)
    except CheckAborted:
        pass
    finally:
        file.reporter = saved


def in_cfi_numbers(rule: Rule | None) -> Rule | None:
    """A rule read from DWARF with its register in objtool's CFI numbering
    (registers objtool does not track become ``-100 - dwarf_number``)."""
    if rule is None or rule[0] not in ("reg", "deref"):
        return rule
    return (rule[0], DWARF_TO_CFI.get(rule[1], -100 - rule[1]), rule[2])


def _same_address(insn: Instruction, theirs: Rule | None) -> bool:
    """The two rules name different registers that hold the same address.

    Right after ``lea 0x8(%rsp),%r10`` (the start of a DRAP frame) GCC already
    says "CFA = r10", while objtool still says "CFA = rsp+8" and only
    remembers that r10 holds CFA+0; both are right.
    """
    if theirs is None or theirs[0] != "reg" or not 0 <= theirs[1] < 16:
        return False
    return insn.cfi.vals[theirs[1]] == (CFI_CFA, -theirs[2])


def agrees(insn: Instruction, ours: Rule | None, theirs: Rule | None) -> bool:
    """pyobjtool's rule *ours* (None: not reached) says what the compiler's *theirs* says."""
    return ours is not None and (ours == theirs or _same_address(insn, theirs))


def fde_insns(file: ObjtoolFile, fde: FDE):
    """(instruction, the compiler's rule in CFI numbering) for every instruction *fde* covers."""
    insn = file.find_insn(fde.sec, fde.start)
    end = fde.start + fde.size
    rows = fde.rows
    row = -1
    rule = None
    while insn is not None and insn.sec is fde.sec and insn.offset < end:
        while row + 1 < len(rows) and rows[row + 1][0] <= insn.offset:
            row += 1
            rule = in_cfi_numbers(rows[row][1])
        yield insn, rule
        insn = insn.next


def described(file: ObjtoolFile, fdes: list[FDE]):
    """(instruction, the compiler's rule) for every instruction of an executable section an FDE covers."""
    for fde in fdes:
        if fde.sec.is_exec:
            yield from fde_insns(file, fde)


def compare(file: ObjtoolFile, fdes: list[FDE], source: str = ".eh_frame") -> Comparison:
    result = Comparison(source)
    for fde in fdes:
        if not fde.sec.is_exec:
            continue
        missing = []
        for insn, theirs in fde_insns(file, fde):
            ours = our_rule(insn)
            if ours is None:
                if insn.type != NOP and insn.type != TRAP and not insn.ignore:
                    missing.append(insn)  # (unreached padding is not worth a word, as in objtool)
            elif ours == theirs or _same_address(insn, theirs):
                result.matched += 1
            else:
                result.mismatches.append((insn, ours, theirs))
        if missing:
            result.uncovered.append((fde, missing))
    return result


def cross_check(ctx: AnalysisContext) -> Comparison | None:
    """Read ``.eh_frame`` (or ``.debug_frame``), follow the paths if needed, compare; None
    without either."""
    file = x86_file(ctx, CHECK)
    if file is None:
        return None
    try:
        source, fdes = read_frames(file.elf)
    except CFIError as exc:
        ctx.reporter.warn(f"can't cross-check the compiler's CFI: {exc}", check=CHECK)
        return None
    if not fdes:
        return None
    follow_paths(ctx, file)
    return compare(file, fdes, source)


def run(ctx: AnalysisContext) -> None:
    result = cross_check(ctx)
    if result is None:
        return
    reporter = ctx.reporter
    source = result.source
    for insn, ours, theirs in result.mismatches:
        reporter.warn_func(f"CFA differs from the compiler's {source}: pyobjtool has {rule_text(ours)}, "
                           f"{source} has {rule_text(theirs)}", insn.sec, insn.offset, check=CHECK)
    for _fde, insns in result.uncovered:
        first = insns[0]
        reporter.warn_func(f"no pyobjtool CFA for {len(insns)} instruction{'s' if len(insns) != 1 else ''} "
                           f"that {source} describes (never reached by the path walk)",
                           first.sec, first.offset, check=CHECK)


def compare_path(path: str, checks: tuple[str, ...] = ()) -> Comparison | None:
    """Cross-check one object file without a run of the command (for benchmarks and tests);
    *checks* are further extra checks to turn on (``("noreturn",)``: with the inferred
    noreturn functions, as ``--extra-checks=eh-frame,noreturn``)."""
    from ..elf.file import ElfFile
    from ..options import Options
    from ..output.diagnostics import Reporter
    from .context import AnalysisContext

    with open(path, "rb") as fh:
        elf = ElfFile(fh.read(), path)
    ctx = AnalysisContext(elf, Options(extra_checks={CHECK, *checks}), Reporter(path))
    return cross_check(ctx)
