# SPDX-License-Identifier: GPL-2.0-only
"""Naming an address inside a section for messages: ``func+0x1c``.

objtool's own lookups (SectionSymbols) skip zero-length symbols, which is
right for the checker but leaves assembler labels such as ``table:`` in
.rodata unnamed; messages would rather say ``table`` than ``.rodata+0x0``.
"""

from __future__ import annotations

from .constants import STT_FILE, STT_SECTION
from .model import Section, Symbol


def symbol_for(sec: Section, offset: int) -> Symbol | None:
    """The function covering *offset* (code), else any symbol covering it, else a label at it.

    *offset* is in the symbols' terms: the section offset in a relocatable
    object, the address in a linked image.
    """
    found = sec.symbols.func_containing(offset) if sec.is_exec else None
    if found is None:
        found = sec.symbols.containing(offset)
    if found is None:
        for sym in sec.symbol_list:
            if sym.offset == offset and sym.type not in (STT_SECTION, STT_FILE) and sym.name:
                return sym
    return found


def describe(sec: Section, offset: int, base: int = 0) -> str:
    """``sym+0xoff`` for *offset*, or ``section+0xoff`` (minus *base*) when no symbol names it."""
    sym = symbol_for(sec, offset)
    if sym is not None:
        delta = offset - sym.offset
        return sym.name if delta == 0 else f"{sym.name}+{delta:#x}"
    return f"{sec.name}+{offset - base:#x}"


def reloc_target(sym: Symbol, addend: int) -> tuple[Section, int]:
    """Section and offset that ``sym + addend`` points at (for absolute and PC32 data words)."""
    if sym.type == STT_SECTION:
        return sym.sec, addend
    return sym.sec, sym.offset + addend
