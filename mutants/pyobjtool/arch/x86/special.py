# SPDX-License-Identifier: GPL-2.0-only
"""x86 layouts and rules for the kernel's special sections.

* entry layouts of ``.altinstructions``, ``__jump_table`` and ``__ex_table``
  (arch/x86/include/arch/special.h), read by the engine and by the
  isolation analysis alike;
* which relocations an alternative replacement may carry;
* how a switch jump table is found from an indirect jump.

Which CPU-feature alternatives objtool follows one way only is a fact of the
kernel release (the feature numbers): see the objtool profiles.
"""

from __future__ import annotations

from ...elf.constants import R_X86_64_PC32, STT_SECTION
from ..base import SpecialEntry
from ..insn import CALL, is_jump

ALTERNATIVES = SpecialEntry(".altinstructions", size=12, orig=0, new=4, group=True, orig_len=10, new_len=11,
                            feature=8)
JUMP_TABLE = SpecialEntry("__jump_table", size=16, orig=0, new=4, jump_or_nop=True, key=8)
EX_TABLE = SpecialEntry("__ex_table", size=12, orig=0, new=4)

#: objtool reads them in this order (special_get_alts())
SPECIAL_ENTRIES = (ALTERNATIVES, JUMP_TABLE, EX_TABLE)


def support_alt_relocation(new_off: int, insn) -> bool:
    """Alternatives code fixes up relative offsets only for a branch at the very start."""
    return insn.offset == new_off and (insn.type == CALL or is_jump(insn.type))


def find_switch_table(file, insn):
    """The relocation of the first entry of the jump table that *insn* loads, or None.

    Recognises ``jmp *table(,%reg,8)``, ``mov $table, %reg`` (a relocation
    against an anonymous spot in a .rodata section, or any spot in the
    annotated C jump table section) and the rare RIP-relative form, which
    makes objtool stop reporting unreachable instructions for the whole
    object.
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
    if (table_sec.symbols.containing(table_offset) is not None
            and table_sec.name != file.profile.c_jump_table_section):
        return None
    if table_sec.reloc is None:
        return None
    rodata_reloc = table_sec.reloc.relocs.find_in_range(table_offset, 1)
    if rodata_reloc is None:
        return None
    if text_reloc.type == R_X86_64_PC32:
        file.ignore_unreachables = True
    return rodata_reloc
