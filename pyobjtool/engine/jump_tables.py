# SPDX-License-Identifier: GPL-2.0-only
"""Switch jump tables: the cases of an indirect jump, found through .rodata relocations.

GCC's switch tables are anonymous arrays of 8-byte pointers in .rodata (one
relocation per entry).  For each indirect jump objtool walks backwards
through the function, following the first forward jump into each
instruction to skip unrelated code, until an instruction references such a
table; the table's entries then become the jump's alternatives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arch.insn import JUMP_DYNAMIC, JUMP_UNCONDITIONAL
from ..elf.constants import STT_FUNC
from .instruction import Alternative, select
from .objfile import CheckAborted, ObjtoolFile

if TYPE_CHECKING:
    from ..elf.model import Symbol
    from ..elf.relocs import Reloc
    from .instruction import Instruction


def _find_jump_table(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type == JUMP_DYNAMIC:
            break
        # allow small jumps within the range
        dest = insn.jump_dest
        if (insn.type == JUMP_UNCONDITIONAL and dest is not None
                and (dest.offset <= insn.offset or dest.offset > orig_insn.offset)):
            break
        table_reloc = find_switch_table(file, insn)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def _mark_func_jump_tables(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    # back-pointers for forward jumps (set on the way, up to each indirect jump) let the
    # backward search skip code
    for insn in file.func_insns_of_kind(func, JUMP_DYNAMIC, mark_forward_jumps=True):
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def _add_jump_table(file: ObjtoolFile, insn: Instruction, table: Reloc, next_table: Reloc | None) -> None:
    """The table's cases become the jump's alternatives.

    6.1 ends a table where any table found so far starts; 6.12 where the next
    table of this function starts (*next_table*), and skips Clang's dangling
    entries that point just past the function.
    """
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    rules = file.rules
    next_table_end = rules.jump_table_next_table_end
    prepend = rules.prepend_alternatives
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and (reloc is next_table if next_table_end else reloc.jump_table_start):
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        if next_table_end and reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset + pfunc.len:
            prev_offset = reloc.offset  # Clang's unused entries point to the end of the function
            continue
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        if prepend:
            alts.insert(0, Alternative(dest_insn))
        else:
            alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.warn_insn(insn, "can't find switch jump table")
        raise CheckAborted


def add_jump_table_alts(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    # the functions (and their parents) that have an indirect jump: only their scans can find
    # a table, and the forward-jump marks they leave serve only these searches
    dynamic = set()
    for insn in select(file.insns(), (JUMP_DYNAMIC,)):
        if insn.func is not None:
            dynamic.add(insn.func)
            dynamic.add(insn.func.pfunc)
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC or func not in dynamic:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            tables = [insn for insn in _mark_func_jump_tables(file, func) if insn.jump_table is not None]
            for i, insn in enumerate(tables):
                next_table = tables[i + 1].jump_table if i + 1 < len(tables) else None
                _add_jump_table(file, insn, insn.jump_table, next_table)
