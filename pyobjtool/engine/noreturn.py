# SPDX-License-Identifier: GPL-2.0-only
"""Which functions never return (objtool's dead_end_function()).

External functions are looked up in the objtool release's hand-kept list
(plus what the analyses' hooks add); functions of the object are noreturn if
none of their instructions returns and their sibling calls (if any) lead to
noreturn functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arch.insn import JUMP_DYNAMIC, RETURN, is_static_jump
from .instruction import func_scan

if TYPE_CHECKING:
    from ..elf.model import Symbol
    from .instruction import Instruction
    from .objfile import ObjtoolFile

def is_jump_table_jump(insn: Instruction) -> bool:
    if insn.jump_table is not None:
        return True
    # a retpoline alternative for a jump table?
    group = insn.alt_group
    return (group is not None and group.orig_group is not None
            and group.orig_group.first_insn.jump_table is not None)


def is_sibling_call(insn: Instruction) -> bool:
    """A jump that leaves the function (only ELF functions make sibling calls)."""
    if insn.func is None:
        return False
    if insn.type == JUMP_DYNAMIC:
        return not is_jump_table_jump(insn)
    return is_static_jump(insn.type) and insn.call_dest is not None


def dead_end_function(file: ObjtoolFile, func: Symbol | None, recursion: int = 0) -> bool:
    """True if a call to *func* never returns."""
    if func is None:
        return False
    cache = file.dead_end_cache
    if cache is not None and recursion == 0:
        hit = cache.get(id(func))
        if hit is not None:
            return hit
    result = _dead_end_function(file, func, recursion)
    if cache is not None and recursion == 0:
        cache[id(func)] = result
    return result


def _dead_end_function(file: ObjtoolFile, func: Symbol, recursion: int) -> bool:
    listed = file.profile.listed_noreturn(func, file.extra_noreturns)
    if listed is not None:
        return listed
    if not func.len:
        return False
    insn = file.find_insn(func.sec, func.offset)
    if insn is None or insn.func is None:
        return False
    if func_scan is not None and func_scan(insn, RETURN, False)[0] is not None:
        return False  # (a return in the function's own run: most do, and the scan is in C)
    if next(file.func_insns_of_kind(func, RETURN), None) is not None:
        return False
    # a sibling call instead of a return: it depends on the callee
    for insn in file.func_insns(func):
        if is_sibling_call(insn):
            dest = insn.jump_dest
            if dest is None:
                return False  # sibling call to another file
            if recursion == 5:
                return False  # two functions tail-calling each other
            return dead_end_function(file, dest.func, recursion + 1)
    return True
