# SPDX-License-Identifier: GPL-2.0-only
"""Instructions as a kernel developer reads them: AT&T syntax, relocations resolved.

In a relocatable object every reference to another function or variable is
a zero in the code plus a relocation, so a plain disassembler prints
``mov 0x0(%rip),%rbp`` and ``call 0x5``.  This names the target the way the
source does: ``mov guest_rbp(%rip),%rbp``, ``call other_func``,
``mov $sym+0x10,%rdi``.  For PC-relative relocations the displayed target
is where the instruction ends up pointing (the addend compensates for the
distance between the field and the end of the instruction).

iced-x86 formats the operands (GNU as syntax); only messages, traces and
reports use this module, so it stays off the checker's hot path.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..elf.constants import STT_SECTION
from ..elf.naming import describe

if TYPE_CHECKING:
    from ..elf.file import ElfFile
    from ..elf.model import Section

_MEMORY = re.compile(r"^(?P<seg>%\w+:)?(?P<disp>-?0x[0-9a-f]+|-?\d+)?(?P<regs>\(.*\))?$")


class Disassembler:
    """Formats instructions of one object (decoding each on demand)."""

    def __init__(self, pc_relative: frozenset[int]) -> None:
        import iced_x86 as ix

        self._ix = ix
        self.pc_relative = pc_relative
        fmt = ix.Formatter(ix.FormatterSyntax.GAS)
        fmt.rip_relative_addresses = True
        fmt.uppercase_hex = False
        fmt.branch_leading_zeros = False
        fmt.space_after_operand_separator = False
        fmt.small_hex_numbers_in_decimal = False
        self._fmt = fmt
        self._branch_kinds = {ix.OpKind.NEAR_BRANCH16, ix.OpKind.NEAR_BRANCH32, ix.OpKind.NEAR_BRANCH64}
        self._memory = ix.OpKind.MEMORY

    def text(self, sec: Section, offset: int, length: int) -> str:
        """The instruction at *offset* of *sec*, e.g. ``mov guest_rbp(%rip),%rbp``."""
        ix = self._ix
        data = bytes((sec.data or b"")[offset:offset + length])
        decoder = ix.Decoder(64, data, ip=offset)
        insn = decoder.decode()
        if insn.code == ix.Code.INVALID:
            return "(bad)"
        fmt = self._fmt
        operands = [fmt.format_operand(insn, i) for i in range(fmt.operand_count(insn))]
        relocs = self._relocs(sec, offset, length)
        if relocs:
            consts = decoder.get_constant_offsets(insn)
            for rel in relocs:
                self._substitute(insn, operands, consts, rel, offset, length)
        else:
            self._name_local_targets(insn, operands, sec)
        mnemonic = fmt.format_mnemonic(insn)
        return f"{mnemonic} {','.join(operands)}" if operands else mnemonic

    def _relocs(self, sec: Section, offset: int, length: int) -> list:
        rsec = sec.reloc
        if rsec is None or rsec.relocs is None:
            return []
        table = rsec.relocs
        out = []
        at = offset
        while at < offset + length:
            rel = table.find_in_range(at, offset + length - at)
            if rel is None:
                break
            out.append(rel)
            at = rel.offset + 1
        return out

    def _substitute(self, insn, operands: list[str], consts, rel, offset: int, length: int) -> None:
        field = rel.offset - offset
        target = self._target(rel, offset + length)
        fmt = self._fmt
        for fmt_index in range(len(operands)):
            op = fmt.get_instruction_operand(insn, fmt_index)
            if op is None:
                continue
            kind = insn.op_kind(op)
            if kind == self._memory and consts.has_displacement and field == consts.displacement_offset:
                match = _MEMORY.match(operands[fmt_index])
                if match is not None:
                    operands[fmt_index] = f"{match['seg'] or ''}{target}{match['regs'] or ''}"
                return
            if consts.has_immediate and field == consts.immediate_offset:
                if kind in self._branch_kinds:
                    operands[fmt_index] = target
                    return
                if kind != self._memory:
                    operands[fmt_index] = "$" + target
                    return

    def _name_local_targets(self, insn, operands: list[str], sec: Section) -> None:
        """Branches and RIP-relative operands the assembler resolved within the section."""
        fmt = self._fmt
        for fmt_index in range(len(operands)):
            op = fmt.get_instruction_operand(insn, fmt_index)
            if op is None:
                continue
            kind = insn.op_kind(op)
            if kind in self._branch_kinds:
                operands[fmt_index] = describe(sec, insn.near_branch_target)
            elif kind == self._memory and insn.is_ip_rel_memory_operand:
                match = _MEMORY.match(operands[fmt_index])
                if match is not None:
                    target = describe(sec, insn.ip_rel_memory_address)
                    operands[fmt_index] = f"{match['seg'] or ''}{target}{match['regs'] or ''}"

    def _target(self, rel, insn_end: int) -> str:
        """The symbol expression a relocation stands for (at the instruction's end for PC-relative ones)."""
        sym = rel.sym
        addend = rel.addend
        if rel.type in self.pc_relative:
            addend += insn_end - rel.offset
        if sym.type == STT_SECTION and sym.sec.idx:
            return describe(sym.sec, sym.offset + addend)
        if not addend:
            return sym.name
        return f"{sym.name}{addend:+#x}"


def disassembler_for(elf: ElfFile) -> Disassembler | None:
    """A disassembler for x86-64 objects (None for other architectures)."""
    from ..arch import for_machine

    arch = for_machine(elf.e_machine)
    if arch is None or arch.name != "x86-64":
        return None
    return Disassembler(arch.relocs.pc_relative)
