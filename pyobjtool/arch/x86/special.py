# SPDX-License-Identifier: GPL-2.0-only
"""x86 layouts and policies for the kernel's special sections.

* entry layouts of ``.altinstructions``, ``__jump_table`` and ``__ex_table``
  (arch/x86/include/arch/special.h);
* which CPU-feature alternatives objtool follows one way only (SMAP, POPCNT);
* which relocations an alternative replacement may carry;
* how a switch jump table is found from an indirect jump.
"""

from __future__ import annotations

from typing import NamedTuple

from ...elf.constants import R_X86_64_PC32, STT_SECTION
from ..insn import CALL, is_jump

X86_FEATURE_POPCNT = 4 * 32 + 23
X86_FEATURE_SMAP = 9 * 32 + 20

#: objtool's C_JUMP_TABLE_SECTION: annotated C jump tables may carry symbols
C_JUMP_TABLE_SECTION = ".rodata..c_jump_table"


class SpecialEntry(NamedTuple):
    """Layout of one kind of special-section entry."""

    sec: str
    size: int
    orig: int
    new: int
    group: bool = False
    jump_or_nop: bool = False
    orig_len: int = 0
    new_len: int = 0
    feature: int = 0
    key: int = 0


SPECIAL_ENTRIES = (
    SpecialEntry(".altinstructions", size=12, orig=0, new=4, group=True, orig_len=10, new_len=11, feature=8),
    SpecialEntry("__jump_table", size=16, orig=0, new=4, jump_or_nop=True, key=8),
    SpecialEntry("__ex_table", size=12, orig=0, new=4),
)


def handle_alternative_feature(feature: int, uaccess: bool) -> tuple[bool, bool]:
    """(skip_orig, skip_alt) for an alternative keyed on *feature*.

    With UACCESS validation the SMAP alternative (STAC/CLAC) is forced on,
    otherwise off, so that no path sees a STAC paired with the NOP instead of
    the CLAC.  The !POPCNT path is not validated at all.
    """
    if feature == X86_FEATURE_SMAP:
        return (True, False) if uaccess else (False, True)
    if feature == X86_FEATURE_POPCNT:
        return True, False
    return False, False


def support_alt_relocation(new_off: int, insn) -> bool:
    """Alternatives code fixes up relative offsets only for a branch at the very start."""
    return insn.offset == new_off and (insn.type == CALL or is_jump(insn.type))


def find_switch_table(file, insn):
    """The relocation of the first entry of the jump table that *insn* loads, or None.

    Recognises ``jmp *table(,%reg,8)``, ``mov $table, %reg`` (a relocation
    against an anonymous spot in a .rodata section, or any spot in
    .rodata..c_jump_table) and the rare RIP-relative form, which makes objtool
    stop reporting unreachable instructions for the whole object.
    """
    text_reloc = insn.reloc()
    if text_reloc is None:
        return None
    sym = text_reloc.sym
    if sym.type != STT_SECTION or not sym.sec.rodata:
        return None
    table_sec = sym.sec
    table_offset = text_reloc.addend
    if text_reloc.type == R_X86_64_PC32:
        table_offset += 4
    if table_sec.symbols.containing(table_offset) is not None and table_sec.name != C_JUMP_TABLE_SECTION:
        return None
    if table_sec.reloc is None:
        return None
    rodata_reloc = table_sec.reloc.relocs.find_in_range(table_offset, 1)
    if rodata_reloc is None:
        return None
    if text_reloc.type == R_X86_64_PC32:
        file.ignore_unreachables = True
    return rodata_reloc
