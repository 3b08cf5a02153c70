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

from array import array
from contextlib import suppress

from ..arch.base import UnwindEntryError, UnwindLayout
from .instruction import orc_scan
from .objfile import CheckAborted, ObjtoolFile
from .sites import reloc_addend


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


def orc_entries(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
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
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            if orc_scan is not None:
                # the C loop over instructions outside alternatives (engine/_insn.c)
                count = len(out)
                insn, prev = orc_scan(insn, sec, null, prev, out)
                if len(out) != count:
                    empty = False
                if insn is None or insn.sec is not sec:
                    break
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, cfi, insn)
                if entry != prev:
                    append((entry, sec, insn.offset))
                    prev = entry
                    empty = False
                insn = insn.next
                continue
            # alternatives: use the group's byte-addressed CFI array
            first, last = group.first_insn, group.last_insn
            length = last.offset + last.len - first.offset
            cfis = group.cfi
            for i in range(min(length, len(cfis))):
                cfi = cfis[i]
                if cfi is None:
                    continue
                entry = _entry(file, layout, cfi, insn)
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def orc_create(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    orc_sec.writable_data()[:] = b"".join([entry for entry, _, _ in entries])
    # (.orc_unwind_ip's relocations are never reserved, in any release)
    section_symbol = elf.section_symbol
    syms = [sec.sym if sec.sym is not None else section_symbol(sec) for _, sec, _ in entries]
    addends = array("q", [reloc_addend(offset) for _, _, offset in entries])
    elf.add_relocs(ip_sec, range(0, nr * 4, 4), file.arch.relocs.pc32, syms, addends)
