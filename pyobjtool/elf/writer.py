# SPDX-License-Identifier: GPL-2.0-only
"""Serialising an edited :class:`~pyobjtool.elf.file.ElfFile`.

The layout is the one libelf gives an object that objtool rewrote: the ELF
header, then every section in index order at the next offset aligned to its
``sh_addralign`` (SHT_NOBITS sections take no room), then the section header
table aligned to 8.  Gaps are zero-filled.  With the same edits this gives
files that are byte-identical to objtool's.

The file is written to a temporary file in the same directory and renamed
over the original (in a batch: into a spare file exchanged with it, see
:mod:`.spare`), so a failure never leaves a half-written object behind.
"""

from __future__ import annotations

import contextlib
import os
import struct
from array import array
from typing import TYPE_CHECKING

from ..errors import WriteError
from . import spare
from .constants import EHDR_SIZE, SHDR_SIZE, SHN_LORESERVE, SHN_XINDEX, SHT_NOBITS, SYM_SIZE
from .file import EHDR, SHDR, ElfFile
from .model import Section, Symbol

if TYPE_CHECKING:
    from collections.abc import Iterator

_SYM = struct.Struct("<IBBHQQ")


def _symtab_bytes(elf: ElfFile) -> tuple[bytes, bytes | None]:
    """Symbol table (and SHN_XINDEX table) contents in current index order."""
    symbols = elf.symbols_in_table_order()
    out = bytearray(len(symbols) * SYM_SIZE)
    xindex = elf.symtab_shndx
    xout = bytearray(len(symbols) * 4) if xindex is not None else None
    old_x = xindex.data if xindex is not None else None
    pack = _SYM.pack_into
    for pos, sym in enumerate(symbols):
        if pos != sym.idx:
            raise WriteError(f"symbol table has a hole at index {pos}")
        shndx, xval = _shndx_fields(sym, elf, pos, old_x)
        pack(out, pos * SYM_SIZE, sym.name_off, sym.info, sym.other, shndx, sym.value, sym.size)
        if xout is not None:
            struct.pack_into("<I", xout, pos * 4, xval)
    return bytes(out), (bytes(xout) if xout is not None else None)


def _shndx_fields(sym: Symbol, elf: ElfFile, pos: int, old_x: bytes | None) -> tuple[int, int]:
    """(st_shndx, extended index) for a symbol, as objtool's elf_update_symbol() writes them."""
    moved = sym.idx != _read_index(sym, elf)
    if not moved:
        orig = _read_index(sym, elf)
        xval = 0
        if old_x is not None and orig is not None and orig * 4 + 4 <= len(old_x):
            xval = struct.unpack_from("<I", old_x, orig * 4)[0]
        return sym.shndx, xval
    special = sym.shndx >= SHN_LORESERVE and sym.shndx != SHN_XINDEX
    shndx = sym.shndx if special else sym.sec.idx
    if shndx < SHN_LORESERVE or special:
        return shndx, shndx
    return SHN_XINDEX, shndx


def _read_index(sym: Symbol, elf: ElfFile) -> int | None:
    """The index a symbol had when read; None for symbols pyobjtool created."""
    return sym.read_idx


def _contents(elf: ElfFile, sec: Section, index_now: list[array]) -> bytes | bytearray | Deferred | None:
    """A section's bytes as written.  *index_now* holds (once computed) every symbol's
    current index by read index, shared by all relocation tables: a vmlinux.o has
    thousands of tables and 200,000 symbols."""
    if sec.type == SHT_NOBITS:
        return None
    if sec is elf.symtab and elf.symtab_grew:
        return elf.symtab_contents[0]
    if sec is elf.symtab_shndx and elf.symtab_grew:
        return elf.symtab_contents[1]
    table = sec.relocs
    if table is not None and (table.modified or table.holds_contents
                              or (elf.symtab_grew and table.references_moved_symbol())):
        if not index_now:
            index_now.append(array("I", [sym.idx for sym in elf.symbols]))
        current = index_now[0]
        return Deferred(table.serialized_size(), lambda: table.serialize_chunks(current))
    return sec.data if sec.data is not None else b""


class Deferred:
    """Contents made only when written, piece by piece (a relocation table: a vmlinux.o has a
    dozen big rewritten ones, and this way only a piece of one exists at a time)."""

    __slots__ = ("size", "make")

    def __init__(self, size: int, make) -> None:
        self.size = size
        #: () -> the contents as an iterable of bytes-like pieces (*size* bytes in all)
        self.make = make

    def __len__(self) -> int:
        return self.size

    def __bool__(self) -> bool:
        return self.size > 0

    def pieces(self) -> Iterator:
        """The contents in pieces; WriteError after the last if they were not *size* bytes."""
        made = 0
        for piece in self.make():
            made += len(piece)
            yield piece
        if made != self.size:
            raise WriteError(f"internal error: {made} bytes made where {self.size} were laid out")

    def contents(self) -> bytes:
        return b"".join(self.pieces())


class Image:
    """A laid-out output file: its size and the pieces at their offsets (gaps are zeros).

    Written piece by piece (:meth:`write_to`) rather than assembled first: for
    a vmlinux.o that is 85 MB less at the run's peak.  ``bytes(image)`` gives
    the whole file for those who keep it (the result cache).
    """

    __slots__ = ("size", "pieces")

    def __init__(self, size: int, pieces: list[tuple[int, bytes | bytearray | memoryview | Deferred]]) -> None:
        self.size = size
        #: (offset, data) in ascending, non-overlapping offset order
        self.pieces = pieces

    def __len__(self) -> int:
        return self.size

    def __bytes__(self) -> bytes:
        out = bytearray(self.size)
        for off, data in self.pieces:
            if isinstance(data, Deferred):
                data = data.contents()
            out[off:off + len(data)] = data
        return bytes(out)

    def write_to(self, fd: int) -> None:
        """The whole file, in order, to *fd* (at its current position), in as few system
        calls as ``writev`` allows (an object has dozens of sections)."""
        bufs: list[bytes | bytearray | memoryview] = []
        at = 0
        for off, data in self.pieces:
            if off > at:
                bufs.append(bytes(off - at))
            if isinstance(data, Deferred):
                _writev_all(fd, bufs)
                bufs = []
                for piece in data.pieces():  # (each gone before the next one is made)
                    _write_all(fd, piece)
            else:
                bufs.append(data)
            at = off + len(data)
        if self.size > at:
            bufs.append(bytes(self.size - at))
        _writev_all(fd, bufs)


#: buffers per writev() call (POSIX guarantees at least 16; Linux takes 1024)
_IOV_MAX = os.sysconf("SC_IOV_MAX") if hasattr(os, "sysconf") and "SC_IOV_MAX" in os.sysconf_names else 16


def _writev_all(fd: int, bufs: list) -> None:
    """All of *bufs*, in order, also after short writes."""
    i = 0
    while i < len(bufs):
        done = os.writev(fd, bufs[i:i + _IOV_MAX])
        while i < len(bufs) and done >= len(bufs[i]):
            done -= len(bufs[i])
            i += 1
        if done:
            bufs[i] = memoryview(bufs[i])[done:]


def _write_all(fd: int, data: bytes | bytearray | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def write_output(fd: int, data: bytes | bytearray | Image) -> None:
    """An output (bytes or an :class:`Image`) to *fd*."""
    if isinstance(data, Image):
        data.write_to(fd)
    else:
        _write_all(fd, data)


def serialize(elf: ElfFile) -> Image:
    """The whole file, laid out the way libelf lays out objtool's output."""
    if elf.symtab_grew:
        elf.symtab_contents = _symtab_bytes(elf)
    sections = elf.sections
    pieces: list[tuple[int, bytes | bytearray | memoryview | Deferred]] = []
    offset = EHDR_SIZE
    offsets = [0]
    sizes = [sections[0].size]
    index_now: list[array] = []
    for sec in sections[1:]:
        data = _contents(elf, sec, index_now)
        align = sec.addralign or 1
        offset = (offset + align - 1) // align * align
        offsets.append(offset)
        if data is None:
            sizes.append(sec.size)
        else:
            sizes.append(len(data))
            if data:
                pieces.append((offset, data))
            offset += len(data)
    shoff = (offset + 7) // 8 * 8
    shnum = len(sections)
    headers = bytearray(shnum * SHDR_SIZE)
    e_shnum = shnum if shnum < SHN_LORESERVE else 0
    ehdr = EHDR.pack(elf.ident, elf.e_type, elf.e_machine, elf.e_version, elf.e_entry, elf.e_phoff,
                     shoff, elf.e_flags, elf.e_ehsize, elf.e_phentsize, elf.e_phnum,
                     elf.e_shentsize or SHDR_SIZE, e_shnum, elf.e_shstrndx)
    for sec, off, size in zip(sections, offsets, sizes, strict=True):
        sh_size = size
        if sec.idx == 0:
            sh_size = shnum if shnum >= SHN_LORESERVE else sec.size
            off = sec.offset
        SHDR.pack_into(headers, sec.idx * SHDR_SIZE, sec.name_off, sec.type, sec.flags, sec.addr, off,
                       sh_size, sec.link, sec.info, sec.addralign, sec.entsize)
        sec.offset = off
        sec.size = sh_size if sec.idx else sec.size
    return Image(shoff + len(headers), [(0, ehdr), *pieces, (shoff, headers)])


def _create_temp(directory: str) -> tuple[int, str]:
    """A new file next to the target (tempfile.mkstemp() without its import cost)."""
    for attempt in range(100):
        name = os.path.join(directory, f".pyobjtool-{os.getpid()}-{attempt}.tmp")
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), name
        except FileExistsError:
            continue
    raise OSError(17, "can't create a temporary file")


def write_atomic(path: str, data: bytes | bytearray | Image) -> None:
    """Write *data* to *path* through a temporary file renamed over it."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        st = os.stat(path)
        mode, size = st.st_mode & 0o7777, st.st_size
    except OSError:
        mode, size = 0o644, 0
    fd = -1
    tmp = None
    try:
        if spare.replace(path, data, mode, size, write_output):
            return  # (a batch: see spare.py)
        fd, tmp = _create_temp(directory)
        write_output(fd, data)
        os.fchmod(fd, mode)
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise WriteError(f"can't write {path}: {exc.strerror or exc}") from exc
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
