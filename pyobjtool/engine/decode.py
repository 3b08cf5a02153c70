# SPDX-License-Identifier: GPL-2.0-only
"""Decoding every executable section into the instruction list, and the
per-object setup that objtool does first (.rodata marking, pv_ops tables,
.cold parent links)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import partial

from ..arch.base import DecodeHooks
from ..arch.insn import ENDBR, DecodeError
from ..elf.constants import STT_FUNC, STT_NOTYPE, STT_SECTION
from .instruction import (
    Instruction,
    assign_owners,
    mark_no_reloc,
    native_build,
    offset_index,
)
from .objfile import CheckAborted, ObjtoolFile, PvState

#: objtool's MAX_NAME_LEN for the parent of a .cold function
MAX_NAME_LEN = 128


def link_cold_functions(file: ObjtoolFile) -> None:
    """Create parent/child links for GCC's ``.cold`` subfunctions (objtool's read_symbols()).

    A ``foo.cold`` (or ``foo.cold.N``) symbol gets ``foo`` as parent.  When the
    child lies at the end of its parent (``-fno-reorder-functions``) the
    parent's length is cut so that the two do not overlap.
    """
    elf = file.elf
    for sec in elf.sections:
        for sym in sec.symbol_list:
            if sym.type != STT_FUNC:
                continue
            if sym.pfunc is None:
                sym.pfunc = sym
            if sym.cfunc is None:
                sym.cfunc = sym
            cold = sym.name.find(".cold")
            if cold < 0:
                continue
            if cold > MAX_NAME_LEN and file.rules.cold_name_limit:
                file.reporter.warn(f"{sym.name}(): parent function name exceeds maximum length of "
                                   f"{MAX_NAME_LEN} characters")
                raise CheckAborted
            pfunc = elf.symbol_by_name.get(sym.name[:cold])
            if pfunc is None:
                file.reporter.warn(f"{sym.name}(): can't find parent function")
                raise CheckAborted
            sym.pfunc = pfunc
            pfunc.cfunc = sym
            if (sym.sec is pfunc.sec and sym.offset >= pfunc.offset
                    and sym.offset + sym.len == pfunc.offset + pfunc.len):
                pfunc.len -= sym.len
                sym.sec.invalidate_symbol_index()


def mark_rodata(file: ObjtoolFile) -> None:
    """Sections that can hold switch jump tables (the release says which)."""
    found = False
    is_rodata = file.profile.is_rodata_section
    for sec in file.elf.sections:
        if is_rodata(sec.name):
            sec.rodata = True
            found = True
    file.rodata = found


def init_pv_ops(file: ObjtoolFile) -> None:
    """Read the statically initialised paravirt tables (only with --noinstr)."""
    if not file.opts.noinstr:
        return
    elf = file.elf
    file.pv_ops = None
    tables = file.arch.pv_ops_tables
    pv = elf.symbol_by_name.get(tables[0]) if tables else None
    if pv is None:
        return
    file.pv_ops = [PvState() for _ in range(pv.len // 8)]
    for table_name in tables:
        table = elf.symbol_by_name.get(table_name)
        if table is None or table.sec.reloc is None:
            continue
        relocs = table.sec.reloc.relocs
        off = table.offset
        end = off + table.len
        while True:
            rel = relocs.find_in_range(off, end - off)
            if rel is None:
                break
            func = rel.sym
            if func.type == STT_SECTION:
                func = rel.sym.sec.symbols.by_offset(rel.addend)
            pv_add(file, (rel.offset - table.offset) // 8, func)
            off = rel.offset + 1
            if off > end:
                break


def pv_add(file: ObjtoolFile, idx: int, func) -> None:
    """objtool_pv_add(): remember a possible target of pv_ops[idx]."""
    if not file.opts.noinstr:
        return
    if file.pv_ops is None:
        file.reporter.warn("paravirt confusion")
        return
    if func is None or func.name in file.arch.pv_ops_nops:
        return
    if id(func) in file.pv_target_of:
        return
    if 0 <= idx < len(file.pv_ops):
        file.pv_target_of.add(id(func))
        file.pv_ops[idx].targets.insert(0, func)
        file.pv_ops[idx].clean = False


def decode_instructions(file: ObjtoolFile) -> None:
    """Decode all executable sections into one list and assign instructions to functions."""
    elf = file.elf
    reporter = file.reporter
    arch = file.arch
    profile = file.profile
    prev: Instruction | None = None
    progress = file.progress
    total = sum(sec.size for sec in elf.sections if sec.is_exec) if progress is not None else 0
    done = 0
    for sec in elf.sections:
        if not sec.is_exec:
            continue
        if progress is not None:
            progress.phase("decoding", done, total)
            done += sec.size
        name = sec.name
        if name not in arch.replacement_sections and not name.startswith(".discard."):
            sec.text = True
        if name in profile.noinstr_sections or name.startswith(profile.noinstr_section_prefixes):
            sec.noinstr = True
        # .init.text runs before userspace (and needs no retpolines), except in modules
        if name == ".init.text" and not file.opts.module:
            sec.init = True

        data = sec.data
        insns: list[Instruction] = []
        offsets: Sequence[int] = []
        if data:
            # (the pv_ops store hook only ever acts in .init.text: elsewhere it is left out, which
            # spares a native decoder the call back for every immediate store)
            pv_store = _pv_store_hook(file, sec) if file.opts.noinstr and name.startswith(".init.text") else None
            hooks = DecodeHooks(name, _in_function_checker(sec), reporter.warn, pv_store, profile.version)
            try:
                insns, offsets, prev = _decode_section(file, sec, bytes(data), hooks, prev)
            except DecodeError as exc:
                reporter.warn(f"can't decode instruction at {name}:0x{exc.offset:x}")
                raise CheckAborted from None
            if file.first is None and insns:
                file.first = insns[0]
            file.nr_insns += len(insns)
            if sec.reloc is not None and sec.reloc.relocs is not None:
                mark_no_reloc(insns, sec.reloc.relocs.sorted_offsets())
        insn_map = offset_index(insns)
        file.insn_maps[sec.idx] = insn_map
        file.last = prev
        if file.rules.notype_symbols:
            _assign_symbols(file, sec, insns, offsets, insn_map)
        else:
            _assign_functions(file, sec, insns, offsets, insn_map)
    file.decode_prefetch = None
    if file.opts.stats:
        file.stat(f"nr_insns: {file.nr_insns}")


def _decode_section(file: ObjtoolFile, sec, data: bytes, hooks: DecodeHooks,
                    prev: Instruction | None) -> tuple[list[Instruction], Sequence[int], Instruction | None]:
    """One section's instructions (linked after *prev*), their offsets, and the new last one.

    The architecture's C decoder and the C instruction record, when both are
    in use, make the instructions without a Python call per instruction.
    """
    arch = file.arch
    columns = None
    if native_build:
        prefetch = file.decode_prefetch
        raw = prefetch.take(sec, data) if prefetch is not None else None
        columns = arch.decode_columns(data, hooks, file.decode_ops, file.decode_ops_cache, raw)
    if columns is not None:
        insns = native_build(Instruction, sec, prev, *columns, file.decode_ops)
        offsets = memoryview(columns.offsets).cast("I")
    else:
        insns = arch.decode_section(data, hooks, partial(Instruction, sec))
        ops, ops_cache = file.decode_ops, file.decode_ops_cache
        for insn in insns:
            if insn.stack_ops:
                # interned as the C decoder does: the walk keys its transitions on the tuple's
                # identity, and keeps them for later objects (engine/cfi.py: SharedStates)
                key = tuple(insn.stack_ops)
                at = ops_cache.get(key)
                if at is None:
                    at = ops_cache[key] = len(ops)
                    ops.append(key)
                insn.stack_ops = ops[at]
            insn.prev = prev
            if prev is not None:
                prev.next = insn
            prev = insn
        offsets = [insn.offset for insn in insns]
    return insns, offsets, insns[-1] if insns else prev


def _span(insn_map, offsets: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """The positions of the instructions from offset *start* up to *end* (the C lookup's table
    when there is one: bisect over a memoryview makes an int object each step)."""
    span = insn_map.span(start, end) if assign_owners is not None else None
    if span is not None:
        return span
    first = bisect_left(offsets, start)
    return first, bisect_left(offsets, end, first)


def _assign_functions(file: ObjtoolFile, sec, insns: list[Instruction], offsets: Sequence[int],
                      insn_map) -> None:
    """Give each instruction its function (the last of several aliases owns it)."""
    for func in _assign_in_c(file, sec, insn_map, False):
        if func.type != STT_FUNC or func.alias is not func:
            continue
        if insn_map.get(func.offset) is None:
            file.reporter.warn(f"{func.name}(): can't find starting instruction")
            raise CheckAborted
        start, end = _span(insn_map, offsets, func.offset, func.offset + func.len)
        for insn in insns[start:end]:
            insn.func = insn.sym = func
            if insn.type == ENDBR and insn.call_list is None:
                _count_endbr(file, func, (insn,))


def _assign_symbols(file: ObjtoolFile, sec, insns: list[Instruction], offsets: Sequence[int],
                    insn_map) -> None:
    """6.12's rule: functions and sized STT_NOTYPE symbols own instructions (``insn->sym``).

    Every such symbol must start on an instruction; an STT_FUNC may not sit at
    the very end of its section (an STT_NOTYPE there is an "end" label);
    embedded-instruction thunks own nothing.  A later symbol of the list takes
    over the instructions it covers, and an instruction's function is its
    symbol if that is an STT_FUNC.
    """
    size = sec.size
    for sym in _assign_in_c(file, sec, insn_map, True):
        kind = sym.type
        if kind != STT_FUNC and kind != STT_NOTYPE:
            continue
        if sym.offset == size:
            if kind == STT_NOTYPE:
                continue
            file.reporter.warn(f"{sym.name}(): STT_FUNC at end of section")
            raise CheckAborted
        if sym.embedded_insn or sym.alias is not sym:
            continue
        offset = sym.offset
        if insn_map.get(offset) is None:
            file.reporter.warn(f"{sym.name}(): can't find starting instruction")
            raise CheckAborted
        start, end = _span(insn_map, offsets, offset, offset + sym.len)
        func = sym if kind == STT_FUNC else None
        for insn in insns[start:end]:
            insn.sym = sym
            insn.func = func
            if func is not None and insn.type == ENDBR and insn.call_list is None:
                _count_endbr(file, func, (insn,))


def _assign_in_c(file: ObjtoolFile, sec, insn_map, notype_owns: bool) -> list:
    """The symbols the Python loop must still give their instructions: after assign_owners()
    (_insn.c) did the others, none, or from the one it stopped at (to warn about it, or with
    a number too big for C)."""
    symbols = sec.symbol_list
    if assign_owners is None:
        return symbols
    got = assign_owners(insn_map, symbols, sec.size, notype_owns, STT_FUNC, STT_NOTYPE, ENDBR)
    if got is None:
        return symbols
    stop, endbrs = got
    for func, found in endbrs:
        _count_endbr(file, func, found)
    return symbols[stop:] if stop >= 0 else []


def _count_endbr(file: ObjtoolFile, func, endbrs) -> None:
    """An ENDBR at a function's start goes on the ENDBR list (seal candidates); others are counted."""
    for insn in endbrs:
        if insn.offset == func.offset:
            insn.call_list = "endbr"
            file.endbr_list[insn] = None
            file.nr_endbr += 1
        else:
            file.nr_endbr_int += 1


def _in_function_checker(sec):
    def in_function(offset: int) -> bool:
        sym = sec.symbols.containing(offset)
        return sym is not None and sym.type == STT_FUNC
    return in_function


def _pv_store_hook(file: ObjtoolFile, sec):
    """objtool records ``movq $func, pv_ops+N`` stores in .init.text as pv_ops targets
    (the decoder calls this for 11-byte immediate stores)."""
    def pv_store(offset: int, length: int) -> None:
        if length != 3 + 4 + 4 or not sec.name.startswith(".init.text") or sec.reloc is None:
            return
        relocs = sec.reloc.relocs
        immr = relocs.find_in_range(offset + 3, 1)
        disp = relocs.find_in_range(offset + 7, 1)
        if immr is None or immr.sym.name != file.arch.pv_ops_tables[0] or disp is None:
            return
        idx = (immr.addend + 8) // 8
        func = disp.sym
        if func.type == STT_SECTION:
            func = func.sec.symbols.by_offset(disp.addend)
        if func is None:
            file.reporter.warn("no func for pv_ops[]")
            raise CheckAborted
        pv_add(file, idx, func)
    return pv_store
