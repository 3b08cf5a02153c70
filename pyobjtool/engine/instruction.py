# SPDX-License-Identifier: GPL-2.0-only
"""The checker's view of an instruction, alternatives and alternative groups.

With the C accelerators built, :class:`Instruction` is a subclass of the
packed C record in ``_insn.c`` (96 bytes instead of 304); otherwise it is
the pure-Python class below.  Both have the same attributes and methods.

An :class:`Instruction` starts as the decoder's record (section, offset,
length, kind, immediate, stack operations) and collects what the passes learn
about it: its function, branch destination, call destination, alternatives,
call-frame state, and objtool's per-instruction flags.  Flags that most
instructions never set are class attributes, so creating the ~10^6
instructions of a large object costs only the decoder fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arch.insn import BUG as _BUG
from ..arch.insn import CALL as _CALL
from ..arch.insn import CALL_DYNAMIC as _CALL_DYNAMIC
from ..arch.insn import ENDBR as _ENDBR
from ..arch.insn import JUMP_CONDITIONAL as _JUMP_CONDITIONAL
from ..arch.insn import JUMP_UNCONDITIONAL as _JUMP_UNCONDITIONAL
from ..arch.insn import NOP as _NOP
from ..arch.insn import OTHER as _OTHER
from ..arch.insn import RETURN as _RETURN
from ..arch.insn import TRAP as _TRAP
from ..native import load as _load_native

if TYPE_CHECKING:
    from ..elf.model import Section
    from ..elf.relocs import Reloc

_native = _load_native("pyobjtool.engine._insn")
_UNSET = _native.UNSET if _native is not None else object()



class PyInstruction:
    """One decoded instruction (objtool's ``struct instruction``), in pure Python.

    ``__slots__`` because a kernel image has millions of them: an instance
    dictionary would triple the memory per instruction, and slot reads are
    faster on the checker's hot paths.  ``_insn.c`` has the same fields and
    methods in a packed C record.
    """

    __slots__ = (
        "sec", "offset", "len", "type", "immediate", "stack_ops",
        # neighbours in objtool's instruction list (all sections, in order)
        "next", "prev",
        # facts the passes fill in
        "func", "call_dest", "jump_dest", "first_jump_src", "jump_table", "alts", "alt_group", "cfi",
        "visited", "instr", "dead_end", "ignore", "ignore_alts", "hint", "save", "restore",
        "retpoline_safe", "noendbr", "entry", "unret",
        # the symbol the instruction lies in: its function, or (6.12) a sized STT_NOTYPE symbol
        "sym",
        # which objtool call_node list holds it ("static_call", "retpoline", ...), if any
        "call_list", "_reloc",
        # a NOP that pyobjtool made up to pad a short alternative (not in the section)
        "fake",
    )

    def __init__(self, sec: Section, offset: int, length: int, kind: int, immediate: int, ops: tuple) -> None:
        self.sec = sec
        self.offset = offset
        self.len = length
        self.type = kind
        self.immediate = immediate
        self.stack_ops = ops
        self.next = self.prev = None
        self.func = self.call_dest = self.jump_dest = self.first_jump_src = self.jump_table = None
        self.alts = self.alt_group = self.cfi = self.call_list = None
        self.visited = self.instr = 0
        # GCC emits ud2 for some divide-by-zero paths: a dead end unless annotated
        self.dead_end = kind == _BUG
        self.ignore = self.ignore_alts = self.hint = self.save = self.restore = False
        self.retpoline_safe = self.noendbr = self.entry = self.unret = self.fake = False
        self.sym = None
        self._reloc = _UNSET

    def reloc(self) -> Reloc | None:
        """The first relocation inside the instruction's bytes (objtool's insn_reloc())."""
        rel = self._reloc
        if rel is _UNSET:
            rsec = self.sec.reloc
            rel = rsec.relocs.find_in_range(self.offset, self.len) if rsec is not None else None
            self._reloc = rel
        return rel

    def reloc_index(self) -> int:
        """The index in its table of the relocation :meth:`reloc` gives, or -1 (the C record
        finds it without making the Reloc object)."""
        rel = self.reloc()
        return -1 if rel is None else rel.idx

    def known_reloc(self) -> Reloc | None:
        """The relocation if an earlier pass already looked it up, else None (insn_reloc(NULL, insn))."""
        rel = self._reloc
        return None if rel is _UNSET else rel

    def __repr__(self) -> str:
        return f"<insn {self.sec.name}+{self.offset:#x} len {self.len} type {self.type}>"


if _native is not None:
    _native.set_bug_kind(_BUG)
    # the kinds validate.py's walk has no branch for (BUG is a dead end, which stops it anyway),
    # and the calls, which need nothing on a path without noinstr/uaccess/DF and without --stackval
    _native.set_plain_kinds((_OTHER, _NOP, _ENDBR, _TRAP, _BUG), (_CALL, _CALL_DYNAMIC))
    _native.set_jump_kinds(_JUMP_CONDITIONAL, _JUMP_UNCONDITIONAL, _RETURN)
    #: walk_plain(insn, func, cfi, visited_bit, noinstr, transitions, calls_plain[, pending, rest, sec
    #: [, step, step_config, intern[, returns[, matches, siblings]]]]) ->
    #: (insn, cfi): the path walk over instructions that need no decision, and direct jumps (see _insn.c)
    walk_plain = _native.walk_plain
    #: walk_functions(symbols, start, lookup, func_kind, uaccess, walk_args): validate_section()'s
    #: loop over the functions whose walk ends in walk_plain()'s first call (see _insn.c)
    walk_functions = _native.walk_functions
    #: clear_walk_cache(): empty walk_plain()'s table of transitions (see _insn.c)
    clear_walk_cache = _native.walk_cache_clear
    #: orc_scan(insn, sec, null, prev, entries, offsets): the unwind-table loop over plain instructions
    orc_scan = _native.orc_scan
    #: assign_owners(index, symbols, size, notype_owns, func_kind, notype_kind, endbr_kind): decode.py's
    #: loops giving instructions their symbol and function, in C (see _insn.c)
    assign_owners = _native.assign_owners

    Instruction = _native.Insn  # the same attributes and methods, packed (see _insn.c)

    #: build(cls, sec, prev, *DecodedColumns, ops): a section's instructions from a C decoder's columns
    native_build = _native.build

    #: offset_index(insns) -> lookup by offset (``get``, ``in``, ``insns``) in a section's
    #: offset-ordered instructions: a table per 64 bytes of code in front of a binary search
    #: (a dict per section cost 45 bytes an instruction; see OffsetIndex in _insn.c)
    offset_index = OffsetIndex = _native.OffsetIndex

    def release(insns) -> None:
        """Drop the references the instructions hold (their cycles are invisible to the GC)."""
        _native.release(insns)

    def mark_no_reloc(insns: list, sorted_offsets) -> None:
        """Record "no relocation" on a section's instructions that have none in their bytes
        (what reloc() would find; see _insn.c)."""
        _native.mark_no_reloc(insns, sorted_offsets)

    def select(insns: list, kinds, with_reloc: bool = False, unvisited: bool = False,
               flag: str | None = None) -> list:
        """The instructions (in order) of one of *kinds* (None: any); with *with_reloc* only those
        that may have a relocation, with *unvisited* only those no walk reached, with *flag*
        only those with that flag (``unret``, ``entry``, ...) set."""
        return _native.select(insns, kinds, with_reloc, unvisited, flag)

    #: local_jumps(insns, kinds, lists, endbr_kind) -> the jumps add_jump_destinations() must still
    #: look at (it resolved the others: see _insn.c)
    local_jumps = _native.local_jumps
    #: call_scan(calls, verdicts, verdict, other, section_info, call_list): add_call_destinations()'s
    #: calls to plain callees, the rest through other(insn), in order (see _insn.c)
    call_scan = _native.call_scan
    #: ibt_code_refs(insns, lists, pc_relative) -> [(insn, dest)] or None: validate_ibt()'s code
    #: relocations that point at an instruction (see _insn.c)
    ibt_code_refs = _native.ibt_code_refs
    #: ibt_data_refs(sec, lists) -> [entry index] or None: the same for a data section's table
    ibt_data_refs = _native.ibt_data_refs

    #: chain(first) -> [first and every instruction after it by the next links]
    chain = _native.chain
    #: pad_start(insn, size, nop_kind) -> where a function's padding starts, or None (see _insn.c)
    pad_start = _native.pad_start
    #: fill_cfi(start, stop, cfi): the state of the instructions from start up to stop
    fill_cfi = _native.fill_cfi

    #: func_scan(insn, kind, mark_forward) -> (first of *kind* or None, last scanned): see _insn.c
    func_scan = _native.func_scan
    #: next_hint(insn, sec) -> the first instruction with an unwind hint from *insn* on, or None
    next_hint = _native.next_hint
else:
    Instruction = PyInstruction  # type: ignore[misc]
    native_build = None
    call_scan = None
    walk_plain = None
    walk_functions = None
    OffsetIndex = dict  # (what offset_index() makes here)
    orc_scan = None

    def clear_walk_cache() -> None:  # type: ignore[misc]
        """Nothing to empty: the pure-Python walk has only the dict."""
    assign_owners = None

    def offset_index(insns: list) -> dict:  # type: ignore[misc]
        """Lookup by offset in a section's instructions."""
        return {insn.offset: insn for insn in insns}

    def release(insns) -> None:  # type: ignore[misc]
        """Nothing to do: the garbage collector sees the pure-Python instructions' cycles."""

    def mark_no_reloc(insns: list, sorted_offsets) -> None:  # type: ignore[misc]
        """Nothing: reloc() looks each one up when asked."""

    def select(insns: list, kinds, with_reloc: bool = False, unvisited: bool = False,  # type: ignore[misc]
               flag: str | None = None) -> list:
        """The instructions (in order) of one of *kinds* (None: any); with *with_reloc* only those
        that may have a relocation, with *unvisited* only those no walk reached, with *flag*
        only those with that flag (``unret``, ``entry``, ...) set."""
        wanted = None if kinds is None else frozenset(kinds)
        return [i for i in insns if (wanted is None or i.type in wanted)
                and not (with_reloc and i._reloc is None) and not (unvisited and i.visited)
                and (flag is None or getattr(i, flag))]

    local_jumps = None  # add_jump_destinations() looks at every jump itself
    ibt_code_refs = ibt_data_refs = None  # validate_ibt() reads the relocations itself

    def pad_start(insn, size: int, nop_kind: int):  # type: ignore[misc]
        """Going back from *insn* over NOPs of its section, the one *size* bytes before it, or None."""
        prev = insn.prev
        while prev is not None and prev.sec is insn.sec and prev.type == nop_kind:
            distance = insn.offset - prev.offset
            if distance > size:
                return None  # a NOP straddles the start of the padding
            if distance == size:
                return prev
            prev = prev.prev
        return None

    def fill_cfi(start, stop, cfi) -> None:  # type: ignore[misc]
        """The state of the instructions from *start* up to *stop* (excluded)."""
        insn = start
        while insn is not stop and insn is not None:
            insn.cfi = cfi
            insn = insn.next

    def chain(first) -> list:  # type: ignore[misc]
        """*first* and every instruction after it by the next links."""
        out = []
        insn = first
        while insn is not None:
            out.append(insn)
            insn = insn.next
        return out

    def next_hint(insn, sec):  # type: ignore[misc]
        """The first instruction with an unwind hint from *insn* on (by the next links; only
        in *sec* unless it is None), or None."""
        while insn is not None and (sec is None or insn.sec is sec):
            if insn.hint:
                return insn
            insn = insn.next
        return None

    def func_scan(insn, kind: int, mark_forward: bool) -> tuple:  # type: ignore[misc]
        """*insn* and its successors of the same function, up to the first of *kind*:
        (that one or None, the last one scanned); with *mark_forward*, each forward jump on
        the way becomes its destination's first_jump_src if it has none (jump_tables.py)."""
        func = insn.func
        while True:
            dest = insn.jump_dest
            if mark_forward and dest is not None and dest.offset > insn.offset and dest.first_jump_src is None:
                dest.first_jump_src = insn
            if insn.type == kind:
                return insn, insn
            nxt = insn.next
            if func is None or nxt is None or nxt.func is not func:
                return None, insn
            insn = nxt


class Alternative:
    """One extra path from an instruction: a patched-in alternative, a jump
    label target, an exception handler or a jump-table case."""

    __slots__ = ("insn", "skip_orig")

    def __init__(self, insn: Instruction | None, skip_orig: bool = False) -> None:
        self.insn = insn
        self.skip_orig = skip_orig


class AltGroup:
    """The instructions of one side of an alternative (original or replacement).

    The CFI array is indexed by byte offset from the group start and shared
    between the original group and all its replacements, so that diverging
    stack layouts are caught and a single ORC table covers every variant.
    """

    __slots__ = ("orig_group", "first_insn", "last_insn", "cfi")

    def __init__(self, orig_group: AltGroup | None, first_insn: Instruction | None,
                 last_insn: Instruction | None, cfi: list) -> None:
        self.orig_group = orig_group
        self.first_insn = first_insn
        self.last_insn = last_insn
        self.cfi = cfi
