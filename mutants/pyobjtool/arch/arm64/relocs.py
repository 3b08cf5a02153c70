# SPDX-License-Identifier: GPL-2.0-only
"""AArch64 ELF relocation types (from the AArch64 ELF ABI; the kernel's
arch/arm64/include/asm/elf.h has the same numbers) and the ranges of the ones
that are resolved into a limited-width instruction field.

They live here rather than in :mod:`pyobjtool.elf.constants` because only the
arm64 analyses use them.
"""

from __future__ import annotations

from typing import NamedTuple

R_AARCH64_NONE = 0
R_AARCH64_NONE_ALT = 256  # what the kernel headers call R_AARCH64_NONE
R_AARCH64_ABS64 = 257
R_AARCH64_ABS32 = 258
R_AARCH64_ABS16 = 259
R_AARCH64_PREL64 = 260
R_AARCH64_PREL32 = 261
R_AARCH64_PREL16 = 262
R_AARCH64_MOVW_UABS_G0 = 263
R_AARCH64_MOVW_UABS_G0_NC = 264
R_AARCH64_MOVW_UABS_G1 = 265
R_AARCH64_MOVW_UABS_G1_NC = 266
R_AARCH64_MOVW_UABS_G2 = 267
R_AARCH64_MOVW_UABS_G2_NC = 268
R_AARCH64_MOVW_UABS_G3 = 269
R_AARCH64_MOVW_SABS_G0 = 270
R_AARCH64_MOVW_SABS_G1 = 271
R_AARCH64_MOVW_SABS_G2 = 272
R_AARCH64_LD_PREL_LO19 = 273
R_AARCH64_ADR_PREL_LO21 = 274
R_AARCH64_ADR_PREL_PG_HI21 = 275
R_AARCH64_ADR_PREL_PG_HI21_NC = 276
R_AARCH64_ADD_ABS_LO12_NC = 277
R_AARCH64_LDST8_ABS_LO12_NC = 278
R_AARCH64_TSTBR14 = 279
R_AARCH64_CONDBR19 = 280
R_AARCH64_JUMP26 = 282
R_AARCH64_CALL26 = 283
R_AARCH64_LDST16_ABS_LO12_NC = 284
R_AARCH64_LDST32_ABS_LO12_NC = 285
R_AARCH64_LDST64_ABS_LO12_NC = 286
R_AARCH64_MOVW_PREL_G0 = 287
R_AARCH64_MOVW_PREL_G0_NC = 288
R_AARCH64_MOVW_PREL_G1 = 289
R_AARCH64_MOVW_PREL_G1_NC = 290
R_AARCH64_MOVW_PREL_G2 = 291
R_AARCH64_MOVW_PREL_G2_NC = 292
R_AARCH64_MOVW_PREL_G3 = 293
R_AARCH64_LDST128_ABS_LO12_NC = 299
R_AARCH64_ADR_GOT_PAGE = 311
R_AARCH64_LD64_GOT_LO12_NC = 312
R_AARCH64_RELATIVE = 1027

RELOC_NAMES: dict[int, str] = {
    value: name[len("R_AARCH64_"):]
    for name, value in globals().items()
    if name.startswith("R_AARCH64_") and name != "R_AARCH64_NONE_ALT"
}
RELOC_NAMES[R_AARCH64_NONE_ALT] = "NONE"


class RelocRange(NamedTuple):
    """The reach of a relocation resolved into an instruction's immediate field.

    ``low``/``high`` are the smallest and largest displacement (target minus
    place, in bytes; for ADRP in pages of 4 KiB scaled back to bytes) that fit.
    """

    name: str
    low: int
    high: int
    #: what the instruction is, for messages
    what: str

    @property
    def reach(self) -> str:
        """Human-readable reach, e.g. ``±1MiB``."""
        return format_reach(-self.low)


def _signed_range(bits: int, scale: int) -> tuple[int, int]:
    half = 1 << (bits - 1)
    return -half * scale, (half - 1) * scale


#: relocation type -> range of the field it fills (displacements in bytes)
LIMITED_RANGE: dict[int, RelocRange] = {
    R_AARCH64_TSTBR14: RelocRange("TSTBR14", *_signed_range(14, 4), "tbz/tbnz"),
    R_AARCH64_CONDBR19: RelocRange("CONDBR19", *_signed_range(19, 4), "b.cond/cbz/cbnz"),
    R_AARCH64_LD_PREL_LO19: RelocRange("LD_PREL_LO19", *_signed_range(19, 4), "ldr (literal)"),
    R_AARCH64_ADR_PREL_LO21: RelocRange("ADR_PREL_LO21", *_signed_range(21, 1), "adr"),
    R_AARCH64_JUMP26: RelocRange("JUMP26", *_signed_range(26, 4), "b"),
    R_AARCH64_CALL26: RelocRange("CALL26", *_signed_range(26, 4), "bl"),
    R_AARCH64_ADR_PREL_PG_HI21: RelocRange("ADR_PREL_PG_HI21", *_signed_range(21, 4096), "adrp"),
}

#: relocations the linker may satisfy through a veneer (a stub it places within reach)
VENEERABLE = frozenset({R_AARCH64_JUMP26, R_AARCH64_CALL26})

#: relocations that make a call, and that make a jump
CALL_RELOCS = frozenset({R_AARCH64_CALL26})
JUMP_RELOCS = frozenset({R_AARCH64_JUMP26, R_AARCH64_CONDBR19, R_AARCH64_TSTBR14})


def format_reach(nbytes: int) -> str:
    """``1048576`` -> ``±1MiB``."""
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if nbytes >= size and nbytes % size == 0:
            return f"±{nbytes // size}{unit}"
    return f"±{nbytes}B"
