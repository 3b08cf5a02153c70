# SPDX-License-Identifier: GPL-2.0-only
"""Which global symbols mean something to objtool on x86-64 (classify_symbols()
with the arch_is_retpoline()/arch_is_rethunk()/arch_is_embedded_insn() tests).

The names themselves are kernel-release facts and come from the objtool
profile (:class:`~pyobjtool.profiles.base.SymbolNames`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...elf.model import Symbol
    from ...profiles.base import SymbolNames


def classify_symbol(sym: Symbol, names: SymbolNames) -> None:
    """Set objtool's flags on a global symbol from its name."""
    name = sym.name
    if name.startswith(names.static_call_tramp_prefix):
        sym.static_call_tramp = True
    if name.startswith(names.retpoline_prefix):
        sym.retpoline_thunk = True
    if name in names.return_thunks:
        sym.return_thunk = True
    if name in names.embedded_insns:
        sym.embedded_insn = True
    if name == names.fentry:
        sym.fentry = True
    if name.startswith(names.profiling_prefixes) or name in names.profiling_names:
        sym.profiling_func = True
