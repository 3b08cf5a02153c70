# SPDX-License-Identifier: GPL-2.0-only
"""Generating .orc_unwind and .orc_unwind_ip from the per-instruction CFI.

One entry per change of state, per text section in instruction order; for
an alternative the shared per-byte CFI array of its group is used, so one
table describes every variant.  Each section with entries ends with a
terminator at its end offset.  The layout of an entry is in
:mod:`pyobjtool.output.orc_format`.
"""

from __future__ import annotations

from ..arch.x86.registers import (
    CFA_BASE_TO_ORC,
    CFI_BP,
    CFI_CFA,
    CFI_UNDEFINED,
    ORC_REG_BP,
    ORC_REG_PREV_SP,
)
from ..elf.constants import R_X86_64_PC32
from ..output.orc_format import ENCODERS, NULL_ENTRY, ORC_ENTRY_SIZE, OrcEntry
from .objfile import CheckAborted, ObjtoolFile
from .sites import add_reloc_to_insn

_BP_BASE_TO_ORC = {CFI_UNDEFINED: 0, CFI_CFA: ORC_REG_PREV_SP, CFI_BP: ORC_REG_BP}


def orc_entry(file: ObjtoolFile, cfi, insn) -> OrcEntry:
    """init_orc_entry(): the ORC entry for a CFI state (cached on the interned state)."""
    if cfi is None:
        return NULL_ENTRY
    entry = cfi.orc
    if entry is not None:
        return entry
    end = 1 if cfi.end else 0
    if cfi.cfa_base == CFI_UNDEFINED:
        entry = OrcEntry(0, 0, 0, 0, 0, end)
    else:
        sp_reg = CFA_BASE_TO_ORC.get(cfi.cfa_base)
        if sp_reg is None:
            file.reporter.warn_func(f"unknown CFA base reg {cfi.cfa_base}", insn.sec, insn.offset)
            raise CheckAborted
        bp_base, bp_offset = cfi.regs[CFI_BP]
        bp_reg = _BP_BASE_TO_ORC.get(bp_base)
        if bp_reg is None:
            file.reporter.warn_func(f"unknown BP base reg {bp_base}", insn.sec, insn.offset)
            raise CheckAborted
        entry = OrcEntry(_s16(cfi.cfa_offset), _s16(bp_offset), sp_reg, bp_reg, cfi.type & 3, end)
    cfi.orc = entry
    return entry


def _s16(value: int) -> int:
    return (value + 0x8000) % 0x10000 - 0x8000


def orc_entries(file: ObjtoolFile) -> list[tuple[OrcEntry, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[OrcEntry, object, int]] = []
    append = out.append
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = NULL_ENTRY
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else orc_entry(file, cfi, insn)
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
                entry = orc_entry(file, cfi, insn)
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((NULL_ENTRY, sec, sec.size))
    return out


def orc_create(file: ObjtoolFile) -> None:
    entries = orc_entries(file)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    orc_sec = elf.create_section(".orc_unwind", 0, ORC_ENTRY_SIZE, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    encode = ENCODERS[file.opts.orc_format]
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * ORC_ENTRY_SIZE:(idx + 1) * ORC_ENTRY_SIZE] = encode(entry)
        add_reloc_to_insn(file, ip_sec, idx * 4, R_X86_64_PC32, sec, offset)
