# SPDX-License-Identifier: GPL-2.0-only
"""A small AArch64 decoder for what pyobjtool's arm64 analyses need.

AArch64 instructions are 32-bit words, and every instruction these analyses
care about (direct and indirect branches and calls, conditional branches,
compare-and-branch, test-and-branch, ``adr``/``adrp``, literal loads, the
exception-generating and hint instructions) is identified by a fixed mask and
value.  So instead of a general disassembler this module classifies a whole
section at once with numpy: one vector of words, a handful of masked
compares, and vectors of targets.  docs/arm64-decoder.md has the measurement
against capstone that made this the choice (about ten times
faster on kernel objects, same answers on the forms we use).

Everything else decodes as :data:`OTHER`, which for control flow means "falls
through to the next word".
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .. import insn as kinds

# --- instruction forms ------------------------------------------------------
OTHER = 0
B = 1
BL = 2
BCOND = 3
CBZ = 4
CBNZ = 5
TBZ = 6
TBNZ = 7
ADR = 8
ADRP = 9
LDR_LIT = 10
BR = 11
BLR = 12
RET = 13
ERET = 14
NOP = 15
BRK = 16
UDF = 17
EXC = 18  # svc / hvc / smc
HLT = 19

FORM_NAMES = ("other", "b", "bl", "b.cond", "cbz", "cbnz", "tbz", "tbnz", "adr", "adrp", "ldr", "br",
              "blr", "ret", "eret", "nop", "brk", "udf", "svc/hvc/smc", "hlt")

#: form -> arch-neutral kind (pyobjtool.arch.insn)
FORM_KIND = (
    kinds.OTHER, kinds.JUMP_UNCONDITIONAL, kinds.CALL, kinds.JUMP_CONDITIONAL, kinds.JUMP_CONDITIONAL,
    kinds.JUMP_CONDITIONAL, kinds.JUMP_CONDITIONAL, kinds.JUMP_CONDITIONAL, kinds.OTHER, kinds.OTHER,
    kinds.OTHER, kinds.JUMP_DYNAMIC, kinds.CALL_DYNAMIC, kinds.RETURN, kinds.CONTEXT_SWITCH, kinds.NOP,
    kinds.BUG, kinds.TRAP, kinds.OTHER, kinds.TRAP,
)

#: forms whose target is a code address (branches), and forms with a target at all
BRANCH_FORMS = frozenset({B, BL, BCOND, CBZ, CBNZ, TBZ, TBNZ})
TARGET_FORMS = BRANCH_FORMS | {ADR, ADRP, LDR_LIT}
#: forms after which execution does not continue with the next word
NO_FALLTHROUGH = frozenset({B, BR, RET, ERET, UDF})

#: form -> (immediate bits, scale): the reach of the PC-relative immediate
FORM_FIELD: dict[int, tuple[int, int]] = {
    B: (26, 4), BL: (26, 4), BCOND: (19, 4), CBZ: (19, 4), CBNZ: (19, 4), TBZ: (14, 4), TBNZ: (14, 4),
    ADR: (21, 1), ADRP: (21, 4096), LDR_LIT: (19, 4),
}

_NOP_WORD = 0xD503201F


@dataclass
class DecodedSection:
    """The words of one executable section with their forms and targets.

    ``target`` is an absolute address (``base`` + offset + displacement; for
    ``adrp`` the 4 KiB page) and ``disp`` the displacement the instruction
    encodes (in bytes; for ``adrp`` page delta times 4096).  Both are 0 for
    forms without a target.
    """

    base: int
    words: np.ndarray
    form: np.ndarray
    disp: np.ndarray
    target: np.ndarray

    def __len__(self) -> int:
        return len(self.words)


class Insn(NamedTuple):
    """One decoded instruction (the scalar view of :class:`DecodedSection`)."""

    word: int
    form: int
    kind: int
    #: absolute target address, or None
    target: int | None

    @property
    def name(self) -> str:
        return FORM_NAMES[self.form]


def _sext(values: np.ndarray, bits: int) -> np.ndarray:
    values = values.astype(np.int64)
    sign = np.int64(1 << (bits - 1))
    return (values ^ sign) - sign


def decode_words(data: bytes, base: int = 0) -> DecodedSection:
    """Classify every 4-byte word of *data* (a trailing partial word is ignored)."""
    count = len(data) // 4
    w = np.frombuffer(data, dtype="<u4", count=count).astype(np.int64)
    form = np.zeros(count, dtype=np.uint8)
    disp = np.zeros(count, dtype=np.int64)

    top6 = w & 0xFC000000
    imm26 = _sext(w & 0x3FFFFFF, 26) * 4
    imm19 = _sext((w >> 5) & 0x7FFFF, 19) * 4
    top8 = w & 0x7F000000

    for mask, value, code, imm in (
        (top6, 0x14000000, B, imm26),
        (top6, 0x94000000, BL, imm26),
        (w & 0xFF000000, 0x54000000, BCOND, imm19),
        (top8, 0x34000000, CBZ, imm19),
        (top8, 0x35000000, CBNZ, imm19),
    ):
        sel = mask == value
        form[sel] = code
        disp[sel] = imm[sel]

    imm14 = _sext((w >> 5) & 0x3FFF, 14) * 4
    for value, code in ((0x36000000, TBZ), (0x37000000, TBNZ)):
        sel = top8 == value
        form[sel] = code
        disp[sel] = imm14[sel]

    adr_class = w & 0x9F000000
    adr_imm = _sext((((w >> 5) & 0x7FFFF) << 2) | ((w >> 29) & 3), 21)
    sel = adr_class == 0x10000000
    form[sel] = ADR
    disp[sel] = adr_imm[sel]
    sel = adr_class == 0x90000000
    form[sel] = ADRP
    disp[sel] = adr_imm[sel] * 4096

    # ldr/ldrsw/prfm (literal), general and SIMD registers; opc=11 with V=1 is unallocated
    sel = ((w & 0x3B000000) == 0x18000000) & ~(((w >> 30) == 3) & (((w >> 26) & 1) == 1))
    form[sel] = LDR_LIT
    disp[sel] = imm19[sel]

    # unconditional branch (register): op2 must be 0b11111
    sel_reg = ((w & 0xFE000000) == 0xD6000000) & (((w >> 16) & 0x1F) == 0x1F)
    opc = (w >> 21) & 0xF
    for opcs, code in (((0, 8), BR), ((1, 9), BLR), ((2,), RET), ((4,), ERET)):
        sel = sel_reg & np.isin(opc, opcs)
        form[sel] = code

    exc = w & 0xFFE0001F
    form[w == _NOP_WORD] = NOP
    form[exc == 0xD4200000] = BRK
    form[exc == 0xD4400000] = HLT
    form[((w & 0xFFE0001C) == 0xD4000000) & ((w & 3) != 0)] = EXC
    form[(w & 0xFFFF0000) == 0] = UDF

    pcs = base + np.arange(count, dtype=np.int64) * 4
    target = np.zeros(count, dtype=np.int64)
    has = np.isin(form, list(TARGET_FORMS))
    disp[~has] = 0
    target[has] = pcs[has] + disp[has]
    adrp = form == ADRP
    target[adrp] = (pcs[adrp] & ~0xFFF) + disp[adrp]
    return DecodedSection(base, w, form, disp, target)


def decode_one(word: int, pc: int = 0) -> Insn:
    """Decode a single instruction word at address *pc*."""
    sec = decode_words(struct.pack("<I", word & 0xFFFFFFFF), pc)
    form = int(sec.form[0])
    target = int(sec.target[0]) if form in TARGET_FORMS else None
    return Insn(word & 0xFFFFFFFF, form, FORM_KIND[form], target)


def margin(form: int, disp: int) -> int:
    """Bytes left before *disp* would no longer fit the form's immediate field."""
    bits, scale = FORM_FIELD[form]
    half = (1 << (bits - 1)) * scale
    low, high = -half, half - scale
    return min(high - disp, disp - low)
