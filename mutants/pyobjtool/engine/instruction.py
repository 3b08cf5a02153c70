# SPDX-License-Identifier: GPL-2.0-only
"""The checker's view of an instruction, alternatives and alternative groups.

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

if TYPE_CHECKING:
    from ..elf.model import Section
    from ..elf.relocs import Reloc

_UNSET = object()



class Instruction:
    """One decoded instruction (objtool's ``struct instruction``).

    ``__slots__`` because a kernel image has millions of them: an instance
    dictionary would triple the memory per instruction, and slot reads are
    faster on the checker's hot paths.
    """

    __slots__ = (
        "sec", "offset", "len", "type", "immediate", "stack_ops",
        # neighbours in objtool's instruction list (all sections, in order)
        "next", "prev",
        # facts the passes fill in
        "func", "call_dest", "jump_dest", "first_jump_src", "jump_table", "alts", "alt_group", "cfi",
        "visited", "instr", "dead_end", "ignore", "ignore_alts", "hint", "save", "restore",
        "retpoline_safe", "noendbr", "entry",
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
        self.retpoline_safe = self.noendbr = self.entry = self.fake = False
        self._reloc = _UNSET

    def reloc(self) -> Reloc | None:
        """The first relocation inside the instruction's bytes (objtool's insn_reloc())."""
        rel = self._reloc
        if rel is _UNSET:
            rsec = self.sec.reloc
            rel = rsec.relocs.find_in_range(self.offset, self.len) if rsec is not None else None
            self._reloc = rel
        return rel

    def known_reloc(self) -> Reloc | None:
        """The relocation if an earlier pass already looked it up, else None (insn_reloc(NULL, insn))."""
        rel = self._reloc
        return None if rel is _UNSET else rel

    def __repr__(self) -> str:
        return f"<insn {self.sec.name}+{self.offset:#x} len {self.len} type {self.type}>"


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
