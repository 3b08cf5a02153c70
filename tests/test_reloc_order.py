# SPDX-License-Identifier: GPL-2.0-only
"""The order relocation lookups search in (objtool's find_reloc_by_dest_range()).

Relocation sections are read in file order; lookups search them by offset,
and where two entries share an offset the later one is found first, as with
objtool (elf.c adds each entry to the front of its hash chain).  The order is
built without a Python key function (it is on every object's path); this
compares it with the plain definition on tables in any order.
"""

from __future__ import annotations

import random
from array import array

import pytest

from pyobjtool.elf.relocs import RelocTable


def _table(offsets: list[int]) -> RelocTable:
    n = len(offsets)
    return RelocTable(None, [], array("Q", offsets), array("I", [1] * n), array("I", [0] * n),  # type: ignore[arg-type]
                      array("q", [0] * n))


@pytest.mark.parametrize("seed", range(20))
def test_order_is_by_offset_then_later_entry_first(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(2, 300)
    # few distinct offsets (many ties), some of them past 2**32 and near 2**64
    pool = [rng.choice([0, 8, 0x40, 2**33 + 4, 2**64 - 8]) + rng.randint(0, 4) for _ in range(8)]
    offsets = [rng.choice(pool) for _ in range(n)]
    table = _table(offsets)
    expected = sorted(range(n), key=lambda i: (offsets[i], -i))
    assert list(table.entry_order()) == expected
    assert list(table.sorted_offsets()) == [offsets[i] for i in expected]


def test_assembler_order_is_kept_as_it_is() -> None:
    table = _table([0, 4, 9, 20])
    assert list(table.entry_order()) == [0, 1, 2, 3]
