# SPDX-License-Identifier: GPL-2.0-only
"""Where jumps and calls go: jump destinations, sibling calls, call
destinations, retpoline and return thunks, and the call-site annotations
(static calls, retpolines, fentry, instrumentation in noinstr code)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arch.insn import (
    CALL,
    CALL_DYNAMIC,
    ENDBR,
    JUMP_CONDITIONAL,
    JUMP_DYNAMIC,
    JUMP_DYNAMIC_CONDITIONAL,
    JUMP_UNCONDITIONAL,
    NOP,
    RETURN,
)
from ..elf.constants import STT_FUNC, STT_NOTYPE, STT_SECTION
from .instruction import call_scan, local_jumps, select
from .noreturn import dead_end_function
from .objfile import CheckAborted, ObjtoolFile

if TYPE_CHECKING:
    from ..elf.model import Symbol
    from .instruction import Instruction

U64 = (1 << 64) - 1


def _patch(file: ObjtoolFile, insn: Instruction, data: bytes) -> None:
    reloc = insn.reloc()
    if reloc is not None:
        reloc.set_type(file.arch.relocs.none)
    file.elf.write_bytes(insn.sec, insn.offset, data)


def annotate_call_site(file: ObjtoolFile, insn: Instruction, sibling: bool) -> None:
    sym = insn.call_dest if insn.call_dest is not None else insn.reloc().sym
    # replacement code is only a template: don't annotate it
    if insn.sec.name == file.arch.alternatives_replacement:
        return
    if sym.static_call_tramp:
        insn.call_list = "static_call"
        file.static_call_list.append(insn)
        return
    if sym.retpoline_thunk:
        insn.call_list = "retpoline"
        file.retpoline_call_list.append(insn)
        return
    opts = file.opts
    if opts.hack_noinstr and insn.sec.noinstr and sym.profiling_func:
        # compilers can't always drop KCOV/TSAN hooks from noinstr code: NOP them out
        try:
            _patch(file, insn, file.arch.ret_bytes(insn.len) if sibling else file.arch.nop_bytes(insn.len))
        except ValueError as exc:
            file.reporter.warn(str(exc))
            raise CheckAborted from None
        insn.type = RETURN if sibling else NOP
        if sibling:
            # the tail call became "ret; int3": don't flag it as a naked return
            insn.retpoline_safe = True
        return
    if opts.mcount and sym.fentry:
        if sibling:
            file.warn_insn(insn, file.msg.fentry_tail_call)
        if file.rules.mcount_always_nops or opts.mnop:
            try:
                _patch(file, insn, file.arch.nop_bytes(insn.len))
            except ValueError as exc:
                file.reporter.warn(str(exc))
                raise CheckAborted from None
            insn.type = NOP
        insn.call_list = "mcount"
        file.mcount_loc_list.append(insn)
        return
    if file.rules.call_sites and insn.type == CALL and not insn.sec.init:
        file.call_list.append(insn)
    if not sibling and dead_end_function(file, sym):
        insn.dead_end = True


def add_call_dest(file: ObjtoolFile, insn: Instruction, dest: Symbol | None, sibling: bool) -> None:
    insn.call_dest = dest
    if dest is None:
        return
    # the callee's RET undoes whatever a CALL does to the stack
    insn.stack_ops = ()
    annotate_call_site(file, insn, sibling)


def add_retpoline_call(file: ObjtoolFile, insn: Instruction) -> None:
    """A call or jump through a retpoline thunk is an indirect one in disguise."""
    kind = insn.type
    if kind == CALL:
        insn.type = CALL_DYNAMIC
    elif kind == JUMP_UNCONDITIONAL:
        insn.type = JUMP_DYNAMIC
    elif kind == JUMP_CONDITIONAL:
        insn.type = JUMP_DYNAMIC_CONDITIONAL
    else:
        return
    insn.retpoline_safe = True
    insn.stack_ops = ()
    annotate_call_site(file, insn, False)


def add_return_call(file: ObjtoolFile, insn: Instruction, add: bool) -> None:
    """A tail call to the return thunk is a return in disguise."""
    insn.type = RETURN
    insn.retpoline_safe = True
    if add:
        insn.call_list = "return_thunk"
        file.return_thunk_list.append(insn)


def _is_first_func_insn(file: ObjtoolFile, insn: Instruction, sym: Symbol) -> bool:
    """The first instruction of *sym*, or (with IBT) the one right after its ENDBR."""
    if insn.offset == sym.offset:
        return True
    if file.opts.ibt:
        prev = insn.prev
        if (prev is not None and prev.sym is insn.sym and prev.type == ENDBR
                and insn.offset == sym.offset + prev.len):
            return True
    return False


def _jump_is_sibling_call(file: ObjtoolFile, insn: Instruction, dest: Instruction) -> bool:
    """6.12: a jump to the first instruction of another function, from code of any symbol."""
    from_sym, to_sym = insn.sym, dest.sym
    if from_sym is None or to_sym is None:
        return False  # from or to a symbol hole
    if not _is_first_func_insn(file, dest, to_sym) or to_sym.type == STT_NOTYPE:
        return False
    return from_sym.pfunc is not to_sym.pfunc


#: the kinds add_jump_destinations() resolves (arch.insn.is_static_jump())
STATIC_JUMPS = (JUMP_CONDITIONAL, JUMP_UNCONDITIONAL)


def add_jump_destinations(file: ObjtoolFile) -> None:
    dest_reloc_offset = file.arch.dest_reloc_offset
    symbol_rules = file.rules.symbol_sibling_calls
    if local_jumps is not None:
        # the C loop resolves the plain jumps within a symbol; the rest come here, in order
        jumps = local_jumps(file.insns(), STATIC_JUMPS, file.section_lookups(), ENDBR)
    else:
        jumps = select(file.insns(), STATIC_JUMPS)
    for insn in jumps:
        if insn.jump_dest is not None:
            continue  # set by handle_group_alt()
        # (the relocation read from its table's columns, as in add_call_destinations())
        idx = insn.reloc_index()
        if idx < 0:
            dest_sec = insn.sec
            dest_off = (insn.offset + insn.len + insn.immediate) & U64
        else:
            table = insn.sec.reloc.relocs
            sym = table.symbols[table.symidx[idx]]
            if sym.type == STT_SECTION:
                dest_sec = sym.sec
                dest_off = dest_reloc_offset(table.addends[idx])
            elif sym.retpoline_thunk:
                add_retpoline_call(file, insn)
                continue
            elif sym.return_thunk:
                add_return_call(file, insn, True)
                continue
            elif insn.func is not None:
                # external sibling call, or internal one through an STT_FUNC relocation
                add_call_dest(file, insn, sym, True)
                continue
            elif sym.sec.idx:
                dest_sec = sym.sec
                dest_off = (sym.value + dest_reloc_offset(table.addends[idx])) & U64
            else:
                continue  # non-function asm jumping to another file

        jump_dest = file.find_insn(dest_sec, dest_off)
        if jump_dest is None:
            sym = dest_sec.symbols.by_offset(dest_off)
            if sym is not None and sym.embedded_insn:
                # retbleed_untrain_ret() jumps into the middle of another instruction
                add_return_call(file, insn, False)
                continue
            func = insn.func
            if (file.rules.ignore_jump_to_function_end and file.ignore_unreachables and func is not None
                    and dest_sec is insn.sec and dest_off == func.offset + func.len):
                continue  # GCOV/KCOV dead code jumps to the end of the function
            file.warn_insn(insn, f"can't find jump dest instruction at {dest_sec.name}+0x{dest_off:x}")
            raise CheckAborted

        if symbol_rules:
            # a jump without relocation to a thunk (inside retpoline.o)
            dest_sym = jump_dest.sym
            if dest_sym is not None and jump_dest.offset == dest_sym.offset:
                if dest_sym.retpoline_thunk:
                    add_retpoline_call(file, insn)
                    continue
                if dest_sym.return_thunk:
                    add_return_call(file, insn, True)
                    continue

        func, dest_func = insn.func, jump_dest.func
        if func is not None and dest_func is not None and func is not dest_func:
            if ".cold" not in func.name and ".cold" in dest_func.name:
                # GCC 8+: link the parent to its cold part (also for jump-table-only references)
                func.cfunc = dest_func
                dest_func.pfunc = func
            elif (not symbol_rules and func.pfunc is not dest_func.pfunc
                  and _is_first_func_insn(file, jump_dest, dest_func)):
                # internal sibling call without relocation or through a section symbol
                add_call_dest(file, insn, dest_func, True)
                continue
        if symbol_rules and _jump_is_sibling_call(file, insn, jump_dest):
            add_call_dest(file, insn, jump_dest.func, True)
            continue
        insn.jump_dest = jump_dest


def _find_call_destination(sec, offset: int) -> Symbol | None:
    index = sec.symbols
    dest = index.func_by_offset(offset)
    return dest if dest is not None else index.by_offset(offset)


#: call_scan()'s verdicts on a callee (see _insn.c): the Python path, a plain callee, a plain
#: callee that never returns
_CALLEE_OTHER, _CALLEE_PLAIN, _CALLEE_NORETURN = 0, 1, 2


def add_call_destinations(file: ObjtoolFile) -> None:
    reporter = file.reporter
    dest_reloc_offset = file.arch.dest_reloc_offset
    file.dead_end_cache = {}
    opts = file.opts
    call_sites = file.rules.call_sites
    call_list = file.call_list
    replacement = file.arch.alternatives_replacement
    # symbol -> verdict: a callee that annotate_call_site() only lists and asks whether it returns
    # (no static-call, retpoline, profiling or fentry treatment) is plain; vmlinux.o's 300,000
    # direct calls go to a few tens of thousands of functions
    verdicts: dict[Symbol, int] = {}

    def verdict(sym: Symbol) -> int:
        if (sym.type == STT_SECTION or sym.retpoline_thunk or sym.static_call_tramp
                or (opts.hack_noinstr and sym.profiling_func) or (opts.mcount and sym.fentry)):
            return _CALLEE_OTHER
        return _CALLEE_NORETURN if dead_end_function(file, sym) else _CALLEE_PLAIN

    def one_call(insn: Instruction) -> None:
        # the relocation's symbol and addend from its table: most calls never need a Reloc
        idx = insn.reloc_index()
        if idx < 0:
            dest_off = (insn.offset + insn.len + insn.immediate) & U64
            add_call_dest(file, insn, _find_call_destination(insn.sec, dest_off), False)
            if insn.ignore:
                return
            if insn.call_dest is None:
                reporter.warn_func("unannotated intra-function call", insn.sec, insn.offset)
                raise CheckAborted
            if insn.func is not None and insn.call_dest.type != STT_FUNC:
                reporter.warn_func("unsupported call to non-function", insn.sec, insn.offset)
                raise CheckAborted
            return
        table = insn.sec.reloc.relocs
        sym = table.symbols[table.symidx[idx]]
        if sym.type == STT_SECTION:
            dest_off = dest_reloc_offset(table.addends[idx])
            dest = _find_call_destination(sym.sec, dest_off)
            if dest is None:
                reporter.warn_func(f"can't find call dest symbol at {sym.sec.name}+0x{dest_off:x}",
                                   insn.sec, insn.offset)
                raise CheckAborted
            add_call_dest(file, insn, dest, False)
            return
        if sym.retpoline_thunk:
            add_retpoline_call(file, insn)
            return
        found = verdicts.get(sym)
        if found is None:
            found = verdicts[sym] = verdict(sym)
        if found == _CALLEE_OTHER:
            add_call_dest(file, insn, sym, False)
            return
        # add_call_dest() and annotate_call_site() for such a callee, inline (call_scan()'s case)
        insn.call_dest = sym
        insn.stack_ops = ()
        sec = insn.sec
        if sec.name == replacement:
            return
        if call_sites and not sec.init:
            call_list.append(insn)
        if found == _CALLEE_NORETURN:
            insn.dead_end = True

    try:
        calls = select(file.insns(), (CALL,))
        if call_scan is not None:
            def section_info(sec) -> tuple:
                code = 0 if sec.name == replacement else 1 if call_sites and not sec.init else 2
                return (code, *sec.symbols.starting_maps())

            # the plain callees' calls in C, the others through one_call(), in order
            call_scan(calls, verdicts, verdict, one_call, section_info, call_list)
        else:
            for insn in calls:
                one_call(insn)
    finally:
        file.dead_end_cache = None

