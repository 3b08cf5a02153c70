# SPDX-License-Identifier: GPL-2.0-only
"""``--dump``: print an object's ORC table the way objtool's orc_dump() does.

One line per entry: the instruction address as ``<symbol>+<hex addend>`` from
the .rela.orc_unwind_ip entry of the same index (section symbols print the
section name), or an absolute address for linked images, followed by the
decoded entry.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from ..elf.constants import SHT_NOBITS, STT_SECTION

if TYPE_CHECKING:
    from ..arch.base import UnwindLayout
    from ..elf.file import ElfFile


class DumpError(Exception):
    """objtool's dump failed with this WARN message (exit status 255).

    ``lines`` holds the entries printed before the failure: objtool prints
    each entry as it goes, so they reach stdout before the warning.
    """

    def __init__(self, message: str, lines: list[str] | None = None) -> None:
        super().__init__(message)
        self.lines = lines or []


def orc_dump_lines(elf: ElfFile, layout: UnwindLayout) -> list[str]:
    """The lines objtool --dump prints for *elf*, whose entries are in *layout*."""
    symtab = strtab_seen = orc = orc_ip = rela = None
    for sec in elf.sections:
        name = sec.name
        if name == ".symtab":
            symtab = sec
        elif name == ".strtab":
            strtab_seen = sec
        elif name == ".orc_unwind":
            orc = sec
        elif name == ".orc_unwind_ip":
            orc_ip = sec
        elif name == ".rela.orc_unwind_ip":
            rela = sec
    if symtab is None or strtab_seen is None or orc is None or orc_ip is None:
        return []
    orc_data = orc.data if orc.type != SHT_NOBITS and orc.data is not None else b""
    entry_size = len(layout.null)
    if orc.size % entry_size:
        raise DumpError("bad .orc_unwind section size")
    nr = orc.size // entry_size
    lines = []
    table = rela.relocs if rela is not None else None
    symbols_by_index = {s.idx: s for s in elf.symbols}
    ip_data = orc_ip.data or b""
    for i in range(nr):
        if table is not None:
            if i >= len(table):
                # libelf's elf_errmsg() for ELF_E_INVALID_INDEX
                raise DumpError("gelf_getrela: invalid section index", lines)
            rel = table.get(i)
            sym = symbols_by_index.get(table.symidx[i]) if i < len(table.symidx) else rel.sym
            if sym is None:
                raise DumpError("gelf_getsym: invalid section index", lines)
            name = sym.sec.name if sym.type == STT_SECTION else sym.name
            addend = rel.addend & 0xFFFFFFFFFFFFFFFF
            head = f"{name}+{addend:x}:"
        else:
            rel_off = struct.unpack_from("<i", ip_data, i * 4)[0] if (i + 1) * 4 <= len(ip_data) else 0
            head = f"{(orc_ip.addr + i * 4 + rel_off) & 0xFFFFFFFFFFFFFFFF:x}:"
        lines.append(layout.dump_line(head, orc_data, i * entry_size))
    return lines
