# SPDX-License-Identifier: GPL-2.0-only
"""Following every path through one function with an analysis state.

objtool's validate_branch() keeps one state per instruction and complains
when two paths disagree; the extra checks instead need to know what *each*
path does (a restore on one path and not on the other is exactly what they
look for).  :class:`PathWalk` therefore visits an instruction once per
distinct state, up to :attr:`PathWalk.max_states` states, and moves along the
same edges objtool does: alternatives and exception fixups first (with the
state before the instruction), then branches, fall-through, and
``UNWIND_HINT_RESTORE`` points, which get the state of their
``UNWIND_HINT_SAVE`` -- VM exits and similar re-entries are reached that way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from ..arch.insn import (
    CALL,
    CALL_DYNAMIC,
    CONTEXT_SWITCH,
    JUMP_CONDITIONAL,
    JUMP_DYNAMIC,
    JUMP_DYNAMIC_CONDITIONAL,
    JUMP_UNCONDITIONAL,
    RETURN,
)
from ..engine.noreturn import is_sibling_call
from ..engine.validate import find_save, next_to_validate

if TYPE_CHECKING:
    from ..elf.model import Symbol
    from ..engine.instruction import Instruction
    from ..engine.objfile import ObjtoolFile

S = TypeVar("S")

#: how a path ends (the reason handed to :meth:`PathWalk.at_end`)
END_RETURN = "return"
END_SIBLING = "sibling call"
END_DYNAMIC = "dynamic jump"
END_DEAD = "dead end"
END_LEAVES = "leaves the function"
END_SWITCH = "context switch"


class PathWalk(Generic[S]):
    """Walk all paths of *func*; subclasses give the state transfer and the checks."""

    #: distinct states per instruction before the walk stops following new ones
    max_states = 32

    def __init__(self, file: ObjtoolFile, func: Symbol) -> None:
        self.file = file
        self.func = func
        self.seen: dict[Instruction, set[S]] = {}
        self.saved: dict[Instruction, S] = {}
        #: True when some state was dropped because of max_states
        self.incomplete = False

    # -- what subclasses provide --
    def transfer(self, insn: Instruction, state: S) -> S:
        """The state after *insn* (on its fall-through and branch edges)."""
        raise NotImplementedError

    def at_insn(self, insn: Instruction, state: S) -> None:
        """Called once per (instruction, state) before the instruction runs."""

    def at_end(self, insn: Instruction, state: S, how: str) -> None:
        """Called where a path ends, with the state after *insn*."""

    def is_dead_end(self, insn: Instruction) -> bool:
        """A call or trap after which the path stops (objtool's view by default)."""
        return insn.dead_end

    # -- the walk --
    def run(self, state: S) -> None:
        first = self.file.find_insn(self.func.sec, self.func.offset)
        if first is None:
            return
        self._walk(first, state)
        # re-entries that only an UNWIND_HINT_RESTORE connects to the rest
        changed = True
        while changed:
            changed = False
            for insn in self.file.func_insns(self.func):
                if insn.restore and insn not in self.seen:
                    save = self._find_save(insn)
                    if save is not None and save in self.saved:
                        self._walk(insn, self.saved[save])
                        changed = True

    def _find_save(self, insn: Instruction) -> Instruction | None:
        return find_save(insn, self.func)

    def _walk(self, start: Instruction, state: S) -> None:
        work: list[tuple[Instruction, S]] = [(start, state)]
        root = self.func
        while work:
            insn, state = work.pop()
            if insn.restore:
                save = self._find_save(insn)
                if save is not None and save in self.saved:
                    state = self.saved[save]
            seen = self.seen.setdefault(insn, set())
            if state in seen:
                continue
            if len(seen) >= self.max_states:
                self.incomplete = True
                continue
            seen.add(state)
            if insn.save:
                self.saved.setdefault(insn, state)
            self.at_insn(insn, state)

            alts = insn.alts
            if alts and not insn.ignore_alts:
                skip_orig = False
                for alt in alts:
                    skip_orig = skip_orig or alt.skip_orig
                    if alt.insn is not None:
                        work.append((alt.insn, state))
                if skip_orig:
                    continue

            after = self.transfer(insn, state)
            kind = insn.type
            if kind == RETURN:
                self.at_end(insn, after, END_RETURN)
                continue
            if kind == JUMP_CONDITIONAL or kind == JUMP_UNCONDITIONAL:
                if is_sibling_call(insn):
                    self.at_end(insn, after, END_SIBLING)
                elif insn.jump_dest is not None:
                    work.append((insn.jump_dest, after))
                if kind == JUMP_UNCONDITIONAL:
                    continue
            elif kind == JUMP_DYNAMIC or kind == JUMP_DYNAMIC_CONDITIONAL:
                if is_sibling_call(insn):
                    self.at_end(insn, after, END_SIBLING)
                if kind == JUMP_DYNAMIC:
                    continue
            elif kind == CONTEXT_SWITCH:
                self.at_end(insn, after, END_SWITCH)
                continue
            if (kind == CALL or kind == CALL_DYNAMIC or insn.dead_end) and self.is_dead_end(insn):
                self.at_end(insn, after, END_DEAD)
                continue
            nxt = next_to_validate(insn)
            if nxt is None or nxt.func is None or nxt.func.pfunc is not root.pfunc:
                # falls off the end of the function (objtool: "falls through to next function")
                self.at_end(insn, after, END_LEAVES)
                continue
            work.append((nxt, after))
