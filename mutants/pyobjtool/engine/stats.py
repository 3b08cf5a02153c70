# SPDX-License-Identifier: GPL-2.0-only
"""``--stats``: the numbers objtool prints about its ELF reader, hash tables and walk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .validate import VISITED_BRANCH_MASK

if TYPE_CHECKING:
    from ..elf.file import ElfFile
    from .objfile import ObjtoolFile


def hash_bits(count: int) -> int:
    """objtool sizes its hash tables max(10, ilog2(count)) bits."""
    return max(10, count.bit_length() - 1) if count > 0 else 10


def elf_stat_lines(elf: ElfFile) -> list[str]:
    """What objtool's ELF reader prints."""
    nsec, nsym = len(elf.sections), len(elf.symbols)
    counts = [len(sec.relocs) for sec in elf.sections if sec.relocs is not None]
    text_size = sum(sec.size for sec in elf.sections if sec.is_exec)
    return [f"nr_sections: {nsec}", f"section_bits: {hash_bits(nsec)}", f"nr_symbols: {nsym}",
            f"symbol_bits: {hash_bits(nsym)}", f"max_reloc: {max(counts, default=0)}",
            f"tot_reloc: {sum(counts)}", f"reloc_bits: {hash_bits(text_size // 16)}"]


def start_stats(file: ObjtoolFile) -> None:
    """The CFI hash table is sized, and the two initial states hashed, before any pass."""
    file.stat(f"cfi_bits: {max(10, hash_bits(len(file.elf.symbols)) - 3)}")
    file.cfi_stats.hashed.update((id(file.init_cfi), id(file.func_cfi)))


def finish_stats(file: ObjtoolFile) -> None:
    """Instructions visited and CFI states allocated, reused and found in the cache."""
    stats = file.cfi_stats
    listed = set(map(id, file.insns()))
    visited = sum(1 for insn in file.insns() if insn.visited & VISITED_BRANCH_MASK)
    visited += sum(1 for nop in file.fake_nops if nop.visited & VISITED_BRANCH_MASK and id(nop) not in listed)
    file.stat(f"nr_insns_visited: {visited}")
    file.stat(f"nr_cfi: {stats.allocated}")
    file.stat(f"nr_cfi_reused: {stats.reused}")
    file.stat(f"nr_cfi_cache: {stats.cached}")
