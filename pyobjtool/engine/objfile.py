# SPDX-License-Identifier: GPL-2.0-only
"""State of one check run (objtool's ``struct objtool_file`` and its globals)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .cfi import SharedStates, func_cfi_key, init_cfi_key, shared_states
from .hooks import NO_HOOKS, EngineHooks
from .instruction import chain, clear_walk_cache, func_scan, offset_index
from .stack_ops import StackOps

if TYPE_CHECKING:
    from ..arch.base import Arch
    from ..elf.file import ElfFile
    from ..elf.model import Section, Symbol
    from ..options import Options
    from ..output.diagnostics import Reporter
    from ..profiles.base import Profile
    from .instruction import Instruction


class CheckAborted(Exception):
    """A pass hit one of objtool's fatal conditions: stop checking this object.

    objtool returns -1 from the pass; check() then skips the remaining passes
    and the object is written only if an earlier pass already changed it.
    """


class CheckFailed(Exception):
    """A pass failed in a way that makes objtool's check() itself return -1.

    Unlike :class:`CheckAborted`, objtool 6.1 does not turn this into success:
    only ``validate_unret()`` returns its error straight out of check(), so
    objtool exits 255 and does not write the object.
    """


class CfiStats:
    """objtool's --stats counters for its CFI hash table.

    objtool gives an instruction the previous instruction's state when they
    are equal (``nr_cfi_reused``), else looks the state up in a hash table
    (``nr_cfi_cache`` on a hit, ``nr_cfi`` new allocations on a miss).
    pyobjtool's states are interned anyway; these counters only reproduce
    objtool's numbers.
    """

    def __init__(self) -> None:
        self.hashed: set[int] = set()
        self.allocated = 0
        self.cached = 0
        self.reused = 0

    def lookup(self, cfi) -> None:
        """cfi_hash_find_or_add()."""
        key = id(cfi)
        if key in self.hashed:
            self.cached += 1
        else:
            self.hashed.add(key)
            self.allocated += 1


class PvState:
    __slots__ = ("clean", "targets")

    def __init__(self) -> None:
        self.clean = False
        self.targets: list[Symbol] = []


#: an object with this many instructions gives up the walk's caches at the end (drop_lookups)
GIANT_INSNS = 1 << 20


class ObjtoolFile:
    """Everything the passes share for one object: the ELF file, the options,
    the architecture and objtool release it is checked as, and what the passes
    learn."""

    def __init__(self, elf: ElfFile, opts: Options, reporter: Reporter, arch: Arch, profile: Profile,
                 hooks: EngineHooks = NO_HOOKS) -> None:
        self.elf = elf
        self.opts = opts
        self.reporter = reporter
        self.arch = arch
        self.profile = profile
        self.hooks = hooks
        #: the release's message texts and pass behaviours
        self.msg = profile.messages
        self.rules = profile.rules
        #: print the path to a warning (--backtrace; later releases also -v)
        self.backtrace = opts.backtrace or opts.verbose
        #: find the shortest path to each path-dependent warning (--explain, JSON, SARIF, HTML)
        self.explain = opts.explain or opts.format != "text" or bool(opts.html)
        #: the instruction and record of the latest instruction warning (for --explain)
        self.last_warning: tuple | None = None
        #: a progress line for a big object on a terminal (output/progress.py), usually None
        self.progress = None
        self.first: Instruction | None = None
        #: the code sections a thread is decoding already (arch.prefetch_decode()), or None
        self.decode_prefetch = None
        self._all: list[Instruction] | None = None
        self.last: Instruction | None = None
        self.nr_insns = 0
        #: per-section offset -> instruction lookups (objtool's insn_hash; see instruction.offset_index)
        self.insn_maps: dict[int, Any] = {}
        #: section index -> its first instruction, for the sections whose lookup was dropped
        #: (drop_lookups(); made again from this when asked)
        self._dropped_maps: dict[int, Instruction] = {}
        # states, interned stack-operation tuples and the walk's transitions between states:
        # shared with the objects this process checked before, except with --stats (which
        # counts the states of one object)
        shared = (SharedStates() if opts.stats else
                  shared_states((arch.name, profile.version, opts.stackval, hooks.precise_frame_end)))
        self.decode_ops = shared.ops
        self.decode_ops_cache = shared.ops_cache
        # objtool's call_node lists, in insertion order
        self.call_list: list[Instruction] = []
        self.retpoline_call_list: list[Instruction] = []
        self.return_thunk_list: list[Instruction] = []
        self.static_call_list: list[Instruction] = []
        self.mcount_loc_list: list[Instruction] = []
        #: unused-ENDBR candidates; a dict so that marking one used is O(1)
        self.endbr_list: dict[Instruction, None] = {}
        self.ignore_unreachables = opts.no_unreachable
        self.hints = False
        self.rodata = False
        self.nr_endbr = 0
        self.nr_endbr_int = 0
        self.jl_short = self.jl_long = self.jl_nop_short = self.jl_nop_long = 0
        self.pv_ops: list[PvState] | None = None
        self.pv_target_of: set[int] = set()
        #: (section index, end) of a symbol hole -> (start, found): the unreachable-code check
        #: scanned it from *start* and found the visited instruction at offset *found* (None:
        #: none); a scan from a later instruction before that one finds the same (passes.py)
        self.hole_scans: dict[tuple[int, int], tuple[int, int | None]] = {}
        self.cfis = shared.cfis
        #: (state, id of the stack-op tuple, has a function, next has a hint) -> the state after
        #: the operations, or objtool's message if it can't follow them (validate.py)
        self.cfi_transitions = shared.transitions
        self.clean_returns = shared.clean_returns
        self.cfi_matches = shared.matches
        self.clean_siblings = shared.clean_siblings
        hints = profile.hints
        #: the state before anything is known, and at a function's first instruction
        self.init_cfi = self.cfis.intern(init_cfi_key(arch.regs.num_regs, hints.init_type))
        self.func_cfi = self.cfis.intern(func_cfi_key(arch.regs, hints.call))
        #: the state of an UNWIND_HINT_UNDEFINED region: stack operations change nothing
        self.force_undefined_cfi = self.cfis.intern(init_cfi_key(arch.regs.num_regs, hints.init_type, True))
        self.stack_ops = StackOps(arch.regs, profile.hints.regs_types, opts.stackval, hooks.precise_frame_end,
                                  profile.rules)
        #: memo for dead_end_function() while the facts it reads cannot change
        self.dead_end_cache: dict[int, bool] | None = None
        #: more global noreturn names from the analyses' hooks (set when destinations are added)
        self.extra_noreturns: frozenset[str] = frozenset()
        #: instructions an ``unreachable()`` annotation marks as dead ends (analyses read them)
        self.annotated_dead_ends: list[Instruction] = []
        # --stats: objtool's CFI hash-table counters (see CfiStats)
        self.cfi_stats: CfiStats | None = CfiStats() if opts.stats else None
        #: made-up NOPs padding short alternatives (some are not in the list)
        self.fake_nops: list[Instruction] = []
        self.stats_lines: list[str] = []

    # -- lookups --
    def find_insn(self, sec: Section, offset: int) -> Instruction | None:
        insns = self.insn_maps.get(sec.idx)
        if insns is None:
            first = self._dropped_maps.pop(sec.idx, None)
            if first is None:
                return None
            insns = self.insn_maps[sec.idx] = offset_index(self._section_chain(first))
        return insns.get(offset)

    def section_lookups(self) -> dict:
        """Section -> its lookup by offset (see instruction.offset_index), for the C loops that
        look up instructions in any section."""
        sections = self.elf.sections
        return {sections[idx]: index for idx, index in self.insn_maps.items()}

    def first_insn(self, sec: Section) -> Instruction | None:
        """The instruction at offset 0 of *sec* (without making a dropped lookup again)."""
        first = self._dropped_maps.get(sec.idx)
        return first if first is not None else self.find_insn(sec, 0)

    @staticmethod
    def _section_chain(first: Instruction) -> list[Instruction]:
        sec = first.sec
        out = []
        insn = first
        while insn is not None and insn.sec is sec:
            out.append(insn)
            insn = insn.next
        return out

    def drop_lookups(self) -> None:
        """Let go of the per-section lookups of instructions by offset (8 bytes an instruction)
        and of symbols by offset (17 MB for the linked corpus) for the end of the run, where
        the unwind tables and the output are made: the run's memory peak, and they walk the
        instructions in order.  A lookup asked for later is made again."""
        count = 0
        for idx in list(self.insn_maps):
            count += len(self.insn_maps[idx])
            first = self.insn_maps[idx].get(0)
            if first is not None:
                self._dropped_maps[idx] = first
                del self.insn_maps[idx]
        for sec in self.elf.sections:
            sec.invalidate_symbol_index()
        if count >= GIANT_INSNS:
            # the walk's transitions (100 to 150 bytes each: 16 MB for the linked corpus) are
            # shared with the objects a batch checks next, which rarely follow a giant one
            self.cfi_transitions.clear()
            clear_walk_cache()

    def insns(self) -> list[Instruction]:
        """All instructions in objtool's list order (for_each_insn).

        A list rather than a walk of the links: several passes go over every
        instruction, and iterating a list is several times cheaper.
        """
        cached = self._all
        if cached is None:
            cached = self._all = chain(self.first)
        return cached

    def drop_insn_list(self) -> None:
        """Let go of :meth:`insns`'s list (8 bytes an instruction, 40 MB for a vmlinux.o) once
        the passes that go over every instruction are done: the unwind tables and the output
        are made later, at the run's peak.  It is made again if asked for."""
        self._all = None

    def sec_insns(self, sec: Section) -> Iterator[Instruction]:
        """Instructions of one section from its offset 0 (sec_for_each_insn)."""
        insn = self.first_insn(sec)
        while insn is not None and insn.sec is sec:
            yield insn
            insn = insn.next

    @staticmethod
    def prev_same_sec(insn: Instruction) -> Instruction | None:
        prev = insn.prev
        if prev is None or prev.sec is not insn.sec:
            return None
        return prev

    @staticmethod
    def next_same_sec(insn: Instruction) -> Instruction | None:
        nxt = insn.next
        if nxt is None or nxt.sec is not insn.sec:
            return None
        return nxt

    def next_same_func(self, insn: Instruction) -> Instruction | None:
        func = insn.func
        if func is None:
            return None
        nxt = insn.next
        if nxt is not None and nxt.func is func:
            return nxt
        # move on to the .cold child, unless already in it
        if func is func.cfunc:
            return None
        return self.find_insn(func.cfunc.sec, func.cfunc.offset)

    def func_insns(self, func: Symbol) -> Iterator[Instruction]:
        """func_for_each_insn: the function and then its .cold child."""
        insn = self.find_insn(func.sec, func.offset)
        while insn is not None:
            yield insn
            insn = self.next_same_func(insn)

    def func_insns_of_kind(self, func: Symbol, kind: int, mark_forward_jumps: bool = False) -> Iterator[Instruction]:
        """The instructions of one kind among func_insns(func), in order (the loop in C when
        built).  With *mark_forward_jumps*, every forward jump before the one yielded has
        become its destination's first_jump_src if that had none (see jump_tables.py)."""
        insn = self.find_insn(func.sec, func.offset)
        while insn is not None:
            found, last = func_scan(insn, kind, mark_forward_jumps)
            if found is not None:
                yield found
            insn = self.next_same_func(last)

    @staticmethod
    def prev_same_sym(insn: Instruction) -> Instruction | None:
        prev = insn.prev
        if prev is not None and prev.func is insn.func:
            return prev
        return None

    def insert_after(self, anchor: Instruction, insn: Instruction) -> None:
        """Link a made-up instruction into the list right after *anchor*."""
        self._all = None
        insn.prev = anchor
        insn.next = anchor.next
        if anchor.next is not None:
            anchor.next.prev = insn
        else:
            self.last = insn
        anchor.next = insn

    def warn_insn(self, insn: Instruction, message: str, sec: Section | None = None) -> bool:
        """A warning about one instruction (objtool's WARN_INSN, WARN_FUNC before 6.2).

        Where the release prints only the first warning per symbol, later ones
        are dropped (the caller still fails as if printed).  *sec* is the
        section 6.1 names for warnings inside validate_branch() (the one the
        path started in).  Returns True if the line was printed.
        """
        if self.rules.warn_once_per_symbol:
            sym = insn.sym
            if sym is not None:
                if sym.warned:
                    return False
                sym.warned = True
            self.reporter.warn_func(message, insn.sec, insn.offset)
        else:
            self.reporter.warn_func(message, sec or insn.sec, insn.offset)
        self.last_warning = (insn, self.reporter.records[-1])
        return True

    def release(self) -> None:
        """Break the reference cycles among the instructions (C records are invisible to the GC);
        the file is unusable afterwards."""
        from .instruction import release

        if self._all is not None:
            release(self._all)
        elif self._dropped_maps:
            release(chain(self.first))
        else:  # (the section lists hold them all: no need to make the whole list again)
            for index in self.insn_maps.values():
                release(getattr(index, "insns", ()))
        release(self.fake_nops)
        self._all = None
        self.first = self.last = None
        self.insn_maps.clear()
        self._dropped_maps.clear()
        self.elf.release()

    def stat(self, line: str) -> None:
        """A line that objtool prints on stdout with --stats."""
        self.stats_lines.append(line)
