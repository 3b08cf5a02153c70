# SPDX-License-Identifier: GPL-2.0-only
"""Source locations (file:line) from DWARF line tables, when the object has them.

pyelftools reads the line programs; it is an optional dependency, imported
only when a finding needs a location, and any failure just means "no
location".  In a relocatable object each sequence starts with a
``DW_LNE_set_address`` that carries a relocation against the code section;
pyelftools applies it (giving the offset in the section), but the sections'
addresses all start at 0, so the section of each sequence is taken from
those relocations ourselves (the n-th 64-bit absolute relocation of
``.rela.debug_line`` belongs to the n-th set_address).
"""

from __future__ import annotations

import io
import os
from bisect import bisect_right

from ..elf.constants import EM_X86_64, ET_REL
from ..elf.file import ElfFile
from ..elf.model import Section

_ABS64 = {EM_X86_64: 1}
_R_AARCH64_ABS64 = 257


class LineLookup:
    def __init__(self, elf: ElfFile) -> None:
        self.elf = elf
        self._rows: dict[int, tuple[list[int], list[str]]] | None = None

    def lookup(self, sec: Section, offset: int) -> str | None:
        if self._rows is None:
            try:
                self._rows = self._build()
            except Exception:  # noqa: BLE001 - a location is a nicety, never a failure
                self._rows = {}
        rows = self._rows.get(sec.idx)
        if not rows:
            return None
        addrs, locs = rows
        i = bisect_right(addrs, offset) - 1
        return locs[i] if i >= 0 and locs[i] else None

    def _build(self) -> dict[int, tuple[list[int], list[str]]]:
        elf = self.elf
        if elf.find_section(".debug_line") is None or elf.find_section(".debug_info") is None:
            return {}
        try:
            from elftools.elf.elffile import ELFFile
        except ImportError:
            return {}
        relocatable = elf.e_type == ET_REL
        seq_secs: list[Section | None] = []
        if relocatable:
            rsec = elf.find_section(".rela.debug_line")
            if rsec is None or rsec.relocs is None:
                return {}
            abs64 = _ABS64.get(elf.e_machine, _R_AARCH64_ABS64)
            table = rsec.relocs
            for _off, rtype, si in sorted(zip(table.offsets, table.types, table.symidx, strict=True)):
                if rtype == abs64:
                    sym = table.symbols[si]
                    seq_secs.append(sym.sec if sym.sec.idx else None)
        pyelf = ELFFile(io.BytesIO(elf.raw))
        dwarf = pyelf.get_dwarf_info()
        by_sec: dict[int, list[tuple[int, str]]] = {}
        n_set = 0
        exec_by_addr = [s for s in elf.sections if s.is_exec and s.size]
        for cu in dwarf.iter_CUs():
            prog = dwarf.line_program_for_CU(cu)
            if prog is None:
                continue
            names = _file_names(prog)
            cur_sec: Section | None = None
            for entry in prog.get_entries():
                if entry.command == 2 and entry.is_extended:  # DW_LNE_set_address
                    if relocatable:
                        cur_sec = seq_secs[n_set] if n_set < len(seq_secs) else None
                        n_set += 1
                    continue
                state = entry.state
                if state is None or state.end_sequence:
                    continue
                if relocatable:
                    if cur_sec is None:
                        continue
                    sec, addr = cur_sec, state.address
                else:
                    sec = next((s for s in exec_by_addr if s.addr <= state.address < s.addr + s.size), None)
                    if sec is None:
                        continue
                    addr = state.address - sec.addr
                by_sec.setdefault(sec.idx, []).append((addr, f"{names.get(state.file, '?')}:{state.line}"))
        out = {}
        for idx, rows in by_sec.items():
            rows.sort(key=lambda r: r[0])
            out[idx] = ([a for a, _ in rows], [loc for _, loc in rows])
        return out


def _file_names(prog) -> dict[int, str]:
    header = prog.header
    version = header["version"]
    dirs = [d.decode() if isinstance(d, bytes) else str(d) for d in header.get("include_directory", [])]
    out = {}
    for i, entry in enumerate(header.get("file_entry", [])):
        name = entry.name.decode() if isinstance(entry.name, bytes) else str(entry.name)
        dir_index = entry.dir_index
        if not os.path.isabs(name):
            if version >= 5:
                if 0 < dir_index < len(dirs):
                    name = os.path.join(dirs[dir_index], name)
            elif 0 < dir_index <= len(dirs):
                name = os.path.join(dirs[dir_index - 1], name)
        out[i if version >= 5 else i + 1] = os.path.normpath(name)
    return out
