# SPDX-License-Identifier: GPL-2.0-only
"""The reference graph of an object: who references what, from relocations
and from direct branches the assembler resolved without one.

A *node* is a symbol region (a function or a data object) or, for bytes no
symbol covers, a per-section remainder.  Its references are the relocations
inside it, those inside the replacement instructions of alternatives whose
original instructions it holds (the replacement runs in its place), and its
decoded direct calls and jumps to other functions of the same section.
References in instructions that the assumptions make dead are left out.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ...elf.constants import (
    EM_X86_64,
    SHF_ALLOC,
    SHN_ABS,
    SHN_UNDEF,
    STT_FILE,
    STT_FUNC,
    STT_SECTION,
)
from ...elf.file import ElfFile
from ...elf.model import Section, Symbol
from ...elf.naming import symbol_for
from .code import ADDRESS, CALL, JUMP, CodeSection
from .liveness import Liveness
from .special import Alternative

_X86_PC_RELOCS = frozenset({2, 4})  # R_X86_64_PC32, R_X86_64_PLT32


@dataclass(frozen=True)
class Node:
    """A symbol region (or a section remainder when ``sym`` is None)."""

    sec: Section
    start: int
    end: int
    sym: Symbol | None

    @property
    def name(self) -> str:
        return self.sym.name if self.sym is not None else self.sec.name

    def where(self, offset: int) -> str:
        if self.sym is not None:
            return f"{self.sym.name}+{offset - self.sym.offset:#x}"
        return f"{self.sec.name}+{offset:#x}"


@dataclass(frozen=True)
class Target:
    """What a reference points at; ``sec`` is None for an undefined symbol."""

    sec: Section | None
    offset: int
    sym: Symbol | None
    name: str

    @property
    def section_name(self) -> str:
        return self.sec.name if self.sec is not None else "undefined"


@dataclass(frozen=True)
class Ref:
    node: Node
    sec: Section
    offset: int
    kind: str
    target: Target


@dataclass
class RefGraph:
    elf: ElfFile
    code: dict[int, CodeSection]
    alts: list[Alternative]
    live: Liveness
    _nodes: dict[int, list[Node]] = field(default_factory=dict)
    _refs: dict[tuple[int, int], list[Ref]] = field(default_factory=dict)
    _sorted_relocs: dict[int, tuple[list[int], list[int]]] = field(default_factory=dict)
    _by_start: dict[int, dict[int, Node]] = field(default_factory=dict)
    _repl: dict[int, list[tuple[int, int, Alternative]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for alt in self.alts:
            if alt.repl_sec is not None and alt.repl_len:
                self._repl.setdefault(alt.repl_sec.idx, []).append((alt.repl_off, alt.repl_off + alt.repl_len, alt))

    def _replacement_at(self, sec: Section, offset: int) -> Alternative | None:
        for start, end, alt in self._repl.get(sec.idx, ()):
            if start <= offset < end:
                return alt
        return None

    # ------------------------------------------------------------------ nodes

    def nodes(self, sec: Section) -> list[Node]:
        """The nodes of a section in offset order (symbols, then the remainder)."""
        nodes = self._nodes.get(sec.idx)
        if nodes is None:
            nodes = []
            seen: set[int] = set()
            syms = sorted((s for s in sec.symbol_list if s.len > 0 and s.type not in (STT_SECTION, STT_FILE)),
                          key=lambda s: (s.offset, s.type != STT_FUNC, s.idx))
            for sym in syms:
                if sym.offset in seen:
                    continue  # an alias: the first (preferably the function) stands for the region
                seen.add(sym.offset)
                nodes.append(Node(sec, sym.offset, sym.offset + sym.len, sym))
            self._by_start[sec.idx] = {n.start: n for n in nodes}
            nodes.append(Node(sec, 0, sec.size, None))
            self._nodes[sec.idx] = nodes
        return nodes

    def node_at(self, sec: Section, offset: int) -> Node:
        """The node that holds *offset* (a replacement belongs to its original's node)."""
        alt = self._replacement_at(sec, offset)
        if alt is not None:
            return self.node_at(alt.orig_sec, alt.orig_off)
        nodes = self.nodes(sec)
        sym = sec.symbols.func_containing(offset) if sec.is_exec else None
        if sym is None:
            sym = sec.symbols.containing(offset)
        if sym is not None:
            node = self._by_start[sec.idx].get(sym.offset)
            if node is not None:
                return node
        return nodes[-1]

    def function_node(self, target: Target) -> Node | None:
        """The node of a function defined in this object that *target* enters, if any."""
        if target.sec is None or not target.sec.is_exec:
            return None
        node = self.node_at(target.sec, target.offset)
        return node if node.sym is not None else None

    # ------------------------------------------------------------------ references

    def refs(self, node: Node) -> list[Ref]:
        key = (node.sec.idx, node.start if node.sym is not None else -1)
        refs = self._refs.get(key)
        if refs is None:
            refs = self._collect(node)
            self._refs[key] = refs
        return refs

    def _ranges(self, node: Node) -> list[tuple[Section, int, int]]:
        if node.sym is None:
            return [(node.sec, 0, node.sec.size)]
        ranges = [(node.sec, node.start, node.end)]
        for alt in self.alts:
            if alt.orig_sec is node.sec and node.start <= alt.orig_off < node.end and alt.repl_sec is not None:
                ranges.append((alt.repl_sec, alt.repl_off, alt.repl_off + alt.repl_len))
        return ranges

    def _collect(self, node: Node) -> list[Ref]:
        out: list[Ref] = []
        seen: set[tuple] = set()
        for sec, start, end in self._ranges(node):
            self._reloc_refs(node, sec, start, end, out, seen)
            self._branch_refs(node, sec, start, end, out, seen)
        out.sort(key=lambda r: (r.sec.idx, r.offset))
        return out

    def _owner_ok(self, node: Node, sec: Section, offset: int) -> bool:
        """Whether a reference at *offset* belongs to *node* (the remainder node takes leftovers)."""
        if node.sym is not None:
            return True
        return self.node_at(sec, offset).sym is None

    def _relocs_sorted(self, sec: Section) -> tuple[list[int], list[int]]:
        cached = self._sorted_relocs.get(sec.idx)
        if cached is None:
            table = sec.reloc.relocs if sec.reloc is not None else None
            if table is None:
                cached = ([], [])
            else:
                order = sorted(range(len(table.offsets)), key=table.offsets.__getitem__)
                cached = ([table.offsets[i] for i in order], order)
            self._sorted_relocs[sec.idx] = cached
        return cached

    def _reloc_refs(self, node: Node, sec: Section, start: int, end: int, out: list[Ref], seen: set) -> None:
        offsets, order = self._relocs_sorted(sec)
        if not offsets:
            return
        table = sec.reloc.relocs
        cs = self.code.get(sec.idx)
        lo = bisect_left(offsets, start)
        hi = bisect_left(offsets, end)
        for pos in range(lo, hi):
            i = order[pos]
            off = offsets[pos]
            insn = cs.containing(off) if cs is not None else None
            if insn is not None and self.live.is_dead(sec.idx, cs.offsets[insn]):
                continue
            if not self._owner_ok(node, sec, off):
                continue
            sym = table.symbols[table.symidx[i]]
            rtype = table.types[i]
            target = self._resolve(sym, table.addends[i], rtype, off, cs, insn)
            if target is None:
                continue
            kind = self._kind(rtype, cs, insn)
            site = cs.offsets[insn] if insn is not None else off  # objtool names the instruction
            key = (kind, target.sec.idx if target.sec else -1, target.name, site)
            if key in seen:
                continue
            seen.add(key)
            out.append(Ref(node, sec, site, kind, target))

    def _kind(self, rtype: int, cs: CodeSection | None, insn: int | None) -> str:
        if self.elf.e_machine != EM_X86_64:
            from ...arch.arm64.relocs import CALL_RELOCS, JUMP_RELOCS

            if rtype in CALL_RELOCS:
                return CALL
            if rtype in JUMP_RELOCS:
                return JUMP
            return ADDRESS
        if cs is None or insn is None:
            return ADDRESS
        return cs.ref_kind(insn)

    def _resolve(self, sym: Symbol, addend: int, rtype: int, off: int, cs: CodeSection | None,
                 insn: int | None) -> Target | None:
        if sym.shndx == SHN_ABS:
            return None
        if sym.shndx == SHN_UNDEF or sym.sec.idx == 0:
            if not sym.name:
                return None
            return Target(None, addend, sym, sym.name)
        toff = sym.offset + addend
        if self.elf.e_machine == EM_X86_64 and rtype in _X86_PC_RELOCS and cs is not None and insn is not None:
            toff += cs.offsets[insn] + cs.lengths[insn] - off  # PC-relative to the instruction's end
        return self.target_at(sym.sec, toff, sym)

    def target_at(self, sec: Section, offset: int, sym: Symbol | None = None) -> Target:
        if sym is not None and sym.type != STT_SECTION and sym.offset <= offset < sym.offset + max(sym.len, 1):
            return Target(sec, offset, sym, _plus(sym, offset))
        found = symbol_for(sec, offset)
        if found is not None:
            return Target(sec, offset, found, _plus(found, offset))
        return Target(sec, offset, None, f"{sec.name}+{offset:#x}")

    def _branch_refs(self, node: Node, sec: Section, start: int, end: int, out: list[Ref], seen: set) -> None:
        """Direct calls and jumps to another symbol of the same section with no relocation."""
        cs = self.code.get(sec.idx)
        if cs is None:
            return
        offsets, _ = self._relocs_sorted(sec)
        lo = bisect_left(cs.offsets, start)
        hi = bisect_left(cs.offsets, end)
        for i in range(lo, hi):
            target = cs.targets[i]
            if target < 0 or node.start <= target < node.end and sec is node.sec:
                continue
            off = cs.offsets[i]
            pos = bisect_left(offsets, off)
            if pos < len(offsets) and offsets[pos] < off + cs.lengths[i]:
                continue  # the relocation says where it goes
            if self.live.is_dead(sec.idx, off) or not (0 <= target < sec.size):
                continue
            if self._replacement_at(sec, target) is not None:
                continue
            if not self._owner_ok(node, sec, off):
                continue
            tgt = self.target_at(sec, target)
            if tgt.sym is not None and node.sym is not None and tgt.sym.offset == node.start:
                continue  # a branch back into the same function (from a replacement)
            kind = cs.ref_kind(i)
            key = (kind, sec.idx, tgt.name, off)
            if key not in seen:
                seen.add(key)
                out.append(Ref(node, sec, off, kind, tgt))

    # ------------------------------------------------------------------ sources

    def source_sections(self, patterns_match) -> list[Section]:
        return [s for s in self.elf.sections
                if s.idx and s.flags & SHF_ALLOC and s.size and patterns_match(s.name)]


def _plus(sym: Symbol, offset: int) -> str:
    delta = offset - sym.offset
    return sym.name if delta == 0 else f"{sym.name}+{delta:#x}"
