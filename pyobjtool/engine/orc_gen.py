# SPDX-License-Identifier: GPL-2.0-only
"""Generating .orc_unwind and .orc_unwind_ip from the per-instruction CFI
(objtool's orc_gen.c; the entry itself is the architecture's, in the
release's layout: :class:`pyobjtool.arch.base.UnwindLayout`).

One entry per change of state, per text section in instruction order; for
an alternative the shared per-byte CFI array of its group is used, so one
table describes every variant.  Each section with entries ends with a
terminator at its end offset.
"""

from __future__ import annotations

import sys
from array import array
from contextlib import suppress

from ..arch.base import UnwindEntryError, UnwindLayout
from .instruction import orc_scan
from .objfile import CheckAborted, ObjtoolFile
from .sites import reloc_addends


def _entry(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.warn_insn(insn, str(exc))
            raise CheckAborted from None
    return entry


class OrcTable:
    """The deduplicated entries objtool's orc_create() builds, as columns: a vmlinux.o has a
    million of them, and a tuple each cost 75 MB more at the run's peak.

    ``entries[i]`` (bytes, shared by every entry of the same state) is at
    ``offsets[i]`` of the section of the run ``i`` falls in: ``runs`` holds
    (section, first index) for each text section that has entries.
    """

    __slots__ = ("entries", "offsets", "runs")

    def __init__(self) -> None:
        self.entries: list[bytes] = []
        #: u64 offsets, native order (the C loop appends to it; see :meth:`offset_list`)
        self.offsets = bytearray()
        self.runs: list[tuple[object, int]] = []

    def add(self, entry: bytes, offset: int) -> None:
        self.entries.append(entry)
        self.offsets += offset.to_bytes(8, sys.byteorder)

    def offset_list(self) -> memoryview:
        return memoryview(self.offsets).cast("Q")

    def run_lengths(self):
        """(section, number of entries) for each run, in order."""
        bounds = [start for _, start in self.runs[1:]] + [len(self.entries)]
        for (sec, start), end in zip(self.runs, bounds, strict=True):
            yield sec, end - start

    def __len__(self) -> int:
        return len(self.entries)


def orc_entries(file: ObjtoolFile, layout: UnwindLayout) -> OrcTable:
    """The deduplicated entries objtool's orc_create() builds, in order."""
    table = OrcTable()
    entries, offsets = table.entries, table.offsets
    add = table.add
    null = layout.null
    if orc_scan is not None:
        # every new state's entry up front (a state that has none warns below, at its first use)
        for cfi in file.cfis.take_new():
            if cfi.orc is None:
                with suppress(UnwindEntryError):
                    cfi.orc = layout.entry(cfi)
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        first = len(entries)
        insn = file.first_insn(sec)
        while insn is not None and insn.sec is sec:
            if orc_scan is not None:
                # the C loop over instructions outside alternatives (engine/_insn.c)
                insn, prev = orc_scan(insn, sec, null, prev, entries, offsets)
                if insn is None or insn.sec is not sec:
                    break
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, cfi, insn)
                if entry != prev:
                    add(entry, insn.offset)
                    prev = entry
                insn = insn.next
                continue
            # alternatives: use the group's byte-addressed CFI array
            first_insn, last = group.first_insn, group.last_insn
            length = last.offset + last.len - first_insn.offset
            cfis = group.cfi
            for i in range(min(length, len(cfis))):
                cfi = cfis[i]
                if cfi is None:
                    continue
                entry = _entry(file, layout, cfi, insn)
                if entry != prev:
                    add(entry, insn.offset + i)
                    prev = entry
            insn = last.next
        if len(entries) != first:
            add(layout.terminator, sec.size)
            table.runs.append((sec, first))
    return table


def orc_create(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch)
    table = orc_entries(file, layout)
    if not table:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(table)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    orc_sec.writable_data()[:] = b"".join(table.entries)
    # one relocation per entry against its section's symbol, made in entry order (as
    # add_reloc_to_insn() one by one; .orc_unwind_ip's are never reserved, in any release)
    syms: list = []
    for sec, count in table.run_lengths():
        syms += [elf.section_symbol(sec)] * count  # (a missing one made at its run's first entry)
    offsets = table.offset_list()
    if max(offsets) < 0x80000000:
        addends = array("q")
        addends.frombytes(table.offsets)  # (the same bytes: every offset is its own addend)
    else:
        addends = reloc_addends(offsets)
    elf.add_relocs(ip_sec, range(0, nr * 4, 4), file.arch.relocs.pc32, syms, addends)
