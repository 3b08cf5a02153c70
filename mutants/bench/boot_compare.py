#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Compare the ORC unwind tables of two kernel images (or objects).

Used with the boot check (``shared/oracle/boot/boot_check.sh``): save the
``vmlinux`` of a build with the real objtool, build again with pyobjtool, and
compare the two::

    python bench/boot_compare.py baseline/vmlinux pyobjtool/vmlinux [--all]

For ``.orc_unwind`` and ``.orc_unwind_ip`` it prints size, entry count and
SHA-256 of both files and whether the bytes are identical.  When they differ
it decodes the first differing entries (address, symbol, ``sp``/``bp``
registers and offsets, type, end flag; addresses only for linked images,
where ``.orc_unwind_ip`` holds self-relative 32-bit offsets).  ``--all`` also
lists every other section whose size or contents differ (in a rebuilt
kernel: normally only the version string / build timestamp).

Standard library only (64-bit little-endian ELF).  Exit status 0 iff both ORC
sections are present and identical, 1 otherwise, 2 on bad input.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import struct
import sys
from pathlib import Path

ORC_SECTIONS = (".orc_unwind", ".orc_unwind_ip")
ORC_ENTRY_SIZE = 6  # struct orc_entry: s16 sp_offset, s16 bp_offset, u16 bitfield
ET_EXEC = 2
SHT_NOBITS = 8
SHT_SYMTAB = 2
STT_FUNC = 2
ORC_REGS = ("undef", "prev_sp", "dx", "di", "bp", "sp", "r10", "r13",
            "bp_indirect", "sp_indirect", "10", "11", "12", "13", "14", "15")
ORC_TYPES = ("call", "regs", "regs_partial", "3")


class Elf:
    """Minimal ELF64 little-endian reader: sections by name and function symbols."""

    def __init__(self, path: Path):
        self.path = path
        self.data = path.read_bytes()
        d = self.data
        if d[:4] != b"\x7fELF" or d[4] != 2 or d[5] != 1:
            raise ValueError(f"{path}: not a 64-bit little-endian ELF file")
        self.e_type = struct.unpack_from("<H", d, 16)[0]
        shoff = struct.unpack_from("<Q", d, 0x28)[0]
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", d, 0x3A)
        if shnum == 0 and shoff:
            shnum = struct.unpack_from("<Q", d, shoff + 32)[0]
        self.shdrs = [struct.unpack_from("<IIQQQQIIQQ", d, shoff + i * shentsize)
                      for i in range(shnum)]
        stroff = self.shdrs[shstrndx][4]
        self.names = [self._str(stroff, sh[0]) for sh in self.shdrs]
        self.by_name: dict[str, int] = {}
        for i, n in enumerate(self.names):
            self.by_name.setdefault(n, i)
        self._funcs: tuple[list[int], list[tuple[int, int, str]]] | None = None

    def _str(self, off: int, idx: int) -> str:
        end = self.data.index(b"\0", off + idx)
        return self.data[off + idx:end].decode(errors="replace")

    def content(self, i: int) -> bytes:
        sh = self.shdrs[i]
        if sh[1] == SHT_NOBITS:
            return b""
        return self.data[sh[4]:sh[4] + sh[5]]

    def section(self, name: str) -> tuple[int, bytes] | None:
        """(sh_addr, contents) of the first section called name, or None."""
        i = self.by_name.get(name)
        return None if i is None else (self.shdrs[i][3], self.content(i))

    def symbolize(self, addr: int) -> str:
        if self._funcs is None:
            funcs = []
            for sh in self.shdrs:
                if sh[1] != SHT_SYMTAB:
                    continue
                stroff = self.shdrs[sh[6]][4]
                for off in range(sh[4], sh[4] + sh[5], 24):
                    st_name, st_info, _, _, st_value, st_size = struct.unpack_from(
                        "<IBBHQQ", self.data, off)
                    if st_info & 0xF == STT_FUNC and st_value:
                        funcs.append((st_value, st_size, self._str(stroff, st_name)))
            funcs.sort()
            self._funcs = ([f[0] for f in funcs], funcs)
        keys, funcs = self._funcs
        k = bisect.bisect_right(keys, addr) - 1
        if k < 0:
            return "?"
        value, size, name = funcs[k]
        return f"{name}+{addr - value:#x}/{size:#x}"


def decode_orc(raw: bytes) -> str:
    sp_off, bp_off, bits = struct.unpack("<hhH", raw)
    sp_reg, bp_reg, typ, end = bits & 0xF, (bits >> 4) & 0xF, (bits >> 8) & 3, (bits >> 10) & 1
    return (f"sp:{ORC_REGS[sp_reg]}{sp_off:+d} bp:{ORC_REGS[bp_reg]}{bp_off:+d} "
            f"type:{ORC_TYPES[typ]} end:{end}")


def ip_of(elf: Elf, ip_sec: tuple[int, bytes], k: int) -> int | None:
    addr, data = ip_sec
    if elf.e_type != ET_EXEC or 4 * k + 4 > len(data):
        return None
    return (addr + 4 * k + struct.unpack_from("<i", data, 4 * k)[0]) & 0xFFFFFFFFFFFFFFFF


def describe(elf: Elf, k: int) -> str:
    ip_sec = elf.section(".orc_unwind_ip")
    orc = elf.section(".orc_unwind")
    ip = ip_of(elf, ip_sec, k) if ip_sec else None
    where = f"{ip:#x} {elf.symbolize(ip)}" if ip is not None else f"entry {k}"
    if orc and ORC_ENTRY_SIZE * k + ORC_ENTRY_SIZE <= len(orc[1]):
        return f"{where}: {decode_orc(orc[1][ORC_ENTRY_SIZE * k:ORC_ENTRY_SIZE * (k + 1)])}"
    return f"{where}: (no entry)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path, help="reference image (e.g. built with the real objtool)")
    ap.add_argument("b", type=Path, help="image to check (e.g. built with pyobjtool)")
    ap.add_argument("--all", action="store_true", help="also list every other differing section")
    ap.add_argument("--show", type=int, default=5, help="differing ORC entries to decode (5)")
    args = ap.parse_args(argv)
    try:
        ea, eb = Elf(args.a), Elf(args.b)
    except (OSError, ValueError, struct.error) as e:
        print(f"boot_compare: {e}", file=sys.stderr)
        return 2

    ok = True
    for name in ORC_SECTIONS:
        sa, sb = ea.section(name), eb.section(name)
        if sa is None or sb is None:
            print(f"{name}: missing in {args.a if sa is None else args.b}")
            ok = False
            continue
        esize = ORC_ENTRY_SIZE if name == ".orc_unwind" else 4
        same = sa[1] == sb[1]
        ok &= same
        print(f"{name}: {'identical' if same else 'DIFFERENT'}; "
              f"{len(sa[1])} vs {len(sb[1])} bytes, "
              f"{len(sa[1]) // esize} vs {len(sb[1]) // esize} entries, sha256 "
              f"{hashlib.sha256(sa[1]).hexdigest()[:16]} vs "
              f"{hashlib.sha256(sb[1]).hexdigest()[:16]}")
        if not same:
            n = min(len(sa[1]), len(sb[1])) // esize
            diff = [k for k in range(n)
                    if sa[1][k * esize:(k + 1) * esize] != sb[1][k * esize:(k + 1) * esize]]
            print(f"  {len(diff)} of {n} common entries differ")
            for k in diff[:args.show]:
                print(f"  [{k}] a: {describe(ea, k)}\n  [{k}] b: {describe(eb, k)}")

    if args.all:
        names = sorted((set(ea.by_name) | set(eb.by_name)) - set(ORC_SECTIONS) - {""})
        diffs = []
        for name in names:
            ia, ib = ea.by_name.get(name), eb.by_name.get(name)
            if ia is None or ib is None:
                diffs.append(f"{name}: only in {args.a if ib is None else args.b}")
                continue
            ca, cb = ea.content(ia), eb.content(ib)
            ha, hb = ea.shdrs[ia], eb.shdrs[ib]
            if ca != cb or ha[5] != hb[5] or ha[3] != hb[3]:
                nd = sum(x != y for x, y in zip(ca, cb, strict=False))
                diffs.append(f"{name}: size {ha[5]:#x} vs {hb[5]:#x}, addr {ha[3]:#x} vs "
                             f"{hb[3]:#x}, {nd} differing bytes")
        print(f"other sections: {len(names) - len(diffs)} same, {len(diffs)} differ")
        for line in diffs:
            print(f"  {line}")
    print("ORC tables identical" if ok else "ORC tables DIFFER")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
