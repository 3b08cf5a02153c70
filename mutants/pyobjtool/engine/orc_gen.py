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

from ..arch.base import UnwindEntryError, UnwindLayout
from .objfile import CheckAborted, ObjtoolFile
from .sites import add_reloc_to_insn


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__entry__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__entry__mutmut)
def _entry(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(exc), insn.sec, insn.offset)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_orig(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(exc), insn.sec, insn.offset)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_1(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is not None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(exc), insn.sec, insn.offset)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_2(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = None
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(exc), insn.sec, insn.offset)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_3(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is not None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(exc), insn.sec, insn.offset)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_4(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = None
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(exc), insn.sec, insn.offset)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_5(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(None)
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(exc), insn.sec, insn.offset)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_6(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(None, insn.sec, insn.offset)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_7(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(exc), None, insn.offset)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_8(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(exc), insn.sec, None)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_9(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(insn.sec, insn.offset)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_10(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(exc), insn.offset)
            raise CheckAborted from None
    return entry


def x__entry__mutmut_11(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(exc), insn.sec, )
            raise CheckAborted from None
    return entry


def x__entry__mutmut_12(file: ObjtoolFile, layout: UnwindLayout, cfi, insn) -> bytes:
    """init_orc_entry(): the entry for a CFI state, cached on the interned state."""
    if cfi is None:
        return layout.null
    entry = cfi.orc
    if entry is None:
        try:
            entry = cfi.orc = layout.entry(cfi)
        except UnwindEntryError as exc:
            file.reporter.warn_func(str(None), insn.sec, insn.offset)
            raise CheckAborted from None
    return entry

mutants_x__entry__mutmut['_mutmut_orig'] = x__entry__mutmut_orig # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_1'] = x__entry__mutmut_1 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_2'] = x__entry__mutmut_2 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_3'] = x__entry__mutmut_3 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_4'] = x__entry__mutmut_4 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_5'] = x__entry__mutmut_5 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_6'] = x__entry__mutmut_6 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_7'] = x__entry__mutmut_7 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_8'] = x__entry__mutmut_8 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_9'] = x__entry__mutmut_9 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_10'] = x__entry__mutmut_10 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_11'] = x__entry__mutmut_11 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_12'] = x__entry__mutmut_12 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_orc_entries__mutmut)
def orc_entries(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_orig(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_1(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = None
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_2(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = None
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_3(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = None
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_4(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_5(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            break
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_6(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = None
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_7(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = None
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_8(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = False
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_9(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = None
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_10(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(None, 0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_11(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, None)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_12(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(0)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_13(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, )
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_14(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 1)
        while insn is not None and insn.sec is sec:
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


def x_orc_entries__mutmut_15(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None or insn.sec is sec:
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


def x_orc_entries__mutmut_16(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is None and insn.sec is sec:
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


def x_orc_entries__mutmut_17(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is not sec:
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


def x_orc_entries__mutmut_18(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = None
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


def x_orc_entries__mutmut_19(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is not None:
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


def x_orc_entries__mutmut_20(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = None
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


def x_orc_entries__mutmut_21(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = None
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


def x_orc_entries__mutmut_22(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if (cfi is not None and cfi.orc is not None) and False else _entry(file, layout, cfi, insn)
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


def x_orc_entries__mutmut_23(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if (cfi is not None and cfi.orc is not None) or True else _entry(file, layout, cfi, insn)
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


def x_orc_entries__mutmut_24(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None or cfi.orc is not None else _entry(file, layout, cfi, insn)
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


def x_orc_entries__mutmut_25(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is None and cfi.orc is not None else _entry(file, layout, cfi, insn)
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


def x_orc_entries__mutmut_26(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is None else _entry(file, layout, cfi, insn)
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


def x_orc_entries__mutmut_27(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(None, layout, cfi, insn)
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


def x_orc_entries__mutmut_28(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, None, cfi, insn)
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


def x_orc_entries__mutmut_29(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, None, insn)
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


def x_orc_entries__mutmut_30(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, cfi, None)
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


def x_orc_entries__mutmut_31(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(layout, cfi, insn)
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


def x_orc_entries__mutmut_32(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, cfi, insn)
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


def x_orc_entries__mutmut_33(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, insn)
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


def x_orc_entries__mutmut_34(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, cfi, )
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


def x_orc_entries__mutmut_35(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, cfi, insn)
                if entry == prev:
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


def x_orc_entries__mutmut_36(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, cfi, insn)
                if entry != prev:
                    append(None)
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


def x_orc_entries__mutmut_37(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, cfi, insn)
                if entry != prev:
                    append((entry, sec, insn.offset))
                    prev = None
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


def x_orc_entries__mutmut_38(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, cfi, insn)
                if entry != prev:
                    append((entry, sec, insn.offset))
                    prev = entry
                    empty = None
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


def x_orc_entries__mutmut_39(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, cfi, insn)
                if entry != prev:
                    append((entry, sec, insn.offset))
                    prev = entry
                    empty = True
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


def x_orc_entries__mutmut_40(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, cfi, insn)
                if entry != prev:
                    append((entry, sec, insn.offset))
                    prev = entry
                    empty = False
                insn = None
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


def x_orc_entries__mutmut_41(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
            group = insn.alt_group
            if group is None:
                cfi = insn.cfi
                entry = cfi.orc if cfi is not None and cfi.orc is not None else _entry(file, layout, cfi, insn)
                if entry != prev:
                    append((entry, sec, insn.offset))
                    prev = entry
                    empty = False
                insn = insn.next
                break
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


def x_orc_entries__mutmut_42(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            first, last = None
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


def x_orc_entries__mutmut_43(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            length = None
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


def x_orc_entries__mutmut_44(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            length = last.offset + last.len + first.offset
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


def x_orc_entries__mutmut_45(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            length = last.offset - last.len - first.offset
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


def x_orc_entries__mutmut_46(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            cfis = None
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


def x_orc_entries__mutmut_47(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            for i in range(None):
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


def x_orc_entries__mutmut_48(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            for i in range(min(None, len(cfis))):
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


def x_orc_entries__mutmut_49(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            for i in range(min(length, None)):
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


def x_orc_entries__mutmut_50(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            for i in range(min(len(cfis))):
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


def x_orc_entries__mutmut_51(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            for i in range(min(length, )):
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


def x_orc_entries__mutmut_52(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                cfi = None
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


def x_orc_entries__mutmut_53(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                if cfi is not None:
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


def x_orc_entries__mutmut_54(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                    break
                entry = _entry(file, layout, cfi, insn)
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_55(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                entry = None
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_56(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                entry = _entry(None, layout, cfi, insn)
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_57(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                entry = _entry(file, None, cfi, insn)
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_58(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                entry = _entry(file, layout, None, insn)
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_59(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                entry = _entry(file, layout, cfi, None)
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_60(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                entry = _entry(layout, cfi, insn)
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_61(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                entry = _entry(file, cfi, insn)
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_62(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                entry = _entry(file, layout, insn)
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_63(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                entry = _entry(file, layout, cfi, )
                if entry != prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_64(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                if entry == prev:
                    append((entry, insn.sec, insn.offset + i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_65(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                    append(None)
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_66(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                    append((entry, insn.sec, insn.offset - i))
                    prev = entry
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_67(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                    prev = None
                    empty = False
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_68(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                    empty = None
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_69(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
                    empty = True
            insn = last.next
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_70(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            insn = None
        if not empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_71(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
        if empty:
            append((layout.terminator, sec, sec.size))
    return out


def x_orc_entries__mutmut_72(file: ObjtoolFile, layout: UnwindLayout) -> list[tuple[bytes, object, int]]:
    """The deduplicated (entry, section, offset) list objtool's orc_create() builds."""
    out: list[tuple[bytes, object, int]] = []
    append = out.append
    null = layout.null
    for sec in file.elf.sections:
        if not sec.text:
            continue
        prev = null
        empty = True
        insn = file.find_insn(sec, 0)
        while insn is not None and insn.sec is sec:
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
            append(None)
    return out

mutants_x_orc_entries__mutmut['_mutmut_orig'] = x_orc_entries__mutmut_orig # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_1'] = x_orc_entries__mutmut_1 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_2'] = x_orc_entries__mutmut_2 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_3'] = x_orc_entries__mutmut_3 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_4'] = x_orc_entries__mutmut_4 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_5'] = x_orc_entries__mutmut_5 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_6'] = x_orc_entries__mutmut_6 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_7'] = x_orc_entries__mutmut_7 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_8'] = x_orc_entries__mutmut_8 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_9'] = x_orc_entries__mutmut_9 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_10'] = x_orc_entries__mutmut_10 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_11'] = x_orc_entries__mutmut_11 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_12'] = x_orc_entries__mutmut_12 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_13'] = x_orc_entries__mutmut_13 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_14'] = x_orc_entries__mutmut_14 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_15'] = x_orc_entries__mutmut_15 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_16'] = x_orc_entries__mutmut_16 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_17'] = x_orc_entries__mutmut_17 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_18'] = x_orc_entries__mutmut_18 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_19'] = x_orc_entries__mutmut_19 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_20'] = x_orc_entries__mutmut_20 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_21'] = x_orc_entries__mutmut_21 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_22'] = x_orc_entries__mutmut_22 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_23'] = x_orc_entries__mutmut_23 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_24'] = x_orc_entries__mutmut_24 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_25'] = x_orc_entries__mutmut_25 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_26'] = x_orc_entries__mutmut_26 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_27'] = x_orc_entries__mutmut_27 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_28'] = x_orc_entries__mutmut_28 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_29'] = x_orc_entries__mutmut_29 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_30'] = x_orc_entries__mutmut_30 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_31'] = x_orc_entries__mutmut_31 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_32'] = x_orc_entries__mutmut_32 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_33'] = x_orc_entries__mutmut_33 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_34'] = x_orc_entries__mutmut_34 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_35'] = x_orc_entries__mutmut_35 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_36'] = x_orc_entries__mutmut_36 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_37'] = x_orc_entries__mutmut_37 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_38'] = x_orc_entries__mutmut_38 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_39'] = x_orc_entries__mutmut_39 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_40'] = x_orc_entries__mutmut_40 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_41'] = x_orc_entries__mutmut_41 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_42'] = x_orc_entries__mutmut_42 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_43'] = x_orc_entries__mutmut_43 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_44'] = x_orc_entries__mutmut_44 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_45'] = x_orc_entries__mutmut_45 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_46'] = x_orc_entries__mutmut_46 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_47'] = x_orc_entries__mutmut_47 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_48'] = x_orc_entries__mutmut_48 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_49'] = x_orc_entries__mutmut_49 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_50'] = x_orc_entries__mutmut_50 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_51'] = x_orc_entries__mutmut_51 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_52'] = x_orc_entries__mutmut_52 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_53'] = x_orc_entries__mutmut_53 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_54'] = x_orc_entries__mutmut_54 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_55'] = x_orc_entries__mutmut_55 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_56'] = x_orc_entries__mutmut_56 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_57'] = x_orc_entries__mutmut_57 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_58'] = x_orc_entries__mutmut_58 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_59'] = x_orc_entries__mutmut_59 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_60'] = x_orc_entries__mutmut_60 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_61'] = x_orc_entries__mutmut_61 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_62'] = x_orc_entries__mutmut_62 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_63'] = x_orc_entries__mutmut_63 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_64'] = x_orc_entries__mutmut_64 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_65'] = x_orc_entries__mutmut_65 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_66'] = x_orc_entries__mutmut_66 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_67'] = x_orc_entries__mutmut_67 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_68'] = x_orc_entries__mutmut_68 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_69'] = x_orc_entries__mutmut_69 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_70'] = x_orc_entries__mutmut_70 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_71'] = x_orc_entries__mutmut_71 # type: ignore # mutmut generated
mutants_x_orc_entries__mutmut['x_orc_entries__mutmut_72'] = x_orc_entries__mutmut_72 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_orc_create__mutmut)
def orc_create(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_orig(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_1(file: ObjtoolFile) -> None:
    layout = None
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_2(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(None, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_3(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, None)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_4(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_5(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, )
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_6(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = None
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_7(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(None, layout)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_8(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, None)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_9(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(layout)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_10(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, )
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_11(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_12(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = None
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_13(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(None) is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_14(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section("XX.orc_unwindXX") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_15(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".ORC_UNWIND") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_16(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_17(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn(None)
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_18(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("XXfile already has .orc_unwind section, skippingXX")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_19(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("FILE ALREADY HAS .ORC_UNWIND SECTION, SKIPPING")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_20(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = None
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_21(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = None
    orc_sec = elf.create_section(".orc_unwind", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_22(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = None
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_23(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(None, 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_24(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", None, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_25(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, None, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_26(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, None)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_27(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_28(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_29(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_30(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 0, size, )
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_31(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section("XX.orc_unwindXX", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_32(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".ORC_UNWIND", 0, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_33(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
    entries = orc_entries(file, layout)
    if not entries:
        return
    elf = file.elf
    if elf.find_section(".orc_unwind") is not None:
        file.reporter.warn("file already has .orc_unwind section, skipping")
        raise CheckAborted
    nr = len(entries)
    size = len(layout.null)
    orc_sec = elf.create_section(".orc_unwind", 1, size, nr)
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_34(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = None
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_35(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section(None, 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_36(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section(".orc_unwind_ip", None, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_37(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section(".orc_unwind_ip", 0, None, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_38(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, None)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_39(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section(0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_40(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section(".orc_unwind_ip", 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_41(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section(".orc_unwind_ip", 0, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_42(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 4, )
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_43(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section("XX.orc_unwind_ipXX", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_44(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section(".ORC_UNWIND_IP", 0, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_45(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section(".orc_unwind_ip", 1, 4, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_46(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    ip_sec = elf.create_section(".orc_unwind_ip", 0, 5, nr)
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_47(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = None
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_48(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = None
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_49(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(None):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_50(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = None
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_51(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx / size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_52(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) / size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_53(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx - 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_54(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 2) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_55(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(None, ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_56(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, None, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_57(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, None, pc32, sec, offset)


def x_orc_create__mutmut_58(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, None, sec, offset)


def x_orc_create__mutmut_59(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, None, offset)


def x_orc_create__mutmut_60(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, None)


def x_orc_create__mutmut_61(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(ip_sec, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_62(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, idx * 4, pc32, sec, offset)


def x_orc_create__mutmut_63(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, pc32, sec, offset)


def x_orc_create__mutmut_64(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, sec, offset)


def x_orc_create__mutmut_65(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, offset)


def x_orc_create__mutmut_66(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 4, pc32, sec, )


def x_orc_create__mutmut_67(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx / 4, pc32, sec, offset)


def x_orc_create__mutmut_68(file: ObjtoolFile) -> None:
    layout = file.profile.unwind_layout_for(file.arch, file.opts.orc_format)
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
    pc32 = file.arch.relocs.pc32
    data = orc_sec.writable_data()
    for idx, (entry, sec, offset) in enumerate(entries):
        data[idx * size:(idx + 1) * size] = entry
        add_reloc_to_insn(file, ip_sec, idx * 5, pc32, sec, offset)

mutants_x_orc_create__mutmut['_mutmut_orig'] = x_orc_create__mutmut_orig # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_1'] = x_orc_create__mutmut_1 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_2'] = x_orc_create__mutmut_2 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_3'] = x_orc_create__mutmut_3 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_4'] = x_orc_create__mutmut_4 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_5'] = x_orc_create__mutmut_5 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_6'] = x_orc_create__mutmut_6 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_7'] = x_orc_create__mutmut_7 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_8'] = x_orc_create__mutmut_8 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_9'] = x_orc_create__mutmut_9 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_10'] = x_orc_create__mutmut_10 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_11'] = x_orc_create__mutmut_11 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_12'] = x_orc_create__mutmut_12 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_13'] = x_orc_create__mutmut_13 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_14'] = x_orc_create__mutmut_14 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_15'] = x_orc_create__mutmut_15 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_16'] = x_orc_create__mutmut_16 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_17'] = x_orc_create__mutmut_17 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_18'] = x_orc_create__mutmut_18 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_19'] = x_orc_create__mutmut_19 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_20'] = x_orc_create__mutmut_20 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_21'] = x_orc_create__mutmut_21 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_22'] = x_orc_create__mutmut_22 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_23'] = x_orc_create__mutmut_23 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_24'] = x_orc_create__mutmut_24 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_25'] = x_orc_create__mutmut_25 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_26'] = x_orc_create__mutmut_26 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_27'] = x_orc_create__mutmut_27 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_28'] = x_orc_create__mutmut_28 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_29'] = x_orc_create__mutmut_29 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_30'] = x_orc_create__mutmut_30 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_31'] = x_orc_create__mutmut_31 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_32'] = x_orc_create__mutmut_32 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_33'] = x_orc_create__mutmut_33 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_34'] = x_orc_create__mutmut_34 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_35'] = x_orc_create__mutmut_35 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_36'] = x_orc_create__mutmut_36 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_37'] = x_orc_create__mutmut_37 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_38'] = x_orc_create__mutmut_38 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_39'] = x_orc_create__mutmut_39 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_40'] = x_orc_create__mutmut_40 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_41'] = x_orc_create__mutmut_41 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_42'] = x_orc_create__mutmut_42 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_43'] = x_orc_create__mutmut_43 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_44'] = x_orc_create__mutmut_44 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_45'] = x_orc_create__mutmut_45 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_46'] = x_orc_create__mutmut_46 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_47'] = x_orc_create__mutmut_47 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_48'] = x_orc_create__mutmut_48 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_49'] = x_orc_create__mutmut_49 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_50'] = x_orc_create__mutmut_50 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_51'] = x_orc_create__mutmut_51 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_52'] = x_orc_create__mutmut_52 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_53'] = x_orc_create__mutmut_53 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_54'] = x_orc_create__mutmut_54 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_55'] = x_orc_create__mutmut_55 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_56'] = x_orc_create__mutmut_56 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_57'] = x_orc_create__mutmut_57 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_58'] = x_orc_create__mutmut_58 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_59'] = x_orc_create__mutmut_59 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_60'] = x_orc_create__mutmut_60 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_61'] = x_orc_create__mutmut_61 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_62'] = x_orc_create__mutmut_62 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_63'] = x_orc_create__mutmut_63 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_64'] = x_orc_create__mutmut_64 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_65'] = x_orc_create__mutmut_65 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_66'] = x_orc_create__mutmut_66 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_67'] = x_orc_create__mutmut_67 # type: ignore # mutmut generated
mutants_x_orc_create__mutmut['x_orc_create__mutmut_68'] = x_orc_create__mutmut_68 # type: ignore # mutmut generated
