# SPDX-License-Identifier: GPL-2.0-only
"""Symbol lookups by offset within one section, with objtool's semantics.

objtool keeps each section's symbols in an interval tree ordered by start
offset (ties in symbol-table order) and leaves zero-length symbols out of it.
Every query below answers exactly what objtool's tree walk would:

* ``by_offset`` / ``func_by_offset``: the first symbol *starting* at an offset;
* ``containing`` / ``func_containing``: the first symbol (lowest start, then
  lowest index) whose ``[offset, offset + len)`` contains an offset.

Zero-length symbols are never returned.  The index is built lazily from the
current ``len`` of each symbol (objtool shrinks a parent that contains its own
``.cold`` child) and is rebuilt if the section gains symbols.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING

from .constants import STT_FUNC, STT_SECTION

if TYPE_CHECKING:
    from .model import Section, Symbol


class _Containment:
    """First-containing-interval queries over intervals sorted by start."""

    __slots__ = ("starts", "syms", "max_end")

    def __init__(self, syms: list[Symbol]) -> None:
        self.syms = syms
        self.starts = [s.offset for s in syms]
        # running maximum of interval ends: the first position whose running
        # max exceeds an offset is the first interval that reaches past it
        self.max_end = list(accumulate((s.offset + s.len for s in syms), max))

    def first(self, offset: int) -> Symbol | None:
        limit = bisect_right(self.starts, offset)
        if not limit:
            return None
        pos = bisect_right(self.max_end, offset)
        if pos < limit:
            return self.syms[pos]
        return None

    def last_before(self, offset: int) -> tuple[Symbol | None, Symbol | None]:
        """(last interval ending at or before *offset*, first interval starting after it)."""
        limit = bisect_right(self.starts, offset)
        before = None
        for sym in reversed(self.syms[:limit]):
            if sym.offset + sym.len <= offset:
                before = sym
                break
        after = self.syms[limit] if limit < len(self.syms) else None
        return before, after


class SectionSymbols:
    """Lookup structure for the symbols of one section."""

    def __init__(self, sec: Section) -> None:
        tree = [s for s in sec.symbol_list if s.len > 0]
        # symbol_list keeps equal-offset tree symbols in symbol-table order;
        # a stable sort by offset keeps that order
        tree.sort(key=_offset_key)
        self._starting: dict[int, list[Symbol]] = {}
        for sym in tree:
            self._starting.setdefault(sym.offset, []).append(sym)
        self._any = _Containment([s for s in tree if s.type != STT_SECTION])
        self._funcs = _Containment([s for s in tree if s.type == STT_FUNC])
        self._all = _Containment(tree)

    def by_offset(self, offset: int) -> Symbol | None:
        """objtool's find_symbol_by_offset(): a non-section symbol starting at *offset*."""
        for sym in self._starting.get(offset, ()):
            if sym.type != STT_SECTION:
                return sym
        return None

    def func_by_offset(self, offset: int) -> Symbol | None:
        """objtool's find_func_by_offset(): an STT_FUNC symbol starting at *offset*."""
        for sym in self._starting.get(offset, ()):
            if sym.type == STT_FUNC:
                return sym
        return None

    def containing(self, offset: int) -> Symbol | None:
        """objtool's find_symbol_containing(): the first non-section symbol covering *offset*."""
        return self._any.first(offset)

    def func_containing(self, offset: int) -> Symbol | None:
        """objtool's find_func_containing(): the first STT_FUNC symbol covering *offset*."""
        return self._funcs.first(offset)

    def hole_size(self, offset: int) -> int:
        """objtool's find_symbol_hole_containing().

        0 if *offset* lies inside a symbol or before every symbol, -1 if the
        hole runs to the end of the section, else the distance to the next
        symbol.
        """
        if self._all.first(offset) is not None:
            return 0
        before, after = self._all.last_before(offset)
        if before is None:
            return 0
        if after is None:
            return -1
        return after.offset - offset


def _offset_key(sym: Symbol) -> int:
    return sym.offset
