# SPDX-License-Identifier: GPL-2.0-only
"""split-fragments: STACK_FRAME_NON_STANDARD(foo) also covers what GCC split off foo.

GCC's IPA passes turn one source function into several symbols: the cold
part (``foo.cold``), the part left after partial inlining (``foo.part.0``),
clones with changed signatures (``foo.isra.0``) or constants propagated in
(``foo.constprop.0``), and combinations (``foo.constprop.0.isra.0``,
``foo.part.0.cold``).  objtool 6.1 extends the annotation only to the
``.cold`` child, so an annotated function whose body moved into
``foo.part.0`` is checked (and warned about) anyway, and people resort to
``-fno-ipa-fnsplit`` or ``__always_inline``.

With the option, :func:`extend_ignores` (called by the engine right after
objtool's add_ignores()) marks every instruction of every fragment of an
annotated function as ignored, exactly as objtool marks the function itself.
Unannotated functions and their fragments are still checked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..elf.constants import STT_FUNC, STT_SECTION

if TYPE_CHECKING:
    from ..elf.model import Symbol
    from ..engine.objfile import ObjtoolFile
    from .context import AnalysisContext

#: one suffix GCC appends to a split or cloned function (``.cold`` may carry a number in old GCCs)
_SUFFIX = re.compile(r"\.(?:cold(?:\.\d+)?|part\.\d+|isra\.\d+|constprop\.\d+|lto_priv\.\d+)$")


def fragment_base(name: str) -> str:
    """The source function a compiler-made symbol comes from (``foo.constprop.0.isra.0`` -> ``foo``)."""
    while True:
        stripped = _SUFFIX.sub("", name)
        if stripped == name or not stripped:
            return name
        name = stripped


def annotated_functions(file: ObjtoolFile) -> list[Symbol]:
    """The functions STACK_FRAME_NON_STANDARD names, read as objtool's add_ignores() does."""
    sec = file.elf.find_section(".rela.discard.func_stack_frame_non_standard")
    if sec is None or sec.relocs is None:
        return []
    out = []
    for reloc in sec.relocs:
        sym = reloc.sym
        if sym.type == STT_FUNC:
            out.append(sym)
        elif sym.type == STT_SECTION:
            func = sym.sec.symbols.func_by_offset(reloc.addend)
            if func is not None:
                out.append(func)
    return out


def extend_ignores(file: ObjtoolFile) -> None:
    """Ignore the split fragments of every annotated function (see the module docstring)."""
    bases = {fragment_base(func.name) for func in annotated_functions(file)}
    if not bases:
        return
    for sec in file.elf.sections:
        if not sec.is_exec:
            continue
        for sym in sec.symbol_list:
            if sym.type != STT_FUNC or fragment_base(sym.name) == sym.name:
                continue
            if fragment_base(sym.name) in bases:
                for insn in file.func_insns(sym):
                    insn.ignore = True


def run(ctx: AnalysisContext) -> None:
    """Nothing to do after the check: the work happens in :func:`extend_ignores`."""
