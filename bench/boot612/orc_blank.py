#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Blank the ORC entries of some functions in a relocatable object (negative control).

    orc_blank.py OBJECT NAMES_FILE

NAMES_FILE lists function names, one per line.  Every ``.orc_unwind`` entry
whose address (from its ``.rela.orc_unwind_ip`` relocation: symbol value +
addend) lies inside a FUNC symbol of OBJECT with one of those names is
overwritten in place with zeros: sp_reg ORC_REG_UNDEFINED, type
ORC_TYPE_UNDEFINED, which the 6.12 ORC unwinder treats as "no unwind
information here" and stops (the lookup never falls back to a neighbouring
entry, so the control cannot pass by luck).  The section sizes and the entry
count do not change, so the vmlinux link and scripts/sorttable still work.

Standard library only (ELF64 little-endian, SHT_RELA).  Prints one line on
stderr; exit 0 on success, 1 on bad input.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

SHT_SYMTAB, SHT_RELA, SHT_SYMTAB_SHNDX = 2, 4, 18
SHN_XINDEX = 0xFFFF
STT_FUNC = 2
ORC_ENTRY_SIZE = 6


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 1
    path, names = Path(argv[1]), set(Path(argv[2]).read_text().split())
    d = bytearray(path.read_bytes())
    if d[:4] != b"\x7fELF" or d[4] != 2 or d[5] != 1:
        print(f"orc_blank: {path}: not ELF64 little-endian", file=sys.stderr)
        return 1
    shoff = struct.unpack_from("<Q", d, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", d, 0x3A)
    if shnum == 0:
        shnum = struct.unpack_from("<Q", d, shoff + 32)[0]
    if shstrndx == SHN_XINDEX:
        shstrndx = struct.unpack_from("<I", d, shoff + 40)[0]
    sh = [struct.unpack_from("<IIQQQQIIQQ", d, shoff + i * shentsize) for i in range(shnum)]

    def cstr(off: int) -> str:
        return d[off:d.index(b"\0", off)].decode(errors="replace")

    secname = [cstr(sh[shstrndx][4] + s[0]) for s in sh]
    symtab = next(i for i, s in enumerate(sh) if s[1] == SHT_SYMTAB)
    shndx_tab = next((s for s in sh if s[1] == SHT_SYMTAB_SHNDX and s[6] == symtab), None)
    stroff = sh[sh[symtab][6]][4]
    syms = []  # (shndx, value, size, name, type)
    nsyms = sh[symtab][5] // 24
    for k in range(nsyms):
        st_name, st_info, _, st_shndx, st_value, st_size = struct.unpack_from(
            "<IBBHQQ", d, sh[symtab][4] + 24 * k)
        if st_shndx == SHN_XINDEX and shndx_tab is not None:
            st_shndx = struct.unpack_from("<I", d, shndx_tab[4] + 4 * k)[0]
        syms.append((st_shndx, st_value, st_size, cstr(stroff + st_name), st_info & 0xF))
    ranges: dict[int, list[tuple[int, int]]] = {}
    funcs = 0
    for shndx, value, size, name, typ in syms:
        if typ == STT_FUNC and name in names and size:
            ranges.setdefault(shndx, []).append((value, value + size))
            funcs += 1
    try:
        orc = secname.index(".orc_unwind")
        rela = next(i for i, s in enumerate(sh)
                    if s[1] == SHT_RELA and secname[s[7]] == ".orc_unwind_ip")
    except (ValueError, StopIteration):
        print(f"orc_blank: {path}: no .orc_unwind / .rela.orc_unwind_ip", file=sys.stderr)
        return 1
    blanked = total = 0
    for off in range(sh[rela][4], sh[rela][4] + sh[rela][5], 24):
        r_offset, r_info, r_addend = struct.unpack_from("<QQq", d, off)
        shndx, value = syms[r_info >> 32][:2]
        target = value + r_addend
        k = r_offset // 4
        total += 1
        if any(a <= target < b for a, b in ranges.get(shndx, ())):
            pos = sh[orc][4] + ORC_ENTRY_SIZE * k
            d[pos:pos + ORC_ENTRY_SIZE] = bytes(ORC_ENTRY_SIZE)
            blanked += 1
    path.write_bytes(d)
    print(f"orc_blank: {path}: blanked {blanked} of {total} ORC entries "
          f"({funcs} functions of {len(names)} names)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
