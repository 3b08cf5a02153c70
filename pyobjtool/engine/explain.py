# SPDX-License-Identifier: GPL-2.0-only
"""The path to a warning: the shortest way from where a walk starts to the
instruction a path-dependent warning is about.

objtool's ``--backtrace`` lists the branches of the path that happened to
find the problem first; this finds the *shortest* path through the
function's control flow (following the same edges as the walk: fall
through, branches, alternatives, switch-table cases) and keeps the steps a
reader needs: where it starts, each branch taken or not taken, each
instruction that changes the stack state, and the offending instruction.
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
from .noreturn import is_sibling_call
from .trace import describe_cfi
from .validate import next_to_validate

if TYPE_CHECKING:
    from .instruction import Instruction
    from .objfile import ObjtoolFile


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


def explain(file: ObjtoolFile, start: Instruction, target: Instruction) -> list[dict]:
    """The steps worth reading on the shortest path (see the module docstring)."""
    from ..output.disasm import disassembler_for

    path = shortest_path(start, target)
    if not path:
        return []
    disasm = disassembler_for(file.elf)
    names = file.arch.regs.names
    steps = []
    for i, (insn, _how) in enumerate(path):
        last = i + 1 == len(path)
        # the event that leads on from this instruction is recorded on the next one
        event = "warning" if last else path[i + 1][1]
        after = insn.cfi if last else path[i + 1][0].cfi
        changes = bool(insn.stack_ops) and after is not insn.cfi
        if i == 0 or last or event or changes:
            text = "nop" if insn.fake or disasm is None else disasm.text(insn.sec, insn.offset, insn.len)
            steps.append({
                "section": insn.sec.name, "offset": insn.offset,
                "location": file.reporter.offstr(insn.sec, insn.offset),
                "instruction": text, "event": event,
                # the state after the instruction (at the warning: the state it found)
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
