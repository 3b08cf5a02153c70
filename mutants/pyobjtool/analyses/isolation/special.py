# SPDX-License-Identifier: GPL-2.0-only
"""Alternatives and static branches of a relocatable object, with the names
that ``--assume`` uses for them.

Both arm64 and x86-64 (6.1) lay the entries out the same way:

* ``.altinstructions``: ``struct alt_instr { s32 orig_offset; s32 alt_offset;
  u16 cpufeature; u8 orig_len; u8 alt_len; }`` (12 bytes).  On arm64 bit 15 of
  cpufeature marks an ALTERNATIVE_CB whose ``alt_offset`` is the callback;
  the replacement instructions sit in subsection 1 of the same section.  On
  x86 they sit in ``.altinstr_replacement``.
* ``__jump_table``: ``struct jump_entry { s32 code; s32 target; long key; }``
  (16 bytes); bit 0 of the key is the entry's *branch* flag.  The patched
  instruction is a jump iff ``key enabled XOR branch``
  (kernel/jump_label.c: jump_label_type()).

In a relocatable object every field is a PC-relative relocation, so the
entries are read from the relocations.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from ...arch.base import Arch
from ...elf.constants import EM_AARCH64, SHN_UNDEF, STT_SECTION
from ...elf.file import ElfFile
from ...elf.model import Section, Symbol

#: arm64 callbacks whose patch is "replace the original instructions by NOPs"
NOP_CALLBACKS = ("alt_cb_patch_nops",)


@dataclass
class Alternative:
    orig_sec: Section
    orig_off: int
    orig_len: int
    #: the replacement (None for a callback alternative)
    repl_sec: Section | None
    repl_off: int
    repl_len: int
    feature: int
    #: names --assume may use for the feature
    names: tuple[str, ...]
    callback: str | None = None

    @property
    def patches_to_nops(self) -> bool:
        return self.callback is not None and self.callback.endswith(NOP_CALLBACKS)


@dataclass
class JumpLabel:
    sec: Section
    code_off: int
    target_off: int
    branch: bool
    names: tuple[str, ...]


def _loc(rel_sym: Symbol, addend: int) -> tuple[Section | None, int, Symbol]:
    if rel_sym.shndx == SHN_UNDEF or rel_sym.sec.idx == 0:
        return None, addend, rel_sym
    return rel_sym.sec, rel_sym.offset + addend, rel_sym


def _relocs_by_offset(sec: Section) -> dict[int, tuple[Symbol, int]]:
    rsec = sec.reloc
    if rsec is None or rsec.relocs is None:
        return {}
    table = rsec.relocs
    symbols = table.symbols
    return {off: (symbols[si], add) for off, si, add in zip(table.offsets, table.symidx, table.addends, strict=True)}


def _strip(name: str, prefixes: tuple[str, ...]) -> tuple[str, ...]:
    out = [name]
    out.extend(name[len(p):] for p in prefixes if name.startswith(p))
    return tuple(out)


def read_alternatives(elf: ElfFile, arch: Arch, cpucaps: tuple[str, ...],
                      prefixes: tuple[str, ...] = ()) -> list[Alternative]:
    """The ``.altinstructions`` entries, in the architecture's layout; *cpucaps* names arm64 features."""
    layout = arch.alternatives_entry
    sec = elf.find_section(layout.sec)
    if sec is None or not sec.data:
        return []
    relocs = _relocs_by_offset(sec)
    arm64 = elf.e_machine == EM_AARCH64
    callback_bit = arch.alt_callback_bit
    out = []
    data = bytes(sec.data)
    for pos in range(0, len(data) - layout.size + 1, layout.size):
        feature = struct.unpack_from("<H", data, pos + layout.feature)[0]
        orig_len, alt_len = data[pos + layout.orig_len], data[pos + layout.new_len]
        orig = relocs.get(pos + layout.orig)
        alt = relocs.get(pos + layout.new)
        if orig is None or alt is None:
            continue
        osec, ooff, _ = _loc(*orig)
        asec, aoff, asym = _loc(*alt)
        if osec is None:
            continue
        callback = None
        if feature & callback_bit:
            feature &= ~callback_bit
            callback = asym.name if asec is None or asym.type != STT_SECTION else f"{asec.name}+{aoff:#x}"
            asec = None
        if arm64:
            cap = cpucaps[feature] if feature < len(cpucaps) else f"CAP_{feature}"
            names = ("ARM64_" + cap, cap)
        else:
            names = (f"X86_FEATURE_{feature >> 5}*32+{feature & 31}",)
        out.append(Alternative(osec, ooff, orig_len, asec, aoff, alt_len if asec is not None else 0, feature, names,
                               callback))
    return out


def _key_names(elf: ElfFile, arch: Arch, sym: Symbol, addend: int, caps: tuple[str, ...],
               prefixes: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    branch = bool(addend & 1)
    value = addend & ~3
    base = sym
    if sym.type == STT_SECTION and sym.sec.idx:
        found = sym.sec.symbols.containing(sym.offset + value)
        if found is not None:
            base, value = found, sym.offset + value - found.offset
    names = _strip(base.name, prefixes)
    if elf.e_machine == EM_AARCH64 and "cpu_hwcap_keys" in names:
        number = value // arch.static_key_size
        cap = caps[number] if number < len(caps) else f"CAP_{number}"
        return ("ARM64_" + cap, cap), branch
    if value:
        names = tuple(f"{n}+{value:#x}" for n in names)
    return names, branch


def read_jump_labels(elf: ElfFile, arch: Arch, cpucaps: tuple[str, ...],
                     prefixes: tuple[str, ...] = ()) -> list[JumpLabel]:
    """The ``__jump_table`` entries, in the architecture's layout."""
    layout = arch.jump_table_entry
    sec = elf.find_section(layout.sec)
    if sec is None or not sec.data:
        return []
    relocs = _relocs_by_offset(sec)
    out = []
    for pos in range(0, sec.size - layout.size + 1, layout.size):
        code, target, key = relocs.get(pos + layout.orig), relocs.get(pos + layout.new), relocs.get(pos + layout.key)
        if code is None or target is None or key is None:
            continue
        csec, coff, _ = _loc(*code)
        tsec, toff, _ = _loc(*target)
        if csec is None or tsec is not csec:
            continue
        names, branch = _key_names(elf, arch, key[0], key[1], cpucaps, prefixes)
        out.append(JumpLabel(csec, coff, toff, branch, names))
    return out


def lookup(assume: dict[str, bool], names: tuple[str, ...]) -> bool | None:
    """The assumed state of a feature or key known by any of *names* (None: unknown)."""
    for name in names:
        if name in assume:
            return assume[name]
    return None
