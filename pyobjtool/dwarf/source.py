# SPDX-License-Identifier: GPL-2.0-only
"""Where an instruction comes from in the source: ``file.c:line``, and the chain
of inlined calls that put it there (``helper() inlined into f() at file.c:3``).

The line comes from the line table (:mod:`.lines`); the inlined-from chain
from the ``DW_TAG_inlined_subroutine`` entries of ``.debug_info``: each
covers address ranges of the code it inlined and names the call site
(``DW_AT_call_file``/``DW_AT_call_line``).  In a relocatable object every
section starts at address 0, so the section an address belongs to comes
from its relocation (``.rela.debug_info`` for ``DW_AT_low_pc``,
``.rela.debug_rnglists``/``.rela.debug_ranges`` for range lists), not from
the address.  pyelftools parses the entries; a failure only means "no
chain", never an error.
"""

from __future__ import annotations

import io
import struct
from bisect import bisect_right
from typing import TYPE_CHECKING

from .leb128 import uleb128
from .lines import LineLookup, _file_names

if TYPE_CHECKING:
    from ..elf.file import ElfFile
    from ..elf.model import Section

#: DW_RLE_* range-list entry kinds (DWARF 5)
_RLE_END, _RLE_BASEX, _RLE_STARTX_ENDX, _RLE_STARTX_LENGTH, _RLE_OFFSET_PAIR, _RLE_BASE, _RLE_START_END, \
    _RLE_START_LENGTH = range(8)


class Inlined:
    """One inlined call: the code of *function* at [start, end) of a section, called from file:line."""

    __slots__ = ("start", "end", "depth", "function", "call_file", "call_line")

    def __init__(self, start: int, end: int, depth: int, function: str, call_file: str, call_line: int) -> None:
        self.start = start
        self.end = end
        self.depth = depth
        self.function = function
        self.call_file = call_file
        self.call_line = call_line


class SourceLocator:
    """``locate(sec, offset)``: the source line and inlined-from chain of an instruction."""

    def __init__(self, elf: ElfFile) -> None:
        self.elf = elf
        self.lines = LineLookup(elf)
        self._inlined: dict[int, list[Inlined]] | None = None

    def locate(self, sec: Section, offset: int) -> dict | None:
        """``{"file", "line", "inlined": [{"function", "file", "line"}, ...]}`` (innermost first), or None."""
        where = self.lines.lookup(sec, offset)
        if where is None:
            return None
        file, _, line = where.rpartition(":")
        out = {"file": file, "line": int(line) if line.isdigit() else 0, "inlined": []}
        if self._inlined is None:
            try:
                self._inlined = self._read_inlined()
            except Exception:  # noqa: BLE001 - a chain is a nicety, never a failure
                self._inlined = {}
        calls = [c for c in self._inlined.get(sec.idx, ()) if c.start <= offset < c.end]
        calls.sort(key=lambda c: -c.depth)
        out["inlined"] = [{"function": c.function, "file": c.call_file, "line": c.call_line} for c in calls]
        return out

    def text(self, sec: Section, offset: int) -> str | None:
        """``fs/foo.c:12 (helper inlined at fs/foo.c:40)``, for a warning line."""
        loc = self.locate(sec, offset)
        if loc is None:
            return None
        text = f"{loc['file']}:{loc['line']}"
        for call in loc["inlined"]:
            text += f", {call['function']}() inlined at {call['file']}:{call['line']}"
        return text

    # ------------------------------------------------------------------ .debug_info

    def _read_inlined(self) -> dict[int, list[Inlined]]:
        elf = self.elf
        if elf.find_section(".debug_info") is None:
            return {}
        from elftools.elf.elffile import ELFFile

        dwarf = ELFFile(io.BytesIO(elf.raw)).get_dwarf_info(relocate_dwarf_sections=True)
        info_relocs = _reloc_map(elf, ".rela.debug_info")
        ranges = _RangeReader(elf)
        out: dict[int, list[Inlined]] = {}
        for cu in dwarf.iter_CUs():
            prog = dwarf.line_program_for_CU(cu)
            names = _file_names(prog) if prog is not None else {}
            version = cu["version"]
            top = cu.get_top_DIE()
            base = _low_pc(top, info_relocs)
            stack = [(top, 0)]
            while stack:
                die, depth = stack.pop()
                for child in die.iter_children():
                    child_depth = depth
                    if child.tag == "DW_TAG_inlined_subroutine":
                        child_depth = depth + 1
                        call_file = names.get(child.attributes["DW_AT_call_file"].value, "?") \
                            if "DW_AT_call_file" in child.attributes else "?"
                        call_line = child.attributes["DW_AT_call_line"].value \
                            if "DW_AT_call_line" in child.attributes else 0
                        function = _origin_name(child)
                        for sec_idx, start, end in _die_ranges(child, info_relocs, ranges, base, version):
                            out.setdefault(sec_idx, []).append(
                                Inlined(start, end, child_depth, function, call_file, call_line))
                    if child.has_children:
                        stack.append((child, child_depth))
        return out


def _reloc_map(elf: ElfFile, name: str) -> dict[int, tuple[int, int]]:
    """Relocation offset -> (target section index, addend) of a DWARF section's relocations."""
    rsec = elf.find_section(name)
    if rsec is None or rsec.relocs is None:
        return {}
    table = rsec.relocs
    symbols = table.symbols
    return {off: (symbols[si].sec.idx, symbols[si].offset + add)
            for off, si, add in zip(table.offsets, table.symidx, table.addends, strict=True)}


def _low_pc(die, relocs: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    attr = die.attributes.get("DW_AT_low_pc")
    if attr is None:
        return None
    return relocs.get(attr.offset)


def _origin_name(die) -> str:
    for _ in range(4):
        name = die.attributes.get("DW_AT_name")
        if name is not None:
            value = name.value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        origin = die.attributes.get("DW_AT_abstract_origin") or die.attributes.get("DW_AT_specification")
        if origin is None:
            break
        die = die.get_DIE_from_attribute(origin.name)
    return "?"


def _die_ranges(die, info_relocs, ranges, base, version) -> list[tuple[int, int, int]]:
    """(section index, start, end) of the code an entry covers."""
    low = _low_pc(die, info_relocs)
    if low is not None:
        high = die.attributes.get("DW_AT_high_pc")
        if high is None:
            return []
        if high.form.startswith("DW_FORM_data") or high.form in ("DW_FORM_udata", "DW_FORM_implicit_const"):
            return [(low[0], low[1], low[1] + high.value)]
        end = info_relocs.get(high.offset)
        return [(low[0], low[1], end[1])] if end is not None else []
    attr = die.attributes.get("DW_AT_ranges")
    if attr is None:
        return []
    return ranges.read(attr.value, base, version)


class _RangeReader:
    """Range lists with their relocations (DWARF 4 .debug_ranges, DWARF 5 .debug_rnglists)."""

    def __init__(self, elf: ElfFile) -> None:
        rng = elf.find_section(".debug_rnglists")
        self.rnglists = bytes(rng.data or b"") if rng is not None else b""
        self.rnglist_relocs = _reloc_map(elf, ".rela.debug_rnglists")
        old = elf.find_section(".debug_ranges")
        self.ranges = bytes(old.data or b"") if old is not None else b""
        self.range_relocs = _reloc_map(elf, ".rela.debug_ranges")

    def read(self, offset: int, base: tuple[int, int] | None, version: int) -> list[tuple[int, int, int]]:
        if version >= 5:
            return self._rnglist(offset, base)
        return self._ranges(offset, base)

    def _rnglist(self, pos: int, base: tuple[int, int] | None) -> list[tuple[int, int, int]]:
        data, relocs = self.rnglists, self.rnglist_relocs
        out = []
        while pos < len(data):
            kind = data[pos]
            pos += 1
            if kind == _RLE_END:
                break
            if kind == _RLE_BASE:
                base = relocs.get(pos)
                pos += 8
            elif kind == _RLE_OFFSET_PAIR:
                start, pos = uleb128(data, pos)
                end, pos = uleb128(data, pos)
                if base is not None and end > start:
                    out.append((base[0], base[1] + start, base[1] + end))
            elif kind == _RLE_START_END:
                start, end = relocs.get(pos), relocs.get(pos + 8)
                pos += 16
                if start is not None and end is not None:
                    out.append((start[0], start[1], end[1]))
            elif kind == _RLE_START_LENGTH:
                start = relocs.get(pos)
                length, pos = uleb128(data, pos + 8)
                if start is not None:
                    out.append((start[0], start[1], start[1] + length))
            else:
                break  # indexed forms (.debug_addr) are split-DWARF only
        return out

    def _ranges(self, pos: int, base: tuple[int, int] | None) -> list[tuple[int, int, int]]:
        data, relocs = self.ranges, self.range_relocs
        out = []
        while pos + 16 <= len(data):
            start, end = struct.unpack_from("<QQ", data, pos)
            start_rel, end_rel = relocs.get(pos), relocs.get(pos + 8)
            pos += 16
            if start == 0 and end == 0 and start_rel is None and end_rel is None:
                break
            if start == 0xFFFFFFFFFFFFFFFF:
                base = end_rel
                continue
            if start_rel is not None and end_rel is not None:
                out.append((start_rel[0], start_rel[1], end_rel[1]))
            elif base is not None:
                out.append((base[0], base[1] + start, base[1] + end))
        return out


def lookup_index(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1
