# SPDX-License-Identifier: GPL-2.0-only
"""Call-site evidence: what the compiler's own code says about functions outside the object.

A compiler that knows a callee never returns emits nothing after the call:
the call ends its function, or is followed by alignment padding, by a trap,
or by another block that other branches jump to.  A compiler that thinks the
callee returns puts the code that runs afterwards right behind the call.  So
every call to an external function (one the object does not define) is a
vote:

``ends`` (the callee never returns)
    the call is the last instruction of its function (or of its ``.cold``
    part); or only padding (NOPs) follows up to the function's end or the
    next function's start; or a trap follows (``int3``, or a ``ud2`` that is
    not a ``BUG()``/``WARN()`` site of ``__bug_table``); or what follows is
    code that no other path reaches and that runs off the function's end
    without a branch, call or return (it can't be the call's continuation).

``returns``
    the call falls through into real code that only its return reaches: no
    branch, jump table, exception-table fixup, alternative or other
    reference leads there, so the compiler put it there for the call to
    return into.

neutral
    the next instruction is also reached from elsewhere (the start of
    another basic block: the compiler may place any block after a noreturn
    call, and a returning call may be followed by a loop head), the call is
    followed by an ``unreachable()`` annotation (the caller, not the callee,
    says so), or it is not in an ELF function.

A callee with ``ends`` votes and no ``returns`` vote is inferred noreturn.
One ``returns`` vote is a conflict: the callee is then treated as returning
(objtool's default) and the conflict is reported with one site of each kind.

Evidence is collected once per object, from the decoded instructions before
objtool adds call destinations (the engine hook runs there), so that the
engine's own walk already treats those calls as dead ends.

Batch runs: :func:`prepare_batch` collects the evidence of every object of
the batch before any of them is checked and keeps the sum in a store for the
process (worker processes are forked after it, so they share it).  Each
object then decides with the votes of the whole batch; the result does not
depend on the order in which objects are checked, and a batch containing one
object gives that object's own verdicts.  The report of an inferred external
noreturn goes with the first object of the batch (in batch order) that calls
it, so each is reported once per run.
"""

from __future__ import annotations

import bisect
import os
import weakref
from typing import TYPE_CHECKING, NamedTuple

from ..arch.insn import (
    BUG,
    CALL,
    CALL_DYNAMIC,
    CONTEXT_SWITCH,
    JUMP_CONDITIONAL,
    JUMP_DYNAMIC,
    JUMP_DYNAMIC_CONDITIONAL,
    JUMP_UNCONDITIONAL,
    NOP,
    OP_DEST_PUSH,
    OP_DEST_PUSHF,
    OP_DEST_REG,
    OP_SRC_ADD,
    OP_SRC_POP,
    OP_SRC_POPF,
    OP_SRC_REG,
    RETURN,
    TRAP,
)
from ..elf.constants import STT_SECTION

if TYPE_CHECKING:
    from ..elf.model import Section
    from ..engine.instruction import Instruction
    from ..engine.objfile import ObjtoolFile
    from ..options import Options

#: sections whose relocations mark positions in code, not places control flow goes to
_POSITION_ONLY = (".debug", ".eh_frame", ".orc_unwind", "__mcount_loc", ".note", ".discard.", ".static_call_sites",
                  ".retpoline_sites", ".return_sites", ".call_sites", ".cfi_sites", ".ibt_endbr_seal",
                  "__patchable_function_entries", "_error_injection_whitelist", "_kprobe_blacklist", ".kcfi_traps",
                  ".smp_locks", ".parainstructions", "__bug_table", ".altinstructions", ".rela", ".comment",
                  ".symtab", ".strtab", ".shstrtab", ".gnu.", ".llvm", "__tracepoint", "__ksymtab")
_STOPS = frozenset({RETURN, JUMP_UNCONDITIONAL, JUMP_DYNAMIC, JUMP_CONDITIONAL, JUMP_DYNAMIC_CONDITIONAL, CALL,
                    CALL_DYNAMIC, CONTEXT_SWITCH, BUG, TRAP})


class Site(NamedTuple):
    """One call site, for messages: the object, ``func+0xoff``, and what follows the call."""

    obj: str
    where: str
    what: str


class CalleeEvidence:
    """The votes of every call site of one external function."""

    __slots__ = ("ends", "returns", "end_site", "return_site", "end_objects")

    def __init__(self) -> None:
        self.ends = 0
        self.returns = 0
        #: the first site of each kind (in object order, then address order)
        self.end_site: Site | None = None
        self.return_site: Site | None = None
        #: objects with an ``ends`` vote
        self.end_objects: set[str] = set()

    def add(self, other: CalleeEvidence) -> None:
        self.ends += other.ends
        self.returns += other.returns
        if self.end_site is None:
            self.end_site = other.end_site
        if self.return_site is None:
            self.return_site = other.return_site
        self.end_objects |= other.end_objects

    @property
    def noreturn(self) -> bool:
        """Inferred noreturn: calls that end their code and none that returns."""
        return self.ends > 0 and self.returns == 0

    @property
    def conflict(self) -> bool:
        return self.ends > 0 and self.returns > 0

    def summary(self, batch: bool = False) -> str:
        """``call-site evidence: ...`` for messages."""
        site = self.end_site
        where = f"{site.obj}: {site.where}" if batch else site.where
        calls = f"{self.ends} call{'s' if self.ends != 1 else ''}"
        if batch and len(self.end_objects) > 1:
            calls += f" in {len(self.end_objects)} objects"
        return f"call-site evidence: {calls}, e.g. {where}, {site.what}"

    def __getstate__(self):
        return (self.ends, self.returns, self.end_site, self.return_site, self.end_objects)

    def __setstate__(self, state) -> None:
        self.ends, self.returns, self.end_site, self.return_site, self.end_objects = state


Evidence = dict  # callee name -> CalleeEvidence


# -- one object ------------------------------------------------------------------------------------------

class _Positions:
    """Where other paths can enter: branch and alternative targets, and every address a relocation
    names as data (jump tables, exception fixups, label addresses), except in metadata sections."""

    def __init__(self, file: ObjtoolFile, sections: set[int] | None = None) -> None:
        self.file = file
        #: the indexes of the sections whose positions matter (those with calls to classify)
        self.sections = sections
        self.reached: set[tuple[int, int]] = set()
        #: ``ud2`` sites of ``__bug_table`` and instructions annotated reachable (not traps for us)
        self.bug_sites: set[tuple[int, int]] = set()
        #: addresses right after an instruction an ``unreachable()`` annotation marks
        self.after_unreachable: set[tuple[int, int]] = set()
        self._starts: dict[int, list[int]] = {}
        self._insns: dict[int, list[Instruction]] = {}
        self._collect()

    def _containing(self, sec: Section, offset: int) -> Instruction | None:
        starts = self._starts.get(sec.idx)
        if starts is None:
            insns = [i for i in self.file.sec_insns(sec)]
            self._insns[sec.idx] = insns
            starts = self._starts[sec.idx] = [i.offset for i in insns]
        pos = bisect.bisect_right(starts, offset) - 1
        if pos < 0:
            return None
        insn = self._insns[sec.idx][pos]
        return insn if offset < insn.offset + insn.len else None

    def _collect(self) -> None:
        reached = self.reached
        for insn in self.file.insns():
            dest = insn.jump_dest
            if dest is not None:
                reached.add((dest.sec.idx, dest.offset))
            if insn.alts:
                for alt in insn.alts:
                    if alt.insn is not None and alt.insn.sec is not None:
                        reached.add((alt.insn.sec.idx, alt.insn.offset))
        for rsec in self.file.elf.sections:
            table = rsec.relocs
            base = rsec.base
            if table is None or base is None:
                continue
            name = base.name
            if name == "__bug_table" or name == ".discard.reachable":
                self._add_targets(table, self.bug_sites, before=name == ".discard.reachable")
            elif name == ".discard.unreachable":
                self._add_targets(table, self.after_unreachable)
            elif base.is_exec:
                self._add_code_targets(base, table)
            elif not name.startswith(_POSITION_ONLY):
                self._add_targets(table, reached)

    def _add_targets(self, table, into: set, before: bool = False) -> None:
        symbols, symidx, addends = table.symbols, table.symidx, table.addends
        wanted = self.sections
        for i in range(len(table.offsets)):
            sym = symbols[symidx[i]]
            sec = sym.sec
            if not sec.idx or not sec.is_exec or (wanted is not None and sec.idx not in wanted):
                continue
            offset = addends[i] if sym.type == STT_SECTION else sym.offset + addends[i]
            if before:
                # annotations name the address right after the instruction they mean
                insn = self._containing(sec, offset - 1)
                if insn is None:
                    continue
                offset = insn.offset
            into.add((sec.idx, offset))

    def _add_code_targets(self, sec: Section, table) -> None:
        """PC-relative references from code (``lea label(%rip)``): the target is relative to the
        end of the instruction that holds the relocation."""
        symbols, symidx, addends, offsets = table.symbols, table.symidx, table.addends, table.offsets
        reached = self.reached
        wanted = self.sections
        for i in range(len(offsets)):
            sym = symbols[symidx[i]]
            tsec = sym.sec
            if not tsec.idx or not tsec.is_exec or (wanted is not None and tsec.idx not in wanted):
                continue
            insn = self._containing(sec, offsets[i])
            if insn is None:
                continue
            target = (addends[i] if sym.type == STT_SECTION else sym.offset + addends[i])
            reached.add((tsec.idx, target + insn.offset + insn.len - offsets[i]))


class _Frames:
    """The stack frame at each instruction of a function, from the paths that don't depend on
    whether a call returns.

    A small dataflow over the decoded stack operations: the frame is the stack depth below the
    CFA, the depth at which the frame pointer was set (``mov %rsp,%rbp``) and the registers
    pushed.  A call's fall-through is followed only into code that no other path reaches (the
    call returns there, or nothing would run it); the frame at the start of another block comes
    from the branches to it.  A function whose stack pointer changes in a way this doesn't
    model (``and $-16,%rsp``, a load) gets no frames.  Compilers keep the frame consistent where
    paths join: a call after which the frame differs from the one the other paths bring to the
    next instruction never returns there.
    """

    _UNKNOWN = object()

    def __init__(self, file: ObjtoolFile, positions: _Positions) -> None:
        self.file = file
        self.positions = positions
        self.sp = file.arch.regs.sp
        self.bp = file.arch.regs.bp
        self._done: dict[int, dict | None] = {}

    def at(self, insn: Instruction):
        """The frame at *insn* (None: unknown, or different on different paths)."""
        func = insn.func.pfunc if insn.func is not None else None
        if func is None:
            return None
        states = self._done.get(id(func), self._UNKNOWN)
        if states is self._UNKNOWN:
            states = self._done[id(func)] = self._run(func)
        if states is None:
            return None
        state = states.get(insn)
        return None if state is self._UNKNOWN else state

    def _step(self, insn: Instruction, state):
        depth, bp_depth, saved = state
        sp, bp = self.sp, self.bp
        for op in insn.stack_ops:
            if op.dest_type == OP_DEST_PUSH or op.dest_type == OP_DEST_PUSHF:
                depth += 8
                if op.dest_type == OP_DEST_PUSH and op.src_type == OP_SRC_REG:
                    saved = saved + ((depth, op.src_reg),)
            elif op.src_type == OP_SRC_POP or op.src_type == OP_SRC_POPF:
                saved = tuple(s for s in saved if s[0] < depth)
                depth -= 8
                if op.dest_type == OP_DEST_REG and op.dest_reg == bp:
                    bp_depth = None
            elif op.dest_type == OP_DEST_REG and op.dest_reg == sp:
                if op.src_type == OP_SRC_ADD and op.src_reg == sp:
                    depth -= op.src_offset
                elif op.src_reg == bp and op.src_type in (OP_SRC_ADD, OP_SRC_REG) and bp_depth is not None:
                    depth = bp_depth - op.src_offset
                else:
                    raise _Untracked
                saved = tuple(s for s in saved if s[0] <= depth)
            elif op.dest_type == OP_DEST_REG and op.dest_reg == bp:
                bp_depth = depth if op.src_type == OP_SRC_REG and op.src_reg == sp else None
        return depth, bp_depth, saved

    def _run(self, func) -> dict | None:
        file = self.file
        reached = self.positions.reached
        start = file.find_insn(func.sec, func.offset)
        if start is None:
            return None
        states: dict = {}
        work = [(start, (8, None, ()))]
        unknown = self._UNKNOWN
        try:
            while work:
                insn, state = work.pop()
                while insn is not None:
                    old = states.get(insn)
                    if old is not None:
                        if old is unknown or old == state:
                            break
                        if old[0] != state[0] or old[2] != state[2]:
                            states[insn] = unknown
                            break
                        if old[1] is None:
                            break
                        # the same frame, but the frame pointer differs: forget it from here on
                        state = (state[0], None, state[2])
                    states[insn] = state
                    kind = insn.type
                    if kind == RETURN or kind == JUMP_DYNAMIC or kind == BUG or kind == TRAP or kind == CONTEXT_SWITCH:
                        break
                    state = self._step(insn, state) if kind != CALL else state
                    dest = insn.jump_dest
                    if dest is not None and dest.func is not None and dest.func.pfunc is func:
                        if kind == JUMP_UNCONDITIONAL:
                            insn = dest
                            continue
                        work.append((dest, state))
                    if kind == JUMP_UNCONDITIONAL:
                        break
                    nxt = insn.next
                    if nxt is None or nxt.func is not insn.func or nxt.offset != insn.offset + insn.len:
                        break
                    if (kind == CALL or kind == CALL_DYNAMIC) and (nxt.sec.idx, nxt.offset) in reached:
                        break  # it may not return: the next block's frame comes from its branches
                    insn = nxt
        except _Untracked:
            return None
        return states


class _Untracked(Exception):
    """A stack-pointer change the frame dataflow doesn't model."""


def _frame_text(state) -> str:
    depth, _bp, saved = state
    return f"rsp+{depth}" + (f" with {len(saved)} saved register{'s' if len(saved) != 1 else ''}" if saved else "")


def _is_trap(insn: Instruction, positions: _Positions) -> bool:
    if insn.type == TRAP:
        return True
    return insn.type == BUG and (insn.sec.idx, insn.offset) not in positions.bug_sites


def _func_start(insn: Instruction, func) -> str | None:
    sym = insn.sec.symbols.func_by_offset(insn.offset)
    if sym is not None and sym is not func:
        return sym.name
    return None


def _pops_stack_pointer(file: ObjtoolFile, insn: Instruction) -> bool:
    """``pop %rsp``: the stack pointer loaded from the stack."""
    sp = file.arch.regs.sp
    return any(op.src_type == OP_SRC_POP and op.dest_type == OP_DEST_REG and op.dest_reg == sp
               for op in insn.stack_ops or ())


def classify(file: ObjtoolFile, call: Instruction, positions: _Positions,
             frames: _Frames | None = None) -> tuple[str, str] | None:
    """('ends' | 'returns', what follows the call) for a call site, or None (neutral)."""
    func = call.func
    if func is None or call.sec is not func.sec:
        return None  # not in an ELF function (alternative replacements get their site's function)
    sec = call.sec
    end = func.offset + func.len
    nxt = call.next
    if nxt is None or nxt.sec is not sec or nxt.offset >= end:
        return "ends", f"the last instruction of {func.name}()"
    if (sec.idx, nxt.offset) in positions.after_unreachable:
        return None  # the caller says: unreachable() after this call
    if _pops_stack_pointer(file, nxt):
        # inline asm that switched stacks (call_on_stack()): it made the call on the other
        # stack and switches back right after; the compiler never saw the call
        return None
    if (sec.idx, nxt.offset) in positions.reached:
        # another block starts here: the call may or may not return into it, unless the frame the
        # other paths bring differs from the frame after the call
        return _join(file, call, nxt, frames)
    name = _func_start(nxt, func)
    if name is not None:
        return "ends", f"followed by the start of {name}()"
    # padding and traps
    insn = nxt
    trap = None
    while insn.type == NOP or _is_trap(insn, positions):
        if trap is None and insn.type != NOP:
            trap = insn
        insn = insn.next
        past = insn is None or insn.sec is not sec or insn.offset >= end
        name = None if past else _func_start(insn, func)
        if past or name is not None:
            if trap is not None:
                return "ends", f"followed by a trap at {file.reporter.offstr(trap.sec, trap.offset)}"
            if name is not None:
                return "ends", f"followed only by padding up to the start of {name}()"
            return "ends", f"followed only by padding up to the end of {func.name}()"
        if (sec.idx, insn.offset) in positions.reached:
            if trap is not None and trap.type == BUG:
                # ud2 never goes on: nothing but another block can follow it
                return "ends", f"followed by a trap at {file.reporter.offstr(trap.sec, trap.offset)}"
            if trap is not None:
                return None  # an int3 may be a breakpoint that goes on into the next block
            return _join(file, call, insn, frames)
    if trap is not None and trap.type == BUG:
        return None  # dead code after a ud2: says nothing
    # (an int3 followed by code only it reaches is a breakpoint in the source: the call returns)
    # code that only this call's return reaches
    after_unreachable = positions.after_unreachable
    while True:
        if (sec.idx, insn.offset + insn.len) in after_unreachable:
            return None  # inline asm around the call, then unreachable(): the caller says so
        if insn.type in _STOPS:
            break
        insn = insn.next
        if insn is None or insn.sec is not sec or insn.offset >= end or _func_start(insn, func) is not None:
            return "ends", ("followed by code that no other path reaches and that runs off the end of "
                            f"{func.name}()")
        if (sec.idx, insn.offset) in positions.reached:
            break
    return "returns", f"falls through into {file.reporter.offstr(nxt.sec, nxt.offset)}, which only its return reaches"


def _join(file: ObjtoolFile, call: Instruction, block: Instruction, frames: _Frames | None) -> tuple[str, str] | None:
    if frames is None:
        return None
    mine = frames.at(call)
    theirs = frames.at(block)
    if mine is None or theirs is None or (mine[0], mine[2]) == (theirs[0], theirs[2]):
        return None
    return "ends", (f"followed by {file.reporter.offstr(block.sec, block.offset)}, which the other paths reach "
                    f"with another stack frame (CFA {_frame_text(theirs)}, not {_frame_text(mine)})")


def call_target(call: Instruction):
    """The external function a direct call names (an undefined symbol), or None."""
    rel = call.reloc()
    if rel is None:
        return None
    sym = rel.sym
    if sym.sec.idx or sym.type == STT_SECTION or not sym.name:
        return None
    return sym


def object_evidence(file: ObjtoolFile, obj: str | None = None) -> Evidence:
    """The votes of every call to an external function in *file*."""
    obj = obj if obj is not None else file.reporter.objname
    calls = []
    for insn in file.insns():
        if insn.type == CALL:
            sym = call_target(insn)
            if sym is not None:
                calls.append((insn, sym))
    if not calls:
        return {}
    sections = set()
    for insn, _sym in calls:
        sections.add(insn.sec.idx)
        func = insn.func
        if func is not None:  # the frames dataflow follows a function into its .cold part and back
            for part in (func.pfunc, func.cfunc):
                if part is not None:
                    sections.add(part.sec.idx)
    positions = _Positions(file, sections)
    frames = _Frames(file, positions)
    evidence: Evidence = {}
    for insn, sym in calls:
        verdict = classify(file, insn, positions, frames)
        if verdict is None:
            continue
        kind, what = verdict
        ev = evidence.get(sym.name)
        if ev is None:
            ev = evidence[sym.name] = CalleeEvidence()
        site = Site(obj, file.reporter.offstr(insn.sec, insn.offset), what)
        if kind == "ends":
            ev.ends += 1
            ev.end_objects.add(obj)
            if ev.end_site is None:
                ev.end_site = site
        else:
            ev.returns += 1
            if ev.return_site is None:
                ev.return_site = site
    return evidence


_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def file_evidence(file: ObjtoolFile) -> Evidence:
    """The object's own evidence, computed once (at the engine hook, before call destinations)."""
    cached = _cache.get(file.elf)
    if cached is None:
        cached = _cache[file.elf] = object_evidence(file)
    return cached


# -- batch runs ------------------------------------------------------------------------------------------

class EvidenceStore:
    """The evidence of every object of a batch (see the module documentation)."""

    def __init__(self) -> None:
        self.total: Evidence = {}
        #: object key -> its position in the batch
        self.objects: dict[str, int] = {}
        #: callee -> key of the first object (in batch order) that calls it with evidence
        self.first_object: dict[str, str] = {}

    def add(self, key: str, evidence: Evidence) -> None:
        if key in self.objects:
            return
        self.objects[key] = len(self.objects)
        for name, ev in evidence.items():
            total = self.total.get(name)
            if total is None:
                total = self.total[name] = CalleeEvidence()
                self.first_object[name] = key
            total.add(ev)

    def combined(self, key: str, own: Evidence) -> Evidence:
        """The batch's evidence, with *own* added if the object is not part of the batch."""
        if key in self.objects:
            return self.total
        out: Evidence = {}
        for source in (self.total, own):
            for name, ev in source.items():
                total = out.get(name)
                if total is None:
                    total = out[name] = CalleeEvidence()
                total.add(ev)
        return out


_store: EvidenceStore | None = None


def object_key(path: str) -> str:
    return os.path.normpath(os.path.abspath(path))


def batch_store() -> EvidenceStore | None:
    return _store


def set_batch_store(store: EvidenceStore | None) -> None:
    global _store
    _store = store


def combined_evidence(file: ObjtoolFile) -> tuple[Evidence, bool]:
    """(evidence the verdicts use, whether it comes from a batch of several objects)."""
    own = file_evidence(file)
    store = _store
    if store is None or not store.objects:
        return own, False
    key = object_key(file.elf.path)
    if len(store.objects) == 1 and key in store.objects:
        return own, False
    return store.combined(key, own), True


def reports_here(file: ObjtoolFile, name: str) -> bool:
    """Is this object the one that reports *name* (the first of the batch that calls it)?"""
    store = _store
    if store is None:
        return True
    first = store.first_object.get(name)
    key = object_key(file.elf.path)
    return first is None or first == key or key not in store.objects


class _Collected(Exception):
    """Raised by the pre-pass hook once the evidence is in: the rest of decoding is not needed."""

    def __init__(self, evidence: Evidence) -> None:
        super().__init__()
        self.evidence = evidence


def _collect_hook(file: ObjtoolFile) -> frozenset[str]:
    raise _Collected(object_evidence(file))


def collect_object(path: str, opts: Options) -> Evidence:
    """One object's evidence, as the engine would see it at the hook (nothing is written;
    an object that can't be read or decoded contributes nothing)."""
    from ..arch import for_machine
    from ..elf.constants import EM_X86_64, ET_REL
    from ..elf.file import ElfFile
    from ..engine.decode import link_cold_functions
    from ..engine.hooks import EngineHooks
    from ..engine.objfile import ObjtoolFile
    from ..output.diagnostics import Reporter
    from ..profiles import select

    try:
        with open(path, "rb") as fh:
            elf = ElfFile(fh.read(), path)
        if elf.e_machine != EM_X86_64 or elf.e_type != ET_REL:
            return {}
        hooks = EngineHooks()
        hooks.noreturn_sources.append(_collect_hook)
        profile = select(opts.profile)
        file = ObjtoolFile(elf, opts, Reporter(path), for_machine(elf.e_machine), profile, hooks)
        link_cold_functions(file)
        profile.decode(file)
    except _Collected as done:
        return done.evidence
    except Exception:  # noqa: BLE001 - the run proper reports whatever is wrong with the object
        return {}
    return {}


def _collect_job(job: tuple[str, Options]) -> tuple[str, Evidence]:
    import gc

    gc.disable()
    try:
        return object_key(job[0]), collect_object(job[0], job[1])
    finally:
        gc.enable()
        gc.collect(0)


def prepare_batch(jobs: list[tuple[str, Options]], workers: int = 1) -> EvidenceStore | None:
    """Collect the evidence of every object of a batch whose options enable the noreturn check,
    and make it the process's store (before worker processes are forked)."""
    wanted = [(path, opts) for path, opts in jobs if "noreturn" in opts.extra_checks]
    if len(wanted) < 2:
        set_batch_store(None)
        return None
    store = EvidenceStore()
    if workers > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.map(_collect_job, wanted, chunksize=4)
    else:
        results = [_collect_job(job) for job in wanted]
    for key, evidence in results:  # batch order: deterministic whatever the workers did
        store.add(key, evidence)
    set_batch_store(store)
    return store
