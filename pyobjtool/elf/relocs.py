# SPDX-License-Identifier: GPL-2.0-only
"""Relocation tables.

A relocation section is kept as parallel lists (offset, type, symbol index,
addend) parsed in one go; :class:`Reloc` objects are made only for
the entries somebody asks for.  Kernel objects carry tens of thousands of
relocations of which the checker looks at a small fraction.

Lookups by destination follow objtool's ``find_reloc_by_dest_range()``: the
entry with the lowest offset in the range, and among entries at the same
offset the one that comes last in the section (objtool's hash chains are
newest-first).
"""

from __future__ import annotations

import struct
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterator, MutableSequence, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from ..native import load
from .constants import REL_SIZE, RELA_SIZE, SHT_RELA

if TYPE_CHECKING:
    from .model import Section, Symbol

_LITTLE_HOST = sys.byteorder == "little"


def _columns(data: bytes, count: int, words: int, signed_last: bool) -> list[list[int]]:
    """Split *count* entries of *words* little-endian u64 into per-field lists.

    With *signed_last* the last field is read signed (the RELA addend).  On a
    little-endian host a memoryview cast does this without a Python loop per
    entry.
    """
    raw = memoryview(data)[:count * words * 8]
    if _LITTLE_HOST:
        unsigned = raw.cast("Q")
        cols = [unsigned[i::words].tolist() for i in range(words)]
        if signed_last:
            cols[-1] = raw.cast("q")[words - 1::words].tolist()
        return cols
    fmt = "<" + "Q" * (words - 1) + ("q" if signed_last else "Q")
    rows = list(struct.iter_unpack(fmt, raw))
    return [list(col) for col in zip(*rows, strict=True)] if rows else [[] for _ in range(words)]


def _typed_columns(data: bytes, words: int) -> tuple[array, array, array, array]:
    """A little-endian host's typed columns of a table of *words* u64 per entry (3: RELA):
    offsets (u64), types and symbol indices (u32: r_info's halves), addends (s64; zeros for
    REL), by strided array slices (no Python code per entry: a vmlinux.o has 800,000)."""
    count = len(data) // (8 * words)
    entries = array("Q")
    entries.frombytes(memoryview(data)[:count * words * 8])
    info = array("I")
    info.frombytes(memoryview(entries[1::words]).cast("B"))  # (each r_info: type, then symbol)
    addends = array("q")
    addends.frombytes(memoryview(entries[2::3]).cast("B") if words == 3 else bytes(8 * count))
    return entries[0::words], info[0::2], info[1::2], addends


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
        self.table._set_type(self.idx, rtype)

    def __repr__(self) -> str:
        return f"<Reloc {self.table.sec.name}[{self.idx}] +{self.offset:#x} type {self.type} {self.sym.name}{self.addend:+#x}>"


class RelocTable:
    """The entries of one SHT_RELA/SHT_REL section."""

    def __init__(self, sec: Section, symbols: list[Symbol], offsets: Sequence[int], types: MutableSequence[int],
                 symidx: Sequence[int], addends: Sequence[int]) -> None:
        self.sec = sec
        self.symbols = symbols
        self.offsets = offsets
        self.types = types
        self.symidx = symidx
        self.addends = addends
        self._cache: dict[int, Reloc] = {}
        # entries added after reading (sections pyobjtool creates), as columns too: a vmlinux.o
        # gets a million of them (.orc_unwind_ip, .call_sites, ...)
        self._add_offsets = array("Q")
        self._add_types = array("I")
        self._add_syms: list[Symbol] = []
        self._add_addends = array("q")
        self.modified = False
        #: the section's bytes were let go after reading (take_contents()): write them from here
        self.holds_contents = False
        self._sorted_offsets: Sequence[int] | None = None
        self._order: Sequence[int] | None = None

    @classmethod
    def parse(cls, sec: Section, symbols: list[Symbol]) -> RelocTable:
        data = sec.data or b""
        if _LITTLE_HOST:
            return cls(sec, symbols, *_typed_columns(data, 3 if sec.type == SHT_RELA else 2))
        if sec.type == SHT_RELA:
            count = len(data) // RELA_SIZE
            offsets, info, addends = _columns(data, count, 3, True)
        else:
            count = len(data) // REL_SIZE
            offsets, info = _columns(data, count, 2, False)
            addends = [0] * count
        # typed arrays: 24 bytes a relocation instead of ~160 as lists of ints
        types = array("I", [i & 0xFFFFFFFF for i in info])
        symidx = array("I", [i >> 32 for i in info])
        return cls(sec, symbols, array("Q", offsets), types, symidx, array("q", addends))

    def take_contents(self) -> bool:
        """Let the section's bytes go (its ``data`` becomes None) when the columns hold all of
        them and C writes them back fast: a vmlinux.o has 19 MB of relocations, read into
        columns as well.  False (nothing done) otherwise."""
        sec = self.sec
        words = 3 if sec.type == SHT_RELA else 2
        if (not _LITTLE_HOST or sec.data is None or len(sec.data) != 8 * words * len(self.offsets)
                or load("pyobjtool.elf._tables") is None):
            return False
        sec.data = None
        self.holds_contents = True
        return True

    @classmethod
    def empty(cls, sec: Section, symbols: list[Symbol]) -> RelocTable:
        return cls(sec, symbols, array("Q"), array("I"), array("I"), array("q"))

    def __len__(self) -> int:
        return len(self.offsets) + len(self._add_offsets)

    def release(self) -> None:
        """Drop the handed-out entries (each refers back to the table)."""
        self._cache.clear()

    @property
    def added(self) -> list[Reloc]:
        """The entries added after reading, in order."""
        n = len(self.offsets)
        return [self.get(n + k) for k in range(len(self._add_offsets))]

    def get(self, i: int) -> Reloc:
        """Entry *i* in section order."""
        rel = self._cache.get(i)
        if rel is None:
            n = len(self.offsets)
            if i >= n:
                k = i - n
                rel = Reloc(self, i, self._add_offsets[k], self._add_types[k], self._add_syms[k],
                            self._add_addends[k])
            else:
                rel = Reloc(self, i, self.offsets[i], self.types[i], self.symbols[self.symidx[i]], self.addends[i])
            self._cache[i] = rel
        return rel

    def _set_type(self, i: int, rtype: int) -> None:
        n = len(self.offsets)
        if i >= n:
            self._add_types[i - n] = rtype
        else:
            self.types[i] = rtype
        self.modified = True

    def __iter__(self):
        for i in range(len(self)):
            yield self.get(i)

    def _build_order(self) -> None:
        offsets = self.offsets
        n = len(offsets)
        if all(map(int.__lt__, offsets, islice(offsets, 1, None))):  # the assembler's usual order
            self._order = range(n)
            self._sorted_offsets = offsets
            return
        # ascending offset, and for equal offsets the later entry first: a stable sort of the
        # indices from last to first, keyed by a C method (no Python code per entry)
        order = array("I", sorted(range(n - 1, -1, -1), key=offsets.__getitem__))
        self._order = order
        self._sorted_offsets = array("Q", map(offsets.__getitem__, order))

    def sorted_offsets(self) -> Sequence[int]:
        """The entries' offsets in ascending order (those read; added ones are not searched)."""
        if self._sorted_offsets is None:
            self._build_order()
        return self._sorted_offsets  # type: ignore[return-value]

    def entry_order(self) -> Sequence[int]:
        """Entry indices in :meth:`sorted_offsets` order (for equal offsets the later entry first)."""
        if self._order is None:
            self._build_order()
        return self._order  # type: ignore[return-value]

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

    def add(self, offset: int, rtype: int, sym: Symbol, addend: int) -> None:
        """Append an entry (only used on sections created by pyobjtool)."""
        self._add_offsets.append(offset)
        self._add_types.append(rtype)
        self._add_syms.append(sym)
        self._add_addends.append(addend)
        self.modified = True

    def add_many(self, offsets: Sequence[int], rtype: int, syms: list[Symbol], addends: Sequence[int]) -> None:
        """Append entries of one type (only used on sections created by pyobjtool)."""
        self._add_offsets.extend(offsets)
        self._add_types.extend(array("I", [rtype]) * len(syms))
        self._add_syms.extend(syms)
        self._add_addends.extend(addends)
        self.modified = True

    def set_many(self, first: int, offsets: Sequence[int], rtype: int, syms: list[Symbol],
                 addends: Sequence[int]) -> None:
        """Fill reserved entries *first*, *first* + 1, ... (:meth:`set` for each)."""
        k = first - len(self.offsets)
        n = len(syms)
        if k < 0 or k + n > len(self._add_syms):
            raise IndexError("not reserved entries")
        self._add_offsets[k:k + n] = array("Q", offsets)
        self._add_types[k:k + n] = array("I", [rtype]) * n
        self._add_syms[k:k + n] = syms
        self._add_addends[k:k + n] = array("q", addends)
        for idx in range(first, first + n) if self._cache else ():
            self._cache.pop(idx, None)
        self.modified = True

    def set(self, idx: int, offset: int, rtype: int, sym: Symbol, addend: int) -> None:
        """Fill a reserved entry of a created section."""
        k = idx - len(self.offsets)
        self._add_offsets[k] = offset
        self._add_types[k] = rtype
        self._add_syms[k] = sym
        self._add_addends[k] = addend
        self._cache.pop(idx, None)
        self.modified = True

    def serialized_size(self) -> int:
        """The size of :meth:`serialize`'s result."""
        return len(self) * (RELA_SIZE if self.sec.type == SHT_RELA else REL_SIZE)

    def serialize(self, index_now: array | None = None) -> bytes:
        """The section contents with current types and symbol indices (*index_now*: every
        symbol's current index by read index, if the caller has it)."""
        return b"".join(self.serialize_chunks(index_now))

    def serialize_chunks(self, index_now: array | None = None, step: int = 1 << 15) -> Iterator:
        """:meth:`serialize` in pieces of *step* entries (bytes-like memory), to be written one
        after the other: a vmlinux.o's ``.rela.orc_unwind_ip`` alone is 13 MB."""
        words = 3 if self.sec.type == SHT_RELA else 2
        current = index_now if index_now is not None else array("I", [sym.idx for sym in self.symbols])
        native = load("pyobjtool.elf._tables") if _LITTLE_HOST else None
        n = len(self.offsets)
        for start in range(0, n, step):
            yield self._pack_range(native, words, start, min(n, start + step), current)
        added = len(self._add_offsets)
        for start in range(0, added, step):
            yield self._pack_range(native, words, start, min(added, start + step), None)

    def _pack_range(self, native, words: int, start: int, stop: int, current: Sequence[int] | None):
        """Entries *start* up to *stop* as written: of those read, symbols renumbered by
        *current*; of those added (*current* None), with their symbols' indices now.  In C
        (*native*, ``_tables.c``) or here (the reference)."""
        if current is not None:
            offsets, types, addends = self.offsets, self.types, self.addends
        else:
            offsets, types, addends = self._add_offsets, self._add_types, self._add_addends
        offs = memoryview(offsets)[start:stop]
        kinds = memoryview(types)[start:stop]
        adds = memoryview(addends)[start:stop] if words == 3 else memoryview(b"")  # (REL: none)
        if native is not None:
            out = bytearray(8 * words * (stop - start))
            if current is not None:
                native.pack_relocs(out, words, offs, kinds, memoryview(self.symidx)[start:stop], adds, current)
            else:
                native.pack_added(out, words, offs, kinds, self._add_syms[start:stop], adds)
            return out
        if current is not None:
            syms = array("I", map(current.__getitem__, self.symidx[start:stop]))
        else:
            syms = array("I", [sym.idx for sym in self._add_syms[start:stop]])
        out = array("Q", bytes(8 * words * (stop - start)))
        view = memoryview(out)
        view[0::words] = offs
        if _LITTLE_HOST:  # r_info is (symbol << 32) | type: two u32 halves, type first
            halves = array("I", bytes(8 * (stop - start)))
            hview = memoryview(halves)
            hview[0::2] = kinds
            hview[1::2] = memoryview(syms)
            view[1::words] = hview.cast("B").cast("Q")
        else:
            view[1::words] = memoryview(array("Q", [(s << 32) | t for s, t in zip(syms, kinds, strict=True)]))
        if words == 3:
            view[2::words] = adds.cast("B").cast("Q")
        if not _LITTLE_HOST:
            out.byteswap()
        return memoryview(out).cast("B")

    def references_moved_symbol(self) -> bool:
        """True if an entry names a symbol whose index is no longer the one read."""
        symbols = self.symbols
        return any(symbols[i].idx != i for i in set(self.symidx))


RELA_ENTRY_SIZE = RELA_SIZE
