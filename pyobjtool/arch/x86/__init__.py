# SPDX-License-Identifier: GPL-2.0-only
"""x86-64: the architecture objtool's checks run on.

:data:`ARCH` implements :class:`pyobjtool.arch.base.Arch` from the modules of
this package: the decoder (``decoder``, on ``insn_decoder``: the kernel's insn.c with
the attribute tables of ``inat_tables``), the CFI register
numbering (``registers``), ORC (``orc``), special-section layouts and switch
tables (``special``), symbol classification (``symbols``) and NOP/RET bytes
(``nops``).
"""

from __future__ import annotations

from ...elf.constants import (
    EM_X86_64,
    R_X86_64_64,
    R_X86_64_MAX,
    R_X86_64_NONE,
    R_X86_64_PC32,
    R_X86_64_PLT32,
)
from ..base import Arch, RelocKinds
from . import nops, special, symbols
from .orc import LAYOUTS as ORC_LAYOUTS
from .registers import cfi_registers

U64 = (1 << 64) - 1


class X86_64(Arch):
    name = "x86-64"
    e_machine = EM_X86_64
    engine_support = True
    regs = cfi_registers()
    relocs = RelocKinds(none=R_X86_64_NONE, abs64=R_X86_64_64, pc32=R_X86_64_PC32,
                        pc_relative=frozenset((R_X86_64_PC32, R_X86_64_PLT32)), max_type=R_X86_64_MAX)
    special_entries = special.SPECIAL_ENTRIES
    special_entries_by_release = {"6.12": special.SPECIAL_ENTRIES_6_3}
    replacement_sections = frozenset((".altinstr_replacement", ".altinstr_aux"))
    alternatives_replacement = ".altinstr_replacement"
    pv_ops_tables = ("pv_ops", "xen_cpu_ops", "xen_irq_ops", "xen_mmu_ops")
    pv_ops_nops = ("_paravirt_nop", "_paravirt_ident_64")
    unwind_layouts = ORC_LAYOUTS

    def decode_section(self, data, hooks, make):
        from .decoder import decode_section

        return decode_section(data, hooks, make)

    def decode_columns(self, data, hooks, ops, ops_cache, raw=None):
        from .native_decode import decode_columns

        return decode_columns(data, hooks, ops, ops_cache, raw)

    def prefetch_decode(self, sections, release):
        from ...native import load
        from .native_decode import Prefetch

        if load("pyobjtool.arch.x86._decode") is None:
            return None
        return Prefetch(sections, release)

    def dest_reloc_offset(self, addend: int) -> int:
        # the addend is relative to the end of the 4-byte displacement (int arithmetic, as objtool)
        addend = (addend + 0x80000000) % (1 << 32) - 0x80000000
        return (addend + 4) & U64

    def nop_bytes(self, length: int) -> bytes:
        return nops.nop_bytes(length)

    def ret_bytes(self, length: int) -> bytes:
        return nops.ret_bytes(length)

    def support_alt_relocation(self, new_off: int, insn) -> bool:
        return special.support_alt_relocation(new_off, insn)

    def find_switch_table(self, file, insn):
        return special.find_switch_table(file, insn)

    def classify_symbol(self, sym, names) -> None:
        symbols.classify_symbol(sym, names)


ARCH = X86_64()
