# SPDX-License-Identifier: GPL-2.0-only
"""Special sections as extra control flow: alternatives, jump labels, exception tables.

Each entry becomes an :class:`~.instruction.Alternative` on the original
instruction, which the branch validator follows like another path.
Replacement code of an ``.altinstructions`` entry is tied to its original
code through an :class:`~.instruction.AltGroup`, padded with a made-up NOP
when it is shorter, so that execution continues after the original code.
"""

from __future__ import annotations

import struct

from ..arch.insn import JUMP_UNCONDITIONAL, NOP, is_static_jump
from ..errors import ElfFormatError
from .instruction import Alternative, AltGroup, Instruction
from .objfile import CheckAborted, ObjtoolFile


class SpecialAlt:
    """One entry of a special section, resolved to sections and offsets."""

    __slots__ = ("group", "jump_or_nop", "skip_orig", "skip_alt", "orig_sec", "orig_off", "new_sec", "new_off",
                 "orig_len", "new_len", "key_addend", "entry")

    def __init__(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 0) -> None:
        self.group = group
        self.jump_or_nop = jump_or_nop
        self.skip_orig = skip_orig
        self.skip_alt = skip_alt
        self.orig_sec = orig_sec
        self.orig_off = orig_off
        self.new_sec = None
        self.new_off = 0
        self.orig_len = orig_len
        self.new_len = new_len
        self.key_addend = 0
        #: (special section, entry index), for error messages
        self.entry = None


def special_get_alts(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    nested = file.rules.shared_alt_groups
    run_start = 0  # first entry of the current run of alternatives at one site
    for entry in file.arch.special_entries_for(file.profile.version):
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if sec.reloc is not None else None

        def reloc_at(off: int, what: str, sec=sec, relocs=relocs):
            rel = relocs.find_in_range(off, 1) if relocs is not None else None
            if rel is None:
                reporter.warn_func(f"can't find {what} reloc", sec, off)
                raise CheckAborted
            return rel

        for idx in range(sec.size // entry.size):
            base = idx * entry.size
            orig_len = new_len = 0
            if entry.group:
                orig_len = data[base + entry.orig_len]
                new_len = data[base + entry.new_len]
            skip_orig = skip_alt = False
            if entry.feature:
                feature = struct.unpack_from("<H", data, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if nested and entry.feature:
                run_start = _nest(alts, run_start, alt)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            if entry.group:
                alt.entry = (sec, idx)
            alts.append(alt)
    return alts


def _group_range_error(alt: SpecialAlt) -> str | None:
    """Why an alternative's original or replacement code runs past its section, or None.

    objtool trusts the length bytes of struct alt_instr and walks (and writes
    CFI for) that many bytes of code: past the section's end it reads freed
    or foreign memory and crashes.  Such an entry can only come from a
    corrupted object, so it is an input error, named with the entry.
    """
    sec, idx = alt.entry
    for what, tsec, off, length in (("original", alt.orig_sec, alt.orig_off, alt.orig_len),
                                     ("replacement", alt.new_sec, alt.new_off, alt.new_len)):
        if tsec is None or not length:
            continue
        if off < 0 or off + length > tsec.size:
            return (
                f"{sec.name} entry {idx}: {what} code {tsec.name}+{off:#x} ({length} bytes) runs past the "
                f"end of {tsec.name} ({tsec.size:#x} bytes)")
    return None


def _nest(alts: list[SpecialAlt], run_start: int, alt: SpecialAlt) -> int:
    """Nested ALTERNATIVE()s: consecutive entries for one site all get the longest original length.

    ALTERNATIVE_2(old, a, f1, b, f2) is ALTERNATIVE(ALTERNATIVE(old, a, f1), b, f2):
    the inner entry comes first, with a shorter original (6.12's
    arch_handle_alternative()).  Returns where the current run starts.
    """
    if run_start < len(alts):
        first = alts[run_start]
        if first.orig_sec is alt.orig_sec and first.orig_off == alt.orig_off:
            longest = max(alt.orig_len, max(a.orig_len for a in alts[run_start:]))
            for other in alts[run_start:]:
                other.orig_len = longest
            alt.orig_len = longest
            return run_start
    return len(alts)


def add_special_section_alts(file: ObjtoolFile) -> None:
    reporter = file.reporter
    prepend = file.rules.prepend_alternatives
    broken = None
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                file.warn_insn(orig_insn, "empty alternative entry")
                continue
            if broken is None:
                broken = _group_range_error(special)
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        if prepend:
            orig_insn.alts.insert(0, Alternative(new_insn, special.skip_orig))
        else:
            orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if broken is not None:
        # objtool reads the entries to the end and then crashes on this one
        raise ElfFormatError(broken)
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def _orig_group(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction) -> AltGroup:
    """The group of the original instructions: a new one, or (where all alternatives of a site
    share it) the one an earlier entry made, which must cover the same bytes."""
    group = orig_insn.alt_group
    if group is not None and file.rules.shared_alt_groups:
        length = group.last_insn.offset + group.last_insn.len - group.first_insn.offset
        if length != special.orig_len:
            file.warn_insn(orig_insn, f"weirdly overlapping alternative! {length} != {special.orig_len}")
            raise CheckAborted
        return group
    group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    group.last_insn = last_orig_insn
    return group


def handle_group_alt(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = _orig_group(file, special, orig_insn)
    last_orig_insn = orig_group.last_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.sym = orig_insn.sym
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    check_relocs = not file.rules.any_alt_relocation
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.sym = orig_insn.sym
        insn.alt_group = new_group
        if check_relocs and insn.reloc() is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            file.warn_insn(insn, "unsupported relocation in alternatives section")
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    file.warn_insn(insn, "can't find alternative jump destination")
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def handle_jump_alt(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.warn_insn(orig_insn, "unsupported instruction at jump label")
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(orig_insn.sec, orig_insn.offset, file.arch.nop_bytes(orig_insn.len))
        orig_insn.type = NOP
    if orig_insn.type == NOP:
        if orig_insn.len == 2:
            file.jl_nop_short += 1
        else:
            file.jl_nop_long += 1
        return new_insn
    if orig_insn.len == 2:
        file.jl_short += 1
    else:
        file.jl_long += 1
    return orig_insn.next
