# SPDX-License-Identifier: GPL-2.0-only
"""noreturn: which functions never return, inferred instead of hand-kept.

objtool 6.1 decides that a call never returns from a fixed list of global
names (``global_noreturns[]``) and, for functions of the object, from the
absence of a return instruction.  A name missing from the list makes objtool
follow the call into whatever comes next ("falls through to next function",
"unreachable instruction"); a stale entry hides real bugs.

This check infers instead.  A function of the object is noreturn when no
path from its entry reaches a return: every path ends in a call to a noreturn
function, a trap (``ud2`` not annotated reachable, ``unreachable()``), a loop
without exit, a context switch (far jump, ``sysret``, ``iret``) in a function
without a return instruction, or falls off the function's end right after a
call (the compiler emits nothing after a call it knows never returns).  This is a
fixed point over the object's call graph, so noreturn-ness propagates
through any number of local callers.  For callees outside the object it uses
the compiler's knowledge, ``DW_AT_noreturn`` in the object's DWARF (when
built with debug info), and the user's list (``--noreturn-list FILE``, one
name per line).

It reports where objtool 6.1 and the inference disagree: a function of the
object that one side calls noreturn and the other doesn't, and an external
callee that DWARF or the user's list says never returns and objtool's list
lacks (or the other way round, when DWARF declares it without
``DW_AT_noreturn``).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from ..arch.insn import BUG, CALL, CALL_DYNAMIC, RETURN
from ..elf.constants import STB_GLOBAL, STB_WEAK, STT_FUNC
from ..engine.noreturn import dead_end_function, is_sibling_call
from ..errors import OptionError
from .noreturn_evidence import Evidence, Site, reports_here
from .paths import END_DEAD, END_LEAVES, END_RETURN, END_SIBLING, END_SWITCH, PathWalk
from .x86_object import insn_location, x86_file

if TYPE_CHECKING:
    from ..elf.model import Symbol
    from ..engine.instruction import Instruction
    from ..engine.objfile import ObjtoolFile
    from .context import AnalysisContext

CHECK = "noreturn"
#: the shared-results key: names this check found to be noreturn (local and external)
SHARED_KEY = "noreturn"


def read_noreturn_list(path: str) -> set[str]:
    """The user's noreturn names: one per line, ``#`` starts a comment."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except OSError as exc:
        raise OptionError(f"can't read noreturn list '{path}': {exc.strerror or exc}") from None
    names = set()
    for line in lines:
        name = line.split("#", 1)[0].strip()
        if name:
            names.add(name)
    return names


class ExternalFacts:
    """What the check believes about functions outside the object, and why."""

    __slots__ = ("noreturn", "dwarf", "conflicts", "evidence", "batch")

    def __init__(self) -> None:
        #: name -> where its noreturn-ness comes from (for messages)
        self.noreturn: dict[str, str] = {}
        #: DWARF's name -> noreturn map, None without DWARF
        self.dwarf: dict[str, bool] | None = None
        #: name -> why the evidence contradicts itself (such callees are treated as returning)
        self.conflicts: dict[str, str] = {}
        #: call-site evidence (the batch's in a batch run)
        self.evidence: Evidence = {}
        self.batch = False

    def __iter__(self):  # (noreturn, dwarf), as this function returned before
        return iter((self.noreturn, self.dwarf))


_facts_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def external_facts(file: ObjtoolFile) -> ExternalFacts:
    """Computed once per object: the engine hook (before call destinations) and the check both ask."""
    cached = _facts_cache.get(file.elf)
    if cached is None:
        cached = _facts_cache[file.elf] = _external_facts(file)
    return cached


def _site_text(site: Site, batch: bool) -> str:
    return f"{site.obj}: {site.where}" if batch else site.where


def _external_facts(file: ObjtoolFile) -> ExternalFacts:
    from ..dwarf.noreturn import subprogram_noreturn
    from .noreturn_evidence import combined_evidence

    facts = ExternalFacts()
    dwarf = facts.dwarf = subprogram_noreturn(file.elf)
    evidence, facts.batch = combined_evidence(file)
    facts.evidence = evidence
    batch = facts.batch
    for name, ev in evidence.items():
        if ev.conflict:
            ret = ev.return_site
            facts.conflicts[name] = (
                f"the call at {_site_text(ev.end_site, batch)} is {ev.end_site.what}, but the call at "
                f"{_site_text(ret, batch)} {ret.what}")
    if dwarf:
        for name, noreturn in dwarf.items():
            ev = evidence.get(name)
            if noreturn:
                if ev is not None and ev.returns:
                    ret = ev.return_site
                    facts.conflicts[name] = (f"it is declared with DW_AT_noreturn, but the call at "
                                             f"{_site_text(ret, batch)} {ret.what}")
                else:
                    facts.noreturn[name] = "DW_AT_noreturn"
            elif ev is not None and ev.ends:
                facts.conflicts[name] = (f"the call at {_site_text(ev.end_site, batch)} is {ev.end_site.what}, "
                                         "but its declaration has no DW_AT_noreturn")
    defined = {sym.name for sym in file.elf.symbols if sym.sec.idx and sym.type == STT_FUNC}
    for name, ev in evidence.items():
        # (a function of the object: its body decides, see run())
        if ev.noreturn and name not in facts.conflicts and (dwarf is None or name not in dwarf) \
                and name not in defined:
            facts.noreturn[name] = ev.summary(batch)
    if file.opts.noreturn_list:
        for name in read_noreturn_list(file.opts.noreturn_list):
            facts.noreturn[name] = f"listed in {file.opts.noreturn_list}"
            facts.conflicts.pop(name, None)
    return facts


def engine_noreturns(file: ObjtoolFile) -> frozenset[str]:
    """External names the engine's dead_end_function() treats as noreturn (see the README hook)."""
    return frozenset(external_facts(file).noreturn)


class _ReturnWalk(PathWalk[int]):
    """Does any path of one function reach a return, under the current beliefs?"""

    max_states = 1

    def __init__(self, inference: Inference, func: Symbol) -> None:
        super().__init__(inference.file, func)
        self.inference = inference
        self.witness: Instruction | None = None

    def transfer(self, insn: Instruction, state: int) -> int:
        return state

    def _has_return(self) -> bool:
        return any(insn.type == RETURN for insn in self.file.func_insns(self.func))

    def is_dead_end(self, insn: Instruction) -> bool:
        if insn in self.inference.unreachable:
            return True
        if insn.type == CALL or insn.type == CALL_DYNAMIC:
            return self.inference.callee_noreturn(insn.call_dest)
        return insn.type == BUG and insn.dead_end

    def at_end(self, insn: Instruction, state: int, how: str) -> None:
        if how == END_DEAD:
            return
        if how == END_SWITCH and not self._has_return():
            # a far jump, sysret or iret doesn't come back, unless the function has a
            # return that the other side jumps back to (__efi64_thunk's lretq to 32-bit code)
            return
        if how == END_SIBLING and self.inference.callee_noreturn(insn.call_dest):
            return
        if how == END_LEAVES and insn.func is not None:
            # (from code outside any function, e.g. static_cpu_has()'s test in .altinstr_aux when
            # the alternatives were not read, the walk can't tell where it goes on: it may return)
            after = self.inference.falls_into(insn)
            if after is None or self.inference.callee_noreturn(after):
                return
        if how in (END_RETURN, END_SIBLING, END_LEAVES, END_SWITCH) and (
                self.witness is None or (insn.sec.idx, insn.offset) < (self.witness.sec.idx, self.witness.offset)):
            self.witness = insn


class Inference:
    """The fixed point: start from "every function is noreturn", drop those that can return."""

    def __init__(self, file: ObjtoolFile, external: dict[str, str] | ExternalFacts) -> None:
        if isinstance(external, ExternalFacts):
            external = external.noreturn
        self.file = file
        self.external = external
        self.unreachable = set(file.annotated_dead_ends)
        self.functions = [f for f in _functions(file)]
        self.noreturn: set[Symbol] = set(self.functions)
        self.witness: dict[Symbol, Instruction] = {}

    def callee_noreturn(self, sym: Symbol | None) -> bool:
        if sym is None:
            return False
        if sym.sec.idx == 0:
            return sym.name in self.external
        return sym in self.noreturn

    def falls_into(self, insn: Instruction) -> Symbol | None:
        """The function a path runs into when it falls off its own end (None: it can't)."""
        if insn.type == CALL or insn.type == CALL_DYNAMIC:
            return None  # the compiler ends a function after a call it knows never returns
        nxt = insn.next
        while nxt is not None and nxt.sec is insn.sec and nxt.func is None:
            nxt = nxt.next
        if nxt is None or nxt.sec is not insn.sec or nxt.func is None:
            return None
        return nxt.func.pfunc

    def run(self) -> None:
        changed = True
        while changed:
            changed = False
            for func in sorted(self.noreturn, key=lambda f: (f.sec.idx, f.offset)):
                walk = _ReturnWalk(self, func)
                walk.run(0)
                if walk.witness is not None:
                    self.noreturn.discard(func)
                    self.witness[func] = walk.witness
                    changed = True


def _functions(file: ObjtoolFile):
    """Functions whose noreturn-ness the object decides (not weak: a weak one may be replaced)."""
    for sec in file.elf.sections:
        if not sec.is_exec:
            continue
        for func in sec.symbol_list:
            if (func.type != STT_FUNC or func.pfunc is not func or func.alias is not func or not func.len
                    or func.bind == STB_WEAK):
                continue
            if file.find_insn(sec, func.offset) is not None:
                yield func


def _external_calls(file: ObjtoolFile) -> dict[str, Instruction]:
    """The first call (or tail call) of every external function, by name."""
    first: dict[str, Instruction] = {}
    for insn in file.insns():
        dest = insn.call_dest
        if dest is None or dest.sec.idx != 0 or dest.name in first:
            continue
        if insn.type == CALL or is_sibling_call(insn):
            first[dest.name] = insn
    return first


def objtool_dead_end(file: ObjtoolFile, func: Symbol) -> bool:
    """objtool's own dead_end_function() verdict: without the names this check gave the engine."""
    saved = file.extra_noreturns, file.dead_end_cache
    file.extra_noreturns, file.dead_end_cache = frozenset(), {}
    try:
        return dead_end_function(file, func)
    finally:
        file.extra_noreturns, file.dead_end_cache = saved


def _body_against_call_sites(file: ObjtoolFile, facts: ExternalFacts, inference: Inference, func: Symbol) -> None:
    """A global function of the object whose callers (here or, in a batch, in other objects)
    disagree with its body: wrong evidence, or callers that don't know it never returns."""
    if func.bind != STB_GLOBAL:
        return
    ev = facts.evidence.get(func.name)
    if ev is None:
        return
    where = (lambda site: f"{site.obj}: {site.where}") if facts.batch else (lambda site: site.where)
    if func in inference.noreturn and ev.returns:
        site = ev.return_site
        file.reporter.warn_func(f"noreturn evidence conflicts: {func.name}() never returns (every path ends in a "
                                f"noreturn call, a trap or an endless loop), but the call at {where(site)} "
                                f"{site.what}: its callers don't know", func.sec, func.offset, check=CHECK)
    elif func not in inference.noreturn and ev.ends:
        site = ev.end_site
        witness = inference.witness.get(func)
        at = f" (at {insn_location(file, witness)})" if witness is not None else ""
        file.reporter.warn_func(f"noreturn evidence conflicts: {func.name}() can return{at}, but the call at "
                                f"{where(site)} is {site.what}", func.sec, func.offset, check=CHECK)


def _user_listed(facts: ExternalFacts, name: str) -> tuple[str, ...]:
    source = facts.noreturn.get(name)
    return (name,) if source is not None and source.startswith("listed in ") else ()


def run(ctx: AnalysisContext) -> None:
    file = x86_file(ctx, CHECK)
    if file is None:
        return
    reporter = ctx.reporter
    objtool_name = f"objtool {file.profile.version}"
    facts = external_facts(file)
    external, dwarf = facts.noreturn, facts.dwarf
    inference = Inference(file, facts)
    inference.run()
    ctx.shared[SHARED_KEY] = {f.name for f in inference.noreturn} | set(external)

    for func in inference.functions:
        ours = func in inference.noreturn
        objtool = objtool_dead_end(file, func)
        if ours and not objtool:
            reporter.warn_func(f"noreturn mismatch: {func.name}() never returns (every path ends in a noreturn "
                               f"call, a trap or an endless loop), but {objtool_name} assumes it returns",
                               func.sec, func.offset, check=CHECK)
        elif objtool and not ours:
            witness = inference.witness[func]
            reporter.warn_func(f"noreturn mismatch: {func.name}() can return (at "
                               f"{insn_location(file, witness)}), but {objtool_name} treats it as noreturn",
                               func.sec, func.offset, check=CHECK)
        _body_against_call_sites(file, facts, inference, func)

    none: frozenset[str] = frozenset()
    for name, insn in sorted(_external_calls(file).items(), key=lambda kv: (kv[1].sec.idx, kv[1].offset)):
        listed = file.profile.listed_noreturn(insn.call_dest, none) is True
        source = external.get(name)
        conflict = facts.conflicts.get(name)
        evidence = facts.evidence.get(name)
        # a finding that rests on the batch's call-site evidence is reported once per run, with the
        # batch's first object that calls the function; those that rest on this object's DWARF, here
        uses_evidence = conflict is not None or (
            evidence is not None and (dwarf is None or name not in dwarf) and name not in _user_listed(facts, name))
        if uses_evidence and not reports_here(file, name):
            continue
        if conflict is not None:
            tail = f"; {objtool_name}'s noreturn list has it" if listed else ""
            reporter.warn_func(f"noreturn evidence conflicts: {name}(): {conflict}; pyobjtool treats it as "
                               f"returning{tail}", insn.sec, insn.offset, check=CHECK)
        elif source is not None and not listed:
            reporter.warn_func(f"noreturn mismatch: {name}() never returns ({source}), but {objtool_name}'s "
                               "noreturn list lacks it", insn.sec, insn.offset, check=CHECK)
        elif listed and source is None and dwarf is not None and name in dwarf:
            reporter.warn_func(f"noreturn mismatch: {objtool_name}'s noreturn list has {name}(), but its "
                               "declaration has no DW_AT_noreturn", insn.sec, insn.offset, check=CHECK)
        elif listed and source is None and evidence is not None and evidence.returns:
            site = evidence.return_site
            where = f"{site.obj}: {site.where}" if facts.batch else site.where
            reporter.warn_func(f"noreturn mismatch: {objtool_name}'s noreturn list has {name}(), but the call at "
                               f"{where} {site.what}", insn.sec, insn.offset, check=CHECK)
