# SPDX-License-Identifier: GPL-2.0-only
"""Whole-object passes that don't follow the stack state: retpoline and rethunk
rules, straight-line speculation, IBT, entry UNRET, and unreachable code."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ..arch.insn import (
    BUG,
    CALL,
    CALL_DYNAMIC,
    CONTEXT_SWITCH,
    ENDBR,
    JUMP_CONDITIONAL,
    JUMP_DYNAMIC,
    JUMP_DYNAMIC_CONDITIONAL,
    JUMP_UNCONDITIONAL,
    NOP,
    RETURN,
    TRAP,
)
from ..elf.constants import SHF_EXECINSTR
from .instruction import ibt_code_refs, ibt_data_refs, select
from .noreturn import dead_end_function, is_sibling_call
from .objfile import CheckFailed, ObjtoolFile
from .validate import VISITED_ENTRY, next_to_validate
from .walk import run_walk

if TYPE_CHECKING:
    from .instruction import Instruction


def validate_retpoline(file: ObjtoolFile) -> int:
    """Indirect branches (and with --rethunk, plain returns) must go through thunks."""
    opts = file.opts
    warnings = 0
    for insn in select(file.insns(), (JUMP_DYNAMIC, CALL_DYNAMIC, RETURN)):
        kind = insn.type
        if insn.retpoline_safe:
            continue
        # .init.text runs before userspace, except in modules, which load late
        if insn.sec.init:
            continue
        if kind == RETURN:
            if not opts.rethunk:
                continue
            file.warn_insn(insn, file.msg.naked_return)
        else:
            what = "jump" if kind == JUMP_DYNAMIC else "call"
            file.warn_insn(insn, file.msg.indirect_branch.format(what=what))
        warnings += 1
    return warnings


def validate_sls(file: ObjtoolFile) -> int:
    """Straight-line speculation: an INT3 must follow every RET and indirect JMP."""
    warnings = 0
    for insn in file.insns():
        if insn.retpoline_safe:
            continue
        nxt = file.next_same_sec(insn)
        if insn.type == RETURN:
            if nxt is None or nxt.type != TRAP:
                file.warn_insn(insn, "missing int3 after ret")
                warnings += 1
        elif insn.type == JUMP_DYNAMIC:
            if nxt is None or nxt.type != TRAP:
                file.warn_insn(insn, "missing int3 after indirect jump")
                warnings += 1
    return warnings


# --------------------------------------------------------------------------- IBT

_IBT_SKIP_KINDS = frozenset((CALL, CALL_DYNAMIC, JUMP_CONDITIONAL, JUMP_UNCONDITIONAL, JUMP_DYNAMIC,
                             JUMP_DYNAMIC_CONDITIONAL, RETURN, NOP))
_IBT_KINDS = tuple(k for k in range(256) if k not in _IBT_SKIP_KINDS)

def _mark_endbr_used(file: ObjtoolFile, insn: Instruction) -> None:
    if insn in file.endbr_list:
        del file.endbr_list[insn]
        insn.call_list = None


def _validate_ibt_insn(file: ObjtoolFile, insn: Instruction) -> int:
    """Every relocation inside the instruction must point at an ENDBR (or be exempt).

    objtool follows insn_reloc() and then find_reloc_by_dest_range() from just
    past each one; this reads the same entries straight from the table's
    columns, so that vmlinux.o's million code relocations need no Reloc
    object each.
    """
    if insn.type in _IBT_SKIP_KINDS:
        return 0
    rsec = insn.sec.reloc
    if rsec is None or rsec.relocs is None:
        return 0
    table = rsec.relocs
    sorted_offsets = table.sorted_offsets()
    order = table.entry_order()
    count = len(sorted_offsets)
    symbols, symidx, types, addends, offsets = table.symbols, table.symidx, table.types, table.addends, table.offsets
    pc_relative = file.arch.relocs.pc_relative
    warnings = 0
    end = insn.offset + insn.len
    pos = bisect_left(sorted_offsets, insn.offset)
    while pos < count and sorted_offsets[pos] < end:
        i = order[pos]
        sym = symbols[symidx[i]]
        # static_call_update() references the trampoline, which has no ENDBR
        if not sym.static_call_tramp:
            off = sym.offset
            if types[i] in pc_relative:
                off += ((addends[i] + 0x80000000) % (1 << 32) - 0x80000000) + 4
            else:
                off += addends[i]
            dest = file.find_insn(sym.sec, off)
            if dest is not None:
                warnings += _ibt_code_ref(file, insn, dest)
        pos = bisect_left(sorted_offsets, offsets[i] + 1, pos + 1)
    return warnings


def _ibt_code_ref(file: ObjtoolFile, insn: Instruction, dest: Instruction) -> int:
    """A relocation in *insn* to the instruction *dest*: an ENDBR is used, anything else is a
    warning unless it is a self-reference or annotated."""
    if dest.type == ENDBR:
        _mark_endbr_used(file, dest)
    elif _self_reference(file, insn, dest):
        pass  # _THIS_IP_ or IRET-to-self
    elif not dest.noendbr and not (file.rules.ibt_pfunc_self_refs and _noendbr_range(file, dest)):
        file.warn_insn(insn, f"relocation to !ENDBR: {file.reporter.offstr(dest.sec, dest.offset)}")
        return 1
    return 0


def _self_reference(file: ObjtoolFile, insn: Instruction, dest: Instruction) -> bool:
    """A reference from a function to itself (6.12: to its own parent or .cold part too)."""
    func, dest_func = insn.func, dest.func
    if func is None or dest_func is None:
        return False
    if file.rules.ibt_pfunc_self_refs:
        return dest_func.pfunc is func.pfunc
    return dest_func is func


def _noendbr_range(file: ObjtoolFile, dest: Instruction) -> bool:
    """The address right after a symbol that starts with ENDBR or is annotated NOENDBR
    (typical code-range usage: ``start`` and ``end`` labels)."""
    sym = dest.sec.symbols.containing(dest.offset - 1)
    if sym is None:
        return False
    first = file.find_insn(sym.sec, sym.offset)
    if first is None or (first.type != ENDBR and not first.noendbr):
        return False
    return dest.offset == sym.offset + sym.len


def _validate_ibt_data_reloc(file: ObjtoolFile, reloc) -> int:
    dest = file.find_insn(reloc.sym.sec, reloc.sym.offset + reloc.addend)
    if dest is None:
        return 0
    if dest.type == ENDBR:
        _mark_endbr_used(file, dest)
        return 0
    if dest.noendbr:
        return 0
    rep = file.reporter
    rep.warn_func(f"data relocation to !ENDBR: {rep.offstr(dest.sec, dest.offset)}", reloc.sec.base, reloc.offset)
    return 1


def validate_ibt(file: ObjtoolFile) -> int:
    """Every address taken of code must point at an ENDBR (or be annotated)."""
    warnings = 0
    exempt = file.profile.ibt_exempt_sections
    # (those that may have a relocation: known_reloc() is None for no relocation or not looked
    # up yet, _reloc is None for none at all)
    insns = select(file.insns(), _IBT_KINDS, with_reloc=True)
    pairs = lists = None
    if ibt_code_refs is not None:
        lists = file.section_lookups()
        pairs = ibt_code_refs(insns, lists, file.arch.relocs.pc_relative)
    if pairs is not None:  # (the C loop found the relocations to instructions)
        for insn, dest in pairs:
            warnings += _ibt_code_ref(file, insn, dest)
    else:
        for insn in insns:
            warnings += _validate_ibt_insn(file, insn)
    for sec in file.elf.sections:
        if sec.flags & SHF_EXECINSTR or sec.reloc is None:
            continue
        name = sec.name
        if ((name.startswith(".discard") and name != ".discard.ibt_endbr_noseal") or name.startswith(".debug")
                or name in exempt or "__patchable_function_entries" in name):
            continue
        warnings += _validate_ibt_data_relocs(file, sec, lists)
    return warnings


def _validate_ibt_data_relocs(file: ObjtoolFile, sec, lists: dict | None) -> int:
    """_validate_ibt_data_reloc() for every entry of *sec*'s relocation table, read from the
    table's columns: a data section of vmlinux.o has hundreds of thousands of relocations,
    and a Reloc object is made only for the few that point at code (found by the C loop
    when there are *lists*: section -> its lookup by offset)."""
    warnings = 0
    table = sec.reloc.relocs
    found = ibt_data_refs(sec, lists) if lists is not None else None
    if found is None:
        symbols = table.symbols
        find_insn = file.find_insn
        found = [i for i, (si, addend) in enumerate(zip(table.symidx, table.addends, strict=True))
                 if symbols[si].sec.is_exec
                 and find_insn(symbols[si].sec, symbols[si].offset + addend) is not None]
    for i in found:
        warnings += _validate_ibt_data_reloc(file, table.get(i))
    for reloc in table.added:
        warnings += _validate_ibt_data_reloc(file, reloc)
    return warnings


# --------------------------------------------------------------------------- UNRET

def _validate_entry(file: ObjtoolFile, start: Instruction) -> int:
    """Every path from an entry point must pass UNTRAIN_RET before a RET (objtool's validate_entry())."""
    rep = file.reporter
    backtrace = file.backtrace
    context_switch_ends = file.rules.unret_hint_starts

    def walk(insn: Instruction):
        while True:
            nxt = next_to_validate(insn)
            if insn.visited & VISITED_ENTRY:
                return 0
            insn.visited |= VISITED_ENTRY
            if insn.alts and not insn.ignore_alts:
                skip_orig = False
                for alt in insn.alts:
                    if alt.skip_orig:
                        skip_orig = True
                    ret = yield alt.insn
                    if ret:
                        if backtrace:
                            rep.backtrace("(alt)", insn.sec, insn.offset)
                        return ret
                if skip_orig:
                    return 0
            kind = insn.type
            if kind in (CALL_DYNAMIC, JUMP_DYNAMIC, JUMP_DYNAMIC_CONDITIONAL):
                file.warn_insn(insn, "early indirect call")
                return 1
            if kind in (JUMP_UNCONDITIONAL, JUMP_CONDITIONAL) and not is_sibling_call(insn):
                if insn.jump_dest is None:
                    file.warn_insn(insn, "unresolved jump target after linking?!?")
                    return -1
                ret = yield insn.jump_dest
                if ret:
                    if backtrace:
                        label = "(branch-cond)" if kind == JUMP_CONDITIONAL else "(branch)"
                        rep.backtrace(label, insn.sec, insn.offset)
                    return ret
                if kind == JUMP_UNCONDITIONAL:
                    return 0
            elif kind in (JUMP_UNCONDITIONAL, JUMP_CONDITIONAL, CALL):
                dest_sym = insn.call_dest
                dest = file.find_insn(dest_sym.sec, dest_sym.offset) if dest_sym is not None else None
                if dest is None:
                    rep.warn(f"Unresolved function after linking!?: {dest_sym.name if dest_sym else '?'}")
                    return -1
                ret = yield dest
                if ret:
                    if backtrace:
                        rep.backtrace("(call)", insn.sec, insn.offset)
                    return ret
                # a call that returns without error must have seen UNTRAIN_RET
                return 0
            elif kind == RETURN:
                file.warn_insn(insn, "RET before UNTRAIN")
                return 1
            elif kind == CONTEXT_SWITCH and context_switch_ends and insn.func is None or kind == NOP and insn.retpoline_safe:
                return 0
            if insn.dead_end:
                return 0
            if nxt is None:
                file.warn_insn(insn, "teh end!")
                return -1
            insn = nxt

    return run_walk(walk(start), walk)


def validate_unret(file: ObjtoolFile) -> int:
    """--unret: from every entry point (6.1: entry hints; later: VALIDATE_UNRET_BEGIN)."""
    warnings = 0
    for insn in select(file.insns(), None, flag="unret" if file.rules.unret_hint_starts else "entry"):
        ret = _validate_entry(file, insn)
        if ret < 0:
            file.warn_insn(insn, "Failed UNRET validation")
            raise CheckFailed
        warnings += ret
    return warnings


# --------------------------------------------------------------------------- unreachable code

def _ignore_unreachable_insn(file: ObjtoolFile, insn: Instruction) -> bool:
    if insn.ignore or insn.type == NOP or insn.type == TRAP:
        return True
    # alternative replacements (whitelisted functions using ALTERNATIVE)
    if insn.sec.name in file.arch.replacement_sections:
        return True
    func = insn.func
    if file.opts.link and func is None:
        # whole-archive runs: code of weak functions the linker replaced sits in symbol holes
        size = insn.sec.symbols.hole_size(insn.offset)
        if not size:
            return False
        if size < 0:
            return True
        end = insn.offset + size
        hole = (insn.sec.idx, end)
        scanned = file.hole_scans.get(hole)
        if scanned is not None and scanned[0] <= insn.offset:  # an earlier scan saw all this one would
            found = scanned[1]
            if found is None:
                return False
            if insn.offset < found:
                return True
        other = file.next_same_sec(insn)
        while other is not None:
            if other.visited:
                file.hole_scans[hole] = (insn.offset, other.offset)
                return True
            if other.offset >= end:
                break
            dest = other.jump_dest
            if dest is not None and dest.func is not None and ".cold" in dest.func.name:
                for cold in file.func_insns(dest.func):
                    cold.ignore = True
            other = file.next_same_sec(other)
        file.hole_scans[hole] = (insn.offset, None)
        return False
    if func is None:
        return False
    if func.static_call_tramp:
        return True
    # UBSAN_TRAP puts a UD2 (or a JMP to one) after BUG()'s UD2 and after noreturn calls
    same_sec = file.rules.unreachable_ud2_same_section
    if same_sec:
        prev = file.prev_same_sec(insn)
        after_dead_end = prev is not None and prev.dead_end
    else:
        prev = insn.prev
        after_dead_end = prev is not None and (prev.dead_end or dead_end_function(file, prev.call_dest))
    if after_dead_end and (insn.type == BUG or (insn.type == JUMP_UNCONDITIONAL and insn.jump_dest is not None
                                                and insn.jump_dest.type == BUG)):
        return True
    # code that belongs to KASAN/UBSAN reports, up to 5 instructions ahead
    for _ in range(5):
        if insn.type == CALL and insn.call_dest is not None and insn.call_dest.name in (
                "__asan_handle_no_return", "__ubsan_handle_builtin_unreachable"):
            return True
        if insn.type == JUMP_UNCONDITIONAL:
            if insn.jump_dest is not None and insn.jump_dest.func is insn.func:
                insn = insn.jump_dest
                continue
            break
        if insn.func is None or insn.offset + insn.len >= insn.func.offset + insn.func.len:
            break
        insn = file.next_same_sec(insn) if same_sec else insn.next
        if insn is None:
            break
    return False


#: the kinds whose unvisited instructions may be reported (_ignore_unreachable_insn() skips NOPs
#: and traps first: in a vmlinux.o a million function-padding NOPs, left out in C)
_MAYBE_UNREACHABLE_KINDS = tuple(k for k in range(256) if k not in (NOP, TRAP))


def validate_reachable_instructions(file: ObjtoolFile) -> int:
    if file.ignore_unreachables:
        return 0
    for insn in select(file.insns(), _MAYBE_UNREACHABLE_KINDS, unvisited=True):
        if _ignore_unreachable_insn(file, insn):
            continue
        file.warn_insn(insn, "unreachable instruction")
        return 1
    return 0


def report_unreachable_instructions(file: ObjtoolFile) -> int:
    """6.12's validate_reachable_instructions(): every unreachable instruction (one warning per
    symbol), naming the callee when the code follows a call objtool took for noreturn."""
    if file.ignore_unreachables:
        return 0
    warnings = 0
    for insn in select(file.insns(), _MAYBE_UNREACHABLE_KINDS, unvisited=True):
        if _ignore_unreachable_insn(file, insn):
            continue
        prev = file.prev_same_sec(insn)
        if prev is not None and prev.dead_end and prev.call_dest is not None:
            file.warn_insn(insn, f"{prev.call_dest.name}() is missing a __noreturn annotation")
        else:
            file.warn_insn(insn, "unreachable instruction")
        warnings += 1
    return warnings
