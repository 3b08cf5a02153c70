# SPDX-License-Identifier: GPL-2.0-only
"""Symbols added after reading land where objtool's elf_add_symbol() links them.

The section list merges additions in one pass (6.12 adds a ``__pfx_``
symbol per function; inserting one at a time was quadratic on vmlinux.o).
The reference here is the one-at-a-time insertion the merge replaces: after
the last non-zero-length symbol starting at or before the new one; a
zero-length symbol last.
"""

from __future__ import annotations

import random

import pytest

from pyobjtool.elf.model import Section, Symbol


def _sym(sec: Section, n: int, offset: int, size: int) -> Symbol:
    return Symbol(n, f"s{n}", 0, 0x12, 0, sec.idx, offset, size, sec)


def _reference_insert(order: list[Symbol], sym: Symbol) -> None:
    if not sym.len:
        order.append(sym)
        return
    at = 0
    for pos, other in enumerate(order):
        if other.len and other.offset <= sym.offset:
            at = pos + 1
    order.insert(at, sym)


def _tree_ordered(rng: random.Random, sec: Section, count: int) -> list[Symbol]:
    """A list as read: non-zero-length symbols by offset, zero-length ones anywhere."""
    syms = []
    for n in range(count):
        syms.append(_sym(sec, n, rng.randrange(0, 64, 4), rng.choice((0, 0, 4, 8, 16))))
    tree = sorted((s for s in syms if s.len), key=lambda s: s.offset)
    for z in (s for s in syms if not s.len):
        tree.insert(rng.randrange(len(tree) + 1), z)
    return tree


@pytest.mark.parametrize("seed", range(200))
def test_merged_additions_match_one_at_a_time_insertion(seed: int) -> None:
    rng = random.Random(seed)
    sec = Section(1, ".text", 0, 1, 6, 0, 0, 64, 0, 0, 16, 0, b"\x90" * 64)
    initial = _tree_ordered(rng, sec, rng.randrange(0, 12))
    sec.symbol_list = list(initial)
    expected = list(initial)
    for n in range(rng.randrange(1, 12)):
        new = _sym(sec, 100 + n, rng.randrange(0, 64, 4), rng.choice((0, 4, 16)))
        sec.add_symbol_to_list(new)
        _reference_insert(expected, new)
        if rng.random() < 0.2:  # a read in between merges what is pending so far
            assert [s.name for s in sec.symbol_list] == [s.name for s in expected]
    assert [s.name for s in sec.symbol_list] == [s.name for s in expected]


def _reference_read_order(syms: list[Symbol]) -> list[Symbol]:
    """objtool's elf_add_symbol() at read time, one list insert at a time: each symbol after
    the last tree symbol (non-zero length) with a start at or before its own."""
    order: list[Symbol] = []
    tree: list[Symbol] = []  # in tree order
    for sym in syms:
        pred = None
        for node in tree:
            if node.offset <= sym.offset:
                pred = node
        order.insert(order.index(pred) + 1 if pred is not None else 0, sym)
        if sym.len:
            at = sum(1 for node in tree if node.offset <= sym.offset)
            tree.insert(at, sym)
    return order


@pytest.mark.parametrize("seed", range(60))
def test_read_order_matches_one_at_a_time_insertion(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The blocked tree gives the same list as inserting one by one (small blocks, so that
    blocks split many times)."""
    from pyobjtool.elf import file as elf_file

    monkeypatch.setattr(elf_file._OffsetTree, "BLOCK", 2)
    rng = random.Random(seed)
    sec = Section(1, ".text", 0, 1, 6, 0, 0, 64, 0, 0, 16, 0, b"\x90" * 64)
    syms = [_sym(sec, n, rng.randrange(0, 48, 4) if rng.random() < 0.7 else n * 4 % 48,
                 rng.choice((0, 0, 4, 8))) for n in range(rng.randrange(1, 40))]
    assert [s.name for s in elf_file._objtool_list_order(syms)] == [s.name for s in _reference_read_order(syms)]
