# SPDX-License-Identifier: GPL-2.0-only
"""The order of passes objtool 6.1's check() runs, and what stops it."""

from __future__ import annotations

from .annotations import (
    add_dead_ends,
    add_ignore_alternatives,
    add_ignores,
    add_uaccess_safe,
    classify_symbols,
    read_instr_hints,
    read_intra_function_calls,
    read_noendbr_hints,
    read_retpoline_hints,
    read_unwind_hints,
)
from .cfi import func_cfi_key, init_cfi_key
from .decode import decode_instructions, init_pv_ops, link_cold_functions, mark_rodata
from .destinations import add_call_destinations, add_jump_destinations
from .jump_tables import add_jump_table_alts
from .objfile import CheckAborted, ObjtoolFile
from .orc_gen import orc_create
from .passes import (
    validate_ibt,
    validate_reachable_instructions,
    validate_retpoline,
    validate_sls,
    validate_unret,
)
from .sites import (
    create_ibt_endbr_seal_sections,
    create_mcount_loc_sections,
    create_retpoline_sites_sections,
    create_return_sites_sections,
    create_static_call_sections,
)
from .special import add_special_section_alts
from .validate import VISITED_BRANCH_MASK, BranchValidator


def decode_sections(file: ObjtoolFile, init_cfi, func_cfi) -> None:
    """Everything objtool learns about the object before following paths."""
    mark_rodata(file)
    init_pv_ops(file)
    decode_instructions(file)
    add_ignores(file)
    if "split-fragments" in file.opts.extra_checks:
        # pyobjtool extension: STACK_FRAME_NON_STANDARD also covers foo.part.N, foo.isra.N, ...
        from ..analyses.split_fragments import extend_ignores

        extend_ignores(file)
    add_uaccess_safe(file)
    add_ignore_alternatives(file)
    read_noendbr_hints(file)          # before read_unwind_hints(): needs noendbr
    classify_symbols(file)            # before the destinations
    add_special_section_alts(file)    # before add_jump_destinations(): sets func on alternatives
    add_jump_destinations(file)
    read_intra_function_calls(file)   # before add_call_destinations(): turns CALLs into jumps
    if "noreturn" in file.opts.extra_checks:
        # pyobjtool extension: DW_AT_noreturn and --noreturn-list names are noreturn too
        from ..analyses.noreturn_inference import engine_noreturns

        file.extra_noreturns = engine_noreturns(file)
    add_call_destinations(file)
    add_dead_ends(file)               # after add_call_destinations(): overrides its dead ends
    add_jump_table_alts(file)
    read_unwind_hints(file, init_cfi, func_cfi)
    read_retpoline_hints(file)
    read_instr_hints(file)


def hash_bits(count: int) -> int:
    """objtool sizes its hash tables max(10, ilog2(count)) bits (shown by --stats)."""
    return max(10, count.bit_length() - 1) if count > 0 else 10


def elf_stat_lines(elf) -> list[str]:
    """What objtool's ELF reader prints with --stats."""
    nsec, nsym = len(elf.sections), len(elf.symbols)
    counts = [len(sec.relocs) for sec in elf.sections if sec.relocs is not None]
    text_size = sum(sec.size for sec in elf.sections if sec.is_exec)
    return [f"nr_sections: {nsec}", f"section_bits: {hash_bits(nsec)}", f"nr_symbols: {nsym}",
            f"symbol_bits: {hash_bits(nsym)}", f"max_reloc: {max(counts, default=0)}",
            f"tot_reloc: {sum(counts)}", f"reloc_bits: {hash_bits(text_size // 16)}"]


def check(file: ObjtoolFile) -> int:
    """Run objtool 6.1's passes; returns the warning count (objtool itself always returns 0)."""
    opts = file.opts
    init_cfi = file.cfis.intern(init_cfi_key())
    func_cfi = file.cfis.intern(func_cfi_key())
    warnings = 0
    try:
        if opts.stats:
            file.stat(f"cfi_bits: {max(10, hash_bits(len(file.elf.symbols)) - 3)}")
            stats = file.cfi_stats
            stats.hashed.update((id(init_cfi), id(func_cfi)))
        link_cold_functions(file)
        decode_sections(file, init_cfi, func_cfi)
        if file.first is None:
            return warnings
        validator = BranchValidator(file, init_cfi, func_cfi)
        if opts.retpoline:
            warnings += validate_retpoline(file)
        if opts.stackval or opts.orc or opts.uaccess:
            warnings += validator.validate_functions()
            warnings += validator.validate_unwind_hints(None)
            if not warnings:
                warnings += validate_reachable_instructions(file)
        elif opts.noinstr:
            warnings += validator.validate_noinstr_sections()
        if opts.unret:
            warnings += validate_unret(file)
        if opts.ibt:
            warnings += validate_ibt(file)
        if opts.sls:
            warnings += validate_sls(file)
        if opts.static_call:
            create_static_call_sections(file)
        if opts.retpoline:
            create_retpoline_sites_sections(file)
        if opts.rethunk:
            create_return_sites_sections(file)
        if opts.mcount:
            create_mcount_loc_sections(file)
        if opts.ibt:
            create_ibt_endbr_seal_sections(file)
        if opts.orc:
            orc_create(file)
        if opts.stats:
            listed = set(map(id, file.insns()))
            visited = sum(1 for insn in file.insns() if insn.visited & VISITED_BRANCH_MASK)
            visited += sum(1 for nop in file.fake_nops if nop.visited & VISITED_BRANCH_MASK and id(nop) not in listed)
            file.stat(f"nr_insns_visited: {visited}")
            file.stat(f"nr_cfi: {stats.allocated}")
            file.stat(f"nr_cfi_reused: {stats.reused}")
            file.stat(f"nr_cfi_cache: {stats.cached}")
    except CheckAborted:
        pass
    return warnings
