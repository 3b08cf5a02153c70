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

from bisect import bisect_left
from collections import deque
from dataclasses import dataclass

from ...elf.constants import STB_LOCAL, STT_FUNC
from ...elf.file import ElfFile
from ...elf.model import Section
from .code import CALL, JUMP
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
    """x86 instrumentation_begin()/end() markers: references between them are allowed."""

    def __init__(self, elf: ElfFile) -> None:
        self.by_sec: dict[int, tuple[list[int], list[int]]] = {}
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
        for idx, items in marks.items():
            items.sort()
            self.by_sec[idx] = ([o for o, _ in items], [d for _, d in items])

    def inside(self, sec: Section, offset: int, func_start: int) -> bool:
        entry = self.by_sec.get(sec.idx)
        if not entry:
            return False
        offs, deltas = entry
        lo = bisect_left(offs, func_start)
        hi = bisect_left(offs, offset)
        return sum(deltas[lo:hi]) > 0


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
    markers = _Markers(elf) if rule.instrumentation_markers else None
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
                if reason is not None and markers is not None and markers.inside(ref.sec, ref.offset, node.start):
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
