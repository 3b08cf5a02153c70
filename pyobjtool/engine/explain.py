# SPDX-License-Identifier: GPL-2.0-only
"""The path to a warning: the shortest way from where a walk starts to the
instruction a path-dependent warning is about, in the state that warns.

objtool's ``--backtrace`` lists the branches of the path that happened to
find the problem first; this finds the *shortest* path through the
function's control flow (following the same edges as the walk: fall
through, branches, alternatives, switch-table cases) that arrives with the
stack state the warning is about.  The search runs over (instruction,
state) pairs, applying each instruction's stack operations as the walk
does, so for ``stack state mismatch`` it is a path that brings the *other*
state (the one that disagrees with what the instruction saw first), not
merely the shortest way there.  If no such path is found (a state the
search does not model), it falls back to the shortest path regardless of
the state.  The steps a reader needs are kept: where it starts, each branch
taken or not taken, each instruction that changes the stack state, and the
offending instruction, each with the state on *this* path.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from ..arch.insn import (
    CALL,
    CALL_DYNAMIC,
    JUMP_CONDITIONAL,
    JUMP_DYNAMIC,
    JUMP_UNCONDITIONAL,
    RETURN,
)
from .cfi import CFIWork
from .noreturn import is_sibling_call
from .stack_ops import StackOpError
from .trace import describe_cfi
from .validate import next_to_validate

if TYPE_CHECKING:
    from .cfi import CFI
    from .instruction import Instruction
    from .objfile import ObjtoolFile

#: one step of a path: the instruction, how the path got there, the state before it (None: not modelled)
Step = tuple["Instruction", str, "CFI | None"]


def successors(insn: Instruction) -> list[tuple[Instruction, str]]:
    """Where the walk can go after *insn*, with how it gets there."""
    out: list[tuple[Instruction, str]] = []
    fall = True
    if insn.alts and not insn.ignore_alts:
        for alt in insn.alts:
            if alt.insn is not None:
                out.append((alt.insn, "alternative"))
            if alt.skip_orig:
                fall = False
    kind = insn.type
    if kind == RETURN:
        fall = False
    elif kind == JUMP_UNCONDITIONAL or kind == JUMP_CONDITIONAL:
        if not is_sibling_call(insn) and insn.jump_dest is not None:
            out.append((insn.jump_dest, "branch taken"))
        if kind == JUMP_UNCONDITIONAL:
            fall = False
    elif kind == JUMP_DYNAMIC or (kind == CALL or kind == CALL_DYNAMIC) and insn.dead_end:
        fall = False
    if insn.dead_end:
        fall = False
    if fall:
        nxt = next_to_validate(insn)
        if nxt is not None:
            out.append((nxt, "branch not taken" if kind == JUMP_CONDITIONAL else ""))
    return out


def shortest_path(start: Instruction, target: Instruction, limit: int = 200_000) -> list[tuple[Instruction, str]]:
    """[(instruction, how it was reached)] from *start* to *target*; [] if there is none."""
    if start is target:
        return [(start, "")]
    came: dict[int, tuple[Instruction, Instruction, str]] = {id(start): (start, start, "")}
    queue = deque([start])
    while queue and len(came) < limit:
        insn = queue.popleft()
        for nxt, how in successors(insn):
            if id(nxt) in came:
                continue
            came[id(nxt)] = (nxt, insn, how)
            if nxt is target:
                path = []
                node = nxt
                while node is not start:
                    _, prev, how = came[id(node)]
                    path.append((node, how))
                    node = prev
                path.append((start, ""))
                path.reverse()
                return path
            queue.append(nxt)
    return []


def _state_after(file: ObjtoolFile, insn: Instruction, cfi: CFI) -> CFI | None:
    """The state after *insn* on a path that reaches it in *cfi* (as the walk computes it),
    or None where the walk would stop with a warning."""
    if insn.hint:
        cfi = insn.cfi  # a hint sets the state (the walk reads it from the instruction)
        if cfi is None:
            return None
    ops = insn.stack_ops
    if not ops:
        return cfi
    work = CFIWork(cfi)
    nxt = next_to_validate(insn)
    try:
        for op in ops:
            file.stack_ops.update(insn, nxt, work, op)
    except StackOpError:
        return None
    return file.cfis.freeze(work)


def stateful_path(file: ObjtoolFile, start: Instruction, target: Instruction, accept,
                  limit: int = 200_000) -> list[Step]:
    """The shortest path from *start* (in its recorded state) that reaches *target* in a state
    *accept*(state) likes; [] if none is found within *limit* (instruction, state) pairs."""
    first = start.cfi
    if first is None:
        return []
    node0 = (id(start), id(first))
    came: dict[tuple[int, int], tuple] = {node0: (start, first, None, "")}
    queue = deque([(start, first)])
    while queue and len(came) < limit:
        insn, cfi = queue.popleft()
        if insn is target and accept(cfi):
            path: list[Step] = []
            key = (id(insn), id(cfi))
            while key is not None:
                node, state, prev_key, how = came[key]
                path.append((node, how, state))
                key = prev_key
            path.reverse()
            return path
        after = _state_after(file, insn, cfi)
        if after is None:
            continue
        for nxt, how in successors(insn):
            key = (id(nxt), id(after))
            if key not in came:
                came[key] = (nxt, after, (id(insn), id(cfi)), how)
                queue.append((nxt, after))
    return []


def warning_path(file: ObjtoolFile, start: Instruction, target: Instruction, message: str) -> list[Step]:
    """Every step of the shortest path from *start* to the warning *message* about *target*
    that arrives in the state the warning is about (see the module docstring)."""
    seen = target.cfi
    if message.startswith("stack state mismatch"):
        def accept(cfi) -> bool:
            return cfi is not seen  # the other state: states are interned
    else:
        def accept(cfi) -> bool:
            return cfi is seen
    path = stateful_path(file, start, target, accept)
    if not path:
        path = [(insn, how, None) for insn, how in shortest_path(start, target)]
    return path


def explain(file: ObjtoolFile, start: Instruction, target: Instruction, message: str = "") -> list[dict]:
    """The steps worth reading on warning_path()."""
    from ..output.disasm import disassembler_for

    path = warning_path(file, start, target, message)
    if not path:
        return []
    disasm = disassembler_for(file.elf)
    names = file.arch.regs.names
    steps = []
    for i, (insn, _how, state) in enumerate(path):
        last = i + 1 == len(path)
        # the event that leads on from this instruction is recorded on the next one
        event = "warning" if last else path[i + 1][1]
        if state is None:  # not modelled: the states the walk recorded
            after = insn.cfi if last else path[i + 1][0].cfi
            changes = bool(insn.stack_ops) and after is not insn.cfi
        else:
            after = state if last else path[i + 1][2]
            changes = after is not state
        if i == 0 or last or event or changes:
            text = "nop" if insn.fake or disasm is None else disasm.text(insn.sec, insn.offset, insn.len)
            steps.append({
                "section": insn.sec.name, "offset": insn.offset,
                "location": file.reporter.offstr(insn.sec, insn.offset),
                "instruction": text, "event": event,
                # the state after the instruction (at the warning: the state the path brings)
                "state": describe_cfi(after, names),
            })
    return steps


def render(steps: list[dict]) -> list[str]:
    """The steps as indented text lines."""
    if not steps:
        return []
    lines = [f"  shortest path from {steps[0]['location']} to {steps[-1]['location']}:"]
    for step in steps:
        what = f"{step['instruction']:<36} {step['state']}"
        if step["event"]:
            what += f"   [{step['event']}]"
        lines.append(f"    {step['location']:<22} {what}")
    return lines
