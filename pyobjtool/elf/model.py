# SPDX-License-Identifier: GPL-2.0-only
"""The in-memory objects of an ELF file: sections and symbols.

They carry the raw header fields (so that the writer can put back exactly what
was read) plus the few derived links that every consumer needs: a symbol's
section, a relocation section's base section and the base's relocation
section.  Analysis-specific flags live on the objects too (as plain
attributes with class-level defaults) because the checker reads them on its
hottest paths and a side table would cost a dictionary lookup each time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .constants import SHF_EXECINSTR, SHT_NOBITS

if TYPE_CHECKING:
    from .relocs import RelocTable
    from .symbol_index import SectionSymbols


class Section:
    """One section header plus its contents."""

    # objtool's per-section classification, set by the checker
    text = False
    rodata = False
    noinstr = False
    #: .init.text of a built-in object: runs before userspace
    init = False

    def __init__(
        self,
        idx: int,
        name: str,
        name_off: int,
        sh_type: int,
        flags: int,
        addr: int,
        offset: int,
        size: int,
        link: int,
        info: int,
        addralign: int,
        entsize: int,
        data: bytes | bytearray | None,
    ) -> None:
        self.idx = idx
        self.name = name
        self.name_off = name_off
        self.type = sh_type
        self.flags = flags
        self.addr = addr
        self.offset = offset
        self.size = size
        self.link = link
        self.info = info
        self.addralign = addralign
        self.entsize = entsize
        #: Contents; ``None`` for SHT_NOBITS.  A ``bytearray`` once modified.
        self.data = data
        #: The contents or header differ from what was read.
        self.changed = False
        #: For a relocation section: the section it applies to.
        self.base: Section | None = None
        #: For a section with relocations: its relocation section.
        self.reloc: Section | None = None
        #: For a relocation section: the parsed entries.
        self.relocs: RelocTable | None = None
        #: The STT_SECTION symbol of this section, if any.
        self.sym: Symbol | None = None
        self._symbol_list: list[Symbol] = []
        #: symbols added after reading, not yet merged into the list (see add_symbol_to_list)
        self._pending: list[Symbol] = []
        self._index: SectionSymbols | None = None

    @property
    def symbol_list(self) -> list[Symbol]:
        """Symbols defined in this section, in objtool's list order."""
        if self._pending:
            self._merge_pending()
        return self._symbol_list

    @symbol_list.setter
    def symbol_list(self, symbols: list[Symbol]) -> None:
        self._symbol_list = symbols
        self._pending = []
        self._index = None

    def add_symbol_to_list(self, sym: Symbol) -> None:
        """Put a symbol created after reading where objtool's elf_add_symbol() links it.

        A zero-length symbol goes last (it is not in objtool's offset tree);
        any other right after its predecessor in the tree: the last symbol of
        non-zero length starting at or before it.  Inserting one by one is
        quadratic (6.12 adds a ``__pfx_`` symbol per function of vmlinux.o),
        so additions are collected and merged in one pass on the next read.
        """
        self._pending.append(sym)
        self._index = None

    def _merge_pending(self) -> None:
        # The list's non-zero-length symbols are in tree order (by offset, ties
        # in insertion order); a new one lands after every earlier one with an
        # offset <= its own, so the merged order of those is a stable sort by
        # offset.  A zero-length symbol stays just before the non-zero one
        # that followed it, after everything inserted behind the one before it.
        old = self._symbol_list
        pending = self._pending
        self._pending = []
        tree = [s for s in old if s.len]
        tree.extend(s for s in pending if s.len)
        tree.sort(key=_offset_of)  # stable: old ones first, then pending in order
        zeros_before: dict[int, list[Symbol]] = {}
        run: list[Symbol] = []
        for s in old:
            if s.len:
                if run:
                    zeros_before[id(s)] = run
                    run = []
            else:
                run.append(s)
        merged: list[Symbol] = []
        for s in tree:
            zeros = zeros_before.get(id(s))
            if zeros:
                merged.extend(zeros)
            merged.append(s)
        merged.extend(run)
        merged.extend(s for s in pending if not s.len)
        self._symbol_list = merged

    @property
    def is_exec(self) -> bool:
        return bool(self.flags & SHF_EXECINSTR)

    @property
    def has_data(self) -> bool:
        return self.type != SHT_NOBITS

    def writable_data(self) -> bytearray:
        """Return the contents as a bytearray, converting once on first write."""
        data = self.data
        if not isinstance(data, bytearray):
            data = bytearray(data or b"")
            self.data = data
        return data

    @property
    def symbols(self) -> SectionSymbols:
        """Lookup structure for the symbols of this section (built on first use)."""
        index = self._index
        if index is None:
            from .symbol_index import SectionSymbols

            index = self._index = SectionSymbols(self)
        return index

    def invalidate_symbol_index(self) -> None:
        self._index = None

    def __repr__(self) -> str:
        return f"<Section {self.idx} {self.name}>"


def _offset_of(sym: Symbol) -> int:
    return sym.offset


class Symbol:
    """One symbol table entry."""

    # objtool's classification of global symbols (classify_symbols())
    uaccess_safe = False
    static_call_tramp = False
    retpoline_thunk = False
    return_thunk = False
    fentry = False
    profiling_func = False
    embedded_insn = False
    #: an assembler-local ``.L`` label (STT_NOTYPE)
    local_label = False
    #: a warning about this symbol was printed (releases that print one per symbol)
    warned = False

    def __init__(
        self,
        idx: int,
        name: str,
        name_off: int,
        info: int,
        other: int,
        shndx: int,
        value: int,
        size: int,
        sec: Section,
        read_idx: int | None = None,
    ) -> None:
        self.idx = idx
        #: Index in the table as read; None for symbols pyobjtool created.
        self.read_idx = read_idx
        self.name = name
        self.name_off = name_off
        self.info = info
        self.other = other
        #: Raw st_shndx (may be SHN_XINDEX, SHN_ABS, ...).
        self.shndx = shndx
        self.value = value
        self.size = size
        #: Defining section; the NULL section (index 0) for undefined/absolute symbols.
        self.sec = sec
        self.type = info & 0xF
        self.bind = info >> 4
        self.offset = value
        #: Length as objtool uses it (reduced for a parent that contains its .cold part).
        self.len = size
        #: objtool's alias: the last symbol with the same offset, type and length.
        self.alias: Symbol = self
        #: Parent of a .cold fragment (self otherwise); None for non-functions.
        self.pfunc: Symbol | None = None
        #: .cold child of a function (self otherwise); None for non-functions.
        self.cfunc: Symbol | None = None

    def __repr__(self) -> str:
        return f"<Symbol {self.idx} {self.name!r} {self.sec.name}+{self.offset:#x}/{self.len:#x}>"
