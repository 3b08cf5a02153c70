# SPDX-License-Identifier: GPL-2.0-only
"""The few places where pyobjtool's own analyses change what the engine does.

objtool's behaviour is the default; an analysis that needs the engine to
see the object differently says so here, when the analysis registry
(:mod:`pyobjtool.analyses.registry`) turns it on, instead of the engine
testing option names:

* ``after_ignores``: callables run right after objtool's add_ignores()
  (``split-fragments`` extends STACK_FRAME_NON_STANDARD to a function's
  compiler-split fragments);
* ``noreturn_sources``: callables returning more global names that never
  return (``noreturn``: DWARF ``DW_AT_noreturn`` and ``--noreturn-list``);
* ``precise_frame_end``: only the pop from the caller's frame-pointer slot
  ends a frame (``rbp-hazards``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .objfile import ObjtoolFile


class EngineHooks:
    __slots__ = ("after_ignores", "noreturn_sources", "precise_frame_end")

    def __init__(self) -> None:
        self.after_ignores: list[Callable[[ObjtoolFile], None]] = []
        self.noreturn_sources: list[Callable[[ObjtoolFile], frozenset[str]]] = []
        self.precise_frame_end = False

    def run_after_ignores(self, file: ObjtoolFile) -> None:
        for hook in self.after_ignores:
            hook(file)

    def extra_noreturns(self, file: ObjtoolFile) -> frozenset[str]:
        names: frozenset[str] = frozenset()
        for source in self.noreturn_sources:
            names |= source(file)
        return names


#: objtool's behaviour: no hook set
NO_HOOKS = EngineHooks()
