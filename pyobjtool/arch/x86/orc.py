# SPDX-License-Identifier: GPL-2.0-only
"""The x86 ORC unwind entry: register encoding, the per-release layouts, and
how a call-frame state becomes an entry (objtool's arch/x86/orc.c).

An entry is 6 bytes: ``s16 sp_offset; s16 bp_offset;`` and a 16-bit field
holding ``sp_reg:4, bp_reg:4`` and then, depending on the kernel release,

* 6.1:  ``type:2, end:1`` with types CALL 0, REGS 1, REGS_PARTIAL 2;
* 6.12: ``type:3, signal:1`` with types UNDEFINED 0, END_OF_STACK 1, CALL 2,
  REGS 3, REGS_PARTIAL 4.

A :class:`OrcLayout` turns an interned CFI state into the entry's bytes (the
generator deduplicates on bytes, as objtool compares entries with
memcmp()), decodes entries, and formats ``--dump`` lines.  The objtool
profile chooses the layout.
"""

from __future__ import annotations

import struct

from ..base import (
    CFI_BP_INDIRECT,
    CFI_CFA,
    CFI_SP_INDIRECT,
    CFI_UNDEFINED,
    UnwindEntryError,
    UnwindLayout,
)
from .registers import CFI_BP, CFI_DI, CFI_DX, CFI_R10, CFI_R13, CFI_SP

ORC_ENTRY_SIZE = 6
_PACK = struct.Struct("<hhH")

# ORC register encoding (asm/orc_types.h)
ORC_REG_UNDEFINED = 0
ORC_REG_PREV_SP = 1
ORC_REG_DX = 2
ORC_REG_DI = 3
ORC_REG_BP = 4
ORC_REG_SP = 5
ORC_REG_R10 = 6
ORC_REG_R13 = 7
ORC_REG_BP_INDIRECT = 8
ORC_REG_SP_INDIRECT = 9

#: ``--dump`` names of the registers (print_reg())
REG_NAMES = {ORC_REG_PREV_SP: "prevsp", ORC_REG_DX: "dx", ORC_REG_DI: "di", ORC_REG_BP: "bp",
             ORC_REG_SP: "sp", ORC_REG_R10: "r10", ORC_REG_R13: "r13", ORC_REG_BP_INDIRECT: "bp(ind)",
             ORC_REG_SP_INDIRECT: "sp(ind)"}

#: unwind hint sp_reg (ORC encoding) -> CFI base (arch_decode_hint_reg())
HINT_REG_TO_CFI = {
    ORC_REG_UNDEFINED: CFI_UNDEFINED,
    ORC_REG_SP: CFI_SP,
    ORC_REG_BP: CFI_BP,
    ORC_REG_SP_INDIRECT: CFI_SP_INDIRECT,
    ORC_REG_R10: CFI_R10,
    ORC_REG_R13: CFI_R13,
    ORC_REG_DI: CFI_DI,
    ORC_REG_DX: CFI_DX,
}

#: CFA base (CFI numbering) -> ORC sp_reg
CFA_BASE_TO_ORC = {
    CFI_SP: ORC_REG_SP,
    CFI_SP_INDIRECT: ORC_REG_SP_INDIRECT,
    CFI_BP: ORC_REG_BP,
    CFI_BP_INDIRECT: ORC_REG_BP_INDIRECT,
    CFI_R10: ORC_REG_R10,
    CFI_R13: ORC_REG_R13,
    CFI_DI: ORC_REG_DI,
    CFI_DX: ORC_REG_DX,
}

#: where the caller's frame pointer was saved -> ORC bp_reg
_BP_BASE_TO_ORC = {CFI_UNDEFINED: ORC_REG_UNDEFINED, CFI_CFA: ORC_REG_PREV_SP, CFI_BP: ORC_REG_BP}


def format_reg(reg: int, offset: int) -> str:
    """objtool's print_reg() for --dump."""
    if reg == ORC_REG_BP_INDIRECT:
        return f"(bp{offset:+d})"
    if reg == ORC_REG_SP_INDIRECT:
        return f"(sp){offset:+d}"
    if reg == ORC_REG_UNDEFINED:
        return "(und)"
    return f"{REG_NAMES.get(reg, '?')}{offset:+d}"


def _s16(value: int) -> int:
    return (value + 0x8000) % 0x10000 - 0x8000


def _regs(cfi) -> tuple[int, int, int, int]:
    """(sp_reg, bp_reg, sp_offset, bp_offset) of a state with a defined CFA."""
    sp_reg = CFA_BASE_TO_ORC.get(cfi.cfa_base)
    if sp_reg is None:
        raise UnwindEntryError(f"unknown CFA base reg {cfi.cfa_base}")
    bp_base, bp_offset = cfi.regs[CFI_BP]
    bp_reg = _BP_BASE_TO_ORC.get(bp_base)
    if bp_reg is None:
        raise UnwindEntryError(f"unknown BP base reg {bp_base}")
    return sp_reg, bp_reg, _s16(cfi.cfa_offset), _s16(bp_offset)


class OrcLayout(UnwindLayout):
    """One release's ORC entry layout and its init_orc_entry() rules."""

    #: objtool writes zeroes for instructions no path reached
    null = b"\0" * ORC_ENTRY_SIZE
    #: and for the terminator after each section (sp and bp undefined)
    terminator = b"\0" * ORC_ENTRY_SIZE

    def decode(self, raw, offset: int = 0) -> tuple[int, int, int, int, int, int]:
        """(sp_offset, bp_offset, sp_reg, bp_reg, type, flag) of the entry at *offset*."""
        raise NotImplementedError

    def type_name(self, orc_type: int) -> str:
        raise NotImplementedError

    def dump_line(self, head: str, raw, offset: int) -> str:
        sp_offset, bp_offset, sp_reg, bp_reg, orc_type, flag = self.decode(raw, offset)
        regs = f"sp:{format_reg(sp_reg, sp_offset)} bp:{format_reg(bp_reg, bp_offset)}"
        return f"{head} {regs} type:{self.type_name(orc_type)} {self.flag_name}:{flag}"


class OrcLayout61(OrcLayout):
    """Linux 6.1: ``type:2, end:1``; an undefined CFA is an all-zero CALL entry."""

    name = "6.1"
    flag_name = "end"
    _TYPES = ("call", "regs", "regs (partial)")

    def entry(self, cfi) -> bytes:
        end = 1 if cfi.end else 0
        if cfi.cfa_base == CFI_UNDEFINED:
            return _PACK.pack(0, 0, end << 10)
        sp_reg, bp_reg, sp_offset, bp_offset = _regs(cfi)
        return _PACK.pack(sp_offset, bp_offset, sp_reg | (bp_reg << 4) | ((cfi.type & 3) << 8) | (end << 10))

    def decode(self, raw, offset: int = 0) -> tuple[int, int, int, int, int, int]:
        sp_offset, bp_offset, bits = _PACK.unpack_from(raw, offset)
        return sp_offset, bp_offset, bits & 0xF, (bits >> 4) & 0xF, (bits >> 8) & 0x3, (bits >> 10) & 1

    def type_name(self, orc_type: int) -> str:
        return self._TYPES[orc_type] if orc_type < len(self._TYPES) else "?"


class OrcLayout612(OrcLayout):
    """Linux 6.3 and later (6.12): ``type:3, signal:1``; the entry's type is the state's
    unwind-hint type, which has the same numbers (6.12's arch/x86/orc.c).

    An UNDEFINED state is all zero, an END_OF_STACK one carries only its type;
    a CALL/REGS/REGS_PARTIAL state must have a defined CFA (no defined CFA is
    an error, not an undefined entry as in 6.1).
    """

    name = "6.12"
    flag_name = "signal"
    UNDEFINED, END_OF_STACK, CALL, REGS, REGS_PARTIAL = range(5)
    _TYPES = ("(und)", "end", "call", "regs", "regs (partial)")

    def entry(self, cfi) -> bytes:
        orc_type = cfi.type
        if orc_type == self.UNDEFINED:
            return _PACK.pack(0, 0, 0)
        if orc_type == self.END_OF_STACK:
            return _PACK.pack(0, 0, self.END_OF_STACK << 8)
        if orc_type > self.REGS_PARTIAL:
            raise UnwindEntryError(f"unknown unwind hint type {orc_type}")
        signal = 1 if cfi.end else 0
        sp_reg, bp_reg, sp_offset, bp_offset = _regs(cfi)
        return _PACK.pack(sp_offset, bp_offset, sp_reg | (bp_reg << 4) | (orc_type << 8) | (signal << 11))

    def decode(self, raw, offset: int = 0) -> tuple[int, int, int, int, int, int]:
        sp_offset, bp_offset, bits = _PACK.unpack_from(raw, offset)
        return sp_offset, bp_offset, bits & 0xF, (bits >> 4) & 0xF, (bits >> 8) & 0x7, (bits >> 11) & 1

    def type_name(self, orc_type: int) -> str:
        return self._TYPES[orc_type] if orc_type < len(self._TYPES) else "?"

    def dump_line(self, head: str, raw, offset: int) -> str:
        # 6.12's orc_print_dump() puts the type first, right after the address's colon
        sp_offset, bp_offset, sp_reg, bp_reg, orc_type, flag = self.decode(raw, offset)
        return (f"{head}type:{self.type_name(orc_type)} sp:{format_reg(sp_reg, sp_offset)} "
                f"bp:{format_reg(bp_reg, bp_offset)} {self.flag_name}:{flag}")


ORC_6_1 = OrcLayout61()
ORC_6_12 = OrcLayout612()
LAYOUTS: dict[str, UnwindLayout] = {layout.name: layout for layout in (ORC_6_1, ORC_6_12)}
