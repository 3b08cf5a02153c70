# SPDX-License-Identifier: GPL-2.0-only
"""Relocation tables.

A relocation section is kept as parallel arrays (offset, type, symbol index,
addend) parsed with numpy in one go; :class:`Reloc` objects are made only for
the entries somebody asks for.  Kernel objects carry tens of thousands of
relocations of which the checker looks at a small fraction.

Lookups by destination follow objtool's ``find_reloc_by_dest_range()``: the
entry with the lowest offset in the range, and among entries at the same
offset the one that comes last in the section (objtool's hash chains are
newest-first).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import numpy as np

from .constants import RELA_SIZE, SHT_RELA

if TYPE_CHECKING:
    from .model import Section, Symbol

RELA_DTYPE = np.dtype([("offset", "<u8"), ("info", "<u8"), ("addend", "<i8")])
REL_DTYPE = np.dtype([("offset", "<u8"), ("info", "<u8")])


class Reloc:
    """One relocation entry (a view that the table hands out and caches)."""

    __slots__ = ("table", "idx", "offset", "type", "sym", "addend", "jump_table_start")

    def __init__(self, table: RelocTable, idx: int, offset: int, rtype: int, sym: Symbol, addend: int):
        self.table = table
        self.idx = idx
        self.offset = offset
        self.type = rtype
        self.sym = sym
        self.addend = addend
        self.jump_table_start = False

    @property
    def sec(self) -> Section:
        """The relocation section this entry belongs to."""
        return self.table.sec

    def set_type(self, rtype: int) -> None:
        """Change the relocation type (objtool writes R_NONE over patched call sites)."""
        self.type = rtype
        self.table.types[self.idx] = rtype
        self.table.modified = True

    def __repr__(self) -> str:
        return f"<Reloc {self.table.sec.name}[{self.idx}] +{self.offset:#x} type {self.type} {self.sym.name}{self.addend:+#x}>"


class RelocTable:
    """The entries of one SHT_RELA/SHT_REL section."""

    def __init__(self, sec: Section, symbols: list[Symbol], offsets: list[int], types: list[int],
                 symidx: list[int], addends: list[int]) -> None:
        self.sec = sec
        self.symbols = symbols
        self.offsets = offsets
        self.types = types
        self.symidx = symidx
        self.addends = addends
        self._cache: dict[int, Reloc] = {}
        #: Entries added after reading (new sections only): Reloc objects in order.
        self.added: list[Reloc] = []
        self.modified = False
        self._sorted_offsets: list[int] | None = None
        self._order: list[int] | None = None

    @classmethod
    def parse(cls, sec: Section, symbols: list[Symbol]) -> RelocTable:
        data = sec.data or b""
        is_rela = sec.type == SHT_RELA
        dtype = RELA_DTYPE if is_rela else REL_DTYPE
        count = len(data) // dtype.itemsize
        arr = np.frombuffer(data, dtype=dtype, count=count)
        info = arr["info"]
        offsets = arr["offset"].tolist()
        types = (info & 0xFFFFFFFF).tolist()
        symidx = (info >> 32).tolist()
        addends = arr["addend"].tolist() if is_rela else [0] * count
        return cls(sec, symbols, offsets, types, symidx, addends)

    @classmethod
    def empty(cls, sec: Section, symbols: list[Symbol]) -> RelocTable:
        return cls(sec, symbols, [], [], [], [])

    def __len__(self) -> int:
        return len(self.offsets) + len(self.added)

    def get(self, i: int) -> Reloc:
        """Entry *i* in section order."""
        rel = self._cache.get(i)
        if rel is None:
            n = len(self.offsets)
            if i >= n:
                return self.added[i - n]
            rel = Reloc(self, i, self.offsets[i], self.types[i], self.symbols[self.symidx[i]], self.addends[i])
            self._cache[i] = rel
        return rel

    def __iter__(self):
        for i in range(len(self)):
            yield self.get(i)

    def _build_order(self) -> None:
        n = len(self.offsets)
        offs = np.asarray(self.offsets, dtype=np.uint64) if n else np.zeros(0, dtype=np.uint64)
        # ascending offset, and for equal offsets the later entry first
        order = np.lexsort((-np.arange(n, dtype=np.int64), offs)) if n else np.zeros(0, dtype=np.int64)
        self._order = order.tolist()
        self._sorted_offsets = offs[order].tolist() if n else []

    def find_in_range(self, offset: int, length: int) -> Reloc | None:
        """objtool's find_reloc_by_dest_range() on this table."""
        sorted_offsets = self._sorted_offsets
        if sorted_offsets is None:
            self._build_order()
            sorted_offsets = self._sorted_offsets
        pos = bisect_left(sorted_offsets, offset)
        if pos < len(sorted_offsets) and sorted_offsets[pos] < offset + length:
            return self.get(self._order[pos])
        return None

    def add(self, offset: int, rtype: int, sym: Symbol, addend: int) -> Reloc:
        """Append an entry (only used on sections created by pyobjtool)."""
        rel = Reloc(self, len(self), offset, rtype, sym, addend)
        self.added.append(rel)
        self.modified = True
        return rel

    def serialize(self) -> bytes:
        """The section contents with current types and symbol indices."""
        n = len(self.offsets)
        is_rela = self.sec.type == SHT_RELA
        dtype = RELA_DTYPE if is_rela else REL_DTYPE
        total = n + len(self.added)
        arr = np.zeros(total, dtype=dtype)
        if n:
            arr["offset"][:n] = self.offsets
            symbols = self.symbols
            new_idx = np.fromiter((symbols[i].idx for i in self.symidx), dtype=np.uint64, count=n)
            arr["info"][:n] = (new_idx << np.uint64(32)) | np.asarray(self.types, dtype=np.uint64)
            if is_rela:
                arr["addend"][:n] = self.addends
        for j, rel in enumerate(self.added, start=n):
            arr["offset"][j] = rel.offset
            arr["info"][j] = (rel.sym.idx << 32) | rel.type
            if is_rela:
                arr["addend"][j] = rel.addend
        return arr.tobytes()

    def references_moved_symbol(self) -> bool:
        """True if an entry names a symbol whose index is no longer the one read."""
        symbols = self.symbols
        return any(symbols[i].idx != i for i in set(self.symidx))


RELA_ENTRY_SIZE = RELA_SIZE
