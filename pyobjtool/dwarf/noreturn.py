# SPDX-License-Identifier: GPL-2.0-only
"""What the object's DWARF says about functions returning.

GCC emits a ``DW_TAG_subprogram`` for every function a unit declares or
defines, with ``DW_AT_noreturn`` when the declaration says ``__noreturn``.
That is the compiler's own knowledge of external callees, which objtool 6.1
replaces with a hand-kept list.

Only the compile units' direct children are read (that is where GCC puts
function declarations and definitions), skipping over everything nested
with ``DW_AT_sibling``; of the relocations of ``.debug_info`` only the few
that name strings are looked up.  A general DWARF reader (pyelftools) applies
every relocation of the section first, which costs about 0.1 ms each: seconds
for a kernel object built with debug info, against milliseconds here.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from ..elf.naming import reloc_target
from .leb128 import sleb128, uleb128

if TYPE_CHECKING:
    from ..elf.file import ElfFile
    from ..elf.model import Section

DW_TAG_SUBPROGRAM = 0x2E
DW_AT_SIBLING = 0x01
DW_AT_NAME = 0x03
DW_AT_SPECIFICATION = 0x47
DW_AT_ABSTRACT_ORIGIN = 0x31
DW_AT_NORETURN = 0x87
DW_AT_DECL_FILE = 0x3A
DW_AT_DECL_LINE = 0x3B
_FORM_STRING = 0x08
_FORM_STRP = 0x0E
_FORM_LINE_STRP = 0x1F
_FORM_INDIRECT = 0x16
_FORM_IMPLICIT_CONST = 0x21
_FORM_FLAG = 0x0C
_FORM_FLAG_PRESENT = 0x19
#: reference forms whose value is an offset from the unit's start
_CU_REFS = {0x11: 1, 0x12: 2, 0x13: 4, 0x14: 8}
_FIXED = {0x05: 2, 0x06: 4, 0x07: 8, 0x0B: 1, 0x0C: 1, 0x11: 1, 0x12: 2, 0x13: 4, 0x14: 8, 0x19: 0, 0x1C: 4,
          0x1E: 16, 0x20: 8, 0x21: 0, 0x24: 8, 0x25: 1, 0x26: 2, 0x27: 3, 0x28: 4, 0x29: 1, 0x2A: 2, 0x2B: 3,
          0x2C: 4}
_OFFSET_SIZED = {0x0E, 0x10, 0x17, 0x1D, 0x1F, 0x1F20, 0x1F21}
_ULEB = {0x0F, 0x15, 0x1A, 0x1B, 0x22, 0x23, 0x1F01, 0x1F02}
_BLOCKS = {0x03: 2, 0x04: 4, 0x0A: 1}


class DwarfError(Exception):
    """DWARF this reader does not understand."""


class _Unit:
    def __init__(self, elf: ElfFile, info: Section, start: int, end: int, offset_size: int, addr_size: int,
                 version: int, abbrevs: dict) -> None:
        self.elf = elf
        self.info = info
        self.start = start
        self.end = end
        self.offset_size = offset_size
        self.addr_size = addr_size
        self.version = version
        self.abbrevs = abbrevs


def _abbrev_table(data: bytes, pos: int) -> dict[int, tuple[int, bool, list[tuple[int, int, int]]]]:
    """code -> (tag, has children, [(attribute, form, implicit constant)])."""
    table = {}
    while True:
        code, pos = uleb128(data, pos)
        if code == 0:
            return table
        tag, pos = uleb128(data, pos)
        children = bool(data[pos])
        pos += 1
        attrs = []
        while True:
            attr, pos = uleb128(data, pos)
            form, pos = uleb128(data, pos)
            const = 0
            if form == _FORM_IMPLICIT_CONST:
                const, pos = sleb128(data, pos)
            if attr == 0 and form == 0:
                break
            attrs.append((attr, form, const))
        table[code] = (tag, children, attrs)


def _section_offset(elf: ElfFile, sec: Section, pos: int, size: int) -> int:
    """A relocated offset field (into another debug section) of a relocatable object."""
    if sec.reloc is not None:
        rel = sec.reloc.relocs.find_in_range(pos, size)
        if rel is not None and rel.offset == pos:
            return reloc_target(rel.sym, rel.addend)[1]
    return int.from_bytes(sec.data[pos:pos + size], "little")


def _cstr(data: bytes, pos: int) -> str:
    end = data.index(b"\0", pos)
    return data[pos:end].decode("utf-8", "replace")


class _Die:
    __slots__ = ("tag", "children", "name", "noreturn", "sibling", "spec", "end", "located", "noline")

    def __init__(self, tag: int, children: bool) -> None:
        self.tag = tag
        self.children = children
        self.name: str | None = None
        self.noreturn = False
        self.sibling: int | None = None
        self.spec: int | None = None
        self.end = 0
        #: has a source location (DW_AT_decl_file, and a DW_AT_decl_line other than 0): declared in the
        #: source, not a compiler builtin
        self.located = False
        self.noline = False


def _read_die(unit: _Unit, data: bytes, pos: int) -> _Die | None:
    """The DIE at *pos* (None for a null entry); its ``end`` is where its attributes end."""
    code, pos = uleb128(data, pos)
    if code == 0:
        return None
    entry = unit.abbrevs.get(code)
    if entry is None:
        raise DwarfError(f"unknown abbreviation {code} in .debug_info")
    tag, children, attrs = entry
    die = _Die(tag, children)
    for attr, form, _const in attrs:
        while form == _FORM_INDIRECT:
            form, pos = uleb128(data, pos)
        start = pos
        if form in _FIXED:
            pos += _FIXED[form]
        elif form in _OFFSET_SIZED:
            pos += unit.offset_size
        elif form in _ULEB:
            _, pos = uleb128(data, pos)
        elif form == 0x0D:  # sdata
            _, pos = sleb128(data, pos)
        elif form == 0x01:  # addr
            pos += unit.addr_size
        elif form == _FORM_STRING:
            pos = data.index(b"\0", pos) + 1
        elif form in (0x09, 0x18):  # block, exprloc
            size, pos = uleb128(data, pos)
            pos += size
        elif form in _BLOCKS:
            width = _BLOCKS[form]
            pos += width + int.from_bytes(data[pos:pos + width], "little")
        else:
            raise DwarfError(f"unknown attribute form 0x{form:x} in .debug_info")
        if attr == DW_AT_NAME:
            die.name = _string(unit, data, form, start)
        elif attr == DW_AT_NORETURN:
            die.noreturn = form == _FORM_FLAG_PRESENT or (form == _FORM_FLAG and data[start] != 0)
        elif attr == DW_AT_DECL_FILE:
            die.located = True
        elif attr == DW_AT_DECL_LINE:
            line = (uleb128(data, start)[0] if form in _ULEB else
                    int.from_bytes(data[start:pos], "little") if form in _FIXED else 1)
            if line == 0:
                die.noline = True
        elif attr in (DW_AT_SIBLING, DW_AT_SPECIFICATION, DW_AT_ABSTRACT_ORIGIN) and form in _CU_REFS:
            target = unit.start + int.from_bytes(data[start:start + _CU_REFS[form]], "little")
            if attr == DW_AT_SIBLING:
                die.sibling = target
            else:
                die.spec = target
    die.end = pos
    return die


def _string(unit: _Unit, data: bytes, form: int, pos: int) -> str | None:
    if form == _FORM_STRING:
        return _cstr(data, pos)
    if form in (_FORM_STRP, _FORM_LINE_STRP):
        name = ".debug_str" if form == _FORM_STRP else ".debug_line_str"
        strings = unit.elf.find_section(name)
        if strings is None or not strings.data:
            return None
        return _cstr(bytes(strings.data), _section_offset(unit.elf, unit.info, pos, unit.offset_size))
    return None  # strx forms (split DWARF): not needed for GCC's objects


def _skip_children(unit: _Unit, data: bytes, pos: int) -> int:
    """Past the children of a DIE whose attributes end at *pos*."""
    depth = 1
    while depth and pos < unit.end:
        die = _read_die(unit, data, pos)
        if die is None:
            depth -= 1
            pos += 1
            continue
        if die.children:
            if die.sibling is not None:
                pos = die.sibling
                continue
            depth += 1
        pos = die.end
    return pos


def _units(elf: ElfFile, info: Section):
    data = bytes(info.data)
    abbrev_sec = elf.find_section(".debug_abbrev")
    if abbrev_sec is None or not abbrev_sec.data:
        raise DwarfError("no .debug_abbrev")
    abbrev_data = bytes(abbrev_sec.data)
    pos = 0
    while pos + 11 <= len(data):
        start = pos
        length = struct.unpack_from("<I", data, pos)[0]
        pos += 4
        offset_size = 4
        if length == 0xFFFFFFFF:
            length = struct.unpack_from("<Q", data, pos)[0]
            pos += 8
            offset_size = 8
        end = pos + length
        version = struct.unpack_from("<H", data, pos)[0]
        pos += 2
        if version >= 5:
            unit_type, addr_size = data[pos], data[pos + 1]
            abbrev_off = _section_offset(elf, info, pos + 2, offset_size)
            pos += 2 + offset_size
            if unit_type not in (1, 3):  # compile and partial units only
                pos = end
                continue
        elif version >= 2:
            abbrev_off = _section_offset(elf, info, pos, offset_size)
            addr_size = data[pos + offset_size]
            pos += offset_size + 1
        else:
            raise DwarfError(f"DWARF version {version}")
        yield _Unit(elf, info, start, end, offset_size, addr_size, version,
                    _abbrev_table(abbrev_data, abbrev_off)), data, pos
        pos = end


def subprogram_noreturn(elf: ElfFile) -> dict[str, bool] | None:
    """name -> True if DWARF marks it noreturn, for the units' top-level subprograms.

    Declarations without a source location (no ``DW_AT_decl_file``, or line 0)
    are left out unless they say noreturn: GCC writes those for the builtins it
    calls on its own (``__stack_chk_fail``; the ``__ubsan_handle_*`` handlers,
    named ``__builtin___ubsan_handle_*``), without ``DW_AT_noreturn`` even when
    it knows they never return.

    None when the object has no DWARF (or DWARF this reader can't follow).
    """
    info = elf.find_section(".debug_info")
    if info is None or not info.data:
        return None
    out: dict[str, bool] = {}
    try:
        for unit, data, pos in _units(elf, info):
            top = _read_die(unit, data, pos)
            if top is None or not top.children:
                continue
            pos = top.end
            specs: list[_Die] = []
            while pos < unit.end:
                die = _read_die(unit, data, pos)
                if die is None:
                    break  # end of the unit's children
                if die.tag == DW_TAG_SUBPROGRAM:
                    if die.name is not None and ((die.located and not die.noline) or die.noreturn):
                        out[die.name] = out.get(die.name, False) or die.noreturn
                    elif die.spec is not None:
                        specs.append(die)
                if die.children:
                    pos = die.sibling if die.sibling is not None else _skip_children(unit, data, die.end)
                else:
                    pos = die.end
            for die in specs:  # definitions that point at their declaration
                decl = _read_die(unit, data, die.spec)
                if decl is not None and decl.name is not None:
                    out[decl.name] = out.get(decl.name, False) or die.noreturn or decl.noreturn
    except (DwarfError, IndexError, ValueError, struct.error):
        return None
    return out
