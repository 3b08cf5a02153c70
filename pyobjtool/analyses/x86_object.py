# SPDX-License-Identifier: GPL-2.0-only
"""What the x86-64 extra checks share about the object: the decoded instruction
list, iced-x86's view of single instructions, and the kernel's side tables
(exception table, ``unreachable()`` annotations) that they read.

The checks run after objtool's passes (or alone).  They read the engine's
:class:`~pyobjtool.check.objfile.ObjtoolFile` but never change what objtool
would print; they only add warnings of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iced_x86 import (
    Decoder,
    InstructionInfoFactory,
    OpAccess,
    Register,
    RegisterInfo,
)
from iced_x86 import Instruction as IcedInstruction

from ..elf.constants import EM_X86_64, ET_REL
from ..elf.naming import reloc_target

if TYPE_CHECKING:
    from ..engine.instruction import Instruction
    from ..engine.objfile import ObjtoolFile
    from .context import AnalysisContext

_WRITE_ACCESS = frozenset((OpAccess.WRITE, OpAccess.COND_WRITE, OpAccess.READ_WRITE,
                           OpAccess.READ_COND_WRITE))
_FIRST_GPR = Register.RAX
#: iced orders RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8..R15 like objtool's CFI numbers
_GPR_COUNT = 16
_FACTORY = InstructionInfoFactory()


def x86_file(ctx: AnalysisContext, check: str) -> ObjtoolFile | None:
    """The decoded object for an x86-64 extra check, or None when there is none.

    Other inputs (arm64 objects, linked images) get one warning for all
    x86-64 checks of the run, so that ``--extra-checks=all`` on a mixed batch
    says once per object why it did nothing.
    """
    from ..engine.objfile import CheckAborted

    elf = ctx.elf
    if elf.e_machine != EM_X86_64 or elf.e_type != ET_REL:
        if not ctx.shared.get("x86-skip-warned"):
            ctx.shared["x86-skip-warned"] = True
            ctx.reporter.warn("extra checks need an x86-64 relocatable object: skipped", check=check)
        return None
    try:
        return ctx.decoded_file()
    except CheckAborted:
        return None  # the engine already said why


def gpr_number(reg: int) -> int | None:
    """objtool's CFI number (0 rax .. 15 r15) of a general-purpose register of any width."""
    full = reg_full(reg)
    idx = full - _FIRST_GPR
    return idx if 0 <= idx < _GPR_COUNT else None


def reg_full(reg: int) -> int:
    return RegisterInfo(reg).full_register if reg != Register.NONE else Register.NONE


def is_gpr64(reg: int) -> bool:
    return 0 <= reg - _FIRST_GPR < _GPR_COUNT


class IcedView:
    """iced-x86 decodes of the engine's instructions, made on first use.

    The engine keeps only what objtool's checker needs (kind, stack
    operations); the extra checks need operands and the full set of
    registers an instruction writes, which iced's InstructionInfo gives.
    """

    def __init__(self) -> None:
        self._cache: dict[Instruction, IcedInstruction] = {}
        self._writes: dict[Instruction, frozenset[int]] = {}
        self._disasm = None

    def get(self, insn: Instruction) -> IcedInstruction:
        ins = self._cache.get(insn)
        if ins is None:
            data = bytes(insn.sec.data[insn.offset:insn.offset + insn.len]) if not insn.fake else b"\x90"
            ins = Decoder(64, data, ip=insn.offset).decode()
            self._cache[insn] = ins
        return ins

    def written_gprs(self, insn: Instruction) -> frozenset[int]:
        """The general-purpose registers (CFI numbers) the instruction may write."""
        regs = self._writes.get(insn)
        if regs is None:
            info = _FACTORY.info(self.get(insn))
            out = set()
            for used in info.used_registers():
                if used.access in _WRITE_ACCESS:
                    num = gpr_number(used.register)
                    if num is not None:
                        out.add(num)
            regs = self._writes[insn] = frozenset(out)
        return regs

    def memory_writes(self, insn: Instruction) -> list:
        """iced UsedMemory records the instruction writes (base, displacement, size)."""
        info = _FACTORY.info(self.get(insn))
        return [m for m in info.used_memory() if m.access in _WRITE_ACCESS]

    def text(self, insn: Instruction) -> str:
        """The instruction as objdump-style AT&T text with its relocations named
        (``mov guest_rbp(%rip),%rbp``), for messages."""
        if insn.fake:
            return "nop"
        if self._disasm is None:
            from ..arch.x86 import ARCH
            from ..output.disasm import Disassembler

            self._disasm = Disassembler(ARCH.relocs.pc_relative)
        return self._disasm.text(insn.sec, insn.offset, insn.len)


def insn_location(file: ObjtoolFile, insn: Instruction) -> str:
    """``func+0xoff`` (objtool's offstr()) for use inside a message."""
    return file.reporter.offstr(insn.sec, insn.offset)


def extable_sites(file: ObjtoolFile) -> set[tuple[int, int]]:
    """(section index, offset) of every instruction with an exception-table entry
    (the relocation of an entry's first field names the faulting instruction)."""
    layout = file.arch.special_entry(file.profile.version, "__ex_table")
    sec = file.elf.find_section(layout.sec)
    if sec is None or sec.reloc is None:
        return set()
    sites = set()
    for rel in sec.reloc.relocs:
        if rel.offset % layout.size == layout.orig:
            tsec, off = reloc_target(rel.sym, rel.addend)
            sites.add((tsec.idx, off))
    return sites
