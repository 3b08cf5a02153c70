# SPDX-License-Identifier: GPL-2.0-only
"""The site tables objtool adds for the kernel to patch at boot or module load:
``.static_call_sites``, ``.retpoline_sites``, ``.return_sites``,
``__mcount_loc`` and ``.ibt_endbr_seal``.  Each entry is a PC-relative
pointer to an instruction (a static call site also points at its key)."""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING

from ..elf.constants import SHF_WRITE, STT_FUNC
from .noreturn import is_sibling_call
from .objfile import CheckAborted, ObjtoolFile

if TYPE_CHECKING:
    from ..elf.model import Section
    from .instruction import Instruction


def reloc_addend(offset: int) -> int:
    """An instruction offset as a relocation addend (objtool keeps it in an s32)."""
    return (offset + 0x80000000) % (1 << 32) - 0x80000000


def add_reloc_to_insn(file: ObjtoolFile, sec: Section, offset: int, rtype: int, insn_sec: Section,
                      insn_off: int, idx: int | None = None) -> None:
    """A relocation to an instruction, always against its section's STT_SECTION symbol.

    Symbol-based relocations would make the annotations of a weak function
    and of the function that overrides it land on the same address after
    linking, so objtool uses section symbols (creating one if needed).
    With *idx*, entry *idx* of a reserved ``.rela`` section is filled.
    """
    elf = file.elf
    sym = elf.section_symbol(insn_sec)
    addend = reloc_addend(insn_off)
    if idx is None:
        elf.add_reloc(sec, offset, rtype, sym, addend)
    else:
        elf.set_reloc(sec, idx, offset, rtype, sym, addend)


def _create(file: ObjtoolFile, name: str, flags: int, entsize: int, nr: int, reloc_nr: int) -> Section:
    """A new site table (with its relocations reserved where the release does that)."""
    if file.rules.reserve_site_relocs:
        return file.elf.create_section_pair(name, flags, entsize, nr, reloc_nr)
    return file.elf.create_section(name, flags, entsize, nr)


def _add(file: ObjtoolFile, sec: Section, idx: int, offset: int, rtype: int, sym, addend: int) -> None:
    if file.rules.reserve_site_relocs:
        file.elf.set_reloc(sec, idx, offset, rtype, sym, addend)
    else:
        file.elf.add_reloc(sec, offset, rtype, sym, addend)


def reloc_addends(offsets: list[int]) -> array:
    """:func:`reloc_addend` of each offset (all of them, as a rule: offsets below 2 GiB are
    their own addends)."""
    if offsets and max(offsets) >= 0x80000000:
        return array("q", map(reloc_addend, offsets))
    return array("q", offsets)


def add_relocs_to_insns(file: ObjtoolFile, sec: Section, entsize: int, rtype: int, secs: list[Section],
                        offsets: list[int]) -> None:
    """add_reloc_to_insn() for entry 0, 1, ... of *sec* (every *entsize* bytes), one per
    section and offset of *secs* and *offsets*, in one go: the missing section symbols are
    created in the order one call per entry would create them (of their first entry)."""
    section_symbol = file.elf.section_symbol
    for insn_sec in dict.fromkeys(secs):
        if insn_sec.sym is None:
            section_symbol(insn_sec)
    syms = [insn_sec.sym for insn_sec in secs]
    places = range(0, len(syms) * entsize, entsize)
    if file.rules.reserve_site_relocs:
        file.elf.set_relocs(sec, 0, places, rtype, syms, reloc_addends(offsets))
    else:
        file.elf.add_relocs(sec, places, rtype, syms, reloc_addends(offsets))


def _site_table(file: ObjtoolFile, name: str, insns: list[Instruction], entsize: int, rtype: int,
                flags: int = 0) -> Section:
    sec = _create(file, name, flags, entsize, len(insns), len(insns))
    add_relocs_to_insns(file, sec, entsize, rtype, [insn.sec for insn in insns], [insn.offset for insn in insns])
    return sec


def create_static_call_sections(file: ObjtoolFile) -> None:
    elf = file.elf
    if elf.find_section(".static_call_sites") is not None:
        file.static_call_list = []
        file.reporter.warn("file already has .static_call_sites section, skipping")
        return
    insns = file.static_call_list
    if not insns:
        return
    names = file.profile.symbol_names
    tramp_prefix = names.static_call_tramp_prefix
    pc32 = file.arch.relocs.pc32
    sec = _create(file, ".static_call_sites", SHF_WRITE, 8, len(insns), 2 * len(insns))
    reserve = file.rules.reserve_site_relocs
    for idx, insn in enumerate(insns):
        add_reloc_to_insn(file, sec, idx * 8, pc32, insn.sec, insn.offset, 2 * idx if reserve else None)
        tramp = insn.call_dest.name
        if not tramp.startswith(tramp_prefix):
            file.reporter.warn(f"static_call: trampoline name malformed: {tramp}")
            raise CheckAborted
        key_name = names.static_call_key_prefix + tramp[len(tramp_prefix):]
        key_sym = elf.symbol_by_name.get(key_name)
        if key_sym is None:
            if not file.opts.module:
                file.reporter.warn(f"static_call: can't find static_call_key symbol: {key_name}")
                raise CheckAborted
            # a module may call through a key it can't see; static_call_add_module() fixes it up
            key_sym = insn.call_dest
        # bit 0 of the key's addend marks a tail call
        tail = 1 if is_sibling_call(insn) else 0
        _add(file, sec, 2 * idx + 1, idx * 8 + 4, pc32, key_sym, tail)


def create_retpoline_sites_sections(file: ObjtoolFile) -> None:
    if file.elf.find_section(".retpoline_sites") is not None:
        file.reporter.warn("file already has .retpoline_sites, skipping")
        return
    if file.retpoline_call_list:
        _site_table(file, ".retpoline_sites", file.retpoline_call_list, 4, file.arch.relocs.pc32)


def create_return_sites_sections(file: ObjtoolFile) -> None:
    if file.elf.find_section(".return_sites") is not None:
        file.reporter.warn("file already has .return_sites, skipping")
        return
    if file.return_thunk_list:
        _site_table(file, ".return_sites", file.return_thunk_list, 4, file.arch.relocs.pc32)


def create_ibt_endbr_seal_sections(file: ObjtoolFile) -> None:
    if file.elf.find_section(".ibt_endbr_seal") is not None:
        file.reporter.warn("file already has .ibt_endbr_seal, skipping")
        return
    insns = list(file.endbr_list)
    if file.opts.stats:
        file.stat(f"ibt: ENDBR at function start: {file.nr_endbr}")
        file.stat(f"ibt: ENDBR inside functions:  {file.nr_endbr_int}")
        file.stat(f"ibt: superfluous ENDBR:       {len(insns)}")
    if not insns:
        return
    if file.rules.seal_warns_module_init and file.opts.module:
        # (objtool prints these while it fills the table)
        for insn in insns:
            sym = insn.sym
            if (sym is not None and sym.type == STT_FUNC and insn.offset == sym.offset
                    and sym.name in ("init_module", "cleanup_module")):
                file.reporter.warn(f"{sym.name}(): not an indirect call target")
    _site_table(file, ".ibt_endbr_seal", insns, 4, file.arch.relocs.pc32)


def create_mcount_loc_sections(file: ObjtoolFile) -> None:
    if file.elf.find_section("__mcount_loc") is not None:
        file.mcount_loc_list = []
        file.reporter.warn("file already has __mcount_loc section, skipping")
        return
    if file.mcount_loc_list:
        sec = _site_table(file, "__mcount_loc", file.mcount_loc_list, 8, file.arch.relocs.abs64)
        if file.rules.aligned_mcount_loc:
            sec.addralign = 8


def create_cfi_sections(file: ObjtoolFile) -> None:
    """--cfi: ``.cfi_sites`` lists every kCFI preamble (``__cfi_*`` function), even none."""
    elf = file.elf
    if elf.find_section(".cfi_sites") is not None:
        file.call_list = []  # (sic: objtool 6.12 empties the .call_sites list here)
        file.reporter.warn("file already has .cfi_sites section, skipping")
        return
    funcs = [sym for sec in elf.sections for sym in sec.symbol_list
             if sym.type == STT_FUNC and sym.name.startswith("__cfi_")]
    sec = _create(file, ".cfi_sites", 0, 4, len(funcs), len(funcs))
    add_relocs_to_insns(file, sec, 4, file.arch.relocs.pc32, [func.sec for func in funcs],
                        [func.offset for func in funcs])


def create_direct_call_sections(file: ObjtoolFile) -> None:
    """``--rethunk --hacks=skylake``: ``.call_sites`` lists the direct calls (call depth tracking)."""
    if file.elf.find_section(".call_sites") is not None:
        file.call_list = []
        file.reporter.warn("file already has .call_sites section, skipping")
        return
    if file.call_list:
        _site_table(file, ".call_sites", file.call_list, 4, file.arch.relocs.pc32)
