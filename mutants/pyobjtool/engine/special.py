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
from .instruction import Alternative, AltGroup, Instruction
from .objfile import CheckAborted, ObjtoolFile


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁSpecialAltǁ__init____mutmut: MutantDict = {}  # type: ignore


class SpecialAlt:
    """One entry of a special section, resolved to sections and offsets."""

    __slots__ = ("group", "jump_or_nop", "skip_orig", "skip_alt", "orig_sec", "orig_off", "new_sec", "new_off",
                 "orig_len", "new_len", "key_addend")

    @_mutmut_mutated(mutants_xǁSpecialAltǁ__init____mutmut)
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

    def xǁSpecialAltǁ__init____mutmut_orig(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
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

    def xǁSpecialAltǁ__init____mutmut_1(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 1, new_len: int = 0) -> None:
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

    def xǁSpecialAltǁ__init____mutmut_2(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 1) -> None:
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

    def xǁSpecialAltǁ__init____mutmut_3(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 0) -> None:
        self.group = None
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

    def xǁSpecialAltǁ__init____mutmut_4(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 0) -> None:
        self.group = group
        self.jump_or_nop = None
        self.skip_orig = skip_orig
        self.skip_alt = skip_alt
        self.orig_sec = orig_sec
        self.orig_off = orig_off
        self.new_sec = None
        self.new_off = 0
        self.orig_len = orig_len
        self.new_len = new_len
        self.key_addend = 0

    def xǁSpecialAltǁ__init____mutmut_5(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 0) -> None:
        self.group = group
        self.jump_or_nop = jump_or_nop
        self.skip_orig = None
        self.skip_alt = skip_alt
        self.orig_sec = orig_sec
        self.orig_off = orig_off
        self.new_sec = None
        self.new_off = 0
        self.orig_len = orig_len
        self.new_len = new_len
        self.key_addend = 0

    def xǁSpecialAltǁ__init____mutmut_6(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 0) -> None:
        self.group = group
        self.jump_or_nop = jump_or_nop
        self.skip_orig = skip_orig
        self.skip_alt = None
        self.orig_sec = orig_sec
        self.orig_off = orig_off
        self.new_sec = None
        self.new_off = 0
        self.orig_len = orig_len
        self.new_len = new_len
        self.key_addend = 0

    def xǁSpecialAltǁ__init____mutmut_7(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 0) -> None:
        self.group = group
        self.jump_or_nop = jump_or_nop
        self.skip_orig = skip_orig
        self.skip_alt = skip_alt
        self.orig_sec = None
        self.orig_off = orig_off
        self.new_sec = None
        self.new_off = 0
        self.orig_len = orig_len
        self.new_len = new_len
        self.key_addend = 0

    def xǁSpecialAltǁ__init____mutmut_8(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 0) -> None:
        self.group = group
        self.jump_or_nop = jump_or_nop
        self.skip_orig = skip_orig
        self.skip_alt = skip_alt
        self.orig_sec = orig_sec
        self.orig_off = None
        self.new_sec = None
        self.new_off = 0
        self.orig_len = orig_len
        self.new_len = new_len
        self.key_addend = 0

    def xǁSpecialAltǁ__init____mutmut_9(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 0) -> None:
        self.group = group
        self.jump_or_nop = jump_or_nop
        self.skip_orig = skip_orig
        self.skip_alt = skip_alt
        self.orig_sec = orig_sec
        self.orig_off = orig_off
        self.new_sec = ""
        self.new_off = 0
        self.orig_len = orig_len
        self.new_len = new_len
        self.key_addend = 0

    def xǁSpecialAltǁ__init____mutmut_10(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 0) -> None:
        self.group = group
        self.jump_or_nop = jump_or_nop
        self.skip_orig = skip_orig
        self.skip_alt = skip_alt
        self.orig_sec = orig_sec
        self.orig_off = orig_off
        self.new_sec = None
        self.new_off = None
        self.orig_len = orig_len
        self.new_len = new_len
        self.key_addend = 0

    def xǁSpecialAltǁ__init____mutmut_11(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 0) -> None:
        self.group = group
        self.jump_or_nop = jump_or_nop
        self.skip_orig = skip_orig
        self.skip_alt = skip_alt
        self.orig_sec = orig_sec
        self.orig_off = orig_off
        self.new_sec = None
        self.new_off = 1
        self.orig_len = orig_len
        self.new_len = new_len
        self.key_addend = 0

    def xǁSpecialAltǁ__init____mutmut_12(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
                 orig_len: int = 0, new_len: int = 0) -> None:
        self.group = group
        self.jump_or_nop = jump_or_nop
        self.skip_orig = skip_orig
        self.skip_alt = skip_alt
        self.orig_sec = orig_sec
        self.orig_off = orig_off
        self.new_sec = None
        self.new_off = 0
        self.orig_len = None
        self.new_len = new_len
        self.key_addend = 0

    def xǁSpecialAltǁ__init____mutmut_13(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
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
        self.new_len = None
        self.key_addend = 0

    def xǁSpecialAltǁ__init____mutmut_14(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
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
        self.key_addend = None

    def xǁSpecialAltǁ__init____mutmut_15(self, group: bool, jump_or_nop: bool, skip_orig: bool, skip_alt: bool, orig_sec, orig_off: int,
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
        self.key_addend = 1

mutants_xǁSpecialAltǁ__init____mutmut['_mutmut_orig'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_1'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_2'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_3'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_4'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_5'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_6'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_7'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_8'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_9'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_10'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_11'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_12'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_13'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_14'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁSpecialAltǁ__init____mutmut['xǁSpecialAltǁ__init____mutmut_15'] = SpecialAlt.xǁSpecialAltǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_special_get_alts__mutmut)
def special_get_alts(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_orig(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_1(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = None
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_2(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = None
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_3(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = None
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_4(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = None
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_5(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_6(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(None)
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_7(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is not None:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_8(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            break
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_9(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size / entry.size:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_10(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(None)
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_11(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_12(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data and b""
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_13(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b"XXXX"
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_14(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = None

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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_15(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if (sec.reloc is not None) and False else None

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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_16(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if (sec.reloc is not None) or True else None

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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_17(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if sec.reloc is None else None

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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_18(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if sec.reloc is not None else None

        def reloc_at(off: int, what: str, sec=sec, relocs=relocs):
            rel = None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_19(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if sec.reloc is not None else None

        def reloc_at(off: int, what: str, sec=sec, relocs=relocs):
            rel = relocs.find_in_range(off, 1) if (relocs is not None) and False else None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_20(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if sec.reloc is not None else None

        def reloc_at(off: int, what: str, sec=sec, relocs=relocs):
            rel = relocs.find_in_range(off, 1) if (relocs is not None) or True else None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_21(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if sec.reloc is not None else None

        def reloc_at(off: int, what: str, sec=sec, relocs=relocs):
            rel = relocs.find_in_range(None, 1) if relocs is not None else None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_22(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if sec.reloc is not None else None

        def reloc_at(off: int, what: str, sec=sec, relocs=relocs):
            rel = relocs.find_in_range(off, None) if relocs is not None else None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_23(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if sec.reloc is not None else None

        def reloc_at(off: int, what: str, sec=sec, relocs=relocs):
            rel = relocs.find_in_range(1) if relocs is not None else None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_24(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if sec.reloc is not None else None

        def reloc_at(off: int, what: str, sec=sec, relocs=relocs):
            rel = relocs.find_in_range(off, ) if relocs is not None else None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_25(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if sec.reloc is not None else None

        def reloc_at(off: int, what: str, sec=sec, relocs=relocs):
            rel = relocs.find_in_range(off, 2) if relocs is not None else None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_26(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
        sec = elf.find_section(entry.sec)
        if sec is None:
            continue
        if sec.size % entry.size:
            reporter.warn(f"{sec.name} size not a multiple of {entry.size}")
            raise CheckAborted
        data = sec.data or b""
        relocs = sec.reloc.relocs if sec.reloc is not None else None

        def reloc_at(off: int, what: str, sec=sec, relocs=relocs):
            rel = relocs.find_in_range(off, 1) if relocs is None else None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_27(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if rel is not None:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_28(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                reporter.warn_func(None, sec, off)
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_29(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                reporter.warn_func(f"can't find {what} reloc", None, off)
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_30(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                reporter.warn_func(f"can't find {what} reloc", sec, None)
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_31(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                reporter.warn_func(sec, off)
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_32(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                reporter.warn_func(f"can't find {what} reloc", off)
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_33(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                reporter.warn_func(f"can't find {what} reloc", sec, )
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_34(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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

        for idx in range(None):
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_35(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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

        for idx in range(sec.size / entry.size):
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_36(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            base = None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_37(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            base = idx / entry.size
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_38(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            orig_len = new_len = None
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_39(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            orig_len = new_len = 1
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_40(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                orig_len = None
                new_len = data[base + entry.new_len]
            skip_orig = skip_alt = False
            if entry.feature:
                feature = struct.unpack_from("<H", data, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_41(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                orig_len = data[base - entry.orig_len]
                new_len = data[base + entry.new_len]
            skip_orig = skip_alt = False
            if entry.feature:
                feature = struct.unpack_from("<H", data, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_42(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                new_len = None
            skip_orig = skip_alt = False
            if entry.feature:
                feature = struct.unpack_from("<H", data, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_43(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                new_len = data[base - entry.new_len]
            skip_orig = skip_alt = False
            if entry.feature:
                feature = struct.unpack_from("<H", data, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_44(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            skip_orig = skip_alt = None
            if entry.feature:
                feature = struct.unpack_from("<H", data, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_45(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            skip_orig = skip_alt = True
            if entry.feature:
                feature = struct.unpack_from("<H", data, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_46(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                feature = None
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_47(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                feature = struct.unpack_from(None, data, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_48(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                feature = struct.unpack_from("<H", None, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_49(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                feature = struct.unpack_from("<H", data, None)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_50(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                feature = struct.unpack_from(data, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_51(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                feature = struct.unpack_from("<H", base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_52(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                feature = struct.unpack_from("<H", data, )[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_53(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                feature = struct.unpack_from("XX<HXX", data, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_54(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                feature = struct.unpack_from("<h", data, base + entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_55(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                feature = struct.unpack_from("<H", data, base - entry.feature)[0]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_56(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                feature = struct.unpack_from("<H", data, base + entry.feature)[1]
                skip_orig, skip_alt = feature_policy(feature, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_57(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                skip_orig, skip_alt = None
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_58(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                skip_orig, skip_alt = feature_policy(None, file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_59(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                skip_orig, skip_alt = feature_policy(feature, None)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_60(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                skip_orig, skip_alt = feature_policy(file.opts)
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_61(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                skip_orig, skip_alt = feature_policy(feature, )
            orig = reloc_at(base + entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_62(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            orig = None
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_63(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            orig = reloc_at(None, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_64(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            orig = reloc_at(base + entry.orig, None)
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_65(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            orig = reloc_at("orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_66(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            orig = reloc_at(base + entry.orig, )
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_67(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            orig = reloc_at(base - entry.orig, "orig")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_68(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            orig = reloc_at(base + entry.orig, "XXorigXX")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_69(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            orig = reloc_at(base + entry.orig, "ORIG")
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_70(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            alt = None
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_71(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            alt = SpecialAlt(None, entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_72(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            alt = SpecialAlt(entry.group, None, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_73(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            alt = SpecialAlt(entry.group, entry.jump_or_nop, None, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_74(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, None,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_75(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                             None, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_76(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                             orig.sym.sec, None, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_77(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=None, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_78(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=None)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_79(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            alt = SpecialAlt(entry.jump_or_nop, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_80(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            alt = SpecialAlt(entry.group, skip_orig, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_81(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_alt,
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_82(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            alt = SpecialAlt(entry.group, entry.jump_or_nop, skip_orig, orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_83(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                             orig.sym.offset + orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_84(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                             orig.sym.sec, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_85(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                             orig.sym.sec, orig.sym.offset + orig.addend, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_86(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                             orig.sym.sec, orig.sym.offset + orig.addend, orig_len=orig_len, )
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_87(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
                             orig.sym.sec, orig.sym.offset - orig.addend, orig_len=orig_len, new_len=new_len)
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_88(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group and new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_89(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_90(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = None
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_91(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(None, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_92(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, None)
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_93(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at("new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_94(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, )
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_95(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base - entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_96(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "XXnewXX")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_97(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "NEW")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_98(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = None
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_99(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = None
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_100(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset - new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_101(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off > 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_102(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 2147483633:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_103(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off = 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_104(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off += 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_105(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 2147483633
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_106(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = None
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_107(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend | 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_108(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(None, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_109(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, None).addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_110(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at("key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_111(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, ).addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_112(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base - entry.key, "key").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_113(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "XXkeyXX").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_114(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "KEY").addend & 0xFF
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_115(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 256
            alts.append(alt)
    return alts


def x_special_get_alts__mutmut_116(file: ObjtoolFile) -> list[SpecialAlt]:
    """Read every entry of the special sections (objtool's special_get_alts())."""
    elf = file.elf
    reporter = file.reporter
    alts: list[SpecialAlt] = []
    feature_policy = file.profile.alternative_feature_policy
    for entry in file.arch.special_entries:
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
            if not entry.group or new_len:
                new = reloc_at(base + entry.new, "new")
                alt.new_sec = new.sym.sec
                alt.new_off = new.sym.offset + new.addend
                if alt.new_off >= 0x7FFFFFF0:  # _ASM_EXTABLE_EX hack
                    alt.new_off -= 0x7FFFFFF0
            if entry.key:
                alt.key_addend = reloc_at(base + entry.key, "key").addend & 0xFF
            alts.append(None)
    return alts

mutants_x_special_get_alts__mutmut['_mutmut_orig'] = x_special_get_alts__mutmut_orig # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_1'] = x_special_get_alts__mutmut_1 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_2'] = x_special_get_alts__mutmut_2 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_3'] = x_special_get_alts__mutmut_3 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_4'] = x_special_get_alts__mutmut_4 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_5'] = x_special_get_alts__mutmut_5 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_6'] = x_special_get_alts__mutmut_6 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_7'] = x_special_get_alts__mutmut_7 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_8'] = x_special_get_alts__mutmut_8 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_9'] = x_special_get_alts__mutmut_9 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_10'] = x_special_get_alts__mutmut_10 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_11'] = x_special_get_alts__mutmut_11 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_12'] = x_special_get_alts__mutmut_12 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_13'] = x_special_get_alts__mutmut_13 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_14'] = x_special_get_alts__mutmut_14 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_15'] = x_special_get_alts__mutmut_15 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_16'] = x_special_get_alts__mutmut_16 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_17'] = x_special_get_alts__mutmut_17 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_18'] = x_special_get_alts__mutmut_18 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_19'] = x_special_get_alts__mutmut_19 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_20'] = x_special_get_alts__mutmut_20 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_21'] = x_special_get_alts__mutmut_21 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_22'] = x_special_get_alts__mutmut_22 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_23'] = x_special_get_alts__mutmut_23 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_24'] = x_special_get_alts__mutmut_24 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_25'] = x_special_get_alts__mutmut_25 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_26'] = x_special_get_alts__mutmut_26 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_27'] = x_special_get_alts__mutmut_27 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_28'] = x_special_get_alts__mutmut_28 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_29'] = x_special_get_alts__mutmut_29 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_30'] = x_special_get_alts__mutmut_30 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_31'] = x_special_get_alts__mutmut_31 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_32'] = x_special_get_alts__mutmut_32 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_33'] = x_special_get_alts__mutmut_33 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_34'] = x_special_get_alts__mutmut_34 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_35'] = x_special_get_alts__mutmut_35 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_36'] = x_special_get_alts__mutmut_36 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_37'] = x_special_get_alts__mutmut_37 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_38'] = x_special_get_alts__mutmut_38 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_39'] = x_special_get_alts__mutmut_39 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_40'] = x_special_get_alts__mutmut_40 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_41'] = x_special_get_alts__mutmut_41 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_42'] = x_special_get_alts__mutmut_42 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_43'] = x_special_get_alts__mutmut_43 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_44'] = x_special_get_alts__mutmut_44 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_45'] = x_special_get_alts__mutmut_45 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_46'] = x_special_get_alts__mutmut_46 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_47'] = x_special_get_alts__mutmut_47 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_48'] = x_special_get_alts__mutmut_48 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_49'] = x_special_get_alts__mutmut_49 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_50'] = x_special_get_alts__mutmut_50 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_51'] = x_special_get_alts__mutmut_51 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_52'] = x_special_get_alts__mutmut_52 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_53'] = x_special_get_alts__mutmut_53 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_54'] = x_special_get_alts__mutmut_54 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_55'] = x_special_get_alts__mutmut_55 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_56'] = x_special_get_alts__mutmut_56 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_57'] = x_special_get_alts__mutmut_57 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_58'] = x_special_get_alts__mutmut_58 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_59'] = x_special_get_alts__mutmut_59 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_60'] = x_special_get_alts__mutmut_60 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_61'] = x_special_get_alts__mutmut_61 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_62'] = x_special_get_alts__mutmut_62 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_63'] = x_special_get_alts__mutmut_63 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_64'] = x_special_get_alts__mutmut_64 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_65'] = x_special_get_alts__mutmut_65 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_66'] = x_special_get_alts__mutmut_66 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_67'] = x_special_get_alts__mutmut_67 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_68'] = x_special_get_alts__mutmut_68 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_69'] = x_special_get_alts__mutmut_69 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_70'] = x_special_get_alts__mutmut_70 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_71'] = x_special_get_alts__mutmut_71 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_72'] = x_special_get_alts__mutmut_72 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_73'] = x_special_get_alts__mutmut_73 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_74'] = x_special_get_alts__mutmut_74 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_75'] = x_special_get_alts__mutmut_75 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_76'] = x_special_get_alts__mutmut_76 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_77'] = x_special_get_alts__mutmut_77 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_78'] = x_special_get_alts__mutmut_78 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_79'] = x_special_get_alts__mutmut_79 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_80'] = x_special_get_alts__mutmut_80 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_81'] = x_special_get_alts__mutmut_81 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_82'] = x_special_get_alts__mutmut_82 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_83'] = x_special_get_alts__mutmut_83 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_84'] = x_special_get_alts__mutmut_84 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_85'] = x_special_get_alts__mutmut_85 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_86'] = x_special_get_alts__mutmut_86 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_87'] = x_special_get_alts__mutmut_87 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_88'] = x_special_get_alts__mutmut_88 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_89'] = x_special_get_alts__mutmut_89 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_90'] = x_special_get_alts__mutmut_90 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_91'] = x_special_get_alts__mutmut_91 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_92'] = x_special_get_alts__mutmut_92 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_93'] = x_special_get_alts__mutmut_93 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_94'] = x_special_get_alts__mutmut_94 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_95'] = x_special_get_alts__mutmut_95 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_96'] = x_special_get_alts__mutmut_96 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_97'] = x_special_get_alts__mutmut_97 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_98'] = x_special_get_alts__mutmut_98 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_99'] = x_special_get_alts__mutmut_99 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_100'] = x_special_get_alts__mutmut_100 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_101'] = x_special_get_alts__mutmut_101 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_102'] = x_special_get_alts__mutmut_102 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_103'] = x_special_get_alts__mutmut_103 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_104'] = x_special_get_alts__mutmut_104 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_105'] = x_special_get_alts__mutmut_105 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_106'] = x_special_get_alts__mutmut_106 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_107'] = x_special_get_alts__mutmut_107 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_108'] = x_special_get_alts__mutmut_108 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_109'] = x_special_get_alts__mutmut_109 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_110'] = x_special_get_alts__mutmut_110 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_111'] = x_special_get_alts__mutmut_111 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_112'] = x_special_get_alts__mutmut_112 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_113'] = x_special_get_alts__mutmut_113 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_114'] = x_special_get_alts__mutmut_114 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_115'] = x_special_get_alts__mutmut_115 # type: ignore # mutmut generated
mutants_x_special_get_alts__mutmut['x_special_get_alts__mutmut_116'] = x_special_get_alts__mutmut_116 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_add_special_section_alts__mutmut)
def add_special_section_alts(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_orig(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_1(file: ObjtoolFile) -> None:
    reporter = None
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_2(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(None):
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_3(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = None
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_4(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(None, special.orig_off)
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_5(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, None)
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_6(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_off)
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_7(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, )
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_8(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is not None:
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_9(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func(None, special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_10(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", None, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_11(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, None)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_12(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func(special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_13(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_14(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, )
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_15(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("XXspecial: can't find orig instructionXX", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_16(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("SPECIAL: CAN'T FIND ORIG INSTRUCTION", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_17(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = ""
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_18(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group and special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_19(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_20(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = None
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_21(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(None, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_22(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, None)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_23(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_24(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, )
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_25(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is not None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_26(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func(None, special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_27(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", None, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_28(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, None)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_29(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func(special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_30(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_31(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("special: can't find new instruction", special.new_sec, )
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_32(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("XXspecial: can't find new instructionXX", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_33(file: ObjtoolFile) -> None:
    reporter = file.reporter
    for special in special_get_alts(file):
        orig_insn = file.find_insn(special.orig_sec, special.orig_off)
        if orig_insn is None:
            reporter.warn_func("special: can't find orig instruction", special.orig_sec, special.orig_off)
            raise CheckAborted
        new_insn = None
        if not special.group or special.new_len:
            new_insn = file.find_insn(special.new_sec, special.new_off)
            if new_insn is None:
                reporter.warn_func("SPECIAL: CAN'T FIND NEW INSTRUCTION", special.new_sec, special.new_off)
                raise CheckAborted
        if special.group:
            if not special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_34(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
            if special.orig_len:
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_35(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func(None, orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_36(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", None, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_37(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, None)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_38(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func(orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_39(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_40(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, )
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_41(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("XXempty alternative entryXX", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_42(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("EMPTY ALTERNATIVE ENTRY", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_43(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                break
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_44(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = None
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_45(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(None, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_46(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, None, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_47(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, None, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_48(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, None)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_49(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_50(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_51(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_52(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, )
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_53(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = None
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_54(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(None, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_55(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, None, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_56(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, None, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_57(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, None)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_58(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_59(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_60(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_61(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, )
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_62(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = None
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_63(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = False
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_64(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is not None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_65(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = None
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_66(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(None)
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_67(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(None, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_68(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, None))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_69(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_70(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, ))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_71(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat(None)
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_72(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("XXjl\\\tNOP\tJMPXX")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_73(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tnop\tjmp")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_74(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("JL\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_75(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(None)
        file.stat(f"long:\t{file.jl_nop_long}\t{file.jl_long}")


def x_add_special_section_alts__mutmut_76(file: ObjtoolFile) -> None:
    reporter = file.reporter
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
                reporter.warn_func("empty alternative entry", orig_insn.sec, orig_insn.offset)
                continue
            new_insn = handle_group_alt(file, special, orig_insn, new_insn)
        elif special.jump_or_nop:
            new_insn = handle_jump_alt(file, special, orig_insn, new_insn)
        if special.skip_alt:
            orig_insn.ignore_alts = True
        if orig_insn.alts is None:
            orig_insn.alts = []
        orig_insn.alts.append(Alternative(new_insn, special.skip_orig))
    if file.opts.stats:
        file.stat("jl\\\tNOP\tJMP")
        file.stat(f"short:\t{file.jl_nop_short}\t{file.jl_short}")
        file.stat(None)

mutants_x_add_special_section_alts__mutmut['_mutmut_orig'] = x_add_special_section_alts__mutmut_orig # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_1'] = x_add_special_section_alts__mutmut_1 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_2'] = x_add_special_section_alts__mutmut_2 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_3'] = x_add_special_section_alts__mutmut_3 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_4'] = x_add_special_section_alts__mutmut_4 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_5'] = x_add_special_section_alts__mutmut_5 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_6'] = x_add_special_section_alts__mutmut_6 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_7'] = x_add_special_section_alts__mutmut_7 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_8'] = x_add_special_section_alts__mutmut_8 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_9'] = x_add_special_section_alts__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_10'] = x_add_special_section_alts__mutmut_10 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_11'] = x_add_special_section_alts__mutmut_11 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_12'] = x_add_special_section_alts__mutmut_12 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_13'] = x_add_special_section_alts__mutmut_13 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_14'] = x_add_special_section_alts__mutmut_14 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_15'] = x_add_special_section_alts__mutmut_15 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_16'] = x_add_special_section_alts__mutmut_16 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_17'] = x_add_special_section_alts__mutmut_17 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_18'] = x_add_special_section_alts__mutmut_18 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_19'] = x_add_special_section_alts__mutmut_19 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_20'] = x_add_special_section_alts__mutmut_20 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_21'] = x_add_special_section_alts__mutmut_21 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_22'] = x_add_special_section_alts__mutmut_22 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_23'] = x_add_special_section_alts__mutmut_23 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_24'] = x_add_special_section_alts__mutmut_24 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_25'] = x_add_special_section_alts__mutmut_25 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_26'] = x_add_special_section_alts__mutmut_26 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_27'] = x_add_special_section_alts__mutmut_27 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_28'] = x_add_special_section_alts__mutmut_28 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_29'] = x_add_special_section_alts__mutmut_29 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_30'] = x_add_special_section_alts__mutmut_30 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_31'] = x_add_special_section_alts__mutmut_31 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_32'] = x_add_special_section_alts__mutmut_32 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_33'] = x_add_special_section_alts__mutmut_33 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_34'] = x_add_special_section_alts__mutmut_34 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_35'] = x_add_special_section_alts__mutmut_35 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_36'] = x_add_special_section_alts__mutmut_36 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_37'] = x_add_special_section_alts__mutmut_37 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_38'] = x_add_special_section_alts__mutmut_38 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_39'] = x_add_special_section_alts__mutmut_39 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_40'] = x_add_special_section_alts__mutmut_40 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_41'] = x_add_special_section_alts__mutmut_41 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_42'] = x_add_special_section_alts__mutmut_42 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_43'] = x_add_special_section_alts__mutmut_43 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_44'] = x_add_special_section_alts__mutmut_44 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_45'] = x_add_special_section_alts__mutmut_45 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_46'] = x_add_special_section_alts__mutmut_46 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_47'] = x_add_special_section_alts__mutmut_47 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_48'] = x_add_special_section_alts__mutmut_48 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_49'] = x_add_special_section_alts__mutmut_49 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_50'] = x_add_special_section_alts__mutmut_50 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_51'] = x_add_special_section_alts__mutmut_51 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_52'] = x_add_special_section_alts__mutmut_52 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_53'] = x_add_special_section_alts__mutmut_53 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_54'] = x_add_special_section_alts__mutmut_54 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_55'] = x_add_special_section_alts__mutmut_55 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_56'] = x_add_special_section_alts__mutmut_56 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_57'] = x_add_special_section_alts__mutmut_57 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_58'] = x_add_special_section_alts__mutmut_58 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_59'] = x_add_special_section_alts__mutmut_59 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_60'] = x_add_special_section_alts__mutmut_60 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_61'] = x_add_special_section_alts__mutmut_61 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_62'] = x_add_special_section_alts__mutmut_62 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_63'] = x_add_special_section_alts__mutmut_63 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_64'] = x_add_special_section_alts__mutmut_64 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_65'] = x_add_special_section_alts__mutmut_65 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_66'] = x_add_special_section_alts__mutmut_66 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_67'] = x_add_special_section_alts__mutmut_67 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_68'] = x_add_special_section_alts__mutmut_68 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_69'] = x_add_special_section_alts__mutmut_69 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_70'] = x_add_special_section_alts__mutmut_70 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_71'] = x_add_special_section_alts__mutmut_71 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_72'] = x_add_special_section_alts__mutmut_72 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_73'] = x_add_special_section_alts__mutmut_73 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_74'] = x_add_special_section_alts__mutmut_74 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_75'] = x_add_special_section_alts__mutmut_75 # type: ignore # mutmut generated
mutants_x_add_special_section_alts__mutmut['x_add_special_section_alts__mutmut_76'] = x_add_special_section_alts__mutmut_76 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_handle_group_alt__mutmut)
def handle_group_alt(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_orig(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_1(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = None
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_2(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = None
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_3(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, None, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_4(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, None)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_5(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_6(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_7(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_8(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, )
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_9(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] / special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_10(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = ""
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_11(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = None
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_12(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = None
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_13(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off - special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_14(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None or insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_15(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_16(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset <= orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_17(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = None
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_18(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = None
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_19(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = None
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_20(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(None)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_21(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = None

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_22(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = None
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_23(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(None, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_24(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, None)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_25(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_26(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_27(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_28(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, )
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_29(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = ""
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_30(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len <= special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_31(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = None
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_32(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(None, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_33(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, None,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_34(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          None, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_35(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, None, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_36(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, None, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_37(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, None)
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_38(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_39(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_40(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_41(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_42(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_43(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, )
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_44(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off - special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_45(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len + special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_46(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 1, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_47(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = None
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_48(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = False
        file.fake_nops.append(nop)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_49(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(None)
        nop.func = orig_insn.func
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_50(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

    new_group = AltGroup(orig_group, None, None, orig_group.cfi)
    nop = None
    if special.new_len < special.orig_len:
        # pad the replacement to the original's size, so that the instruction
        # after it carries the state into the shared CFI array
        nop = Instruction(special.new_sec, special.new_off + special.new_len,
                          special.orig_len - special.new_len, NOP, 0, ())
        nop.fake = True
        file.fake_nops.append(nop)
        nop.func = None
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_51(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = None
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_52(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = None

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_53(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_54(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = None
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_55(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = None
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_56(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = ""
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_57(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = None
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_58(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off - special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_59(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = None
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_60(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None or insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_61(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_62(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset <= new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_63(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = None
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_64(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = None
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_65(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = None
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_66(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = None
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_67(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = None
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_68(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None or not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_69(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_70(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_71(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(None, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_72(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, None):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_73(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_74(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, ):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_75(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func(None, insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_76(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", None, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_77(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, None)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_78(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func(insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_79(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_80(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, )
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_81(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("XXunsupported relocation in alternatives sectionXX", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_82(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("UNSUPPORTED RELOCATION IN ALTERNATIVES SECTION", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_83(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) or insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_84(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(None) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_85(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = None
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_86(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len - insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_87(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset - insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_88(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off != new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_89(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_90(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if (last_orig_insn) and False else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_91(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if (last_orig_insn) or True else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_92(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(None) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_93(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is not None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_94(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func(None, insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_95(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", None, insn.offset)
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


def x_handle_group_alt__mutmut_96(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, None)
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


def x_handle_group_alt__mutmut_97(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func(insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_98(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.offset)
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


def x_handle_group_alt__mutmut_99(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, )
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


def x_handle_group_alt__mutmut_100(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("XXcan't find alternative jump destinationXX", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_101(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("CAN'T FIND ALTERNATIVE JUMP DESTINATION", insn.sec, insn.offset)
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


def x_handle_group_alt__mutmut_102(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = None

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_103(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(None)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_104(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is not None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_105(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func(None, special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_106(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", None, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_107(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, None)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_108(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func(special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_109(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_110(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, )
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_111(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("XXcan't find last new alternative instructionXX", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_112(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("CAN'T FIND LAST NEW ALTERNATIVE INSTRUCTION", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_113(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_114(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(None, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_115(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, None)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_116(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_117(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, )
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_118(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = None
    new_group.last_insn = nop if nop is not None else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_119(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = None
    return new_insn


def x_handle_group_alt__mutmut_120(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if (nop is not None) and False else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_121(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if (nop is not None) or True else last_new_insn
    return new_insn


def x_handle_group_alt__mutmut_122(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                     new_insn: Instruction | None) -> Instruction | None:
    """Tie an alternative's replacement to its original code; returns the path's first instruction."""
    reporter = file.reporter
    orig_group = AltGroup(None, orig_insn, None, [None] * special.orig_len)
    last_orig_insn = None
    insn = orig_insn
    orig_end = special.orig_off + special.orig_len
    while insn is not None and insn.offset < orig_end:
        insn.alt_group = orig_group
        last_orig_insn = insn
        insn = file.next_same_sec(insn)
    orig_group.last_insn = last_orig_insn

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
        nop.alt_group = new_group
        nop.ignore = orig_insn.ignore_alts

    if not special.new_len:
        new_group.first_insn = nop
        new_group.last_insn = nop
        return nop

    last_new_insn = None
    new_end = special.new_off + special.new_len
    insn = new_insn
    while insn is not None and insn.offset < new_end:
        last_new_insn = insn
        insn.ignore = orig_insn.ignore_alts
        insn.func = orig_insn.func
        insn.alt_group = new_group
        alt_reloc = insn.reloc()
        if alt_reloc is not None and not file.arch.support_alt_relocation(special.new_off, insn):
            reporter.warn_func("unsupported relocation in alternatives section", insn.sec, insn.offset)
            raise CheckAborted
        if is_static_jump(insn.type) and insn.immediate:
            dest_off = insn.offset + insn.len + insn.immediate
            if dest_off == new_end:
                insn.jump_dest = file.next_same_sec(last_orig_insn) if last_orig_insn else None
                if insn.jump_dest is None:
                    reporter.warn_func("can't find alternative jump destination", insn.sec, insn.offset)
                    raise CheckAborted
        insn = file.next_same_sec(insn)

    if last_new_insn is None:
        reporter.warn_func("can't find last new alternative instruction", special.new_sec, special.new_off)
        raise CheckAborted
    if nop is not None:
        file.insert_after(last_new_insn, nop)
    new_group.first_insn = new_insn
    new_group.last_insn = nop if nop is None else last_new_insn
    return new_insn

mutants_x_handle_group_alt__mutmut['_mutmut_orig'] = x_handle_group_alt__mutmut_orig # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_1'] = x_handle_group_alt__mutmut_1 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_2'] = x_handle_group_alt__mutmut_2 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_3'] = x_handle_group_alt__mutmut_3 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_4'] = x_handle_group_alt__mutmut_4 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_5'] = x_handle_group_alt__mutmut_5 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_6'] = x_handle_group_alt__mutmut_6 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_7'] = x_handle_group_alt__mutmut_7 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_8'] = x_handle_group_alt__mutmut_8 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_9'] = x_handle_group_alt__mutmut_9 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_10'] = x_handle_group_alt__mutmut_10 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_11'] = x_handle_group_alt__mutmut_11 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_12'] = x_handle_group_alt__mutmut_12 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_13'] = x_handle_group_alt__mutmut_13 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_14'] = x_handle_group_alt__mutmut_14 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_15'] = x_handle_group_alt__mutmut_15 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_16'] = x_handle_group_alt__mutmut_16 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_17'] = x_handle_group_alt__mutmut_17 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_18'] = x_handle_group_alt__mutmut_18 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_19'] = x_handle_group_alt__mutmut_19 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_20'] = x_handle_group_alt__mutmut_20 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_21'] = x_handle_group_alt__mutmut_21 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_22'] = x_handle_group_alt__mutmut_22 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_23'] = x_handle_group_alt__mutmut_23 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_24'] = x_handle_group_alt__mutmut_24 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_25'] = x_handle_group_alt__mutmut_25 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_26'] = x_handle_group_alt__mutmut_26 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_27'] = x_handle_group_alt__mutmut_27 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_28'] = x_handle_group_alt__mutmut_28 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_29'] = x_handle_group_alt__mutmut_29 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_30'] = x_handle_group_alt__mutmut_30 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_31'] = x_handle_group_alt__mutmut_31 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_32'] = x_handle_group_alt__mutmut_32 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_33'] = x_handle_group_alt__mutmut_33 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_34'] = x_handle_group_alt__mutmut_34 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_35'] = x_handle_group_alt__mutmut_35 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_36'] = x_handle_group_alt__mutmut_36 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_37'] = x_handle_group_alt__mutmut_37 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_38'] = x_handle_group_alt__mutmut_38 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_39'] = x_handle_group_alt__mutmut_39 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_40'] = x_handle_group_alt__mutmut_40 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_41'] = x_handle_group_alt__mutmut_41 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_42'] = x_handle_group_alt__mutmut_42 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_43'] = x_handle_group_alt__mutmut_43 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_44'] = x_handle_group_alt__mutmut_44 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_45'] = x_handle_group_alt__mutmut_45 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_46'] = x_handle_group_alt__mutmut_46 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_47'] = x_handle_group_alt__mutmut_47 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_48'] = x_handle_group_alt__mutmut_48 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_49'] = x_handle_group_alt__mutmut_49 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_50'] = x_handle_group_alt__mutmut_50 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_51'] = x_handle_group_alt__mutmut_51 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_52'] = x_handle_group_alt__mutmut_52 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_53'] = x_handle_group_alt__mutmut_53 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_54'] = x_handle_group_alt__mutmut_54 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_55'] = x_handle_group_alt__mutmut_55 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_56'] = x_handle_group_alt__mutmut_56 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_57'] = x_handle_group_alt__mutmut_57 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_58'] = x_handle_group_alt__mutmut_58 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_59'] = x_handle_group_alt__mutmut_59 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_60'] = x_handle_group_alt__mutmut_60 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_61'] = x_handle_group_alt__mutmut_61 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_62'] = x_handle_group_alt__mutmut_62 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_63'] = x_handle_group_alt__mutmut_63 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_64'] = x_handle_group_alt__mutmut_64 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_65'] = x_handle_group_alt__mutmut_65 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_66'] = x_handle_group_alt__mutmut_66 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_67'] = x_handle_group_alt__mutmut_67 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_68'] = x_handle_group_alt__mutmut_68 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_69'] = x_handle_group_alt__mutmut_69 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_70'] = x_handle_group_alt__mutmut_70 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_71'] = x_handle_group_alt__mutmut_71 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_72'] = x_handle_group_alt__mutmut_72 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_73'] = x_handle_group_alt__mutmut_73 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_74'] = x_handle_group_alt__mutmut_74 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_75'] = x_handle_group_alt__mutmut_75 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_76'] = x_handle_group_alt__mutmut_76 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_77'] = x_handle_group_alt__mutmut_77 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_78'] = x_handle_group_alt__mutmut_78 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_79'] = x_handle_group_alt__mutmut_79 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_80'] = x_handle_group_alt__mutmut_80 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_81'] = x_handle_group_alt__mutmut_81 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_82'] = x_handle_group_alt__mutmut_82 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_83'] = x_handle_group_alt__mutmut_83 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_84'] = x_handle_group_alt__mutmut_84 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_85'] = x_handle_group_alt__mutmut_85 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_86'] = x_handle_group_alt__mutmut_86 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_87'] = x_handle_group_alt__mutmut_87 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_88'] = x_handle_group_alt__mutmut_88 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_89'] = x_handle_group_alt__mutmut_89 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_90'] = x_handle_group_alt__mutmut_90 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_91'] = x_handle_group_alt__mutmut_91 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_92'] = x_handle_group_alt__mutmut_92 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_93'] = x_handle_group_alt__mutmut_93 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_94'] = x_handle_group_alt__mutmut_94 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_95'] = x_handle_group_alt__mutmut_95 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_96'] = x_handle_group_alt__mutmut_96 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_97'] = x_handle_group_alt__mutmut_97 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_98'] = x_handle_group_alt__mutmut_98 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_99'] = x_handle_group_alt__mutmut_99 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_100'] = x_handle_group_alt__mutmut_100 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_101'] = x_handle_group_alt__mutmut_101 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_102'] = x_handle_group_alt__mutmut_102 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_103'] = x_handle_group_alt__mutmut_103 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_104'] = x_handle_group_alt__mutmut_104 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_105'] = x_handle_group_alt__mutmut_105 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_106'] = x_handle_group_alt__mutmut_106 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_107'] = x_handle_group_alt__mutmut_107 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_108'] = x_handle_group_alt__mutmut_108 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_109'] = x_handle_group_alt__mutmut_109 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_110'] = x_handle_group_alt__mutmut_110 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_111'] = x_handle_group_alt__mutmut_111 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_112'] = x_handle_group_alt__mutmut_112 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_113'] = x_handle_group_alt__mutmut_113 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_114'] = x_handle_group_alt__mutmut_114 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_115'] = x_handle_group_alt__mutmut_115 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_116'] = x_handle_group_alt__mutmut_116 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_117'] = x_handle_group_alt__mutmut_117 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_118'] = x_handle_group_alt__mutmut_118 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_119'] = x_handle_group_alt__mutmut_119 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_120'] = x_handle_group_alt__mutmut_120 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_121'] = x_handle_group_alt__mutmut_121 # type: ignore # mutmut generated
mutants_x_handle_group_alt__mutmut['x_handle_group_alt__mutmut_122'] = x_handle_group_alt__mutmut_122 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_handle_jump_alt__mutmut)
def handle_jump_alt(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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


def x_handle_jump_alt__mutmut_orig(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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


def x_handle_jump_alt__mutmut_1(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL or orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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


def x_handle_jump_alt__mutmut_2(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type == JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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


def x_handle_jump_alt__mutmut_3(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type == NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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


def x_handle_jump_alt__mutmut_4(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func(None, orig_insn.sec, orig_insn.offset)
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


def x_handle_jump_alt__mutmut_5(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", None, orig_insn.offset)
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


def x_handle_jump_alt__mutmut_6(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, None)
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


def x_handle_jump_alt__mutmut_7(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func(orig_insn.sec, orig_insn.offset)
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


def x_handle_jump_alt__mutmut_8(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.offset)
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


def x_handle_jump_alt__mutmut_9(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, )
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


def x_handle_jump_alt__mutmut_10(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("XXunsupported instruction at jump labelXX", orig_insn.sec, orig_insn.offset)
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


def x_handle_jump_alt__mutmut_11(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("UNSUPPORTED INSTRUCTION AT JUMP LABEL", orig_insn.sec, orig_insn.offset)
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


def x_handle_jump_alt__mutmut_12(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label or special.key_addend & 2:
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


def x_handle_jump_alt__mutmut_13(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend | 2:
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


def x_handle_jump_alt__mutmut_14(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 3:
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


def x_handle_jump_alt__mutmut_15(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = None
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


def x_handle_jump_alt__mutmut_16(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is None:
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


def x_handle_jump_alt__mutmut_17(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(None)
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


def x_handle_jump_alt__mutmut_18(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = None
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


def x_handle_jump_alt__mutmut_19(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = False
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


def x_handle_jump_alt__mutmut_20(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(None, orig_insn.offset, file.arch.nop_bytes(orig_insn.len))
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


def x_handle_jump_alt__mutmut_21(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(orig_insn.sec, None, file.arch.nop_bytes(orig_insn.len))
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


def x_handle_jump_alt__mutmut_22(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(orig_insn.sec, orig_insn.offset, None)
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


def x_handle_jump_alt__mutmut_23(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(orig_insn.offset, file.arch.nop_bytes(orig_insn.len))
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


def x_handle_jump_alt__mutmut_24(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(orig_insn.sec, file.arch.nop_bytes(orig_insn.len))
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


def x_handle_jump_alt__mutmut_25(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(orig_insn.sec, orig_insn.offset, )
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


def x_handle_jump_alt__mutmut_26(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(orig_insn.sec, orig_insn.offset, file.arch.nop_bytes(None))
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


def x_handle_jump_alt__mutmut_27(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(orig_insn.sec, orig_insn.offset, file.arch.nop_bytes(orig_insn.len))
        orig_insn.type = None
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


def x_handle_jump_alt__mutmut_28(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(orig_insn.sec, orig_insn.offset, file.arch.nop_bytes(orig_insn.len))
        orig_insn.type = NOP
    if orig_insn.type != NOP:
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


def x_handle_jump_alt__mutmut_29(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(orig_insn.sec, orig_insn.offset, file.arch.nop_bytes(orig_insn.len))
        orig_insn.type = NOP
    if orig_insn.type == NOP:
        if orig_insn.len != 2:
            file.jl_nop_short += 1
        else:
            file.jl_nop_long += 1
        return new_insn
    if orig_insn.len == 2:
        file.jl_short += 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_30(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
        raise CheckAborted
    if file.opts.hack_jump_label and special.key_addend & 2:
        reloc = orig_insn.reloc()
        if reloc is not None:
            reloc.set_type(file.arch.relocs.none)
            file.elf.changed = True
        file.elf.write_bytes(orig_insn.sec, orig_insn.offset, file.arch.nop_bytes(orig_insn.len))
        orig_insn.type = NOP
    if orig_insn.type == NOP:
        if orig_insn.len == 3:
            file.jl_nop_short += 1
        else:
            file.jl_nop_long += 1
        return new_insn
    if orig_insn.len == 2:
        file.jl_short += 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_31(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
            file.jl_nop_short = 1
        else:
            file.jl_nop_long += 1
        return new_insn
    if orig_insn.len == 2:
        file.jl_short += 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_32(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
            file.jl_nop_short -= 1
        else:
            file.jl_nop_long += 1
        return new_insn
    if orig_insn.len == 2:
        file.jl_short += 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_33(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
            file.jl_nop_short += 2
        else:
            file.jl_nop_long += 1
        return new_insn
    if orig_insn.len == 2:
        file.jl_short += 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_34(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
            file.jl_nop_long = 1
        return new_insn
    if orig_insn.len == 2:
        file.jl_short += 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_35(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
            file.jl_nop_long -= 1
        return new_insn
    if orig_insn.len == 2:
        file.jl_short += 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_36(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
            file.jl_nop_long += 2
        return new_insn
    if orig_insn.len == 2:
        file.jl_short += 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_37(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
    if orig_insn.len != 2:
        file.jl_short += 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_38(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
    if orig_insn.len == 3:
        file.jl_short += 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_39(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
        file.jl_short = 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_40(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
        file.jl_short -= 1
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_41(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
        file.jl_short += 2
    else:
        file.jl_long += 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_42(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
        file.jl_long = 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_43(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
        file.jl_long -= 1
    return orig_insn.next


def x_handle_jump_alt__mutmut_44(file: ObjtoolFile, special: SpecialAlt, orig_insn: Instruction,
                    new_insn: Instruction | None) -> Instruction | None:
    """A jump label flips a NOP into a jump or a jump into a NOP.

    With ``--hacks=jump_label`` a jump whose key says it starts out as a NOP
    is turned into one in the code (and its relocation into R_X86_64_NONE).
    """
    if orig_insn.type != JUMP_UNCONDITIONAL and orig_insn.type != NOP:
        file.reporter.warn_func("unsupported instruction at jump label", orig_insn.sec, orig_insn.offset)
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
        file.jl_long += 2
    return orig_insn.next

mutants_x_handle_jump_alt__mutmut['_mutmut_orig'] = x_handle_jump_alt__mutmut_orig # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_1'] = x_handle_jump_alt__mutmut_1 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_2'] = x_handle_jump_alt__mutmut_2 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_3'] = x_handle_jump_alt__mutmut_3 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_4'] = x_handle_jump_alt__mutmut_4 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_5'] = x_handle_jump_alt__mutmut_5 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_6'] = x_handle_jump_alt__mutmut_6 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_7'] = x_handle_jump_alt__mutmut_7 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_8'] = x_handle_jump_alt__mutmut_8 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_9'] = x_handle_jump_alt__mutmut_9 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_10'] = x_handle_jump_alt__mutmut_10 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_11'] = x_handle_jump_alt__mutmut_11 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_12'] = x_handle_jump_alt__mutmut_12 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_13'] = x_handle_jump_alt__mutmut_13 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_14'] = x_handle_jump_alt__mutmut_14 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_15'] = x_handle_jump_alt__mutmut_15 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_16'] = x_handle_jump_alt__mutmut_16 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_17'] = x_handle_jump_alt__mutmut_17 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_18'] = x_handle_jump_alt__mutmut_18 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_19'] = x_handle_jump_alt__mutmut_19 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_20'] = x_handle_jump_alt__mutmut_20 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_21'] = x_handle_jump_alt__mutmut_21 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_22'] = x_handle_jump_alt__mutmut_22 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_23'] = x_handle_jump_alt__mutmut_23 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_24'] = x_handle_jump_alt__mutmut_24 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_25'] = x_handle_jump_alt__mutmut_25 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_26'] = x_handle_jump_alt__mutmut_26 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_27'] = x_handle_jump_alt__mutmut_27 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_28'] = x_handle_jump_alt__mutmut_28 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_29'] = x_handle_jump_alt__mutmut_29 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_30'] = x_handle_jump_alt__mutmut_30 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_31'] = x_handle_jump_alt__mutmut_31 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_32'] = x_handle_jump_alt__mutmut_32 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_33'] = x_handle_jump_alt__mutmut_33 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_34'] = x_handle_jump_alt__mutmut_34 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_35'] = x_handle_jump_alt__mutmut_35 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_36'] = x_handle_jump_alt__mutmut_36 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_37'] = x_handle_jump_alt__mutmut_37 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_38'] = x_handle_jump_alt__mutmut_38 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_39'] = x_handle_jump_alt__mutmut_39 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_40'] = x_handle_jump_alt__mutmut_40 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_41'] = x_handle_jump_alt__mutmut_41 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_42'] = x_handle_jump_alt__mutmut_42 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_43'] = x_handle_jump_alt__mutmut_43 # type: ignore # mutmut generated
mutants_x_handle_jump_alt__mutmut['x_handle_jump_alt__mutmut_44'] = x_handle_jump_alt__mutmut_44 # type: ignore # mutmut generated
