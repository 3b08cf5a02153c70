# SPDX-License-Identifier: GPL-2.0-only
"""Following every path through every function with its stack state.

objtool's validate_branch() is a recursive walk: at each conditional branch
and each alternative it recurses into the other path with a copy of the
state.  Here each walk is a generator that *yields* a request to validate a
sub-path and receives its result, and a small driver runs the generators on
an explicit stack.  The order of visits, and therefore which path claims an
instruction first, which warning is printed and in which order the
``--backtrace`` lines come, is exactly objtool's, without Python recursion
limits on very branchy functions.

The state handed down a path is a tuple ``(cfi, uaccess, uaccess_stack, df,
noinstr, instr)``; ``cfi`` is an interned :class:`~.cfi.CFI`, so the common
instruction without stack operations costs no copy at all.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING

from ..arch.base import CFI_UNDEFINED
from ..arch.insn import (
    CALL,
    CALL_DYNAMIC,
    CLAC,
    CLD,
    CONTEXT_SWITCH,
    JUMP_CONDITIONAL,
    JUMP_DYNAMIC,
    JUMP_DYNAMIC_CONDITIONAL,
    JUMP_UNCONDITIONAL,
    NOP,
    OP_DEST_PUSHF,
    OP_SRC_POPF,
    OTHER,
    RETURN,
    STAC,
    STD,
)
from ..elf.constants import STT_FUNC
from .cfi import CFIWork
from .instruction import OffsetIndex, next_hint
from .instruction import walk_functions as _walk_functions
from .instruction import walk_plain as _walk_plain
from .noreturn import is_sibling_call
from .stack_ops import StackOpError
from .walk import run_walk

if TYPE_CHECKING:
    from ..elf.model import Section, Symbol
    from .cfi import CFI
    from .instruction import Instruction
    from .objfile import ObjtoolFile

VISITED_BRANCH = 0x01
VISITED_BRANCH_UACCESS = 0x02
VISITED_BRANCH_MASK = 0x03
VISITED_ENTRY = 0x04

State = tuple  # (cfi, uaccess, uaccess_stack, df, noinstr, instr)


class BranchValidator:
    """validate_branch() and the walks built on it, for one object."""

    def __init__(self, file: ObjtoolFile) -> None:
        self.file = file
        self.opts = file.opts
        self.reporter = file.reporter
        self.stack_ops = file.stack_ops
        self.init_cfi = file.init_cfi
        self.func_cfi = file.func_cfi
        #: --trace=FUNC: prints the walk through that function
        self.tracer = None
        if file.opts.trace:
            from .trace import Tracer

            self.tracer = Tracer(file, file.opts.trace)

    # ------------------------------------------------------------------ driver

    def validate_branch(self, func: Symbol | None, insn: Instruction, state: State, why: str = "",
                        started: tuple | None = None) -> int:
        """Validate the path from *insn* and everything it branches to: 1 on a warning, else 0.

        *started*: the C loop's first call on that path was made already (see _first_plain_walk).
        """
        branch = self._branch
        tracer = self.tracer
        if tracer is not None and func is not None and func.name == tracer.name:
            tracer.start(insn, why)
        return run_walk(branch(func, insn, state, started), lambda request: branch(func, request[0], request[1]))

    def _first_plain_walk(self, func: Symbol | None, insn: Instruction, state: State) -> tuple | None:
        """The C loop's first call on a function's walk, as _path() would make it, made here
        first: four functions in five end in it, and then the generators the walk is driven by
        are not needed at all.  None: not available (no C loop, --trace, --stats)."""
        if _walk_plain is None or self.tracer is not None or self.file.cfi_stats is not None:
            return None
        pending: list[tuple] = []
        plain_func = func is not None and not func.uaccess_safe
        return _walk_plain(*self._plain_walk_args(func, insn, state, insn.sec, pending, plain_func)), pending

    def _plain_walk_args(self, func: Symbol | None, insn: Instruction | None, state: State, sec,
                         pending: list | None, plain_func: bool) -> tuple:
        """walk_plain()'s arguments for the first call of a walk from *insn* in *state* (*plain_func*:
        in a function that is not UACCESS-safe)."""
        file = self.file
        cfi, uaccess, uaccess_stack, df, noinstr, instr = state
        plain_state = not (noinstr or uaccess or df)
        clean = plain_func and plain_state
        stack_ops = self.stack_ops
        return (insn, func, cfi, VISITED_BRANCH << uaccess, noinstr, file.cfi_transitions,
                plain_state and not self.opts.stackval, pending, (uaccess, uaccess_stack, df, noinstr, instr),
                sec, stack_ops.native_step, stack_ops.native_config, file.cfis.intern,
                file.clean_returns if clean else None, file.cfi_matches,
                file.clean_siblings if clean else None, file.cfis.shallow)

    # ------------------------------------------------------------------ one path

    def _branch(self, func: Symbol | None, insn: Instruction, state: State,
                started: tuple | None = None) -> Generator[tuple, int, int]:
        """The walk from *insn* (objtool's validate_branch()).

        The C loop (walk_plain) follows direct jumps by itself: for each it
        leaves a way back in *pending* (the jump, its fall-through or None,
        and the state there), and the path goes on at the destination.  When
        a path ends, the innermost way back is taken, as the return from
        objtool's recursion into that branch: on a warning each such jump
        only adds its ``(branch)`` backtrace line; otherwise a conditional
        jump's walk goes on with its fall-through and an unconditional one's
        is done.  (Where a path ends with nothing to say inside the C loop, and
        the innermost way back was left in the same state, the C loop takes
        it itself.)
        """
        # objtool reports some warnings against the section the path started in
        # (and crashes when that is the made-up NOP of an empty alternative,
        # which has none: pyobjtool then uses the instruction's own section)
        sec = insn.sec
        if _walk_plain is None or self.tracer is not None or self.file.cfi_stats is not None:
            return (yield from self._path(func, insn, state, sec, None, True))
        first_walk = None
        if started is not None:
            first_walk, pending = started
        else:
            pending = []
        ret = yield from self._path(func, insn, state, sec, pending, True, first_walk)
        backtrace = self.file.backtrace
        while pending:
            jump, fall_through, cfi, rest = pending.pop()
            if ret:
                if backtrace:
                    self.reporter.backtrace("(branch)", jump.sec, jump.offset)
            elif fall_through is not None:
                ret = yield from self._path(func, fall_through, (cfi, *rest), sec, pending, False)
        return ret

    def _path(self, func: Symbol | None, insn: Instruction, state: State, sec, pending: list | None,
              first: bool, first_walk: tuple | None = None) -> Generator[tuple, int, int]:
        """One path of _branch(), from *insn* in *state* (*first*: the path's first instruction;
        *first_walk*: what the C loop's first call returned, made already)."""
        file = self.file
        opts = self.opts
        reporter = self.reporter
        cfi, uaccess, uaccess_stack, df, noinstr, instr = state
        uaccess_opt = opts.uaccess
        backtrace = file.backtrace
        stats = file.cfi_stats
        stack_ops = self.stack_ops
        update_cfi_state = stack_ops.update
        warn_insn = file.warn_insn
        rules = file.rules
        prev_cfi = None  # the previous instruction's state on this path (objtool's prev_insn->cfi)
        tracer = self.tracer
        if tracer is not None and (func is None or func.name != tracer.name):
            tracer = None
        # the C loop over instructions that need only their state recorded (engine/_insn.c)
        walk_plain = _walk_plain if tracer is None and stats is None else None
        transitions = file.cfi_transitions
        stackval = opts.stackval
        native_step = stack_ops.native_step
        native_config = stack_ops.native_config
        intern = file.cfis.intern
        shallow = file.cfis.shallow
        # a return's checks depend on the path's state, on the function (UACCESS-safe or not)
        # and on the state: for the common case the clean states are remembered
        clean_returns = file.clean_returns
        plain_func = func is not None and not func.uaccess_safe
        # (recorded state, path state) pairs found to agree: the C loop ends a path at them too
        cfi_matches = file.cfi_matches
        # states in which a sibling call (in a function, on a plain path) has nothing to warn about
        clean_siblings = file.clean_siblings

        while True:
            if first_walk is not None or walk_plain is not None:
                if first_walk is not None:
                    nxt, after, ended = first_walk
                    first_walk = None
                else:
                    plain_state = not (noinstr or uaccess or df)
                    nxt, after, ended = walk_plain(
                        insn, func, cfi, VISITED_BRANCH << uaccess, noinstr, transitions, plain_state and not stackval,
                        pending, (uaccess, uaccess_stack, df, noinstr, instr), sec, native_step, native_config, intern,
                        clean_returns if plain_state and plain_func else None, cfi_matches,
                        clean_siblings if plain_state and plain_func else None, shallow)
                if ended == 1:
                    return 0  # nothing to say where the path ended, and no way back to take
                # (following jumps, or ways back, the C loop may come back to where it started:
                # take its state; 2: it went on past a path's end, at a conditional jump's
                # fall-through)
                if nxt is not insn or ended:
                    first = False
                cfi = after
                insn = nxt
            # next_to_validate(), inlined: this loop runs once per instruction and path
            group = insn.alt_group
            if group is not None and insn is group.last_insn and group.orig_group is not None:
                last = group.orig_group.last_insn
                next_insn = last.next
                if next_insn is not None and next_insn.sec is not last.sec:
                    next_insn = None
            else:
                next_insn = insn.next
                if next_insn is not None and next_insn.sec is not insn.sec:
                    next_insn = None
            insn_func = insn.func

            if func is not None and insn_func is not None and func is not insn_func.pfunc:
                if func.name.startswith("__cfi_") or (rules.prefix_functions_fall_through
                                                      and func.name.startswith("__pfx_")):
                    return 0  # KCFI type preambles and prefix NOPs always fall through
                if file.ignore_unreachables:
                    return 0
                reporter.warn(f"{func.name}() falls through to next function {insn_func.name}()")
                return 1

            if func is not None and insn.ignore:
                warn_insn(insn, "BUG: why am I validating an ignored function?", sec)
                return 1

            visited = VISITED_BRANCH << uaccess
            if insn.visited & VISITED_BRANCH_MASK:
                if not insn.hint and insn.cfi is not cfi:
                    if not self._cfi_match(insn, cfi):
                        return 1
                    cfi_matches.add((insn.cfi, cfi))
                if insn.visited & visited:
                    if tracer is not None:
                        tracer.note(insn, "reached again with the same state: this path is done")
                    return 0

            if noinstr:
                instr += insn.instr

            if insn.hint:
                if insn.restore:
                    save_insn = find_save(insn, func)
                    if save_insn is None:
                        warn_insn(insn, "no corresponding CFI save for CFI restore", sec)
                        return 1
                    if not save_insn.visited:
                        if first and rules.defer_unvisited_restore:
                            return 0  # the path through the SAVE will come here again
                        warn_insn(insn, "objtool isn't smart enough to handle this CFI save/restore combo", sec)
                        return 1
                    insn.cfi = save_insn.cfi
                    if stats is not None:
                        stats.reused += 1
                cfi = insn.cfi
            else:
                if stats is not None:
                    if prev_cfi is cfi:
                        stats.reused += 1
                    else:
                        stats.lookup(cfi)
                insn.cfi = cfi

            insn.visited |= visited

            if group is not None and self._propagate_alt_cfi(insn, group):
                return 1

            alts = insn.alts
            if alts and not insn.ignore_alts:
                skip_orig = False
                for alt in alts:
                    if alt.skip_orig:
                        skip_orig = True
                    if tracer is not None:
                        tracer.enter(insn, "alternative: " + (reporter.offstr(alt.insn.sec, alt.insn.offset)
                                                              if alt.insn is not None else "(none)"))
                    ret = yield (alt.insn, (cfi, uaccess, uaccess_stack, df, noinstr, instr))
                    if tracer is not None:
                        tracer.leave()
                    if ret:
                        if backtrace:
                            reporter.backtrace("(alt)", insn.sec, insn.offset)
                        return ret
                if skip_orig:
                    return 0

            ops = insn.stack_ops
            if ops and (not uaccess_opt or group is None):
                # update_cfi_state() depends only on the state, the operations, whether the
                # instruction has a function and whether the next one has a hint: remember
                # each distinct case (states are interned, so most recur)
                key = (cfi, id(ops), insn_func is not None, next_insn is not None and next_insn.hint)
                after = transitions.get(key)
                if after is None and native_step is not None:
                    # pushes, pops and stack-pointer adjustments in C (_stack_ops.c)
                    after = native_step(cfi.key, ops, insn_func is not None, native_config)
                    if after is not None:
                        after = transitions[key] = after if after.__class__ is str else file.cfis.intern(after)
                if after is None:
                    work = CFIWork(cfi)
                    try:
                        for op in ops:
                            update_cfi_state(insn, next_insn, work, op)
                        after = transitions[key] = file.cfis.freeze(work)
                    except StackOpError as exc:
                        after = transitions[key] = str(exc)
                if after.__class__ is str:
                    self.file.warn_insn(insn, after)
                    return 1
                cfi = after
            elif ops:
                work = CFIWork(cfi)
                for op in ops:
                    try:
                        update_cfi_state(insn, next_insn, work, op)
                    except StackOpError as exc:
                        self.file.warn_insn(insn, str(exc))
                        return 1
                    if not uaccess_opt or group is None:
                        continue
                    if op.dest_type == OP_DEST_PUSHF:
                        if not uaccess_stack:
                            uaccess_stack = 1
                        elif uaccess_stack >> 31:
                            self.file.warn_insn(insn, "PUSHF stack exhausted")
                            return 1
                        uaccess_stack = ((uaccess_stack << 1) | uaccess) & 0xFFFFFFFF
                    if op.src_type == OP_SRC_POPF and uaccess_stack:
                        uaccess = uaccess_stack & 1
                        uaccess_stack >>= 1
                        if uaccess_stack == 1:
                            uaccess_stack = 0
                cfi = file.cfis.freeze(work)

            kind = insn.type
            if tracer is not None:
                tracer.step(insn, cfi)
            if kind == OTHER or kind == NOP:
                pass  # the common case: nothing below applies
            elif kind == RETURN:
                ret = self._validate_return(func, insn, cfi, uaccess, df, noinstr, instr)
                if not ret and plain_func and not (noinstr or uaccess or df):
                    clean_returns.add(cfi)
                return ret
            elif kind == CALL or kind == CALL_DYNAMIC:
                if noinstr or uaccess or df:
                    ret = self._validate_call(insn, uaccess, df, noinstr, instr)
                    if ret:
                        return ret
                if (opts.stackval and func is not None and not _is_special_call(insn)
                        and not stack_ops.has_valid_stack_frame(cfi)):
                    warn_insn(insn, "call without frame pointer save/setup", sec)
                    return 1
                if insn.dead_end:
                    return 0

            elif kind == JUMP_CONDITIONAL or kind == JUMP_UNCONDITIONAL:
                if is_sibling_call(insn):
                    ret = self._validate_sibling_call(insn, cfi, uaccess, df, noinstr, instr)
                    if ret:
                        return ret
                    if plain_func and not (noinstr or uaccess or df):
                        clean_siblings.add(cfi)  # (see walk_plain)
                elif insn.jump_dest is not None:
                    dest = insn.jump_dest
                    if (tracer is None and dest.visited & visited and (dest.hint or dest.cfi is cfi)
                            and (func is None or not (dest.ignore or (dest.func is not None
                                                                      and func is not dest.func.pfunc)))):
                        # the walk from there would stop at once (already there in this state,
                        # nothing to warn about): spare making it
                        ret = 0
                    else:
                        if tracer is not None:
                            tracer.enter(insn, "branch taken")
                        ret = yield (dest, (cfi, uaccess, uaccess_stack, df, noinstr, instr))
                    if tracer is not None:
                        tracer.leave()
                        if kind == JUMP_CONDITIONAL and not ret:
                            tracer.note(insn, "branch not taken")
                    if ret:
                        if backtrace:
                            reporter.backtrace("(branch)", insn.sec, insn.offset)
                        return ret
                if kind == JUMP_UNCONDITIONAL:
                    return 0

            elif kind == JUMP_DYNAMIC or kind == JUMP_DYNAMIC_CONDITIONAL:
                if is_sibling_call(insn):
                    ret = self._validate_sibling_call(insn, cfi, uaccess, df, noinstr, instr)
                    if ret:
                        return ret
                if kind == JUMP_DYNAMIC:
                    return 0

            elif kind == CONTEXT_SWITCH:
                if func is None:
                    return 0
                if next_insn is None or not next_insn.hint:
                    warn_insn(insn, "unsupported instruction in callable function", sec)
                    return 1

            elif kind == STAC:
                if uaccess_opt:
                    if uaccess:
                        warn_insn(insn, "recursive UACCESS enable", sec)
                        return 1
                    uaccess = True

            elif kind == CLAC:
                if uaccess_opt:
                    if not uaccess and func is not None:
                        warn_insn(insn, "redundant UACCESS disable", sec)
                        return 1
                    if func is not None and func.uaccess_safe and not uaccess_stack:
                        warn_insn(insn, "UACCESS-safe disables UACCESS", sec)
                        return 1
                    uaccess = False

            elif kind == STD:
                if df:
                    warn_insn(insn, "recursive STD", sec)
                    return 1
                df = True

            elif kind == CLD:
                if not df and func is not None:
                    warn_insn(insn, "redundant CLD", sec)
                    return 1
                df = False

            if insn.dead_end:
                if tracer is not None:
                    tracer.note(insn, "dead end")
                return 0

            if next_insn is None:
                if cfi.cfa_base == CFI_UNDEFINED:
                    return 0
                if file.ignore_unreachables:
                    return 0
                reporter.warn(f"{(sec or insn.sec).name}: unexpected end of section")
                return 1

            prev_cfi = insn.cfi
            first = False
            insn = next_insn

    # ------------------------------------------------------------------ checks at one instruction

    def _cfi_match(self, insn: Instruction, cfi2: CFI) -> bool:
        """insn_cfi_match(): the state on this path agrees with the one recorded earlier."""
        cfi1 = insn.cfi
        rep = self.reporter
        if cfi1 is None:
            rep.warn("CFI missing")
            return False
        if cfi1.cfa_base != cfi2.cfa_base or cfi1.cfa_offset != cfi2.cfa_offset:
            self.file.warn_insn(insn, f"stack state mismatch: cfa1={cfi1.cfa_base}{cfi1.cfa_offset:+d} "
                          f"cfa2={cfi2.cfa_base}{cfi2.cfa_offset:+d}")
        elif cfi1.regs != cfi2.regs:
            for i in range(len(cfi1.regs)):
                r1, r2 = cfi1.regs[i], cfi2.regs[i]
                if r1 == r2:
                    continue
                self.file.warn_insn(insn, f"stack state mismatch: reg1[{i}]={r1[0]}{r1[1]:+d} reg2[{i}]={r2[0]}{r2[1]:+d}")
                break
        elif cfi1.type != cfi2.type:
            self.file.warn_insn(insn, f"stack state mismatch: type1={cfi1.type} type2={cfi2.type}")
        elif (cfi1.drap != cfi2.drap or (cfi1.drap and cfi1.drap_reg != cfi2.drap_reg)
              or (cfi1.drap and cfi1.drap_offset != cfi2.drap_offset)):
            self.file.warn_insn(insn, f"stack state mismatch: drap1={int(cfi1.drap)}({cfi1.drap_reg},{cfi1.drap_offset}) "
                          f"drap2={int(cfi2.drap)}({cfi2.drap_reg},{cfi2.drap_offset})")
        else:
            return True
        return False

    def _propagate_alt_cfi(self, insn: Instruction, group) -> bool:
        """Record the state in the alternative's shared per-byte array; True on a conflict."""
        if insn.cfi is None:
            self.reporter.warn("CFI missing")
            return True
        alt_cfi = group.cfi
        off = insn.offset - group.first_insn.offset
        if off >= len(alt_cfi):
            alt_cfi.extend([None] * (off + 1 - len(alt_cfi)))
        seen = alt_cfi[off]
        if seen is None:
            alt_cfi[off] = insn.cfi
        elif seen is not insn.cfi:
            if self.file.rules.alt_conflict_at_orig:
                orig = (group.orig_group or group).first_insn
                where = self.reporter.offstr(insn.sec, insn.offset)
                self.file.warn_insn(orig, f"stack layout conflict in alternatives: {where}")
            else:
                self.file.warn_insn(insn, "stack layout conflict in alternatives")
            return True
        return False

    def _call_dest_name(self, insn: Instruction) -> str:
        if insn.call_dest is not None:
            return insn.call_dest.name
        rel = insn.known_reloc()  # objtool only looks at a relocation it already found
        if rel is not None and rel.sym.name == "pv_ops":
            return f"pv_ops[{int(rel.addend / 8)}]"
        return "{dynamic}"

    def _pv_call_dest(self, insn: Instruction) -> bool:
        file = self.file
        rel = insn.reloc()
        if rel is None or rel.sym.name != "pv_ops":
            return False
        idx = (((rel.addend + 0x80000000) % (1 << 32) - 0x80000000) + 4) // 8
        pv = file.pv_ops[idx]
        if pv.clean:
            return True
        pv.clean = True
        for target in pv.targets:
            if not target.sec.noinstr:
                self.reporter.warn(f"pv_ops[{idx}]: {target.name}")
                pv.clean = False
        return pv.clean

    def _noinstr_call_dest(self, insn: Instruction, func: Symbol | None) -> bool:
        if func is None:
            # indirect calls: assume instrumented, except known-clean paravirt ones
            if self.file.pv_ops:
                return self._pv_call_dest(insn)
            return False
        if func.sec.noinstr:
            return True
        if func.static_call_tramp and self.file.rules.noinstr_static_calls:
            return True
        # __ubsan_handle_*() are like WARN(): let them get the message out
        return func.name.startswith("__ubsan_handle_")

    def _validate_call(self, insn: Instruction, uaccess: bool, df: bool, noinstr: bool, instr: int) -> int:
        if noinstr and instr <= 0 and not self._noinstr_call_dest(insn, insn.call_dest):
            self.file.warn_insn(insn, f"call to {self._call_dest_name(insn)}() leaves .noinstr.text section")
            return 1
        if uaccess and not (insn.call_dest is not None and insn.call_dest.uaccess_safe):
            self.file.warn_insn(insn, f"call to {self._call_dest_name(insn)}() with UACCESS enabled")
            return 1
        if df:
            self.file.warn_insn(insn, f"call to {self._call_dest_name(insn)}() with DF set")
            return 1
        return 0

    def _validate_sibling_call(self, insn: Instruction, cfi: CFI, uaccess: bool, df: bool, noinstr: bool,
                               instr: int) -> int:
        if ((insn.func is not None or not self.file.rules.sibling_frame_check_needs_function)
                and self.stack_ops.has_modified_stack_frame(cfi)):
            self.file.warn_insn(insn, "sibling call from callable instruction with modified stack frame")
            return 1
        return self._validate_call(insn, uaccess, df, noinstr, instr)

    def _validate_return(self, func: Symbol | None, insn: Instruction, cfi: CFI, uaccess: bool, df: bool,
                         noinstr: bool, instr: int) -> int:
        safe = func is not None and func.uaccess_safe
        if noinstr and instr > 0:
            self.file.warn_insn(insn, "return with instrumentation enabled")
            return 1
        if uaccess and not safe:
            self.file.warn_insn(insn, "return with UACCESS enabled")
            return 1
        if not uaccess and safe:
            self.file.warn_insn(insn, "return with UACCESS disabled from a UACCESS-safe function")
            return 1
        if df:
            self.file.warn_insn(insn, "return with DF set")
            return 1
        if func is not None and self.stack_ops.has_modified_stack_frame(cfi):
            self.file.warn_insn(insn, "return with modified stack frame")
            return 1
        if cfi.bp_scratch:
            self.file.warn_insn(insn, "BP used as a scratch register")
            return 1
        return 0

    # ------------------------------------------------------------------ walks

    def initial_state(self, sec: Section | None, func_state: bool) -> State:
        opts = self.opts
        noinstr = bool(opts.link and opts.noinstr and sec is not None and sec.noinstr)
        return (self.func_cfi if func_state else self.init_cfi, False, 0, False, noinstr, 0)

    def validate_symbol(self, sec: Section, sym: Symbol, state: State) -> int:
        if not sym.len:
            self.reporter.warn(f"{sym.name}() is missing an ELF size annotation")
            return 1
        if sym.pfunc is not sym or sym.alias is not sym:
            return 0
        insn = self.file.find_insn(sec, sym.offset)
        if insn is None or insn.ignore or insn.visited:
            return 0
        if self.opts.uaccess:
            state = (state[0], sym.uaccess_safe) + state[2:]
        self.file.last_warning = None
        func = insn.func
        started = self._first_plain_walk(func, insn, state)
        if started is not None and started[0][2] == 1 and not started[1]:
            return 0  # the whole walk ended in the C loop, with nothing to say
        return self._walk_symbol(insn, state, started)

    def _walk_symbol(self, insn: Instruction, state: State, started: tuple | None) -> int:
        """validate_symbol()'s walk from a function's first instruction (*started*: the C
        loop's first call made already)."""
        self.file.last_warning = None
        ret = self.validate_branch(insn.func, insn, state, "function entry", started)
        if ret and self.file.backtrace:
            self.reporter.backtrace("<=== (sym)", insn.sec, insn.offset)
        if ret and self.file.explain:
            self._explain(insn)
        return ret

    def _explain(self, start: Instruction) -> None:
        """Attach the shortest path from *start* to the walk's warning (and print it with --explain)."""
        last = self.file.last_warning
        if last is None:
            return
        from .explain import explain, render

        target, record = last
        steps = explain(self.file, start, target, record.message)
        record.extra["path"] = steps
        if self.opts.explain:
            for line in render(steps):
                self.reporter.raw(line)

    def validate_section(self, sec: Section) -> int:
        progress = self.file.progress
        lookup = self.file.insn_maps.get(sec.idx)
        if (_walk_functions is not None and progress is None and self.tracer is None
                and self.file.cfi_stats is None and isinstance(lookup, OffsetIndex)):
            return self._validate_section_in_c(sec, lookup)
        warnings = 0
        for n, func in enumerate(sec.symbol_list):
            if func.type != STT_FUNC:
                continue
            if progress is not None and not n & 255:
                progress.phase(f"checking {sec.name}", n, len(sec.symbol_list))
            warnings += self.validate_symbol(sec, func, self.initial_state(sec, True))
        return warnings

    def _validate_section_in_c(self, sec: Section, lookup) -> int:
        """validate_section() with the C loop over the functions whose walk ends in walk_plain()'s
        first call (walk_functions(), _insn.c); the others are validated here."""
        state = self.initial_state(sec, True)
        walk_args = self._plain_walk_args(None, None, state, sec, None, True)  # (the C loop leaves out the others)
        symbols = sec.symbol_list
        uaccess = self.opts.uaccess
        warnings = 0
        at = 0
        while True:
            got = _walk_functions(symbols, at, lookup, STT_FUNC, uaccess, walk_args)
            if got is None:
                return warnings
            at, started = got
            sym = symbols[at]
            if started is None:
                warnings += self.validate_symbol(sec, sym, state)
            else:
                warnings += self._walk_symbol(self.file.find_insn(sec, sym.offset), state, started)
            at += 1

    def validate_functions(self) -> int:
        warnings = 0
        for sec in self.file.elf.sections:
            if sec.is_exec:
                warnings += self.validate_section(sec)
        return warnings

    def validate_unwind_hints(self, sec: Section | None) -> int:
        file = self.file
        if not file.hints:
            return 0
        state = self.initial_state(sec, False)
        if sec is not None:
            insn = file.find_insn(sec, 0)
        else:
            insn = file.first
        warnings = 0
        while True:
            insn = next_hint(insn, sec)
            if insn is None:
                break
            if not insn.visited and not insn.ignore:
                file.last_warning = None
                ret = self.validate_branch(insn.func, insn, state, "unwind hint")
                if ret and self.file.backtrace:
                    self.reporter.backtrace("<=== (hint)", insn.sec, insn.offset)
                if ret and file.explain:
                    self._explain(insn)
                warnings += ret
            insn = insn.next
        return warnings

    def validate_noinstr_sections(self, names: tuple[str, ...]) -> int:
        """--noinstr without the stack checks: follow only the code of the noinstr sections."""
        warnings = 0
        for name in names:
            sec = self.file.elf.find_section(name)
            if sec is not None:
                warnings += self.validate_section(sec)
                warnings += self.validate_unwind_hints(sec)
        return warnings


def next_to_validate(insn: Instruction) -> Instruction | None:
    """The next instruction on this path: after a replacement, continue after the original."""
    group = insn.alt_group
    if group is not None and insn is group.last_insn and group.orig_group is not None:
        insn = group.orig_group.last_insn
    nxt = insn.next
    if nxt is None or nxt.sec is not insn.sec:
        return None
    return nxt


def find_save(insn: Instruction, func: Symbol | None) -> Instruction | None:
    """The UNWIND_HINT_SAVE that an UNWIND_HINT_RESTORE pairs with (searching backwards)."""
    if func is None:
        return None
    i = insn.prev
    while i is not None and i.sec is func.sec and i.offset >= func.offset:
        if i.save:
            return i
        i = i.prev
    return None


def _is_special_call(insn: Instruction) -> bool:
    if insn.type == CALL:
        dest = insn.call_dest
        if dest is not None and (dest.fentry or dest.embedded_insn):
            return True
    return False
