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

from array import array
from bisect import bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING

from .constants import STT_FUNC, STT_SECTION

if TYPE_CHECKING:
    from .model import Section, Symbol


class _Containment:
    """First-containing-interval queries over intervals sorted by start (starts and running
    end maxima as u64 arrays: a vmlinux.o's .text has 60,000 symbols, and int objects in lists
    cost five times as much)."""

    __slots__ = ("starts", "syms", "max_end")

    def __init__(self, syms: list[Symbol]) -> None:
        self.syms = syms
        self.starts = _u64_column([s.offset for s in syms])
        # running maximum of interval ends: the first position whose running
        # max exceeds an offset is the first interval that reaches past it
        self.max_end = _u64_column(list(accumulate([s.offset + s.len for s in syms], max)))

    def first(self, offset: int) -> Symbol | None:
        if offset < 0:
            return None
        limit = bisect_right(self.starts, offset)
        if not limit:
            return None
        pos = bisect_right(self.max_end, offset)
        if pos < limit:
            return self.syms[pos]
        return None

    def last_before(self, offset: int) -> tuple[Symbol | None, Symbol | None]:
        """(last interval ending at or before *offset*, first interval starting after it)."""
        syms = self.syms
        limit = bisect_right(self.starts, offset) if offset >= 0 else 0
        before = None
        for i in range(limit - 1, -1, -1):  # (no slice: usually the first one back ends there)
            sym = syms[i]
            if sym.offset + sym.len <= offset:
                before = sym
                break
        after = syms[limit] if limit < len(syms) else None
        return before, after


class SectionSymbols:
    """Lookup structure for the symbols of one section (each part made on first use)."""

    __slots__ = ("_tree", "_first_any", "_first_func", "_any", "_funcs", "_all")

    def __init__(self, sec: Section) -> None:
        tree = [s for s in sec.symbol_list if s.len > 0]
        # symbol_list keeps equal-offset tree symbols in symbol-table order;
        # a stable sort by offset keeps that order
        tree.sort(key=_offset_key)
        self._tree = tree
        self._first_any: dict[int, Symbol] | None = None
        self._first_func: dict[int, Symbol] | None = None
        self._any: _Containment | None = None
        self._funcs: _Containment | None = None
        self._all: _Containment | None = None

    def _starting(self) -> None:
        # the first symbol (of a kind) at each offset: the reversed tree's last one
        first_any: dict[int, Symbol] = {}
        first_func: dict[int, Symbol] = {}
        for sym in reversed(self._tree):
            kind = sym.type
            if kind != STT_SECTION:
                first_any[sym.offset] = sym
                if kind == STT_FUNC:
                    first_func[sym.offset] = sym
        self._first_any = first_any
        self._first_func = first_func

    def starting_maps(self) -> tuple[dict[int, Symbol], dict[int, Symbol]]:
        """(offset -> func_by_offset(offset), offset -> by_offset(offset)) for the offsets that
        have one, for C loops (the maps stay as they are if the index is made again)."""
        if self._first_any is None:
            self._starting()
        return self._first_func, self._first_any  # type: ignore[return-value]

    def by_offset(self, offset: int) -> Symbol | None:
        """objtool's find_symbol_by_offset(): a non-section symbol starting at *offset*."""
        if self._first_any is None:
            self._starting()
        return self._first_any.get(offset)  # type: ignore[union-attr]

    def func_by_offset(self, offset: int) -> Symbol | None:
        """objtool's find_func_by_offset(): an STT_FUNC symbol starting at *offset*."""
        if self._first_func is None:
            self._starting()
        return self._first_func.get(offset)  # type: ignore[union-attr]

    def containing(self, offset: int) -> Symbol | None:
        """objtool's find_symbol_containing(): the first non-section symbol covering *offset*."""
        if self._any is None:
            self._any = _Containment([s for s in self._tree if s.type != STT_SECTION])
        return self._any.first(offset)

    def func_containing(self, offset: int) -> Symbol | None:
        """objtool's find_func_containing(): the first STT_FUNC symbol covering *offset*."""
        if self._funcs is None:
            self._funcs = _Containment([s for s in self._tree if s.type == STT_FUNC])
        return self._funcs.first(offset)

    def hole_size(self, offset: int) -> int:
        """objtool's find_symbol_hole_containing().

        0 if *offset* lies inside a symbol or before every symbol, -1 if the
        hole runs to the end of the section, else the distance to the next
        symbol.
        """
        everything = self._all
        if everything is None:
            everything = self._all = _Containment(self._tree)
        if everything.first(offset) is not None:
            return 0
        before, after = everything.last_before(offset)
        if before is None:
            return 0
        if after is None:
            return -1
        return after.offset - offset


def _u64_column(values: list[int]) -> array | list[int]:
    """*values* as a u64 array, or as they are if one does not fit (a malformed object's
    symbol can end past 2**64)."""
    try:
        return array("Q", values)
    except OverflowError:
        return values


def _offset_key(sym: Symbol) -> int:
    return sym.offset
