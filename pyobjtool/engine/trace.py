# SPDX-License-Identifier: GPL-2.0-only
"""``--trace=FUNC``: the path walk through one function, as it happens.

One line per instruction the walk visits, with the call-frame state after
it whenever it changed, and one line per decision: a branch taken (the walk
then goes deeper, and its lines are indented), not taken, an alternative
followed, an instruction reached again with a state already seen, a return,
a tail call.  The idea is objtool 6.19's ``--trace``; pyobjtool offers it
for every release it behaves as.  Lines go to stderr among the warnings, so
a warning appears right where the walk finds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arch.base import CFI_BP_INDIRECT, CFI_CFA, CFI_SP_INDIRECT, CFI_UNDEFINED

if TYPE_CHECKING:
    from .instruction import Instruction
    from .objfile import ObjtoolFile


def describe_cfi(cfi, names: tuple[str, ...]) -> str:
    """``cfa=rsp+16 rbp=cfa-16``: the CFA rule and the saved callee-saved registers."""
    if cfi is None:
        return "cfa=?"
    base = cfi.cfa_base
    if base == CFI_UNDEFINED:
        text = "cfa=undef"
    elif base == CFI_SP_INDIRECT:
        text = f"cfa=(rsp){cfi.cfa_offset:+d}"
    elif base == CFI_BP_INDIRECT:
        text = f"cfa=(rbp{cfi.cfa_offset:+d})"
    else:
        text = f"cfa={_name(base, names)}{cfi.cfa_offset:+d}"
    for num, (reg_base, offset) in enumerate(cfi.regs[:len(names) - 1]):
        if reg_base == CFI_CFA:
            text += f" {names[num]}=cfa{offset:+d}"
        elif reg_base >= 0:
            text += f" {names[num]}={_name(reg_base, names)}{offset:+d}"
    if cfi.drap:
        text += f" drap={_name(cfi.drap_reg, names)}"
    if cfi.force_undefined:
        text += " (undefined region)"
    return text


def _name(num: int, names: tuple[str, ...]) -> str:
    return names[num] if 0 <= num < len(names) else f"r{num}"


class Tracer:
    """Prints the walk of one function (see the module docstring)."""

    def __init__(self, file: ObjtoolFile, name: str) -> None:
        from ..output.disasm import disassembler_for

        self.file = file
        self.name = name
        self.depth = 0
        self._names = file.arch.regs.names
        self._disasm = disassembler_for(file.elf)
        self._last_state = None

    def _line(self, insn: Instruction, text: str) -> None:
        where = self.file.reporter.offstr(insn.sec, insn.offset)
        self.file.reporter.raw(f"{where:<24} {'  ' * self.depth}{text}")

    def _insn_text(self, insn: Instruction) -> str:
        if insn.fake:
            return "nop  (padding of a shorter alternative)"
        if self._disasm is None:
            return f"insn[{insn.len}]"
        return self._disasm.text(insn.sec, insn.offset, insn.len)

    def start(self, insn: Instruction, why: str) -> None:
        self.file.reporter.raw(f"{self.file.reporter.objname}: trace: {self.name}: walk from "
                               f"{self.file.reporter.offstr(insn.sec, insn.offset)} ({why})")
        self._last_state = None

    def step(self, insn: Instruction, cfi) -> None:
        """An instruction, and the state after it if that changed."""
        text = self._insn_text(insn)
        if cfi is not self._last_state:
            self._last_state = cfi
            text = f"{text:<40} {describe_cfi(cfi, self._names)}"
        self._line(insn, text)

    def note(self, insn: Instruction, what: str) -> None:
        self._line(insn, f"  -> {what}")

    def enter(self, insn: Instruction, what: str) -> None:
        self.note(insn, what)
        self.depth += 1
        self._last_state = None

    def leave(self) -> None:
        self.depth -= 1
        self._last_state = None
