# SPDX-License-Identifier: GPL-2.0-only
"""Which instructions are dead under the ``--assume`` assumptions.

An assumption fixes how an alternative or a static branch is patched at run
time.  Inside each function that holds such a site, control flow is followed
from the function's entry twice: once with every site open both ways (what
the object allows) and once with the sites patched as assumed.  Instructions
reached the first time but not the second are dead, and the references they
make are not walked.  Code that is not reached even the first time (reached
through an indirect branch, an exception fixup, ...) stays live, so that a
path we cannot see is never pruned.

Sites outside any function fall back to ranges: an alternative's original
instructions are dead when its feature is assumed on, its replacement when
assumed off.  Replacements are followed wherever they sit: in the
function's section (arm64's subsection 1) or in ``.altinstr_replacement``
(x86, and arm64 before replacements moved into a subsection).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ...elf.constants import STT_FUNC
from .code import ADDRESS, CodeSection
from .special import Alternative, JumpLabel, lookup


@dataclass
class Liveness:
    """Dead instruction offsets per section index."""

    dead: dict[int, set[int]] = field(default_factory=dict)
    #: how many sites the assumptions decided, for --stats-like summaries
    decided: int = 0

    def is_dead(self, sec_idx: int, insn_off: int) -> bool:
        offs = self.dead.get(sec_idx)
        return bool(offs) and insn_off in offs


def compute(code: dict[int, CodeSection], alts: list[Alternative], labels: list[JumpLabel],
            assume: dict[str, bool]) -> Liveness:
    result = Liveness()
    if not assume:
        return result
    alt_state = [lookup(assume, a.names) for a in alts]
    label_state = [lookup(assume, j.names) for j in labels]
    result.decided = sum(s is not None for s in alt_state) + sum(s is not None for s in label_state)
    if not result.decided:
        return result

    # group decided sites by the function that holds them
    per_func: dict[tuple[int, int, int], bool] = {}
    for alt, state in zip(alts, alt_state, strict=True):
        if state is None:
            continue
        func = alt.orig_sec.symbols.func_containing(alt.orig_off)
        if func is None or alt.orig_sec.idx not in code:
            _dead_range(result, code, alt, state)
        else:
            per_func[(alt.orig_sec.idx, func.offset, func.offset + func.len)] = True
    for label, state in zip(labels, label_state, strict=True):
        if state is None:
            continue
        func = label.sec.symbols.func_containing(label.code_off)
        if func is not None and func.type == STT_FUNC and label.sec.idx in code:
            per_func[(label.sec.idx, func.offset, func.offset + func.len)] = True
    if not per_func:
        return result

    alts_by_sec: dict[int, list[tuple[Alternative, bool | None]]] = defaultdict(list)
    for alt, state in zip(alts, alt_state, strict=True):
        alts_by_sec[alt.orig_sec.idx].append((alt, state))
    labels_by_sec: dict[int, dict[int, tuple[JumpLabel, bool | None]]] = defaultdict(dict)
    for label, state in zip(labels, label_state, strict=True):
        labels_by_sec[label.sec.idx][label.code_off] = (label, state)

    for sec_idx, start, end in per_func:
        sec_alts = [(a, s) for a, s in alts_by_sec.get(sec_idx, ()) if start <= a.orig_off < end]
        flow = _FunctionFlow(code, sec_idx, start, end, sec_alts, labels_by_sec.get(sec_idx, {}))
        for dead_sec, off in flow.reach(decided=False) - flow.reach(decided=True):
            result.dead.setdefault(dead_sec, set()).add(off)
    return result


def _dead_range(result: Liveness, code: dict[int, CodeSection], alt: Alternative, state: bool) -> None:
    if state and alt.callback is None or state and alt.patches_to_nops:
        sec, off, length = alt.orig_sec, alt.orig_off, alt.orig_len
    elif not state and alt.repl_sec is not None:
        sec, off, length = alt.repl_sec, alt.repl_off, alt.repl_len
    else:
        return
    cs = code.get(sec.idx)
    if cs is None:
        return
    dead = result.dead.setdefault(sec.idx, set())
    for o in cs.offsets:
        if off <= o < off + length:
            dead.add(o)


class _FunctionFlow:
    """Control flow inside one function, with its alternatives and static branches.

    A position is (section index, offset): an alternative's replacement may sit
    in the function's own section (arm64 since 5.x: subsection 1) or in a
    section of its own (``.altinstr_replacement``: x86, and arm64 before),
    and the code it branches to may be code that only the replacement reaches.
    A branch out of a replacement in another section goes through a
    relocation, so its target is read from the relocation.
    """

    def __init__(self, code: dict[int, CodeSection], sec_idx: int, start: int, end: int,
                 alts: list[tuple[Alternative, bool | None]],
                 labels: dict[int, tuple[JumpLabel, bool | None]]) -> None:
        self.code = code
        self.sec_idx = sec_idx
        self.start = start
        self.end = end
        self.labels = labels
        self.alts_at: dict[int, list[tuple[Alternative, bool | None]]] = defaultdict(list)
        #: last instruction of a replacement -> where execution continues
        self.repl_exit: dict[tuple[int, int], tuple[int, int]] = {}
        #: replacement ranges by section index
        self.repl_ranges: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for alt, state in alts:
            self.alts_at[alt.orig_off].append((alt, state))
            if alt.repl_sec is None or not alt.repl_len:
                continue
            rcs = code.get(alt.repl_sec.idx)
            if rcs is None:
                continue
            last = rcs.containing(alt.repl_off + alt.repl_len - 1)
            if last is not None:
                self.repl_exit[(alt.repl_sec.idx, rcs.offsets[last])] = (sec_idx, alt.orig_off + alt.orig_len)
            self.repl_ranges[alt.repl_sec.idx].append((alt.repl_off, alt.repl_off + alt.repl_len))

    def _inside(self, sec_idx: int, off: int) -> bool:
        if sec_idx == self.sec_idx and self.start <= off < self.end:
            return True
        return any(a <= off < b for a, b in self.repl_ranges.get(sec_idx, ()))

    def reach(self, decided: bool) -> set[tuple[int, int]]:
        """Positions of the instructions reached from the entry (sites patched as assumed if *decided*)."""
        home = self.sec_idx
        live: set[tuple[int, int]] = set()
        seen: set[tuple[int, int]] = set()
        todo = [(home, self.start)]
        while todo:
            pos = todo.pop()
            sec_idx, off = pos
            if pos in seen or not self._inside(sec_idx, off):
                continue
            seen.add(pos)
            skip_self = False
            if sec_idx == home:
                for alt, state in self.alts_at.get(off, ()):
                    state = state if decided else None
                    if alt.callback is not None:
                        if state and alt.patches_to_nops:
                            skip_self = True
                            todo.append((home, off + alt.orig_len))
                        continue
                    if state is not False and alt.repl_sec is not None and alt.repl_len:
                        todo.append((alt.repl_sec.idx, alt.repl_off))
                    if state:
                        skip_self = True
            if skip_self:
                continue
            cs = self.code.get(sec_idx)
            i = cs.index.get(off) if cs is not None else None
            if i is None:
                continue
            live.add(pos)
            nxt = self.repl_exit.get(pos, (sec_idx, off + cs.lengths[i]))
            site = self.labels.get(off) if sec_idx == home else None
            if site is not None:
                label, state = site
                state = state if decided else None
                if state is None:
                    todo.extend((nxt, (home, label.target_off)))
                elif state != label.branch:  # enabled XOR branch: patched to a jump
                    todo.append((home, label.target_off))
                else:
                    todo.append(nxt)
                continue
            target = cs.targets[i]
            if target >= 0:
                todo.append((sec_idx, target))
            if sec_idx != home:
                far = _reloc_branch_target(cs, i)
                if far is not None:
                    todo.append(far)
            if cs.fallthrough[i]:
                todo.append(nxt)
        return live


def _reloc_branch_target(cs: CodeSection, i: int) -> tuple[int, int] | None:
    """Where a branch in a replacement goes through its relocation: (section index, offset), or None."""
    if cs.ref_kind(i) == ADDRESS or cs.sec.reloc is None or cs.sec.reloc.relocs is None:
        return None
    table = cs.sec.reloc.relocs
    start, end = cs.offsets[i], cs.offsets[i] + cs.lengths[i]
    for off, si, addend in zip(table.offsets, table.symidx, table.addends, strict=True):
        if start <= off < end:
            sym = table.symbols[si]
            if not sym.sec.idx or not sym.sec.is_exec:
                return None
            target = sym.offset + addend
            if off != start:
                target += end - off  # x86: the field is PC-relative to the end of the instruction
            return sym.sec.idx, target
    return None
