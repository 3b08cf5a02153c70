# SPDX-License-Identifier: GPL-2.0-only
"""The ORC entry layouts: 6.1 (default, byte-compatible) and 6.12 (--orc-format 6.12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import KBUILD_ARGS, assemble, run_pyobjtool
from fixtures_asm import frame_function

from pyobjtool.output.orc_format import (
    NULL_ENTRY,
    ORC_TYPE_612_CALL,
    ORC_TYPE_612_END_OF_STACK,
    ORC_TYPE_612_REGS,
    ORC_TYPE_612_UNDEFINED,
    ORC_TYPE_CALL,
    ORC_TYPE_REGS,
    OrcEntry,
    decode_61,
    decode_612,
    encode_61,
    encode_612,
)

ENTRIES = [
    OrcEntry(8, 0, 5, 0, ORC_TYPE_CALL, 0),
    OrcEntry(16, -16, 4, 1, ORC_TYPE_CALL, 0),
    OrcEntry(-8, 0x7FFF, 9, 4, ORC_TYPE_REGS, 0),
    OrcEntry(0, 0, 0, 0, ORC_TYPE_CALL, 1),
]


@pytest.mark.parametrize("entry", ENTRIES)
def test_61_round_trip(entry: OrcEntry) -> None:
    raw = encode_61(entry)
    assert len(raw) == 6
    assert decode_61(raw) == tuple(entry)


def test_61_bit_layout() -> None:
    # sp_reg:4, bp_reg:4, type:2, end:1 after two s16 offsets
    assert encode_61(OrcEntry(16, -16, 5, 1, 2, 1)) == b"\x10\x00\xf0\xff\x15\x06"


def test_612_mapping() -> None:
    assert encode_612(NULL_ENTRY) == b"\0" * 6
    assert decode_612(encode_612(OrcEntry(0, 0, 0, 0, ORC_TYPE_CALL, 1)))[4] == ORC_TYPE_612_END_OF_STACK
    assert decode_612(encode_612(ENTRIES[1])) == (16, -16, 4, 1, ORC_TYPE_612_CALL, 0)
    regs = decode_612(encode_612(ENTRIES[2]))
    assert regs[4] == ORC_TYPE_612_REGS and regs[5] == 1  # REGS entries are signal frames
    assert decode_612(encode_612(OrcEntry(0, 0, 0, 0, ORC_TYPE_CALL, 0)))[4] == ORC_TYPE_612_UNDEFINED


def test_orc_format_option_writes_and_dumps_612(tmp_path: Path) -> None:
    obj = assemble(frame_function(), tmp_path / "f.o")
    assert run_pyobjtool(obj, KBUILD_ARGS + ["--orc-format", "6.12"]).status == 0
    dump = run_pyobjtool(obj, ["--dump", "--orc-format", "6.12"]).stdout
    assert dump == [
        ".text+0: type:call sp:sp+8 bp:(und) signal:0",
        ".text+1: type:call sp:sp+16 bp:prevsp-16 signal:0",
        ".text+4: type:call sp:bp+16 bp:prevsp-16 signal:0",
        ".text+a: type:call sp:sp+8 bp:(und) signal:0",
        ".text+b: type:(und) sp:(und) bp:(und) signal:0",  # section end
    ]
