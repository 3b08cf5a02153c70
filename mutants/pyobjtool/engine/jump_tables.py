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
from .instruction import Alternative
from .objfile import CheckAborted, ObjtoolFile

if TYPE_CHECKING:
    from ..elf.model import Symbol
    from ..elf.relocs import Reloc
    from .instruction import Instruction


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__find_jump_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__find_jump_table__mutmut)
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


def x__find_jump_table__mutmut_orig(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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


def x__find_jump_table__mutmut_1(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = None
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


def x__find_jump_table__mutmut_2(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = None
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


def x__find_jump_table__mutmut_3(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None or insn.func.pfunc is func:
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


def x__find_jump_table__mutmut_4(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None or insn.func is not None and insn.func.pfunc is func:
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


def x__find_jump_table__mutmut_5(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is None and insn.func is not None and insn.func.pfunc is func:
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


def x__find_jump_table__mutmut_6(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is None and insn.func.pfunc is func:
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


def x__find_jump_table__mutmut_7(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is not func:
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


def x__find_jump_table__mutmut_8(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn or insn.type == JUMP_DYNAMIC:
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


def x__find_jump_table__mutmut_9(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is orig_insn and insn.type == JUMP_DYNAMIC:
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


def x__find_jump_table__mutmut_10(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type != JUMP_DYNAMIC:
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


def x__find_jump_table__mutmut_11(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type == JUMP_DYNAMIC:
            return
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


def x__find_jump_table__mutmut_12(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type == JUMP_DYNAMIC:
            break
        # allow small jumps within the range
        dest = None
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


def x__find_jump_table__mutmut_13(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type == JUMP_DYNAMIC:
            break
        # allow small jumps within the range
        dest = insn.jump_dest
        if (insn.type == JUMP_UNCONDITIONAL and dest is not None or (dest.offset <= insn.offset or dest.offset > orig_insn.offset)):
            break
        table_reloc = find_switch_table(file, insn)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_14(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type == JUMP_DYNAMIC:
            break
        # allow small jumps within the range
        dest = insn.jump_dest
        if (insn.type == JUMP_UNCONDITIONAL or dest is not None
                and (dest.offset <= insn.offset or dest.offset > orig_insn.offset)):
            break
        table_reloc = find_switch_table(file, insn)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_15(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type == JUMP_DYNAMIC:
            break
        # allow small jumps within the range
        dest = insn.jump_dest
        if (insn.type != JUMP_UNCONDITIONAL and dest is not None
                and (dest.offset <= insn.offset or dest.offset > orig_insn.offset)):
            break
        table_reloc = find_switch_table(file, insn)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_16(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type == JUMP_DYNAMIC:
            break
        # allow small jumps within the range
        dest = insn.jump_dest
        if (insn.type == JUMP_UNCONDITIONAL and dest is None
                and (dest.offset <= insn.offset or dest.offset > orig_insn.offset)):
            break
        table_reloc = find_switch_table(file, insn)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_17(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type == JUMP_DYNAMIC:
            break
        # allow small jumps within the range
        dest = insn.jump_dest
        if (insn.type == JUMP_UNCONDITIONAL and dest is not None
                and (dest.offset <= insn.offset and dest.offset > orig_insn.offset)):
            break
        table_reloc = find_switch_table(file, insn)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_18(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type == JUMP_DYNAMIC:
            break
        # allow small jumps within the range
        dest = insn.jump_dest
        if (insn.type == JUMP_UNCONDITIONAL and dest is not None
                and (dest.offset < insn.offset or dest.offset > orig_insn.offset)):
            break
        table_reloc = find_switch_table(file, insn)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_19(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type == JUMP_DYNAMIC:
            break
        # allow small jumps within the range
        dest = insn.jump_dest
        if (insn.type == JUMP_UNCONDITIONAL and dest is not None
                and (dest.offset <= insn.offset or dest.offset >= orig_insn.offset)):
            break
        table_reloc = find_switch_table(file, insn)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_20(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
    orig_insn = insn
    find_switch_table = file.arch.find_switch_table
    while insn is not None and insn.func is not None and insn.func.pfunc is func:
        if insn is not orig_insn and insn.type == JUMP_DYNAMIC:
            break
        # allow small jumps within the range
        dest = insn.jump_dest
        if (insn.type == JUMP_UNCONDITIONAL and dest is not None
                and (dest.offset <= insn.offset or dest.offset > orig_insn.offset)):
            return
        table_reloc = find_switch_table(file, insn)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_21(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
        table_reloc = None
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_22(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
        table_reloc = find_switch_table(None, insn)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_23(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
        table_reloc = find_switch_table(file, None)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_24(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
        table_reloc = find_switch_table(insn)
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_25(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
        table_reloc = find_switch_table(file, )
        if table_reloc is not None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_26(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
        if table_reloc is None:
            dest_insn = file.find_insn(table_reloc.sym.sec, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_27(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
            dest_insn = None
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_28(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
            dest_insn = file.find_insn(None, table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_29(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
            dest_insn = file.find_insn(table_reloc.sym.sec, None)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_30(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
            dest_insn = file.find_insn(table_reloc.addend)
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_31(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
            dest_insn = file.find_insn(table_reloc.sym.sec, )
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_32(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
            if dest_insn is not None and dest_insn.func is not None or dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_33(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
            if dest_insn is not None or dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_34(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
            if dest_insn is None and dest_insn.func is not None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_35(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
            if dest_insn is not None and dest_insn.func is None and dest_insn.func.pfunc is func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_36(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
            if dest_insn is not None and dest_insn.func is not None and dest_insn.func.pfunc is not func:
                return table_reloc
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_37(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
        insn = None
    return None


def x__find_jump_table__mutmut_38(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
        insn = insn.first_jump_src if (insn.first_jump_src is not None) and False else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_39(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
        insn = insn.first_jump_src if (insn.first_jump_src is not None) or True else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_40(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
        insn = insn.first_jump_src if insn.first_jump_src is None else file.prev_same_sym(insn)
    return None


def x__find_jump_table__mutmut_41(file: ObjtoolFile, func: Symbol, insn: Instruction) -> Reloc | None:
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
        insn = insn.first_jump_src if insn.first_jump_src is not None else file.prev_same_sym(None)
    return None

mutants_x__find_jump_table__mutmut['_mutmut_orig'] = x__find_jump_table__mutmut_orig # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_1'] = x__find_jump_table__mutmut_1 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_2'] = x__find_jump_table__mutmut_2 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_3'] = x__find_jump_table__mutmut_3 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_4'] = x__find_jump_table__mutmut_4 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_5'] = x__find_jump_table__mutmut_5 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_6'] = x__find_jump_table__mutmut_6 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_7'] = x__find_jump_table__mutmut_7 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_8'] = x__find_jump_table__mutmut_8 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_9'] = x__find_jump_table__mutmut_9 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_10'] = x__find_jump_table__mutmut_10 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_11'] = x__find_jump_table__mutmut_11 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_12'] = x__find_jump_table__mutmut_12 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_13'] = x__find_jump_table__mutmut_13 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_14'] = x__find_jump_table__mutmut_14 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_15'] = x__find_jump_table__mutmut_15 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_16'] = x__find_jump_table__mutmut_16 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_17'] = x__find_jump_table__mutmut_17 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_18'] = x__find_jump_table__mutmut_18 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_19'] = x__find_jump_table__mutmut_19 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_20'] = x__find_jump_table__mutmut_20 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_21'] = x__find_jump_table__mutmut_21 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_22'] = x__find_jump_table__mutmut_22 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_23'] = x__find_jump_table__mutmut_23 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_24'] = x__find_jump_table__mutmut_24 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_25'] = x__find_jump_table__mutmut_25 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_26'] = x__find_jump_table__mutmut_26 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_27'] = x__find_jump_table__mutmut_27 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_28'] = x__find_jump_table__mutmut_28 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_29'] = x__find_jump_table__mutmut_29 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_30'] = x__find_jump_table__mutmut_30 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_31'] = x__find_jump_table__mutmut_31 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_32'] = x__find_jump_table__mutmut_32 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_33'] = x__find_jump_table__mutmut_33 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_34'] = x__find_jump_table__mutmut_34 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_35'] = x__find_jump_table__mutmut_35 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_36'] = x__find_jump_table__mutmut_36 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_37'] = x__find_jump_table__mutmut_37 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_38'] = x__find_jump_table__mutmut_38 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_39'] = x__find_jump_table__mutmut_39 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_40'] = x__find_jump_table__mutmut_40 # type: ignore # mutmut generated
mutants_x__find_jump_table__mutmut['x__find_jump_table__mutmut_41'] = x__find_jump_table__mutmut_41 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__mark_func_jump_tables__mutmut)
def _mark_func_jump_tables(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_orig(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_1(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = None
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_2(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(None):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_3(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = None
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_4(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset or dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_5(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None or dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_6(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_7(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset >= insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_8(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is not None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_9(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = None
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_10(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type == JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_11(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            break
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_12(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(None)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_13(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = None
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_14(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(None, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_15(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, None, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_16(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, None)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_17(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_18(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_19(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, )
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_20(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is None:
            reloc.jump_table_start = True
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_21(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = None
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_22(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = False
            insn.jump_table = reloc
    return dynamic


def x__mark_func_jump_tables__mutmut_23(file: ObjtoolFile, func: Symbol) -> list[Instruction]:
    """Find the tables of the function's indirect jumps; returns those jumps in order."""
    dynamic = []
    for insn in file.func_insns(func):
        dest = insn.jump_dest
        # back-pointers for forward jumps let the backward search skip code
        if dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
            dest.first_jump_src = insn
        if insn.type != JUMP_DYNAMIC:
            continue
        dynamic.append(insn)
        reloc = _find_jump_table(file, func, insn)
        if reloc is not None:
            reloc.jump_table_start = True
            insn.jump_table = None
    return dynamic

mutants_x__mark_func_jump_tables__mutmut['_mutmut_orig'] = x__mark_func_jump_tables__mutmut_orig # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_1'] = x__mark_func_jump_tables__mutmut_1 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_2'] = x__mark_func_jump_tables__mutmut_2 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_3'] = x__mark_func_jump_tables__mutmut_3 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_4'] = x__mark_func_jump_tables__mutmut_4 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_5'] = x__mark_func_jump_tables__mutmut_5 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_6'] = x__mark_func_jump_tables__mutmut_6 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_7'] = x__mark_func_jump_tables__mutmut_7 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_8'] = x__mark_func_jump_tables__mutmut_8 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_9'] = x__mark_func_jump_tables__mutmut_9 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_10'] = x__mark_func_jump_tables__mutmut_10 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_11'] = x__mark_func_jump_tables__mutmut_11 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_12'] = x__mark_func_jump_tables__mutmut_12 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_13'] = x__mark_func_jump_tables__mutmut_13 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_14'] = x__mark_func_jump_tables__mutmut_14 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_15'] = x__mark_func_jump_tables__mutmut_15 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_16'] = x__mark_func_jump_tables__mutmut_16 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_17'] = x__mark_func_jump_tables__mutmut_17 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_18'] = x__mark_func_jump_tables__mutmut_18 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_19'] = x__mark_func_jump_tables__mutmut_19 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_20'] = x__mark_func_jump_tables__mutmut_20 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_21'] = x__mark_func_jump_tables__mutmut_21 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_22'] = x__mark_func_jump_tables__mutmut_22 # type: ignore # mutmut generated
mutants_x__mark_func_jump_tables__mutmut['x__mark_func_jump_tables__mutmut_23'] = x__mark_func_jump_tables__mutmut_23 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__add_jump_table__mutmut)
def _add_jump_table(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_orig(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_1(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = None
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_2(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = None
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_3(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = None
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_4(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 1
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_5(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = None
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_6(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is not None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_7(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = None
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_8(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(None, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_9(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, None):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_10(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_11(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, ):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_12(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = None
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_13(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(None)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_14(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table or reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_15(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_16(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            return  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_17(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset or reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_18(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset == prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_19(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset - 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_20(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 9:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_21(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            return  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_22(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec or reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_23(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is not pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_24(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend != pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_25(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            return  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_26(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = None
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_27(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(None, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_28(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, None)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_29(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_30(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, )
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_31(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is not None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_32(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            return
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_33(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None and dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_34(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is not None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_35(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_36(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            return
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_37(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(None)
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_38(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(None))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_39(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = None
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_40(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_41(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func(None, insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_42(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", None, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_43(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, None)
        raise CheckAborted


def x__add_jump_table__mutmut_44(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func(insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_45(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_46(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("can't find switch jump table", insn.sec, )
        raise CheckAborted


def x__add_jump_table__mutmut_47(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("XXcan't find switch jump tableXX", insn.sec, insn.offset)
        raise CheckAborted


def x__add_jump_table__mutmut_48(file: ObjtoolFile, insn: Instruction, table: Reloc) -> None:
    pfunc = insn.func.pfunc
    relocs = table.table
    prev_offset = 0
    alts = insn.alts
    if alts is None:
        alts = insn.alts = []
    for i in range(table.idx, len(relocs)):
        reloc = relocs.get(i)
        if reloc is not table and reloc.jump_table_start:
            break  # the next table starts here
        if prev_offset and reloc.offset != prev_offset + 8:
            break  # entries must be consecutive
        if reloc.sym.sec is pfunc.sec and reloc.addend == pfunc.offset:
            break  # function pointers of a neighbouring object
        dest_insn = file.find_insn(reloc.sym.sec, reloc.addend)
        if dest_insn is None:
            break
        if dest_insn.func is None or dest_insn.func.pfunc is not pfunc:
            break
        alts.append(Alternative(dest_insn))
        prev_offset = reloc.offset
    if not prev_offset:
        file.reporter.warn_func("CAN'T FIND SWITCH JUMP TABLE", insn.sec, insn.offset)
        raise CheckAborted

mutants_x__add_jump_table__mutmut['_mutmut_orig'] = x__add_jump_table__mutmut_orig # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_1'] = x__add_jump_table__mutmut_1 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_2'] = x__add_jump_table__mutmut_2 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_3'] = x__add_jump_table__mutmut_3 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_4'] = x__add_jump_table__mutmut_4 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_5'] = x__add_jump_table__mutmut_5 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_6'] = x__add_jump_table__mutmut_6 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_7'] = x__add_jump_table__mutmut_7 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_8'] = x__add_jump_table__mutmut_8 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_9'] = x__add_jump_table__mutmut_9 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_10'] = x__add_jump_table__mutmut_10 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_11'] = x__add_jump_table__mutmut_11 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_12'] = x__add_jump_table__mutmut_12 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_13'] = x__add_jump_table__mutmut_13 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_14'] = x__add_jump_table__mutmut_14 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_15'] = x__add_jump_table__mutmut_15 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_16'] = x__add_jump_table__mutmut_16 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_17'] = x__add_jump_table__mutmut_17 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_18'] = x__add_jump_table__mutmut_18 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_19'] = x__add_jump_table__mutmut_19 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_20'] = x__add_jump_table__mutmut_20 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_21'] = x__add_jump_table__mutmut_21 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_22'] = x__add_jump_table__mutmut_22 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_23'] = x__add_jump_table__mutmut_23 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_24'] = x__add_jump_table__mutmut_24 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_25'] = x__add_jump_table__mutmut_25 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_26'] = x__add_jump_table__mutmut_26 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_27'] = x__add_jump_table__mutmut_27 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_28'] = x__add_jump_table__mutmut_28 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_29'] = x__add_jump_table__mutmut_29 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_30'] = x__add_jump_table__mutmut_30 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_31'] = x__add_jump_table__mutmut_31 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_32'] = x__add_jump_table__mutmut_32 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_33'] = x__add_jump_table__mutmut_33 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_34'] = x__add_jump_table__mutmut_34 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_35'] = x__add_jump_table__mutmut_35 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_36'] = x__add_jump_table__mutmut_36 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_37'] = x__add_jump_table__mutmut_37 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_38'] = x__add_jump_table__mutmut_38 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_39'] = x__add_jump_table__mutmut_39 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_40'] = x__add_jump_table__mutmut_40 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_41'] = x__add_jump_table__mutmut_41 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_42'] = x__add_jump_table__mutmut_42 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_43'] = x__add_jump_table__mutmut_43 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_44'] = x__add_jump_table__mutmut_44 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_45'] = x__add_jump_table__mutmut_45 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_46'] = x__add_jump_table__mutmut_46 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_47'] = x__add_jump_table__mutmut_47 # type: ignore # mutmut generated
mutants_x__add_jump_table__mutmut['x__add_jump_table__mutmut_48'] = x__add_jump_table__mutmut_48 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_add_jump_table_alts__mutmut)
def add_jump_table_alts(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_orig(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_1(file: ObjtoolFile) -> None:
    if file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_2(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type == STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_3(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                break
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_4(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(None, func):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_5(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, None):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_6(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(func):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_7(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, ):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_8(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is None:
                    _add_jump_table(file, insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_9(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is not None:
                    _add_jump_table(None, insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_10(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is not None:
                    _add_jump_table(file, None, insn.jump_table)


def x_add_jump_table_alts__mutmut_11(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn, None)


def x_add_jump_table_alts__mutmut_12(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is not None:
                    _add_jump_table(insn, insn.jump_table)


def x_add_jump_table_alts__mutmut_13(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn.jump_table)


def x_add_jump_table_alts__mutmut_14(file: ObjtoolFile) -> None:
    if not file.rodata:
        return
    for sec in file.elf.sections:
        for func in sec.symbol_list:
            if func.type != STT_FUNC:
                continue
            # only indirect jumps carry tables; like objtool, a .cold part's jump
            # whose table its parent found gets the cases again on its own turn
            for insn in _mark_func_jump_tables(file, func):
                if insn.jump_table is not None:
                    _add_jump_table(file, insn, )

mutants_x_add_jump_table_alts__mutmut['_mutmut_orig'] = x_add_jump_table_alts__mutmut_orig # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_1'] = x_add_jump_table_alts__mutmut_1 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_2'] = x_add_jump_table_alts__mutmut_2 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_3'] = x_add_jump_table_alts__mutmut_3 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_4'] = x_add_jump_table_alts__mutmut_4 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_5'] = x_add_jump_table_alts__mutmut_5 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_6'] = x_add_jump_table_alts__mutmut_6 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_7'] = x_add_jump_table_alts__mutmut_7 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_8'] = x_add_jump_table_alts__mutmut_8 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_9'] = x_add_jump_table_alts__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_10'] = x_add_jump_table_alts__mutmut_10 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_11'] = x_add_jump_table_alts__mutmut_11 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_12'] = x_add_jump_table_alts__mutmut_12 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_13'] = x_add_jump_table_alts__mutmut_13 # type: ignore # mutmut generated
mutants_x_add_jump_table_alts__mutmut['x_add_jump_table_alts__mutmut_14'] = x_add_jump_table_alts__mutmut_14 # type: ignore # mutmut generated
