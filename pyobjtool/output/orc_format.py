# SPDX-License-Identifier: GPL-2.0-only
"""The ORC unwind entry: its fields and its byte layouts.

An entry is 6 bytes: ``s16 sp_offset; s16 bp_offset;`` and a 16-bit field
holding ``sp_reg:4, bp_reg:4`` and then, depending on the kernel version,

* 6.1:  ``type:2, end:1`` with types CALL 0, REGS 1, REGS_PARTIAL 2;
* 6.12: ``type:3, signal:1`` with types UNDEFINED 0, END_OF_STACK 1, CALL 2,
  REGS 3, REGS_PARTIAL 4.

Everything that knows these layouts is in this module; the generator works
with :class:`OrcEntry` values in 6.1 terms.
"""

from __future__ import annotations

import struct
from typing import NamedTuple

ORC_ENTRY_SIZE = 6
_PACK = struct.Struct("<hhH")

# 6.1 types
ORC_TYPE_CALL = 0
ORC_TYPE_REGS = 1
ORC_TYPE_REGS_PARTIAL = 2

# 6.12 types
ORC_TYPE_612_UNDEFINED = 0
ORC_TYPE_612_END_OF_STACK = 1
ORC_TYPE_612_CALL = 2
ORC_TYPE_612_REGS = 3
ORC_TYPE_612_REGS_PARTIAL = 4

REG_NAMES = {1: "prevsp", 2: "dx", 3: "di", 4: "bp", 5: "sp", 6: "r10", 7: "r13", 8: "bp(ind)", 9: "sp(ind)"}
ORC_REG_UNDEFINED = 0
ORC_REG_BP_INDIRECT = 8
ORC_REG_SP_INDIRECT = 9


class OrcEntry(NamedTuple):
    """One ORC entry in objtool 6.1's terms (``end`` is the 6.1 end-of-stack flag)."""

    sp_offset: int
    bp_offset: int
    sp_reg: int
    bp_reg: int
    type: int
    end: int


#: all-zero entry: what objtool 6.1 writes for instructions it never reached,
#: and (with sp/bp undefined) the terminator after each section
NULL_ENTRY = OrcEntry(0, 0, 0, 0, ORC_TYPE_CALL, 0)


def encode_61(entry: OrcEntry) -> bytes:
    bits = (entry.sp_reg & 0xF) | ((entry.bp_reg & 0xF) << 4) | ((entry.type & 0x3) << 8) | ((entry.end & 1) << 10)
    return _PACK.pack(entry.sp_offset, entry.bp_offset, bits)


def decode_61(raw: bytes, offset: int = 0) -> tuple[int, int, int, int, int, int]:
    """(sp_offset, bp_offset, sp_reg, bp_reg, type, end) of the entry at *offset*."""
    sp_offset, bp_offset, bits = _PACK.unpack_from(raw, offset)
    return sp_offset, bp_offset, bits & 0xF, (bits >> 4) & 0xF, (bits >> 8) & 0x3, (bits >> 10) & 1


def encode_612(entry: OrcEntry) -> bytes:
    """The 6.12 layout of an entry with 6.1 semantics.

    Follows 6.12's init_orc_entry(): an end-of-stack entry is type
    END_OF_STACK with nothing else set; a state without a defined stack
    pointer (unreachable code, STACK_FRAME_NON_STANDARD functions, section
    terminators) is UNDEFINED, all zero; REGS entries carry the signal bit,
    as 6.12's UNWIND_HINT_REGS sets it by default.  (6.12 kernels annotate
    their asm differently, so this writes 6.1 objects in the 6.12 layout; it
    is not a 6.12 objtool.)
    """
    if entry.end:
        return _PACK.pack(0, 0, ORC_TYPE_612_END_OF_STACK << 8)
    if entry.sp_reg == ORC_REG_UNDEFINED and entry.type == ORC_TYPE_CALL:
        return _PACK.pack(0, 0, 0)
    orc_type = {ORC_TYPE_CALL: ORC_TYPE_612_CALL, ORC_TYPE_REGS: ORC_TYPE_612_REGS,
                ORC_TYPE_REGS_PARTIAL: ORC_TYPE_612_REGS_PARTIAL}[entry.type]
    signal = 1 if entry.type in (ORC_TYPE_REGS, ORC_TYPE_REGS_PARTIAL) else 0
    bits = (entry.sp_reg & 0xF) | ((entry.bp_reg & 0xF) << 4) | ((orc_type & 0x7) << 8) | (signal << 11)
    return _PACK.pack(entry.sp_offset, entry.bp_offset, bits)


def decode_612(raw: bytes, offset: int = 0) -> tuple[int, int, int, int, int, int]:
    """(sp_offset, bp_offset, sp_reg, bp_reg, type, signal) in the 6.12 layout."""
    sp_offset, bp_offset, bits = _PACK.unpack_from(raw, offset)
    return sp_offset, bp_offset, bits & 0xF, (bits >> 4) & 0xF, (bits >> 8) & 0x7, (bits >> 11) & 1


ENCODERS = {"6.1": encode_61, "6.12": encode_612}


def format_reg(reg: int, offset: int) -> str:
    """objtool's print_reg() for --dump."""
    if reg == ORC_REG_BP_INDIRECT:
        return f"(bp{offset:+d})"
    if reg == ORC_REG_SP_INDIRECT:
        return f"(sp){offset:+d}"
    if reg == ORC_REG_UNDEFINED:
        return "(und)"
    return f"{REG_NAMES.get(reg, '?')}{offset:+d}"


def format_type_61(orc_type: int) -> str:
    return {ORC_TYPE_CALL: "call", ORC_TYPE_REGS: "regs", ORC_TYPE_REGS_PARTIAL: "regs (partial)"}.get(orc_type, "?")


def format_type_612(orc_type: int) -> str:
    return {ORC_TYPE_612_UNDEFINED: "(und)", ORC_TYPE_612_END_OF_STACK: "end",
            ORC_TYPE_612_CALL: "call", ORC_TYPE_612_REGS: "regs",
            ORC_TYPE_612_REGS_PARTIAL: "regs (partial)"}.get(orc_type, "?")
