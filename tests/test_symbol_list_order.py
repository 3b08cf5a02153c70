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
