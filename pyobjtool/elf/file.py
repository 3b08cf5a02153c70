# SPDX-License-Identifier: GPL-2.0-only
"""Reading an ELF64 little-endian file into sections, symbols and relocations,
and the few edits objtool makes to it (new sections, section symbols,
relocations, patched bytes).

Only what objtool needs is parsed eagerly; relocation entries stay in plain
lists until asked for (no numpy: its import alone costs more than checking a
typical object).  Every structural problem raises
:class:`~pyobjtool.errors.ElfFormatError` with a message that names the file
part at fault, so that the command line can print one error line.

Name lookups follow objtool's hash tables: when several sections or symbols
share a name, the last one read (or created) wins.
"""

from __future__ import annotations

import os
import struct
from array import array
from bisect import bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING

from ..errors import ElfFormatError, UnsupportedInputError
from ..native import load
from .constants import (
    EHDR_SIZE,
    ELFCLASS32,
    ELFCLASS64,
    ELFDATA2LSB,
    ELFMAG,
    MACHINE_NAMES,
    SHDR_SIZE,
    SHF_ALLOC,
    SHF_COMPRESSED,
    SHF_INFO_LINK,
    SHN_LORESERVE,
    SHN_UNDEF,
    SHN_XINDEX,
    SHT_NOBITS,
    SHT_PROGBITS,
    SHT_REL,
    SHT_RELA,
    SHT_STRTAB,
    SHT_SYMTAB,
    SHT_SYMTAB_SHNDX,
    STB_LOCAL,
    STT_FILE,
    STT_SECTION,
    SYM_SIZE,
)
from .model import Section, Symbol

if TYPE_CHECKING:
    from collections.abc import Sequence
from .relocs import RelocTable

EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
SHDR = struct.Struct("<IIQQQQIIQQ")
#: largest sh_addralign accepted; larger ones only come from corrupted headers
#: (libelf would lay the rewritten file out with gigabytes of padding)
MAX_ALIGN = 1 << 24
SYM = struct.Struct("<IBBHQQ")
EV_CURRENT = 1
#: libelf's elf_getdata() refuses a section of these types whose size is not a
#: multiple of the type's entry size (whatever sh_entsize says): "invalid data"
TYPE_ENTRY_SIZES = {
    SHT_SYMTAB: 24, 11: 24,             # SHT_DYNSYM
    SHT_RELA: 24, SHT_REL: 16,
    6: 16,                              # SHT_DYNAMIC
    5: 4, 17: 4, SHT_SYMTAB_SHNDX: 4,   # SHT_HASH, SHT_GROUP
    14: 8, 15: 8, 16: 8,                # SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY
    0x6FFFFFFF: 2,                      # SHT_GNU_versym
}
#: sections objtool reads as tables through libelf: compressed ones are refused
TABLE_TYPES = frozenset((SHT_SYMTAB, SHT_STRTAB, SHT_RELA, SHT_REL, SHT_SYMTAB_SHNDX))
#: struct Elf64_Chdr; ELFCOMPRESS_ZLIB and ELFCOMPRESS_ZSTD
CHDR_SIZE = 24
COMPRESSION_TYPES = (1, 2)


#: files larger than this are not kept whole in memory besides their sections' copies
KEEP_RAW_LIMIT = 16 << 20


def _identity(path: str) -> tuple[int, int, int]:
    st = os.stat(path)
    return st.st_ino, st.st_size, st.st_mtime_ns


class ElfFile:
    """An ELF64 little-endian file held in memory."""

    def __init__(self, raw: bytes, path: str = "<memory>", on_sections=None) -> None:
        """Read *raw* (the file at *path*).  *on_sections*, if given, is called with the file
        as soon as its section headers and contents are read, before symbols and relocations
        (the runner starts decoding a big object's code on a thread there)."""
        self.path = path
        self.raw = raw
        self.sections: list[Section] = []
        #: Symbols by the index they were read at; created symbols are appended.
        self.symbols: list[Symbol] = []
        self.section_by_name: dict[str, Section] = {}
        self.symbol_by_name: dict[str, Symbol] = {}
        self.symtab: Section | None = None
        self.symtab_shndx: Section | None = None
        self.num_files = 0
        #: Set by every edit; the file is written only when this is true.
        self.changed = False
        #: Entries appended to the symbol table after reading, in order.
        self.symtab_grew = False
        self._parse_header()
        self._parse_sections()
        if on_sections is not None:
            on_sections(self)
        self._parse_symbols()
        self._parse_relocs()
        if len(raw) > KEEP_RAW_LIMIT:
            for sec in self.sections:  # (their columns hold them: see RelocTable.take_contents)
                if sec.relocs is not None:
                    sec.relocs.take_contents()
        if len(raw) > KEEP_RAW_LIMIT and os.path.isfile(path):
            # every section holds its own copy of its bytes: for a big object, don't keep the
            # file twice; the rare readers of the whole file (DWARF) read it again
            self._raw_identity = _identity(path)
            self.raw = None

    @property
    def raw(self) -> bytes:
        """The file as read (read again from disk for a big object; see KEEP_RAW_LIMIT)."""
        raw = self._raw
        if raw is None:
            with open(self.path, "rb") as fh:
                raw = fh.read()
            if _identity(self.path) != self._raw_identity:
                raise ElfFormatError(f"{self.path} changed while it was being checked")
        return raw

    @raw.setter
    def raw(self, value: bytes | None) -> None:
        self._raw = value

    # ------------------------------------------------------------------ reading

    @classmethod
    def open(cls, path: str) -> ElfFile:
        with open(path, "rb") as fh:
            raw = fh.read()
        return cls(raw, path)

    def _fail(self, what: str) -> ElfFormatError:
        return ElfFormatError(what)

    def release(self) -> None:
        """Break the reference cycles among sections, symbols and relocations, so that they
        are freed as soon as the last reference goes (a batch frees one object after another,
        and the cyclic collector would otherwise walk them all); the file is unusable afterwards."""
        for sec in self.sections:
            relocs = getattr(sec, "relocs", None)
            if relocs is not None:
                relocs.release()
            sec.__dict__.clear()
        for sym in self.symbols:
            sym.__dict__.clear()

    def _parse_header(self) -> None:
        raw = self.raw
        if not raw:
            raise self._fail("empty file, not an ELF object")
        if len(raw) < 16 or raw[:4] != ELFMAG:
            if len(raw) < 4 and ELFMAG.startswith(raw):
                raise self._fail("truncated ELF header")
            raise self._fail("not an ELF file")
        ei_class, ei_data = raw[4], raw[5]
        if ei_class == ELFCLASS32:
            raise UnsupportedInputError("ELF32 objects are not supported (x86-64 and arm64 are ELF64)")
        if ei_class != ELFCLASS64:
            raise self._fail(f"invalid ELF class {ei_class}")
        if ei_data != ELFDATA2LSB:
            raise UnsupportedInputError("big-endian ELF objects are not supported")
        if len(raw) < EHDR_SIZE:
            raise self._fail("truncated ELF header")
        (self.ident, self.e_type, self.e_machine, self.e_version, self.e_entry, self.e_phoff,
         self.e_shoff, self.e_flags, self.e_ehsize, self.e_phentsize, self.e_phnum,
         self.e_shentsize, self.e_shnum, self.e_shstrndx) = EHDR.unpack_from(raw, 0)
        # libelf takes a file with another EI_VERSION for no ELF at all ("invalid `Elf' handle")
        # and refuses to write one with another e_version ("unknown version")
        if raw[6] != EV_CURRENT:
            raise self._fail(f"ELF header: EI_VERSION is {raw[6]}, not 1 (EV_CURRENT)")
        if self.e_version != EV_CURRENT:
            raise self._fail(f"ELF header: e_version is {self.e_version}, not 1 (EV_CURRENT)")

    @property
    def machine_name(self) -> str:
        return MACHINE_NAMES.get(self.e_machine, f"machine {self.e_machine}")

    def _parse_sections(self) -> None:
        raw = self.raw
        size = len(raw)
        shoff, shnum = self.e_shoff, self.e_shnum
        if shoff == 0:
            if shnum:
                raise self._fail("section header table offset is 0 but e_shnum is not")
            self._finish_sections([])
            return
        if self.e_shentsize != SHDR_SIZE:
            raise self._fail(f"unexpected section header size {self.e_shentsize}")
        if shoff + SHDR_SIZE > size:
            raise self._fail("section header table lies past the end of the file (truncated?)")
        if shnum == 0:
            # more than SHN_LORESERVE sections: the count is in section 0's sh_size
            shnum = SHDR.unpack_from(raw, shoff)[5]
        if shoff + shnum * SHDR_SIZE > size:
            raise self._fail(
                f"section header table ({shnum} entries at {shoff:#x}) lies past the end of the file (truncated?)"
            )
        headers = [SHDR.unpack_from(raw, shoff + i * SHDR_SIZE) for i in range(shnum)]
        shstrndx = self.e_shstrndx
        if shstrndx == SHN_XINDEX:
            shstrndx = headers[0][6]
        if shstrndx >= shnum:
            raise self._fail(f"section name table index {shstrndx} out of range")
        shstr_hdr = headers[shstrndx]
        if shstr_hdr[1] == SHT_NOBITS or shstr_hdr[4] + shstr_hdr[5] > size:
            raise self._fail("section name table lies past the end of the file")
        shstrtab = raw[shstr_hdr[4]:shstr_hdr[4] + shstr_hdr[5]]
        shstr_problem = _string_table_problem(shstr_hdr[1], shstr_hdr[2], shstrtab)
        sections = []
        for idx, (name_off, sh_type, flags, addr, offset, sec_size, link, info, align, entsize) in enumerate(headers):
            # objtool names every section, the null one too, with elf_strptr()
            if shstr_problem is not None:
                raise self._fail(f"section [{idx}]: its name can't be read: the section name table "
                                 f"[{shstrndx}] {shstr_problem}")
            if name_off >= len(shstrtab):
                raise self._fail(f"section [{idx}]: name offset {name_off:#x} is past the end of the section "
                                 f"name table ({len(shstrtab):#x} bytes)")
            name = _cstr(shstrtab, name_off)
            if align & (align - 1) or align > MAX_ALIGN:
                raise self._fail(f"section [{idx}] {name} has an invalid alignment {align:#x}")
            if sh_type == SHT_NOBITS or idx == 0:
                data = None if sh_type == SHT_NOBITS else b""
                if idx == 0 and sh_type != SHT_NOBITS and sec_size and self.e_shnum and offset + sec_size > size:
                    # objtool asks libelf for every section's data, the null section's too
                    raise self._fail(f"section [0] ({sec_size:#x} bytes at {offset:#x}) lies past the end of the "
                                     "file")
            else:
                if offset + sec_size > size:
                    raise self._fail(
                        f"section [{idx}] {name} ({sec_size:#x} bytes at {offset:#x}) lies past the end of the file (truncated?)"
                    )
                data = raw[offset:offset + sec_size]
            self._check_section(idx, name, sh_type, flags, sec_size, entsize, data)
            sections.append(Section(idx, name, name_off, sh_type, flags, addr, offset, sec_size, link, info,
                                    align, entsize, data))
        self.shstrndx = shstrndx
        self._finish_sections(sections)

    def _check_section(self, idx: int, name: str, sh_type: int, flags: int, size: int, entsize: int,
                       data: bytes | None) -> None:
        """What libelf refuses in a section header, on reading or on writing the object."""
        where = f"section [{idx}] {name}"
        if flags & SHF_COMPRESSED:
            if sh_type in TABLE_TYPES:
                raise self._fail(f"{where}: SHF_COMPRESSED is set on a section objtool reads as a table")
            if flags & SHF_ALLOC:
                raise self._fail(f"{where}: SHF_COMPRESSED is set on an allocated (SHF_ALLOC) section")
            if sh_type == SHT_NOBITS or data is None or len(data) < CHDR_SIZE or \
                    struct.unpack_from("<I", data, 0)[0] not in COMPRESSION_TYPES:
                raise self._fail(f"{where}: SHF_COMPRESSED is set but the section has no compression header")
        elif size and sh_type != SHT_NOBITS:
            unit = TYPE_ENTRY_SIZES.get(sh_type)
            if unit is not None and size % unit:
                raise self._fail(f"{where}: size {size:#x} is not a multiple of {unit}, the entry size of "
                                 f"its type")
        if entsize and size % entsize:
            raise self._fail(f"{where}: size {size:#x} is not a multiple of its entry size (sh_entsize {entsize})")
        if sh_type == SHT_STRTAB and size and data is not None and data[-1]:
            raise self._fail(f"{where}: string table does not end with a NUL byte")

    def _finish_sections(self, sections: list[Section]) -> None:
        if not sections:
            sections = [Section(0, "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, b"")]
            self.shstrndx = 0
        self.sections = sections
        by_name = self.section_by_name
        for sec in sections:
            by_name[sec.name] = sec

    def find_section(self, name: str) -> Section | None:
        return self.section_by_name.get(name)

    def _parse_symbols(self) -> None:
        symtab = self.find_section(".symtab")
        null = self.sections[0]
        if symtab is None or symtab.type != SHT_SYMTAB:
            # an empty object may have no symbol table at all (objtool accepts that)
            self.symtab = None
            return
        self.symtab = symtab
        if symtab.entsize != SYM_SIZE:
            raise self._fail(f".symtab has entry size {symtab.entsize}, expected {SYM_SIZE}")
        if symtab.link >= len(self.sections):
            raise self._fail(".symtab links to a string table that does not exist")
        strtab_sec = self.sections[symtab.link]
        strtab = strtab_sec.data or b""
        if symtab.size >= SYM_SIZE:
            problem = _string_table_problem(strtab_sec.type, strtab_sec.flags, strtab)
            if problem is not None:
                raise self._fail(f".symtab: symbol names can't be read: its string table [{strtab_sec.idx}] "
                                 f"{strtab_sec.name} {problem}")
        shndx_sec = self.find_section(".symtab_shndx")
        if shndx_sec is not None and shndx_sec.type != SHT_SYMTAB_SHNDX:
            shndx_sec = None
        self.symtab_shndx = shndx_sec
        data = symtab.data or b""
        count = len(data) // SYM_SIZE
        entries = list(SYM.iter_unpack(memoryview(data)[:count * SYM_SIZE]))
        xindex = None
        if shndx_sec is not None and shndx_sec.data:
            xdata = shndx_sec.data
            xindex = list(struct.unpack_from(f"<{len(xdata) // 4}I", xdata))
        sections = self.sections
        nsec = len(sections)
        symbols = self.symbols
        native = load("pyobjtool.elf._tables")
        names = native.symbol_names(data, count, strtab) if native is not None else None
        if names is None:
            names = self._symbol_names_py(entries, strtab)
        for i, (name_off, info, other, shndx, value, size) in enumerate(entries):
            name = names[i]
            sec = null
            if SHN_UNDEF < shndx < SHN_LORESERVE:
                if shndx >= nsec:
                    raise self._fail(f"symbol {name or i} refers to section {shndx}, which does not exist")
                sec = sections[shndx]
            elif shndx == SHN_XINDEX and xindex is not None:
                real = xindex[i] if i < len(xindex) else 0
                if not real or real >= nsec:
                    raise self._fail(f"symbol {name or i} refers to section {real}, which does not exist")
                sec = sections[real]
            sym = Symbol(i, name, name_off, info, other, shndx, value, size, sec, i)
            if info & 0xF == STT_SECTION and sec is not null:
                sym.name = sec.name
                sec.sym = sym
            elif info & 0xF == STT_FILE:
                self.num_files += 1
            symbols.append(sym)
        self._order_symbols()
        by_name = self.symbol_by_name
        for sym in symbols:
            by_name[sym.name] = sym

    def _symbol_names_py(self, entries: list[tuple], strtab: bytes) -> list[str]:
        """Each symbol's name (``_tables.c``'s symbol_names() is the same in C)."""
        strtab_len = len(strtab)
        name_cache: dict[int, str] = {}
        # (names cut from the table decoded once: latin-1 maps each byte to one character)
        strings = strtab.decode("latin-1")
        find = strings.find
        names = []
        for i, entry in enumerate(entries):
            name_off = entry[0]
            name = name_cache.get(name_off)
            if name is None:
                if name_off >= strtab_len:
                    raise self._fail(f"symbol {i}: name offset {name_off:#x} is past the end of the string "
                                     f"table ({strtab_len:#x} bytes)")
                end = find("\0", name_off)
                name = name_cache[name_off] = strings[name_off:end] if end >= 0 else strings[name_off:]
            names.append(name)
        return names

    def _order_symbols(self) -> None:
        """Attach symbols to their sections in objtool's list order and set aliases.

        objtool inserts each symbol (in table order) into an offset-ordered
        tree, links it into the section's list right after its tree
        predecessor, and then takes zero-length symbols out of the tree again.
        The resulting list is offset-ordered except that a zero-length symbol
        can end up after later symbols; the checker walks functions in this
        order, so it decides which function claims shared code first.
        """
        per_section: dict[int, list[Symbol]] = {}
        for sym in self.symbols:
            per_section.setdefault(sym.sec.idx, []).append(sym)
        for sec_idx, syms in per_section.items():
            sec = self.sections[sec_idx]
            sec.symbol_list = _objtool_list_order(syms)

    def _parse_relocs(self) -> None:
        symbols = self.symbols
        nsyms = len(symbols)
        sections = self.sections
        for sec in sections:
            if sec.type not in (SHT_RELA, SHT_REL):
                continue
            if sec.info >= len(sections):
                raise self._fail(f"can't find base section for reloc section {sec.name}")
            base = sections[sec.info]
            sec.base = base
            base.reloc = sec
            expected = 24 if sec.type == SHT_RELA else 16
            if sec.entsize != expected:
                raise self._fail(f"{sec.name} has entry size {sec.entsize}, expected {expected}")
            table = RelocTable.parse(sec, symbols)
            sec.relocs = table
            if table.symidx:
                if max(table.symidx) >= nsyms:
                    bad = next(i for i in table.symidx if i >= nsyms)
                    raise self._fail(f"{sec.name} refers to symbol {bad}, but .symtab has {nsyms}")
                limit = base.size
                if base.type != SHT_NOBITS and max(table.offsets) >= limit:
                    bad = max(table.offsets)
                    raise self._fail(
                        f"{sec.name}: relocation at offset {bad:#x} lies past the end of {base.name} ({limit:#x} bytes)"
                    )

    # ------------------------------------------------------------------ editing

    def write_bytes(self, sec: Section, offset: int, data: bytes) -> None:
        """Overwrite bytes inside a section (objtool's elf_write_insn())."""
        buf = sec.writable_data()
        buf[offset:offset + len(data)] = data
        sec.changed = True
        self.changed = True

    def create_section(self, name: str, sh_flags: int, entsize: int, nr: int) -> Section:
        """Append a zero-filled SHT_PROGBITS section (objtool's elf_create_section())."""
        shstrtab = self.find_section(".shstrtab") or self.find_section(".strtab")
        if shstrtab is None:
            raise ElfFormatError("can't find .shstrtab or .strtab section")
        size = entsize * nr
        name_off = self._add_string(shstrtab, name)
        sec = Section(len(self.sections), name, name_off, SHT_PROGBITS, SHF_ALLOC | sh_flags, 0, 0, size, 0, 0,
                      1, entsize, bytearray(size))
        sec.changed = True
        self.sections.append(sec)
        self.section_by_name[name] = sec
        self.changed = True
        return sec

    def create_rela_section(self, base: Section) -> Section:
        """Create ``.rela<base>`` for a section created by pyobjtool."""
        sec = self.create_section(".rela" + base.name, 0, 24, 0)
        sec.type = SHT_RELA
        sec.addralign = 8
        sec.link = self.symtab.idx if self.symtab else 0
        sec.info = base.idx
        sec.flags = SHF_INFO_LINK
        sec.base = base
        base.reloc = sec
        sec.relocs = RelocTable.empty(sec, self.symbols)
        return sec

    def _add_string(self, strtab: Section, text: str) -> int:
        buf = strtab.writable_data()
        off = len(buf)
        buf += text.encode("latin-1") + b"\0"
        strtab.size = len(buf)
        strtab.changed = True
        return off

    def create_section_pair(self, name: str, sh_flags: int, entsize: int, nr: int, reloc_nr: int) -> Section:
        """A new section and its ``.rela`` section with *reloc_nr* entries reserved
        (objtool 6.12's elf_create_section_pair()); fill them with :meth:`set_reloc`.
        Entries left unfilled stay all-zero (R_NONE against symbol 0)."""
        sec = self.create_section(name, sh_flags, entsize, nr)
        rsec = self.create_rela_section(sec)
        null = self.symbols[0] if self.symbols else None
        if reloc_nr:
            rsec.relocs.add_many(array("Q", [0]) * reloc_nr, 0, [null] * reloc_nr, array("q", [0]) * reloc_nr)
        rsec.size += reloc_nr * rsec.entsize
        return sec

    def set_reloc(self, sec: Section, idx: int, offset: int, rtype: int, sym: Symbol, addend: int) -> None:
        """Fill entry *idx* of a reserved ``.rela`` section (elf_init_reloc())."""
        self.sections[sec.reloc.idx].relocs.set(idx, offset, rtype, sym, addend)

    def set_relocs(self, sec: Section, first: int, offsets: Sequence[int], rtype: int, syms: list[Symbol],
                   addends: Sequence[int]) -> None:
        """Fill entries *first*, *first* + 1, ... of a reserved ``.rela`` section (:meth:`set_reloc`
        for each)."""
        self.sections[sec.reloc.idx].relocs.set_many(first, offsets, rtype, syms, addends)

    def add_reloc(self, sec: Section, offset: int, rtype: int, sym: Symbol, addend: int) -> None:
        """Add a relocation to *sec* (which pyobjtool created), making .rela<sec> if needed."""
        rsec = sec.reloc
        if rsec is None:
            rsec = self.create_rela_section(sec)
        rsec.relocs.add(offset, rtype, sym, addend)
        rsec.size += rsec.entsize
        rsec.changed = True

    def add_relocs(self, sec: Section, offsets: Sequence[int], rtype: int, syms: list[Symbol],
                   addends: Sequence[int]) -> None:
        """Add relocations of one type to *sec* (which pyobjtool created), as :meth:`add_reloc`
        one after the other would."""
        if not syms:
            return
        rsec = sec.reloc
        if rsec is None:
            rsec = self.create_rela_section(sec)
        rsec.relocs.add_many(offsets, rtype, syms, addends)
        rsec.size += rsec.entsize * len(syms)
        rsec.changed = True

    def section_symbol(self, sec: Section) -> Symbol:
        """The STT_SECTION symbol of *sec*, created the way objtool creates it (see :meth:`add_symbol`)."""
        if sec.sym is not None:
            return sec.sym
        sym = self.add_symbol(sec.name, 0, (STB_LOCAL << 4) | STT_SECTION, 0, sec, 0, 0)
        sec.sym = sym
        return sym

    def add_symbol(self, name: str, name_off: int, info: int, other: int, sec: Section, value: int,
                   size: int) -> Symbol:
        """Add a symbol to the table where objtool's elf_create_symbol() puts it.

        A local symbol must come before the globals: objtool frees a slot by
        moving the first global symbol (index ``sh_info``) to the end of the
        table, puts the new symbol in its place and bumps ``sh_info``; a
        global or weak symbol is appended.  Doing the same keeps the symbol
        table byte-compatible with objtool's output.
        """
        return self._add_symbols([(name, name_off, info, other, sec, value, size)])[0]

    def _add_symbols(self, entries: list[tuple[str, int, int, int, Section, int, int]]) -> list[Symbol]:
        """:meth:`add_symbol` for each (name, name offset, info, other, section, value, size)."""
        symtab = self.symtab
        if symtab is None:
            raise ElfFormatError("no .symtab")
        symbols = self.symbols
        by_name = self.symbol_by_name
        current = self._symbols_current
        made = []
        table_size = symtab.size
        first_non_local = symtab.info
        for name, name_off, info, other, sec, value, size in entries:
            new_idx = table_size // SYM_SIZE
            if info >> 4 == STB_LOCAL:
                if current is None:
                    current = self._symbols_by_current_index()
                old = current.get(first_non_local)
                if old is not None:
                    old.idx = new_idx
                    current[new_idx] = old
                    new_idx = first_non_local
                first_non_local += 1
            sym = Symbol(new_idx, name, name_off, info, other, sec.idx, value, size, sec)
            symbols.append(sym)
            if current is not None:
                current[new_idx] = sym
            table_size += SYM_SIZE
            sec.add_symbol_to_list(sym)
            by_name[name] = sym
            made.append(sym)
        symtab.size = table_size
        symtab.info = first_non_local
        symtab.changed = True
        if self.symtab_shndx is not None:
            self.symtab_shndx.size += 4 * len(entries)
            self.symtab_shndx.changed = True
        self.symtab_grew = True
        self.changed = True
        return made

    def add_string(self, name: str) -> int:
        """Append a name to ``.strtab`` (symbol names); returns its offset."""
        strtab = self.sections[self.symtab.link] if self.symtab is not None else None
        if strtab is None:
            raise ElfFormatError("no .strtab")
        return self._add_string(strtab, name)

    def add_symbols(self, entries: list[tuple[str, int, int, Section, int, int]]) -> None:
        """:meth:`add_string` and :meth:`add_symbol` for each (name, info, other, section,
        value, size), in order, the names appended to ``.strtab`` at once (6.12 gives a
        vmlinux.o 60,000 prefix symbols)."""
        if not entries:
            return
        strtab = self.sections[self.symtab.link] if self.symtab is not None else None
        if strtab is None:
            raise ElfFormatError("no .strtab")
        buf = strtab.writable_data()
        offset = len(buf)
        names = [entry[0].encode("latin-1") + b"\0" for entry in entries]
        buf += b"".join(names)
        strtab.size = len(buf)
        strtab.changed = True
        offsets = accumulate([len(encoded) for encoded in names[:-1]], initial=offset)
        self._add_symbols([(name, name_off, info, other, sec, value, size)
                           for (name, info, other, sec, value, size), name_off in zip(entries, offsets, strict=True)])

    _symbols_current: dict[int, Symbol] | None = None

    def _symbols_by_current_index(self) -> dict[int, Symbol]:
        cur = self._symbols_current
        if cur is None:
            cur = self._symbols_current = {s.idx: s for s in self.symbols}
        return cur

    def symbols_in_table_order(self) -> list[Symbol]:
        """All symbols sorted by their current symbol-table index."""
        return sorted(self.symbols, key=lambda s: s.idx)


def _string_table_problem(sh_type: int, flags: int, data: bytes) -> str | None:
    """Why libelf's elf_strptr() would refuse every name in this section, or None."""
    if sh_type != SHT_STRTAB:
        return f"is not a string table (type {sh_type})"
    if flags & SHF_COMPRESSED:
        return "is marked compressed (SHF_COMPRESSED)"
    if not data:
        return "is empty"
    if data[-1]:
        return "does not end with a NUL byte"
    return None


def _cstr(buf: bytes, off: int) -> str:
    end = buf.find(b"\0", off)
    if end < 0:
        end = len(buf)
    return buf[off:end].decode("latin-1")


class _OffsetTree:
    """objtool's symbol tree by offset, for finding where each new symbol goes.

    Offsets ascending, equal ones in insertion order; kept in blocks of at most
    ``2 * BLOCK`` so that inserting into the middle (a linked vmlinux.o lists
    the global symbols after all the local ones) costs a short list insert,
    not one the size of the section's symbol list.
    """

    BLOCK = 256

    def __init__(self) -> None:
        self.keys: list[list[int]] = []
        self.nodes: list[list[Symbol]] = []
        self.maxes: list[int] = []

    def predecessor(self, offset: int) -> tuple[Symbol | None, int, int]:
        """The last symbol with a start <= *offset* (or None), and where *offset* would go."""
        keys, nodes = self.keys, self.nodes
        if not keys:
            return None, 0, 0
        b = bisect_right(self.maxes, offset)
        if b == len(keys):
            b -= 1
        i = bisect_right(keys[b], offset)
        if i:
            return nodes[b][i - 1], b, i
        if b:
            return nodes[b - 1][-1], b, i
        return None, b, i

    def insert(self, block: int, at: int, offset: int, sym: Symbol) -> None:
        if not self.keys:
            self.keys.append([offset])
            self.nodes.append([sym])
            self.maxes.append(offset)
            return
        keys, nodes = self.keys[block], self.nodes[block]
        keys.insert(at, offset)
        nodes.insert(at, sym)
        self.maxes[block] = keys[-1]
        if len(keys) > 2 * self.BLOCK:
            half = len(keys) // 2
            self.keys[block:block + 1] = [keys[:half], keys[half:]]
            self.nodes[block:block + 1] = [nodes[:half], nodes[half:]]
            self.maxes[block:block + 1] = [keys[half - 1], keys[-1]]


def _set_aliases(syms: list[Symbol]) -> None:
    """objtool's alias: the last symbol (in table order) with the same offset, type and length."""
    alias_groups: dict[tuple[int, int, int], list[Symbol]] = {}
    for sym in syms:
        if sym.len:
            key = (sym.offset, sym.type, sym.len)
            group = alias_groups.get(key)
            if group:
                for other in group:
                    other.alias = sym
                group.append(sym)
            else:
                alias_groups[key] = [sym]


def _objtool_list_order(syms: list[Symbol]) -> list[Symbol]:
    """Reproduce the order of objtool's per-section symbol list (see _order_symbols), and
    set the aliases.  ``_tables.c`` does the same replay in C when it is built."""
    _set_aliases(syms)
    native = load("pyobjtool.elf._tables")
    if native is not None and len(syms) > 1:
        order = native.list_order(array("Q", [sym.offset for sym in syms]), array("Q", [sym.len for sym in syms]))
        return [syms[i] for i in memoryview(order).cast("I")]
    return _list_order_py(syms)


def _list_order_py(syms: list[Symbol]) -> list[Symbol]:
    """_objtool_list_order()'s replay in Python: the reference for ``_tables.c``."""
    # singly linked list: nxt[id(node)] -> node; None is the head sentinel
    nxt: dict[int | None, Symbol | None] = {None: None}
    tree = _OffsetTree()
    for sym in syms:
        prev, block, at = tree.predecessor(sym.offset)
        prev_key = id(prev) if prev is not None else None
        nxt[id(sym)] = nxt.get(prev_key)
        nxt[prev_key] = sym
        if sym.len:
            tree.insert(block, at, sym.offset, sym)
    order = []
    node = nxt[None]
    while node is not None:
        order.append(node)
        node = nxt[id(node)]
    return order
