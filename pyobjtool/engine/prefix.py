# SPDX-License-Identifier: GPL-2.0-only
"""``--prefix=N`` (objtool 6.12): name the padding in front of functions.

With CONFIG_CALL_PADDING the compiler puts N bytes of NOPs before every
function, which call-depth tracking and FineIBT patch at run time.  objtool
gives each such padding a ``__pfx_<function>`` symbol (same binding and type
as the function, default visibility, size N) and the function's entry state,
so that the ORC table covers the padding too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arch.insn import NOP
from ..elf.constants import STT_FUNC
from .instruction import fill_cfi, pad_start

if TYPE_CHECKING:
    from ..elf.model import Symbol
    from .objfile import ObjtoolFile


def add_prefix_symbols(file: ObjtoolFile, size: int) -> None:
    """add_prefix_symbols(): every function of every executable section, in list order (the
    symbols are made in that order at the end: nothing in between looks at them)."""
    made: list[tuple] = []
    for sec in file.elf.sections:
        if not sec.is_exec:
            continue
        for func in list(sec.symbol_list):
            if func.type == STT_FUNC and _add_prefix_state(file, func, size):
                # elf_create_prefix_symbol(): the name goes into .strtab, visibility is not copied
                made.append(("__pfx_" + func.name, func.info, 0, func.sec, func.value - size, size))
    file.elf.add_symbols(made)


def _add_prefix_state(file: ObjtoolFile, func: Symbol, size: int) -> bool:
    """Whether *func* has *size* bytes of NOPs in front; if so they get its entry state."""
    insn = file.find_insn(func.sec, func.offset)
    if insn is None:
        return False
    start = pad_start(insn, size, NOP)  # the NOP *size* bytes before, with only NOPs between
    if start is None:
        return False
    cfi = insn.cfi
    if cfi is None:
        return True  # the function was not validated (STACK_FRAME_NON_STANDARD, no --orc)
    if file.cfi_stats is not None:
        file.cfi_stats.lookup(cfi)
    fill_cfi(start, insn, cfi)
    return True
