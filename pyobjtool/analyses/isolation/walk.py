# SPDX-License-Identifier: GPL-2.0-only
"""Walking the reference graph under one rule and collecting findings.

The walk is a breadth-first search that starts from the global functions of
the rule's source sections, then from the source functions nobody reached,
then from the data in the source sections.  It follows calls and jumps into
functions of the same object: within the sources (so that a finding carries
the chain from an entry point), and, when the rule says ``follow``, into the
functions outside the sources that a finding reached (an out-of-line helper
in .text runs in the isolated context too, so what it references counts).

Each (referencing symbol, target) pair is reported once, with the shortest
chain found.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from dataclasses import dataclass

from ...arch import insn as K
from ...elf.constants import STB_LOCAL, STT_FUNC
from ...elf.file import ElfFile
from ...elf.model import Section
from .code import CALL, JUMP, CodeSection
from .refs import Node, Ref, RefGraph
from .rules import Rule, matches

OUTSIDE = "outside"
FORBIDDEN = "forbidden"
UNDEFINED = "undefined"


@dataclass
class Finding:
    rule: Rule
    ref: Ref
    #: the references from an entry point to this one (the last is ``ref``)
    chain: list[Ref]
    reason: str


def evaluate(rule: Rule, ref: Ref) -> str | None:
    """Why *ref* breaks *rule* (OUTSIDE, FORBIDDEN, UNDEFINED), or None if it does not."""
    if ref.kind not in rule.refs:
        return None
    target = ref.target
    tname = target.sym.name if target.sym is not None else target.name
    if rule.allowed_symbol(tname):
        return None
    tsec = target.section_name
    from_sym = ref.node.name
    if any(ex.covers(ref.node.sec.name, tsec, from_sym, tname) for ex in rule.exempt):
        return None
    if target.sec is None:
        return UNDEFINED if rule.undefined == "report" else None
    if rule.not_to and matches(tsec, rule.not_to):
        return FORBIDDEN
    if rule.to and not matches(tsec, rule.to):
        return OUTSIDE
    return None


class _Markers:
    """x86 instrumentation_begin()/end() markers: references between them are allowed.

    objtool counts the markers along each path (validate_branch()'s
    ``state.instr``; a marker counts at the instruction it names) and allows a
    call where the count is above zero.  So does this: the least count any
    path from the function's entry brings to an instruction, following
    fall-through, jumps, alternatives' replacements and their way back, and
    jumps through relocations into code that belongs to no function
    (static_cpu_has()'s test in ``.altinstr_aux``) and back.  A reference is
    inside a window only if every such path has it inside one.  By address
    alone GCC's layout misleads: it may place a block of the window after the
    end marker and jump there from inside the window (e.g. the IRQ-stack call
    of a ``sysvec_*`` handler).  Where the function's flow does not reach a
    reference, the count by address from the function's start is used.
    """

    #: counts below this are all "outside" (keeps the least-count search finite on loops)
    FLOOR = -4
    #: positions searched per function at most
    LIMIT = 200_000

    def __init__(self, elf: ElfFile, code: dict[int, CodeSection] | None = None, alts: list | None = None) -> None:
        self.by_sec: dict[int, tuple[list[int], list[int]]] = {}
        self.code = code or {}
        #: (section index, offset) -> the markers' sum at that instruction
        self.mark: dict[tuple[int, int], int] = {}
        marks: dict[int, list[tuple[int, int]]] = {}
        for name, delta in ((".discard.instr_begin", 1), (".discard.instr_end", -1)):
            sec = elf.find_section(name)
            if sec is None or sec.reloc is None or sec.reloc.relocs is None:
                continue
            table = sec.reloc.relocs
            for si, add in zip(table.symidx, table.addends, strict=True):
                sym = table.symbols[si]
                if sym.sec.idx:
                    marks.setdefault(sym.sec.idx, []).append((sym.offset + add, delta))
                    pos = (sym.sec.idx, sym.offset + add)
                    self.mark[pos] = self.mark.get(pos, 0) + delta
        for idx, items in marks.items():
            items.sort()
            self.by_sec[idx] = ([o for o, _ in items], [d for _, d in items])
        #: original instruction -> [(replacement section index, start, end)]; replacement end -> way back
        self.repl_at: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.repl_back: dict[tuple[int, int], tuple[int, int]] = {}
        for alt in alts or ():
            if alt.repl_sec is None or not alt.repl_len or alt.callback is not None:
                continue
            self.repl_at.setdefault((alt.orig_sec.idx, alt.orig_off), []).append((alt.repl_sec.idx, alt.repl_off))
            self.repl_back[(alt.repl_sec.idx, alt.repl_off + alt.repl_len)] = (alt.orig_sec.idx,
                                                                              alt.orig_off + alt.orig_len)
        self._depths: dict[tuple[int, int], dict[tuple[int, int], int]] = {}

    def inside(self, sec: Section, offset: int, node: Node) -> bool:
        """Whether the instruction at *offset* of *sec*, a reference of *node*, is inside a window."""
        if node.sym is not None and node.sym.type == STT_FUNC and node.sec.idx in self.code:
            key = (node.sec.idx, node.start)
            depths = self._depths.get(key)
            if depths is None:
                depths = self._depths[key] = self._function_depths(node.sec.idx, node.start, node.end)
            found = depths.get((sec.idx, offset))
            if found is not None:
                return found > 0
        entry = self.by_sec.get(sec.idx)
        if not entry:
            return False
        offs, deltas = entry
        lo = bisect_left(offs, node.start if sec is node.sec else 0)
        hi = bisect_right(offs, offset)
        return sum(deltas[lo:hi]) > 0

    def _function_depths(self, home: int, start: int, end: int) -> dict[tuple[int, int], int]:
        """The least marker count any path from (home, start) brings to each instruction it reaches."""
        code, mark, floor = self.code, self.mark, self.FLOOR
        best: dict[tuple[int, int], int] = {}
        todo: list[tuple[tuple[int, int], int]] = [((home, start), 0)]
        while todo and len(best) < self.LIMIT:
            pos, count = todo.pop()
            sec_idx, off = pos
            if sec_idx == home and not start <= off < end:
                continue  # another function (a tail call)
            for repl in self.repl_at.get(pos, ()):
                todo.append((repl, count))  # the replacement runs instead
            cs = code.get(sec_idx)
            i = cs.index.get(off) if cs is not None else None
            if i is None:
                continue
            count = max(count + mark.get(pos, 0), floor)
            seen = best.get(pos)
            if seen is not None and seen <= count:
                continue
            best[pos] = count
            nxt = off + cs.lengths[i]
            if cs.fallthrough[i]:
                todo.append((self.repl_back.get((sec_idx, nxt), (sec_idx, nxt)), count))
            if cs.kinds[i] in (K.JUMP_CONDITIONAL, K.JUMP_UNCONDITIONAL):
                dest = _jump_dest(cs, i)
                if dest is not None and (dest[0] == sec_idx or dest[0] == home or _anonymous_code(code, dest)):
                    todo.append((dest, count))
        return best


def _jump_dest(cs: CodeSection, i: int) -> tuple[int, int] | None:
    """Where jump *i* goes: through its relocation if it has one (None if that is not code
    of this object: a tail call), else its own target in the section."""
    start = cs.offsets[i]
    end = start + cs.lengths[i]
    table = cs.sec.reloc.relocs if cs.sec.reloc is not None else None
    if table is not None and len(table.offsets):
        offs = table.sorted_offsets()
        k = bisect_left(offs, start)
        if k < len(offs) and offs[k] < end:
            entry = table.entry_order()[k]
            sym = table.symbols[table.symidx[entry]]
            if not sym.sec.idx or not sym.sec.is_exec:
                return None
            # x86: the field is PC-relative to the end of the instruction
            return sym.sec.idx, sym.offset + table.addends[entry] + (end - offs[k])
    return (cs.sec.idx, cs.targets[i]) if cs.targets[i] >= 0 else None


def _anonymous_code(code: dict[int, CodeSection], pos: tuple[int, int]) -> bool:
    """Code at *pos* that no function symbol covers (``.altinstr_aux``, a replacement)."""
    cs = code.get(pos[0])
    return cs is not None and cs.sec.symbols.func_containing(pos[1]) is None


def _same_function(node: Node, ref: Ref) -> bool:
    """Whether *ref* goes between a function and its GCC ``.cold`` part."""
    target = ref.target.sym
    if node.sym is None or target is None or node.sym.type != STT_FUNC or target.type != STT_FUNC:
        return False
    a, b = node.sym.name, target.name
    return a.startswith(b + ".cold") or b.startswith(a + ".cold")


def markers_missing(graph: RefGraph, rule: Rule) -> bool:
    """The rule honours instrumentation markers but the object has none (no CONFIG_NOINSTR_VALIDATION)."""
    elf = graph.elf
    return (rule.instrumentation_markers and elf.find_section(".discard.instr_begin") is None
            and any(matches(s.name, rule.sources) and s.size for s in elf.sections))


def walk_rule(graph: RefGraph, rule: Rule) -> list[Finding]:
    elf = graph.elf
    sources = graph.source_sections(lambda name: matches(name, rule.sources))
    if not sources:
        return []
    source_ids = {s.idx for s in sources}
    markers = _Markers(elf, graph.code, graph.alts) if rule.instrumentation_markers else None
    findings: list[Finding] = []
    reported: set[tuple] = set()
    visited: set[tuple[int, int]] = set()

    def key(node: Node) -> tuple[int, int]:
        return node.sec.idx, node.start if node.sym is not None else -1

    queue: deque[tuple[Node, list[Ref]]] = deque()

    def run() -> None:
        while queue:
            node, chain = queue.popleft()
            for ref in graph.refs(node):
                if _same_function(node, ref):
                    # a function and its .cold part are one function split by the compiler
                    tnode = graph.function_node(ref.target)
                    if tnode is not None and key(tnode) not in visited:
                        visited.add(key(tnode))
                        queue.append((tnode, chain + [ref]))
                    continue
                reason = evaluate(rule, ref)
                if reason is not None and markers is not None and markers.inside(ref.sec, ref.offset, node):
                    reason = None
                if reason is not None:
                    tkey = (key(node), ref.target.sec.idx if ref.target.sec else -1, ref.target.name)
                    if tkey not in reported:
                        reported.add(tkey)
                        findings.append(Finding(rule, ref, chain + [ref], reason))
                if ref.kind not in (CALL, JUMP):
                    continue
                tnode = graph.function_node(ref.target)
                if tnode is None or key(tnode) in visited:
                    continue
                if tnode.sec.idx in source_ids or (reason is not None and rule.follow):
                    visited.add(key(tnode))
                    queue.append((tnode, chain + [ref]))

    def seed(nodes: list[Node]) -> None:
        for node in nodes:
            if key(node) not in visited:
                visited.add(key(node))
                queue.append((node, []))
        run()

    all_nodes = [n for sec in sources for n in graph.nodes(sec)]
    funcs = [n for n in all_nodes if n.sym is not None and n.sym.type == STT_FUNC]
    seed([n for n in funcs if n.sym.bind != STB_LOCAL])
    for node in funcs:  # functions no global function reaches, one at a time (shortest chains first)
        seed([node])
    seed([n for n in all_nodes if not (n.sym is not None and n.sym.type == STT_FUNC)])
    return findings  # in walk order: the first boundary crossing before what lies behind it
